"""Storage: migrations apply once and in order; each test has its own database, and runs against
SQLite and (when ``TEST_DATABASE_URL`` is set) PostgreSQL alike."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, inspect, select, text

from bot.storage import Storage, normalise_url
from bot.storage.migrations import MIGRATIONS
from bot.storage.questions import QuestionRecord
from bot.storage.schema import deliveries, kb_changes, question_log, schema_migrations, subscribers, users
from bot.storage.subscribers import DEACTIVATE_AFTER, Subscriber
from tests.conftest import ROOT


async def test_migrations_run_once_in_order(database_url: str) -> None:
    url = database_url
    storage = await Storage.open(url)
    async with storage.engine.connect() as conn:
        names = list((await conn.execute(select(schema_migrations.c.name))).scalars())
        tables = await conn.run_sync(lambda c: inspect(c).get_table_names())
    assert sorted(names) == [name for name, _ in MIGRATIONS]
    assert {"users", "subscribers", "deliveries", "kb_changes", "question_log"} <= set(tables)
    await storage.close()
    again = await Storage.open(url)  # a second start applies nothing and loses nothing
    await again.close()


async def test_user_language_survives_a_restart(database_url: str) -> None:
    url = database_url
    storage = await Storage.open(url)
    assert await storage.user_lang(7) is None
    await storage.set_user_lang(7, "ru")
    await storage.set_user_lang(7, "en")
    await storage.close()
    storage = await Storage.open(url)
    assert await storage.user_lang(7) == "en"
    await storage.close()


async def test_a_ledger_from_before_migration_004_gains_its_columns(tmp_path: Path) -> None:
    """A database created by the shipped migrations 001-003 (deliveries without ``part`` and
    ``repeats``) is upgraded in place, its rows kept."""
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        schema_migrations.create(conn)
        conn.execute(
            text(
                "CREATE TABLE deliveries (id INTEGER PRIMARY KEY, chat_id BIGINT NOT NULL, kind VARCHAR(16) NOT NULL,"
                " period VARCHAR(64) NOT NULL, status VARCHAR(16) NOT NULL, claimed_by VARCHAR(64) NOT NULL,"
                " claimed_at DATETIME NOT NULL, sent_at DATETIME, error TEXT,"
                " CONSTRAINT uq_deliveries_chat_kind_period UNIQUE (chat_id, kind, period))"
            )
        )
        conn.execute(
            text(
                "INSERT INTO deliveries (chat_id, kind, period, status, claimed_by, claimed_at)"
                " VALUES (5, 'digest', '2031-W10', 'sent', 'old', '2031-03-03 06:00:00')"
            )
        )
        for name in ("001_users", "002_subscriptions", "003_question_log"):
            conn.execute(schema_migrations.insert().values(name=name, applied_at=datetime.now(UTC)))
        users.create(conn)
        subscribers.create(conn)
        kb_changes.create(conn)
        question_log.create(conn)
    engine.dispose()
    storage = await Storage.open(f"sqlite+aiosqlite:///{path}")
    ledger = storage.ledger("new")
    assert await ledger.done(5, "digest", "2031-W10") and await ledger.repeats() == 0
    assert await ledger.take(6, "digest", "2031-W10") is not None
    assert await ledger.sending(6, "digest", "2031-W10", part=0)
    await storage.close()


def test_database_urls_get_async_drivers() -> None:
    assert normalise_url("sqlite:///x.db") == "sqlite+aiosqlite:///x.db"
    assert normalise_url("postgresql://u:p@127.0.0.1/db") == "postgresql+asyncpg://u:p@127.0.0.1/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+asyncpg://u@h/db"
    assert normalise_url("sqlite+aiosqlite:///y") == "sqlite+aiosqlite:///y"


async def test_concurrent_first_starts_migrate_once(database_url: str) -> None:
    """Processes scaled out start together against one empty database (on PostgreSQL an advisory
    lock makes them take turns; on SQLite one engine at a time is enough for the tests)."""
    if database_url.startswith("sqlite"):
        first = await Storage.open(database_url)
        second = await Storage.open(database_url)
    else:
        first, second = await asyncio.gather(Storage.open(database_url), Storage.open(database_url))
    async with second.engine.connect() as conn:
        names = list((await conn.execute(select(schema_migrations.c.name))).scalars())
    assert sorted(names) == [name for name, _ in MIGRATIONS]
    await first.close()
    await second.close()


async def test_moments_come_back_aware_in_utc_whatever_zone_went_in(database_url: str) -> None:
    storage = await Storage.open(database_url)
    tashkent = timezone(timedelta(hours=5))
    moment = datetime(2031, 3, 2, 9, 0, tzinfo=tashkent)  # 04:00 UTC
    saved = Subscriber(chat_id=5, last_digest_at=moment, created_at=datetime(2031, 1, 1, 12, 0))  # naive: UTC
    await storage.subscribers.save(saved)
    got = await storage.subscribers.get(5)
    assert got is not None and got.last_digest_at == moment
    assert got.last_digest_at.tzinfo is not None and got.last_digest_at.utcoffset() == timedelta(0)
    assert got.created_at == datetime(2031, 1, 1, 12, 0, tzinfo=UTC)
    # Comparisons in SQL see the same instants: a claim made at 09:00+05:00 is stale at 04:06 UTC.
    ledger = storage.ledger("a", timedelta(minutes=5))
    assert await ledger.claim(5, "digest", "p", moment)
    later = storage.ledger("b", timedelta(minutes=5))
    assert not await later.claim(5, "digest", "p", datetime(2031, 3, 2, 4, 4, tzinfo=UTC))
    assert await later.claim(5, "digest", "p", datetime(2031, 3, 2, 4, 6, tzinfo=UTC))
    await storage.close()


async def test_telegram_sized_ids(database_url: str) -> None:
    """Supergroup ids (-100…) and user ids beyond 2**31 need 64-bit columns on PostgreSQL."""
    storage = await Storage.open(database_url)
    group, user = -1_001_234_567_890, 7_123_456_789
    await storage.subscribers.save(Subscriber(chat_id=group, user_id=user, chat_type="supergroup"))
    await storage.set_user_lang(user, "ru")
    ledger = storage.ledger("a")
    assert await ledger.claim(group, "digest", "2031-W10")
    await ledger.finish(group, "digest", "2031-W10")
    got = await storage.subscribers.get(group)
    assert got is not None and got.user_id == user
    assert await storage.user_lang(user) == "ru"
    assert await ledger.sent_count(group) == 1 and await ledger.done(group, "digest", "2031-W10")
    await storage.subscribers.migrate_chat(group, group - 1)
    assert await storage.subscribers.get(group - 1) is not None
    await storage.close()


async def test_saving_twice_updates_rather_than_duplicating(database_url: str) -> None:
    """The repositories update first and insert when nothing matched: an update that changes
    nothing must still count as a match (row counts are matched rows on both databases)."""
    storage = await Storage.open(database_url)
    sub = Subscriber(chat_id=9, hour=8)
    await storage.subscribers.save(sub)
    await storage.subscribers.save(sub)  # identical values
    await storage.subscribers.save(sub.with_(hour=10))
    await storage.set_user_lang(9, "en")
    await storage.set_user_lang(9, "en")
    assert (await storage.subscribers.counts())["active"] == 1
    got = await storage.subscribers.get(9)
    assert got is not None and got.hour == 10
    await storage.close()


async def test_racing_claims_have_one_winner(database_url: str) -> None:
    """Twenty ledgers (on two engines, as two processes would be) claim the same digest at once."""
    one = await Storage.open(database_url)
    two = await Storage.open(database_url)
    ledgers = [(one if i % 2 else two).ledger(f"p{i}") for i in range(20)]
    wins = await asyncio.gather(*(ledger.claim(77, "digest", "2031-03-01") for ledger in ledgers))
    assert sum(wins) == 1
    # Once it is stale, many takers again have exactly one winner.
    later = datetime.now(UTC) + timedelta(minutes=10)
    wins = await asyncio.gather(*(ledger.claim(77, "digest", "2031-03-01", later) for ledger in ledgers))
    assert sum(wins) == 1
    await one.close()
    await two.close()


RACER = """
import asyncio, sys, time
from bot.storage import Storage
async def main():
    time.sleep(max(0.0, float(sys.argv[2]) - time.time()))  # all start together
    storage = await Storage.open(sys.argv[1])
    await storage.close()
