// Python source, part 1 of the runner (see runner_py.h): exports an object as the Value tree
// of observation.h, in the JSON form observation_json.h parses. Guarded: a repr() that raises
// gives "<repr failed: ...>", containers are capped in items, depth and total size.
#pragma once

namespace notecheck {

constexpr const char* kRunnerExportSource = R"PY(
import collections, collections.abc


def _make_export():
    BaseExc, Str, Type, isinst, length, rep = BaseException, str, type, isinstance, len, repr
    Mapping, Sequence = collections.abc.Mapping, collections.abc.Sequence
    Deque, UserList = collections.deque, collections.UserList
    ATOMS = (int, float, complex, bool, str, bytes, bytearray, type(None), type(...))
    MAX_ITEMS, MAX_DEPTH, MAX_NODES, MAX_CHARS = 1000, 8, 20000, 8 << 20
    # A value's repr beyond 64 KiB is cut (and the value marked truncated, so it is never judged
    # wrong): no claim is that long, and every byte is stored in the result cache.
    TOP_TEXT, ITEM_TEXT = 64 << 10, 4096

    def guarded(convert, obj, limit=ITEM_TEXT):
        try:
            text = convert(obj)
        except BaseExc as e:
            try:
                text = '<%s failed: %s: %s>' % (convert.__name__, Type(e).__name__, e)
            except BaseExc:
                text = '<%s failed>' % convert.__name__
        if length(text) > limit:
            text = text[:limit] + '...'
        return text

    def type_name(t):
        try:
            return Str(t.__name__)
        except BaseExc:
            return '?'

    def children(obj):
        # (kind, iterable of elements) for the containers exported with their elements.
        if isinst(obj, dict) or isinst(obj, Mapping):
            return 'dict', (x for kv in obj.items() for x in kv)
        if isinst(obj, (set, frozenset)):
            return 'set', obj
        if isinst(obj, tuple):
            return 'tuple', obj
        if isinst(obj, (list, Deque, UserList)):
            return 'list', obj
        if isinst(obj, Sequence) and not isinst(obj, range) and rep(obj).startswith('['):
            return 'list', obj
        return 'other', None

    def export(obj, depth, budget):
        budget[0] -= 1
        limit = TOP_TEXT if depth == 0 else ITEM_TEXT
        node = {'kind': 'atom', 'type': type_name(Type(obj)), 'repr': guarded(rep, obj, limit)}
        text = guarded(Str, obj, limit)
        if text != node['repr']:
            node['str'] = text
        budget[1] -= length(node['repr']) + length(text)
        if length(node['repr']) > limit:
            node['truncated'] = True
        if isinst(obj, Type):
            node['kind'], node['name'] = 'class', type_name(obj)
            return node
        if isinst(obj, ATOMS):
            return node
        try:
            node['kind'], elements = children(obj)
            if elements is None:
                return node
            items = []
            for element in elements:
                if depth + 1 >= MAX_DEPTH or length(items) >= MAX_ITEMS or budget[0] <= 0 \
                        or budget[1] <= 0:
                    node['truncated'] = True
                    break
                items.append(export(element, depth + 1, budget))
            if node['kind'] == 'dict' and length(items) % 2:
                items.pop()
            if items:
                node['items'] = items
        except BaseExc:  # iterating a user container can raise anything
            node['kind'] = 'other'
            node.pop('items', None)
        return node

    def export_value(obj):
        return export(obj, 0, [MAX_NODES, MAX_CHARS])

    return export_value, guarded, type_name
)PY";

}  // namespace notecheck
