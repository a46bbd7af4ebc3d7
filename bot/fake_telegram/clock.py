"""A hand-driven clock for tests: ``clock = ManualClock(); FakeTelegram(clock=clock); clock.advance(1.5)``.

The fake Telegram reads time only through the callable it was given, so rate limits, callback-query
expiry and message dates move exactly as far as a test advances this clock, and never on their own.
"""

from __future__ import annotations


class ManualClock:
    """A monotonic clock (seconds, float) that only moves when :meth:`advance` or :meth:`set` is called."""

    def __init__(self, start: float = 0.0) -> None:
        self.now = float(start)

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        """Move the clock forward by ``seconds`` (must be >= 0) and return the new time."""
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self.now += seconds
        return self.now

    def set(self, now: float) -> None:
        """Jump to an absolute time not earlier than the current one."""
        if now < self.now:
            raise ValueError("a monotonic clock cannot go backwards")
        self.now = float(now)
