"""What kind of disk a database file lives on (WAL is only safe on a local one)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs",
               "9p", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs", "glusterfs", "ceph"}


def is_network_path(path: Path) -> bool:
    """True for a UNC path, a mapped network drive, or a network mount (NFS, SMB, ...)."""
    resolved = str(Path(path).resolve())
    if sys.platform == "win32":
        return _windows_is_remote(resolved)
    return _mount_fstype(resolved) in _NETWORK_FS


def _windows_is_remote(resolved: str) -> bool:  # pragma: no cover - exercised on Windows CI
    if resolved.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(resolved)[0] + "\\"
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE


def _mount_fstype(resolved: str) -> str:
    """The filesystem type of the longest mount point containing ``resolved`` (Linux)."""
    try:
        with open("/proc/mounts", encoding="utf-8") as mounts:
            entries = [line.split() for line in mounts]
    except OSError:
        return ""
    best, fstype = "", ""
    for entry in entries:
        if len(entry) < 3:
            continue
        mount_point = entry[1].replace("\\040", " ")
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, fstype = mount_point, entry[2]
    return fstype
