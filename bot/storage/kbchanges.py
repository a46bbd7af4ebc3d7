"""What each knowledge-base reload changed, kept for the digests' "new in the knowledge base"."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.schema import kb_changes


@dataclass(frozen=True)
class KbChange:
    version: str
    at: datetime
    added: list[str]
    removed: list[str]
    changed: list[str]


class KbChangeLog:
    def __init__(self, engine: AsyncEngine):
        self.engine = engine

    async def record(self, version: str, added: list[str], removed: list[str], changed: list[str]) -> None:
        async with self.engine.begin() as conn:
            await conn.execute(
                kb_changes.insert().values(
                    version=version,
                    at=datetime.now(UTC),
                    added=json.dumps(added),
                    removed=json.dumps(removed),
                    changed=json.dumps(changed),
                )
            )

    async def since(self, moment: datetime | None) -> list[KbChange]:
        query = select(kb_changes).order_by(kb_changes.c.id)
        if moment is not None:
            query = query.where(kb_changes.c.at > moment)
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        out = []
        for row in rows:
            m = row._mapping
            at = m["at"] if m["at"].tzinfo else m["at"].replace(tzinfo=UTC)
            out.append(
                KbChange(m["version"], at, json.loads(m["added"]), json.loads(m["removed"]), json.loads(m["changed"]))
            )
        return out
