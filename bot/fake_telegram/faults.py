"""Fault injection: make chosen requests time out, fail with 5xx, or be flood-limited.

``fake.inject("sendMessage", Fault.timeout(), times=2)`` fails the next two sendMessage calls;
``fake.inject(None, Fault.flood(5), times=10)`` answers the next ten requests of any method with
429 ``retry_after: 5`` (a 429 storm); ``fake.inject("getUpdates", Fault.bad_gateway(), probability=0.2)``
fails each getUpdates with probability 0.2, drawn from the fake's seeded RNG (``times=None`` = no cap).

A timeout is raised from :meth:`FakeTelegram.handle` as :class:`SimulatedTimeout`; the in-process
transport turns it into ``httpx.ReadTimeout`` (PTB: ``TimedOut``), the loopback server holds the
connection without answering until the client gives up. ``Fault.timeout(applied=True)`` processes the
request first (the message *is* sent) and then times out — the case that produces duplicates.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from bot.fake_telegram.errors import ApiError, too_many_requests


@dataclass(frozen=True)
class Fault:
    """What goes wrong: ``kind`` is "timeout", "error" (any status/description) or "flood" (429)."""

    kind: str
    status: int = 0
    description: str = ""
    parameters: dict[str, Any] | None = None
    applied: bool = False  # timeout only: the request took effect before the reply was lost
    delay: float | None = None  # timeout only: seconds the front door waits before failing

    @classmethod
    def timeout(cls, *, applied: bool = False, delay: float | None = None) -> Fault:
        return cls("timeout", applied=applied, delay=delay)

    @classmethod
    def bad_gateway(cls) -> Fault:
        return cls("error", 502, "Bad Gateway")

    @classmethod
    def server_error(cls, status: int = 500, description: str = "Internal Server Error") -> Fault:
        return cls("error", status, description)

    @classmethod
    def flood(cls, retry_after: int) -> Fault:
        return cls("flood", 429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})

    @classmethod
    def error(cls, status: int, description: str, parameters: dict[str, Any] | None = None) -> Fault:
        """Any Telegram error reply, e.g. ``Fault.error(403, "Forbidden: bot was blocked by the user")``."""
        return cls("error", status, description, parameters)

    def api_error(self) -> ApiError:
        if self.kind == "flood":
            assert self.parameters is not None
            return too_many_requests(int(self.parameters["retry_after"]))
        return ApiError(self.status, self.description, self.parameters)


class SimulatedTimeout(Exception):
    """Raised by the core when a timeout fault fires; front doors translate it for their transport."""

    def __init__(self, fault: Fault, method: str) -> None:
        super().__init__(f"simulated timeout in {method}")
        self.fault = fault
        self.method = method


@dataclass
class Injection:
    """One armed fault; ``remaining`` None means unlimited."""

    method: str | None
    fault: Fault
    remaining: int | None
    probability: float | None
    fired: int = 0

    def matches(self, method: str) -> bool:
        return (self.method is None or self.method.lower() == method.lower()) and self.remaining != 0


class FaultInjector:
    """The armed faults, consulted once per request in the order they were added."""

    def __init__(self, seed: int | None = 0) -> None:
        self.rng = random.Random(seed)
        self.injections: list[Injection] = []

    def add(
        self, method: str | None, fault: Fault, times: int | None = 1, probability: float | None = None
    ) -> Injection:
        injection = Injection(method, fault, times, probability)
        self.injections.append(injection)
        return injection

    def clear(self) -> None:
        self.injections.clear()

    def draw(self, method: str) -> Fault | None:
        """The fault for this request, if any (consumes one use of it)."""
        for injection in self.injections:
            if not injection.matches(method):
                continue
            if injection.probability is not None and self.rng.random() >= injection.probability:
                continue
            if injection.remaining is not None:
                injection.remaining -= 1
            injection.fired += 1
            return injection.fault
        return None
