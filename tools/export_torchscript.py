#!/usr/bin/env python3
"""Exports a PyTorch multi-label classifier to TorchScript and writes its ATK model config.

  python tools/export_torchscript.py --factory tools/recipes/asl.py:build --checkpoint ASL_COCO.pth \
      --name asl_coco --labels coco --size 448 --out models

The factory is `file.py:function` (or `package.module:function`); it is called with the --checkpoint path (and
--arg KEY=VALUE pairs as keyword arguments) and must return an nn.Module whose forward takes B x C x H x W images
in the config's input range and returns B x L logits (pre-sigmoid scores). The module is put in eval mode, traced
(or scripted with --script), checked against the eager module on random inputs, and saved with torch.jit.save.
Use torch==2.7.1: the libtorch inside ATK's DJL 0.35.1 is 2.7.1, and a file saved by a much newer torch may not load.
"""
import argparse
import hashlib
import importlib
import importlib.util
import json
import os
import sys

import torch

LABEL_SETS = ("coco", "voc", "nuswide")
HERE = os.path.dirname(os.path.abspath(__file__))


def load_labels(spec):
    """A built-in label set (coco, voc, nuswide: the reference's label order) or a text file, one label per line."""
    path = os.path.join(HERE, "labels", spec + ".txt") if spec in LABEL_SETS else spec
    with open(path, encoding="utf-8") as f:
        labels = [line.strip() for line in f if line.strip()]
    if len(set(labels)) != len(labels):
        raise SystemExit("%s: duplicate label names" % path)
    return labels


def load_factory(spec):
    target, _, func = spec.rpartition(":")
    if not target or not func:
        raise SystemExit("--factory must be FILE.py:FUNCTION or MODULE:FUNCTION, got %r" % spec)
    if target.endswith(".py"):
        sys.path.insert(0, os.path.dirname(os.path.abspath(target)))
        module_spec = importlib.util.spec_from_file_location("atk_factory", target)
        module = importlib.util.module_from_spec(module_spec)
        module_spec.loader.exec_module(module)
    else:
        module = importlib.import_module(target)
    return getattr(module, func)


def export(model, name, labels, channels, height, width, out_dir, lo=0.0, hi=1.0, threshold=0.5, dataset=None,
           description=None, script=False, seed=0):
    """Traces (or scripts) `model`, checks it, saves OUT/NAME/NAME.pt and OUT/NAME.json; returns the config dict."""
    model = model.eval()
    for p in model.parameters():
        p.requires_grad_(False)
    g = torch.Generator().manual_seed(seed)
    example = lo + (hi - lo) * torch.rand(2, channels, height, width, generator=g)
    with torch.no_grad():
        eager = model(example)
        if isinstance(eager, (tuple, list)):
            raise SystemExit("the model returns %d outputs; wrap it so forward returns only the B x L logits"
                             % len(eager))
        if tuple(eager.shape) != (2, len(labels)):
            raise SystemExit("the model gives outputs of shape %s for 2 images, but there are %d labels"
                             % (tuple(eager.shape), len(labels)))
        exported = torch.jit.script(model) if script else torch.jit.trace(model, example, check_trace=True)
        probe = lo + (hi - lo) * torch.rand(3, channels, height, width, generator=g)
        diff = (exported(probe) - model(probe)).abs().max().item()
        if diff > 1e-4:
            raise SystemExit("the exported module differs from the eager one by %.3g on random inputs: the model "
                             "has input-dependent control flow, export it with --script" % diff)
        if bool(((eager >= 0) & (eager <= 1)).all()):
            print("warning: every output lies in [0,1]; ATK needs logits, not probabilities (drop the final sigmoid)")
    os.makedirs(os.path.join(out_dir, name), exist_ok=True)
    weights = os.path.join(name, name + ".pt")
    torch.jit.save(exported, os.path.join(out_dir, weights))
    config = {
        "name": name,
        "format": "torchscript",
        "weights": weights,
        "labels": labels,
        "input": {"channels": channels, "height": height, "width": width, "min": lo, "max": hi},
        "output": "logits",
        "threshold": threshold,
    }
    if dataset:
        config["dataset"] = dataset
    if description:
        config["description"] = description
    with open(os.path.join(out_dir, name + ".json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=2)
        f.write("\n")
    with open(os.path.join(out_dir, weights), "rb") as f:
        digest = hashlib.sha256(f.read()).hexdigest()
    print("wrote %s (%d bytes, sha256 %s…) and %s; traced vs eager max |diff| %.2g"
          % (os.path.join(out_dir, weights), os.path.getsize(os.path.join(out_dir, weights)), digest[:12],
             os.path.join(out_dir, name + ".json"), diff))
    return config


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--factory", required=True, help="FILE.py:FUNCTION or MODULE:FUNCTION building the model")
    ap.add_argument("--checkpoint", help="passed to the factory as its first argument")
    ap.add_argument("--arg", action="append", default=[], help="KEY=VALUE keyword argument for the factory")
    ap.add_argument("--name", required=True, help="model name (the config is OUT/NAME.json)")
    ap.add_argument("--labels", required=True, help="coco | voc | nuswide | a file with one label per line")
    ap.add_argument("--size", type=int, default=448, help="input height and width (the paper: 448)")
    ap.add_argument("--channels", type=int, default=3)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--dataset", help="the data set the model was trained on (coco2014, voc2007, nuswide)")
    ap.add_argument("--description")
    ap.add_argument("--script", action="store_true", help="torch.jit.script instead of trace")
    ap.add_argument("--out", default="models")
    a = ap.parse_args(argv)
    if not torch.__version__.startswith("2.7.1"):
        print("warning: torch %s; ATK's libtorch is 2.7.1 and may not load files from other versions"
              % torch.__version__)
    kwargs = dict(kv.split("=", 1) for kv in a.arg)
    factory = load_factory(a.factory)
    model = factory(a.checkpoint, **kwargs) if a.checkpoint else factory(**kwargs)
    export(model, a.name, load_labels(a.labels), a.channels, a.size, a.size, a.out, threshold=a.threshold,
           dataset=a.dataset, description=a.description, script=a.script)


if __name__ == "__main__":
    main()
