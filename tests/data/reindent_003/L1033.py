# asyncio.create_task — schedule without waiting immediately
async def main():
    task1 = asyncio.create_task(some_coroutine())
    task2 = asyncio.create_task(another_coroutine())
    # Both are now running concurrently
    result1 = await task1
    result2 = await task2
