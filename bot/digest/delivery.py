"""Fan-out of digests and reminders: claim in the ledger, send within Telegram's limits, record.

Sending goes through the bot's own rate limiter (30/s overall, per-chat and per-group limits,
429 pauses honoured) as bulk sends, which leave a reserve of every second to answers; on top of
that the fan-out paces itself below the global limit (a bot without that limiter, such as
``cisbot digest``, still stays under Telegram's). Each send waits ``send_timeout`` seconds for
Telegram's reply (30 by default, far above a slow reply; PTB's ordinary 5 s would give up on
messages Telegram is still delivering). Failures:

* ``Forbidden`` (blocked): counted; the subscription is deactivated after several in a row.
* ``ChatMigrated``: the stored chat id is rewritten and the send retried to the new id.
* failures that prove nothing was sent — 429 ``RetryAfter``, an error reply from Telegram (5xx),
  a connection that could not be opened — are retried with backoff; if still failing the claim is
  released so the next round retries it.
* no answer after the request went out (read timeout, connection lost): the outcome is unknown —
  Telegram may well have delivered it, and has no idempotency key to ask — so it is recorded as
  ``unknown`` and never sent again automatically.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot

from bot.digest.follow import follows_meeting
from bot.digest.schedule import due_digest, reminder_due
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Meeting
from bot.present.digest import build_digest, build_reminder
from bot.present.splitting import split_html
from bot.runtime.ratelimit import BULK
from bot.storage import Storage
from bot.storage.subscribers import Subscriber

log = logging.getLogger(__name__)

DEFAULT_SEND_TIMEOUT = 30.0
# httpx errors raised before any byte of the request left: the message cannot have been sent.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def proves_not_sent(exc: Exception) -> bool:
    """True when a failed send certainly did not reach Telegram (so sending again cannot repeat it):
    429, an error reply (PTB raises ``NetworkError`` with no cause for a 5xx answer), or a connection
    that was never opened. A timeout or error after the request went out proves nothing."""
    if isinstance(exc, RetryAfter):
        return True
    cause = exc.__cause__
    if isinstance(exc, TimedOut):
        return isinstance(cause, _NOT_SENT)
    if isinstance(exc, NetworkError):
        return cause is None or isinstance(cause, _NOT_SENT)
    return False


def process_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@dataclass
class RunReport:
    started: datetime
    sent: int = 0
    skipped: int = 0
    failed: int = 0
    deactivated: int = 0
    migrated: int = 0
    busy: int = 0  # claimed by another process
    unknown: int = 0  # no answer after the request went out: maybe delivered, not sent again
    repeated: int = 0  # sent again after a dead process's request for it had gone out
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)


@dataclass
class Job:
    sub: Subscriber
    kind: str  # digest, reminder
    period: str
    html: str | None  # None: nothing to say, recorded as skipped


class Pacer:
    """Spaces the fan-out's sends to ``per_second`` (below Telegram's 30/s)."""

    def __init__(
        self,
        per_second: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ):
        self.interval = 1.0 / per_second
        self.clock, self.sleep = clock, sleep
        self.next_at = 0.0
        self.lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self.lock:
            now = self.clock()
            at = max(now, self.next_at)
            self.next_at = at + self.interval
        if at > now:
            await self.sleep(at - now)


class DigestRunner:
    def __init__(
        self,
        storage: Storage,
        bot: Bot,
        kb: Callable[[], KnowledgeBase],
        *,
        owner: str | None = None,
        claim_timeout: float | None = None,
        per_second: float = 25.0,
        workers: int = 8,
        retries: int = 3,
        backoff: float = 1.0,
        send_timeout: float = DEFAULT_SEND_TIMEOUT,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        deep_link: str | None = None,
    ):
        self.storage = storage
        self.bot = bot
        self.kb = kb
        # claim_timeout: seconds after which another process's unfinished claim counts as abandoned
        # (DIGEST_CLAIM_TIMEOUT; None = the ledger's default, 5 minutes).
        stale_after = timedelta(seconds=claim_timeout) if claim_timeout is not None else None
        self.ledger = storage.ledger(owner or process_name(), stale_after)
        self.pacer = Pacer(per_second, sleep=sleep)
        # Through the bot's own limiter as bulk sends, so answers go first; a plain Bot has none.
        self._bulk: dict[str, Any] = {"rate_limit_args": BULK} if isinstance(bot, ExtBot) else {}
        self.workers = workers
        self.send_timeout = send_timeout
        self.retries = retries
        self.backoff = backoff
        self.sleep = sleep
        self.deep_link = deep_link
        self._running = asyncio.Lock()
        self.last_report: RunReport | None = None

    # --- planning -----------------------------------------------------------------------------

    async def plan(self, now: datetime) -> list[Job]:
        """Everything due at ``now``: digests and reminders not yet delivered (ledger checked)."""
        kb = self.kb()
        jobs: list[Job] = []
        subscribers = await self.storage.subscribers.all()
        changes = await self.storage.kb_changes.since(None)
        for sub in subscribers:
            due = due_digest(sub, now)
            if due is not None and not await self.ledger.done(sub.chat_id, "digest", due.period):
                since = sub.last_digest_at
                recent = [c for c in changes if since is None or c.at > since]
                local_today = now.astimezone(ZoneInfo(sub.timezone)).date()
                digest = build_digest(kb, sub, local_today, recent, self.deep_link)
                jobs.append(Job(sub, "digest", due.period, digest.html if digest else None))
            if sub.reminders:
                jobs += await self._reminders(kb, sub, now)
        return jobs

    async def _reminders(self, kb: KnowledgeBase, sub: Subscriber, now: datetime) -> list[Job]:
        jobs = []
        for meeting in kb.of_kind("meeting"):
            if not isinstance(meeting, Meeting):
                continue
            d = meeting_date(meeting)
            if d is None or d.day is None or d.month is None or not follows_meeting(kb, sub, meeting):
                continue
            if reminder_due(sub, date(d.year, d.month, d.day), now) and not await self.ledger.done(
                sub.chat_id, "reminder", meeting.id
            ):
                jobs.append(Job(sub, "reminder", meeting.id, build_reminder(kb, meeting, sub.lang)))
        return jobs

    # --- delivery -----------------------------------------------------------------------------

    async def run_once(self, now: datetime | None = None) -> RunReport:
        """One round: plan, then deliver with a few workers. Overlapping rounds are skipped."""
        now = now or datetime.now(UTC)
        report = RunReport(started=now)
        if self._running.locked():
            return report
        async with self._running:
            started = time.perf_counter()
            jobs = await self.plan(now)
            queue: asyncio.Queue[Job] = asyncio.Queue()
            for job in jobs:
                queue.put_nowait(job)

            async def worker() -> None:
                while not queue.empty():
                    job = queue.get_nowait()
                    try:
                        await self.deliver(job, now, report)
                    except Exception as exc:  # one bad chat must not stop the fan-out
                        log.exception("delivery to %s failed", job.sub.chat_id)
                        report.failed += 1
                        report.errors.append(f"{job.sub.chat_id}: {type(exc).__name__}")

            await asyncio.gather(*(worker() for _ in range(max(1, min(self.workers, len(jobs))))))
            report.seconds = time.perf_counter() - started
        self.last_report = report
        if jobs:
            log.info(
                "digest round: %d sent, %d skipped, %d failed, %d unknown, %d deactivated in %.1f s",
                report.sent,
                report.skipped,
                report.failed,
                report.unknown,
                report.deactivated,
                report.seconds,
            )
        return report

    async def deliver(self, job: Job, now: datetime, report: RunReport) -> None:
        chat_id = job.sub.chat_id
        # The claim is stamped with the wall clock, not the round's ``now``: staleness is about
        # whether the claiming process is still alive, and ``now`` may be a chosen moment (--at).
        taken = await self.ledger.take(chat_id, job.kind, job.period)
        if taken is None:
            report.busy += 1
            return
        if job.html is None:
            await self.ledger.finish(chat_id, job.kind, job.period, "skipped")
            report.skipped += 1
            return
        parts = split_html(job.html)
        part = min(taken.resume_at, len(parts) - 1)
        if taken.in_flight:
            # A dead process had this message out: it may have arrived; sending it again is the price
            # of not losing it (at most one message per send that process had in flight).
            log.warning("resending %s %s to %s: it was in flight when its process died", job.kind, job.period, chat_id)
            report.repeated += 1
        attempt = 0
        while part < len(parts):
            await self.pacer.wait()
            if not await self.ledger.sending(chat_id, job.kind, job.period, part):
                report.busy += 1  # another process took the claim over: it sends, not us
                return
            try:
                await self._send(chat_id, parts[part])
            except ChatMigrated as exc:
                new_id = int(exc.new_chat_id)
                await self.storage.subscribers.migrate_chat(chat_id, new_id)
                report.migrated += 1
                chat_id = new_id
                continue
            except Forbidden as exc:
                deactivated = await self.storage.subscribers.record_refusal(chat_id)
                report.deactivated += int(deactivated)
                report.failed += 1
                await self.ledger.finish(chat_id, job.kind, job.period, "failed", _error(exc, part, len(parts)))
                return
            except BadRequest as exc:
                report.failed += 1
                await self.ledger.finish(chat_id, job.kind, job.period, "failed", _error(exc, part, len(parts)))
                return
            except (TimedOut, NetworkError, RetryAfter) as exc:
                if not proves_not_sent(exc):
                    # Maybe delivered: never sent again automatically (README, "delivery ledger").
                    await self.ledger.finish(chat_id, job.kind, job.period, "unknown", _error(exc, part, len(parts)))
                    report.unknown += 1
                    report.errors.append(f"{chat_id}: {type(exc).__name__} (unknown outcome)")
                    return
                attempt += 1
                if attempt > self.retries:
                    if part == 0:
                        # Nothing of it went out: give the claim back, the next round tries again.
                        await self.ledger.release(chat_id, job.kind, job.period)
                    else:
                        await self.ledger.finish(chat_id, job.kind, job.period, "failed", _error(exc, part, len(parts)))
                    report.failed += 1
                    report.errors.append(f"{chat_id}: {type(exc).__name__}")
                    return
                await self.sleep(self.backoff * 2 ** (attempt - 1))
                continue
            part += 1
            attempt = 0
        await self.ledger.finish(chat_id, job.kind, job.period, "sent")
        if job.kind == "digest":
            await self.storage.subscribers.mark_delivered(chat_id, now)
        report.sent += 1

    async def _send(self, chat_id: int, part: str) -> None:
        await self.bot.send_message(
            chat_id,
            part,
            parse_mode=ParseMode.HTML,
            disable_web_page_preview=True,
            read_timeout=self.send_timeout,
            **self._bulk,
        )


def _error(exc: Exception, part: int, parts: int) -> str:
    """The ledger's error text: what failed, and on which part of a split message."""
    where = f" (part {part + 1} of {parts})" if parts > 1 else ""
    return f"{type(exc).__name__}: {exc}"[:180] + where
