# notecheck snippet: document=examples/claim_forms.md lines=69-71 index=4 origin=fenced language=python
# notecheck lines: 69-71
# notecheck: skip
import secrets
print(secrets.token_hex(4))  # 9f86d081
