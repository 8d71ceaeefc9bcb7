# notecheck snippet: document=examples/claim_forms.md lines=121-130 index=9 origin=fenced language=python
# notecheck lines: 121-130
import threading

def greet(n):
    print(f"worker {n} done")

workers = [threading.Thread(target=greet, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
