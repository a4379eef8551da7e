#!/usr/bin/env python3
"""Makespan of the paper's full protocol on G executors (one GPU each), on paper: docs/scale-out.md.

  python3 tools/scaleout_sim.py [--pass-ms 10] [--images 100] [--batch 16] [--start-s 6] [--overhead-s 0.06]

The protocol (ALGORITHMS.md §7.3, q2l COCO, 80 labels): the profile on 100 probe images (a BCE and a linear probe up
to eps_max, 310 iterations each), the CLASS correlation matrix (80 one-label attacks of 12 iterations on 100 images
each), then 7 methods at the 7 budgets of the grid (15, 31, 62, 124, 186, 248, 310 iterations). BCE and linear are
one fused trajectory per image (310 passes for all seven budgets); SLAM and the four CLASS variants run once per
budget (976 passes). The profile comes first (every budget derives from it), the matrix before CLASS.

A task is one batch of images of one method (or one label's row of the matrix, or one batch of probe images); its
cost is passes x images x pass time, plus the driver's overhead per task, plus an executor's engine start on its
first task. Tasks are placed longest first on the executor that frees first (LPT), phase by phase. Three ways are
compared: the profile and the matrix on the driver alone (only attack tasks spread), the matrix's rows spread, and
the profile's probe batches spread too (what ATK does now: in rounds of 5 measurements, whose scheduling, half a
second a round, is left out here). Numbers are as good as the pass time given: measure it (bench/gpu/check.sh).
"""
import argparse
import heapq

GRID_ITERATIONS = [15, 31, 62, 124, 186, 248, 310]
LABELS = 80
MATRIX_ITERATIONS = 12
MATRIX_IMAGES = 100


def tasks(args):
    """Phases of (name, seconds) tasks, in order; tasks of a phase are independent."""
    b, t = args.batch, args.pass_ms / 1000.0
    batches = [min(b, args.images - i) for i in range(0, args.images, b)]
    probe = [("profile", n * 2 * GRID_ITERATIONS[-1] * t) for n in batches]
    matrix = [("matrix", MATRIX_IMAGES * MATRIX_ITERATIONS * t) for _ in range(LABELS)]
    fused = [("bce/linear", n * GRID_ITERATIONS[-1] * t) for n in batches for _ in range(2)]
    per_budget = [("slam", n * sum(GRID_ITERATIONS) * t) for n in batches]
    klass = [("class", n * sum(GRID_ITERATIONS) * t) for n in batches for _ in range(4)]
    return probe, matrix, fused + per_budget, klass


def schedule(jobs, free, start_s, overhead_s):
    """LPT on executors whose free times are `free` (a heap); returns the time the last job ends."""
    started = set()
    for name, cost in sorted(jobs, key=lambda j: -j[1]):
        at, ex = heapq.heappop(free)
        extra = overhead_s + (0 if ex in started else start_s)
        started.add(ex)
        heapq.heappush(free, (at + cost + extra, ex))
    return max(at for at, _ in free)


def phases(g, jobs_by_phase, start_s, overhead_s, serial_before=0.0):
    """Runs the phases one after the other on g executors, after `serial_before` seconds on the driver."""
    end, starting = serial_before, start_s
    for jobs in jobs_by_phase:
        free = [(end, i) for i in range(g)]
        heapq.heapify(free)
        end = schedule(jobs, free, starting, overhead_s)
        starting = 0  # every executor started in the first phase
    return end


def makespan(g, args, mode):
    """mode: 'driver' (profile and matrix on the driver), 'matrix' (the matrix spread), 'both' (ATK now)."""
    probe, matrix, attacks, klass = tasks(args)
    serial = sum(c for _, c in probe) if mode != "both" else 0.0
    if mode == "driver":
        serial += sum(c for _, c in matrix)
        return phases(g, [attacks + klass], args.start_s, args.overhead_s, serial)
    spread = [probe] if mode == "both" else []
    # the matrix beside the attacks that need none, then CLASS
    return phases(g, spread + [matrix + attacks, klass], args.start_s, args.overhead_s, serial)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pass-ms", type=float, default=10.0, help="one image's forward+backward, ms (an assumption "
                    "until measured on the GPU)")
    ap.add_argument("--images", type=int, default=100)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--start-s", type=float, default=6.0, help="an executor's engine start and model load, s")
    ap.add_argument("--overhead-s", type=float, default=0.06, help="the driver's overhead per task, s")
    ap.add_argument("--gpus", default="1,2,4,8,16")
    args = ap.parse_args()
    probe, matrix, attacks, klass = tasks(args)
    total = sum(c for phase in (probe, matrix, attacks, klass) for _, c in phase)
    print("pass %.1f ms, %d images, batch %d: %d tasks, %.2f h of compute (profile %.2f h, matrix %.2f h)" % (
        args.pass_ms, args.images, args.batch, sum(map(len, (probe, matrix, attacks, klass))), total / 3600,
        sum(c for _, c in probe) / 3600, sum(c for _, c in matrix) / 3600))
    modes = [("driver", "analyses on driver"), ("matrix", "matrix spread"), ("both", "profile too (now)")]
    print("%5s | " % "GPUs" + " | ".join("%-24s" % title for _, title in modes))
    base = {m: makespan(1, args, m) for m, _ in modes}
    for g in (int(x) for x in args.gpus.split(",")):
        cells = []
        for m, _ in modes:
            t = makespan(g, args, m)
            cells.append("%6.2f h %5.0f%%" % (t / 3600, 100 * base[m] / (g * t)))
        print("%5d | " % g + " | ".join("%-24s" % c for c in cells))


if __name__ == "__main__":
    main()
