"""The days between the two meetings the previous answer listed: "how many days between them?",
"сколько дней между ними?", "how far apart were they?", "skolko dney mezhdu nimi?" right after a list of
two dated meetings ("which meetings took place in Moscow in 2025?"), or after "which of them was first?"
over such a list (its verdict keeps the list it chose from).

Without this the turn has no meeting of its own and was answered as a count of the previous list ("2 —
meetings"): a number that answers another question. A list of more than two, or of entries without a
full date on both sides, is left to the other readings (which two is not said).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import time_elapsed
from bot.answers.listed_followup import _listed
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# the time between several things the previous answer named, not since one of them
_BETWEEN_THEM = re.compile(
    r"\b(?:between|among)\s+(?:them|these|those|the\s+two|both)\b|\bapart\b"
    r"|\bмежду\s+(?:ними|этими|двумя|ними\s+двумя)\b|\bдруг\s+от\s+друга\b|\bразниц\w*\b|\bпромежут\w*\b|\bразрыв\w*\b"
    r"|\bmezhdu\s+(?:nimi|etimi)\b|\braznic\w*\b"
)
# a length of time asked, in days (whole months or years are the full question's, which counts them)
_HOW_LONG = re.compile(
    r"\bhow\s+(?:many\s+days|long|much\s+time|far)\b|\bсколько\s+(?:дней|времени|суток)\b|\bskol'?ko\s+(?:dney|dnei|vremeni)\b"
    r"|\bразниц\w*\b|\braznic\w*\b|\bпромежут\w*\b|\bразрыв\w*\b|\bapart\b"
)
# a cheap word test before the patterns
_CUE_WORDS = ("between", "among", "apart", "между", "друг", "разниц", "промежут", "разрыв", "mezhdu", "raznic")


def asks(text: str) -> bool:
    """Whether the turn asks the time between the entries it points back at."""
    lowered = text.lower()
    if not any(word in lowered for word in _CUE_WORDS):
        return False
    return bool(_BETWEEN_THEM.search(lowered) and _HOW_LONG.search(lowered))


def answer(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """The days between the two dated meetings of the previous list, or None."""
    if not asks(parsed.text):
        return None
    kb = engine.kb
    listed = [i for i in _listed(context) if i in kb.entities]
    kept = context.filters.get("listed")
    if len(listed) < 2 and isinstance(kept, list):
        # "which of them was first?" answered with one of the two: "them" is still the two
        listed = [i for i in kept if i in kb.entities]
    if len(listed) < 2 and context.also:
        # "how many days apart were they?" after "when did A and B meet?" answered in parts: A and B
        listed = list(dict.fromkeys(v.focus[0] for v in context.also if v.focus and v.focus[0] in kb.entities))
    if len(listed) != 2 or any(kb.kind(i) != "meeting" for i in listed):
        return None
    pair = sorted(listed, key=lambda i: kb.date_key.get(i, (9999, 0, 0)))
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="time:between")
    verdict = time_elapsed.days_of_pair(kb, base, pair)
    if verdict is None:
        return None
    verdict.filters = {**verdict.filters, "follow_up": context.question, "listed": listed}
    return verdict
