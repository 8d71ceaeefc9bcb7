# notecheck snippet: document=examples/claim_forms.md lines=158-159 index=12 origin=fenced language=python
# notecheck lines: 158-159
import urllib.request
print(urllib.request.urlopen("https://example.com").status)  # 200
