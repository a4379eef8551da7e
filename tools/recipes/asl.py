"""Factory for the ASL (Ridnik et al., ICCV 2021) TResNet checkpoints the paper attacks (ALGORITHMS.md §7.2).

  git clone https://github.com/Alibaba-MIIL/ASL && pip install inplace-abn   # TResNet needs inplace_abn
  PYTHONPATH=ASL python tools/export_torchscript.py --factory tools/recipes/asl.py:build \
      --checkpoint MS_COCO_TRresNet_L_448_86.6.pth --name asl_coco --labels coco --size 448 --dataset coco2014 --out models

For VOC add --arg model_name=tresnet_xl --labels voc; for NUS-WIDE --labels nuswide (81 labels).
The model takes [0,1] images with no normalisation and returns logits, as the reference uses it.
Not run in ATK's CI (it needs the authors' code and checkpoints); the Java side is tested on the fixture.
"""
import argparse

import torch


def _state_dict(checkpoint):
    state = torch.load(checkpoint, map_location="cpu")
    for key in ("state_dict", "model"):  # the released files use one or the other
        if isinstance(state, dict) and key in state:
            state = state[key]
    return {k[len("module."):] if k.startswith("module.") else k: v for k, v in state.items()}


def build(checkpoint, model_name="tresnet_l", num_classes=None, image_size="448"):
    from src.models import create_model  # the ASL repository on PYTHONPATH

    state = _state_dict(checkpoint)
    if num_classes is None:
        head = [v for k, v in state.items() if k.endswith("head.fc.weight")]
        num_classes = head[0].shape[0] if head else 80
    args = argparse.Namespace(model_name=model_name, num_classes=int(num_classes), image_size=int(image_size),
                              do_bottleneck_head=False, model_path=None, use_ml_decoder=False)
    model = create_model(args)
    model.load_state_dict(state, strict=True)
    return model.eval()
