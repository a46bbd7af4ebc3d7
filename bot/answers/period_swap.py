"""Another season or month asked of a list of meetings by period: "а осенью?" after "какие встречи
прошли летом 2025?", "and in autumn?", "а в августе?" after the June meetings.

The bare time word named no entry: the turn was declined, or "в августе" found the August meeting
and its participants answered. The previous list is asked again for the period the turn names, in
the previous one's year when the turn gives none.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import cued

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_PERIOD = cued(re.compile(
    r"^(?:(?:and|а|и|a|i|what about|how about|а как насчёт)\s+)?(?:(?:in|during|в|во|v)\s+)?(?:the\s+)?"
    r"(?P<period>spring|summer|autumn|fall|winter|january|february|march|april|may|june|july|august|september|october"
    r"|november|december|весн\w*|лет(?:ом|о)|осен\w*|зим\w*|январ\w*|феврал\w*|март\w*|апрел\w*|ма[ейя]|июн\w*|июл\w*"
    r"|август\w*|сентябр\w*|октябр\w*|ноябр\w*|декабр\w*)(?:\s+(?P<year>\d{4}))?\W*$",
    re.I,
))
_QUESTION = {"en": "which meetings were held in {period}?", "ru": "какие встречи прошли {period}?"}
_RU_IN = re.compile(r"^(?:январ|феврал|март|апрел|ма[ейя]|июн|июл|август|сентябр|октябр|ноябр|декабр)", re.I)


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The meetings of the period the turn names, or None when it names none or the previous answer
    listed no meetings by period."""
    if context.kind not in ("list", "count") or context.attribute != "meeting":
        return None
    period = context.filters.get("period")
    if not isinstance(period, dict):
        return None
    found = _PERIOD.search(parsed.text.strip())
    if found is None:
        return None
    words = found.group("period")
    year = found.group("year") or (str(period["years"][0]) if period.get("years") else "")
    lang = parsed.lang
    if lang == "ru" and _RU_IN.match(words) and not words.lower().startswith("в "):
        words = f"в {words}"
    asked = _QUESTION[lang].format(period=f"{words} {year}".strip())
    verdict = engine.answer(asked, lang, today)
    if not verdict.answered or verdict.attribute != "meeting":
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict
