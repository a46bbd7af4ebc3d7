"""What the entries just counted or listed are for: "what are they for?" after "4 basic organisations",
"а для чего они?", "zachem oni nuzhny?", "чем они занимаются?".

"They" points at the entries of the previous answer, yet the turn was read against the meeting that answer
was about (its card, or another of its lists). The entries' own names say what each is for ("Basic
organisation … for training personnel …", "… on languages and culture"): the answer lists them.

Cheap: a word test for "for / для / зачем / занима / dlya / zachem / purpose / do", then one anchored
regex on a short turn.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

_GATE = re.compile(r"for\b|purpose|\bdo\b|для|зачем|занима|нужн|dlya|zachem|zanima|nuzhn", re.IGNORECASE)
_PRONOUN = r"(?:they|these|those|them|они|эти|оni|oni|eti)"
_ASKED = re.compile(
    rf"^\W*(?:(?:and|so|а|и|a|i)\s+)?(?:"
    rf"what\s+(?:are|were)\s+{_PRONOUN}(?:\s+(?:ones|organi[sz]ations|bodies))?\s+(?:for|about)"
    rf"|what\s+(?:do|did)\s+{_PRONOUN}\s+do"
    rf"|what\s+is\s+(?:their|the)\s+purpose(?:\s+of\s+{_PRONOUN})?"
    rf"|(?:для\s+чего|зачем)\s+(?:они|эти)(?:\s+\w+)?(?:\s+нужны)?"
    rf"|чем\s+(?:они|эти)(?:\s+\w+)?\s+занима\w+"
    rf"|(?:dlya\s+chego|zachem)\s+(?:oni|eti)(?:\s+\w+)?(?:\s+nuzhny)?"
    rf"|chem\s+(?:oni|eti)(?:\s+\w+)?\s+zanima\w+"
    rf")\W*$",
    re.IGNORECASE,
)
MAX_WORDS = 8


def asked(text: str) -> bool:
    return _GATE.search(text) is not None and len(text.split()) <= MAX_WORDS and _ASKED.match(text) is not None


def _counted(context: Verdict) -> list[str]:
    """The entries the previous answer counted or listed."""
    if context.kind == "list" and context.items:
        return list(context.items)
    if context.attribute == "count" and isinstance(context.value, dict):
        items = context.value.get("items")
        if isinstance(items, list) and all(isinstance(i, str) for i in items):
            return list(items)
    return []


def answer(kb: KnowledgeBase, text: str, context: Verdict, lang: str | None) -> Verdict | None:
    """The entries just counted, listed by their names (which say what each is for); None when the turn
    asks something else or they are not entries of one kind other than meetings."""
    if not asked(text):
        return None
    items = [i for i in _counted(context) if i in kb.entities]
    kinds = {kb.kind(i) for i in items}
    if len(items) < 2 or len(kinds) != 1 or kinds & {"meeting", "state", "person", "place"}:
        return None
    # Russian in either alphabet ("zachem oni nuzhny?") is answered in Russian
    lang = lang or ("ru" if re.search(r"[а-яё]|\b(?:oni|eti)\b", text, re.IGNORECASE) else "en")
    sources = list(dict.fromkeys(s for i in items for s in kb.entities[i].sources))
    return Verdict(
        text,
        lang,
        "list",
        True,
        attribute=kinds.pop(),
        items=items,
        sources=sources or list(context.sources),
        intent="list:purpose",
    )
