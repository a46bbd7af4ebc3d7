"""A yes/no claim whose period is another document's: "программа укрепления границ до 2028 года?".

The yes/no check confirms a claim when one statement holds all its words, and the Dushanbe summary
names both programmes in one clause ("… on terrorism for 2026–2028 and in strengthening border
security … until 2030"): the year of the one was read as the other's, and the bot said "Да". When
the claim's subject is one document with a recorded end year and the question asks another end year
(or period), it is no yes: the document's own period is recorded, and that is said.
"""

from __future__ import annotations

import re
from typing import Any

from bot.kb.base import KnowledgeBase
from bot.kb.schema import Document

_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[–—-]|\s(?:to|по|до|po|do)\s)\s*((?:19|20)\d\d)\b")


def other_period(kb: KnowledgeBase, focus: list[str], text: str, until: int | None) -> dict[str, Any] | None:
    """The "asked"/"recorded" years when the one document in ``focus`` has another period than the
    one ``text`` asks (a range, or ``until`` a year); None when it has that period or none."""
    found = _RANGE.search(text)
    if (found is None and until is None) or len(focus) != 1:
        return None
    document = kb.entities.get(focus[0])
    if not isinstance(document, Document) or document.period_end is None:
        return None
    if found is not None:
        start, end = int(found.group(1)), int(found.group(2))
        if end == document.period_end and document.period_start in (None, start):
            return None
        recorded: int | str = document.period_end
        if document.period_start:
            recorded = f"{document.period_start}–{document.period_end}"
        return {"what": "year", "asked": f"{start}–{end}", "recorded": recorded}
    if until == document.period_end:
        return None
    return {"what": "year", "asked": until, "recorded": document.period_end}


def period_of_other(
    kb: KnowledgeBase, hits: list[Any], tokens: list[str], focus: list[str], text: str, until: int | None
) -> tuple[str, dict[str, Any]] | None:
    """ "programma po granicam do 2028?": the claim's year names one document (the counter-terrorism
    programme for 2026–2028) and its other words another (the border programme, until 2030). The
    document the words name, with its own period, when the one in ``focus`` explains the year but
    not those words; None otherwise."""
    if not focus or (until is None and _RANGE.search(text) is None):
        return None
    focus_hit = next((hit for hit in hits[:5] if hit.entity == focus[0]), None)
    if focus_hit is None or not isinstance(kb.entities.get(focus[0]), Document):
        return None
    years = {i for i, token in enumerate(tokens) if token[:1] == "#" and token[1:].isdigit() and len(token) == 5}
    # The words besides the year that the focus does not explain at all ("по границам", "по терроризму").
    words = {
        i for i, token in enumerate(tokens) if i not in years and token[:1] != "#" and focus_hit.explained.get(i, 0.0) < 0.7
    }
    if not years or not words:
        return None
    for hit in hits[:5]:
        if hit.entity == focus[0] or not isinstance(kb.entities.get(hit.entity), Document):
            continue
        if all(hit.explained.get(i, 0.0) >= 0.7 for i in words) and not years & set(hit.name_tokens):
            period = other_period(kb, [hit.entity], text, until)
            return (hit.entity, period) if period is not None else None
    return None


def ranged_document(
    kb: KnowledgeBase, hits: list[Any], tokens: list[str], text: str, filler: frozenset[str] | set[str] = frozenset()
) -> tuple[str, dict[str, Any]] | None:
    """ "программу по терроризму приняли на 2025-2027?" read as no yes/no: the summit's summary
    (which names "October 2025" and the programme) answered, and the wrong period went unsaid. When
    the question asks a period (a range) that no document has, and one document among the first
    hits holds every other word of the question, with its own period: that document and the
    "asked"/"recorded" years; None otherwise."""
    if "20" not in text and "19" not in text:
        return None
    found = _RANGE.search(text)
    if found is None:
        return None
    start, end = int(found.group(1)), int(found.group(2))
    if start >= end:
        return None
    years = {i for i, token in enumerate(tokens) if token[:1] == "#"}
    # The frame of an assertion ("правда", "рассчитана", "true") is no word of the claim.
    words = [i for i in range(len(tokens)) if i not in years and tokens[i] not in filler]
    for hit in hits[:3]:
        document = kb.entities.get(hit.entity)
        if not isinstance(document, Document) or document.period_end is None:
            continue
        # The document's own name holds a word asked besides the years, and it explains all of them
        # but one (the verb: "adopted", "odobrili"); no document has the period asked, so no other
        # one is meant.
        named = set(hit.name_tokens) & set(words)
        held = named | {i for i in words if hit.explained.get(i, 0.0) >= 0.7}
        if named and len(held) >= max(1, len(words) - 1):
            if any(
                isinstance(one, Document) and one.period_end == end and one.period_start in (None, start)
                for one in kb.of_kind("document")
            ):
                return None  # a document has the period asked: it may be the one meant
            period = other_period(kb, [hit.entity], text, None)
            return (hit.entity, period) if period is not None else None
    return None
