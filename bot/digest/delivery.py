"""Fan-out of digests and reminders: claim in the ledger, send within Telegram's limits, record.

Sending goes through the bot's own rate limiter (30/s overall, per-chat and per-group limits,
429 pauses honoured) as bulk sends, which leave a reserve of every second to answers; on top of
that the fan-out paces itself below the global limit (a bot without that limiter, such as
``cisbot digest``, still stays under Telegram's). Failures:

* ``Forbidden`` (blocked): counted; the subscription is deactivated after several in a row.
* ``ChatMigrated``: the stored chat id is rewritten and the send retried to the new id.
* timeouts and network errors: retried with backoff; if still failing the claim is released so
  the next round retries it (the ledger prevents a second copy of anything that did arrive).
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

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, ChatMigrated, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import ExtBot

from bot.digest.content import build_digest, build_reminder, meeting_bodies
from bot.digest.schedule import due_digest, reminder_due
from bot.kb import KnowledgeBase, meeting_date
from bot.ratelimit import BULK
from bot.schema import Meeting
from bot.splitting import split_html
from bot.storage import Storage
from bot.storage.subscribers import Subscriber

log = logging.getLogger(__name__)


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
            if d is None or d.day is None or d.month is None or not sub.follows(meeting_bodies(meeting)):
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
                "digest round: %d sent, %d skipped, %d failed, %d deactivated in %.1f s",
                report.sent,
                report.skipped,
                report.failed,
                report.deactivated,
                report.seconds,
            )
        return report

    async def deliver(self, job: Job, now: datetime, report: RunReport) -> None:
        chat_id = job.sub.chat_id
        # The claim is stamped with the wall clock, not the round's ``now``: staleness is about
        # whether the claiming process is still alive, and ``now`` may be a chosen moment (--at).
        if not await self.ledger.claim(chat_id, job.kind, job.period):
            report.busy += 1
            return
        if job.html is None:
            await self.ledger.finish(chat_id, job.kind, job.period, "skipped")
            report.skipped += 1
            return
        attempt = 0
        while True:
            try:
                await self._send(chat_id, job.html)
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
                await self.ledger.finish(chat_id, job.kind, job.period, "failed", str(exc)[:200])
                return
            except BadRequest as exc:
                report.failed += 1
                await self.ledger.finish(chat_id, job.kind, job.period, "failed", str(exc)[:200])
                return
            except (TimedOut, NetworkError, RetryAfter) as exc:
                attempt += 1
                if attempt > self.retries:
                    # Give the claim back: the next round tries again.
                    await self.ledger.release(chat_id, job.kind, job.period)
                    report.failed += 1
                    report.errors.append(f"{chat_id}: {type(exc).__name__}")
                    return
                await self.sleep(self.backoff * 2 ** (attempt - 1))
                continue
            break
        await self.ledger.finish(chat_id, job.kind, job.period, "sent")
        if job.kind == "digest":
            await self.storage.subscribers.mark_delivered(chat_id, now)
        report.sent += 1

    async def _send(self, chat_id: int, html: str) -> None:
        for part in split_html(html):
            await self.pacer.wait()
            await self.bot.send_message(
                chat_id, part, parse_mode=ParseMode.HTML, disable_web_page_preview=True, **self._bulk
            )
