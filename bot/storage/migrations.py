"""Named schema migrations, applied in order at start-up, each exactly once.

Add a migration by appending a function to ``MIGRATIONS``; never edit or reorder one that
has shipped. Each runs in its own transaction with the record of having run it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, insert, inspect, select, text

from bot.storage.schema import answer_votes, deliveries, kb_changes, question_log, schema_migrations, subscribers, users

Migration = Callable[[Connection], None]
# Any fixed number: processes starting at once against one PostgreSQL database take turns.
_PG_MIGRATION_LOCK = 4_273_190_551


def m001_users(conn: Connection) -> None:
    users.create(conn)


def m002_subscriptions(conn: Connection) -> None:
    subscribers.create(conn)
    deliveries.create(conn)
    kb_changes.create(conn)


def m003_question_log(conn: Connection) -> None:
    question_log.create(conn)


def m004_delivery_progress(conn: Connection) -> None:
    """The ledger's ``part`` and ``repeats`` columns. Migration 002 creates the table from the current
    declaration, so a database created since already has them: add only what is missing."""
    present = {column["name"] for column in inspect(conn).get_columns(deliveries.name)}
    if "part" not in present:
        conn.execute(text("ALTER TABLE deliveries ADD COLUMN part INTEGER"))
    if "repeats" not in present:
        conn.execute(text("ALTER TABLE deliveries ADD COLUMN repeats INTEGER NOT NULL DEFAULT 0"))


def m005_follow_states_keywords(conn: Connection) -> None:
    """Subscribers follow member states and keywords as well as bodies. Migration 002 creates the
    table from the current declaration, so a database created since already has the columns."""
    present = {column["name"] for column in inspect(conn).get_columns(subscribers.name)}
    for column in ("states", "keywords"):
        if column not in present:
            conn.execute(text(f"ALTER TABLE subscribers ADD COLUMN {column} TEXT NOT NULL DEFAULT ''"))


def m006_answer_feedback(conn: Connection) -> None:
    """The question log's answer key, verdict kind and confidence, and the votes table. Migration 003
    creates the log from the current declaration, so a database created since has the columns."""
    present = {column["name"] for column in inspect(conn).get_columns(question_log.name)}
    if "answer_key" not in present:
        conn.execute(text("ALTER TABLE question_log ADD COLUMN answer_key VARCHAR(16)"))
    if "kind" not in present:
        conn.execute(text("ALTER TABLE question_log ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT ''"))
    if "confidence" not in present:
        conn.execute(text("ALTER TABLE question_log ADD COLUMN confidence FLOAT"))
    indexes = {index["name"] for index in inspect(conn).get_indexes(question_log.name)}
    if "ix_question_log_answer_key" not in indexes:
        conn.execute(text("CREATE INDEX ix_question_log_answer_key ON question_log (answer_key)"))
    answer_votes.create(conn, checkfirst=True)


MIGRATIONS: list[tuple[str, Migration]] = [
    ("001_users", m001_users),
    ("002_subscriptions", m002_subscriptions),
    ("003_question_log", m003_question_log),
    ("004_delivery_progress", m004_delivery_progress),
    ("005_follow_states_keywords", m005_follow_states_keywords),
    ("006_answer_feedback", m006_answer_feedback),
]


def applied(conn: Connection) -> set[str]:
    if not inspect(conn).has_table(schema_migrations.name):
        schema_migrations.create(conn)
        return set()
    return set(conn.execute(select(schema_migrations.c.name)).scalars())


def migrate(conn: Connection) -> list[str]:
    """Apply pending migrations; returns the names applied now.

    Processes that start together (bot processes scaled out) take turns, so the second sees the
    first one's tables instead of racing it: on PostgreSQL through a transaction-scoped advisory
    lock, on SQLite by taking the write lock before reading what has run (other processes wait
    for it up to the busy timeout)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    elif conn.dialect.name == "sqlite":
        # The driver opens no transaction of its own before this first statement.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
    done = applied(conn)
    ran = []
    for name, step in MIGRATIONS:
        if name in done:
            continue
        with conn.begin_nested():
            step(conn)
            conn.execute(insert(schema_migrations).values(name=name, applied_at=datetime.now(UTC)))
        ran.append(name)
    return ran
