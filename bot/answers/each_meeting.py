"""A question asked of each of the two meetings the previous answer named: "а кто выступал на каждой?",
"who spoke at each of them?", "кто выступал на обеих?" after "which was earlier, A or B?".

Completed with one name it is asked of that meeting only (the first of the two); answered twice, once
with each meeting's name in place of "each of them", the two are combined as the parts of one reply
(`parts.combined`, as a question asked in two parts).

Cheap: a regex on a short turn, and only when the previous answer is about two meetings.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import parts

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 8
# "each (of them)", "both", "на каждой", "на обеих", "na kazhdoj"; the words go, the preposition stays
_EACH = re.compile(
    r"\b(?:each(?:\s+of\s+(?:them|the\s+two|these|those))?|both(?:\s+of\s+them)?|either\s+of\s+them"
    r"|кажд(?:ой|ом|ую|ое|ая|ый|ого)(?:\s+из\s+(?:них|двух))?|об(?:еих|оих|е|а)"
    r"|kazhd(?:oj|oy|oi|om|uyu|oe)(?:\s+iz\s+(?:nih|nikh))?|obeih|oboih)\b",
    re.IGNORECASE,
)
# What is asked of each: who spoke, what was discussed or adopted, who took part (a "which was
# earlier" or "how many days" turn is the pair's own question, see pair_followup)
_ASKED = re.compile(
    r"\b(?:who|what|which|where|when|кто|что|какие|где|когда|kto|chto|kakie|gde|kogda)\b",
    re.IGNORECASE,
)


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The turn asked of each of the previous answer's two meetings, the second in `also`; None when
    the turn does not ask of each or either answer is not about its meeting."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not _EACH.search(text) or not _ASKED.search(text):
        return None
    kb = engine.kb
    meetings = [i for i in dict.fromkeys(context.focus) if i in kb.entities and kb.kind(i) == "meeting"]
    if len(meetings) != 2:
        return None
    rest = " ".join(_EACH.sub(" ", text).split()).rstrip(" ?!.")
    if len(rest.split()) < 2:
        return None
    verdicts = []
    for meeting in meetings:
        shorts = kb.entities[meeting].short
        names = shorts.ru if parsed.lang == "ru" else shorts.en
        name = names[0] if names else kb.name(meeting, parsed.lang)
        verdict = engine.answer(f"{rest} {name}?", parsed.lang, today)
        if not verdict.answered or verdict.kind in ("clarify", "decline") or meeting not in verdict.focus:
            return None
        verdicts.append(verdict)
    both = parts.combined(parsed.text, verdicts)
    # both stay the subject: "where were both held?" a turn on is asked of the two again
    both.focus = list(dict.fromkeys([*meetings, *both.focus]))
    return both
