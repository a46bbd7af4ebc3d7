"""Who set up a body (and when): "who decided to set up the ATC and when?", "кто и когда решил создать АТЦ?",
"who set up the ATC?", "who decided to establish it and when?" after the ATC.

Read as it stands, the "when" of such a question won: the body's founding year alone ("2000 — CIS ATC
established"), without the decision's author the question asks first; "who set up the ATC?" was a "did you
mean" between the body and its founding. The knowledge base records a body's founding as a fact related to
the body ("Establishment of the CIS Anti-Terrorism Center": "The Council of Heads of CIS States took the
decision to establish the CIS ATC in 2000"), which answers both; its card is the answer. The body is the one
the question names, or in a conversation the body the previous answer is about when the question only points
at it ("it", "его"). A question without "who" ("when was the ATC set up?") is left to the date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# cheap gate: a word of setting up, in any of the three scripts (checked before any regex)
_CUE_WORDS = ("set up", "establish", "creat", "found", "созда", "учред", "основа", "sozda", "uchred", "osnova")
_WHO = re.compile(r"\b(?:who|whom)\b|(?<!\w)(?:кто|кем)(?!\w)|\b(?:kto|kem)\b", re.IGNORECASE)
_SET_UP = re.compile(
    r"\b(?:set(?:ting)?\s+up|establish\w*|creat\w*|found(?:ed|ing)?)\b"
    r"|(?<!\w)(?:созда\w*|учред\w*|учрежд\w*|основа\w*)|\b(?:sozda\w*|uchred\w*|uchrezhd\w*|osnova\w*)",
    re.IGNORECASE,
)
# Who said or recalled something about the founding ("Who mentioned the decision taken in 2000 to set up the
# CIS ATC?"), or took part somewhere, is another question: the person who spoke of it.
_ELSE = re.compile(
    r"\b(?:mention\w*|recall\w*|said|say|says|spoke|speak\w*|note[ds]?|noting|emphasi[sz]\w*|stress\w*|attend\w*|report\w*|praise\w*)\b"
    r"|(?<!\w)(?:упомина\w*|упомянул\w*|напомина\w*|напомнил\w*|сказал\w*|говорил\w*|отметил\w*|отмечал\w*|подчеркн\w*|выступ\w*|участв\w*)"
    r"|\b(?:upomina\w*|upomyanul\w*|napomina\w*|napomnil\w*|skazal\w*|govoril\w*|otmetil\w*|podcherkn\w*|vystup\w*|uchastv\w*)",
    re.IGNORECASE,
)
_NAMED = 0.6  # a hit covering this much of the body's name names it
_FOUNDING = ("Establishment of", "Creation of", "Founding of")
MAX_WORDS = 14


def cued(lower: str) -> bool:
    return any(word in lower for word in _CUE_WORDS)


# A decision word: "created by a decision taken in 2000", "создан решением".
_DECISION = re.compile(r"\bdecision\b|(?<!\w)решени\w*|\bresheni\w*", re.IGNORECASE)


def founded_by_decision(text: str) -> bool:
    """ "ATC created by a decision taken back in 2000?", "АТЦ создан решением 2000 года?": the decision
    that set the body up is asked, not the decisions the body took."""
    lower = text.lower()
    return cued(lower) and _SET_UP.search(text) is not None and _DECISION.search(text) is not None


def _founding_fact(engine: Engine, body_id: str) -> str | None:
    """The fact recording how the body was set up, when the knowledge base has one."""
    for fact in engine.kb.of_kind("fact"):
        related = getattr(fact, "related", None) or ()
        if body_id in related and fact.name.en.startswith(_FOUNDING):
            return fact.id
    return None


def answer(engine: Engine, parsed: Parsed, base: Verdict, context: Verdict | None) -> Verdict | None:
    """The card of the founding fact of the body asked who set up, or None."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not _WHO.search(text) or not _SET_UP.search(text) or _ELSE.search(text):
        return None
    kb = engine.kb
    bodies = [h.entity for h in parsed.hits[:4] if kb.kind(h.entity) == "body" and h.name_cover >= _NAMED]
    if not bodies and context is not None and context.focus[:1] and kb.kind(context.focus[0]) == "body":
        named = [h for h in parsed.hits[:3] if h.name_cover >= _NAMED and kb.kind(h.entity) not in ("fact",)]
        bodies = [context.focus[0]] if not named else []
    if len(set(bodies[:1])) != 1:
        return None
    fact = _founding_fact(engine, bodies[0])
    if fact is None:
        return None
    base.kind, base.answered, base.focus = "card", True, [fact]
    base.sources = list(getattr(kb.entities[fact], "sources", []))
    return base
