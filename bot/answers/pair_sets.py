"""Who took part in both, or in only one, of the two meetings just compared: "which states were at both?",
"а какие были только на одной из них?", "kakie strany byli na oboikh?", "how many states were at both?" after
"which came first, A or B?" (or two meetings asked of in turn, or a list of who was at both).

With no meeting named, the turn was read of one of the two ("both" found the states of the XVIII meeting
alone), or of the participants' kind the question word defaults to (the CIS bodies, when states were asked
a turn before). The two meetings the conversation holds are compared as `set_operations` compares two
meetings named in one question; the participants' kind is the turn's, else the one asked a turn before.

Cheap: a regex on a short turn, and only when the previous verdict holds two meetings.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import pair_followup, set_operations
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

MAX_WORDS = 10
_BOTH = re.compile(r"\bboth\b|\bin common\b|\bоб[ао]их\b|\bобеих\b|\boboi[kh]h?\b|\bobei[kh]h?\b|\bи там,? и там\b")
_ONE = re.compile(
    r"\b(?:only|just) (?:at |in |to )?one\b|\bone but not\b|\bnot (?:at )?both\b|\bone of them only\b"
    r"|\b(?:только|лишь) (?:в |на )?одн\w+\b|\btol'?ko (?:v |na )?odn\w+\b"
)
# the turn asks which participants were there ("who", or "which" with no kind named a turn on from a list
# of them), not when or where both were held
_WHO = re.compile(r"\b(?:who|кто|kto)\b")
_WHICH = re.compile(r"\b(?:which|what|how many|какие|какая|какой|сколько|kakie|skolko)\b")
_HELD = re.compile(r"\b(?:where|when|held|где|когда|прош\w*|проход\w*|проводи\w*|gde|kogda|prosh\w*)\b")


def pair_of(engine: Engine, context: Verdict) -> list[str] | None:
    """The two meetings the previous verdict holds: a pair asked in turn, two compared, or two whose lists
    it compared."""
    pair = context.filters.get("pair") or pair_followup.compared(engine, context)
    if not isinstance(pair, list) and (context.intent or "").startswith("list:participants"):
        pair = context.filters.get("meetings")
    if not isinstance(pair, list) or len(pair) != 2:
        return None
    kb = engine.kb
    return [str(i) for i in pair] if all(i in kb.entities and kb.kind(i) == "meeting" for i in pair) else None


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, base: Verdict) -> Verdict | None:
    """Who was at both of the two meetings in context, or at only one of them, or None."""
    if len(text.split()) > MAX_WORDS or _HELD.search(text):
        return None
    op = "only_one" if _ONE.search(text) else "both" if _BOTH.search(text) else None
    if op is None:
        return None
    pair = pair_of(engine, context)
    if pair is None:
        return None
    groups, _ = set_operations.asked_groups(text)
    carried = context.filters.get("groups")
    if not groups and _WHO.search(text):
        groups = list(set_operations._EVERY_GROUP)
    elif not groups and _WHICH.search(text) and isinstance(carried, list) and carried:
        groups = [str(g) for g in carried]  # "а какие были только на одной?" after the states at both
    if not groups:
        return None
    counting = parsed.intent.question == "count"
    verdict = set_operations._combined(engine.kb, base, pair, groups, [], op, counting)
    if verdict is None or not verdict.answered:
        return None
    verdict.filters = {**verdict.filters, "pair": pair, "follow_up": context.question}
    return verdict
