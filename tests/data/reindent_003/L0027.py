# BAD — the list is created once when the function is defined
def add_item(item, lst=[]):
    lst.append(item)
    return lst
add_item(1) # [1]
add_item(2) # [1, 2] ← unexpected!
# GOOD
def add_item(item, lst=None):
    if lst is None:
        lst = []
    lst.append(item)
    return lst
