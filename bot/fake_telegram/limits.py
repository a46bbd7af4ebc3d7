"""Telegram's size limits and flood control, read from an injected clock.

Flood control counts only successful *sends* — ``Limits.counted_methods``, by default ``sendMessage``
and ``sendDocument`` (edits, deletions, chat actions and callback answers are not counted). Three rules,
each configurable:

* overall: at most ``global_per_second`` sends in any 1-second window, across all chats;
* private chats: a token bucket per chat, ``private_burst`` sends at once, refilled at
  ``private_per_second`` (Telegram: "about one message per second, short bursts tolerated");
* groups, supergroups and channels: at most ``group_per_minute`` sends in any 60-second window per chat.

A refused send gets 429 with ``retry_after`` = whole seconds until it would pass (at least 1) and does
not consume any budget.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Limits:
    """Telegram-like defaults; pass a modified copy (``dataclasses.replace``) to tighten or relax them."""

    rate_limits: bool = True
    global_per_second: int = 30
    private_burst: int = 3
    private_per_second: float = 1.0
    group_per_minute: int = 20
    counted_methods: frozenset[str] = field(default_factory=lambda: frozenset({"sendMessage", "sendDocument"}))
    max_text_length: int = 4096
    max_caption_length: int = 1024
    text_length_unit: str = "utf16"  # "utf16" (stricter) or "codepoints"
    callback_data_max_bytes: int = 64
    inline_results_max: int = 50
    inline_result_id_max_bytes: int = 64
    callback_query_ttl: float | None = 15.0  # seconds to answer a callback query; None = forever
    inline_query_ttl: float | None = 15.0
    max_upload_bytes: int = 50 * 1024 * 1024
    max_download_bytes: int = 20 * 1024 * 1024
    max_commands: int = 100


@dataclass(frozen=True)
class Throttle:
    """One 429 the fake issued."""

    time: float
    method: str
    chat_id: int | None
    scope: str  # "global", "private", "group" or "injected"
    retry_after: int


def _seconds(wait: float) -> int:
    return max(1, math.ceil(wait - 1e-9))


class RateLimiter:
    """Decides whether a send to a chat may go now; remembers the sends it let through."""

    def __init__(self, limits: Limits, clock: Callable[[], float]) -> None:
        self.limits = limits
        self.clock = clock
        self._global: deque[float] = deque()
        self._groups: dict[int, deque[float]] = {}
        self._buckets: dict[int, tuple[float, float]] = {}  # chat_id -> (tokens, at)

    def acquire(self, chat_id: int, chat_type: str) -> tuple[int, str] | None:
        """Record a send and return None, or return (retry_after, scope) without recording anything."""
        limits = self.limits
        now = self.clock()
        waits: list[tuple[float, str]] = []

        window = self._global
        while window and window[0] <= now - 1.0:
            window.popleft()
        if len(window) >= limits.global_per_second:
            waits.append((window[len(window) - limits.global_per_second] + 1.0 - now, "global"))

        tokens = 0.0
        if chat_type == "private":
            tokens, at = self._buckets.get(chat_id, (float(limits.private_burst), now))
            tokens = min(float(limits.private_burst), tokens + (now - at) * limits.private_per_second)
            if tokens < 1.0:
                waits.append(((1.0 - tokens) / limits.private_per_second, "private"))
        else:
            group = self._groups.setdefault(chat_id, deque())
            while group and group[0] <= now - 60.0:
                group.popleft()
            if len(group) >= limits.group_per_minute:
                waits.append((group[len(group) - limits.group_per_minute] + 60.0 - now, "group"))

        if waits:
            wait, scope = max(waits)
            return _seconds(wait), scope
        window.append(now)
        if chat_type == "private":
            self._buckets[chat_id] = (tokens - 1.0, now)
        else:
            self._groups[chat_id].append(now)
        return None
