""""who reported that?" / "источник?" / "откуда инфа?" after a list of entries from several sources:
who put out each entry's news.

Read against the list's first entry (or none), such a turn gave one source for a list of three meetings
from three sources, or the annual report's card. The answer keeps the list and names, for each entry,
the publishers of its sources (a web article's note says it had the news from TASS and the SVR press
office; the publisher record keeps that).

Cheap: a word test, then one regex on a turn of up to seven words; no engine question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

MAX_WORDS = 7
MAX_ITEMS = 6
_WORDS = ("report", "told", "tell", "wrote", "write", "source", "where", "сообщ", "рассказ", "написал", "источник",
          "откуда", "soobshch", "rasskaz", "napisal", "istochnik", "otkuda", "announc", "объявил", "озвучил")
CUE = re.compile(
    r"^(?:(?:and|so|ok|а|и|a|i|ну|nu|спасибо|thanks)\s+)?"
    r"(?:(?:who|кто|kto)\s+(?:(?:об\s+этом|это|ob\s+etom|eto)\s+)?(?:first\s+)?"
    r"(?:reported|told|wrote|announced|said|сообщил\w*|рассказал\w*|написал\w*|объявил\w*|озвучил\w*|soobshchil\w*|rasskazal\w*|napisal\w*)"
    r"(?:\s+(?:that|this|it|them|those|об\s+этом|это|о\s+них|ob\s+etom|eto|about\s+(?:it|that|them)))?"
    r"|(?:what(?:'s|\s+is|\s+are)\s+(?:the\s+|your\s+)?)?sources?(?:\s+for\s+(?:that|this|it|them))?"
    r"|(?:а\s+)?(?:какой\s+|какие\s+)?(?:источник|источники|istochnik|istochniki)"
    r"|(?:откуда|otkuda)\s+(?:инфа|информация|это|данные|сведения|info|infa|informaciya|eto|dannye)"
    r"|where\s+(?:is|does)\s+(?:that|this|it)\s+(?:from|come\s+from)|where\s+did\s+you\s+get\s+(?:that|this|it))$"
)


def answer(engine: Engine, short: str, context: Verdict, question: str) -> Verdict | None:
    """The previous list's entries, each with the publishers of its sources, or None."""
    words = short.split()
    if not words or len(words) > MAX_WORDS or not any(word in short for word in _WORDS):
        return None
    if context.kind == "fact" and context.focus and len(context.sources) >= 2 and _WHO_TOLD.match(short):
        return _fact_reporters(engine, context, question)
    if context.kind not in ("list", "count") or context.focus or not 2 <= len(context.items) <= MAX_ITEMS:
        return None  # one subject's sources are the usual source answer's
    if CUE.match(short) is None:
        return None
    kb = engine.kb
    entries = [kb.entities[item] for item in context.items if item in kb.entities]
    sources = list(dict.fromkeys(source for entry in entries for source in entry.sources))
    if len(entries) != len(context.items) or len(sources) < 2:
        return None
    filters = {"follow_up": context.question, "asserts_nothing": True}
    return replace(
        context, question=question, kind="list", attribute="reported_by", yes=None, grounds=None, intent="list_sources",
        filters=filters, sources=sources, statements=[], caveats=[], also=[], context=None,
    )


# "who reported that?" / "кто об этом сообщил?" (not "source?", which the usual source answer gives)
_WHO_TOLD = re.compile(
    r"^(?:(?:and|so|ok|а|и|a|i|ну|nu)\s+)?(?:who|кто|kto)\s+(?:(?:об\s+этом|это|ob\s+etom|eto)\s+)?(?:first\s+)?"
    r"(?:reported|wrote|сообщил\w*|написал\w*|soobshchil\w*|napisal\w*)"
    r"(?:\s+(?:that|this|it|об\s+этом|это|ob\s+etom|eto|about\s+(?:it|that)))?$"
)


def _fact_reporters(engine: Engine, context: Verdict, question: str) -> Verdict | None:
    """ "кто об этом сообщил?" after a fact told by several sources ("until 2030": the Executive
    Committee and BelTA): the publishers of the sources shown under it, not one record's dating note."""
    subject = context.focus[0]
    if subject not in engine.kb.entities:
        return None
    filters = {"follow_up": context.question, "asserts_nothing": True, "item_sources": {subject: list(context.sources)}}
    return replace(
        context, question=question, kind="list", attribute="reported_by", yes=None, grounds=None, intent="list_sources",
        items=[subject], focus=[], filters=filters, statements=[], caveats=[], also=[], context=None,
    )
