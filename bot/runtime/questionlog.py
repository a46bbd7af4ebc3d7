"""Logging every free-text question without slowing the answers.

The handler calls ``Services.record_question`` after its reply is sent; that only puts a row on an
in-memory queue (never blocks, never raises). One writer task drains the queue into the
database, a whole batch per transaction, so a burst of questions costs a few commits rather
than one each. If the database is unavailable the rows are dropped with a warning: answering
always matters more than the log. A row the database refuses costs only itself: the batch is
then written row by row (text is sanitised first, so this should not happen).

Users are stored as an HMAC-SHA256 of their id under a secret salt (``QUESTION_LOG_SALT``, or
derived from the bot token): stable enough to count distinct askers, useless for finding who
they are without the salt.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
import logging
import secrets
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from bot.storage.questions import QuestionRecord
from bot.userinput import sanitise

if TYPE_CHECKING:
    from bot.answers.verdict import Verdict as Answer
    from bot.storage import Storage

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 1000  # longer messages are kept truncated: enough to see what was asked
MAX_PENDING = 10_000  # rows waiting for the writer; beyond this new rows are dropped
BATCH = 500


def user_hash(salt: bytes, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return hmac.new(salt, str(user_id).encode(), hashlib.sha256).hexdigest()


def record_for(
    answer: Answer, user_digest: str, at: datetime | None = None, answer_key: str | None = None
) -> QuestionRecord:
    top = answer.matches[0] if answer.matches else None
    return QuestionRecord(
        at=at or datetime.now(UTC),
        lang=answer.lang,
        text=sanitise(answer.question[:MAX_TEXT_CHARS]),
        answered=answer.answered,
        intent=(answer.intent or "")[:32],
        top_id=answer.entity or (top.id if top else None),
        top_score=round(float(top.score), 4) if top else None,
        user_hash=user_digest,
        answer_key=answer_key,
        kind=answer.kind[:16],
        confidence=round(float(answer.confidence), 4),
    )


class QuestionLogger:
    def __init__(self, salt: bytes, *, max_pending: int = MAX_PENDING):
        self._salt = salt
        self._queue: asyncio.Queue[QuestionRecord] = asyncio.Queue(max_pending)
        self._storage: Storage | None = None
        self._task: asyncio.Task[None] | None = None
        self.dropped = 0
        # An HMAC per question cost more than the rest of logging it; people ask several in a row.
        self._hashes: dict[int, str] = {}

    def user_hash(self, user_id: int | None) -> str:
        if user_id is None:
            return ""
        digest = self._hashes.get(user_id)
        if digest is None:
            if len(self._hashes) >= MAX_PENDING:
                self._hashes.clear()
            digest = self._hashes[user_id] = user_hash(self._salt, user_id)
        return digest

    def submit(self, answer: Answer, user_id: int | None, answer_key: str | None = None) -> None:
        """Queue one question; never blocks and never raises."""
        try:
            self._queue.put_nowait(record_for(answer, self.user_hash(user_id), answer_key=answer_key))
        except asyncio.QueueFull:
            self.dropped += 1
            if self.dropped == 1 or self.dropped % 1000 == 0:
                log.warning("question log is behind; %d question(s) not logged", self.dropped)
        except Exception as exc:
            log.warning("could not log a question: %s", type(exc).__name__)

    def start(self, storage: Storage) -> None:
        self._storage = storage
        if self._task is None or self._task.done():
            self._task = asyncio.get_running_loop().create_task(self._write(), name="question_log_writer")

    async def flush(self, timeout: float = 5.0) -> None:
        """Wait until every queued question is written (or given up)."""
        if self._task is None or self._task.done():
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._queue.join(), timeout)

    async def stop(self) -> None:
        await self.flush()
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None

    async def _write(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                if self._storage is not None:
                    await self._storage.questions.add_many(batch)
            except Exception as exc:
                log.warning("could not log %d question(s): %s", len(batch), type(exc).__name__)
            finally:
                for _ in batch:
                    self._queue.task_done()


def new_answer_key() -> str:
    """The key an answer's 👍/👎 buttons carry and its log row keeps (16 hex digits)."""
    return secrets.token_hex(8)


async def prune(storage: Storage, days: int, now: datetime | None = None) -> int:
    """Delete rows older than the retention period; returns how many."""
    cutoff = (now or datetime.now(UTC)) - timedelta(days=days)
    removed = await storage.questions.prune(cutoff)
    if removed:
        log.info("question log: %d row(s) older than %d days removed", removed, days)
    return removed
