"""A lock the application holds while a database is open, so a restore can tell that another
instance (another window, another user on a shared folder) still has it open.

The lock is an operating-system advisory lock on ``<database>.lock`` beside the database:
every open instance holds a *shared* lock; a restore needs the *exclusive* lock, which it only
gets when no instance has the database open.  The system releases the lock when a process
ends in any way (also ``kill -9`` or a crash), so a lock is never stale.  POSIX: ``flock``
(per open file, so two opens in one process exclude each other as two processes do);
Windows: ``LockFileEx`` on byte 0 (shared or exclusive), which a file server enforces for
every client of a network share.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

LOCK_SUFFIX = ".lock"


def lock_path_for(path: Path) -> Path:
    return path.with_name(path.name + LOCK_SUFFIX)


class InstanceLock:
    """``InstanceLock(path, exclusive=False).acquire(wait_s)`` → True when held."""

    def __init__(self, path: Path, *, exclusive: bool = False) -> None:
        self.path = lock_path_for(Path(path))
        self.exclusive = exclusive
        self._fd: int | None = None

    def acquire(self, wait_s: float = 0.0) -> bool:
        """Try to take the lock, retrying for ``wait_s`` seconds; False when another holds it."""
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0)
        fd = os.open(self.path, flags, 0o600)
        deadline = time.monotonic() + wait_s
        while True:
            if _try_lock(fd, self.exclusive):
                self._fd = fd
                return True
            if time.monotonic() >= deadline:
                os.close(fd)
                return False
            time.sleep(0.05)

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> "InstanceLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _OVERLAPPED(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD),
                    ("hEvent", wintypes.HANDLE)]

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    _LockFileEx = _kernel32.LockFileEx
    _LockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                            wintypes.DWORD, ctypes.POINTER(_OVERLAPPED)]
    _LockFileEx.restype = wintypes.BOOL
    _UnlockFileEx = _kernel32.UnlockFileEx
    _UnlockFileEx.argtypes = [wintypes.HANDLE, wintypes.DWORD, wintypes.DWORD, wintypes.DWORD,
                              ctypes.POINTER(_OVERLAPPED)]
    _UnlockFileEx.restype = wintypes.BOOL
    _FAIL_IMMEDIATELY, _EXCLUSIVE = 0x1, 0x2

    def _try_lock(fd: int, exclusive: bool) -> bool:
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        return bool(_LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(_OVERLAPPED())))

    def _unlock(fd: int) -> None:
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        _UnlockFileEx(handle, 0, 1, 0, ctypes.byref(_OVERLAPPED()))
else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
