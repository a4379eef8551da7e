"""The PyTorch-eager peer of ATK's MI-FGSM step, for bench/eager/run.sh.

One process times one (model, batch) cell: the reference's MI-FGSM iteration (ALGORITHMS.md §2) written the way the
authors' loop runs it in eager PyTorch: sigmoid of the logits, BCE with the mean over the labels, the input gradient,
the per-image L1 normalisation, g <- mu*g + grad/|grad|_1, x <- x - alpha*sign(g). The network is
tools/fashion_cnn.py's FashionCnn (the architecture of both bundled CNNs) with fashion_ts's trained weights, or the
fashion_ts TorchScript module itself (--module torchscript). With --config and --architecture resnet50 it is the large
model of bench/large/run.sh instead (torchvision's ResNet-50 with the weights of the TorchScript file the config names,
tools/recipes/resnet50_random.py). Inputs are seeded uniform noise of the config's input shape: the cost of a step
does not depend on the pixels.

After a warm-up, BLOCKS blocks of N / BLOCKS iterations; prints the median block:
`eager NAME batch B: X ms per image-iteration (median of 5 blocks of K, T threads)`, NAME `fashion` for the bundled
fashion_ts and the config's name otherwise.
Needs torch 2.7.1 (the libtorch ATK runs on); never needed by the build.
"""
import argparse
import json
import os
import sys
import statistics
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tools"))
from fashion_cnn import FashionCnn  # noqa: E402

ALPHA = 1.0 / 2560
BLOCKS = 5  # timed blocks per cell; the median is reported


ARCHITECTURES = ("fashion_cnn", "resnet50")


def eager_module(architecture, labels):
    if architecture == "resnet50":
        import torchvision  # only the large model needs it
        return torchvision.models.resnet50(weights=None, num_classes=labels)
    return FashionCnn()


def network(module, architecture, weights, labels):
    scripted = torch.jit.load(weights, map_location="cpu")
    if module == "torchscript":
        return scripted
    net = eager_module(architecture, labels)
    net.load_state_dict(scripted.state_dict())
    return net


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--module", choices=["eager", "torchscript"], default="eager")
    p.add_argument("--config", default=os.path.join(os.path.dirname(__file__), "..", "..", "models", "fashion_ts.json"),
                   help="an ATK model config of a TorchScript model: its weights and input shape")
    p.add_argument("--architecture", choices=ARCHITECTURES, default="fashion_cnn",
                   help="the eager module the TorchScript file's weights load into")
    p.add_argument("--warmup", type=int, default=20, help="untimed iterations first (at least one block's worth)")
    p.add_argument("--batch", type=int, required=True)
    p.add_argument("--iterations", type=int, default=200)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--device", default="cpu", help="cpu, or cuda / cuda:N for the GPU peer of bench/gpu/check.sh")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(11)
    with open(a.config, encoding="utf-8") as f:
        config = json.load(f)
    weights = os.path.join(os.path.dirname(a.config), config["weights"])
    name = "fashion" if config["name"] == "fashion_ts" else config["name"]
    shape = config["input"]
    device = torch.device(a.device)
    net = network(a.module, a.architecture, weights, len(config["labels"])).eval().to(device)
    for q in net.parameters():
        q.requires_grad_(False)
    clean = torch.rand(a.batch, shape["channels"], shape["height"], shape["width"]).to(device)
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
    for _ in range(max(a.warmup, block)):  # warm-up: allocator and kernels, as ATK's side does
        x, g = step(x, g)
    ms = []
    sync = torch.cuda.synchronize if device.type == "cuda" else (lambda: None)  # a GPU runs ahead of Python
    for _ in range(BLOCKS):
        sync()
        t0 = time.perf_counter()
        for _ in range(block):
            x, g = step(x, g)
        sync()
        ms.append((time.perf_counter() - t0) * 1000 / (block * a.batch))
    print(f"{a.module} {name} batch {a.batch}: {statistics.median(ms):.4f} ms per image-iteration "
          f"(median of {BLOCKS} blocks of {block}, {torch.get_num_threads()} threads, {device})")

if __name__ == "__main__":
    main()
