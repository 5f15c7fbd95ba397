"""포항 글로벌 AI컴퓨팅센터 사업관리 — project control for Pohang City."""

__version__ = "0.1.0"
