"""Shared fixtures. Tests never reach the network; each gets its own temporary storage.

``database_url`` runs a test once per database: a fresh SQLite file, and a fresh PostgreSQL
database created on the server named by ``TEST_DATABASE_URL`` (``.ci/run`` starts a throwaway
cluster and sets it); without that variable the PostgreSQL variant is skipped.
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import uuid
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy.engine import make_url

from bot.answers.engine import Engine
from bot.kb.base import KnowledgeBase, open_knowledge_base
from tests.telegram_env import TelegramEnv, close_env, make_env

ROOT = Path(__file__).resolve().parent.parent
KNOWLEDGE = ROOT / "knowledge"
DATABASES = ["sqlite", "postgresql"]
T = TypeVar("T")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a non-loopback connection fails the test."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "::1", "localhost") and not host.startswith("/"):
            raise RuntimeError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)
    yield


@pytest.fixture(autouse=True)
def _fingerprint(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """With ``CISBOT_FINGERPRINT=<file>``, log the HTML of every message the bot sends or edits.

    ``benchmarks/fingerprint.py`` compares these logs before and after a refactoring.
    """
    target = os.environ.get("CISBOT_FINGERPRINT")
    if not target:
        yield
        return
    from bot.fake_telegram.messages import MessageMethods

    original = MessageMethods.log_outgoing

    def logged(self: MessageMethods, action: str, message: Any) -> None:
        original(self, action, message)
        row = {"test": request.node.nodeid, "action": action, "text": message.source or message.text}
        with open(target, "a", encoding="utf-8") as log:
            log.write(json.dumps(row, ensure_ascii=False) + "\n")

    monkeypatch.setattr(MessageMethods, "log_outgoing", logged)
    yield


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return open_knowledge_base(KNOWLEDGE)


@pytest.fixture(scope="session")
def engine(kb: KnowledgeBase) -> Engine:
    return Engine(kb)


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine) -> AsyncIterator[TelegramEnv]:
    """The bot on the real knowledge base behind the local Bot API; files needing more set up their own."""
    env = await make_env(tmp_path, engine)
    yield env
    assert env.errors() == [], "the bot made requests Telegram would refuse"
    if not env.expected_statuses:  # an apology is right only after a failure the test provoked
        assert env.apologies() == [], "the error handler apologised"
    await close_env(env)


# --- databases ------------------------------------------------------------------------------------


def postgres_server_url() -> str | None:
    """The PostgreSQL server the tests may create databases on (``TEST_DATABASE_URL``), or None."""
    return os.environ.get("TEST_DATABASE_URL") or None


def _run_apart(make: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a coroutine on its own event loop in another thread, leaving the test's loop alone."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result(timeout=60)


def _asyncpg_dsn(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def create_postgres_database(server_url: str) -> str:
    """Create a uniquely named, empty database; returns its URL (``postgresql://…/<name>``)."""
    import asyncpg

    name = f"cisbot_test_{uuid.uuid4().hex[:16]}"

    async def create() -> None:
        conn = await asyncpg.connect(_asyncpg_dsn(server_url), timeout=30)
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()

    _run_apart(create)
    return make_url(server_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(url: str, server_url: str) -> None:
    """Drop a database made by :func:`create_postgres_database`, closing any connection left to it."""
    import asyncpg

    name = make_url(url).database
    assert name and name.startswith("cisbot_test_"), name

    async def drop() -> None:
        conn = await asyncpg.connect(_asyncpg_dsn(server_url), timeout=30)
        try:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()

    _run_apart(drop)


@pytest.fixture(params=DATABASES)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty database per test: a SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'db.sqlite3'}"
        return
    server = postgres_server_url()
    if server is None:
        pytest.skip("TEST_DATABASE_URL is not set: no PostgreSQL to test against")
    url = create_postgres_database(server)
    try:
        yield url
    finally:
        drop_postgres_database(url, server)
