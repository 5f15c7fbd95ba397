"""What kind of disk a database file lives on (WAL is only safe on a local one).

Only file systems known to be local count as local: every other type (NFS, SMB/CIFS, 9p,
Lustre, Ceph, any ``fuse.*`` mount such as sshfs or rclone, and types this list does not know)
is treated as a network share, where the database uses a rollback journal and the user is
warned that several people must not write at once.  ``fuseblk`` is FUSE over a local block
device (ntfs-3g, exFAT), so it counts as local.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

LOCAL_FS = frozenset({
    "ext2", "ext3", "ext4", "xfs", "btrfs", "zfs", "f2fs", "jfs", "reiserfs", "bcachefs",
    "tmpfs", "ramfs", "overlay", "vfat", "msdos", "exfat", "ntfs", "ntfs3", "fuseblk", "hfs",
    "hfsplus", "apfs", "ufs", "iso9660", "udf", "squashfs",
})
MOUNTS = "/proc/mounts"


def is_network_path(path: Path) -> bool:
    """True for a UNC path, a mapped network drive, or a network mount (NFS, SMB, ...)."""
    resolved = str(Path(path).resolve())
    if sys.platform == "win32":
        return _windows_is_remote(resolved)
    return _mount_fstype(resolved) not in LOCAL_FS


def _windows_is_remote(resolved: str) -> bool:  # pragma: no cover - exercised on Windows CI
    if resolved.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(resolved)[0] + "\\"
    DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_RAMDISK = 2, 3, 6  # anything else: remote or unknown
    return ctypes.windll.kernel32.GetDriveTypeW(drive) not in (DRIVE_REMOVABLE, DRIVE_FIXED, DRIVE_RAMDISK)


def _mount_fstype(resolved: str) -> str:
    """The filesystem type of the longest mount point containing ``resolved`` (Linux)."""
    try:
        with open(MOUNTS, encoding="utf-8") as mounts:
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
