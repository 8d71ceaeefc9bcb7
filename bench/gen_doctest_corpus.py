#!/usr/bin/python3.11
"""Writes a doctest-format corpus for issue 4, part 2: FILES text files of EXAMPLES `>>>`
examples each, exercising the standard library.

    gen_doctest_corpus.py OUT_DIR [FILES [EXAMPLES]]      (defaults: 20 files, 50 examples)

Each file is prose with blocks of examples; every block imports what it uses, so a block runs
alone (as notecheck runs it) and in one shared namespace (as `python -m doctest` runs a file).
Wanted outputs are computed here by evaluating the generated expressions (this is our own
code, not a note's), so the corpus passes `python3.11 -m doctest` by construction; run_all.sh
checks that it does, and that notecheck finds every claim correct.
"""
import os
import sys

# (import line, expressions using it); {i} varies the numbers from one block to the next.
TOPICS = [
    ("import math", ["math.factorial({i} % 12 + 3)", "math.gcd({i} * 6, 84)",
                     "math.isqrt({i} * {i} + 7)", "round(math.hypot(3, {i}), 6)",
                     "math.comb({i} % 9 + 5, 3)"]),
    ("import itertools", ["list(itertools.islice(itertools.count({i}, 3), 4))",
                          "list(itertools.accumulate(range({i} % 6 + 2)))",
                          "len(list(itertools.permutations('abcd'[:{i} % 3 + 2])))",
                          "list(itertools.chain('ab', [{i}]))",
                          "[k for k, _ in itertools.groupby('aabbbc{i}')]"]),
    ("from collections import Counter, deque, OrderedDict",
     ["Counter('mississippi{i}').most_common(2)", "sorted(Counter([{i}, 1, {i}]).items())",
      "deque(range({i} % 7 + 3), maxlen=3)", "list(OrderedDict.fromkeys('b{i}ab'))",
      "deque([1, 2, {i}]).pop()"]),
    ("import json", ["json.dumps({{'b': {i}, 'a': [1, 2]}}, sort_keys=True)",
                     "json.loads('[{i}, true, null]')", "json.dumps('é{i}')",
                     "json.loads('{{\"k\": {i}.5}}')['k']", "len(json.dumps(list(range({i} % 9))))"]),
    ("import re", ["re.findall(r'\\d+', 'a{i}b22c333')", "re.sub(r'(\\w)(\\d)', r'\\2\\1', 'x{i}')",
                   "bool(re.fullmatch(r'[a-z]+{i}', 'abc{i}'))", "re.split(r'[,;]', 'a,b;{i}')",
                   "re.search(r'(?P<n>\\d+)', 'id={i}').group('n')"]),
    ("import datetime", ["datetime.date(2024, {i} % 12 + 1, 15).isoformat()",
                         "(datetime.date(2024, 3, 1) - datetime.date(2024, 2, {i} % 28 + 1)).days",
                         "datetime.timedelta(hours={i}, minutes=90)",
                         "datetime.date(2023, 1, {i} % 28 + 1).weekday()",
                         "datetime.datetime(2020, 1, 1, {i} % 24).strftime('%H:%M')"]),
    ("from fractions import Fraction", ["Fraction({i}, 6) + Fraction(1, 3)",
                                        "Fraction('0.{i}')", "Fraction({i}, 4).limit_denominator(3)",
                                        "Fraction(1, {i} % 9 + 2) * 2", "float(Fraction({i}, 8))"]),
    ("from decimal import Decimal", ["Decimal('0.1') * {i}", "Decimal('{i}.125').quantize(Decimal('0.01'))",
                                     "Decimal({i}) / Decimal(8)", "Decimal('1.{i}0').normalize()",
                                     "str(Decimal('{i}e-3'))"]),
    ("import statistics", ["statistics.mean([1, 2, {i}])", "statistics.median([{i}, 3, 9, 1])",
                           "statistics.mode('aab{i}')", "round(statistics.pstdev([2, 4, {i}]), 4)",
                           "statistics.median_low(range({i} % 10 + 2))"]),
    ("import textwrap", ["textwrap.wrap('lorem ipsum dolor sit amet {i}', 12)",
                         "textwrap.shorten('a b c d e f g {i}', width=9)",
                         "textwrap.dedent('  x{i}')", "textwrap.indent('a', '{i}> ')",
                         "len(textwrap.fill('word ' * ({i} % 9 + 3), 20))"]),
    ("import heapq, bisect", ["heapq.nsmallest(2, [5, {i}, 3, 9])", "heapq.nlargest(1, [{i}, 4])",
                              "bisect.bisect([1, 3, 5, 7], {i} % 8)",
                              "sorted(heapq.merge([1, 4], [{i}, 2]))",
                              "bisect.bisect_left('aceg', 'd')"]),
    ("import functools, operator", ["functools.reduce(operator.mul, range(1, {i} % 7 + 2))",
                                    "functools.partial(pow, 2)({i} % 20)",
                                    "operator.itemgetter(1, 0)(['a', {i}])",
                                    "sorted(['bb', 'a', 'c{i}'], key=len)",
                                    "operator.attrgetter('real')({i} + 2j)"]),
    ("import hashlib, base64", ["hashlib.sha256(b'{i}').hexdigest()[:16]",
                                "hashlib.md5(b'x{i}').hexdigest()[:8]",
                                "base64.b64encode(b'note{i}')", "base64.b16decode(b'4142')",
                                "base64.urlsafe_b64encode(bytes([{i} % 256, 255]))"]),
    ("import struct, zlib", ["struct.pack('<HI', {i}, 7)", "struct.unpack('>h', b'\\x01\\x02')",
                             "struct.calcsize('<qbi')", "zlib.crc32(b'{i}')",
                             "len(zlib.compress(b'a' * {i}))"]),
    ("import keyword, types",
     ["types.SimpleNamespace(a={i}, b='x')", "keyword.iskeyword('for{i}')",
      "vars(types.SimpleNamespace(k={i}))",
      "keyword.iskeyword('match')", "sorted(keyword.kwlist)[{i} % 30]"]),
    ("import enum", ["enum.Enum('Color', 'RED GREEN B{i}').RED", "list(enum.Enum('E', 'A B{i}'))",
                     "enum.IntEnum('N', 'ONE TWO').TWO + {i}", "enum.Flag('P', 'R W X').R.value",
                     "len(enum.Enum('L', ' '.join('K%d' % n for n in range({i} % 5 + 1))))"]),
    ("from urllib.parse import urlparse, urlencode, quote",
     ["urlparse('https://ex.org:8{i}/p?q=1').port", "urlencode({{'a': {i}, 'b': 'x y'}})",
      "quote('a b/{i}')", "urlparse('http://h/x/{i}.html').path",
      "urlparse('s://u@h').username"]),
    ("import shlex, html", ["shlex.split('a \"b c\" {i}')", "shlex.quote(\"it's {i}\")",
                            "html.escape('<a href=\"{i}\">')", "html.unescape('&lt;{i}&gt;')",
                            "shlex.join(['ls', '-l', 'f {i}'])"]),
    ("import ipaddress", ["ipaddress.ip_address('10.0.0.{i}') + 1",
                          "ipaddress.ip_network('10.{i}.0.0/16').num_addresses",
                          "ipaddress.ip_address('192.168.1.{i}').is_private",
                          "str(ipaddress.ip_interface('10.0.0.{i}/24').network)",
                          "ipaddress.ip_address('::{i}').version"]),
    ("import unicodedata, string", ["unicodedata.name('é')", "unicodedata.normalize('NFD', 'é{i}')",
                                    "string.ascii_lowercase[{i} % 26]",
                                    "string.capwords('hello world {i}')",
                                    "unicodedata.category('{i}')"]),
    ("import calendar, copy", ["calendar.isleap(2000 + {i})", "calendar.monthrange(2024, {i} % 12 + 1)",
                               "copy.deepcopy([[{i}], [2]])", "calendar.day_name[{i} % 7]",
                               "copy.copy({{'k': {i}}})"]),
    ("import random", ["random.Random({i}).randint(1, 100)", "random.Random({i}).choice('abcdef')",
                       "random.Random({i}).sample(range(10), 3)",
                       "round(random.Random({i}).random(), 6)",
                       "sorted(random.Random({i}).choices('xy', k=4))"]),
]

