# VM gap (interp/compile): await inside a comprehension in a coroutine is
# rejected with "SyntaxError: 'await' outside function".
import asyncio

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

async def main():
    print([await double(i) for i in range(3)])

asyncio.run(main())
