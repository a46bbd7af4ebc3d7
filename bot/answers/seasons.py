"""A season asked ("В какое время года собирался СМВД — летом или осенью?", "was the summit in
summer or autumn?"): the sources give dates, so the question is asked as "when", whose date
(its month) answers which season.

Cheap: one precompiled pattern, whose literal first words gate it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_SEASON_WORDS = r"(?:summer|autumn|fall|winter|spring|лет(?:ом|о)|осень?ю?|зим(?:ой|а)|весн(?:ой|а)|letom|osenyu|zimoy|vesnoy)"
# The asking words ("в какое время года", "which season", "in what season") and the offered
# choice ("летом или осенью", "in summer or in autumn"): both go, "когда" / "when" takes their place.
_SEASON_ASKED = re.compile(
    r"(?:\b(?:в|во)\s+)?(?:как(?:ое|ой)|kakoe|kakoy)\s+(?:врем\w*\s+год\w*|сезон\w*|vremya\s+goda|sezon\w*)"
    r"|\b(?:in\s+)?(?:which|what)\s+(?:season|time of (?:the )?year)"
)
_SEASON_CHOICE = re.compile(
    rf"[\s,–—-]*\b(?:in\s+(?:the\s+)?)?{_SEASON_WORDS}\s+(?:или|or|ili)\s+(?:in\s+(?:the\s+)?)?{_SEASON_WORDS}\b"
)
SEASON_CUE = literal_cue([_SEASON_ASKED, _SEASON_CHOICE])


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
    """The "when" verdict of the question with its season words taken out; None when it asks none."""
    lowered = parsed.text.lower()
    asked = _SEASON_ASKED.search(lowered)
    choice = _SEASON_CHOICE.search(lowered)
    if asked is None and choice is None:
        return None
    when = "когда" if parsed.lang == "ru" else "when"
    # Replaced from the end, so the earlier span's offsets still hold: the asking words by "when",
    # the offered choice by nothing.
    replacements = [(choice.span(), "")] if choice is not None else []
    if asked is not None:
        replacements.append((asked.span(), when))
    text = parsed.text
    for (start, end), words in sorted(replacements, reverse=True):
        text = f"{text[:start]} {words} {text[end:]}"
    if asked is None:
        text = f"{when} {text}"
    question = " ".join(text.split()).replace(" ?", "?")
    verdict = engine.answer(question, parsed.lang, today)
    if not verdict.answered or verdict.kind in ("clarify", "decline"):
        return None
    verdict.question = base.question
    return verdict
