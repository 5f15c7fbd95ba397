"""One version, in desktop/__init__.py: the package metadata, the build and the program agree."""

import importlib.metadata
import re
import tomllib

from tests.conftest import ROOT


def test_pyproject_takes_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}


def test_installed_metadata_is_the_package_version():
    from desktop import __version__

    assert re.fullmatch(r"\d+\.\d+\.\d+", __version__)  # the installer's VIProductVersion needs x.y.z
    assert importlib.metadata.version("pohang-ai-tracker") == __version__
