"""Knowledge-directory files on disk: atomic writes and the ``.history/`` snapshots behind /rollback.

Before an upload changes the directory, every knowledge file is copied into
``.history/<UTC timestamp>/``; /rollback puts the newest snapshot back. A snapshot is built
under a temporary name and renamed into place, so a crash never leaves a half snapshot that a
rollback could pick. The loader ignores the hidden ``.history`` directory and temporary files
(their names do not end in ``.yaml``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

from bot.kb.loader import KNOWLEDGE_SUFFIXES

HISTORY_DIR = ".history"
UNDONE = ".undone"  # suffix of the snapshot a rollback takes of what it replaces
KEEP = 20  # snapshots of each sort kept; older ones are deleted


def knowledge_files(directory: Path) -> list[Path]:
    """Exactly the files the loader reads."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix in KNOWLEDGE_SUFFIXES and p.is_file())


def atomic_write(path: Path, content: bytes) -> None:
    """Write beside the target and rename over it: readers see the old file or the new one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(content)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    _sync_directory(path.parent)


def _sync_directory(directory: Path) -> None:
    # Makes the rename itself durable; not possible everywhere (e.g. Windows), hence best effort.
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _stamp(now: datetime | None = None) -> str:
    return (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S%fZ")


def snapshot(directory: Path, *, undone: bool = False, keep: int = KEEP) -> Path:
    """Copy every knowledge file into a new ``.history/<timestamp>[.undone]/``; returns it."""
    history = directory / HISTORY_DIR
    history.mkdir(exist_ok=True)
    name = _stamp() + (UNDONE if undone else "")
    final = history / name
    n = 1
    while final.exists():
        final = history / f"{name}-{n}"
        n += 1
    building = history / f".building-{final.name}"
    shutil.rmtree(building, ignore_errors=True)
    building.mkdir()
    for path in knowledge_files(directory):
        shutil.copy2(path, building / path.name)
    os.replace(building, final)
    prune(directory, keep)
    return final


def snapshots(directory: Path) -> list[Path]:
    """Rollback targets, oldest first (the ``.undone`` snapshots are kept only for recovery by hand)."""
    history = directory / HISTORY_DIR
    if not history.is_dir():
        return []
    return sorted(p for p in history.iterdir() if p.is_dir() and not p.name.startswith(".") and UNDONE not in p.name)


def prune(directory: Path, keep: int = KEEP) -> None:
    history = directory / HISTORY_DIR
    if not history.is_dir():
        return
    everything = sorted(p for p in history.iterdir() if p.is_dir() and not p.name.startswith("."))
    for group in ([p for p in everything if UNDONE not in p.name], [p for p in everything if UNDONE in p.name]):
        for old in group[: max(0, len(group) - keep)]:
            shutil.rmtree(old, ignore_errors=True)


def restore(directory: Path, source: Path) -> None:
    """Make the directory's knowledge files exactly those of ``source``: each written atomically,
    files the snapshot does not have removed."""
    wanted = {p.name: p for p in knowledge_files(source)}
    for name, path in wanted.items():
        atomic_write(directory / name, path.read_bytes())
    for path in knowledge_files(directory):
        if path.name not in wanted:
            path.unlink()


def taken_at(snapshot_dir: Path) -> datetime | None:
    """When a snapshot was taken, from its name."""
    try:
        return datetime.strptime(snapshot_dir.name[:22], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=UTC)
    except ValueError:
        return None
