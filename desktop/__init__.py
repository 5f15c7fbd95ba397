"""포항 글로벌 AI컴퓨팅센터 사업관리 — project control for Pohang City."""

# The one place of the version: pyproject.toml reads it (dynamic), the PyInstaller spec and
# the NSIS installer take it from here, and the About box and the report footer show it.
__version__ = "0.1.0"
