#!/usr/bin/env python3
"""Screen best_of members on the tuning logs (docs/beyond.md, "How the recipe was chosen").

For every one-trajectory candidate that ran on all tuning records of every model given, and every pair and triple of
them, the Total flips the per-image best of those members would reach: the max over members of each (image, budget)
record's flips, averaged over the images and summed over the budgets. best_of runs exactly that (BestOfAttack), so
this is a screen, not a substitute: the chosen recipe then runs as best_of on the tuning images too.

The rule fixed before the screen: the triple with the largest mean over the models of (Total / linear's Total);
a budget-dependent loss cannot be a member (it would cost a run per budget, and three members must stay within SLAM's
passes).

    python3 tools/beyond_screen.py docs/beyond/tuning_fashion_cnn.jsonl docs/beyond/tuning_q2l_fashion.jsonl
"""
import collections
import itertools
import json
import sys

BUDGET_DEPENDENT = ("slam(", "class(", "random_subset(", "best_of(")


def load(path):
    flips = collections.defaultdict(dict)
    with open(path) as f:
        for line in f:
            r = json.loads(line)
            flips[r["attack"]][(r["itemId"], r["budget"])] = r["flips"]
    return flips


def total(flips, members, keys):
    items = sorted({k[0] for k in keys})
    budgets = sorted({k[1] for k in keys})
    return sum(sum(max(flips[m][(i, b)] for m in members) for i in items) / len(items) for b in budgets)


def main(paths):
    logs = [load(p) for p in paths]
    keys = [set(log["linear()"]) for log in logs]
    pool = sorted(set.intersection(*[
        {a for a, recs in log.items() if not a.startswith(BUDGET_DEPENDENT) and k <= set(recs)}
        for log, k in zip(logs, keys)]))
    base = [total(log, ("linear()",), k) for log, k in zip(logs, keys)]
    rows = []
    for size in (1, 2, 3):
        for members in itertools.combinations(pool, size):
            totals = [total(log, members, k) for log, k in zip(logs, keys)]
            score = sum(t / b for t, b in zip(totals, base)) / len(totals)
            rows.append((score, members, totals))
    rows.sort(key=lambda r: -r[0])
    print("pool:", ", ".join(pool))
    print("| members | " + " | ".join(paths) + " | mean Total / linear |")
    for size in (1, 2, 3):
        shown = [r for r in rows if len(r[1]) == size]
        for score, members, totals in (shown if size == 1 else shown[:8]):
            print("| " + ", ".join(members) + " | " + " | ".join(f"{t:.2f}" for t in totals) + f" | {score:.4f} |")
    best = next(r for r in rows if len(r[1]) == 3)
    print("chosen:", ", ".join(best[1]))


if __name__ == "__main__":
    main(sys.argv[1:])
