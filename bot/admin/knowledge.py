"""Changing the live knowledge base: reload, upload, rollback and export, one at a time.

Every path that changes what the bot serves goes through :class:`KnowledgeAdmin` (the
/reload command, SIGHUP, the file watcher, uploads, /rollback), under one lock, so a reload
never reads a directory an upload or a rollback is halfway through writing. The swap itself is
:meth:`KnowledgeService.reload`'s: load, validate and index away from the event loop, then
replace one reference; on any error the old knowledge base keeps serving.

Each successful reload is recorded in ``kb_changes`` for the digests' "new in the knowledge
base" section; failing to record it is logged and never undoes the reload.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

from bot.admin import history
from bot.admin.uploads import (
    MAX_UPLOAD_BYTES,
    VALIDATION_SECONDS,
    UploadRefused,
    check_size,
    sanitise_name,
    validate_isolated,
)
from bot.answers.knowledge import KnowledgeService, ReloadResult
from bot.kb.base import KnowledgeBase
from bot.kb.loader import SEEDS_DIR, KnowledgeError, LoadError, load_knowledge
from bot.storage import Storage

log = logging.getLogger(__name__)


@dataclass
class ReloadOutcome:
    """What a reload did. ``ok`` False: nothing changed and ``errors`` say why."""

    ok: bool
    version: str  # the version serving now (the new one, or the old one kept)
    result: ReloadResult | None = None
    errors: list[LoadError] = field(default_factory=list)
    before: KnowledgeBase | None = None  # for the names of removed entities
    after: KnowledgeBase | None = None


@dataclass
class UploadOutcome:
    ok: bool
    name: str | None
    created: bool = False  # a new file rather than a replaced one
    refused: str | None = None  # refused before validation (name, size)
    errors: list[LoadError] = field(default_factory=list)
    reload: ReloadOutcome | None = None


@dataclass
class RollbackOutcome:
    ok: bool
    restored: datetime | None = None  # when the restored snapshot was taken
    nothing: bool = False  # no snapshot to roll back to
    errors: list[LoadError] = field(default_factory=list)
    reload: ReloadOutcome | None = None


def _internal_error(directory: Path) -> list[LoadError]:
    # The details are in the log; the reply does not echo exception text (paths, settings).
    return [LoadError(directory.name, 1, 1, "internal error while loading; see the bot's log")]


class AdminServices(Protocol):
    """What the admin operations use of the bot's services."""

    @property
    def knowledge(self) -> KnowledgeService: ...

    @property
    def storage(self) -> Storage | None: ...


