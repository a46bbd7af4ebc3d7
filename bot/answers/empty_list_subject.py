"""The subject of an empty list stays the subject of the next turn.

"What is the anti-corruption council?", "its meetings?" is answered "the sources record no
meetings" — a list with no entries, filtered by that council. Its verdict has no focus and no
items, so "when did it last meet?" / "когда он последний раз заседал?" a turn later pointed at
nothing and was answered as a question standing alone (the latest meeting of any body: a confident
wrong answer), and "а совет министров внутренних дел?" found nothing to put the other council in
place of. Here such a list is read, for the follow-up, as being about the one entity it was
filtered by.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

_SUBJECT_FILTERS = ("body", "person", "organisation", "document")


def context_of(kb: KnowledgeBase, context: Verdict) -> Verdict:
    """``context`` with the one entity its empty list was filtered by as its focus."""
    if context.kind != "list" or context.items or context.focus:
        return context
    found = [
        i
        for key in _SUBJECT_FILTERS
        if isinstance(values := context.filters.get(key), list)
        for i in values
        if isinstance(i, str) and i in kb.entities
    ]
    if len(found) != 1:
        return context
    return replace(context, focus=[found[0]])
