"""startup_ratio: process start to painted main window, against a bare PySide6 window."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 820)
window.show()
app.processEvents()
window.grab()
import time
print("painted", time.time(), flush=True)
"""


def _time(command: list[str], env: dict) -> float:
    """Seconds from spawning the process to its report of a painted window."""
    start = time.time()
    result = subprocess.run(command, check=True, env=env, cwd=ROOT, capture_output=True, text=True)
    painted = [line for line in result.stdout.splitlines() if line.startswith("painted ")]
    return float(painted[-1].split()[1]) - start


def _environment(folder: str) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = folder  # keep the user's settings out of it
    env["XDG_DATA_HOME"] = folder
    env["XDG_CACHE_HOME"] = folder  # the overview's kept figures (desktop/services/figure_cache.py)
    # As installed (pip and PyInstaller both ship bytecode): compile ours once beforehand.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "desktop", "db"], check=True,
                   env=env, cwd=ROOT)
    return env


def _against_bare(db: Path, env: dict, runs: int) -> tuple[list[float], list[float]]:
    """Seconds to a painted window on ``db`` and to a bare window, interleaved runs."""
    app_cmd = [sys.executable, "-m", "desktop", "--db", str(db), "--exit-after-paint"]
    bare_cmd = [sys.executable, "-c", BARE]
    _time(app_cmd, env)  # warm the file cache once for both
    _time(bare_cmd, env)
    app_times, bare_times = [], []
    for _ in range(runs):  # interleaved, so background load hits both alike
        app_times.append(_time(app_cmd, env))
        bare_times.append(_time(bare_cmd, env))
    return app_times, bare_times


def measure(runs: int = 5) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        env = _environment(folder)
        db = Path(folder) / "bench.sqlite"
        subprocess.run([sys.executable, "-m", "desktop", "example-data", "--db", str(db)],
                       check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
        app_times, bare_times = _against_bare(db, env, runs)
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    return {"startup_app_s": round(app_s, 3), "startup_bare_s": round(bare_s, 3),
            "startup_ratio": round(app_s / bare_s, 2)}


def measure_open_10k(runs: int = 5) -> dict[str, float]:
    """``open_10k_s``: process start to a painted window on bench_cpm's 10,000-task plan
    (synthetic_db.py), and ``open_10k_ratio``: that over a bare window's time, same runs."""
    from tests.benchmarks.synthetic_db import write_synthetic_plan

    with tempfile.TemporaryDirectory() as folder:
        env = _environment(folder)
        db = Path(folder) / "plan.sqlite"
        write_synthetic_plan(db).close()
        app_times, bare_times = _against_bare(db, env, runs)
    ratios = [a / b for a, b in zip(app_times, bare_times)]
    return {"open_10k_s": round(statistics.median(app_times), 3),
            "open_10k_s_min": round(min(app_times), 3), "open_10k_s_max": round(max(app_times), 3),
            "open_10k_ratio": round(statistics.median(app_times) / statistics.median(bare_times), 2),
            "open_10k_ratio_min": round(min(ratios), 2), "open_10k_ratio_max": round(max(ratios), 2)}


if __name__ == "__main__":
    print(measure())
    print(measure_open_10k())
