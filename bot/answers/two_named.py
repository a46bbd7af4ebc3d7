"""One "when" or "where" asked of two meetings at once: "When did the Security Secretaries Council and the
Interior Ministers Council meet?", "где проходили заседание СМВД и 13-е заседание секретарей совбезов?",
"when were the XVIII meeting and the St Petersburg meeting held?", "kogda proshli XVIII soveshchanie i
zasedanie SMVD?".

Read whole, the search settled on one of the two and answered only it, or took the second name for a claim
about the first ("the sources do not record such a meeting in St. Petersburg"). Each meeting the question
names (`meeting_names.named_meetings`, in the order named) is asked on its own, by its short name, and the
answers are joined as a question in parts is (`parts.combined`). Cheap: a question word at the start and a
conjunction are looked for before the question is parsed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.meeting_names import named_meetings

if TYPE_CHECKING:
    from bot.answers.engine import Engine

_WH = re.compile(
    r"^\W*(?:(?:and|so|ok|а|и|ну|a|i)[\s,]+)?(?:(?P<when>when|когда|kogda)|(?P<where>where|где|gde|in which city|в каком городе|v kakom gorode))\b",
    re.IGNORECASE,
)
_AND = re.compile(r"\s(?:and|и|i)\s|\s&\s", re.IGNORECASE)
# a second question word makes it two questions (`parts`)
_ANY_WH = re.compile(r"\b(?:when|where|who|what|which|how|когда|где|кто|что|какие|сколько|kogda|gde|kto|chto)\b", re.IGNORECASE)
MAX_MEETINGS = 3


def split(engine: Engine, question: str, lang: str | None) -> list[str] | None:
    """The question asked of each meeting it names, or None when it names fewer than two."""
    asked = _WH.match(question)
    if asked is None or not _AND.search(question) or len(_ANY_WH.findall(question)) > 1:
        return None
    parsed = engine.parse(question, lang)
    found = named_meetings(engine, parsed)
    meetings = [m for m, _ in sorted(found, key=lambda pair: min(pair[1]) if pair[1] else 0)]
    if not 2 <= len(meetings) <= MAX_MEETINGS:
        return None
    ru = parsed.lang == "ru"
    pieces = []
    for meeting in meetings:
        shorts = engine.kb.entities[meeting].short
        names = shorts.ru if ru else shorts.en
        name = names[0] if names else engine.kb.name(meeting, parsed.lang)
        if asked.group("when"):
            pieces.append(f"когда прошло {name}?" if ru else f"when was the {name}?")
        else:
            pieces.append(f"где прошло {name}?" if ru else f"where was the {name}?")
    return pieces
