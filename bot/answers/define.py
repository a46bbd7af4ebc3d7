"""Abbreviations and definitions (what does X stand for, как расшифровывается), and which body deals with an everyday topic (police, border guards, floods, dirty money...)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.engine import Engine, Parsed


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    return None
