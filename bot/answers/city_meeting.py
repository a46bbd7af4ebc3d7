"""A meeting named by its city alone in a question about it: "Tell me about the St Petersburg
meeting", "расскажи о встрече в Душанбе", "rasskazhi o zasedanii v peterburge".

The city's name matches its own card better than the meeting's long official name, so the card of
the city used to answer, with the meeting only offered as "did you mean" — and the conversation went
on about the city ("who spoke for the Executive Committee?" then found the Committee's card). When
the sources record exactly one meeting in that city, that meeting is what is asked; with several
(Moscow) or none nothing changes, and the other mechanisms pick or ask back."""

from __future__ import annotations

from bot.kb.base import KnowledgeBase
from bot.search.index import Hit


def meeting_of_city(kb: KnowledgeBase, tokens: list[str], top: Hit) -> str | None:
    """The one meeting held in the city ``top`` is, when the question's ``tokens`` have a word for
    a meeting; None otherwise."""
    if kb.kind(top.entity) != "place" or "~meeting" not in tokens:
        return None
    held = kb.meetings_held_in.get(top.entity, [])
    return held[0] if len(held) == 1 else None
