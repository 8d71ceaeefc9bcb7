# notecheck snippet: document=examples/claim_forms.md lines=176-177 index=14 origin=fenced language=python
# notecheck lines: 176-177
import urllib.request
print(urllib.request.urlopen("https://example.com").status)  # 200
