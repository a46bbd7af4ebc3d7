"""The delivery ledger: claim before sending, mark after, so nothing is sent twice.

A claim is an INSERT guarded by the unique key (chat, kind, period) — ``INSERT … ON CONFLICT DO
NOTHING`` on SQLite and PostgreSQL: of two processes racing for the same digest exactly one row
wins. A claim whose process died (still ``claimed`` after ``stale_after``, by the wall clock:
``claimed_at`` is when the claim was made) may be taken over by an UPDATE that checks the old
claim, so again only one taker wins. At most the message in flight when a process is killed can
be sent twice.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Insert, and_, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage import schema as S

D = S.deliveries
DEFAULT_STALE_AFTER = timedelta(minutes=5)
_KEY = ["chat_id", "kind", "period"]


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
                    return True
        else:
            try:
                async with self.engine.begin() as conn:
                    await conn.execute(insert(D).values(**values))
                return True
            except IntegrityError:
                pass
        # Someone has the row. Take it over only if its claim went stale (its process died).
        stale = now - self.stale_after
        async with self.engine.begin() as conn:
            taken = await conn.execute(
                update(D)
                .where(
                    and_(
                        D.c.chat_id == chat_id,
                        D.c.kind == kind,
                        D.c.period == period,
                        D.c.status == "claimed",
                        D.c.claimed_at < stale,
                    )
                )
                .values(claimed_by=self.owner, claimed_at=now)
            )
        return bool(taken.rowcount)

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
        """Give a claim back (a transient failure): the next round may try again."""
        async with self.engine.begin() as conn:
            await conn.execute(
                D.delete().where(
                    and_(D.c.chat_id == chat_id, D.c.kind == kind, D.c.period == period, D.c.status == "claimed")
                )
            )

    async def done(self, chat_id: int, kind: str, period: str) -> bool:
        async with self.engine.connect() as conn:
            row = (
                await conn.execute(
                    select(D.c.status).where(and_(D.c.chat_id == chat_id, D.c.kind == kind, D.c.period == period))
                )
            ).first()
        return row is not None and row[0] in ("sent", "skipped")

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
