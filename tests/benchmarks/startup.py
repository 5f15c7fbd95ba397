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


def measure(runs: int = 5) -> dict[str, float]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    # As installed (pip and PyInstaller both ship bytecode): compile ours once beforehand.
    subprocess.run([sys.executable, "-m", "compileall", "-q", "desktop", "db"], check=True,
                   env=env, cwd=ROOT)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.sqlite"
        env["XDG_CONFIG_HOME"] = folder  # keep the user's settings out of it
        env["XDG_DATA_HOME"] = folder
        subprocess.run([sys.executable, "-m", "desktop", "example-data", "--db", str(db)],
                       check=True, env=env, cwd=ROOT, stdout=subprocess.DEVNULL)
        app_cmd = [sys.executable, "-m", "desktop", "--db", str(db), "--exit-after-paint"]
        bare_cmd = [sys.executable, "-c", BARE]
        _time(app_cmd, env)  # warm the file cache once for both
        _time(bare_cmd, env)
        app_times, bare_times = [], []
        for _ in range(runs):  # interleaved, so background load hits both alike
            app_times.append(_time(app_cmd, env))
            bare_times.append(_time(bare_cmd, env))
    app_s, bare_s = statistics.median(app_times), statistics.median(bare_times)
    return {"startup_app_s": round(app_s, 3), "startup_bare_s": round(bare_s, 3),
            "startup_ratio": round(app_s / bare_s, 2)}