asyncio.run(main())
"""


def test_processes_starting_together_on_a_new_database_migrate_once(database_url: str) -> None:
    """Scaled-out processes starting at once against one new database: none fails, and every
    migration is recorded once (PostgreSQL takes an advisory lock; SQLite an immediate write
    transaction)."""
    start = time.time() + 1.5
    racers = [
        subprocess.Popen([sys.executable, "-c", RACER, database_url, str(start)], cwd=ROOT, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    errors = [r.communicate(timeout=60)[1].decode() for r in racers]
    assert [r.returncode for r in racers] == [0] * 4, errors

    async def recorded() -> list[str]:
        storage = await Storage.open(database_url)
        async with storage.engine.connect() as conn:
            names = list((await conn.execute(select(schema_migrations.c.name))).scalars())
        await storage.close()
        return names

    assert sorted(asyncio.run(recorded())) == [name for name, _ in MIGRATIONS]


async def test_refusals_counted_at_once_are_all_counted(database_url: str) -> None:
    """Two senders hearing "blocked by the user" for one chat at the same moment: both count."""
    storage = await Storage.open(database_url)
    await storage.subscribers.save(Subscriber(chat_id=41))
    results = await asyncio.gather(*(storage.subscribers.record_refusal(41) for _ in range(DEACTIVATE_AFTER + 2)))
    got = await storage.subscribers.get(41)
    assert got is not None and got.failures == DEACTIVATE_AFTER + 2 and got.status == "deactivated"
    assert sorted(results) == [False] * (DEACTIVATE_AFTER - 1) + [True] * 3
    assert await storage.subscribers.record_refusal(404) is False  # no such subscriber
    await storage.close()


async def test_a_chat_migrating_onto_an_id_with_its_own_ledger_loses_nothing(database_url: str) -> None:
    """Telegram migrates a group after the new supergroup id already got a digest: the move must
    not break the ledger's unique key, and no entry may be lost."""
    storage = await Storage.open(database_url)
    old, new = -1_000_000_000_001, -1_000_000_000_002
    await storage.subscribers.save(Subscriber(chat_id=old, chat_type="group"))
    ledger = storage.ledger("a")
    for chat, period in ((old, "2031-W10"), (old, "2031-W11"), (new, "2031-W11")):
        assert await ledger.claim(chat, "digest", period)
        await ledger.finish(chat, "digest", period)
    await storage.subscribers.migrate_chat(old, new)
    assert await ledger.done(new, "digest", "2031-W10") and await ledger.done(new, "digest", "2031-W11")
    assert await ledger.sent_count(new) == 2 and await ledger.sent_count(old) == 1
    moved = await storage.subscribers.get(new)
    assert moved is not None and moved.chat_type == "supergroup"
    await storage.close()


