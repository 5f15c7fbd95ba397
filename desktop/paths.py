"""Where bundled resources live, and the application's names (no Qt here: the core uses it)."""

from __future__ import annotations

import sys
from pathlib import Path

ORGANIZATION = "Pohang City"
APPLICATION = "PohangAITracker"
DATABASE_NAME = "tracker.sqlite"


def resources_dir() -> Path:
    """resources/ beside the packages, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
