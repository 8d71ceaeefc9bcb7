# notecheck snippet: document=examples/basics.md lines=120-120 index=10 origin=fenced language=bash
# notecheck lines: 120
pip install requests
