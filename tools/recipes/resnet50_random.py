"""Factory for a paper-sized model with random weights, for timing only (issue 15's large-model benchmark).

  python tools/export_torchscript.py --factory tools/recipes/resnet50_random.py:build --name resnet50_448 \
      --labels coco --size 448 --out /tmp/atk-large

torchvision's ResNet-50 (25.6 M parameters, 16.4 G multiply-adds per 448x448 image: the size of the paper's TResNet-L
and Q2L backbones' class) with 80 outputs, weights drawn from torchvision's own initialisation under a fixed seed.
Random weights are enough for timing: a step's cost does not depend on what the weights are, as long as the numbers
stay ordinary floats. That is why BatchNorm's running statistics are set from a few random batches first: left at
mean 0 and variance 1, sixteen blocks of eval-mode BatchNorm let activations grow by orders of magnitude, and huge or
subnormal floats run at other speeds than a trained network's. Nothing here is a trained model; never attack it for
results.
"""
import torch
import torchvision


def build(seed="20170828", num_classes="80", size="448", calibration_batches="2"):
    torch.manual_seed(int(seed))
    model = torchvision.models.resnet50(weights=None, num_classes=int(num_classes))
    for m in model.modules():
        if isinstance(m, torch.nn.BatchNorm2d):
            m.momentum = None  # a cumulative average over the calibration batches
    model.train()
    with torch.no_grad():
        for _ in range(int(calibration_batches)):
            model(torch.rand(4, 3, int(size), int(size)))
    return model.eval()
