"""The question log: what users ask and how the bot fared, for ``/stats`` and ``/unanswered``.

Users appear only as a salted hash (computed by the caller); rows older than the retention
period are pruned. Every query filters on ``at``, which is indexed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, and_, case, delete, exists, func, not_, or_, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.storage.schema import answer_votes, question_log

Q = question_log
V = answer_votes
MAX_FAILURES_IN_A_ROW = 3
log = logging.getLogger(__name__)


def exc_name(exc: BaseException) -> str:
    """The error's type and its cause's (e.g. ``StatementError/UnicodeEncodeError``): never the
    statement or its parameters, which hold what users typed."""
    cause = exc.__cause__ or exc.__context__
    return f"{type(exc).__name__}/{type(cause).__name__}" if cause else type(exc).__name__


@dataclass(frozen=True)
class QuestionRecord:
    at: datetime
    lang: str
    text: str
    answered: bool
    intent: str = ""
    top_id: str | None = None
    top_score: float | None = None
    user_hash: str = ""
    answer_key: str | None = None  # what the answer's 👍/👎 buttons carry
    kind: str = ""  # the verdict's kind (fact, card, clarify, decline...)
    confidence: float | None = None


@dataclass(frozen=True)
class UnansweredRow:
    """A question for /unanswered and why it is there: ``declined``, ``doubtful`` (a clarifying or
    low-confidence answer) or ``disliked`` (a 👎)."""

    text: str
    lang: str
    reason: str


def _reason(answered: bool, kind: str, disliked: bool) -> str:
    """One reason per question, so that each is counted once: a clarifying question ("did you
    mean") is doubtful rather than declined; a 👎 on an answer says more than its score."""
    if not answered and kind != "clarify":
        return "declined"
    return "disliked" if disliked else "doubtful"


class QuestionLogRepo:
    def __init__(self, engine: AsyncEngine):
        self.engine = engine

    async def add_many(self, records: Sequence[QuestionRecord]) -> int:
        """One transaction for a whole batch: the writer drains its queue into it. If the batch
        is refused, the rows are written one by one so that one bad row loses only itself;
        after ``MAX_FAILURES_IN_A_ROW`` refusals in a row the database is taken to be down and
        the error raised. Returns how many rows were written."""
        if not records:
            return 0
        try:
            async with self.engine.begin() as conn:
                await conn.execute(Q.insert(), [asdict(r) for r in records])
            return len(records)
        except (SQLAlchemyError, ValueError) as exc:  # ValueError: e.g. text the driver cannot encode
            if len(records) == 1:
                raise
            log.warning("question log: a batch of %d was refused (%s); writing row by row", len(records), exc_name(exc))
        written, failures_in_a_row = 0, 0
        for record in records:
            try:
                async with self.engine.begin() as conn:
                    await conn.execute(Q.insert(), [asdict(record)])
            except (SQLAlchemyError, ValueError) as exc:  # ValueError: e.g. text the driver cannot encode
                failures_in_a_row += 1
                log.warning("question log: one row refused (%s)", exc_name(exc))
                if failures_in_a_row >= MAX_FAILURES_IN_A_ROW:
                    raise
                continue
            written += 1
            failures_in_a_row = 0
        return written

    async def prune(self, before: datetime) -> int:
        async with self.engine.begin() as conn:
            done = await conn.execute(delete(Q).where(Q.c.at < before))
            await conn.execute(delete(V).where(V.c.at < before))
        return int(done.rowcount or 0)

    async def count(self, start: datetime, end: datetime | None = None) -> tuple[int, int]:
        """(questions, answered) asked in ``[start, end)``."""
        answered = func.coalesce(func.sum(case((Q.c.answered.is_(True), 1), else_=0)), 0)
        query = select(func.count(), answered).where(Q.c.at >= start)
        if end is not None:
            query = query.where(Q.c.at < end)
        async with self.engine.connect() as conn:
            total, yes = (await conn.execute(query)).one()
        return int(total), int(yes)

    async def top_entities(self, since: datetime, limit: int = 10) -> list[tuple[str, int]]:
        """Entities answered about most often since ``since``."""
        n = func.count().label("n")
        query = (
            select(Q.c.top_id, n)
            .where(and_(Q.c.at >= since, Q.c.answered.is_(True), Q.c.top_id.is_not(None)))
            .group_by(Q.c.top_id)
            .order_by(n.desc(), Q.c.top_id)
            .limit(limit)
        )
        async with self.engine.connect() as conn:
            return [(str(top_id), int(count)) for top_id, count in (await conn.execute(query)).all()]

    @staticmethod
    def _disliked() -> ColumnElement[bool]:
        return exists().where(and_(V.c.answer_key == Q.c.answer_key, V.c.vote < 0))

    @classmethod
    def _unanswered(cls, since: datetime, low_confidence: float) -> ColumnElement[bool]:
        """Declined; or answered doubtfully: a clarifying answer, or a top score or confidence under
        ``low_confidence`` (lists excepted: their score says nothing about whether the list was
        right); or given a 👎 — since ``since``."""
        not_list = not_(Q.c.intent.like("list%"))
        weak = and_(Q.c.top_score.is_not(None), Q.c.top_score < low_confidence, not_list)
        # 0 is "not set" (verdicts that have no single score)
        unsure = and_(Q.c.confidence > 0, Q.c.confidence < low_confidence, not_list)
        return and_(
            Q.c.at >= since,
            or_(Q.c.answered.is_(False), Q.c.kind == "clarify", weak, unsure, cls._disliked()),
        )

    async def unanswered(self, since: datetime, low_confidence: float, limit: int = 2_000) -> list[UnansweredRow]:
        """The latest ``limit`` unanswered questions (see :meth:`_unanswered`), newest first."""
        disliked = self._disliked().label("disliked")
        query = (
            select(Q.c.text, Q.c.lang, Q.c.answered, Q.c.kind, disliked)
            .where(self._unanswered(since, low_confidence))
            .order_by(Q.c.at.desc(), Q.c.id.desc())
            .limit(limit)
        )
        async with self.engine.connect() as conn:
            rows = (await conn.execute(query)).all()
        return [UnansweredRow(str(text), str(lang), _reason(answered, kind, bad)) for text, lang, answered, kind, bad in rows]

    async def count_unanswered(self, since: datetime, low_confidence: float) -> int:
        """How many unanswered questions there are since ``since``, all of them."""
        query = select(func.count()).select_from(Q).where(self._unanswered(since, low_confidence))
        async with self.engine.connect() as conn:
            return int((await conn.execute(query)).scalar_one())

    # --- 👍 / 👎 ---------------------------------------------------------------------------------

    async def vote(self, answer_key: str, user_hash: str, vote: int, at: datetime | None = None) -> bool:
        """Record one user's vote on one answer; False when it was already exactly this (a no-op)."""
        at = at or datetime.now(UTC)
        for _ in range(2):  # a second try when a simultaneous first vote won the insert
            async with self.engine.begin() as conn:
                where = and_(V.c.answer_key == answer_key, V.c.user_hash == user_hash)
                current = (await conn.execute(select(V.c.vote).where(where))).scalar_one_or_none()
                if current == vote:
                    return False
                if current is not None:
                    await conn.execute(update(V).where(where).values(vote=vote, at=at))
                    return True
                try:
                    async with conn.begin_nested():
                        await conn.execute(V.insert().values(answer_key=answer_key, user_hash=user_hash, vote=vote, at=at))
                except IntegrityError:
                    continue
                return True
        return False

    async def helpful(self, start: datetime, end: datetime | None = None) -> tuple[int, int]:
        """(👍, votes) cast in ``[start, end)`` on answers the log holds."""
        up = func.coalesce(func.sum(case((V.c.vote > 0, 1), else_=0)), 0)
        query = (
            select(up, func.count())
            .select_from(V)
            .where(and_(V.c.at >= start, exists().where(Q.c.answer_key == V.c.answer_key)))
        )
        if end is not None:
            query = query.where(V.c.at < end)
        async with self.engine.connect() as conn:
            good, votes = (await conn.execute(query)).one()
        return int(good), int(votes)

    async def oldest(self) -> datetime | None:
        async with self.engine.connect() as conn:
            value = (await conn.execute(select(func.min(Q.c.at)))).scalar_one_or_none()
        if value is None:
            return None
        return value if value.tzinfo else value.replace(tzinfo=UTC)
