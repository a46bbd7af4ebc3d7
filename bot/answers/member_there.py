"""Membership asked of an organisation or state "there", at the meeting in context: "did the SCO become
a member there?" after the Dushanbe summit.

"There" made the turn a question of attendance at that meeting ("the sources do not list the
organisations that took part"), though "become a member" asks about membership of the Commonwealth,
which the membership check answers ("No. The SCO is an international organisation, not a member state
of the CIS", with the observer status the summit granted). The turn is asked without its "there".

Cheap: two regexes on the turn, then one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_BECOME_MEMBER = re.compile(
    r"\b(?:become|became|becomes|made|make)\s+(?:a\s+|an?\s+)?(?:full\s+)?member\b|\bjoin(?:ed|s)?\s+(?:the\s+)?(?:cis|commonwealth)\b"
    r"|(?<!\w)(?:стал[аио]?|становил\w*|сделал\w*)\s+(?:\w+\s+)?член\w*|(?<!\w)вступил\w*\s+в\s+(?:снг|содружеств\w*)"
    r"|\b(?:stal[aio]?)\s+(?:\w+\s+)?chlen\w*",
    re.I,
)
_THERE = re.compile(r"\s*\b(?:there|then|at\s+that\s+meeting|at\s+it|там|тогда|на\s+н[её]м|tam|togda)\b", re.I)


def answer(engine: Engine, parsed: Parsed, today: date) -> Verdict | None:
    """Whether the organisation or state asked became a member, by the membership check; or None."""
    if not _BECOME_MEMBER.search(parsed.text) or not _THERE.search(parsed.text):
        return None
    text = " ".join(_THERE.sub(" ", parsed.text).split())
    verdict = engine.answer(text, parsed.lang, today)
    if verdict.kind != "yes_no" or verdict.grounds != "member":
        return None
    verdict.question = parsed.text
    return verdict
