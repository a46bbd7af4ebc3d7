"""Lists with several conditions and set operations (attended both, one but not the other; by month, season, half-year) and relative time (most recent, last year, how long ago, next, this year)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.engine import Engine, Parsed


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    return None
