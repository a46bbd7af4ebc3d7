"""Which of the documents just listed run until, end in or are in force in a year: "which of them
run until 2030?" / "а какая из них до 2030 года?" / "kakie iz nih deistvuyut v 2029?" after a list
of programmes.

The year alone, searched, finds every document whose name holds it ("the Concept until 2030" as
well), and asked of the list as a period it was a "which one?" between the two listed. The listed
entries are filtered by their periods instead: "until"/"до" and verbs of ending ask the last year,
any other year asks the years the period covers. The answer is the previous list narrowed, with the
year among its filters; an empty one says that none of them does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.kb.schema import Document, PartialDate

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# "which of them", "какая из них", "kakie iz nih" opening a turn (shared with :mod:`which_of_topic`)
WHICH_OF_LISTED = (
    r"^(?:(?:and|so|а|и|a|i)\s+)?(?:(?:which|what)\s+(?:one|ones|of\s+them|of\s+these|of\s+those)"
    r"|(?:какая|какой|какое|какие|которая|который|которые)\s+из\s+(?:них|этих|тех)"
    r"|(?:kakaya|kakoy|kakoj|kakoe|kakie|kotoraya|kotoryj|kotorye)\s+iz\s+(?:nih|nikh|etih|teh))"
)
CUE = cued(re.compile(WHICH_OF_LISTED + r"\b", re.I))
_ENDS = re.compile(r"\b(?:end\w*|expir\w*|finish\w*|заканчива\w*|законч\w*|истека\w*|истеч\w*|истёк\w*)", re.I)


def answer(engine: Engine, parsed: Parsed, context: Verdict | None) -> Verdict | None:
    """The previous list of documents narrowed by the year asked, or None when the question is not
    "which of them" with a year, or the previous answer listed no documents with periods."""
    if context is None or context.kind not in ("list", "count") or CUE.search(parsed.text) is None:
        return None
    until = parsed.intent.until
    years = set(parsed.intent.years)
    if until is None and not years:
        return None
    listed = [engine.kb.get(i) for i in context.items]
    if not all(isinstance(d, Document) for d in listed):
        return None
    # a document without a period (a joint statement) is not said to run in any year
    documents = [d for d in listed if isinstance(d, Document) and (d.period_start or d.period_end)]
    if len(documents) < 2:
        return None
    ends = until is not None or _ENDS.search(parsed.text) is not None
    asked = {until} if until is not None else years
    fitting = [
        d.id
        for d in documents
        if (d.period_end in asked if ends else any(_covers(d, year) for year in asked))
    ]
    filters = {key: value for key, value in context.filters.items() if key not in ("until", "period")}
    filters["until" if ends else "period"] = (
        min(asked) if ends else {"label": "in_force", "years": sorted(asked)}
    )
    return replace(context, question=parsed.text, lang=parsed.lang, kind="list", items=fitting, filters=filters)


def _covers(document: Document, year: int) -> bool:
    # "until 2030" names no first year: it runs from its adoption
    adopted = PartialDate.parse(document.date).year if document.date else None
    start = document.period_start or adopted or document.period_end
    end = document.period_end or document.period_start
    return start is not None and end is not None and start <= year <= end
