"""The previous list without one of its entries: "а без России?", "apart from Russia?", "кроме Казахстана?",
"bez rossii?" after the states at a meeting (or any answer listing states) are the others, counted.

Read as a fresh question, "а без России?" finds Russia's card or a quote that mentions Russia, and "а" makes
it a yes/no ("Да. Россия — …"). It is a filter of the list just given: the entries of the previous answer
(its participants' states, or its listed items) other than the one named, as a list that says what was
left out. When the named entry is not in the previous list, nothing is answered here (the other
mechanisms decide).

Cheap: only a short turn that opens with "without" / "без" / "кроме" and their kin.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

MAX_WORDS = 6
CUE = re.compile(
    r"^(?:(?:and|but|so|а|и|но|a|i|no)\s+)?(?:without|apart from|except(?: for)?|excluding|other than|not counting|besides"
    r"|без|кроме|помимо|не считая|за исключением|bez|krome|pomimo|ne schitaya)\s+(?P<rest>.+)$"
)


def _listed(engine: Engine, context: Verdict) -> tuple[str, list[str]] | None:
    """The kind and the entries the previous answer listed (its states first)."""
    kb = engine.kb
    value = context.value
    if isinstance(value, dict) and isinstance(groups := value.get("groups"), dict) and groups.get("states"):
        return "state", [i for i in groups["states"] if i in kb.entities]
    if isinstance(value, dict) and value.get("of") == "states" and isinstance(counted := value.get("items"), list) and counted:
        # "how many?" -> "8 states": the states counted
        return "state", [i for i in counted if isinstance(i, str) and i in kb.entities]
    items = [i for i in context.items if i in kb.entities]
    kinds = {kb.kind(i) for i in items}
    if len(items) >= 2 and len(kinds) == 1:
        return kinds.pop(), items
    return None


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict) -> Verdict | None:
    """The previous list without the entry the turn names, or None."""
    if len(text.split()) > MAX_WORDS:
        return None
    match = CUE.match(text)
    if match is None:
        return None
    listed = _listed(engine, context)
    if listed is None:
        return None
    kind, items = listed
    named = engine.parse(match.group("rest"), parsed.lang)
    left_out = [h.entity for h in named.hits[:3] if h.entity in items and h.score >= 0.5]
    if not left_out:
        return None
    rest = [i for i in items if i != left_out[0]]
    verdict = Verdict(
        parsed.text,
        parsed.lang,
        "list",
        True,
        attribute=kind,
        items=rest,
        filters={"excluding": [left_out[0]], "follow_up": context.question},
        sources=list(context.sources),
        confidence=context.confidence,
        intent="list",
    )
    if context.focus and engine.kb.kind(context.focus[0]) == "meeting":
        verdict.filters["meeting"] = context.focus[0]
    return verdict
