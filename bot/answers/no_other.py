""" "Who else?" of an entry the conversation has just given, when the sources name no other: "а кто ещё
наблюдатель?" after the SCO's observer status, "any other observers?", "kto eshche nablyudatel?".

The turn names nothing new, so it was answered by the same entry's card again, as if it were another
one. When the answer to a "who else / any other / кто ещё / какие ещё" turn is the very entry the
previous answer was about, the sources name no other: "not recorded" (reason ``no_other``), with that
entry as the one they do name.

Only entries that are one thing (a document or decision, a fact, an organisation, a body), or a meeting
when the turn names its kind ("any other exercises?"): "кто ещё выступал?" or "а кто ещё?" after a
meeting asks for more of a list the meeting holds, which other answerers give.

Cheap: a word test for "else / other / ещё / eshche / drug", then one regex on a short turn.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.cues import cued

if TYPE_CHECKING:
    from bot.answers.verdict import Verdict
    from bot.kb.base import KnowledgeBase

MAX_WORDS = 7
_GATE = re.compile(r"else|other|ещ[её]|esh?c?h?[eo]|друг|drug", re.IGNORECASE)
_ASKED = cued(
    re.compile(
        r"\b(?:who|what|which)\s+else\b|\bany\s+others?\b|\bother\s+\w+s\b"
        r"|(?:^|\s)(?:кто|какие|какая|какой|что\s+за)\s+ещ[её](?!\w)|(?:^|\s)ещ[её]\s+кто(?!\w)|(?:^|\s)други[ех](?!\w)"
        r"|\b(?:kto|kakie|kakaya|kakoi|kakoy)\s+(?:eshche|esche|eshe|eshch[eo])\b|\b(?:eshche|esche|eshe)\s+kto\b|\bdrugi[ekh]\b",
        re.IGNORECASE,
    )
)
# A verb after the cue asks for more of what someone did ("who else spoke", "кто ещё выступал"):
# that is a list of a meeting or a person's words, not "another one of these".
_DEED = re.compile(
    r"\b\w+(?:ed|ing)\b|\b(?:spoke|said|came|took|gave|went|met|did|does|do|got|get|gets)\b"
    r"|(?<!\w)(?:выступ|говор|сказ|участв|присутств|был|подпис|прин[яи]|обсужд|получ|приех|пришл|отчит)\w*"
    r"|\b(?:vystup|govor|skaz|uchastv|prisutstv|byl|podpis|prin[yi]a|obsuzhd|poluch|priekh|prishl|otchit)\w*",
    re.IGNORECASE,
)
_ONE_THING = frozenset({"document", "fact", "organisation", "body"})
_CUE_WORDS = frozenset(
    [
        "else",
        "other",
        "others",
        "ещё",
        "еще",
        "eshche",
        "esche",
        "eshch",
        "какие",
        "какая",
        "какой",
        "kakie",
        "kakaya",
        "kakoi",
        "kakoy",
        "другие",
        "других",
        "drugie",
        "drugikh",
        "which",
        "what",
        "есть",
    ]
)


def _names_kind(text: str) -> bool:
    """Whether the turn names the kind asked ("any other exercises?"), not only "who else?"."""
    return any(word.lower() not in _CUE_WORDS for word in re.findall(r"\w{4,}", text))


def asked(text: str) -> bool:
    """Whether the turn asks for another of the kind just given, naming nothing of its own."""
    if _GATE.search(text) is None or len(text.split()) > MAX_WORDS:
        return False
    found = _ASKED.search(text)
    return found is not None and _DEED.search(text[found.end() :]) is None


def answer(kb: KnowledgeBase, text: str, verdict: Verdict, context: Verdict) -> Verdict | None:
    """ "Not recorded: no other" when the turn asks for another and its answer is the entry the previous
    answer was about; None otherwise."""
    if not verdict.answered or verdict.kind not in ("card", "quote") or not verdict.focus or not context.focus:
        return None
    shown, given = verdict.focus[0], set(context.focus)
    if not asked(text):
        return None
    if kb.kind(shown) not in _ONE_THING and not (kb.kind(shown) == "meeting" and verdict.kind == "card" and _names_kind(text)):
        # a meeting shown again for "а кто ещё?" may be a list asked of it; "any other exercises?" is not
        return None
    # the same entry, or a fact of it ("Does the SCO have observer status" and the decision granting it)
    same = (
        shown in given
        or not given.isdisjoint(f.id for f in kb.facts_of(shown))
        or any(shown == f.id for g in given for f in kb.facts_of(g))
    )
    if not same:
        return None
    return replace(
        verdict,
        kind="not_recorded",
        reason="no_other",
        value={"target": shown},
        alternatives=[shown],
        focus=[shown],
        statements=[],
        intent="not_recorded",
    )
