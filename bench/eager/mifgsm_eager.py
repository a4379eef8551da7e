"""The PyTorch-eager peer of ATK's MI-FGSM step, for bench/eager/run.sh.

One process times one (model, batch) cell: the reference's MI-FGSM iteration (ALGORITHMS.md §2) written the way the
authors' loop runs it in eager PyTorch: sigmoid of the logits, BCE with the mean over the labels, the input gradient,
the per-image L1 normalisation, g <- mu*g + grad/|grad|_1, x <- x - alpha*sign(g). The network is
tools/fashion_cnn.py's FashionCnn (the architecture of both bundled CNNs) with fashion_ts's trained weights, or the
fashion_ts TorchScript module itself (--module torchscript). Inputs are seeded uniform noise of the models' 1x56x56
shape: the cost of a step does not depend on the pixels.

After a warm-up, BLOCKS blocks of N / BLOCKS iterations; prints the median block:
`eager fashion batch B: X ms per image-iteration (median of 5 blocks of K, T threads)`.
Needs torch 2.7.1 (the libtorch ATK runs on); never needed by the build.
"""
import argparse
import os
import sys
import statistics
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from fashion_cnn import FashionCnn  # noqa: E402

ALPHA = 1.0 / 2560
BLOCKS = 5  # timed blocks per cell; the median is reported


def network(module, weights):
    scripted = torch.jit.load(weights, map_location="cpu")
    if module == "torchscript":
        return scripted
    net = FashionCnn()
    net.load_state_dict(scripted.state_dict())
    return net


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--module", choices=["eager", "torchscript"], default="eager")
    p.add_argument("--weights", default=os.path.join(os.path.dirname(__file__), "..", "..", "models", "fashion_ts",
                                                     "fashion_ts.pt"))
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--iterations", type=int, default=200)
    p.add_argument("--threads", type=int, default=1)
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(11)
    net = network(a.module, a.weights).eval()
    for q in net.parameters():
        q.requires_grad_(False)
    clean = torch.rand(a.batch, 1, 56, 56)
    with torch.no_grad():
        target = (torch.sigmoid(net(clean)) <= 0.5).float()  # max-flip targets: 1 - pred_clean
    x = clean.clone()
    g = torch.zeros_like(x)

    def step(x, g):
        leaf = x.detach().requires_grad_(True)
        y = torch.sigmoid(net(leaf))
        loss = torch.nn.functional.binary_cross_entropy(y, target, reduction="none").mean(dim=1).sum()
        grad, = torch.autograd.grad(loss, leaf)
        norm = grad.abs().sum(dim=(1, 2, 3), keepdim=True)
        g = g + grad / norm
        return x - ALPHA * torch.sign(g), g

    block = max(1, a.iterations // BLOCKS)
    for _ in range(max(20, block)):  # warm-up: allocator and kernels, as ATK's side does
        x, g = step(x, g)
    ms = []
    for _ in range(BLOCKS):
        t0 = time.perf_counter()
        for _ in range(block):
            x, g = step(x, g)
        ms.append((time.perf_counter() - t0) * 1000 / (block * a.batch))
    print(f"{a.module} fashion batch {a.batch}: {statistics.median(ms):.4f} ms per image-iteration "
          f"(median of {BLOCKS} blocks of {block}, {torch.get_num_threads()} threads)")

if __name__ == "__main__":
    main()
