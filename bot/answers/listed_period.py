"""Documents of the previous list picked by their periods: "какая из них рассчитана на больший срок?",
"which of them runs longer?", "kakaya iz nikh dolshe deystvuet?" keeps the one whose period ends last,
"which of them ends first?" / "какая закончится раньше?" the one whose period ends first.

After "which programmes were approved in Dushanbe?" the rest of such a turn names no entry, and the
search found the summit's card for it. The period's end year is what the sources give of every such
document ("until 2030", "for 2026–2028"); a document with no recorded end is not picked. Called by
`listed_followup.which_of_listed` with the words after "which of them"; cheap: two regexes on those
few words.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.kb.schema import Document

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

# runs longer / ends last: the period that reaches furthest
_LONGER = re.compile(
    r"\b(?:longer|longest|ends? (?:last|later)|runs? (?:longer|longest|the longest)|lasts? (?:longer|longest))\b"
    r"|\bдольш\w*|\bдлиннее\b|\bдлительн\w*|\bбольш\w* срок\w*|\bдлинн\w*|\bпозже (?:закончи|истека|заканчива)\w*"
    r"|\bdolsh\w*|\bdlinnee\b|\bbolsh\w* srok\w*"
)
# runs shorter / ends first
_SHORTER = re.compile(
    r"\b(?:shorter|shortest|ends? (?:first|earlier|sooner)|expires? (?:first|earlier|sooner))\b"
    r"|\bкороче\b|\bменьш\w* срок\w*|\bраньше (?:закончи|истека|заканчива)\w*|\bраньше всех\b"
    r"|\bkorotche\b|\bmensh\w* srok\w*"
)


def picked(kb: KnowledgeBase, listed: list[str], rest: str) -> list[str] | None:
    """The listed documents whose period ends last (or first) as ``rest`` asks; None when it asks
    neither or the list holds no two documents with a recorded end."""
    longer = _LONGER.search(rest) is not None
    if not longer and _SHORTER.search(rest) is None:
        return None
    ends = {i: entity.period_end for i in listed if isinstance(entity := kb.entities.get(i), Document) and entity.period_end}
    if len(ends) < 2:
        return None  # (a listed decision without a period is no rival: the documents with one are compared)
    wanted = max(ends.values()) if longer else min(ends.values())
    chosen = [i for i in listed if ends.get(i) == wanted]
    return chosen if len(chosen) < len(ends) else None
