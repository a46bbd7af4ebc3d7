"""The documents adopted together with another: "Which two programmes were approved together with
the Military Cooperation Concept?", "что приняли вместе с Совместным заявлением?", "kakie programmy
odobrili naryadu s koncepciei?".

The document named is not what is asked: its card answered, and the programmes asked went unnamed.
The answer is the other documents recorded at the same meeting (``Document.meeting``), of the kind
the question names when it names one ("programmes"), as a list of documents (like "which documents
were approved at the Dushanbe summit").

Cheap: a cued "together with" pattern gates it; then the one document named among the first hits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.list_answers import DOCUMENT_KINDS
from bot.answers.verdict import Verdict
from bot.kb.schema import Document
from bot.search.text import prepare

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

NAMED = 0.6  # share of a document's name the question must hold to name it

TOGETHER = cued(
    re.compile(
        r"\b(?:together\s+with|along\s+with|alongside"
        r"|вместе\s+с\w*|наряду\s+с\w*|одновременно\s+с\w*"
        r"|vmeste\s+s\w*|naryadu\s+s\w*|odnovremenno\s+s\w*)\b",
        re.I,
    )
)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The other documents of the named document's meeting; None when the question names no one
    document adopted at a recorded meeting, or that meeting recorded no other."""
    found = TOGETHER.search(parsed.text)
    if found is None:
        return None
    kb = engine.kb
    # The document named after "together with": the one the question names best among the first hits.
    named = [
        hit
        for hit in parsed.hits[:5]
        if hit.name_cover >= NAMED and isinstance(kb.entities.get(hit.entity), Document)
    ]
    if not named:
        return None
    document = kb.entities[named[0].entity]
    assert isinstance(document, Document)
    if document.meeting is None:
        return None
    others = [i for i in kb.documents_by.get(document.meeting, []) if i != document.id]
    # "Which programmes …": the kind asked before "together with" (the document's own kind is after it).
    asked_part = prepare(parsed.text[: found.start()])
    kinds = {kind for kind, pattern in DOCUMENT_KINDS if pattern.search(asked_part)}
    if kinds:
        others = [i for i in others if getattr(kb.entities[i], "kind", None) in kinds]
    if not others:
        return None
    base.answered = True
    base.intent = "list:document"
    base.kind = "list"
    base.attribute = "document"
    base.items = others
    base.focus = [document.meeting]
    base.filters = {"meeting": [document.meeting]}
    base.sources = list(dict.fromkeys(s for i in [document.meeting, document.id, *others] for s in kb.entities[i].sources))
    return base