PROSE = [
    "The standard library covers this without any third-party package.",
    "Each example below shows the call and the value it returns.",
    "These are the calls worth remembering for an interview.",
    "Run the examples yourself; the outputs are exact.",
]


def display(value):
    """What the interactive interpreter prints for an expression statement."""
    return None if value is None else repr(value)


def block(topic, i, prompts):
    """One block: the import, then `prompts - 1` expressions with their wanted output."""
    imports, expressions = topic
    namespace = {}
    exec(imports, namespace)
    lines = [">>> " + imports]
    for k in range(prompts - 1):
        expression = expressions[k % len(expressions)].format(i=(i + k) % 200)
        shown = display(eval(expression, namespace))
        lines.append(">>> " + expression)
        if shown is not None:
            lines.append(shown)
    return "\n".join(lines) + "\n"


def main():
    out_dir = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 20
    examples = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    per_block = 5
    os.makedirs(out_dir, exist_ok=True)
    for f in range(files):
        parts = [f"Standard library notes, part {f + 1}\n", "=" * 30 + "\n\n"]
        written = 0
        b = 0
        while written < examples:
            prompts = min(per_block, examples - written)
            topic = TOPICS[(f * 7 + b) % len(TOPICS)]
            parts.append(PROSE[b % len(PROSE)] + "\n\n")
            parts.append(block(topic, f * 100 + b * 5 + 2, prompts) + "\n")
            written += prompts
            b += 1
        with open(os.path.join(out_dir, f"stdlib_{f + 1:02d}.txt"), "w", encoding="utf-8") as out:
            out.write("".join(parts))


if __name__ == "__main__":
    main()
