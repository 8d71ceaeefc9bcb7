# notecheck snippet: document=examples/claim_forms.md lines=69-72 index=4 origin=fenced language=python
# notecheck lines: 69-72
first, *rest = [1, 2, 3, 4, 5]  # first=1, rest=[2, 3, 4, 5]
q, r = divmod(17, 5)  # q=3, r=1  (deliberately wrong: r is 2)
a, b = 1, 2
a, b = b, a  # a=2, b=1
