# Cancellation: messages, cancelled()/done(), uncancel/cancelling, cancel
# before the first step, catching CancelledError, InvalidStateError.
import asyncio

async def sleeper(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print(name, "got CancelledError", e.args)
        raise
    finally:
        print(name, "finally")

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("stubborn swallowed the cancel")
    await asyncio.sleep(0)
    return "survived"

async def main():
    t = asyncio.create_task(sleeper("t"))
    await asyncio.sleep(0)
    print("cancel:", t.cancel("because"), "cancelling:", t.cancelling())
    print("cancel again:", t.cancel(), "cancelling:", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter saw", e.args)
    print(t.cancelled(), t.done(), t.cancel())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result() raised CancelledError", e.args)
    try:
        t.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError")

    # cancelled before it ever ran: the coroutine never starts
    async def never():
        print("never printed")
    t = asyncio.create_task(never())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled before start", e.args)

    # a task that swallows the cancellation finishes normally
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    print(await t, t.cancelled(), t.cancelling())
    print("uncancel:", t.uncancel(), t.uncancel())

    # cancelling the awaiting task cancels the awaited task too
    inner = asyncio.create_task(sleeper("inner"))
    async def outer_fn():
        return await inner
    outer = asyncio.create_task(outer_fn())
    await asyncio.sleep(0)
    outer.cancel("outer msg")
    try:
        await outer
    except asyncio.CancelledError as e:
        print("outer cancelled", e.args, "inner cancelled", inner.cancelled())

    # current_task() and cancel of the running task takes effect at the next await
    async def self_cancel():
        me = asyncio.current_task()
        me.cancel("self")
        print("still running after self-cancel")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            print("self-cancel delivered", e.args)
            raise
    t = asyncio.create_task(self_cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("self-cancelled:", t.cancelled())

    # Futures
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f), f.done())
    for meth in (f.result, f.exception):
        try:
            meth()
        except asyncio.InvalidStateError as e:
            print("InvalidStateError:", e)
    f.set_result("ok")
    print(repr(f), f.result(), f.exception())
    try:
        f.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    f = loop.create_future()
    f.set_exception(ValueError("boom"))
    print(repr(f), repr(f.exception()))
    try:
        f.result()
    except ValueError as e:
        print("result raised", repr(e))
    f = loop.create_future()
    print(f.cancel("msg"), f.cancelled(), repr(f))
    try:
        f.result()
    except asyncio.CancelledError as e:
        print("future cancelled", e.args)
    f = loop.create_future()
    f.set_exception(KeyError)
    print("class instantiated:", repr(f.exception()))
    try:
        loop.create_future().set_exception(StopIteration())
    except TypeError as e:
        print("TypeError:", e)
    try:
        t.set_result(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(asyncio.TimeoutError is TimeoutError, asyncio.InvalidStateError.__mro__[1].__name__)

asyncio.run(main())
