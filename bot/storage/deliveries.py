"""The delivery ledger: claim before sending, mark after, so nothing is sent twice.

A claim is an INSERT guarded by the unique key (chat, kind, period) — ``INSERT … ON CONFLICT DO
NOTHING`` on SQLite and PostgreSQL: of two processes racing for the same digest exactly one row
wins. Just before each request goes out the row becomes ``sending`` (with the part number) and its
``claimed_at`` is renewed, guarded by the owner: a process whose claim was taken over sends nothing.
A claim whose process died (``claimed`` or ``sending`` for longer than ``stale_after``, by the wall
clock) may be taken over by an UPDATE that checks the old claim, so again only one taker wins.

What can be sent twice: a row found ``sending`` was in flight when its process died — Telegram may
or may not have carried it out, and nothing can tell — so the taker sends that message again and
counts it in ``repeats``. Each sending worker has at most one row ``sending``, so a kill repeats at
most one message per concurrent send. A send with no answer (a read timeout, a dropped connection)
is finished as ``unknown`` and never sent again automatically.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Insert, and_, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.schema import deliveries

D = deliveries
DEFAULT_STALE_AFTER = timedelta(minutes=5)
_KEY = ["chat_id", "kind", "period"]
# Rows a live or dead process still holds; anything else is final.
HELD = ("claimed", "sending")
# Final, and never sent again by a round: "unknown" may well have arrived.
DONE = ("sent", "skipped", "unknown")


@dataclass(frozen=True)
class Taken:
    """A claim this process now holds: send from part ``resume_at``; ``in_flight`` when a dead
    process's request for that part had gone out (so sending it again may repeat it)."""

    resume_at: int = 0
    in_flight: bool = False


class Ledger:
    def __init__(self, engine: AsyncEngine, owner: str, stale_after: timedelta = DEFAULT_STALE_AFTER):
        self.engine = engine
        self.owner = owner
        self.stale_after = stale_after

    def _insert_if_absent(self, values: dict[str, Any]) -> Insert | None:
        dialect = self.engine.dialect.name
        if dialect == "postgresql":
            return postgresql.insert(D).values(**values).on_conflict_do_nothing(index_elements=_KEY)
        if dialect == "sqlite":
            return sqlite.insert(D).values(**values).on_conflict_do_nothing(index_elements=_KEY)
        return None  # another database: a plain INSERT, the unique key raising on conflict

    async def claim(self, chat_id: int, kind: str, period: str, now: datetime | None = None) -> bool:
        """True if this process may send; False if it was sent, is being sent, or was given up.

        ``now`` is when the claim is made, by the wall clock (the default); tests pass their own."""
        return await self.take(chat_id, kind, period, now) is not None

    async def take(self, chat_id: int, kind: str, period: str, now: datetime | None = None) -> Taken | None:
        """Claim a delivery (see :meth:`claim`); where to resume if a dead process's claim is taken over."""
        now = now or datetime.now(UTC)
        values = {
            "chat_id": chat_id,
            "kind": kind,
            "period": period,
            "status": "claimed",
            "claimed_by": self.owner,
            "claimed_at": now,
        }
        statement = self._insert_if_absent(values)
        if statement is not None:
            async with self.engine.begin() as conn:
                if (await conn.execute(statement)).rowcount == 1:
                    return Taken()
        else:
            try:
                async with self.engine.begin() as conn:
                    await conn.execute(insert(D).values(**values))
                return Taken()
            except IntegrityError:
                pass
        # Someone has the row. Take it over only if its claim went stale (its process died).
        key = and_(D.c.chat_id == chat_id, D.c.kind == kind, D.c.period == period)
        stale = now - self.stale_after
        async with self.engine.begin() as conn:
            row = (await conn.execute(select(D.c.status, D.c.claimed_by, D.c.part).where(key))).first()
            if row is None or row.status not in HELD:
                return None
            in_flight = row.status == "sending"
            taken = await conn.execute(
                update(D)
                .where(and_(key, D.c.status == row.status, D.c.claimed_by == row.claimed_by, D.c.claimed_at < stale))
                .values(
                    status="claimed",
                    claimed_by=self.owner,
                    claimed_at=now,
                    repeats=D.c.repeats + (1 if in_flight else 0),
                )
            )
        if not taken.rowcount:
            return None
        return Taken(resume_at=row.part or 0, in_flight=in_flight)

    async def sending(self, chat_id: int, kind: str, period: str, part: int = 0) -> bool:
        """Mark part ``part`` as going out now and renew the claim; False if this process no longer
        holds the claim (another one took it over): then it must not send."""
        async with self.engine.begin() as conn:
            marked = await conn.execute(
                update(D)
                .where(
                    and_(
                        D.c.chat_id == chat_id,
                        D.c.kind == kind,
                        D.c.period == period,
                        D.c.claimed_by == self.owner,
                        D.c.status.in_(HELD),
                    )
                )
                .values(status="sending", part=part, claimed_at=datetime.now(UTC))
            )
        return bool(marked.rowcount)

    async def finish(
        self, chat_id: int, kind: str, period: str, status: str = "sent", error: str | None = None
    ) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                update(D)
                .where(and_(D.c.chat_id == chat_id, D.c.kind == kind, D.c.period == period))
                .values(status=status, sent_at=datetime.now(UTC), error=error)
            )

    async def release(self, chat_id: int, kind: str, period: str) -> None:
        """Give a claim back (a failure that proves nothing was sent): the next round may try again."""
        async with self.engine.begin() as conn:
            await conn.execute(
                D.delete().where(
                    and_(D.c.chat_id == chat_id, D.c.kind == kind, D.c.period == period, D.c.status.in_(HELD))
                )
            )

    async def done(self, chat_id: int, kind: str, period: str) -> bool:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(D.c.status).where(and_(D.c.chat_id == chat_id, D.c.kind == kind, D.c.period == period))
                )
            ).first()
        return row is not None and row[0] in DONE

    async def counts(self, since: datetime | None = None) -> dict[str, int]:
        query = select(D.c.status, func.count()).group_by(D.c.status)
        if since is not None:
            query = query.where(D.c.claimed_at >= since)
        async with self.engine.connect() as conn:
            return {status: n for status, n in (await conn.execute(query)).all()}

    async def sent_count(self, chat_id: int, kind: str | None = None) -> int:
        query = select(func.count()).select_from(D).where(and_(D.c.chat_id == chat_id, D.c.status == "sent"))
        if kind:
            query = query.where(D.c.kind == kind)
        async with self.engine.connect() as conn:
            return int((await conn.execute(query)).scalar_one())

    async def repeats(self) -> int:
        """Messages sent again after a takeover found them in flight: each may have arrived twice."""
        async with self.engine.connect() as conn:
            return int((await conn.execute(select(func.coalesce(func.sum(D.c.repeats), 0)))).scalar_one())

    async def unknown_chats(self, kind: str | None = None) -> list[int]:
        """Chats whose delivery has an unknown outcome (no answer from Telegram), in id order."""
        query = select(D.c.chat_id).where(D.c.status == "unknown").order_by(D.c.chat_id)
        if kind:
            query = query.where(D.c.kind == kind)
        async with self.engine.connect() as conn:
            return [int(chat) for chat in (await conn.execute(query)).scalars()]
