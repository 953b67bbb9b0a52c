#!/usr/bin/env python3
"""Prints one table from JMH JSON result files: benchmark, input, threads, average time per operation
(per thread), operations/s over all threads, and allocation per operation (gc profiler)."""
import json
import sys

print("%-26s %-7s %7s %14s %12s %12s" % ("benchmark", "input", "threads", "us/op (+-)", "ops/s", "alloc B/op"))
for path in sys.argv[1:]:
    for r in json.load(open(path)):
        name = r["benchmark"].split(".")[-2] + "." + r["benchmark"].split(".")[-1]
        p = r["primaryMetric"]
        alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score", float("nan"))
        threads = r["threads"]
        print("%-26s %-7s %7d %8.2f +-%-5.2f %12.0f %12.0f" % (name, r["params"]["input"], threads, p["score"],
              p["scoreError"] if p["scoreError"] == p["scoreError"] else 0, threads * 1e6 / p["score"], alloc))
