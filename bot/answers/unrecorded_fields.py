"""Meetings whose record lacks something: "which meetings have no date?", "какие заседания без даты?",
"which meetings have no participants listed?", "у каких встреч нет списка участников?".

Asked so, the question named a field and a negation that no answerer read: it listed every meeting
(or counted six "with no date"). The records answer it: a meeting with no date, or with no list of
any group of participants. One meeting named ("why has the Moscow intelligence meeting no date?") is
left to the other answerers.

Cheap: the meeting word and one of two negated-field patterns before anything is looked up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.facts import participant_groups
from bot.answers.meeting_names import named_meetings
from bot.answers.next_and_last import MEETING_WORD, meeting_listing
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_NO_DATE = re.compile(
    r"\b(?:no|without|not|missing|lack\w*)\s+(?:a\s+|any\s+|an\s+)?(?:exact\s+|known\s+)?dates?\b|\bundated\b"
    r"|\bdates?\s+(?:is\s+|are\s+)?(?:not|un)\s*(?:given|stated|known|recorded)\b"
    r"|\b(?:без|нет)\s+(?:точной\s+)?дат\w*|\bдат[аы]\s+не\s+(?:указан|известн|назван)\w*|\b(?:bez|net)\s+daty\b"
)
_NO_PARTICIPANTS = re.compile(
    r"\b(?:no|without|not|missing|lack\w*)\s+(?:a\s+|any\s+)?(?:list\s+of\s+)?(?:participants|states|delegations|attendees)\b"
    r"|\bparticipants\s+(?:are\s+)?(?:not|un)\s*(?:listed|named|given|known)\b"
    r"|\b(?:без|нет)\s+(?:списка\s+)?участник\w*|\bучастники\s+не\s+(?:указан|назван|перечислен)\w*"
    r"|\b(?:bez|net)\s+(?:spiska\s+)?uchastnik\w*"
)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The meetings with no date, or with no participants listed, when the question asks for those."""
    text = parsed.text.lower()
    if MEETING_WORD.search(text) is None:
        return None
    missing = "date" if _NO_DATE.search(text) else "participants" if _NO_PARTICIPANTS.search(text) else None
    if missing is None or named_meetings(engine, parsed):
        return None
    kb = engine.kb
    meetings = [m for m in kb.of_kind("meeting") if isinstance(m, Meeting)]
    if missing == "date":
        ids = [m.id for m in meetings if not m.date]
    else:
        ids = [m.id for m in meetings if not any(participant_groups(kb, m).values())]
    return meeting_listing(kb, base, "meeting", ids, {"missing": missing}, parsed.intent.question == "count")
