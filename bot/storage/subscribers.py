"""Subscribers: who receives digests, how often, at what local hour, about which bodies, member
states and keywords."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import case, func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.schema import deliveries, subscribers

Frequency = Literal["daily", "weekly", "off"]
Status = Literal["active", "paused", "deactivated"]
HORIZONS = (7, 30, 90)
# Deactivate only after several consecutive refusals: Telegram sometimes answers "blocked" transiently.
DEACTIVATE_AFTER = 5


@dataclass(frozen=True)
class Subscriber:
    chat_id: int
    user_id: int | None = None
    chat_type: str = "private"
    lang: str = "en"
    frequency: Frequency = "weekly"
    weekday: int = 0
    hour: int = 9
    timezone: str = "Europe/Moscow"
    bodies: tuple[str, ...] = ()  # with states and keywords: what is followed; all empty = everything
    horizon_days: int = 30
    # Off unless asked for: a digest with nothing in it is not sent (existing rows keep their choice).
    empty_note: bool = False
    reminders: bool = False
    status: Status = "active"
    failures: int = 0
    last_digest_at: datetime | None = None
    created_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    states: tuple[str, ...] = ()  # member states followed: meetings they attend or host
    keywords: tuple[str, ...] = ()  # as typed (/follow): matched against meetings' names, agenda, description

    @property
    def follows_everything(self) -> bool:
        return not (self.bodies or self.states or self.keywords)

    def follows(self, body_ids: list[str | None]) -> bool:
        """Whether a meeting of these bodies is followed through its bodies alone (states and keywords:
        :func:`bot.digest.follow.follows_meeting`)."""
        return self.follows_everything or any(b in self.bodies for b in body_ids if b)

    def with_(self, **changes: Any) -> Subscriber:
        return replace(self, **changes)


def _row(sub: Subscriber) -> dict[str, Any]:
    return {
        "chat_id": sub.chat_id,
        "user_id": sub.user_id,
        "chat_type": sub.chat_type,
        "lang": sub.lang,
        "frequency": sub.frequency,
        "weekday": sub.weekday,
        "hour": sub.hour,
        "timezone": sub.timezone,
        "bodies": json.dumps(list(sub.bodies)) if sub.bodies else "",
        "states": json.dumps(list(sub.states)) if sub.states else "",
        "keywords": json.dumps(list(sub.keywords), ensure_ascii=False) if sub.keywords else "",
        "horizon_days": sub.horizon_days,
        "empty_note": sub.empty_note,
        "reminders": sub.reminders,
        "status": sub.status,
        "failures": sub.failures,
        "last_digest_at": sub.last_digest_at,
        "created_at": sub.created_at,
        "updated_at": datetime.now(UTC),
    }


def _aware(value: datetime | None) -> datetime | None:
    # SQLite gives naive datetimes back even for timezone=True columns; they were stored in UTC.
    if value is not None and value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value


def _subscriber(row: Any) -> Subscriber:
    m = row._mapping
    return Subscriber(
        chat_id=m["chat_id"],
        user_id=m["user_id"],
        chat_type=m["chat_type"],
        lang=m["lang"],
        frequency=m["frequency"],
        weekday=m["weekday"],
        hour=m["hour"],
        timezone=m["timezone"],
        bodies=tuple(json.loads(m["bodies"])) if m["bodies"] else (),
        states=tuple(json.loads(m["states"])) if m["states"] else (),
        keywords=tuple(json.loads(m["keywords"])) if m["keywords"] else (),
        horizon_days=m["horizon_days"],
        empty_note=bool(m["empty_note"]),
        reminders=bool(m["reminders"]),
        status=m["status"],
        failures=m["failures"],
        last_digest_at=_aware(m["last_digest_at"]),
        created_at=_aware(m["created_at"]) or datetime.now(UTC),
    )


class SubscriberRepo:
    def __init__(self, engine: AsyncEngine):
        self.engine = engine

    async def get(self, chat_id: int) -> Subscriber | None:
        async with self.engine.connect() as conn:
            row = (await conn.execute(select(subscribers).where(subscribers.c.chat_id == chat_id))).first()
        return _subscriber(row) if row else None

    async def save(self, sub: Subscriber) -> Subscriber:
        """Insert or replace the whole subscription."""
        values = _row(sub)
        async with self.engine.begin() as conn:
            done = await conn.execute(
                update(subscribers).where(subscribers.c.chat_id == sub.chat_id).values(**values)
            )
            if done.rowcount == 0:
                await conn.execute(subscribers.insert().values(**values))
        return sub

    async def all(self, *, status: str | None = "active") -> list[Subscriber]:
        query = select(subscribers).order_by(subscribers.c.chat_id)
        if status is not None:
            query = query.where(subscribers.c.status == status)
        async with self.engine.connect() as conn:
            return [_subscriber(r) for r in (await conn.execute(query)).all()]

    async def counts(self) -> dict[str, int]:
        query = select(subscribers.c.status, func.count()).group_by(subscribers.c.status)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        counts = {"active": 0, "paused": 0, "deactivated": 0}
        counts.update({status: n for status, n in rows})
        return counts

    async def mark_delivered(self, chat_id: int, at: datetime) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(subscribers)
                .where(subscribers.c.chat_id == chat_id)
                .values(failures=0, last_digest_at=at, updated_at=datetime.now(UTC))
            )

    async def record_refusal(self, chat_id: int) -> bool:
        """Count one "blocked by the user"; returns True when the chat is now deactivated. One
        statement: two senders counting refusals for one chat at once both count."""
        failures = subscribers.c.failures + 1
        status = case((failures >= DEACTIVATE_AFTER, "deactivated"), else_=subscribers.c.status)
        async with self.engine.begin() as conn:
            row = (
                await conn.execute(
                    update(subscribers)
                    .where(subscribers.c.chat_id == chat_id)
                    .values(failures=failures, status=status, updated_at=datetime.now(UTC))
                    .returning(subscribers.c.failures)
                )
            ).first()
        return row is not None and row[0] >= DEACTIVATE_AFTER

    async def migrate_chat(self, old_id: int, new_id: int) -> None:
        """A group became a supergroup: keep its subscription and its ledger under the new id."""
        async with self.engine.begin() as conn:
            exists = (
                await conn.execute(select(subscribers.c.chat_id).where(subscribers.c.chat_id == new_id))
            ).first()
            if exists is None:
                await conn.execute(
                    update(subscribers)
                    .where(subscribers.c.chat_id == old_id)
                    .values(chat_id=new_id, chat_type="supergroup", updated_at=datetime.now(UTC))
                )
            # Ledger entries move unless the new id already has one for that digest or reminder
            # (the unique key): those stay under the old id, kept rather than lost.
            taken = deliveries.alias("taken")
            clash = (
                select(taken.c.id)
                .where(
                    taken.c.chat_id == new_id,
                    taken.c.kind == deliveries.c.kind,
                    taken.c.period == deliveries.c.period,
                )
                .exists()
            )
            await conn.execute(
                update(deliveries).where(deliveries.c.chat_id == old_id, ~clash).values(chat_id=new_id)
            )
