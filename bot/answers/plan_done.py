"""Whether a document a plan named was adopted after all: "программы в итоге утвердили?", "was the concept
approved?", "a kontseptsiyu prinyali?" right after someone's words on what was to be adopted (Klemez in August:
"plans are in place to adopt new cooperation programs … and the concept of military cooperation until 2030").

Asked of that record, the turn found only the plan and said "the sources record only a plan", though the
programmes and the concept were approved in Dushanbe in October. The turn names the document by its kind
alone; the record names it in full. The kind noun's phrase in the record ("программы сотрудничества в
противодействии терроризму") is asked with the turn's verb, standing alone, and taken only when that answers
"Yes" from a record of its adoption; else (a treaty only planned to be signed) the usual answer stands.

Cheap: a literal cue of the verbs, a regex of the kind nouns on a short turn, one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import cued

_THEM = re.compile(r"\b(?:их|его|её|ее|они|оно|она|ih|ego|ee|oni|it|they|them)\b", re.I)
MAX_DOCUMENTS = 4

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 7
MAX_PHRASE_WORDS = 6
_VERB = cued(re.compile(
    r"\b(?:approv\w*|adopt\w*|sign\w*|утверд\w*|утвержд\w*|одобр\w*|принял\w*|приняли|принят\w*|подписа\w*"
    r"|utverd\w*|utverzhd\w*|odobr\w*|prinyal\w*|prinyat\w*|podpisa\w*)",
    re.I,
))
# the kinds of document a plan names, each with the forms a record writes
_KINDS = (
    r"programmes?|programs?|программ\w*|programm\w*",
    r"concepts?|концепци\w*|kont?seps?ci\w*|kontseptsi\w*",
    r"treat(?:y|ies)|договор\w*|dogovor\w*",
    r"protocols?|протокол\w*|protokol\w*",
)
_KIND = [re.compile(rf"\b(?:{pattern})\b", re.I) for pattern in _KINDS]
_WH = re.compile(r"\b(?:what|which|where|when|who|how|что|какие|какая|какой|где|когда|кто|как|chto|gde|kogda|kto)\b", re.I)
# where the document's phrase in the record ends: the next item of its list, or its period ("до 2030 года
# приняли?" read as a year claimed for the adoption)
_PHRASE_END = re.compile(r"\s(?:и|and|а также|as well as|i|до|until|for|на)\s|\s\d|[,;:.]")


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """ "Yes" of the adoption of the document of the plan in context that the turn names by its kind, or None."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not context.statements or _WH.search(text):
        return None
    verb = _VERB.search(text)
    if verb is None:
        return None
    kind = next((pattern for pattern in _KIND if pattern.search(text)), None)
    named = kind.search(text) if kind is not None else None
    if kind is None or named is None:
        return _pointed(engine, parsed, context, verb.group(0), today)
    for statement in context.statements:
        record = statement.get(parsed.lang) or statement.en
        found = kind.search(record)
        if found is None:
            continue
        rest = record[found.start() :]
        end = _PHRASE_END.search(rest, found.end() - found.start())
        phrase = " ".join(rest[: end.start() if end else len(rest)].split()[:MAX_PHRASE_WORDS])
        # the turn as typed, its kind noun written out as the record writes it
        verdict = engine.answer(f"{text[: named.start()]}{phrase}{text[named.end():]}", parsed.lang, today)
        if verdict.answered and verdict.yes is True and verdict.focus and engine.kb.kind(verdict.focus[0]) in ("document", "fact"):
            verdict.question = parsed.text
            verdict.filters = {**verdict.filters, "follow_up": context.question}
            return verdict
        return None
    return None


def _pointed(engine: Engine, parsed: Parsed, context: Verdict, verb: str, today: date) -> Verdict | None:
    """ "их в итоге подписали?" after a list of documents only planned to be signed: each asked by name; the
    answer of the first when none of them is "Yes" (the record of the plan is no yes to its being done)."""
    if _THEM.search(parsed.text) is None:
        return None
    documents = [i for i in (*context.items, *context.focus) if i in engine.kb.entities and engine.kb.kind(i) == "document"]
    if not documents or len(documents) > MAX_DOCUMENTS:
        return None
    answers = [engine.answer(f"{engine.kb.name(document, parsed.lang)} {verb}?", parsed.lang, today) for document in documents]
    if any(verdict.yes is True or (not verdict.answered and verdict.kind != "not_recorded") for verdict in answers):
        return None
    verdict = answers[0]
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict
