"""Where the document of the conversation was approved: "где её одобрили?", "where was it approved?",
"gde ee utverdili?" mid-chain about a programme, concept, statement or decision; "who approved it?"
is its card (which says by whom and where), so the document stays the subject.

Such a turn names nothing of its own: searched alone it finds nothing ("где её одобрили?" was declined),
and asked of the previous answer's subject it is about whoever that answer named — after "who talked
about it?" the subject is Trefilov, and "it" became his meeting. The document the conversation is
about is the previous subject when that is a document, else the one kept in the previous verdict's
``filters["document"]`` (set by `followup.answer` when a follow-up turns from a document to a person
or a quote about it) or in its value (who mentioned it). The question is asked again with the document's name.

Cheap: a regex on a short turn, then one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import _subject

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 6
MAX_DOCUMENTS = 4
_APPROVED = (
    r"(?:approv\w*|adopt\w*|endors\w*|sign\w*|одобр\w*|утверд\w*|утвержд\w*|принял\w*|приняли|принят\w*|подписа\w*"
    r"|odobr\w*|utverd\w*|utverzhd\w*|prinyal\w*|prinyat\w*|podpisa\w*"
    # a format or decision is established: "а где его учредили?" after CIS Plus and who told of it
    r"|establish\w*|set\s+up|founded|учред\w*|учрежд\w*|uchred\w*|uchrezhd\w*)"
)
# "where was it approved?", "где её одобрили?", "gde ee utverdili?", "в каком городе его приняли?"
CUE = re.compile(
    r"^(?:(?:and|so|а|и|a|i|ну)\s+)?(?:where|in which city|in what city|где|в каком городе|gde|v kakom gorode)\b"
    r"(?:\s+\w+){0,3}?\s+" + _APPROVED + r"(?:\s+(?:it|them|её|ее|его|их|ee|ego|ih|она|оно|ona|ono))?$"
)
# "who approved it?", "кто её утвердил?", "kto ee prinyal?": the document's card says by whom and where
WHO_CUE = re.compile(
    r"^(?:(?:and|so|а|и|a|i|ну)\s+)?(?:who|кто|kto|by whom|кем|kem)\b(?:\s+(?:it|её|ее|его|ee|ego))?\s+" + _APPROVED
    + r"(?:\s+(?:it|them|её|ее|его|их|ee|ego|ih))?$"
)
# "were they approved in Moscow?", "их утвердили в Москве?", "ee prinyali v Minske?": a city claimed for the
# documents of the conversation, asked of each by name
CLAIM_CUE = re.compile(
    r"^(?:(?:and|so|а|и|a|i|ну)\s+)?(?:(?:was|were)\s+(?:it|they|these|those|both)(?:\s+both)?"
    r"|(?:её|ее|его|их|ee|ego|ih)|(?:она|оно|они|ona|ono|oni)(?:\s+(?:был\w*|byl\w*))?)\s+"
    + _APPROVED + r"\s+(?P<where>(?:in|at|в|во|на|v|na)\s+[^?!.]+?)\W*$"
)
_POINTER_ONLY = frozenset(
    ["where", "in", "which", "what", "city", "was", "were", "is", "it", "they", "them", "and", "so", "где", "в", "каком", "городе", "её", "ее", "его", "их", "она", "оно", "они", "а", "и", "ну", "gde", "v", "kakom", "gorode", "ee", "ego", "ih", "ona", "ono", "oni", "a", "i", "nu"]
)


def document_of(engine: Engine, context: Verdict) -> str | None:
    """The document the conversation is about: the previous subject, or the one it kept."""
    subject = _subject(context)
    if subject is not None and subject in engine.kb.entities and engine.kb.kind(subject) == "document":
        return subject
    # who mentioned it (`mentioned.py`) keeps the document in its value
    value = context.value if isinstance(context.value, dict) else {}
    kept = context.filters.get("document") or value.get("document")
    return kept if isinstance(kept, str) and kept in engine.kb.entities and engine.kb.kind(kept) == "document" else None


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """Where the conversation's document was approved, asked again with its name; None when the turn
    is not of this kind or names something of its own."""
    words = text.split()
    if len(words) > MAX_WORDS:
        return None
    if WHO_CUE.match(text) is not None and (document := document_of(engine, context)) is not None:
        # "who approved it?" after the border programme: its card (approved at the October 2025
        # meetings of the supreme bodies in Dushanbe), which keeps it the subject for "а антитеррористическая?"
        card = engine.answer(engine.kb.name(document, parsed.lang), parsed.lang, today)
        if card.answered and card.focus[:1] == [document]:
            card.filters = {**card.filters, "follow_up": context.question, "asserts_nothing": True}
            card.attribute = "approved_by"  # what was asked of it, asked again of "and X?" next
            return card
        return None
    claimed = CLAIM_CUE.match(text)
    if claimed is not None:
        return _claimed_city(engine, parsed, claimed, context, today)
    if CUE.match(text) is None:
        return None
    if any(w not in _POINTER_ONLY and re.fullmatch(_APPROVED, w) is None for w in words):
        return None  # "где одобрили программу по границам?" names its own document
    document = document_of(engine, context)
    if document is None:
        return None
    name = engine.kb.name(document, parsed.lang)
    question = f"где одобрили {name}?" if parsed.lang == "ru" else f"where was the {name} approved?"
    verdict = engine.answer(question, parsed.lang, today)
    if not verdict.answered or document not in verdict.focus:
        return None
    verdict.filters = {**verdict.filters, "follow_up": context.question, "document": document}
    return verdict


def _claimed_city(engine: Engine, parsed: Parsed, claimed: re.Match[str], context: Verdict, today: date) -> Verdict | None:
    """ "were they approved in Moscow?" after documents: asked of each by name; the first answer when all
    answer alike ("No — in Dushanbe" for both programmes), else None."""
    kb = engine.kb
    documents = [i for i in context.items if i in kb.entities and kb.kind(i) == "document"] if context.kind == "list" else []
    if not documents:
        one = document_of(engine, context)
        documents = [one] if one is not None else []
    if not documents:
        return None
    where, verdicts = claimed.group("where"), []
    for document in documents[:MAX_DOCUMENTS]:
        name = kb.name(document, parsed.lang)
        question = f"{name} утвердили {where}?" if parsed.lang == "ru" else f"was the {name} approved {where}?"
        verdict = engine.answer(question, parsed.lang, today)
        if not verdict.answered or verdict.kind != "yes_no" or document not in verdict.focus:
            return None
        verdicts.append(verdict)
    if len({v.yes for v in verdicts}) != 1:
        return None
    first = verdicts[0]
    first.filters = {**first.filters, "follow_up": context.question, "document": documents[0]}
    return first
