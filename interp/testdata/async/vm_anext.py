# VM gap (builtins): the anext() builtin (3.10+) is missing.
import asyncio

async def agen(n):
    for i in range(n):
        yield i

async def main():
    it = agen(2)
    print(await anext(it), await anext(it), await anext(it, "default"))

asyncio.run(main())
