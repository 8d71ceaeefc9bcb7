import weakref
class Resource:
    def __init__(self, name): self.name = name
    def __repr__(self): return f"Resource({self.name!r})"
r = Resource("db_conn")
ref = weakref.ref(r) # create weak reference
print(ref()) # Resource('db_conn') — alive
del r # remove last strong reference
print(ref()) # None — garbage collected
# WeakValueDictionary — values are weak-referenced; auto-removed when GC'd
cache = weakref.WeakValueDictionary()
obj = Resource("cached")
cache["key"] = obj
print(cache.get("key")) # Resource('cached')
del obj
print(cache.get("key")) # None — automatically removed
# WeakSet — set of weakly-referenced objects
# WeakKeyDictionary — keys are weakly referenced
# finalize — register a cleanup callback when object is GC'd
def cleanup(name): print(f"Cleaning up {name}")
obj2 = Resource("temp")
weakref.finalize(obj2, cleanup, "temp")
del obj2 # prints "Cleaning up temp"
# Real-world pattern: event emitter that doesn't keep listeners alive
class EventBus:
    def __init__(self):
        self._listeners = weakref.WeakSet()
    def subscribe(self, fn): self._listeners.add(fn)
    def emit(self, event):
        for fn in list(self._listeners): # copy — set may shrink during iteration
            fn(event)
