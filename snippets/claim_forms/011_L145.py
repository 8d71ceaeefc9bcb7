# notecheck snippet: document=examples/claim_forms.md lines=145-149 index=11 origin=fenced language=python
# notecheck lines: 145-149
point = (1, 2)
# point[0] = 5  # TypeError: 'tuple' object does not support item assignment
# point.x  # KeyError  (deliberately wrong: it is an AttributeError)
# print(sep="", point)  # SyntaxError: positional argument follows keyword argument
print(point)  # (1, 2)
