#!/usr/bin/env python3
"""Writes a tiny COCO-2014-format folder of noise images, for timing a 448x448 COCO model without COCO itself.

  python tools/make_coco_fixture.py OUT_DIR [--images 16] [--seed 3]

OUT_DIR/val2014/COCO_val2014_<id>.jpg (640x480 uniform noise, JPEG quality 90) and
OUT_DIR/annotations/instances_val2014.json with the 80 categories of tools/labels/coco.txt (ids 1..80 in label
order) and three random annotations per image, so `data coco2014 at "OUT_DIR" split val` reads it like the real
set (docs/datasets.md). The pictures mean nothing: use it for speed (bench/gpu/check.sh), never for results.
Needs numpy and Pillow.
"""
import argparse
import json
import os

import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("out")
    p.add_argument("--images", type=int, default=16)
    p.add_argument("--seed", type=int, default=3)
    a = p.parse_args()
    rng = np.random.default_rng(a.seed)
    with open(os.path.join(HERE, "labels", "coco.txt"), encoding="utf-8") as f:
        labels = [line.strip() for line in f if line.strip()]
    os.makedirs(os.path.join(a.out, "val2014"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "annotations"), exist_ok=True)
    images, annotations = [], []
    for k in range(a.images):
        image_id = 100 + k
        name = "COCO_val2014_%012d.jpg" % image_id
        pixels = rng.integers(0, 256, (480, 640, 3), dtype=np.uint8)
        Image.fromarray(pixels).save(os.path.join(a.out, "val2014", name), quality=90)
        images.append({"id": image_id, "file_name": name, "width": 640, "height": 480})
        for c in rng.choice(len(labels), 3, replace=False):
            annotations.append({"id": len(annotations) + 1, "image_id": image_id, "category_id": int(c) + 1,
                                "iscrowd": 0, "bbox": [0, 0, 10, 10], "area": 100})
    categories = [{"id": i + 1, "name": n, "supercategory": "none"} for i, n in enumerate(labels)]
    with open(os.path.join(a.out, "annotations", "instances_val2014.json"), "w", encoding="utf-8") as f:
        json.dump({"images": images, "annotations": annotations, "categories": categories}, f)
    print("wrote %d images and their annotations under %s" % (a.images, a.out))


if __name__ == "__main__":
    main()