class KnowledgeAdmin:
    def __init__(self, services: AdminServices, *, keep: int = history.KEEP, validation_timeout: float = VALIDATION_SECONDS):
        self.services = services
        self.keep = keep
        self.validation_timeout = validation_timeout
        self._lock = asyncio.Lock()

    @property
    def directory(self) -> Path:
        return self.services.knowledge.directory

    def _version(self) -> str:
        knowledge = self.services.knowledge
        return knowledge.kb.version if knowledge.loaded else "-"

    # --- reload ---------------------------------------------------------------------------

    async def reload(self, trigger: str = "command") -> ReloadOutcome:
        async with self._lock:
            return await self._reload(trigger)

    async def _reload(self, trigger: str) -> ReloadOutcome:
        knowledge = self.services.knowledge
        before = knowledge.kb if knowledge.loaded else None
        try:
            result = await knowledge.reload()
        except KnowledgeError as exc:
            log.warning(
                "reload (%s) rejected, still serving %s: %d error(s)", trigger, self._version(), len(exc.errors)
            )
            return ReloadOutcome(False, self._version(), errors=exc.errors, before=before)
        except Exception:
            log.exception("reload (%s) failed, still serving %s", trigger, self._version())
            return ReloadOutcome(False, self._version(), errors=_internal_error(self.directory), before=before)
        log.info(
            "knowledge base reloaded (%s): version %s, %d added, %d removed, %d changed in %.2f s",
            trigger,
            result.version,
            len(result.added),
            len(result.removed),
            len(result.changed),
            result.seconds,
        )
        await self._record(result)
        return ReloadOutcome(True, result.version, result=result, before=before, after=knowledge.kb)

    async def _record(self, result: ReloadResult) -> None:
        storage = self.services.storage
        if storage is None:
            return
        try:
            await storage.kb_changes.record(result.version, result.added, result.removed, result.changed)
        except Exception as exc:  # the reload stands; only the digest's "what's new" misses it
            log.warning("could not record knowledge-base change %s: %s", result.version, type(exc).__name__)

    # --- upload ---------------------------------------------------------------------------

    async def upload(self, name: str | None, content: bytes) -> UploadOutcome:
        """Validate ``content`` as knowledge file ``name`` with the rest of the directory; if valid,
        snapshot the directory, write the file atomically and reload. Otherwise nothing changes."""
        try:
            safe = sanitise_name(name)
            check_size(len(content))
        except UploadRefused as exc:
            log.info("upload of %r refused: %s", (name or "")[:100], exc)
            return UploadOutcome(False, None, refused=str(exc))
        async with self._lock:
            return await self._apply(safe, content)

    async def edit(self, name: str, change: Callable[[bytes | None], bytes | None]) -> UploadOutcome | None:
        """Change knowledge file ``name`` (``change`` gets its bytes, or None when it does not exist
        yet, and returns the new bytes, or None for "nothing to change"), then validate, snapshot,
        write and reload exactly as an upload. Read and write under one lock, so two edits never
        lose each other. None when there was nothing to change."""
        safe = sanitise_name(name)
        async with self._lock:
            target = self.directory / safe
            try:
                current = await asyncio.to_thread(target.read_bytes) if target.exists() else None
            except OSError as exc:
                log.error("could not read %s: %s", safe, exc.strerror or type(exc).__name__)
                return UploadOutcome(False, safe, errors=[LoadError(safe, 1, 1, "could not read the file; see the log")])
            content = change(current)
            if content is None or content == current:
                return None
            try:
                check_size(len(content))
            except UploadRefused as exc:
                return UploadOutcome(False, safe, refused=str(exc))
            return await self._apply(safe, content)

    async def _apply(self, safe: str, content: bytes) -> UploadOutcome:
        """Validate, snapshot, write atomically and reload; the caller holds the lock."""
        directory = self.directory
        try:
            # In a child process with a deadline: a hostile file can neither hold the lock
            # nor leave a thread behind that shutdown would wait for.
            errors = await validate_isolated(directory, safe, content, timeout=self.validation_timeout)
        except Exception:
            log.exception("validating upload %s failed", safe)
            errors = _internal_error(directory)
        if errors:
            log.info("upload %s rejected: %d error(s)", safe, len(errors))
            return UploadOutcome(False, safe, errors=errors)
        target = directory / safe
        created = not target.exists()
        try:
            snap = await asyncio.to_thread(history.snapshot, directory, keep=self.keep)
            await asyncio.to_thread(history.atomic_write, target, content)
        except OSError as exc:
            log.error("could not write upload %s: %s", safe, exc.strerror or type(exc).__name__)
            return UploadOutcome(
                False, safe, errors=[LoadError(safe, 1, 1, "could not write the file; see the log")]
            )
        outcome = await self._reload("upload")
        if not outcome.ok:
            # Valid a moment ago yet refused now (the directory changed meanwhile): put back
            # exactly what was there, so a failed upload changes nothing.
            await asyncio.to_thread(history.restore, directory, snap)
            await asyncio.to_thread(shutil.rmtree, snap, True)
            return UploadOutcome(False, safe, errors=outcome.errors)
        log.info("upload %s applied (snapshot %s)", safe, snap.name)
        return UploadOutcome(True, safe, created=created, reload=outcome)

    # --- rollback -------------------------------------------------------------------------

    async def rollback(self) -> RollbackOutcome:
        """Put the newest snapshot back and reload; the snapshot is used up, so a second
        /rollback goes one step further back. What it replaces is kept as ``*.undone``."""
        async with self._lock:
            directory = self.directory
            candidates = history.snapshots(directory)
            if not candidates:
                return RollbackOutcome(False, nothing=True)
            target = candidates[-1]
            try:
                await asyncio.to_thread(load_knowledge, target, None, directory / SEEDS_DIR)
            except KnowledgeError as exc:
                return RollbackOutcome(False, history.taken_at(target), errors=exc.errors)
            undo: Path | None = None
            try:
                undo = await asyncio.to_thread(history.snapshot, directory, undone=True, keep=self.keep)
                await asyncio.to_thread(history.restore, directory, target)
            except OSError as exc:
                log.error("rollback to %s failed: %s", target.name, exc.strerror or type(exc).__name__)
                if undo is not None:  # put back whatever was half restored
                    with contextlib.suppress(OSError):
                        await asyncio.to_thread(history.restore, directory, undo)
                error = LoadError(target.name, 1, 1, "could not restore the files; see the log")
                return RollbackOutcome(False, history.taken_at(target), errors=[error])
            outcome = await self._reload("rollback")
            if not outcome.ok:
                await asyncio.to_thread(history.restore, directory, undo)
                return RollbackOutcome(False, history.taken_at(target), errors=outcome.errors)
            await asyncio.to_thread(shutil.rmtree, target, True)
            log.info("rolled back to the snapshot %s", target.name)
            return RollbackOutcome(True, history.taken_at(target), reload=outcome)

    # --- export ---------------------------------------------------------------------------

    async def export(self) -> list[tuple[str, bytes]]:
        """The knowledge files as they are on disk (never half-written: taken under the lock)."""
        async with self._lock:
            return await asyncio.to_thread(_read_all, self.directory)


def _read_all(directory: Path) -> list[tuple[str, bytes]]:
    out = []
    for path in history.knowledge_files(directory):
        try:
            content = path.read_bytes()
        except OSError:
            continue
        if content:  # Telegram refuses empty files
            out.append((path.name, content))
    return out


__all__ = ["MAX_UPLOAD_BYTES", "KnowledgeAdmin", "ReloadOutcome", "RollbackOutcome", "UploadOutcome"]
