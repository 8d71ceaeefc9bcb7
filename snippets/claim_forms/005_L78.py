# notecheck snippet: document=examples/claim_forms.md lines=78-80 index=5 origin=fenced language=python
# notecheck lines: 78-80
# notecheck: skip
import secrets
print(secrets.token_hex(4))  # 9f86d081
