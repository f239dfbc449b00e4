#!/usr/bin/env python3
"""awsquiz's benchmark: release build, shipped bank and a generated 10,000-question bank.
Prints a table of medians with this machine's floors and the budgets. Run through
`./run.sh bench` (which builds first); not part of the tests.
"""
import fcntl
import os
import pty
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GAME = os.path.join(ROOT, ".build", "release", "awsquiz")
BENCH = os.path.join(ROOT, ".build", "release", "awsquiz-bench")
SHIPPED = os.path.join(ROOT, "Questions")
GENERATED = os.path.join(ROOT, ".build-bench", "bank10k")
RUNS = 7


def first_frame(bank, data_dir, cold):
    """Milliseconds from fork to the menu's footer on an 80x24 pty, and the peak RSS in MB."""
    if cold:
        shutil.rmtree(data_dir, ignore_errors=True)
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ.update({"TERM": "xterm-256color", "LANG": "C.UTF-8"})
        os.execv(GAME, [GAME, "--lang", "en", "--questions", bank, "--data-dir", data_dir])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    seen = b""
    while b"q quit" not in seen:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            break
        try:
            seen += os.read(fd, 1 << 16)
        except OSError:
            break
    elapsed = (time.perf_counter() - start) * 1000
    os.kill(pid, signal.SIGTERM)
    _, _, usage = os.wait4(pid, 0)
    os.close(fd)
    return elapsed, usage.ru_maxrss / 1024


def timed(command):
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return (time.perf_counter() - start) * 1000


def median(values):
    return statistics.median(values)


def in_process(bank):
    output = subprocess.run([BENCH, bank], capture_output=True, text=True, check=True).stdout
    return {name: float(value) for name, value in (line.split() for line in output.splitlines())}


def main():
    if not os.path.isdir(GENERATED):
        print("generating the 10,000-question bank ...", file=sys.stderr)
        subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "generate_bank.py"), GENERATED, "10000"], check=True)
    scratch = tempfile.mkdtemp(prefix="awsquiz-bench-")
    rows = []

    def frames(label, bank, cold, budget):
        data_dir = os.path.join(scratch, os.path.basename(bank))
        if not cold:
            first_frame(bank, data_dir, cold=True)
        results = [first_frame(bank, data_dir, cold) for _ in range(RUNS if not cold or bank == SHIPPED else 3)]
        rows.append((label, median([r[0] for r in results]), "ms", floor_start, budget))
        return max(r[1] for r in results)

    floor_start = median([timed([GAME, "--version"]) for _ in range(RUNS)])
    frames("start to first frame, shipped bank, first start", SHIPPED, True, 50)
    frames("start to first frame, shipped bank, later start", SHIPPED, False, 50)
    rss_first = frames("start to first frame, 10k bank, first start", GENERATED, True, 2000)
    rss_later = frames("start to first frame, 10k bank, later start", GENERATED, False, 100)

    for label, bank in (("shipped", SHIPPED), ("10k", GENERATED)):
        read_floor = median([timed(["sh", "-c", f"cat {bank}/*.yaml > /dev/null"]) for _ in range(RUNS)])
        rows.append((f"awsquiz check, {label} bank (load and lint)", median([timed([GAME, "check", bank]) for _ in range(3)]), "ms", read_floor, None))
    for label, bank in (("shipped", SHIPPED), ("10k", GENERATED)):
        figures = in_process(bank)
        rows.append((f"bank load and lint in process, {label} bank", figures["bank-load-and-lint"], "ms", None, None))
        if label == "10k":
            rows.append(("update + render + diff, 80x24", figures["frame-80x24"], "ms", None, None))
            rows.append(("update + render + diff, 200x60", figures["frame-200x60"], "ms", None, 1))
            rows.append(("draw a 75-question exam, 10k bank", figures["exam-draw-75"], "ms", None, None))
            rows.append(("stats over 1,000,000 answers, 10k bank", figures["stats-1m-answers"], "ms", None, 200))
    rows.append(("peak RSS, 10k bank, first start", rss_first, "MB", None, 50))
    rows.append(("peak RSS, 10k bank, later start", rss_later, "MB", None, 50))
    shutil.rmtree(scratch, ignore_errors=True)

    print(f"{'measure (median)':52} {'value':>10} {'floor':>10} {'budget':>8}  verdict")
    for label, value, unit, floor, budget in rows:
        floor_text = f"{floor:.1f}" if floor is not None else "-"
        budget_text = f"{budget}" if budget is not None else "-"
        verdict = "" if budget is None else ("within" if value <= budget else f"OVER by {value - budget:.1f} {unit}")
        print(f"{label:52} {value:>8.2f}{unit:>2} {floor_text:>10} {budget_text:>8}  {verdict}")
    print("floor for starts: `awsquiz --version` (the same Swift binary doing nothing);"
          " floor for check: reading the bank's bytes with cat.")


if __name__ == "__main__":
    main()
