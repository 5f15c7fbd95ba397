# PyInstaller runtime hook (installer/pohang-tracker.spec): matplotlib keeps its cache (the font
# list) in the program's cache folder, which the uninstaller removes, instead of ~\.matplotlib.
import os

_base = os.environ.get("LOCALAPPDATA")
if _base and "MPLCONFIGDIR" not in os.environ:
    os.environ["MPLCONFIGDIR"] = os.path.join(_base, "Pohang City", "PohangAITracker", "matplotlib")
