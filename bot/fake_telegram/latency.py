"""Network latency for the HTTP front doors: a fixed delay, random jitter, and slow tails.

``fake.set_latency(Latency(fixed=0.15, jitter=0.05, slow=((0.05, 6.0),)))`` makes every reply take
150–200 ms, except 5 % of them which take 6 s. As on Telegram, the request takes effect when it
arrives and only the reply is late: a client that gives up waiting (its read timeout) has still sent
the message. The in-process transport honours the client's read timeout itself (``httpx.ReadTimeout``
after that many seconds); the loopback server simply answers late, and the client times out on its
own. Delays are drawn from the fake's seeded RNG for latency (separate from the faults' RNG).

Command line / environment of ``python -m bot.fake_telegram``: ``--latency 0.15`` (``BOTAPI_LATENCY``),
``--latency-jitter 0.05`` (``BOTAPI_LATENCY_JITTER``), ``--slow 0.05:6`` repeatable
(``BOTAPI_SLOW="0.05:6,0.01:40"``), ``--latency-methods sendMessage`` (``BOTAPI_LATENCY_METHODS``,
comma-separated; default every method). Over HTTP: ``POST /_test/call`` with
``{"name": "set_latency", "args": {"fixed": 0.15, "slow": [[0.05, 6]], "methods": ["sendMessage"]}}``.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Latency:
    """How late replies are. ``slow`` lists ``(share, seconds)``: that share of replies takes that many
    seconds instead of ``fixed`` + uniform(0, ``jitter``). ``methods`` (None = all) are the Bot API
    methods delayed, matched case-insensitively."""

    fixed: float = 0.0
    jitter: float = 0.0
    slow: tuple[tuple[float, float], ...] = ()
    methods: frozenset[str] | None = None

    def __post_init__(self) -> None:
        if self.fixed < 0 or self.jitter < 0:
            raise ValueError("latency and jitter must not be negative")
        if any(share < 0 or seconds < 0 for share, seconds in self.slow) or sum(s for s, _ in self.slow) > 1:
            raise ValueError("slow tails need shares >= 0 adding up to at most 1, and seconds >= 0")
        if self.methods is not None:
            object.__setattr__(self, "methods", frozenset(m.lower() for m in self.methods))

    @classmethod
    def from_json(cls, spec: Mapping[str, Any]) -> Latency:
        """From ``{"fixed": 0.15, "jitter": 0.05, "slow": [[0.05, 6]], "methods": ["sendMessage"]}``."""
        methods = spec.get("methods")
        return cls(
            fixed=float(spec.get("fixed", 0.0)),
            jitter=float(spec.get("jitter", 0.0)),
            slow=tuple((float(share), float(seconds)) for share, seconds in spec.get("slow") or ()),
            methods=frozenset(str(m) for m in methods) if methods else None,
        )

    @property
    def active(self) -> bool:
        return bool(self.fixed or self.jitter or any(share and seconds for share, seconds in self.slow))

    def applies_to(self, method: str) -> bool:
        return self.methods is None or method.lower() in self.methods

    def draw(self, method: str, rng: random.Random) -> float:
        """Seconds the reply to one ``method`` call is held back."""
        if not self.applies_to(method):
            return 0.0
        roll = rng.random()
        for share, seconds in self.slow:
            if roll < share:
                return seconds
            roll -= share
        return self.fixed + (rng.uniform(0.0, self.jitter) if self.jitter else 0.0)


def parse_tails(specs: Iterable[str]) -> tuple[tuple[float, float], ...]:
    """``["0.05:6", "0.01:40"]`` (or one comma-separated string each) → ``((0.05, 6.0), (0.01, 40.0))``."""
    tails = []
    for spec in specs:
        for item in spec.split(","):
            if not item.strip():
                continue
            share, sep, seconds = item.partition(":")
            if not sep:
                raise ValueError(f"a slow tail is SHARE:SECONDS, e.g. 0.05:6 (got {item!r})")
            tails.append((float(share), float(seconds)))
    return tuple(tails)
