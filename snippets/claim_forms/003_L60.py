# notecheck snippet: document=examples/claim_forms.md lines=60-62 index=3 origin=fenced language=python
# notecheck lines: 60-62
# notecheck: skip
import secrets
print(secrets.token_hex(4))  # 9f86d081
