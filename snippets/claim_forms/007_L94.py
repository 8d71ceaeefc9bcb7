# notecheck snippet: document=examples/claim_forms.md lines=94-99 index=7 origin=fenced language=python
# notecheck lines: 94-99
for word in ["spam", "eggs"]:
    print(word.upper())
    #> SPAM
    #> EGGS
print(sum(range(5)))
#> 11
