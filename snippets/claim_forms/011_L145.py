# notecheck snippet: document=examples/claim_forms.md lines=145-147 index=11 origin=fenced language=text
# notecheck lines: 145-147
worker 2 done
worker 0 done
worker 1 done
