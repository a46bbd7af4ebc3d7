"""The last check of a "yes": a value the question claims (a period, a month) is held against the
entry the answer is about, chosen without that value.

A claimed value must never raise the score of the entry it is checked against. "пограничная
программа до 2028 года принята?": the year 2028 is in the name of the counter-terrorism programme
(2026–2028), so with it the search found that programme (or the summit's summary naming both) and
the bot said "Да" — the border programme runs until 2030. Here the question is searched again
without its years; when its words alone clearly name one document with a period, the claimed period
is checked against that document's, and a different one is a "No" with the recorded period.

A "yes" whose own grounds give another month ("Was the exercise discussed at the third session planned
for September 2025?" — "Yes … planned for October 2025") is no yes either: when the question names
months and none of them is a month of the answer's entries, of its statements or of their sources,
while these do name a month, the answer is turned into a "No" on the grounds it already shows.

Cheap: only a verdict with yes=True, and a question with a year range, "until <year>" or a month name.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from bot.answers.claimedperiod import _RANGE
from bot.answers.cues import cued
from bot.answers.question_form import months_named
from bot.answers.thresholds import GUESS_AT
from bot.answers.verdict import Verdict
from bot.kb.base import KnowledgeBase
from bot.kb.schema import Document, PartialDate

if TYPE_CHECKING:
    from bot.answers.engine import Engine

# A year with what claims it of a document: "until 2028", "на 2026–2028 годы", "do 2028 goda".
_CLAIMED_YEARS = re.compile(
    r"(?:\b(?:until|till|up\s+to|to|through|for|by|до|на|по|do|na|po)\s+)?"
    r"\b(?:19|20)\d\d(?:\s*(?:[–—-]|\s(?:to|по|до|po|do)\s)\s*(?:19|20)?\d\d)?"
    r"(?:\s*(?:годы|годов|года|год|гг?\.?|gody|godov|goda|god|years?)\b)?",
    re.I,
)
# A second document named beside the one asked ("together with the programme for 2026–2028"):
# the years may then be the other's, and the question is left as answered.
_DOCUMENT_WORD = cued(re.compile(r"\b(?:programm?e?s?|programm\w*|concept\w*|koncepc\w*|kontsepts\w*)|программ\w*|концепц\w*", re.I))
# A document named this much better by its words than the next document with a period is the one meant.
_MARGIN = 0.1


def guard(engine: Engine, question: str, verdict: Verdict) -> Verdict:
    """The verdict, or a "No" when a "yes" contradicts the period or month the question claims."""
    if verdict.yes is not True or not verdict.answered or verdict.also:
        return verdict
    has_year = "19" in question or "20" in question
    if has_year:
        checked = _period_claim(engine, question, verdict)
        if checked is not None:
            return checked
    return _month_claim(engine.kb, question, verdict)


def _claimed_period(engine: Engine, question: str) -> tuple[int | None, int] | None:
    """(start, end) the question claims of a document: a range, or "until <year>" (start None)."""
    found = _RANGE.search(question)
    if found is not None:
        start, end = int(found.group(1)), int(found.group(2))
        return (start, end) if start < end else None
    until = engine.parse(question).intent.until
    return (None, until) if until else None


def _period_claim(engine: Engine, question: str, verdict: Verdict) -> Verdict | None:
    claimed = _claimed_period(engine, question)
    if claimed is None or len(_DOCUMENT_WORD.findall(question)) > 1:
        return None
    yearless = _CLAIMED_YEARS.sub(" ", question)
    kb = engine.kb
    ranked = [
        (hit, document)
        for hit in engine.parse(yearless).hits[:8]
        if isinstance(document := kb.entities.get(hit.entity), Document) and document.period_end is not None
    ]
    if not ranked or ranked[0][0].score < GUESS_AT:
        return None
    if len(ranked) > 1 and ranked[1][0].score > ranked[0][0].score - _MARGIN:
        return None  # the words alone do not choose: the years may be what names it
    document = ranked[0][1]
    start, end = claimed
    if end == document.period_end and start in (None, document.period_start):
        return None
    value: dict[str, Any] = {"document": document.id, "asked": end, "start": document.period_start, "end": document.period_end}
    return Verdict(
        verdict.question,
        verdict.lang,
        "yes_no",
        True,
        focus=[document.id],
        value=value,
        yes=False,
        grounds="period",
        sources=list(document.sources),
        matches=verdict.matches,
        intent="yes_no",
        context=verdict.context,
    )


def _month_of(date_text: str | None) -> int | None:
    if not date_text:
        return None
    return PartialDate.parse(date_text).month


def _month_claim(kb: KnowledgeBase, question: str, verdict: Verdict) -> Verdict:
    asked = months_named(question)
    if not asked:
        return verdict
    grounds: set[int] = set()
    for entity_id in verdict.focus:
        entity = kb.entities.get(entity_id)
        for field in ("date", "end_date"):
            month = _month_of(getattr(entity, field, None))
            if month:
                grounds.add(month)
    for statement in verdict.statements:
        grounds |= months_named(statement.en) | months_named(statement.ru)
    if not grounds:
        return verdict  # nothing dated to hold the claim against
    for source_id in {*verdict.sources, *(s.source for s in verdict.statements if s.source)}:
        source = kb.source(source_id)
        month = _month_of(source.date if source is not None else None)
        if month:
            grounds.add(month)
    if asked & grounds:
        return verdict
    verdict.yes, verdict.grounds = False, "contradicted"
    return verdict
