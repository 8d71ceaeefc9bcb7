import time
import functools
def timer(func):
    @functools.wraps(func) # preserves __name__, __doc__, etc.
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        end = time.perf_counter()
        print(f"{func.__name__} took {end - start:.4f}s")
        return result
    return wrapper
@timer
def slow_function():
    time.sleep(0.5)
slow_function() # slow_function took 0.5001s
