"""Factory for the Query2Label (Liu et al. 2021) ResNet-101 checkpoints the paper attacks (ALGORITHMS.md §7.2).

  git clone https://github.com/SlongLiu/query2labels
  PYTHONPATH=query2labels python tools/export_torchscript.py --factory tools/recipes/q2l.py:build \
      --checkpoint q2l-r101-448-coco.pkl --name q2l_coco --labels coco --size 448 --dataset coco2014 --out models

NUS-WIDE: --checkpoint q2l-r101-448-nuswide.pkl --arg num_class=81 --labels nuswide --name q2l_nuswide.
The reference configuration: backbone resnet101 (FrozenBatchNorm), enc_layers 1, dec_layers 2, hidden_dim 2048,
dim_feedforward 8192, nheads 4, dropout 0.1, sine position embedding, pre_norm off, keep_input_proj off, 448 px.
The module is exported in eval mode: the reference never calls .eval() for Q2L (dropout active, §12.10); ATK
reproduces that quirk with `set dropout = "train"` on its own models only, so the exported Q2L is deterministic.
Not run in ATK's CI (it needs the authors' code and checkpoints); the Java side is tested on the fixture.
"""
import argparse

import torch


def build(checkpoint, num_class="80", img_size="448"):
    from lib.models.query2label import build_q2l  # the query2labels repository on PYTHONPATH

    args = argparse.Namespace(backbone="resnet101", num_class=int(num_class), img_size=int(img_size),
                              hidden_dim=2048, dim_feedforward=8192, enc_layers=1, dec_layers=2, nheads=4,
                              dropout=0.1, position_embedding="sine", pre_norm=False, keep_input_proj=False,
                              keep_other_self_attn_dec=False, keep_first_self_attn_dec=False, pretrained=False)
    model = build_q2l(args)
    state = torch.load(checkpoint, map_location="cpu")
    state = state.get("state_dict", state)
    state = {k[len("module."):] if k.startswith("module.") else k: v for k, v in state.items()}
    model.load_state_dict(state, strict=True)
    return model.eval()
