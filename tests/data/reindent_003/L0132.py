# / separates positional-only params from the rest (PEP 570, Python 3.8+)
# * separates the rest from keyword-only params
def api(pos_only, /, normal, *, kw_only):
    print(pos_only, normal, kw_only)
api(1, 2, kw_only=3) # OK
api(1, normal=2, kw_only=3) # OK
# api(pos_only=1, 2, kw_only=3) # TypeError — pos_only can't be a keyword
# Keyword-only (after *) — forces callers to name the param
def connect(host, port, *, timeout=30, retries=3):
    ...
connect("localhost", 5432, timeout=10) # must name timeout
# connect("localhost", 5432, 10) # TypeError
# *args also creates keyword-only barrier for anything after it
def func(*args, keyword_only=True):
    ...
# Why positional-only matters: lets you rename the param without breaking callers,
# and matches C-extension style (e.g., len(obj) not len(sequence=obj))
