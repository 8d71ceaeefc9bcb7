import asyncio
import aiohttp
# async def defines a coroutine
async def fetch(session, url):
    async with session.get(url) as response:
        return await response.json()
async def fetch_all(urls):
    async with aiohttp.ClientSession() as session:
        # asyncio.gather runs all coroutines concurrently
        tasks = [fetch(session, url) for url in urls]
        results = await asyncio.gather(*tasks)
        return results
# Running the event loop
async def main():
    urls = ["https://api.github.com/users/torvalds",
        "https://api.github.com/users/gvanrossum"]
    data = await fetch_all(urls)
    for d in data:
        print(d['login'], d['public_repos'])
asyncio.run(main())
