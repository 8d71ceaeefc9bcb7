# notecheck snippet: document=examples/basics.md lines=124-124 index=11 origin=fenced language=diagram
# notecheck lines: 124
Client → API → Database
