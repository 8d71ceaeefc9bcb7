# notecheck snippet: document=examples/claim_forms.md lines=112-121 index=8 origin=fenced language=python
# notecheck lines: 112-121
import threading

def greet(n):
    print(f"worker {n} done")

workers = [threading.Thread(target=greet, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
