#!/usr/bin/env python3
"""Differential check of ATK against PyTorch on the same TorchScript module and images (docs/crosscheck.md).

  python tools/crosscheck.py                       # runs ATK's side (CrossCheckDump) through ./mvnw, then compares
  python tools/crosscheck.py --atk /tmp/xc         # compares with a dump made earlier

PyTorch side: the reference code's MI-FGSM (ALGORITHMS.md §2.1: alpha 1/2560, iters int(eps/alpha), mu 1, L1
normalisation per image, sign steps, one clamp at the end) with the reference losses (§3: torch BCELoss(weight)
mean over all labels, the linear loss, SLAM at a given p), batch 1 per image, and CLASS with gamma 0 (§6: the n labels
closest to the threshold, then BCE on them). It compares, per method: the input gradient at the clean image (max
relative difference), per-image flips (identical on how many of N images) and the final perturbation (on how many
images every pixel took the same steps; the share of pixels a step apart, next to the same share between the
reference run at batch 1 and at batch N, the float-noise floor), then times forward+backward per image in both,
same thread count.
"""
import argparse
import json
import os
import subprocess
import sys
import time

import numpy as np
import torch

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import atk_scenes  # noqa: E402

ALPHA = (1 / 256) / 10


def bce(y, t, w):
    return torch.nn.functional.binary_cross_entropy(y, t, weight=w)


def linear(y, t, w):
    loss = t * (1 - y) + (1 - t) * y
    return (loss if w is None else loss * w).mean()


def slam(p, q=0.5):
    return lambda y, t, w: (1 - q * p) * linear(y, t, None) + q * p * bce(y, t, None)


def mi_fgsm(model, x, t, loss, w, eps):
    """The reference loop for one image (batch 1): gradient at the unclamped iterate, clamp once at the end."""
    g = torch.zeros_like(x)
    xk = x.clone()
    for _ in range(int(eps / ALPHA)):
        xk = xk.detach().requires_grad_(True)
        grad, = torch.autograd.grad(loss(torch.sigmoid(model(xk)), t, w), xk)
        norm = grad.abs().sum()
        if norm > 0:  # ATK's documented rule for a zero gradient (§2.1); the reference would go NaN and stop
            g = g + grad / norm
            xk = xk - ALPHA * torch.sign(g)
    return torch.clamp(xk.detach(), 0, 1)


def mi_fgsm_batch(model, x, t, loss, w, eps):
    """The same loop on a whole batch with per-image L1 normalisation (what ATK's `set batch` does): equal to the
    batch-1 loop in exact arithmetic, so its disagreement with it measures float noise (the noise floor)."""
    g = torch.zeros_like(x)
    xk = x.clone()
    for _ in range(int(eps / ALPHA)):
        xk = xk.detach().requires_grad_(True)
        y = torch.sigmoid(model(xk))
        per_image = torch.stack([loss(y[i:i + 1], t[i:i + 1], None if w is None else w[i:i + 1])
                                 for i in range(len(x))])
        grad, = torch.autograd.grad(per_image.sum(), xk)
        norm = grad.abs().flatten(1).sum(1).view(-1, 1, 1, 1)
        g = g + torch.where(norm > 0, grad / torch.where(norm > 0, norm, torch.ones_like(norm)),
                            torch.zeros_like(grad))
        xk = xk - ALPHA * torch.sign(g)
    return torch.clamp(xk.detach(), 0, 1)


def differing(a, b):
    """Fraction of pixels whose perturbations differ by a step or more (|diff| >= alpha/2): a different sign decision
    at some iteration. Smaller differences are rounding of the iterate (ATK computes x - alpha*d with d an integer
    count; the reference adds -alpha*sign(g) to x once per iteration, so its iterate drifts by float32 ulps)."""
    return float((np.abs(a - b) >= ALPHA / 2).mean())


def rounding(a, b):
    """The largest sub-step difference: rounding drift of the iterate (float32 ulps), or a step cut short by the
    final clamp to [0, 1]."""
    d = np.abs(a - b)
    small = d[d < ALPHA / 2]
    return float(small.max()) if small.size else 0.0


def closest(confidence, n):
    """CLASS with gamma 0 reduces to the n labels closest to the threshold (§6); stable order on ties, like ATK."""
    return np.argsort(np.abs(confidence - 0.5), kind="stable")[:n]


def run_atk(out, model, images, eps, threads):
    mvnw = os.path.join(ROOT, "mvnw")
    cmd = [mvnw, "-o", "-q", "-pl", "stdlib", "exec:java", "-Dexec.mainClass=dev.atk.stdlib.bench.CrossCheckDump",
           "-Dai.djl.pytorch.num_threads=%d" % threads, "-Datk.home=" + ROOT,
           "-Dexec.args=--model %s --images %d --eps %s --batch 1 --out %s" % (model, images, eps, out)]
    subprocess.run(cmd, cwd=ROOT, check=True)


