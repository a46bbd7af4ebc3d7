"""Tables, declared once with SQLAlchemy Core so SQLite and PostgreSQL share them.

Migrations (``bot/storage/migrations.py``) create them; a change to a shipped table needs a
new migration, not an edit here alone.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time: stored as UTC, always handed back aware (in UTC), on every database.

    PostgreSQL's ``timestamptz`` converts by itself, but SQLite has no time zones: SQLAlchemy writes
    the wall-clock digits and drops the offset, so ``09:00+03:00`` would be stored as 09:00 and read
    back as a naive 09:00 — the wrong moment, and comparisons in queries would be off by the offset.
    Converting to UTC on the way in and marking UTC on the way out makes both databases agree.
    A naive value is taken to be UTC already. The DDL is ``DateTime(timezone=True)``'s.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if not isinstance(value, datetime):
            raise TypeError(f"expected a datetime, got {type(value).__name__}")
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


metadata = MetaData()

schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("name", String(100), primary_key=True),
    Column("applied_at", UTCDateTime(), nullable=False),
)

users = Table(
    "users",
    metadata,
    Column("user_id", BigInteger, primary_key=True, autoincrement=False),
    Column("lang", String(8), nullable=True),
    Column("updated_at", UTCDateTime(), nullable=False),
)

# One row per chat that subscribed to digests.
subscribers = Table(
    "subscribers",
    metadata,
    Column("chat_id", BigInteger, primary_key=True, autoincrement=False),
    Column("user_id", BigInteger, nullable=True),
    Column("chat_type", String(16), nullable=False, default="private"),
    Column("lang", String(8), nullable=False, default="en"),
    Column("frequency", String(8), nullable=False, default="weekly"),  # daily, weekly, off
    Column("weekday", SmallInteger, nullable=False, default=0),  # 0 = Monday
    Column("hour", SmallInteger, nullable=False, default=9),
    Column("timezone", String(64), nullable=False, default="Europe/Moscow"),
    Column("bodies", Text, nullable=False, default=""),  # JSON list of body ids; "" = all bodies
    Column("horizon_days", SmallInteger, nullable=False, default=30),
    Column("empty_note", Boolean, nullable=False, default=False),
    Column("reminders", Boolean, nullable=False, default=False),
    Column("status", String(16), nullable=False, default="active"),  # active, paused, deactivated
    Column("failures", Integer, nullable=False, default=0),  # consecutive delivery failures
    Column("last_digest_at", UTCDateTime(), nullable=True),
    Column("created_at", UTCDateTime(), nullable=False),
    Column("updated_at", UTCDateTime(), nullable=False),
    # Added by migration 005: member states (JSON list of ids) and keywords (JSON list) followed.
    Column("states", Text, nullable=False, default="", server_default=""),
    Column("keywords", Text, nullable=False, default="", server_default=""),
)

# The delivery ledger: a row is claimed before a send and marked sent after it, so a digest
# period (or a reminder) reaches a chat at most once even across crashes and processes.
deliveries = Table(
    "deliveries",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("chat_id", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),  # digest, reminder
    Column("period", String(64), nullable=False),  # "2026-11-24", "2026-W48", or a meeting id
    # claimed, sending (a request is out), sent, unknown (no answer: maybe sent), failed, skipped
    Column("status", String(16), nullable=False),
    Column("claimed_by", String(64), nullable=False),
    Column("claimed_at", UTCDateTime(), nullable=False),  # renewed just before each request goes out
    Column("sent_at", UTCDateTime(), nullable=True),
    Column("error", Text, nullable=True),
    # Added by migration 004: the part (of a digest split in several messages) sent last or being
    # sent, and how many messages were sent again after a takeover found one in flight.
    Column("part", Integer, nullable=True),
    Column("repeats", Integer, nullable=False, default=0, server_default="0"),
    UniqueConstraint("chat_id", "kind", "period", name="uq_deliveries_chat_kind_period"),
)
Index("ix_deliveries_status", deliveries.c.status, deliveries.c.claimed_at)

# What each knowledge-base reload changed, for the "new in the knowledge base" digest section.
kb_changes = Table(
    "kb_changes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("version", String(32), nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    Column("added", Text, nullable=False, default="[]"),  # JSON lists of entity ids
    Column("removed", Text, nullable=False, default="[]"),
    Column("changed", Text, nullable=False, default="[]"),
)

# What users ask, for /stats and /unanswered. The user is stored only as a salted hash.
question_log = Table(
    "question_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime(), nullable=False),
    Column("lang", String(8), nullable=False),
    Column("text", Text, nullable=False),
    Column("answered", Boolean, nullable=False),
    Column("intent", String(32), nullable=False, default=""),
    Column("top_id", String(64), nullable=True),
    Column("top_score", Float, nullable=True),
    Column("user_hash", String(64), nullable=False, default=""),
    # Added by migration 005: the key the answer's 👍/👎 buttons carry, the verdict's kind and
    # confidence (for /unanswered's low-confidence answers).
    Column("answer_key", String(16), nullable=True),
    Column("kind", String(16), nullable=False, default="", server_default=""),
    Column("confidence", Float, nullable=True),
)
Index("ix_question_log_at", question_log.c.at)
Index("ix_question_log_answer_key", question_log.c.answer_key)

# 👍 (+1) / 👎 (-1) under answers: one vote per user (salted hash) per answer, changeable.
answer_votes = Table(
    "answer_votes",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("answer_key", String(16), nullable=False),
    Column("user_hash", String(64), nullable=False),
    Column("vote", SmallInteger, nullable=False),
    Column("at", UTCDateTime(), nullable=False),
    UniqueConstraint("answer_key", "user_hash", name="uq_answer_votes_answer_user"),
)
Index("ix_answer_votes_at", answer_votes.c.at)
