"""Big data files: load time against numpy.loadtxt, and the CLI's peak memory.

Issue 11's targets: a 1M-row CSV loads in <= 1.5x numpy.loadtxt's time for the
same file, and ``gdviz train --data it --epochs 1`` peaks at <= 250 MB RSS;
10M rows (``--ten-million``) in <= 1.5 GB.

Run: .venv/bin/python bench/bench_data.py [--ten-million]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from gdviz.core.io.table import ReadOptions, read_table


def write_csv(path: Path, rows: int) -> None:
    """Hours studied and passed, like the lesson's, with full-precision floats."""
    rng = np.random.default_rng(11)
    with path.open("w") as out:
        out.write("hours,passed\n")
        for start in range(0, rows, 1_000_000):
            n = min(1_000_000, rows - start)
            hours = rng.uniform(0, 10, n)
            passed = (rng.random(n) < 1 / (1 + np.exp(-(hours - 5)))).astype(int)
            np.savetxt(out, np.column_stack([hours, passed]), fmt=["%.12f", "%d"], delimiter=",")


def median_seconds(run, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def peak_rss_mb(*args: str) -> tuple[float, float]:
    """Peak RSS (MB) and wall time of one ``gdviz`` run in a fresh process."""
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the forking
    # parent (this benchmark, holding big arrays) into the child.
    code = (
        "import re, sys\n"
        "from gdviz.app import command\n"
        "code = command(sys.argv[1:])\n"
        "status = open('/proc/self/status').read()\n"
        "print(re.search(r'VmHWM:\\s+(\\d+)', status).group(1), file=sys.stderr)\n"
        "sys.exit(code)\n"
    )
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True
    )
    elapsed = time.perf_counter() - start
    return int(done.stderr.strip().splitlines()[-1]) / 1024, elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--ten-million", action="store_true", help="also 10M rows (~170 MB file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for rows, limit_mb in [(1_000_000, 250), *([(10_000_000, 1536)] * args.ten_million)]:
            path = Path(folder) / f"{rows}.csv"
            write_csv(path, rows)
            size = path.stat().st_size / 1e6
            print(f"{rows:,} rows ({size:.0f} MB)")
            options = ReadOptions(x="hours", y="passed")
            repeats = 5 if rows <= 1_000_000 else 1
            ours = median_seconds(lambda p=path, o=options: read_table(p, o), repeats)
            theirs = median_seconds(
                lambda p=path: np.loadtxt(p, delimiter=",", skiprows=1), repeats
            )
            print(f"  gdviz read_table  {ours:7.3f} s")
            print(f"  numpy.loadtxt     {theirs:7.3f} s")
            print(f"  ratio             {ours / theirs:7.2f}x   (target <= 1.5x)")
            # End to end, as a user meets it: the command on the file against the same
            # command on the lesson (interleaved, median of 5), the difference set
            # against numpy.loadtxt of the file.
            walls: dict[str, list[float]] = {"file": [], "lesson": []}
            for _ in range(5 if rows <= 1_000_000 else 1):
                walls["file"].append(peak_rss_mb("train", "--data", str(path), "--epochs", "1")[1])
                walls["lesson"].append(peak_rss_mb("train", "--epochs", "1")[1])
            extra = statistics.median(walls["file"]) - statistics.median(walls["lesson"])
            print(
                f"  gdviz train --data it --epochs 1 costs {extra:.2f} s over the lesson's "
                f"= {extra / theirs:.2f}x numpy.loadtxt (target <= 1.5x)"
            )
            rss, wall = peak_rss_mb("train", "--data", str(path), "--epochs", "1")
            print(
                f"  gdviz train --epochs 1: peak RSS {rss:.0f} MB (target <= {limit_mb} MB), "
                f"{wall:.2f} s"
            )
            empty, _ = peak_rss_mb("train", "--epochs", "1")
            print(f"  (the same command on the lesson's 4 rows: {empty:.0f} MB)")


if __name__ == "__main__":
    main()
