#!/usr/bin/env python3
"""Starts of two builds side by side, each paired with its own `--version` floor: first
frames of the shipped and the 10,000-question bank, first and later starts, and a later
start over the million-answer history (run `./run.sh bench` once first to generate them).

Usage: python3 Benchmarks/compare_starts.py BEFORE_BINARY AFTER_BINARY
"""
import os
import shutil
import statistics
import sys
import tempfile

import benchmark as bench


def compare(game, label, scratch):
    bench.GAME = game

    def paired(start, runs=7):
        floors, results = [], []
        for _ in range(runs):
            floors.append(bench.timed([game, "--version"]))
            results.append(start())
        return statistics.median(r[0] for r in results), statistics.median(floors), max(r[1] for r in results)

    place = os.path.join(scratch, label)
    shutil.copytree(bench.HISTORY, os.path.join(place, "heavy"))
    bench.first_frame(bench.SHIPPED, os.path.join(place, "shipped-later"), cold=True)
    bench.first_frame(bench.GENERATED, os.path.join(place, "10k-later"), cold=True)
    bench.first_frame(bench.GENERATED, os.path.join(place, "heavy"), cold=False)
    rows = [
        ("shipped bank, first start", paired(lambda: bench.first_frame(bench.SHIPPED, os.path.join(place, "shipped"), True))),
        ("shipped bank, later start", paired(lambda: bench.first_frame(bench.SHIPPED, os.path.join(place, "shipped-later"), False))),
        ("10k bank, first start", paired(lambda: bench.first_frame(bench.GENERATED, os.path.join(place, "10k"), True), runs=3)),
        ("10k bank, later start", paired(lambda: bench.first_frame(bench.GENERATED, os.path.join(place, "10k-later"), False))),
        ("10k bank, 1M answers, later start", paired(lambda: bench.first_frame(bench.GENERATED, os.path.join(place, "heavy"), False))),
    ]
    for name, (value, floor, rss) in rows:
        print(f"{label:6} {name:36} {value:8.1f} ms  floor {floor:5.1f} ms  {value / floor:5.1f}x  peak {rss:6.1f} MB")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    scratch = tempfile.mkdtemp(prefix="awsquiz-compare-")
    try:
        compare(os.path.abspath(sys.argv[1]), "before", scratch)
        compare(os.path.abspath(sys.argv[2]), "after", scratch)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
