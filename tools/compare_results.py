#!/usr/bin/env python3
"""Compare two ATK results logs (or two folders of them) record by record: the behaviour contract of a refactor.

Usage:
    python3 tools/compare_results.py BEFORE AFTER [--tolerance 1e-6]

BEFORE and AFTER are two .jsonl results logs, or two folders whose *.jsonl logs are paired by file name. Records are
paired by what they mean, not by their resume key (which carries the plan digest, so a deliberately reworded plan
description would change every key): (model, data, item, canonical attack, budget label, budget), numbered in order
of appearance when a script runs the same attack twice. For every pair it checks that the flips, iterations, target
and threshold are equal, and that the clean and adversarial confidences, L-inf, L2, RMSD and the attack's measures
agree within the tolerance (wall-clock time is not compared). It prints one summary line per log and every mismatch,
and exits 1 if any record differs, is missing or is new. Standard library only: no numpy.
"""
import argparse
import json
import math
import sys
from pathlib import Path

# Measures that are wall-clock or machine dependent, never part of the contract.
TIMING_MEASURES = {"seconds", "solve_seconds", "lp_seconds"}


def records(path):
    """The log's records keyed by meaning, with an occurrence number for repeats."""
    out = {}
    seen = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.strip()
            if not line:
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError:
                print(f"{path}:{number}: not JSON, skipped", file=sys.stderr)
                continue
            if not isinstance(r, dict) or "itemId" not in r:
                continue
            base = (r.get("model"), r.get("data"), r.get("itemId"), r.get("canonical"), r.get("budgetLabel"),
                    number_text(r.get("budget")))
            seen[base] = seen.get(base, 0) + 1
            out[base + (seen[base],)] = r
    return out


def number_text(v):
    return "NaN" if v is None or (isinstance(v, float) and math.isnan(v)) else repr(float(v)) if isinstance(
        v, (int, float)) else str(v)


def as_float(v):
    if v is None:
        return math.nan
    if isinstance(v, str):  # Jackson writes NaN and Infinity as strings
        return float(v)
    return float(v)


def max_diff(a, b):
    """Largest |a - b| over two vectors (NaN positions must agree); inf when the shapes differ."""
    a = [] if a is None else a
    b = [] if b is None else b
    if len(a) != len(b):
        return math.inf
    worst = 0.0
    for x, y in zip(a, b):
        x, y = as_float(x), as_float(y)
        if math.isnan(x) or math.isnan(y):
            if not (math.isnan(x) and math.isnan(y)):
                return math.inf
            continue
        worst = max(worst, abs(x - y))
    return worst


def compare_record(before, after, tolerance):
    """A list of human-readable differences (empty when the records agree)."""
    problems = []
    for field in ("flips", "iterations"):
        if before.get(field) != after.get(field):
            problems.append(f"{field} {before.get(field)} -> {after.get(field)}")
    if max_diff(before.get("target"), after.get("target")) != 0.0:
        problems.append("target differs")
    if number_text(before.get("threshold")) != number_text(after.get("threshold")):
        problems.append(f"threshold {before.get('threshold')} -> {after.get('threshold')}")
    for field in ("clean", "adversarial"):
        d = max_diff(before.get(field), after.get(field))
        if d > tolerance:
            problems.append(f"{field} max |diff| {d:.3g}")
    for field in ("linf", "l2", "rmsd"):
        d = max_diff([before.get(field)], [after.get(field)])
        if d > tolerance:
            problems.append(f"{field} {before.get(field)} -> {after.get(field)}")
    mb = {k: v for k, v in (before.get("measures") or {}).items() if k not in TIMING_MEASURES}
    ma = {k: v for k, v in (after.get("measures") or {}).items() if k not in TIMING_MEASURES}
    if sorted(mb) != sorted(ma):
        problems.append(f"measures {sorted(mb)} -> {sorted(ma)}")
    else:
        for k in mb:
            d = max_diff([mb[k]], [ma[k]])
            if d > tolerance:
                problems.append(f"measure {k} {mb[k]} -> {ma[k]}")
    return problems


def compare_logs(before_path, after_path, tolerance):
    """Prints the log's summary and mismatches; returns (records compared, problems, worst confidence diff)."""
    before, after = records(before_path), records(after_path)
    problems = 0
    worst = 0.0
    for key in before.keys() - after.keys():
        print(f"  missing in AFTER: {key[:6]}")
        problems += 1
    for key in after.keys() - before.keys():
        print(f"  new in AFTER: {key[:6]}")
        problems += 1
    common = sorted(before.keys() & after.keys(), key=str)
    for key in common:
        b, a = before[key], after[key]
        worst = max(worst, max_diff(b.get("clean"), a.get("clean")), max_diff(b.get("adversarial"),
                                                                             a.get("adversarial")))
        diffs = compare_record(b, a, tolerance)
        if diffs:
            problems += 1
            print(f"  {key[:6]}: " + "; ".join(diffs))
    status = "same" if problems == 0 else f"{problems} DIFFER"
    print(f"{Path(after_path).name}: {len(common)} records compared, max |confidence diff| {worst:.3g}, {status}")
    return len(common), problems, worst


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--tolerance", type=float, default=1e-6)
    parser.add_argument("--new-logs-ok", action="store_true",
                        help="folders: a log only in AFTER (a new example) is reported but not a problem")
    args = parser.parse_args()
    before, after = Path(args.before), Path(args.after)
    if before.is_dir() != after.is_dir():
        parser.error("give two logs or two folders")
    pairs = []
    if before.is_dir():
        names_before = {p.name for p in before.glob("*.jsonl")}
        names_after = {p.name for p in after.glob("*.jsonl")}
        for name in sorted(names_before ^ names_after):
            print(f"{name}: only in {'BEFORE' if name in names_before else 'AFTER'}")
        pairs = [(before / n, after / n) for n in sorted(names_before & names_after)]
        lonely = len(names_before - names_after) + (0 if args.new_logs_ok else len(names_after - names_before))
    else:
        pairs = [(before, after)]
        lonely = 0
    total, problems, worst = 0, lonely, 0.0
    for b, a in pairs:
        n, p, w = compare_logs(b, a, args.tolerance)
        total, problems, worst = total + n, problems + p, max(worst, w)
    print(f"total: {len(pairs)} logs, {total} records compared, max |confidence diff| {worst:.3g}, "
          f"{'all same' if problems == 0 else str(problems) + ' problems'}")
    sys.exit(0 if problems == 0 else 1)


if __name__ == "__main__":
    main()
