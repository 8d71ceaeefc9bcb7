# notecheck snippet: document=examples/basics.md lines=95-95 index=7 origin=fenced language=bash
# notecheck lines: 95
pip install requests
