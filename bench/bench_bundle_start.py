"""Start-up of the bundled gdviz (PyInstaller, packaging/build-linux.sh) against the venv's.

Two measures, each a fresh process per launch, the two commands taking turns:

- ``gdviz train``: the lesson on the command line, from spawning the process to its
  exit (start-up, the 1,000 epochs, the printout);
- the window: from spawning ``gdviz`` to its window (named gdviz) being mapped on an
  X server (Xvfb), found by polling ``xdotool search`` every 10 ms; then it is ended
  with SIGTERM. Skipped without Xvfb and xdotool.

One launch of each first (not counted): numba's cache and the page cache are warm for
both. Prints the medians and the ratio bundle / venv; the bundle must stay within
1.5x of the venv (exit status 1 otherwise).

Run:  .venv/bin/python bench/bench_bundle_start.py [--runs N] [--bundle PATH]
(PATH: the bundle's gdviz executable; by default /opt/gdviz/gdviz if the .deb is
installed, else build/pyinstaller/gdviz/gdviz.)
"""

from __future__ import annotations

import argparse
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 1.5


def venv_command() -> list[str]:
    script = Path(sys.executable).with_name("gdviz")
    return [str(script)] if script.exists() else [sys.executable, "-m", "gdviz"]


def bundle_command(path: str | None) -> list[str]:
    for candidate in (path, "/opt/gdviz/gdviz", ROOT / "build/pyinstaller/gdviz/gdviz"):
        if candidate and Path(candidate).is_file():
            return [str(candidate)]
    sys.exit("no bundle: run packaging/build-linux.sh (or pass --bundle PATH)")


def time_train(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([*command, "train"], env=env, stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def start_xvfb() -> tuple[subprocess.Popen, str] | None:
    if not (shutil.which("Xvfb") and shutil.which("xdotool")):
        return None
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        pass_fds=(write_end,),
    )
    os.close(write_end)
    ready, _, _ = select.select([read_end], [], [], 15)
    number = os.read(read_end, 64).decode().strip() if ready else ""
    if not number:
        server.kill()
        return None
    return server, number


def time_window(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        while True:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", "^gdviz$"],
                env=env,
                capture_output=True,
                text=True,
            )
            if found.stdout.strip():
                return time.perf_counter() - start
            if proc.poll() is not None:
                raise RuntimeError(f"{command[0]} ended: {proc.stderr.read().decode()}")
            if time.perf_counter() - start > 60:
                raise RuntimeError(f"{command[0]}: no window within 60 s")
            time.sleep(0.01)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def compare(name: str, measure, bundle, venv, runs: int) -> bool:
    measure(bundle)
    measure(venv)  # warm-up
    times: dict[str, list[float]] = {"bundle": [], "venv": []}
    for _ in range(runs):
        times["bundle"].append(measure(bundle))
        times["venv"].append(measure(venv))
    b, v = statistics.median(times["bundle"]), statistics.median(times["venv"])
    ratio = b / v
    print(f"  {name}:")
    for who, med in (("bundle", b), ("venv", v)):
        runs_text = ", ".join(f"{t:.2f}" for t in times[who])
        print(f"    {who:6} median {med:.2f} s ({runs_text})")
    verdict = "ok" if ratio <= LIMIT else "TOO SLOW"
    print(f"    ratio bundle/venv {ratio:.2f} (limit {LIMIT}): {verdict}")
    return ratio <= LIMIT


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", help="the bundle's gdviz executable")
    args = parser.parse_args()
    bundle, venv = bundle_command(args.bundle), venv_command()
    home = tempfile.mkdtemp(prefix="gdviz-bench-")
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": home,
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "XDG_RUNTIME_DIR": home,
        "LANG": "C.UTF-8",
        "GDVIZ_ASK_TO_SAVE": "0",
    }
    print(f"gdviz start-up, bundle ({bundle[0]}) vs venv ({' '.join(venv)})")
    try:
        ok = compare(
            "gdviz train (the lesson), spawn to exit",
            lambda c: time_train(c, env),
            bundle,
            venv,
            args.runs,
        )
        xvfb = start_xvfb()
        if xvfb is None:
            print("  the window: skipped (needs Xvfb and xdotool)")
        else:
            server, number = xvfb
            shown = {**env, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb"}
            try:
                ok &= compare(
                    "the window, spawn to mapped (Xvfb)",
                    lambda c: time_window(c, shown),
                    bundle,
                    venv,
                    args.runs,
                )
            finally:
                server.terminate()
                server.wait(10)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
