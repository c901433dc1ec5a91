# Context variables in tasks: each task runs in a copy of the context current
# when it was made (or the one given), so its settings stay its own.
import asyncio, contextvars
request = contextvars.ContextVar('request', default='none')

async def handler(name, delay):
    request.set(name)
    await asyncio.sleep(delay)
    return f"{name} sees {request.get()}"

async def main():
    request.set('main')
    results = await asyncio.gather(handler('a', 0.02), handler('b', 0.01))
    print(results, request.get())
    t = asyncio.create_task(handler('c', 0))
    print(await t, request.get())
    ctx = contextvars.copy_context()
    ctx.run(request.set, 'in ctx')
    t = asyncio.create_task(handler('d', 0), context=ctx)
    print(await t, ctx[request], request.get())
    async def reader():
        return request.get()
    request.set('before task')
    t = asyncio.create_task(reader())
    request.set('after task')
    print(await t)


async def callbacks():
    loop = asyncio.get_running_loop()
    seen = []
    request.set('at schedule')
    loop.call_soon(lambda: seen.append(('soon', request.get())))
    request.set('later')
    await asyncio.sleep(0)
    ctx = contextvars.copy_context()
    ctx.run(request.set, 'given')
    loop.call_soon(lambda: seen.append(('given', request.get())), context=ctx)
    loop.call_later(0.001, lambda: seen.append(('later', request.get())))
    fut = loop.create_future()
    request.set('at add')
    fut.add_done_callback(lambda f: seen.append(('done', request.get())))
    fut.add_done_callback(lambda f: seen.append(('done ctx', request.get())), context=ctx)
    request.set('after add')
    fut.set_result(1)
    await asyncio.sleep(0.01)
    print(seen, request.get())

asyncio.run(main())
asyncio.run(callbacks())
