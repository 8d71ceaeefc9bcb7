# notecheck snippet: document=examples/basics.md lines=70-71 index=4 origin=fenced language=python
# notecheck lines: 70-71
for word in ["alpha", "beta"]:
    print(word.upper())  # ALPHA, BETA
