"""Follow-ups: a question that leaves out its subject takes it from the previous verdict in the same conversation."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.engine import Engine, Parsed


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    return None
