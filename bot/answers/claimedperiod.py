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
