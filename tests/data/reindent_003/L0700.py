def make_counter(start=0):
    count = start # free variable captured by the closure
    def increment():
        nonlocal count # tells Python to modify the enclosing scope's variable
        count += 1
        return count
    return increment
counter = make_counter()
print(counter()) # 1
print(counter()) # 2
print(counter()) # 3
import itertools
# Infinite iterators
counter = itertools.count(10, 2) # 10, 12, 14, ...
cycling = itertools.cycle([1, 2, 3]) # 1, 2, 3, 1, 2, 3, ...
# Combinatoric iterators
list(itertools.permutations("ABC", 2)) # ('A','B'),('A','C'),...
list(itertools.combinations("ABC", 2)) # ('A','B'),('A','C'),('B','C')
# Terminating iterators
list(itertools.chain([1,2],[3,4])) # [1, 2, 3, 4]
list(itertools.islice(range(100), 5)) # [0, 1, 2, 3, 4]
list(itertools.takewhile(lambda x: x<5, [1,3,5,2])) # [1, 3]
for key, group in itertools.groupby([1,1,2,2,3], key=lambda x: x):
    print(key, list(group))
# 1 [1, 1]
# 2 [2, 2]
# 3 [3]
