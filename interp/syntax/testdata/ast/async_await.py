await x
async def f():
    await asyncio.sleep(1)
    result = await coro()
    async with lock:
        pass
    async with a as b, c as d:
        pass
    async for i in aiter():
        pass
    else:
        pass
    return [i async for i in g() if await i]
    return {k: v async for k, v in g()}
    return (await x for x in y)
async for x in y: pass
async with x: pass
await (await x)
print(await x)
