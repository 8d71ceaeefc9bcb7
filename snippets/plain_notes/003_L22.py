# notecheck snippet: document=examples/plain_notes.txt lines=22-27 index=3 origin=unfenced language=python
# notecheck lines: 22-27
def add_item(item, lst=[]):
    lst.append(item)
    return lst

add_item(1)  # [1]
add_item(2)  # [2]
