#!/usr/bin/env python3
"""Trains ATK's TorchScript fixture: fashion_cnn_v2 (tools/fashion_cnn.py) in PyTorch on the outfit scenes.

  ./mvnw -o -q -pl stdlib exec:java -Dexec.mainClass=dev.atk.stdlib.train.MakeFashionData \
      -Dexec.args="--split train --count 20000 --out /tmp/fx/train.scenes.gz"      # and --split val --count 2000
  python tools/train_fixture.py --train /tmp/fx/train.scenes.gz --val /tmp/fx/val.scenes.gz --out models

The recipe mirrors the Java one for fashion_cnn (docs/models.md): the asymmetric loss (gamma+ 0, gamma- 4,
clip 0.05), Adam 1e-3 with cosine decay to 1e-5, batch 64. It writes models/fashion_ts/fashion_ts.pt and
models/fashion_ts.json through export_torchscript.export. Deterministic for a given seed and thread count.
"""
import argparse
import math
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atk_scenes  # noqa: E402
from export_torchscript import export  # noqa: E402
from fashion_cnn import FashionCnn  # noqa: E402


def asymmetric_loss(logits, targets, gamma_neg=4.0, gamma_pos=0.0, clip=0.05, eps=1e-8):
    """ASL (Ridnik et al. 2021) as ATK's AsymmetricLoss: summed over labels, averaged over the batch."""
    p = torch.sigmoid(logits)
    p_neg = (p - clip).clamp(min=0)
    loss_pos = targets * torch.log(p.clamp(min=eps)) * (1 - p) ** gamma_pos
    loss_neg = (1 - targets) * torch.log((1 - p_neg).clamp(min=eps)) * p_neg ** gamma_neg
    return -(loss_pos + loss_neg).sum(1).mean()


def mean_ap(scores, targets):
    aps = []
    for j in range(targets.shape[1]):
        order = np.argsort(-scores[:, j], kind="stable")
        t = targets[order, j]
        if t.sum() == 0:
            continue
        hits = np.cumsum(t)
        precision = hits / np.arange(1, len(t) + 1)
        aps.append(float((precision * t).sum() / t.sum()))
    return float(np.mean(aps))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--train", required=True)
    ap.add_argument("--val", required=True)
    ap.add_argument("--out", default="models")
    ap.add_argument("--name", default="fashion_ts")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=64)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--seed", type=int, default=20170828)
    ap.add_argument("--threads", type=int, default=2)
    a = ap.parse_args()
    torch.manual_seed(a.seed)
    torch.set_num_threads(a.threads)
    train, val = atk_scenes.read(a.train), atk_scenes.read(a.val)
    x_train, y_train = torch.from_numpy(train.images()), torch.from_numpy(train.targets)
    x_val, y_val = torch.from_numpy(val.images()), val.targets
    model = FashionCnn(len(train.labels))
    opt = torch.optim.Adam(model.parameters(), lr=a.lr)
    steps = a.epochs * math.ceil(len(train) / a.batch)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=steps, eta_min=1e-5)
    rng = np.random.default_rng(a.seed)
    for epoch in range(a.epochs):
        start, model = time.time(), model.train()
        order = rng.permutation(len(train))
        total = 0.0
        for b in range(0, len(order), a.batch):
            idx = torch.from_numpy(order[b:b + a.batch])
            loss = asymmetric_loss(model(x_train[idx]), y_train[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        model.eval()
        with torch.no_grad():
            scores = torch.cat([model(x_val[b:b + 500]) for b in range(0, len(val), 500)]).numpy()
        print("epoch %d: loss %.4f, val mAP %.4f, %.0f s" % (epoch + 1, total / len(train), mean_ap(scores, y_val),
                                                            time.time() - start), flush=True)
    export(model, a.name, train.labels, 1, 56, 56, a.out, dataset="fashion",
           description="fashion_cnn_v2 trained in PyTorch %s (tools/train_fixture.py: ASL, Adam 1e-3 cosine, "
                       "batch %d, %d epochs, %d scenes, seed %d), traced to TorchScript: ATK's TorchScript fixture "
                       "(docs/torchscript.md)" % (torch.__version__.split("+")[0], a.batch, a.epochs, len(train),
                                                  a.seed))


if __name__ == "__main__":
    main()
