"""Per-user flood control: a token bucket per user, with an injectable clock.

A person typing fast is never throttled (the bucket holds a burst); a client sending dozens
of messages a second is, without slowing anyone else down.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class _Bucket:
    tokens: float
    updated: float
    warned: bool = False


@dataclass
class UserThrottle:
    burst: int = 8
    per_second: float = 1.0
    clock: Callable[[], float] = time.monotonic
    max_users: int = 100_000
    _buckets: dict[int, _Bucket] = field(default_factory=dict)

    def check(self, user_id: int) -> str:
        """``"ok"``, ``"warn"`` (first refusal: tell the user once) or ``"drop"`` (stay silent)."""
        now = self.clock()
        bucket = self._buckets.get(user_id)
        if bucket is None:
            if len(self._buckets) >= self.max_users:
                self._forget_idle(now)
            bucket = self._buckets[user_id] = _Bucket(float(self.burst), now)
        bucket.tokens = min(float(self.burst), bucket.tokens + (now - bucket.updated) * self.per_second)
        bucket.updated = now
        if bucket.tokens >= 1.0:
            bucket.tokens -= 1.0
            bucket.warned = False
            return "ok"
        if bucket.warned:
            return "drop"
        bucket.warned = True
        return "warn"

    def _forget_idle(self, now: float) -> None:
        full_after = self.burst / self.per_second
        for user_id in [u for u, b in self._buckets.items() if now - b.updated > full_after]:
            del self._buckets[user_id]
