"""Whether a count the source states matches the list it gives: "Does the number of states at the XVIII meeting
match the list?", "Совпадает ли число государств на XVIII совещании с их списком?", "Сколько государств было на
XVIII совещании и совпадает ли это число со списком?".

The question is asked again as the count it checks ("How many states at the XVIII meeting?"), whose answer gives
the stated number, the names and "the source says 9 but names 8"; a "No" goes first when the stated number is
not the number named, a "Yes" when it is (or the source states none: the count is of the names). Had been "the
recorded agenda does not mention this" (the words read as a topic of the meeting) or a "did you mean".
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine

_LIST = r"(?:the\s+|its\s+|their\s+|that\s+)?(?:list\w*|names?|named\s+ones|ones\s+named)"
_LIST_RU = r"(?:(?:их|его|её|этим|тем)\s+)?(?:списк\w*|перечн\w*|перечисленн\w*|названн\w*|поименн\w*)"
# "Does the number of states at X match the list?"
_NUMBER_OF = re.compile(
    rf"^\W*(?:does|do|did|is)\s+the\s+(?:number|count|figure)\s+of\s+(?P<rest>.+?)\s+(?:match|matches|agree\s+with|tally\s+with"
    rf"|correspond\s+to|fit|equal)\s+{_LIST}\s*\??\s*$",
    re.IGNORECASE,
)
# "Совпадает ли число государств на X с их списком?"
_NUMBER_OF_RU = re.compile(
    rf"^\W*(?:совпада\w+|сходится|соответству\w+)\s+ли\s+(?:число|количество|цифра)\s+(?P<rest>.+?)\s+(?:со?|to)\s+{_LIST_RU}\s*\??\s*$",
    re.IGNORECASE,
)
# "Сколько государств … и совпадает ли это число со списком?", "How many states …, and does that match the list?"
_AND_MATCH = re.compile(
    r"^(?P<head>.+?)\s*,?\s+(?:и|and)\s+(?:совпада\w+|сходится|соответству\w+)\s+ли\b[^?]*\??\s*$"
    r"|^(?P<head2>.+?)\s*,?\s+(?:и|and)\s+(?:does|do|did|is)\s+(?:it|that|this|the)\s*(?:number|count|figure)?\s+"
    r"(?:match|matches|agree|tally|correspond)\b[^?]*\??\s*$",
    re.IGNORECASE,
)
CUE = cued(re.compile(r"match|agree|tally|correspond|совпада|сходится|соответству", re.IGNORECASE))


def _count_question(question: str) -> str | None:
    """The count the question checks, asked on its own; None when it checks none."""
    found = _NUMBER_OF.match(question)
    if found is not None:
        return f"How many {found.group('rest')}?"
    found = _NUMBER_OF_RU.match(question)
    if found is not None:
        return f"Сколько {found.group('rest')}?"
    found = _AND_MATCH.match(question)
    if found is not None:
        head = found.group("head") or found.group("head2")
        if re.match(r"^\W*(?:how\s+many|сколько)\b", head, re.IGNORECASE):
            return head.rstrip(" ,?") + "?"
    return None


def answer(engine: Engine, question: str, lang: str | None, today: date | None) -> Verdict | None:
    """The count with a "No" first when the stated number is not the number named (see the module)."""
    if not CUE.search(question):
        return None
    asked = _count_question(question.strip())
    if asked is None:
        return None
    verdict = engine.answer(asked, lang, today)
    value = verdict.value if isinstance(verdict.value, dict) else {}
    if verdict.attribute != "count" or value.get("listed") is None:
        return None
    stated = value.get("stated")
    verdict.yes = stated is None or stated == value["listed"]
    verdict.question = question
    return verdict
