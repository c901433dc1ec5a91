# Memory per suspended asyncio task under CPython, for comparison with
# adder's BenchmarkSuspendedTasks (interp/asyncio/bench_test.go):
#   PYENV_VERSION=3.12.1 python3.12 interp/asyncio/testdata/mem_tasks_cpython.py
# It starts N tasks that each sleep in asyncio.sleep(1000), lets them all
# reach the sleep, and reports traced Python allocations per task.
import asyncio
import tracemalloc

N = 100_000

async def sleeper():
    await asyncio.sleep(1000)

async def main():
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    tasks = [asyncio.create_task(sleeper()) for _ in range(N)]
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    after = tracemalloc.get_traced_memory()[0]
    print(f"CPython {N} suspended tasks: {(after - before) / N:.0f} bytes/task")
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)

asyncio.run(main())
