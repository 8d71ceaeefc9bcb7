import threading
counter = 0
lock = threading.Lock()
def increment():
    global counter
    with lock: # acquires and releases automatically
        counter += 1
threads = [threading.Thread(target=increment) for _ in range(1000)]
for t in threads: t.start()
for t in threads: t.join()
print(counter) # 1000 (safe)
# Other synchronization primitives
rlock = threading.RLock() # reentrant lock (same thread can acquire multiple times)
event = threading.Event() # flag-based signaling
semaphore = threading.Semaphore(5) # limit concurrent access
