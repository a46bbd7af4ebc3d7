"""Who approved or adopted a document: "кто утвердил пограничную?", "who approved the border
programme?", "кем утверждена концепция?".

A document is what gets approved, so with a verb of adoption the document the question names is the
subject, even when its one distinctive word is a body's too ("пограничную" is also the Border Troops
Commanders Council's): the bot asked back between the two, and after a chain about a person
("кто такой Клемез?" → "что он сказал?") it took the question for more of his words. The answer is the
document's card, which says where and by whom it was approved (the October 2025 meetings of the
supreme bodies in Dushanbe).

Cheap: one precompiled pattern for "who … approved", gated by its cue letters.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.facts import answer_attribute
from bot.answers.verdict import Verdict
from bot.kb.schema import Document

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_WHO_ADOPTED = cued(
    re.compile(
        r"\b(?:кто|кем|who|by\s+whom|kto|kem)\b[^?]{0,20}?"
        r"(?:\bутверд\w*|\bутвержд\w*|\bприня\w*|\bодобр\w*|\bapprov\w*|\badopt\w*|\bendors\w*|\butverd\w*|\butverzhd\w*|\bprin[yi]a\w*|\bodobr\w*)",
        re.IGNORECASE,
    )
)
# "когда утвердили программу по терроризму?", "when was the border programme approved?"
_WHEN_ADOPTED = cued(
    re.compile(
        r"\b(?:когда|when|kogda|kagda)\b[^?]{0,40}?"
        r"(?:\bутверд\w*|\bутвержд\w*|\bприня\w*|\bодобр\w*|\bapprov\w*|\badopt\w*|\bendors\w*|\butverd\w*|\butverzhd\w*|\bprin[yi]a\w*|\bodobr\w*)",
        re.IGNORECASE,
    )
)
# The verb asked and the question words: no part of the document's name.
_ASKING = frozenset({"~approve", "~programme_kind"})
# "кто принял это решение?", "who approved it": the thing is the last answer's, for the follow-ups
_POINTS_BACK = re.compile(r"\b(?:это|эту|этот|этого|его|её|ее|их|eto|etu|etot|it|this|that|them|these|those)\b", re.IGNORECASE)
MIN_SCORE = 0.3  # a document hit this good is named (a kind word or its distinctive adjective)
TOP = 4
EXPLAINED = 0.5  # a word of the question this well explained by a document's name or text is its own


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The card of the one document a "who approved …" question names (its date, asked when it
    was approved); None otherwise."""
    when = _WHEN_ADOPTED.search(parsed.text) is not None
    if not (when or _WHO_ADOPTED.search(parsed.text)) or _POINTS_BACK.search(parsed.text):
        return None
    document = _named_document(engine, parsed)
    if document is None or document.meeting is None:
        return None  # no record of where it was adopted: the usual answer says what is known
    if when:
        # "когда утвердили программу по терроризму?": its date (a fact summing up the summit's
        # documents names "approved" too, and had been the answer)
        dated = answer_attribute(engine.kb, replace(base), document, "when", None, parsed.text)
        return dated if dated is not None and dated.answered else None
    # the question's own intent ("outcomes": what was approved, by whom) is kept for the handlers
    verdict = Verdict(base.question, base.lang, "card", True, focus=[document.id], intent=base.intent or "card")
    # the card answers who approved it: "and the terrorism one?" next asks that again, not for a card
    verdict.attribute = "approved_by"
    verdict.matches = base.matches
    verdict.sources = list(document.date_sources or document.sources)
    return verdict


def _named_document(engine: Engine, parsed: Parsed) -> Document | None:
    """The one document among the best hits the question names: good enough alone, or the only one
    that explains every word of the question besides the verb of adopting ("программу по
    терроризму": the counter-terrorism programme, not the border one that is a programme too)."""
    kb = engine.kb
    documents = [
        h
        for h in parsed.hits[:TOP]
        if h.score >= MIN_SCORE
        and isinstance(entity := kb.entities.get(h.entity), Document)
        # "кто принял решение о создании АТЦ": a decision is named by what it decided, which is asked
        and entity.kind != "decision"
    ]
    if len(documents) > 1:
        query = parsed.query
        content = {
            i for i, token in enumerate(query.tokens) if token not in engine._generic and token not in _ASKING and not query.unknown[i]
        }
        # explained, not only named: "по терроризму" folds apart from the name's "в борьбе с терроризмом"
        documents = [h for h in documents if all(h.explained.get(i, 0.0) >= EXPLAINED for i in content)]
    if len(documents) != 1:
        return None
    document = kb.entities[documents[0].entity]
    return document if isinstance(document, Document) else None
