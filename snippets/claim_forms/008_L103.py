# notecheck snippet: document=examples/claim_forms.md lines=103-108 index=8 origin=fenced language=python
# notecheck lines: 103-108
for word in ["spam", "eggs"]:
    print(word.upper())
    #> SPAM
    #> EGGS
print(sum(range(5)))
#> 11
