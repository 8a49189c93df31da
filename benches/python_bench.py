"""Python side of the benchmarks, run by scripts/bench-python.

1. decide_screening_batch on ROWS numpy rows (default 10 million) against the same
   rules as a plain Python loop (benches/python_loop.py), same input, same codes;
2. the per-call cost of screening.replay on the typical 12-event case (the example
   case cut to 12 events, the same case as the Rust bench `case`).

Usage: python benches/python_bench.py [--rows N] [--loop-rows N] [--calls N]
"""

import argparse
import json
import os
import platform
import sys
import time
import timeit

import numpy as np

import screening

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import python_loop  # noqa: E402


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


def best(f, repeat):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        result = f()
        times.append(time.perf_counter() - t)
    return min(times), result


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--loop-rows", type=int, default=None,
                    help="rows for the plain loop (default: all); fewer are timed and scaled")
    ap.add_argument("--calls", type=int, default=20_000)
    args = ap.parse_args()
    rows = args.rows
    loop_rows = args.loop_rows or rows

    print(f"python {platform.python_version()}, numpy {np.__version__}, screening {getattr(screening, '__version__', '?')}")
    official, exempt, attending, progress, removal = columns(rows)

    batch_s, codes = best(
        lambda: screening.decide_screening_batch(
            official=official, exempt=exempt, exempt_attending=attending,
            progress_yes=progress, removal_yes=removal),
        3)
    print(f"decide_screening_batch, {rows} rows: {batch_s:.3f} s "
          f"({batch_s / rows * 1e9:.1f} ns per row)")

    # Where the batch call's time goes: the package's check and conversion of each
    # numpy column to a contiguous uint32 array (none for uint32 input), then the
    # native call (reads the columns in place, decides, returns a uint8 array).
    api = getattr(screening, "_api", None)
    if api is not None and hasattr(api, "_u32_column") and hasattr(api, "_ffi"):
        names = ("official", "exempt", "exempt_attending", "progress_yes", "removal_yes")
        cols = (official, exempt, attending, progress, removal)
        conv_s, data = best(lambda: [api._u32_column(n, c) for n, c in zip(names, cols)], 3)
        native_s, _ = best(lambda: api._ffi.decide_screening_batch(*data), 3)
        print(f"  of which: columns checked/converted to uint32 {conv_s:.3f} s, native call "
              f"(reads them in place, decides, returns a uint8 array) {native_s:.3f} s")

    lists = [c[:loop_rows].tolist() for c in (official, exempt, attending, progress, removal)]
    t = time.perf_counter()
    plain = python_loop.decide_screening_batch(*lists)
    loop_s = time.perf_counter() - t
    scaled = loop_s * rows / loop_rows
    note = "" if loop_rows == rows else f" (timed on {loop_rows} rows, scaled)"
    print(f"plain Python loop, {rows} rows: {scaled:.3f} s{note} "
          f"({loop_s / loop_rows * 1e9:.1f} ns per row; lists built beforehand, not timed)")
    same = np.array_equal(np.asarray(plain, dtype=np.uint8), np.asarray(codes)[:loop_rows])
    print(f"same codes: {same}")
    print(f"speed-up of the batch call: {scaled / batch_s:.0f}x")
    if not same:
        sys.exit(1)

    with open(os.path.join(HERE, "..", "examples", "case-DV-0042.json"), encoding="utf-8") as f:
        case = json.load(f)
    case["events"] = case["events"][:12]
    text = json.dumps(case, ensure_ascii=False, separators=(",", ":"))
    screening.replay(text)
    n = args.calls
    per = min(timeit.repeat(lambda: screening.replay(text), number=n, repeat=5)) / n
    print(f"screening.replay (12 events, JSON text in, Report out): {per * 1e6:.2f} us per call")
    data = text.encode()
    per_b = min(timeit.repeat(lambda: screening.replay(data), number=n, repeat=5)) / n
    print(f"screening.replay (12 events, UTF-8 bytes in): {per_b * 1e6:.2f} us per call")


if __name__ == "__main__":
    main()
