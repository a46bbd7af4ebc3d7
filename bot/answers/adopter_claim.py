"""A document claimed adopted by a body: "Заявление о сотрудничестве в борьбе с транснациональной
преступностью приняли министры внутренних дел?" is "No": the Heads of State adopted it.

A document records the body that adopted it when the sources say so (``Document.body``: the Joint
Statement "the Heads of State also adopted"); the body asked is checked against it (grounds
"adopted_by"). A document without a recorded adopter (the Concept and the programmes "were
approved" at the October meetings) is left to the usual answers, which say the sources do not
name one. The document is the one named, in full or in part (as :mod:`bot.answers.adopted_where`
finds it); the body is named in full, apart from the document's own words.

Cheap: an adoption verb gates it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.adopted import ADOPTED
from bot.answers.mentions import MENTION_SCORE
from bot.answers.verdict import Verdict
from bot.kb.schema import Document

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

NAMED_BODY_COVER = 0.7  # "the interior ministers" names the council without its "council"
DOCUMENT_COVER = 0.4
# Analysed stems of the words for a kind of document (the search folds Cyrillic to these).
_KIND_STEMS = ("decis", "reshen", "programm", "concept", "koncepc", "kontsep", "statement", "zayavlen", "treat", "dogovor", "protocol", "protokol")


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The yes/no on the body that adopted the document, or None."""
    if not ADOPTED.search(parsed.text):
        return None
    kb = engine.kb
    hits = parsed.hits[:8]
    # named by a good part of its name ("the welcoming speech … given by" finds the statement by one word)
    documents = [
        h for h in hits if kb.kind(h.entity) == "document" and h.score >= MENTION_SCORE and h.name_cover >= DOCUMENT_COVER and h.name_tokens
    ]
    # named by words of its own, not only by the verb ("Decision establishing …" found by "established")
    tokens = parsed.query.tokens
    # nor only by its kind ("Was the decision to establish the ATC taken in 1999?" is no question
    # about the decision establishing CIS Plus: "decision" and "establish" were all it had)
    documents = [
        h
        for h in documents
        if any(
            not ADOPTED.search(tokens[i]) and tokens[i] not in engine._generic and not tokens[i].startswith(_KIND_STEMS)
            for i in h.name_tokens
            if i < len(tokens)
        )
    ]
    if not documents:
        return None
    document = kb.entities[documents[0].entity]
    if not isinstance(document, Document) or document.body is None:
        return None
    bodies = [
        h
        for h in hits
        if kb.kind(h.entity) == "body"
        and h.score >= MENTION_SCORE
        and h.name_cover >= NAMED_BODY_COVER
        and h.name_tokens - documents[0].name_tokens
    ]
    if len(bodies) != 1 or documents[0].name_tokens <= bodies[0].name_tokens:
        return None  # "the CIS Anti-Terrorism Center established": the body's words found the document
    asked = bodies[0].entity
    base.kind, base.answered, base.intent = "yes_no", True, "yes_no"
    base.yes = asked == document.body
    base.grounds = "adopted_by"
    base.focus = [document.id, document.body]
    base.value = {"document": document.id, "body": document.body, "asked": asked}
    base.sources = list(document.sources)
    return base
