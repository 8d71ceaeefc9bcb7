# notecheck snippet: document=examples/claim_forms.md lines=165-168 index=13 origin=doctest language=pycon
# notecheck lines: 165,168
import random
sorted({3, 1, 2})
