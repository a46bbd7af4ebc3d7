"""Opening the database, migrating it, and the small repositories the bot uses."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import sqlite3
import sys
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

from bot.storage.deliveries import DEFAULT_STALE_AFTER, Ledger
from bot.storage.insight import InsightRepo
from bot.storage.kbchanges import KbChangeLog
from bot.storage.migrations import migrate
from bot.storage.questions import QuestionLogRepo
from bot.storage.schema import users
from bot.storage.subscribers import SubscriberRepo

log = logging.getLogger(__name__)


def normalise_url(url: str) -> str:
    """Accept the usual spellings and pick the async driver for them."""
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    if url.startswith(("postgres://", "postgresql://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    return url


class StorageUnavailable(Exception):
    """The database cannot be opened or used. The message is one line that says what to do and
    holds no password (it is printed as the command's exit message)."""


def is_storage_error(exc: BaseException) -> bool:
    """An error from the database (damaged file, unwritable directory, server gone), as opposed to
    a bug or a Telegram error: the handlers tell the user that storage is unavailable."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (StorageUnavailable, SQLAlchemyError, sqlite3.Error)):
            return True
        if type(current).__module__.startswith("asyncpg"):
            return True
        current = current.__cause__ or current.__context__
    return False


def _safe_url(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "DATABASE_URL"


def _open_failure(url: str, exc: BaseException) -> StorageUnavailable:
    """Say what is wrong with the database and what to do about it, in one line."""
    reason = str(getattr(exc, "orig", None) or exc).splitlines()[0] if str(exc) else type(exc).__name__
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        path = os.path.abspath(parsed.database or "")
        folder = os.path.dirname(path)
        damaged = ("not a database", "malformed", "corrupt")
        if any(word in reason.lower() for word in damaged):
            return StorageUnavailable(
                f"the database file {path} is damaged ({reason}): restore it from a backup, or move it "
                "aside to start with an empty database (subscriptions and settings in it are then lost)"
            )
        if isinstance(exc, PermissionError) or "readonly" in reason.lower() or "unable to open" in reason.lower():
            return StorageUnavailable(
                f"cannot write the database {path} ({reason}): make {folder} writable for this user, "
                "or set DATABASE_URL to a file in a writable directory"
            )
    return StorageUnavailable(
        f"cannot open the database {_safe_url(url)} ({type(exc).__name__}: {reason}): check DATABASE_URL "
        "and that the database is reachable"
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # busy_timeout rides out short locks (first, so that it covers the next pragma too: processes
    # starting together on a new file); WAL lets the bot read while a digest fan-out writes.
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    # In WAL mode NORMAL syncs at checkpoints, not at every commit: a killed process loses nothing
    # committed (the ledger's crash guarantee holds); a power cut may lose the last commits. FULL
    # would cost an fsync per commit — three per digest sent — and cap a fan-out at ~60-100/s on disk.
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


@contextlib.asynccontextmanager
async def _first_open_lock(engine: AsyncEngine) -> AsyncIterator[None]:
    """Processes starting together on one SQLite file take turns at the first connection and the
    migrations (a lock file beside the database). While one switches a brand-new file to WAL,
    SQLite tells another "database is locked" at once, busy timeout or not."""
    database = engine.url.database if engine.dialect.name == "sqlite" else None
    if not database or database == ":memory:" or sys.platform == "win32":
        yield
        return
    import fcntl

    fd = os.open(database + ".lock", os.O_RDWR | os.O_CREAT, 0o600)
    try:
        await asyncio.to_thread(fcntl.flock, fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock


class Storage:
    def __init__(self, engine: AsyncEngine):
        self.engine = engine
        self.subscribers = SubscriberRepo(engine)
        self.kb_changes = KbChangeLog(engine)
        self.questions = QuestionLogRepo(engine)  # the question log (/stats, /unanswered)
        self.insight = InsightRepo(engine)  # read-only figures for /stats

    def ledger(self, owner: str, stale_after: timedelta | None = None) -> Ledger:
        """The delivery ledger as seen by one sending process (``owner`` names it in claims); a claim
        older than ``stale_after`` (default 5 minutes, ``DIGEST_CLAIM_TIMEOUT``) counts as abandoned."""
        return Ledger(self.engine, owner, stale_after or DEFAULT_STALE_AFTER)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @classmethod
    async def open(cls, url: str) -> Storage:
        url = normalise_url(url)
        # Pre-ping guards against server connections dropped while idle; a SQLite file has none.
        engine = create_async_engine(url, pool_pre_ping=not url.startswith("sqlite"))
        if engine.dialect.name == "sqlite":
            event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        try:
            async with _first_open_lock(engine), engine.begin() as conn:
                ran = await conn.run_sync(migrate)
        except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
            await engine.dispose()
            raise _open_failure(url, exc) from None
        if ran:
            log.info("database migrated: %s", ", ".join(ran))
        return cls(engine)

    async def close(self) -> None:
        await self.engine.dispose()

    # --- users ----------------------------------------------------------------------------

    async def user_lang(self, user_id: int) -> str | None:
        async with self.engine.connect() as conn:
            row = await conn.execute(select(users.c.lang).where(users.c.user_id == user_id))
            return row.scalar_one_or_none()

    async def set_user_lang(self, user_id: int, lang: str | None) -> None:
        now = datetime.now(UTC)
        async with self.engine.begin() as conn:
            updated = await conn.execute(
                users.update().where(users.c.user_id == user_id).values(lang=lang, updated_at=now)
            )
            if updated.rowcount == 0:
                await conn.execute(users.insert().values(user_id=user_id, lang=lang, updated_at=now))
