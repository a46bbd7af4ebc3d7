"""Entries of the previous list picked by their dates: "which of them had a date?" / "у каких из них
известна дата?" / "kakie iz nih imeyut datu?" keeps the dated ones, "какие из них в 2025 году?" /
"which of those were held in 2025?" the ones of that year (an entry whose date the sources do not
give is not counted in any year).

The rest of such a turn names no entry, so the search found "the Year of Peace" or "20 meetings in
2025" for it, or nothing. Called by `listed_followup.which_of_listed` with the words after "which of
them"; cheap: a regex on those few words and the knowledge base's date keys.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

_YEAR = re.compile(r"\b(20\d\d)\b")
# "had a date", "are dated", "with a known date", "известна дата", "с датой", "imeyut datu"
_DATED = re.compile(
    r"\b(?:dated|date|dates|known when|when is known)\b|\bдат(?:а|у|ой|ы|ированы?)\b|\bdat(?:a|u|oy|y|irovany?)\b"
)


def picked(kb: KnowledgeBase, listed: list[str], rest: str) -> list[str] | None:
    """The listed entries of the year ``rest`` names, or the dated ones; None when it asks neither
    (or every entry or none would be kept: nothing is picked out)."""
    years = {int(y) for y in _YEAR.findall(rest)}
    if len(years) == 1:
        year = years.pop()
        chosen = [i for i in listed if i in kb.date_key and kb.date_key[i][0] == year]
    elif not years and _DATED.search(rest):
        chosen = [i for i in listed if i in kb.date_key]
    else:
        return None
    return chosen if 0 < len(chosen) < len(listed) else None
