# VM gap (interp/py): an async list comprehension inside a coroutine
# panics with "nil pointer dereference" (SystemError) instead of running.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    print([i async for i in agen(4)])
    print({i % 2 async for i in agen(4)})
    print({i: i * i async for i in agen(3)})
    print([i async for i in agen(6) if i % 2])
    g = (i * 10 async for i in agen(3))
    print(type(g).__name__, [x async for x in g])

asyncio.run(main())
