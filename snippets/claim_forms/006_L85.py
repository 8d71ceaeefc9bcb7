# notecheck snippet: document=examples/claim_forms.md lines=85-90 index=6 origin=fenced language=python
# notecheck lines: 85-90
for word in ["spam", "eggs"]:
    print(word.upper())
    #> SPAM
    #> EGGS
print(sum(range(5)))
#> 11
