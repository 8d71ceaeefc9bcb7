#!/usr/bin/python3.11
"""Reads the raw results run_all.sh left in OUT_DIR and prints issue 4's Markdown table:
medians (Google Benchmark's median aggregate; hyperfine's median over every run of every
round) and ratios against baselines measured in the same run.

    table.py OUT_DIR
"""
import glob
import json
import os
import statistics
import sys

OUT = sys.argv[1]


def gbench(name):
    """{benchmark name without suffixes: (median real time in ms, counters)}."""
    path = os.path.join(OUT, name)
    if not os.path.exists(path):
        return {}
    results = {}
    for b in json.load(open(path))["benchmarks"]:
        if b.get("run_type") != "aggregate" or b.get("aggregate_name") != "median":
            continue
        key = b["run_name"].split("/iterations")[0]
        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1e3}[b.get("time_unit", "ns")]
        results[key] = (b["real_time"] * scale, b)
    return results


def hyperfine(name):
    """{command name: median seconds over every run of every round}."""
    times = {}
    for path in sorted(glob.glob(os.path.join(OUT, name + ".round*.json"))):
        try:
            results = json.load(open(path))["results"]
        except (ValueError, KeyError):  # a round that did not finish
            continue
        for r in results:
            times.setdefault(r["command"], []).extend(r["times"])
    return {command: statistics.median(t) for command, t in times.items()}


def cpu(name):
    """{command name: mean user + system seconds of the command and the processes it reaped}.

    Not a zygote's: notecheck kills the process outside the PID namespace, and the zygote
    inside ends reaped by init."""
    spent = {}
    for path in sorted(glob.glob(os.path.join(OUT, name + ".round*.json"))):
        try:
            results = json.load(open(path))["results"]
        except (ValueError, KeyError):
            continue
        for r in results:
            spent.setdefault(r["command"], []).append(r.get("user", 0) + r.get("system", 0))
    return {command: statistics.mean(t) for command, t in spent.items()}


def rss(name):
    """(median VmHWM of notecheck itself, median max RSS of the tree), in MB."""
    path = os.path.join(OUT, name + ".rss")
    if not os.path.exists(path):
        return None
    own, tree = [], []
    for line in open(path):
        parts = line.split()
        if len(parts) == 2 and parts[0].lstrip("-").isdigit() and parts[1].isdigit():
            own.append(int(parts[0]) / 1024)
            tree.append(int(parts[1]) / 1024)
    return (statistics.median(own), statistics.median(tree)) if own else None


rows = []


def row(measure, value, baseline="", ratio="", target="", met=""):
    rows.append((measure, value, baseline, ratio, target, met))


def yes(ok):
    return "yes" if ok else "**no**"


# 1. Runner overhead per trivial snippet.
runner = gbench("runner.json")
for jobs in (1, 2):
    nc = runner.get(f"BM_NotecheckRunner/{jobs}")
    proc = runner.get(f"BM_ProcessPerSnippet/{jobs}")
    exe = runner.get(f"BM_InProcessExec/{jobs}")
    if not nc:
        continue
    per = lambda r: r[0] / r[1]["snippets"]
    nc_ms = per(nc)
    label = f"1. isolation overhead per snippet, {jobs} worker{'s' if jobs > 1 else ''}"
    if proc:
        speedup = per(proc) / nc_ms
        target = "<= 1.0 ms and >= 4x" if jobs == 2 else ""
        met = f"{yes(nc_ms <= 1.0)} / {yes(speedup >= 4)}" if jobs == 2 else ""
        row(label, f"{nc_ms:.2f} ms", f"{per(proc):.2f} ms (python3.11 -I -S per snippet)",
            f"{speedup:.1f}x faster", target, met)
    if exe:
        row(label, f"{nc_ms:.2f} ms", f"{per(exe) * 1000:.1f} us (exec in one process)",
            f"{nc_ms / per(exe):.0f}x slower", "", "")
for jobs in (1, 2):
    start = runner.get(f"BM_RunnerStart/{jobs}")
    if start:
        row(f"1. runner start-up, {jobs} zygote{'s' if jobs > 1 else ''} (once per command)",
            f"{start[0]:.0f} ms")

# 2. The doctest corpus.
dt = hyperfine("doctest")
nc = next((t for c, t in dt.items() if c.startswith("notecheck")), None)
if nc is not None:
    for command, t in dt.items():
        if command.startswith("notecheck"):
            continue
        per_file = "per file" in command
        row("2. doctest corpus, 20 files x 50 examples", f"{nc:.2f} s", f"{t:.2f} s ({command})",
            f"{t / nc:.2f}x faster" if t >= nc else f"{nc / t:.1f}x slower",
            "faster than doctest per file" if per_file else "",
            yes(nc < t) if per_file else "")

