# notecheck snippet: document=examples/claim_forms.md lines=167-168 index=13 origin=fenced language=python
# notecheck lines: 167-168
import urllib.request
print(urllib.request.urlopen("https://example.com").status)  # 200
