# notecheck snippet: document=examples/basics.md lines=99-99 index=8 origin=fenced language=text
# notecheck lines: 99
Client → API → Database