async def test_a_question_log_from_before_migration_005_gains_votes(tmp_path: Path) -> None:
    """A database at migration 004 (a question log without ``answer_key``, ``kind`` and
    ``confidence``, no votes table) is upgraded in place, its rows kept and counted."""
    path = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        schema_migrations.create(conn)
        conn.execute(
            text(
                "CREATE TABLE question_log (id INTEGER PRIMARY KEY, at DATETIME NOT NULL, lang VARCHAR(8) NOT NULL,"
                " text TEXT NOT NULL, answered BOOLEAN NOT NULL, intent VARCHAR(32) NOT NULL, top_id VARCHAR(64),"
                " top_score FLOAT, user_hash VARCHAR(64) NOT NULL)"
            )
        )
        conn.execute(text("CREATE INDEX ix_question_log_at ON question_log (at)"))
        conn.execute(
            text(
                "INSERT INTO question_log (at, lang, text, answered, intent, user_hash)"
                " VALUES ('2031-03-03 06:00:00', 'en', 'Recipe for pancakes', 0, 'card', 'h')"
            )
        )
        for name in ("001_users", "002_subscriptions", "003_question_log", "004_delivery_progress"):
            conn.execute(schema_migrations.insert().values(name=name, applied_at=datetime.now(UTC)))
        users.create(conn)
        subscribers.create(conn)
        deliveries.create(conn)
        kb_changes.create(conn)
    engine.dispose()
    storage = await Storage.open(f"sqlite+aiosqlite:///{path}")
    since = datetime(2031, 3, 1, tzinfo=UTC)
    (old,) = await storage.questions.unanswered(since, 0.6)
    assert (old.text, old.reason) == ("Recipe for pancakes", "declined")
    assert await storage.questions.vote("0123456789abcdef", "h", 1)
    await storage.close()


async def test_votes_are_one_per_user_and_answer(database_url: str) -> None:
    storage = await Storage.open(database_url)
    at = datetime(2031, 3, 3, 6, tzinfo=UTC)
    await storage.questions.add_many(
        [
            QuestionRecord(at, "en", "What is the CSTO?", True, "card", "csto", 1.0, "u1", "a" * 16, "card", 1.0),
            QuestionRecord(at, "en", "Who guards it?", False, "card", None, None, "u2", "b" * 16, "clarify", 0.3),
        ]
    )
    questions = storage.questions
    assert await questions.vote("a" * 16, "u1", 1, at) is True
    assert await questions.vote("a" * 16, "u1", 1, at) is False  # the same again: nothing to do
    assert await questions.vote("a" * 16, "u1", -1, at) is True  # changed
    assert await questions.vote("a" * 16, "u2", 1, at) is True
    assert await questions.vote("f" * 16, "u2", 1, at) is True  # an answer the log never kept: not counted
    assert await questions.helpful(at - timedelta(days=1)) == (1, 2)
    rows = await questions.unanswered(at - timedelta(days=1), 0.6)
    assert sorted((r.text, r.reason) for r in rows) == [("What is the CSTO?", "disliked"), ("Who guards it?", "doubtful")]
    assert await questions.count_unanswered(at - timedelta(days=1), 0.6) == 2
    assert await questions.prune(at + timedelta(days=1)) == 2
    assert await questions.helpful(at - timedelta(days=1)) == (0, 0)
    await storage.close()
