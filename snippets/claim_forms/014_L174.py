# notecheck snippet: document=examples/claim_forms.md lines=174-177 index=14 origin=doctest language=pycon
# notecheck lines: 174,177
import random
sorted({3, 1, 2})
