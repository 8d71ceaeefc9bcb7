def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
gen = fibonacci()
print([next(gen) for _ in range(8)]) # [0, 1, 1, 2, 3, 5, 8, 13]
# Generator pipeline — memory efficient stream processing
def read_lines(path):
    with open(path) as f:
        for line in f:
            yield line.strip()
def filter_lines(lines, keyword):
    for line in lines:
        if keyword in line:
            yield line
# Processes a 10 GB log file with near-zero memory overhead
lines = read_lines("huge.log")
errors = filter_lines(lines, "ERROR")
for error in errors:
    print(error)
