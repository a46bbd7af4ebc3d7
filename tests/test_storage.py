"""Storage: migrations apply once and in order; each test has its own database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import inspect, select

from bot.storage import Storage, normalise_url
from bot.storage import schema as S
from bot.storage.migrations import MIGRATIONS


async def test_migrations_run_once_in_order(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    storage = await Storage.open(url)
    async with storage.engine.connect() as conn:
        names = list((await conn.execute(select(S.schema_migrations.c.name))).scalars())
        tables = await conn.run_sync(lambda c: inspect(c).get_table_names())
    assert sorted(names) == [name for name, _ in MIGRATIONS]
    assert {"users", "subscribers", "deliveries", "kb_changes", "question_log"} <= set(tables)
    await storage.close()
    again = await Storage.open(url)  # a second start applies nothing and loses nothing
    await again.close()


async def test_user_language_survives_a_restart(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    storage = await Storage.open(url)
    assert await storage.user_lang(7) is None
    await storage.set_user_lang(7, "ru")
    await storage.set_user_lang(7, "en")
    await storage.close()
    storage = await Storage.open(url)
    assert await storage.user_lang(7) == "en"
    await storage.close()


def test_database_urls_get_async_drivers() -> None:
    assert normalise_url("sqlite:///x.db") == "sqlite+aiosqlite:///x.db"
    assert normalise_url("postgresql://u:p@127.0.0.1/db") == "postgresql+asyncpg://u:p@127.0.0.1/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+asyncpg://u@h/db"
    assert normalise_url("sqlite+aiosqlite:///y") == "sqlite+aiosqlite:///y"
