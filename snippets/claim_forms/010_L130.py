# notecheck snippet: document=examples/claim_forms.md lines=130-139 index=10 origin=fenced language=python
# notecheck lines: 130-139
import threading

def greet(n):
    print(f"worker {n} done")

workers = [threading.Thread(target=greet, args=(n,)) for n in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