def fwd_bwd_ms(model, x, batch, runs=110, warmup=10):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        leaf = x[:batch].clone().requires_grad_(True)
        torch.sigmoid(model(leaf)).sum().backward()
        leaf.grad.sum().item()
        times.append((time.perf_counter() - start) * 1000 / batch)
    return float(np.median(times[warmup:]))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--atk", help="a CrossCheckDump output folder (default: run it into target/crosscheck)")
    ap.add_argument("--model", default="fashion_ts")
    ap.add_argument("--images", type=int, default=32)
    ap.add_argument("--eps", type=float, default=0.01)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    out = a.atk or os.path.join(ROOT, "target", "crosscheck")
    if not a.atk:
        run_atk(out, a.model, a.images, a.eps, a.threads)
    with open(os.path.join(out, "atk.json")) as f:
        atk = json.load(f)
    with open(os.path.join(ROOT, "models", atk["model"] + ".json")) as f:
        config = json.load(f)
    model = torch.jit.load(os.path.join(ROOT, "models", config["weights"])).eval()
    shape = tuple(atk["shape"])
    n_img, labels, eps = shape[0], atk["labels"], atk["eps"]
    scenes = atk_scenes.read(os.path.join(ROOT, "data", "fashion", "test-1000.scenes.gz"))
    x_all = torch.from_numpy(scenes.images(np.arange(n_img)))
    assert [scenes.item_id(i) for i in range(n_img)] == atk["items"], "ATK attacked other images"
    load = lambda name, s: np.fromfile(os.path.join(out, name), dtype="<f4").reshape(s)
    with torch.no_grad():
        clean = torch.sigmoid(model(x_all)).numpy()
    targets = torch.from_numpy((clean <= 0.5).astype(np.float32))  # 1 - pred, pred = P > 0.5 (strict)
    class_w = np.zeros((n_img, labels), dtype=np.float32)
    for i in range(n_img):
        class_w[i, closest(clean[i], atk["class_n"])] = 1
    same_subset = int((load("weights_class.f32", (n_img, labels)) == class_w).all(axis=1).sum())
    methods = {"bce": (bce, None), "linear": (linear, None), "slam": (slam(atk["slam_p"]), None),
               "class": (bce, torch.from_numpy(class_w))}
    rows = []
    for name, (loss, weights) in methods.items():
        grads, perts, flips = [], [], []
        for i in range(n_img):
            x, t = x_all[i:i + 1], targets[i:i + 1]
            w = None if weights is None else weights[i:i + 1]
            leaf = x.clone().requires_grad_(True)
            grads.append(torch.autograd.grad(loss(torch.sigmoid(model(leaf)), t, w), leaf)[0].numpy())
            adv = mi_fgsm(model, x, t, loss, w, eps)
            perts.append((adv - x).numpy())
            with torch.no_grad():
                flips.append(int(((torch.sigmoid(model(adv)) > 0.5) != (torch.from_numpy(clean[i:i + 1]) > 0.5))
                                 .sum()))
        grad_t, pert_t = np.concatenate(grads), np.concatenate(perts)
        grad_a, pert_a = load("grad_%s.f32" % name, shape), load("pert_%s.f32" % name, shape)
        scale = np.abs(grad_t).reshape(n_img, -1).max(axis=1)
        rel = (np.abs(grad_a - grad_t).reshape(n_img, -1).max(axis=1) / np.maximum(scale, 1e-30)).max()
        pert_same = int((np.abs(pert_a - pert_t).reshape(n_img, -1).max(axis=1) < ALPHA / 2).sum())
        pert_b = (mi_fgsm_batch(model, x_all, targets, loss, weights, eps) - x_all).numpy()
        flips_a = atk["flips"][name]
        rows.append((name, rel, sum(int(fa == ft) for fa, ft in zip(flips_a, flips)), n_img, pert_same,
                     differing(pert_a, pert_t), differing(pert_b, pert_t), rounding(pert_a, pert_t), sum(flips_a),
                     sum(flips)))
    print("model %s (sha256 %s…), %d images, eps %g (%d iterations), SLAM p %g, CLASS n %d, %d thread(s)"
          % (atk["model"], atk["weights_sha256"][:12], n_img, eps, atk["iterations"], atk["slam_p"], atk["class_n"],
             a.threads))
    print("CLASS(gamma=0) subsets identical on %d of %d images" % (same_subset, n_img))
    print()
    print("| method | input gradient: max relative difference | flips identical | same steps on every pixel "
          "| pixels a step apart: ATK vs PyTorch | pixels a step apart: PyTorch batch %d vs batch 1 (noise floor) "
          "| largest sub-step difference | total flips ATK / PyTorch |" % n_img)
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, rel, same, n, pert_same, diff_atk, diff_floor, drift, fa, ft in rows:
        print("| %s | %.1e | %d / %d | %d / %d | %.3f%% | %.3f%% | %.1e | %d / %d |"
              % (name, rel, same, n, pert_same, n, 100 * diff_atk, 100 * diff_floor, drift, fa, ft))
    print()
    atk_ms = atk["forward_backward_ms_per_image"]
    print("| forward + backward per image | ATK (DJL) ms | PyTorch ms | ATK / PyTorch |")
    print("|---|---:|---:|---:|")
    for batch in (1, 16):
        torch_ms = fwd_bwd_ms(model, x_all, batch)
        ms = atk_ms["batch_%d" % batch]
        print("| batch %d | %.3f | %.3f | %.2f |" % (batch, ms, torch_ms, ms / torch_ms))


if __name__ == "__main__":
    main()
