#!/usr/bin/env python3
"""Writes the load test's request bodies (bench/bodies/) from training/data: 32 single-claim bodies whose
context is 800-1,300 characters (about 1 KB), and 4 batch bodies of 64 of those claims each. Deterministic:
rerun it only when the data changes, and commit the result so every run sends the same bytes."""
import glob
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
records = []
for path in sorted(glob.glob(os.path.join(HERE, "..", "training", "data", "*.jsonl"))):
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                record = json.loads(line)
                if 800 <= len(record.get("context") or "") <= 1300:
                    records.append(record)
step = len(records) // 32
chosen = [records[i * step] for i in range(32)]
out = os.path.join(HERE, "bodies")
os.makedirs(out, exist_ok=True)
for name in os.listdir(out):
    os.remove(os.path.join(out, name))
items = [{"claim": r["claim"], "context": r["context"], "requestId": "bench-%02d" % i} for i, r in enumerate(chosen)]
for i, item in enumerate(items):
    with open(os.path.join(out, "score-%02d.json" % i), "w", encoding="utf-8") as f:
        json.dump(item, f, ensure_ascii=False)
for b in range(4):
    batch = [items[(b * 8 + k) % len(items)] for k in range(64)]
    with open(os.path.join(out, "batch-%02d.json" % b), "w", encoding="utf-8") as f:
        json.dump({"items": batch}, f, ensure_ascii=False)
