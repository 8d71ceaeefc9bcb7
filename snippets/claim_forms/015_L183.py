# notecheck snippet: document=examples/claim_forms.md lines=183-186 index=15 origin=doctest language=pycon
# notecheck lines: 183,186
import random
sorted({3, 1, 2})
