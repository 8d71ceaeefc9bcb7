import asyncio
import time
from concurrent.futures import ProcessPoolExecutor
def blocking_io(): # synchronous — would block the event loop
    time.sleep(1)
    return "done"
def cpu_intensive(n): # CPU-bound — needs its own process
    return sum(i * i for i in range(n))
async def main():
    # Python 3.9+ — clean, simple, uses default thread pool
    result = await asyncio.to_thread(blocking_io)
    # Full control: specify executor type
    loop = asyncio.get_running_loop()
    # Thread pool (default=None) for blocking I/O
    result = await loop.run_in_executor(None, blocking_io)
    # Process pool for CPU-bound work
    with ProcessPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, cpu_intensive, 1_000_000)
asyncio.run(main())
# FastAPI rule:
# def route → FastAPI automatically runs it in a threadpool (safe for blocking calls)
# async def → runs in the event loop (NEVER call blocking code!)
from fastapi import FastAPI
app = FastAPI()
@app.get("/sync")
def sync_view(): # runs in threadpool — blocking calls OK
    time.sleep(1)
    return {"ok": True}
@app.get("/async")
async def async_view(): # runs in event loop — use await only
    await asyncio.sleep(1)
    return {"ok": True}
import asyncio
# asyncio.Lock — mutual exclusion (like threading.Lock but for coroutines)
lock = asyncio.Lock()
async def safe_write(resource, data):
    async with lock: # acquires; other coroutines yield until released
        await resource.write(data)
# asyncio.Semaphore — limit concurrency
sem = asyncio.Semaphore(5) # max 5 coroutines at once
async def limited_fetch(session, url):
    async with sem:
        return await session.get(url)
# asyncio.Event — one-to-many signaling
ready = asyncio.Event()
async def producer():
    await asyncio.sleep(1)
    ready.set()
async def consumer():
    await ready.wait() # suspends until set()
    print("Ready!")
# Timeout — Python 3.11+
async def with_timeout():
    try:
        async with asyncio.timeout(5.0):
            result = await slow_operation()
    except TimeoutError:
        print("Timed out")
    # Pre-3.11
    result = await asyncio.wait_for(slow_operation(), timeout=5.0)
# asyncio.Queue — async-safe producer/consumer pipeline
queue = asyncio.Queue(maxsize=10)
async def producer(q):
    for i in range(20):
        await q.put(i) # blocks if queue full
    await q.put(None) # sentinel
async def consumer(q):
    while (item := await q.get()) is not None:
        process(item)
        q.task_done() # signals work complete
    await q.join() # wait until all items processed
# gather vs wait
# gather — run all concurrently, return results in order
results = await asyncio.gather(t1(), t2(), return_exceptions=True)
# wait — finer control over completion condition
done, pending = await asyncio.wait(
    {asyncio.create_task(t) for t in tasks},
    return_when=asyncio.FIRST_COMPLETED # or FIRST_EXCEPTION, ALL_COMPLETED
)
for task in pending:
    task.cancel()
