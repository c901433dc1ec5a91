# Async comprehensions (list, set, dict, generator expression with async
# for) and await inside comprehensions.
import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([i async for i in agen(4)])
    print({i % 2 async for i in agen(4)})
    print({i: i * i async for i in agen(3)})
    print([await double(i) for i in range(3)])
    print([i async for i in agen(6) if i % 2])
    g = (i * 10 async for i in agen(3))
    print(type(g).__name__, [x async for x in g])
    it = agen(2)
    print(await anext(it), await anext(it), await anext(it, "default"))

asyncio.run(main())
