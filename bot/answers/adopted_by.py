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
from typing import TYPE_CHECKING

from bot.answers.cues import cued
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
# "кто принял это решение?", "who approved it": the thing is the last answer's, for the follow-ups
_POINTS_BACK = re.compile(r"\b(?:это|эту|этот|этого|его|её|ее|их|eto|etu|etot|it|this|that|them|these|those)\b", re.IGNORECASE)
MIN_SCORE = 0.3  # a document hit this good is named (a kind word or its distinctive adjective)
TOP = 4


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The card of the one document a "who approved …" question names; None otherwise."""
    if not _WHO_ADOPTED.search(parsed.text) or _POINTS_BACK.search(parsed.text):
        return None
    kb = engine.kb
    documents = [
        h.entity
        for h in parsed.hits[:TOP]
        if h.score >= MIN_SCORE
        and isinstance(entity := kb.entities.get(h.entity), Document)
        # "кто принял решение о создании АТЦ": a decision is named by what it decided, which is asked
        and entity.kind != "decision"
    ]
    if len(documents) != 1:
        return None
    document = kb.entities[documents[0]]
    assert isinstance(document, Document)
    if document.meeting is None:
        return None  # no record of where it was adopted: the usual answer says what is known
    # the question's own intent ("outcomes": what was approved, by whom) is kept for the handlers
    verdict = Verdict(base.question, base.lang, "card", True, focus=[document.id], intent=base.intent or "card")
    verdict.matches = base.matches
    verdict.sources = list(document.date_sources or document.sources)
    return verdict
