"""Yes/no questions (did X attend Y, was Y held in Z, is P the R, is B one of the sectoral bodies) and look-alikes (a meeting number, city, year or title the sources do not record)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.engine import Engine, Parsed


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    return None
