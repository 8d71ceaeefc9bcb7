def chain(*iterables):
    for it in iterables:
        yield from it
list(chain([1, 2], [3, 4], [5])) # [1, 2, 3, 4, 5]
