"""Outgoing rate limiting that keeps within Telegram's limits and honours ``retry_after``.

PTB's ``AIORateLimiter`` ends a ``RetryAfter`` pause early when another request finishes
(python-telegram-bot issue #5338) and has no per-private-chat limit; this limiter:

* spaces sends to stay under ~30 messages/second overall, a small burst then 1/second per
  private chat, and 20/minute per group or channel;
* on a 429 pauses *every* send until ``retry_after`` has passed, then retries (bounded);
* lets non-sending calls (edits, callback answers, getUpdates...) through at once, except
  during a 429 pause;
* puts conversations first: while answers wait for a slot, bulk sends (digests and reminders,
  marked with ``rate_limit_args=BULK``) leave them as many slots of the global budget, so an
  answer waits for the next free slot, never behind a fan-out of thousands; with no answer
  waiting, bulk sends use the whole budget.

The waiting logic is :class:`SendSchedule`, plain code with an injectable clock.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import BaseRateLimiter

log = logging.getLogger(__name__)

# A second and a little: Telegram counts a send when it arrives, a few milliseconds after we
# count it, so a window of exactly one second lets the 31st message of a second through.
WINDOW = 1.05

SEND_METHODS = frozenset(
    {"sendMessage", "sendDocument", "sendPhoto", "sendMediaGroup", "copyMessage", "forwardMessage", "sendSticker"}
)


@dataclass(frozen=True)
class SendOptions:
    """``rate_limit_args`` of one call: ``bulk`` for sends that may wait behind conversations,
    ``retries`` after a 429 (None: the limiter's default)."""

    bulk: bool = False
    retries: int | None = None


BULK = SendOptions(bulk=True)


@dataclass
class Bucket:
    tokens: float
    updated: float


@dataclass
class SendSchedule:
    """When may the next message to a chat go out? Pure bookkeeping, no sleeping."""

    global_per_second: int = 30
    private_burst: int = 3
    private_per_second: float = 1.0
    group_per_minute: int = 20
    clock: Callable[[], float] = time.monotonic
    # Sends that are not bulk and are waiting now: bulk sends leave them that many slots.
    waiting: int = 0
    paused_until: float = 0.0
    _global: deque[float] = field(default_factory=deque)
    _private: dict[int, Bucket] = field(default_factory=dict)
    _groups: dict[int, deque[float]] = field(default_factory=dict)

    def wait_time(self, chat_id: int | None, sending: bool, bulk: bool = False) -> float:
        """Seconds to wait before this request; 0 means it may go now (and is then counted)."""
        now = self.clock()
        wait = max(0.0, self.paused_until - now)
        if not sending or wait > 0:
            return wait
        while self._global and self._global[0] <= now - WINDOW:
            self._global.popleft()
        allowed = self.global_per_second - self.waiting if bulk else self.global_per_second
        if allowed <= 0:  # answers waiting fill a whole window: look again after one slot
            wait = max(wait, WINDOW / self.global_per_second)
        elif len(self._global) >= allowed:
            wait = max(wait, self._global[len(self._global) - allowed] + WINDOW - now)
        if chat_id is not None and chat_id < 0:
            window = self._groups.setdefault(chat_id, deque())
            while window and window[0] <= now - 60.0:
                window.popleft()
            if len(window) >= self.group_per_minute:
                wait = max(wait, window[0] + 60.0 - now)
        elif chat_id is not None:
            bucket = self._private.get(chat_id) or Bucket(float(self.private_burst), now)
            bucket.tokens = min(
                float(self.private_burst), bucket.tokens + (now - bucket.updated) * self.private_per_second
            )
            bucket.updated = now
            self._private[chat_id] = bucket
            if bucket.tokens < 1.0:
                wait = max(wait, (1.0 - bucket.tokens) / self.private_per_second)
        if wait > 0:
            return wait
        self._global.append(now)
        if chat_id is not None and chat_id < 0:
            self._groups[chat_id].append(now)
        elif chat_id is not None:
            self._private[chat_id].tokens -= 1.0
        return 0.0

    def pause(self, seconds: float) -> None:
        """A 429 holds back every send, not just the one that got it."""
        self.paused_until = max(self.paused_until, self.clock() + seconds)

    def forget_idle(self) -> None:
        now = self.clock()
        for chat_id in [c for c, b in self._private.items() if now - b.updated > 60]:
            del self._private[chat_id]
        for chat_id in [c for c, w in self._groups.items() if not w or w[-1] < now - 60]:
            del self._groups[chat_id]


class TelegramRateLimiter(BaseRateLimiter[int | SendOptions]):
    """``rate_limit_args``: a number of retries for one call (default ``max_retries``), or
    :class:`SendOptions` (``BULK`` for digests and reminders)."""

    def __init__(
        self,
        schedule: SendSchedule | None = None,
        *,
        max_retries: int = 3,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.schedule = schedule or SendSchedule()
        self.max_retries = max_retries
        self._sleep = sleep
        self._calls = 0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def _acquire(self, chat_id: int | None, sending: bool, bulk: bool) -> None:
        counted = False  # among the waiting answers that bulk sends make room for
        try:
            while True:
                # No lock: wait_time is synchronous, so no other send can interleave with it.
                wait = self.schedule.wait_time(chat_id, sending, bulk)
                if wait <= 0:
                    return
                if sending and not bulk and not counted:
                    counted = True
                    self.schedule.waiting += 1
                await self._sleep(wait)
        finally:
            if counted:
                self.schedule.waiting -= 1

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | dict[str, Any] | list[dict[str, Any]]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | SendOptions | None,
    ) -> bool | dict[str, Any] | list[dict[str, Any]]:
        options = rate_limit_args if isinstance(rate_limit_args, SendOptions) else SendOptions(retries=rate_limit_args)
        retries = self.max_retries if options.retries is None else options.retries
        chat_id = _chat_id(data.get("chat_id"))
        sending = endpoint in SEND_METHODS
        self._calls += 1
        if self._calls % 10_000 == 0:
            self.schedule.forget_idle()
        for attempt in range(retries + 1):
            await self._acquire(chat_id, sending, options.bulk)
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                seconds = _seconds(exc.retry_after)
                self.schedule.pause(seconds)
                if attempt == retries:
                    raise
                log.warning(
                    "Telegram asked to wait %.0f s (%s to %s); every send is paused", seconds, endpoint, chat_id
                )
        raise AssertionError("unreachable")


def _chat_id(value: object) -> int | None:
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return None


def _seconds(retry_after: object) -> float:
    total = getattr(retry_after, "total_seconds", None)
    return float(total()) if callable(total) else float(retry_after)  # type: ignore[arg-type]
