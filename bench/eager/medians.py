"""Medians of interleaved benchmark cells and their ratios to a reference, for bench/eager/run.sh and
bench/large/run.sh.

  python bench/eager/medians.py CELLS REFERENCE [--threads T] [--passes NAME=COUNT ...]

CELLS holds the cells' lines, `WHO NAME batch B: X ms per image-iteration ...`, several rounds of each. Prints one row
per batch: each column's median over rounds, then every ATK column (`atk …`, `before …`) divided by the REFERENCE
column's median (for example `eager fashion`): below 1.0 ATK is the faster. With --passes, also what COUNT passes per
image take at each column's median, in hours: a protocol's cost per image.
"""
import argparse
import collections
import re
import statistics

LINE = re.compile(r"(\S+) (\S+) batch (\d+): ([\d.]+) ms")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("cells")
    p.add_argument("reference")
    p.add_argument("--threads", default="1")
    p.add_argument("--passes", action="append", default=[], help="NAME=COUNT forward+backward passes per image")
    a = p.parse_args()
    cells = collections.defaultdict(list)
    order = []
    with open(a.cells, encoding="utf-8") as f:
        for line in f:
            m = LINE.match(line)
            if m:
                who = m[1] + " " + m[2]
                if who not in order:
                    order.append(who)
                cells[(who, int(m[3]))].append(float(m[4]))
    if not any(k[0] == a.reference for k in cells):
        raise SystemExit("medians.py: no cell of %r in %s" % (a.reference, a.cells))
    ratios = [w for w in order if w.split()[0] in ("atk", "before")]
    batches = sorted({b for _, b in cells})
    width = max(19, *(len(w) for w in order))
    print("\nmedian ms per image-iteration (%s threads); ratios: ATK ÷ %s" % (a.threads, a.reference))
    print(f"{'batch':>5}  " + "  ".join(f"{w:>{width}}" for w in order) + "  "
          + "  ".join(f"{w:>{width}}" for w in ratios))
    medians = {}
    for b in batches:
        med = {w: statistics.median(cells[(w, b)]) for w in order if cells[(w, b)]}
        medians[b] = med
        e = med[a.reference]
        print(f"{b:>5}  " + "  ".join(f"{med[w]:>{width}.4f}" if w in med else f"{'-':>{width}}" for w in order)
              + "  " + "  ".join(f"{med[w] / e:>{width - 1}.3f}×" if w in med else f"{'-':>{width}}"
                                 for w in ratios))
    for spec in a.passes:
        name, count = spec.split("=")
        print(f"\n{name}: {int(count)} forward+backward passes per image, hours per image at each median")
        for b in batches:
            print(f"{b:>5}  " + "  ".join(f"{w} {medians[b][w] * int(count) / 3.6e6:.2f} h"
                                          for w in order if w in medians[b]))


if __name__ == "__main__":
    main()
