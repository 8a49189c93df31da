"""The Python package against plain Python, side by side in one run on the same
input (run by scripts/bench-python):

1. ``decide_listing`` against a plain Python function that checks the same
   inputs and returns the same data (``python_loop.decide_listing``: a dict with
   outcome, rules, electorate and votes; no texts). Goal: at most 3x.
2. ``replay`` of examples/case-DV-0042.json against ``json.loads`` of the same
   text (goal: at most 3x) and against Rust's replay from the same JSON text to
   its ``Report`` (``benches/replay_json.rs``, run from this script; goal: at
   most 1.3x).
3. ``decide_screening_batch`` on ROWS ``uint32`` numpy rows (default 2 million)
   against the same rules as a plain Python loop over lists (goal: at least 50x).

Usage: python benches/python_bench.py [--rows N] [--calls N] [--rust BIN] [--write-docs FILE]
With --write-docs, the table replaces the block between the markers
``<!-- python-bench:start -->`` and ``<!-- python-bench:end -->`` of FILE.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
import timeit

import numpy as np

import screening

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import python_loop  # noqa: E402

EXAMPLE = os.path.join(ROOT, "examples", "case-DV-0042.json")


def columns(rows, seed=2026):
    """Realistic ballot columns, as in benches/ballot.rs: 3–60 official members."""
    rng = np.random.default_rng(seed)
    official = rng.integers(3, 61, rows, dtype=np.uint32)
    exempt = (rng.random(rows) * (official // 8 + 1)).astype(np.uint32)
    attending = (rng.random(rows) * (exempt + 1)).astype(np.uint32)
    size = official - exempt + attending
    progress = (rng.random(rows) * (size + 1)).astype(np.uint32)
    removal = (rng.random(rows) * (size - progress + 1)).astype(np.uint32)
    return official, exempt, attending, progress, removal


def per_call(f, calls, repeat=7):
    """Best of ``repeat`` rounds of ``calls`` calls, in seconds per call."""
    return min(timeit.repeat(f, number=calls, repeat=repeat)) / calls


def best(f, repeat):
    times = []
    result = None
    for _ in range(repeat):
        t = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t)
    return min(times), result


def rust_replay_ns(binary, calls):
    out = subprocess.run([binary, EXAMPLE, "--calls", str(calls)], capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[out.index("replay_json_ns") + 1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=2_000_000)
    ap.add_argument("--calls", type=int, default=200_000, help="calls per round for decide_listing")
    ap.add_argument("--replays", type=int, default=5_000, help="calls per round for replay")
    ap.add_argument("--rust", default=os.path.join(ROOT, "target", "release", "replay-json"))
    ap.add_argument("--write-docs", default=None)
    args = ap.parse_args()
    results = []
    load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"] * 3
    started = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"python {platform.python_version()}, numpy {np.__version__}, screening {screening.__version__}, "
          f"{os.cpu_count()} CPUs, load {' '.join(load)}, {started}")

    # 1. decide_listing against the plain function, same inputs, same data.
    plain = python_loop.decide_listing(10, 1, 6)
    d = screening.decide_listing(10, 1, 6)
    same = {k: v for k, v in d.to_dict().items() if k != "explanation"} == plain
    lib_s = per_call(lambda: screening.decide_listing(10, 1, 6), args.calls)
    plain_s = per_call(lambda: python_loop.decide_listing(10, 1, 6), args.calls)
    ratio = lib_s / plain_s
    print(f"decide_listing {lib_s * 1e9:.0f} ns, plain function {plain_s * 1e9:.0f} ns: "
          f"{ratio:.2f}x (goal <= 3x), same data: {same}")
    results.append(("`decide_listing(10, 1, 6)` against a plain Python function that checks the same "
                    "inputs and returns the same data (`benches/python_loop.py`)",
                    f"{lib_s * 1e9:.0f} ns against {plain_s * 1e9:.0f} ns: **{ratio:.2f}x**",
                    "≤ 3x", ratio <= 3 and same))

    # 2. replay against json.loads and Rust, same text.
    with open(EXAMPLE, encoding="utf-8") as f:
        text = f.read()
    report = screening.replay(text)
    replay_s = per_call(lambda: screening.replay(text), args.replays)
    loads_s = per_call(lambda: json.loads(text), args.replays)
    rust_s = rust_replay_ns(args.rust, args.replays) / 1e9 if os.path.exists(args.rust) else None
    data = text.encode("utf-8")
    replay_b = per_call(lambda: screening.replay(data), args.replays)
    r_loads = replay_s / loads_s
    print(f"replay ({report.version} events, {len(text)} bytes) {replay_s * 1e6:.2f} us, "
          f"json.loads {loads_s * 1e6:.2f} us: {r_loads:.2f}x (goal <= 3x)")
    results.append((f"`replay` of `examples/case-DV-0042.json` ({report.version} events, {len(text)} bytes) "
                    "against `json.loads` of the same text",
                    f"{replay_s * 1e6:.1f} µs against {loads_s * 1e6:.1f} µs: **{r_loads:.2f}x**",
                    "≤ 3x", r_loads <= 3))
    if rust_s is not None:
        r_rust = replay_s / rust_s
        print(f"  Rust replay, JSON text to Report: {rust_s * 1e6:.2f} us: {r_rust:.2f}x (goal <= 1.3x); "
              f"replay of the UTF-8 bytes {replay_b * 1e6:.2f} us")
        results.append(("the same `replay` against Rust's, JSON text to `Report` (`benches/replay_json.rs`)",
                        f"{replay_s * 1e6:.1f} µs against {rust_s * 1e6:.1f} µs: **{r_rust:.2f}x** "
                        f"(from the UTF-8 `bytes`: {replay_b * 1e6:.1f} µs, {replay_b / rust_s:.2f}x)",
                        "≤ 1.3x", r_rust <= 1.3))
    else:
        print(f"  (no Rust timing: build {args.rust} with "
              "`cargo build --release -p screening-benches --bin replay-json`)")

    # 3. the batch against the plain loop, same rows.
    rows = args.rows
    official, exempt, attending, progress, removal = columns(rows)
    batch_s, codes = best(
        lambda: screening.decide_screening_batch(
            official=official, exempt=exempt, exempt_attending=attending,
            progress_yes=progress, removal_yes=removal),
        15)
    lists = [c.tolist() for c in (official, exempt, attending, progress, removal)]
    loop_s, loop_codes = best(lambda: python_loop.decide_screening_batch(*lists), 3)
    same_codes = np.array_equal(np.asarray(loop_codes, dtype=np.uint8), codes)
    speedup = loop_s / batch_s
    print(f"decide_screening_batch, {rows} uint32 rows: {batch_s * 1e3:.1f} ms (best of 15), plain loop "
          f"{loop_s:.3f} s (best of 3): {speedup:.0f}x (goal >= 50x), same codes: {same_codes}")
    results.append((f"`decide_screening_batch` on {rows:,} `uint32` numpy rows against the plain "
                    "Python loop over lists (`benches/python_loop.py`); best of 15 and of 3",
                    f"{batch_s * 1e3:.1f} ms against {loop_s:.2f} s: **{speedup:.0f}x**",
                    "≥ 50x", speedup >= 50 and same_codes))

    table = [f"Measured {started}, one run of `benches/python_bench.py` (as `scripts/bench-python` runs it), Python "
             f"{platform.python_version()}, numpy {np.__version__}, {os.cpu_count()} CPUs, "
             f"load average at the start {' '.join(load)}.",
             "",
             "| comparison (same input, same run) | measured | goal | met? |",
             "|---|---|---|---|"]
    for what, measured, goal, met in results:
        table.append(f"| {what} | {measured} | {goal} | {'yes' if met else 'no'} |")
    block = "\n".join(table)
    print()
    print(block)
    if args.write_docs:
        with open(args.write_docs, encoding="utf-8") as f:
            doc = f.read()
        start, end = "<!-- python-bench:start -->", "<!-- python-bench:end -->"
        if start not in doc or end not in doc:
            sys.exit(f"{args.write_docs} has no {start} … {end} block")
        head, rest = doc.split(start, 1)
        _, tail = rest.split(end, 1)
        with open(args.write_docs, "w", encoding="utf-8") as f:
            f.write(f"{head}{start}\n{block}\n{end}{tail}")
        print(f"written into {args.write_docs}")
    if not (same and same_codes):
        sys.exit(1)


if __name__ == "__main__":
    main()
