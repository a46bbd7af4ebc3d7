"""How many meetings a body held, the body named loosely: "how many meetings did the interior ministers
hold?", "сколько раз собирались министры внутренних дел?", "how many times did the security secretaries
meet?".

Named by its members ("the interior ministers") the body's own meeting outranks it in the search
(its name holds "meeting" too), so the question read as about that meeting: "8 states", a confident
wrong answer, or a "did you mean" between the council and its meeting. The body meant is the top
hit's, itself or the one whose meeting it is; the question is asked again with the body's name,
which the count of its meetings answers.

Cheap: one cued regex, then the first hits.
"""

from __future__ import annotations

import re
from contextvars import ContextVar
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

CUE = cued(re.compile(
    # (a meeting's sessions are its parts: "how many sessions did the … meeting have?" is no count of meetings)
    # (said of someone: "did … hold", not "were held in Moscow", where the place counts them)
    r"\bhow many (?:meetings|times)\s+(?:did|have|has|had)\b[^?]{0,60}?\b(?:hold|held|meet|met|convene[sd]?|gather(?:ed)?)\b"
    r"|\bсколько (?:раз|заседаний|встреч|совещаний)\b[^?]{0,60}?(?:провел|провёл|провели|проводил\w*|собира\w*|собрал\w*|заседал\w*|встречал\w*)"
    r"|\bskol'?ko (?:raz|zasedanij|zasedaniy|vstrech)\b[^?]{0,60}?(?:provel\w*|sobira\w*|zasedal\w*)",
    re.IGNORECASE,
))
_NAMED = 0.4
_WHOLE = 0.8  # a body named this fully is counted by the usual answers, unless asked "how many times"
_GENERIC = re.compile(r"\b(?:bodies|organs|органы|органов|органами|organy|organov)\b", re.IGNORECASE)
_TIMES = re.compile(r"\b(?:times|раз|raz)\b", re.IGNORECASE)
_ASKING: ContextVar[bool] = ContextVar("meetings_counted_asking", default=False)  # the question it asks is no new one
TOP = 3


def answer(engine: Engine, parsed: Parsed, today: date) -> Verdict | None:
    """The count of the meetings of the body the question names loosely, or None."""
    if _ASKING.get() or not CUE.search(parsed.text) or _GENERIC.search(parsed.text):
        return None  # ("сколько заседаний провели органы …": every body's, the figure of the year)
    kb = engine.kb
    if any(kb.kind(h.entity) in ("place", "state") and h.score >= _NAMED and h.name_cover >= _WHOLE for h in parsed.hits[:TOP]):
        return None  # "сколько встреч провели в Москве?": the place counts them
    body = None
    for hit in parsed.hits[:TOP]:
        if hit.score < _NAMED:
            break
        entity = kb.entities[hit.entity]
        if kb.kind(hit.entity) == "body":
            if hit.name_cover >= _WHOLE and not _TIMES.search(parsed.text):
                return None  # "сколько заседаний провёл Совет министров обороны?": the usual count (or none held)
            body = hit.entity
        elif isinstance(entity, Meeting) and entity.body:
            body = entity.body
        if body is not None:
            break
    if body is None:
        return None
    name = kb.name(body, parsed.lang)
    asked = f"сколько заседаний провёл {name}?" if parsed.lang == "ru" else f"how many meetings did the {name} hold?"
    token = _ASKING.set(True)
    try:
        verdict = engine.answer(asked, parsed.lang, today)
    finally:
        _ASKING.reset(token)
    if verdict.kind != "count" or not verdict.answered:
        return None
    verdict.question = parsed.text
    return verdict
