# notecheck snippet: document=examples/claim_forms.md lines=154-158 index=12 origin=fenced language=python
# notecheck lines: 154-158
point = (1, 2)
# point[0] = 5  # TypeError: 'tuple' object does not support item assignment
# point.x  # KeyError  (deliberately wrong: it is an AttributeError)
# print(sep="", point)  # SyntaxError: positional argument follows keyword argument
print(point)  # (1, 2)
