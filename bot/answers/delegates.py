"""Who represented a state at a meeting: "Who represented Georgia at the XVIII meeting?", "Кто был в
делегации Казахстана на заседании Совета секретарей?", "kto byl v delegacii Gruzii na zasedanii SMVD".

The sources name no delegate of any state at any meeting; what they record is whether the state is
on the meeting's list of participants (or that the meeting lists none). Answered as a who-question,
the bot gave the state's card or the meeting's whole list, as if that named the delegates. The
question is asked as the yes/no "was <state> at <meeting>" (same hits, its who-words turned into a
relation the yes/no answerer checks), and that verdict is kept, marked `delegation`: the reply says
first that the sources name no delegates, then whether the state is on the list.
Cheap: one regex on the question first.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import yesno
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# The who-words and what they become in the yes/no asked instead.
_ASKED = (
    # "who represented Georgia at", "who was representing Kazakhstan at"
    (re.compile(r"\bwho\s+(?:represented|was\s+representing)\s+(?=\S)", re.I), "was represented "),
    # "who was in Georgia's delegation at", "who was in the delegation of Georgia at", "who led …"
    (
        re.compile(r"\bwho\s+(?:was|were|led)\s+(?:in\s+)?(?:the\s+)?(?=\S+(?:'s)?\s+delegation\b|delegation\s+of\b)", re.I),
        "was the delegation of ",
    ),
    (re.compile(r"(?<!\w)кто\s+(?:был|были|входил\w*|возглавлял\w*)\s+(?:в\s+)?(?:состав\w*\s+)?делегаци\w*\s+", re.I), "был ли представлен "),
    (re.compile(r"(?<!\w)кто\s+представлял\w*\s+", re.I), "был ли представлен "),
    (re.compile(r"\bkto\s+(?:byl|byli|vhodil\w*|vozglavlyal\w*)\s+(?:v\s+)?(?:sostav\w*\s+)?delegaci\w*\s+", re.I), "byl li predstavlen "),
    (re.compile(r"\bkto\s+predstavlyal\w*\s+", re.I), "byl li predstavlen "),
)
_CUE = re.compile(r"\b(?:who|kto)\b|(?<!\w)кто(?!\w)", re.I)
_DELEGATION_GROUNDS = frozenset({"listed", "not_listed", "not_named", "not_stated", "host_not_listed", "meetings"})


def delegation_asked(engine: Engine, parsed: Parsed, base: Verdict, today: date) -> Verdict | None:
    """The yes/no verdict on the state's attendance, marked as a question about its delegates; None
    when the question is no such question or its state or meeting is not found."""
    text = parsed.text
    if not _CUE.search(text) or not any(word in text.lower() for word in ("represent", "delegat", "представл", "делегаци", "predstavl")):
        return None
    for pattern, relation in _ASKED:
        found = pattern.search(text)
        if found is not None:
            asked = f"{text[: found.start()]}{relation}{text[found.end():]}"
            break
    else:
        return None
    verdict = yesno.answer(engine, replace(parsed, text=asked), replace(base), today, None)
    if verdict is None:
        return None
    if verdict.kind == "not_recorded" and verdict.reason in ("participant", "unknown_participant"):
        verdict.question = base.question
        return verdict
    if verdict.kind != "yes_no" or verdict.grounds not in _DELEGATION_GROUNDS:
        return None
    verdict.question = base.question
    verdict.value = {**verdict.value, "delegation": True} if isinstance(verdict.value, dict) else verdict.value
    return verdict
