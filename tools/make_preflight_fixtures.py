#!/usr/bin/env python3
"""Writes the tiny TorchScript modules ATK's pre-flight tests load (stdlib/src/test/resources/preflight/).

  python tools/make_preflight_fixtures.py --out stdlib/src/test/resources/preflight

Each takes 1 x 56 x 56 scenes and gives 40 outputs, like the bundled models, and is broken in one way a user's
export can be: probabilities instead of logits, dropout baked in at trace time (not deterministic), a gradient cut
by rounding the input, NaN outputs; plus rgb3.pt, a healthy 3 x 32 x 32 model with 3 labels for the folder data
sets' end-to-end tests. A few KB each; committed, so the Java tests never need Python.
"""
import argparse
import os

import torch
from torch import nn


class Tiny(nn.Module):
    def __init__(self, mode, channels=1, size=56, labels=40):
        super().__init__()
        self.mode = mode
        self.conv = nn.Conv2d(channels, 2, 8, stride=8)
        self.fc = nn.Linear(2 * (size // 8) ** 2, labels)
        self.drop = nn.Dropout(0.5)

    def forward(self, x):
        if self.mode == "rounded":
            x = torch.round(x * 4) / 4  # a quantising front end: zero gradient almost everywhere
        z = self.fc(torch.relu(self.conv(x)).flatten(1))
        if self.mode == "probabilities":
            return torch.sigmoid(z)
        if self.mode == "softmax":
            return torch.softmax(z, dim=1)
        if self.mode == "dropout":
            return self.drop(z)
        if self.mode == "nan":
            return z * float("nan")
        return z


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    torch.manual_seed(5)
    example = torch.rand(2, 1, 56, 56)
    for mode in ("logits", "probabilities", "softmax", "dropout", "rounded", "nan"):
        model = Tiny(mode)
        model.train(mode == "dropout")  # traced in train mode, dropout is baked into the graph
        traced = torch.jit.trace(model, example, check_trace=False)
        path = os.path.join(a.out, mode + ".pt")
        torch.jit.save(traced, path)
        print("%s: %d bytes" % (path, os.path.getsize(path)))
    # a healthy RGB model for the folder data sets' end-to-end tests: 3 x 32 x 32 images, 3 labels
    rgb = Tiny("logits", channels=3, size=32, labels=3).eval()
    path = os.path.join(a.out, "rgb3.pt")
    torch.jit.save(torch.jit.trace(rgb, torch.rand(2, 3, 32, 32)), path)
    print("%s: %d bytes" % (path, os.path.getsize(path)))


if __name__ == "__main__":
    main()
