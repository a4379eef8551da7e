"""Reads ATK's compact scene files (*.scenes.gz), the format of dev.atk.stdlib.data.SceneSampleFile.

Layout (gzip of big-endian fields): magic 0x41544B53, version 1, UTF dataset, UTF split, int64 seed,
int32 first index, count, height, width, cells, L, L x UTF label names, count*H*W uint8 pixels,
count*ceil(L/8) label bitsets (label j = bit j%8 of byte j/8), count*cells int32 sources, magic again.
UTF is Java's DataOutputStream.writeUTF: a 2-byte length, then (modified) UTF-8.
"""
import gzip
import struct

import numpy as np

MAGIC = 0x41544B53


class Scenes:
    """Images as float32 N x 1 x H x W in [0,1] (pixel/255, as ATK feeds them) and N x L multi-hot labels."""

    def __init__(self, dataset, split, first_index, labels, pixels, targets):
        self.dataset = dataset
        self.split = split
        self.first_index = first_index
        self.labels = labels
        self.pixels = pixels          # uint8 N x H x W
        self.targets = targets        # float32 N x L

    def __len__(self):
        return self.pixels.shape[0]

    def images(self, indices=None):
        px = self.pixels if indices is None else self.pixels[indices]
        return (px.astype(np.float32) / np.float32(255.0))[:, None, :, :]

    def item_id(self, i):
        return "%s/%s/%06d" % (self.dataset, self.split, self.first_index + i)


def _utf(buf, pos):
    (n,) = struct.unpack_from(">H", buf, pos)
    return buf[pos + 2:pos + 2 + n].decode("utf-8"), pos + 2 + n


def read(path):
    with gzip.open(path, "rb") as f:
        buf = f.read()
    magic, version = struct.unpack_from(">ii", buf, 0)
    if magic != MAGIC or version != 1:
        raise ValueError("%s: not an ATK scene file (magic %x, version %d)" % (path, magic, version))
    pos = 8
    dataset, pos = _utf(buf, pos)
    split, pos = _utf(buf, pos)
    _seed, first, count, height, width, cells, n_labels = struct.unpack_from(">qiiiiii", buf, pos)
    pos += 8 + 6 * 4
    labels = []
    for _ in range(n_labels):
        name, pos = _utf(buf, pos)
        labels.append(name)
    n_px = count * height * width
    pixels = np.frombuffer(buf, dtype=np.uint8, count=n_px, offset=pos).reshape(count, height, width)
    pos += n_px
    nbytes = (n_labels + 7) // 8
    bits = np.frombuffer(buf, dtype=np.uint8, count=count * nbytes, offset=pos).reshape(count, nbytes)
    pos += count * nbytes
    targets = np.unpackbits(bits, axis=1, bitorder="little")[:, :n_labels].astype(np.float32)
    pos += count * cells * 4
    (end,) = struct.unpack_from(">i", buf, pos)
    if end != MAGIC:
        raise ValueError("%s: truncated scene file (no end marker)" % path)
    return Scenes(dataset, split, first, labels, pixels.copy(), targets)