# 3. The seed notes.
def first(results):
    return next(iter(results.values()), None)


cold = first(hyperfine("seed_cold_check"))
warm = first(hyperfine("seed_warm_check"))
again = first(hyperfine("seed_run"))
stats_path = os.path.join(OUT, "seed_warm.stats")
stats = open(stats_path).read().strip().split(": ")[-1] if os.path.exists(stats_path) else ""
if cold is not None:
    row("3. seed notes, cold `notecheck check` (empty result cache)", f"{cold:.2f} s")
if warm is not None:
    warm_cpu = first(cpu("seed_warm_check"))
    row("3. seed notes, re-check after editing one snippet (warm result cache)",
        f"{warm * 1000:.0f} ms" + (f" ({warm_cpu * 1000:.0f} ms CPU, workers aside)" if warm_cpu else ""),
        (f"{cold:.2f} s (cold check)" if cold else "") + (f"; cache: {stats}" if stats else ""),
        f"{cold / warm:.0f}x faster" if cold else "", "<= 100 ms", yes(warm <= 0.1))
if again is not None:
    row("3. seed notes, `notecheck run` on one edited extracted snippet", f"{again:.2f} s",
        f"{cold:.2f} s (cold check)" if cold else "", f"{cold / again:.0f}x faster" if cold else "")
for name, label in (("seed_cold", "cold check"), ("seed_warm", "warm re-check"),
                    ("seed_run", "`notecheck run`")):
    mem = rss(name)
    if mem:
        row(f"3. peak memory of notecheck itself, {label}", f"{mem[0]:.1f} MB",
            f"{mem[1]:.1f} MB (largest process of the tree)", "", "< 64 MB", yes(mem[0] < 64))

# 4. Extraction throughput.
ex = gbench("extract.json")
for key, (ms, b) in sorted(ex.items()):
    mbps = b.get("bytes_per_second", 0) / 1e6
    kind = "Markdown" if key.endswith("/1") else "plain text"
    if key.startswith("BM_ExtractCachedAnalyses"):
        row(f"4. extraction, {kind}, every analysis from memory (notecheck's C++ alone)",
            f"{mbps:.1f} MB/s", "", "", ">= 100 MB/s", yes(mbps >= 100))
        continue
    share = b.get("python_share", 0)
    row(f"4. extraction throughput, {kind} (in process)", f"{mbps:.1f} MB/s",
        f"{b.get('MB', 0):.1f} MB, {b.get('snippets', 0):.0f} snippets; "
        f"{share:.0%} of the time in CPython's compiler ({b.get('check_calls', 0):.0f} checks, "
        f"{b.get('analyze_calls', 0):.0f} analyses)", "", ">= 100 MB/s", yes(mbps >= 100))
cli = hyperfine("extract")
bytes_path = os.path.join(OUT, "corpus.bytes")
if cli and os.path.exists(bytes_path):
    size = int(open(bytes_path).read()) / 1e6
    for command, t in cli.items():
        row("4. extraction throughput, `notecheck extract` (half Markdown, half text)",
            f"{size / t:.1f} MB/s", f"{size:.1f} MB in {t:.2f} s", "", ">= 100 MB/s",
            yes(size / t >= 100))

seed = hyperfine("seed_extract")
cold_extract = next((t for c, t in seed.items() if c.endswith("no cache")), None)
one_process = next((t for c, t in seed.items() if c.endswith("one process")), None)
for command, t in seed.items():
    if command.endswith("one process"):
        row("4. `notecheck extract` of the five seed notes, no cache, one process (`-j 1`)",
            f"{t * 1000:.0f} ms", "", "", "", "")
        continue
    cached = not command.endswith("no cache")
    base = cold_extract if cached else one_process
    row("4. `notecheck extract` of the five seed notes" + (", through the cache" if cached else
                                                          ", no cache (every analysis asked)"),
        f"{t * 1000:.0f} ms",
        (f"{base * 1000:.0f} ms " + ("(no cache)" if cached else "(one process)")) if base else "",
        f"{base / t:.1f}x faster" if base else "",
        "" if cached else "well under 100 ms", "" if cached else yes(t < 0.1))

print("| measure | notecheck | baseline | ratio | target | met |")
print("|---|---|---|---|---|---|")
for r in rows:
    print("| " + " | ".join(r) + " |")
