"""Read-only figures for ``/stats`` over tables other features own (the delivery ledger)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.schema import deliveries

D = deliveries


class InsightRepo:
    def __init__(self, engine: AsyncEngine):
        self.engine = engine

    async def last_delivery_run(self) -> tuple[date | None, dict[str, int]]:
        """Deliveries by status on the most recent (UTC) day that has any: the last digest run."""
        async with self.engine.connect() as conn:
            latest = (await conn.execute(select(func.max(D.c.claimed_at)))).scalar_one_or_none()
            if latest is None:
                return None, {}
            day = latest.date()  # stored as UTC; SQLite hands it back naive
            start = datetime(day.year, day.month, day.day, tzinfo=UTC)
            query = (
                select(D.c.status, func.count())
                .where(and_(D.c.claimed_at >= start, D.c.claimed_at < start + timedelta(days=1)))
                .group_by(D.c.status)
            )
            rows = (await conn.execute(query)).all()
        return day, {str(status): int(n) for status, n in rows}

    async def delivery_repeats(self, day: date) -> int:
        """Messages of that (UTC) day's deliveries sent again after a crash: each may have arrived twice."""
        start = datetime(day.year, day.month, day.day, tzinfo=UTC)
        query = select(func.coalesce(func.sum(D.c.repeats), 0)).where(
            and_(D.c.claimed_at >= start, D.c.claimed_at < start + timedelta(days=1))
        )
        async with self.engine.connect() as conn:
            return int((await conn.execute(query)).scalar_one())
