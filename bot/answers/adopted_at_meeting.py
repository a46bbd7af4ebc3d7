"""A document claimed adopted at a meeting the question names by description: "did the heads of
state adopt the joint statement at the St Petersburg meeting?", "Были ли утверждены программы по
противодействию терроризму на заседании в Санкт-Петербурге?", "… at the 13th meeting of the security
secretaries council?".

The document records the meeting that adopted it (``Document.meeting``: the October 2025 meetings in
Dushanbe). The meeting claimed is the one the question's city, body or own name points at; when
none of the meetings so named is the one that adopted the document, the answer is "No", with the
meeting that did. Without this, the body that adopted it ("the heads of state") was checked alone and
answered "Yes", or a record that only announced the document as planned (the St Petersburg meeting's)
was read as its adoption.

The right meeting, or none named, is left to the usual answers. Cheap: an adoption verb gates it,
then only the question's first hits are read.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.adopted import ADOPTED, _adopted_at, _adopted_in
from bot.answers.adopted_where import _DESCRIBED, FOUND_SCORE, PLACE_COVER, RIVAL_SHARE
from bot.answers.claimedperiod import other_period
from bot.answers.mentions import MENTION_COVER, MENTION_SCORE
from bot.answers.verdict import Verdict
from bot.kb.schema import Document
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import Hit

BODY_COVER = 0.7  # "the interior ministers" names the council without its "council"
TOP = 8
# "meeting", "заседание" (as the search folds them): a word every meeting's name may hold
_KIND_TOKENS = frozenset({"~meeting"})


# "a decision on youth", "решение о молодёжи": what the decision claimed is about
_DECISION_ON = re.compile(
    r"\b(?:decisions?|resolutions?|решени\w*|resheni\w*)\s+(?:on|about|regarding|concerning|о|об|по|o|ob|po)\s+(?:the\s+)?(\w+)",
    re.I,
)


def _other_topic(parsed: Parsed, document: Hit) -> bool:
    """Whether the question claims a decision on a topic the document's name found does not hold:
    the decision found was named by its kind word alone."""
    found = _DECISION_ON.search(parsed.text)
    if found is None:
        return False
    topic = set(text_tokens(found.group(1)))
    named = {parsed.query.tokens[i] for i in document.name_tokens}
    return bool(topic) and topic.isdisjoint(named)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "No — adopted at <the meeting that adopted it>" for a document claimed adopted at another
    meeting; None when the question is no such claim or names the right meeting."""
    if not ADOPTED.search(parsed.text) or _DESCRIBED.search(parsed.text):
        return None
    kb = engine.kb
    hits = parsed.hits[:TOP]
    documents = [h for h in hits if kb.kind(h.entity) == "document" and h.score >= FOUND_SCORE and h.name_tokens]
    if not documents:
        return None
    top = kb.entities[documents[0].entity]
    if not isinstance(top, Document) or top.meeting is None:
        return None
    if _other_topic(parsed, documents[0]):
        return None  # "a decision on youth": not the decision on the SCO's status
    if other_period(kb, [top.id], parsed.text, parsed.intent.until) is not None:
        return None  # a period of its own: no such document (the usual rules say so)
    rivals = [kb.entities[h.entity] for h in documents[1:] if h.score >= documents[0].score * RIVAL_SHARE]
    if any(not isinstance(rival, Document) or rival.meeting != top.meeting for rival in rivals):
        return None  # another document as likely meant, adopted elsewhere or not at all
    own = documents[0].name_tokens

    def named(hit: Hit, cover: float) -> bool:
        # named by words of its own, not only by the document's ("Совет глав государств" of the statement)
        return hit.score >= MENTION_SCORE and hit.name_cover >= cover and not hit.name_tokens <= own

    adopting = top.meeting
    places = [h.entity for h in hits if kb.kind(h.entity) == "place" and named(h, PLACE_COVER)]
    # A body whose meetings include the adopting one is who adopted it ("the heads of state"), not
    # where: only the other bodies locate the meeting claimed.
    body_hits = [h for h in hits if kb.kind(h.entity) == "body" and named(h, BODY_COVER)]
    adopters = [h for h in body_hits if any(m.id == adopting for m in kb.meetings_of(h.entity))]
    bodies = [h.entity for h in body_hits if h not in adopters]
    meeting_hits = [h for h in hits if kb.kind(h.entity) == "meeting" and named(h, MENTION_COVER)]
    # A meeting is named only by words of its own ("13th", "XVIII"): not those of the document, of who
    # adopted it, of a body or city named (those locate it below), or a mere "meeting".
    explained = set(own).union(*(h.name_tokens for h in hits if h not in meeting_hits))
    explained |= {i for i, token in enumerate(parsed.query.tokens) if token in engine._generic or token in _KIND_TOKENS}
    meetings = [h.entity for h in meeting_hits if h.name_tokens - explained]
    if adopting in meetings or len(places) > 1:
        return None
    # "приняли министры внутренних дел?" names who adopted it; "at the interior ministers' meeting" where
    meeting_word = any(token in _KIND_TOKENS for token in parsed.query.tokens)
    held_by = {m.id for body in bodies for m in kb.meetings_of(body) if m.body == body} if meeting_word else set()
    if places and not meeting_word and not meetings:
        return None  # "adopted in St Petersburg": a city claimed, checked by adopted_where
    if places:
        there = set(kb.meetings_held_in.get(places[0], []))
        if adopting in there:
            return None  # the right city: the usual answers check the rest
        claimed = (there & held_by) or there
    else:
        claimed = set(meetings) | held_by
    if not claimed or adopting in claimed:
        return None
    if len(claimed) == 1:
        return _adopted_at(engine, base, top, kb.entities[next(iter(claimed))])
    # "in Moscow", where several meetings were held, none of them the one that adopted it
    return _adopted_in(engine, base, top, places[0]) if places else None
