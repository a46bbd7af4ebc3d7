"""Where the document of the conversation is to be sent: "where are they sending the text?", "куда его
отправят?", "kuda napravyat tekst?", "where will it be circulated?" after the Joint Statement.

The records say the text "is planned to be distributed at the United Nations"; the turn says "send",
"отправят", "направят", which no record holds, so searched alone (or asked of the previous subject)
"where" found the place of the summit that adopted it. Of the document the conversation is about
(`approved_where.document_of`) whose records speak of distributing it, the question is asked again
with its name and the records' own verb.

Cheap: a regex on a short turn, then one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import approved_where
from bot.kb.schema import Entity, Fact

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 8
# "where are they sending the text?", "куда его отправят?", "kuda napravyat tekst?", "where will it be
# circulated?", "где его распространят?"
_SENDING = (
    r"(?:send\w*|sent|circulat\w*|distribut\w*|disseminat\w*|отправ\w*|направ\w*|распростран\w*|разошл\w*|разосл\w*"
    r"|otprav\w*|naprav\w*|rasprostran\w*|rasoshl\w*|razoshl\w*)"
)
CUE = re.compile(
    rf"^(?:(?:and|so|а|и|a|i|ну)\s+)?(?:where|to whom|куда|где|кому|kuda|gde|komu)\b.*\b{_SENDING}\b"
    # "will it be sent anywhere?", "is it to be circulated somewhere?", "его куда-нибудь отправят?"
    rf"|^.*?\b{_SENDING}\b.*\b(?:anywhere|somewhere)\b|^.*?(?:куда|kuda)-(?:то|нибудь|либо|to|nibud|libo)\b.*\b{_SENDING}\b"
    # "where will the text go?", "куда пойдёт текст?": the text going somewhere is its being sent
    r"|^(?:(?:and|so|а|и|a|i)\s+)?(?:where|куда|kuda)\b.*\b(?:text|текст\w*|tekst\w*)\b.*\b(?:go|goes|going|end\s+up|headed"
    r"|пойд[её]т|уйд[её]т|отправится|pojdet|ujdet)\b"
    r"|^(?:(?:and|so|а|и|a|i)\s+)?(?:where|куда|kuda)\b.*\b(?:go|goes|going|end\s+up|headed|пойд[её]т|уйд[её]т|pojdet|ujdet)\b.*\b(?:text|текст\w*|tekst\w*)\b"
)
# The records' own word for it, in either language
_DISTRIBUTED = re.compile(r"\bdistribut\w*|\bcirculat\w*|\bраспростран\w*", re.IGNORECASE)


def _spread(entity: Entity) -> bool:
    """Whether an entry's description speaks of distributing its text."""
    description = getattr(entity, "description", None)
    return description is not None and bool(_DISTRIBUTED.search(description.en) or _DISTRIBUTED.search(description.ru))


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """Where the conversation's document is to be distributed, or None when the turn is not of this
    kind or the records of that document say nothing of distributing it."""
    if len(text.split()) > MAX_WORDS or CUE.match(text) is None:
        return None
    kb = engine.kb
    document = approved_where.document_of(engine, context)
    # after a fact about several documents (those adopted in Dushanbe), the one its records say is
    # to be distributed
    # (or after a record quoted of a meeting, "what's the joint statement about?": the documents it names)
    kept = context.filters.get("named")
    named: list[str] = [i for i in kept if isinstance(i, str)] if isinstance(kept, list) else []
    candidates = [document] if document is not None else [
        *(i for i in [*context.focus, *context.items, *named] if isinstance(i, str) and i in kb.entities and kb.kind(i) == "document"),
        *(r for i in [*context.focus, *context.items] if isinstance(fact := kb.get(i), Fact) for r in fact.related),
    ]
    spread = [c for c in dict.fromkeys(candidates) if c in kb.entities and kb.kind(c) == "document" and _spread(kb.entities[c])]
    if len(spread) != 1:
        return None
    document = spread[0]
    name = engine.kb.name(document, parsed.lang)
    question = f"где планируется распространить текст {name}?" if parsed.lang == "ru" else f"where will the text of the {name} be distributed?"
    verdict = engine.answer(question, parsed.lang, today)
    if not verdict.answered or document not in verdict.focus:
        return None
    # "will it be sent anywhere?" is answered by where it is to go: no claim of its own to check
    verdict.filters = {**verdict.filters, "follow_up": context.question, "document": document, "asserts_nothing": True}
    return verdict


_CUE_WORDS = ("text", "текст", "tekst", "send", "sent", "distribut", "circulat", "отправ", "направ", "распростран", "разосл", "otprav", "naprav", "rasprostran")


def cued(text: str) -> bool:
    """Cheap: a word of a text or of sending it."""
    lower = text.lower()
    return any(word in lower for word in _CUE_WORDS)


def named(engine: Engine, parsed: Parsed, today: date) -> Verdict | None:
    """The same asked first, of a document the question names ("where will the text of the joint
    statement go?" was the place of the summit that adopted it)."""
    text = parsed.text.lower().strip(" ?!.")
    if len(text.split()) > MAX_WORDS + 6 or CUE.match(text) is None:
        return None
    kb = engine.kb
    documents = [h.entity for h in parsed.hits[:3] if kb.kind(h.entity) == "document" and h.score >= 0.4]
    spread = [d for d in dict.fromkeys(documents) if _spread(kb.entities[d])]
    if len(spread) != 1:
        return None
    name = kb.name(spread[0], parsed.lang)
    question = f"где планируется распространить текст {name}?" if parsed.lang == "ru" else f"where will the text of the {name} be distributed?"
    if question.lower().strip(" ?!.") == text:
        return None
    verdict = engine.answer(question, parsed.lang, today)
    if not verdict.answered or spread[0] not in verdict.focus:
        return None
    verdict.filters = {**verdict.filters, "document": spread[0], "asserts_nothing": True}
    return verdict
