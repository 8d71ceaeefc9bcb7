from concurrent.futures import ThreadPoolExecutor, ProcessPoolExecutor, as_completed
import requests
urls = ["https://api.github.com/users/torvalds",
    "https://api.github.com/users/gvanrossum",
    "https://api.github.com/users/antirez"]
def fetch(url):
    return requests.get(url, timeout=5).json()["public_repos"]
# ThreadPoolExecutor — I/O-bound (network, disk, DB)
with ThreadPoolExecutor(max_workers=10) as executor:
    # map — submits all at once, yields results IN ORDER as they complete
    results = list(executor.map(fetch, urls))
    # submit — more control: returns a Future immediately
    futures = {executor.submit(fetch, url): url for url in urls}
    for future in as_completed(futures): # yields as each finishes
        url = futures[future]
        try:
            print(f"{url}: {future.result()} repos")
        except Exception as e:
            print(f"{url} failed: {e}")
# ProcessPoolExecutor — CPU-bound (numpy, image processing, encryption)
def compute_heavy(n):
    return sum(i * i for i in range(n))
with ProcessPoolExecutor() as executor: # default: os.cpu_count() workers
    results = list(executor.map(compute_heavy, [1_000_000] * 4))
# Key points:
# - Threads share memory; use locks for shared mutable state
# - Processes have separate memory; pass data via pickling (overhead)
# - Both executor types are context managers that call shutdown(wait=True) on exit
# - Future.result(timeout=N) blocks and can raise the exception from the worker
