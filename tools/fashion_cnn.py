"""ATK's fashion_cnn_v2 architecture in PyTorch, layer for layer (dev.atk.stdlib.model.FashionCnn).

Same layers, shapes, parameter layouts (conv OIHW, linear out x in) and flatten order (NCHW), so weights trained
here can be read into ATK's DJL-format architecture and the two paths compared on identical weights.
"""
import torch
from torch import nn


class FashionCnn(nn.Module):
    def __init__(self, num_labels=40):
        super().__init__()
        self.conv1 = nn.Conv2d(1, 16, 3, padding=1)
        self.conv2 = nn.Conv2d(16, 32, 3, padding=1)
        self.conv3 = nn.Conv2d(32, 32, 3, padding=1)
        self.fc1 = nn.Linear(32 * 7 * 7, 128)
        self.fc2 = nn.Linear(128, num_labels)

    def forward(self, x):
        x = torch.max_pool2d(torch.relu(self.conv1(x)), 2)
        x = torch.max_pool2d(torch.relu(self.conv2(x)), 2)
        x = torch.max_pool2d(torch.relu(self.conv3(x)), 2)
        x = torch.relu(self.fc1(x.flatten(1)))
        return self.fc2(x)
