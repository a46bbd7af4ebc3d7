"""An international organisation asked as the doer of what the record gives another: "Какой доклад
представила ФАТФ на XVIII совещании?" (the EAG Secretariat reported; FATF is named only for its
standards), "What did the UN Security Council decide about the joint statement?" (the Heads of
State adopted it; the UN is only where its text is to be distributed).

The usual answer (the meeting's report, the statement's card) is the right record, but shown plainly
it reads as "yes, FATF presented this". When the question makes an international organisation the
subject of a deed (decide, present, report, propose …) and the answer's texts never name it as one
that acts (only for its rules, "FATF standards", or after a preposition of place, "at
the UN", "в ООН", or not at all), the answer is kept, led by "the sources do not say so directly"
(grounds "unconfirmed").

Cheap: a deed verb gates it (a cued pattern), then the organisations among the first hits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.verdict import Verdict
from bot.kb.schema import Organisation

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

NAMED = 0.8  # share of an organisation's name the question must hold to name it

# A deed asked of someone: "what did X decide", "which report did X present", "что решил X",
# "какой доклад представила X", Latin-typed "predstavila", "reshil".
DEED = cued(
    re.compile(
        r"\b(?:decid\w*|present\w*|report(?:ed)?|propos\w*|submit\w*|announc\w*|deliver\w*|adopt\w*|approv\w*|say|said"
        r"|решил\w*|решени\w*|представил\w*|предложил\w*|заявил\w*|сообщил\w*|доложил\w*|принял\w*|одобрил\w*|сказал\w*"
        r"|reshil\w*|predstavil\w*|predlozhil\w*|zayavil\w*|soobshchil\w*|prinyal\w*|odobril\w*)\b",
        re.I,
    )
)
_DID_BEFORE = re.compile(r"\bdid\s+(?:the\s+)?$", re.I)
_DEED_AFTER = re.compile(r"(?:\s+\w+){0,3}?\s+(?:decided|presented|reported|proposed|submitted|announced|delivered|adopted|approved|said)\b", re.I)
# A preposition before the name: the organisation is what the deed is about, not who did it.
_OBJECT_BEFORE = re.compile(
    r"(?:\b(?:about|for|of|on|to|at|in|with|by|from)\s+(?:the\s+)?|(?<!\w)(?:о|об|по|для|в|во|на|при|с|со|от|к|у|o|ob|po|dlya|v|na|pri|s|ot|k)\s+)$",
    re.I,
)
_ASCII = re.compile(r"^[\x00-\x7f]+$")
# An organisation named for its rules, not for a deed: "international FATF standards", "стандартов ФАТФ".
_RULES = r"(?:standards?|norms?|recommendations?|стандарт\w*|норм\w*|рекомендаци\w*)"
_RULES_BESIDE = re.compile(rf"(?<!\w){_RULES}(?:\s+\w+)?\s+$", re.I)
_RULES_AFTER = re.compile(rf"(?:\s+\w+)?\s+{_RULES}(?!\w)", re.I)
# Where an organisation is only a place or a party to something, not the doer: "at the UN", "в ООН".
_PLACE_BEFORE = re.compile(r"(?:\b(?:at|in|to|within|with|from)\s+(?:the\s+)?|(?<!\w)(?:в|во|на|при|с|со|от)\s+)$", re.I)


def refine(engine: Engine, parsed: Parsed, verdict: Verdict, texts: list[str]) -> Verdict:
    """``verdict`` led by "the sources do not say so directly" when the question makes an
    international organisation the doer and ``texts`` (what the answer shows) never name it as one."""
    if verdict.kind not in ("card", "quote", "fact") or verdict.yes is not None or verdict.grounds:
        return verdict
    if DEED.search(parsed.text) is None:
        return verdict
    kb = engine.kb
    asked = [
        entity
        for hit in parsed.hits[:6]
        if hit.name_cover >= NAMED
        and isinstance(entity := kb.entities.get(hit.entity), Organisation)
        and entity.category == "international"
        and entity.id not in verdict.focus
    ]
    if len(asked) != 1 or not any(text for text in texts):
        return verdict
    if not _subject_in(asked[0], parsed.typed or parsed.text) or _acts_in(asked[0], texts):
        return verdict
    verdict.grounds = "unconfirmed"
    return verdict


def _acts_in(organisation: Organisation, texts: list[str]) -> bool:
    """Whether some text names the organisation other than for its rules ("FATF standards",
    "стандартов ФАТФ") or after a preposition of place ("at the United Nations", "в ООН")."""
    forms = _forms(organisation)
    for text in texts:
        for form in forms:
            for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if _RULES_BESIDE.search(text[max(0, found.start() - 30) : found.start()]) or _RULES_AFTER.match(text[found.end() :]):
                    continue
                if _PLACE_BEFORE.search(text[max(0, found.start() - 12) : found.start()]):
                    continue
                return True
    return False


def _subject_in(organisation: Organisation, question: str) -> bool:
    """Whether the question names the organisation as who did it: "did the UN Security Council",
    "FATF presented", "представила ФАТФ"; not "about the SCO", "по ООН", "decided for the SCO"."""
    for form in _forms(organisation):
        for found in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", question, re.I):
            before = question[max(0, found.start() - 24) : found.start()]
            if _DID_BEFORE.search(before) or _DEED_AFTER.match(question[found.end() :]):
                return True
            if not _ASCII.match(form) and not _OBJECT_BEFORE.search(before):
                return True  # Russian word order is free: any place but after a preposition
            if _ASCII.match(form) and not _OBJECT_BEFORE.search(before) and DEED.search(before) is not None:
                return True  # "представила ФАТФ", "predstavila FATF"
    return False


def _forms(organisation: Organisation) -> list[str]:
    return [form for form in (organisation.name.en, organisation.name.ru, *organisation.short.all()) if form]
