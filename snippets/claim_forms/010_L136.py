# notecheck snippet: document=examples/claim_forms.md lines=136-138 index=10 origin=fenced language=text
# notecheck lines: 136-138
worker 2 done
worker 0 done
worker 1 done
