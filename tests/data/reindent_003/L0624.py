class cache:
    def __init__(self, func):
        self.func = func
        self.memo = {}
        functools.update_wrapper(self, func)
    def __call__(self, *args):
        if args not in self.memo:
            self.memo[args] = self.func(*args)
        return self.memo[args]
@cache
def fib(n):
    if n < 2: return n
    return fib(n-1) + fib(n-2)
