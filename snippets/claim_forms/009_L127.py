# notecheck snippet: document=examples/claim_forms.md lines=127-129 index=9 origin=fenced language=text
# notecheck lines: 127-129
worker 2 done
worker 0 done
worker 1 done
