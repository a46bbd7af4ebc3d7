"""A document named in part or by its kind word alone ("the Concept", "the joint statement",
"пограничную программу", "the SCO's observer status") and claimed adopted in a city: whether the
meeting that adopted it was held there ("Was the Concept approved in Minsk?" is "No — in Dushanbe").

The usual yes/no rules take a document as asked about only when the question names it nearly in full
(:func:`bot.answers.lookalike._named_documents`); short of that, the city was the one entry named, and
the answer was the document's card with "the sources do not say so directly", or worse, a "yes" for
the words the Dushanbe record shares with the question. Here the document the other words find is
taken when it is recorded as adopted at a meeting, and no rival document found as well was adopted
elsewhere (or not at all: "the treaty" may be one only planned, which says nothing of a city).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.adopted import ADOPTED, _adopted_in, meeting_words, unexplained_words
from bot.answers.claimedperiod import other_period
from bot.answers.mentions import MENTION_COVER, MENTION_SCORE
from bot.answers.verdict import Verdict
from bot.kb.schema import Document

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# A document found by its kind word alone scores low ("Концепцию" 0.28 beside a city named in full).
FOUND_SCORE = 0.2
# A rival document this close to the first is as likely meant.
RIVAL_SHARE = 0.8
PLACE_COVER = 0.9


# The adoption only describes the document whose name or title is asked: "Полное название
# программы, утверждённой в Душанбе?" (a long participle), "the title of the concept approved in …".
_DESCRIBED = re.compile(
    r"\b(?:утвержд[её]нн|принят|одобренн|подписанн|utverzhdenn|prinyat|odobrenn)(?:ой|ая|ую|ого|ых|ые|ый|oy|aya|uyu|ogo|yh|ye|yy)\b"
    r"|\b(?:title|name|called|название\w*|называ\w*|nazvani\w*|nazyva\w*)\b",
    re.I,
)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The yes/no on a document claimed adopted in a city, or None when the question is not one."""
    if not ADOPTED.search(parsed.text) or _DESCRIBED.search(parsed.text):
        return None
    kb = engine.kb
    hits = parsed.hits[:8]
    places = [h for h in hits if kb.kind(h.entity) == "place" and h.score >= MENTION_SCORE and h.name_cover >= PLACE_COVER]
    if len(places) != 1:
        return None
    place = places[0]
    documents = [
        h
        for h in hits
        if kb.kind(h.entity) == "document"
        and h.score >= FOUND_SCORE
        and h.name_tokens
        and not h.name_tokens & place.name_tokens
    ]
    if not documents:
        return None
    top = kb.entities[documents[0].entity]
    if not isinstance(top, Document) or top.meeting is None:
        return None
    if other_period(kb, [top.id], parsed.text, parsed.intent.until) is not None:
        return None  # "программа … на 2026–2028 годы" of the one until 2030: no such programme (the usual rules)
    rivals = [kb.entities[h.entity] for h in documents[1:] if h.score >= documents[0].score * RIVAL_SHARE]
    if any(not isinstance(rival, Document) or rival.meeting != top.meeting for rival in rivals):
        return None
    # Another entry named by words of its own (a person, a body, a meeting by its number or body,
    # a state) makes the question another one: "did Klemez say in St Petersburg it would be adopted".
    used = place.name_tokens | documents[0].name_tokens
    named = [
        h
        for h in hits
        if kb.kind(h.entity) in ("person", "body", "meeting", "state", "event", "organisation")
        and h.score >= MENTION_SCORE
        and h.name_cover >= MENTION_COVER
        and not h.name_tokens <= used
    ]
    if named:
        return None
    if unexplained_words(engine, parsed, documents[0], used | meeting_words(hits, top.meeting)):
        return None  # "the information security concept": words the document found does not hold
    return _adopted_in(engine, base, top, place.entity)

