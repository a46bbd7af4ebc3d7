"""Whether any of a group took part in one meeting: "were any international organisations at the St
Petersburg meeting?", "были ли международные организации на заседании СМВД?", "did any CIS bodies
attend the XVIII meeting?".

The question names a group, not an entry, and the yes/no answerers took a word of it for what was
claimed: "Yes" from a remark holding "international" (the St Petersburg meeting lists eight states
and two CIS bodies, no international organisation), or "No: the Interior Ministers Council is not an
international organisation". The meeting's lists answer: yes with the members of the group, no when
the meeting lists participants and none of that group, "not said" when it lists nobody.

Cheap: the words of a yes/no about "any", then the group words, then the one meeting named.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import set_operations
from bot.answers.facts import participant_groups
from bot.answers.meeting_names import named_meetings
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_ANY = re.compile(
    r"^\W*(?:(?:and|so|а|и)\s+)?(?:were\s+there\s+any|was\s+there\s+any|were\s+any|was\s+any|did\s+any|are\s+there\s+any"
    r"|были\s+ли|был\s+ли\s+кто-(?:то|нибудь)|byli\s+li)\b",
    re.IGNORECASE,
)
# The groups asked of: organisations of a kind, CIS bodies ("states" are asked one by one elsewhere).
_GROUPS = ("organisations", "basic_organisations", "bodies")


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The group's members at the one meeting named, with yes or no; None when not asked so."""
    text = parsed.text
    if _ANY.search(text) is None:
        return None
    groups, _ = set_operations.asked_groups(text)
    groups = [g for g in groups if g in _GROUPS]
    if not groups:
        return None
    named = named_meetings(engine, parsed)
    if len(named) != 1:
        return None
    kb = engine.kb
    meeting = kb.entities[named[0][0]]
    if not isinstance(meeting, Meeting):
        return None
    categories = [c for c in parsed.intent.categories if c in ("international", "basic_organisation", "sectoral", "specialised")]
    verdict = set_operations.participants_of(kb, base, meeting.id, groups, categories, False)
    if verdict is None:
        return None
    listed = any(participant_groups(kb, meeting).values())
    if verdict.kind == "not_recorded":
        if not listed:
            return verdict  # the meeting lists nobody: "not said"
        # the meeting lists others (states, CIS bodies) and none of this group: "no", said as the list's
        verdict.kind, verdict.reason, verdict.items, verdict.attribute = "list", None, [], "participant"
        verdict.intent = "list:participants:filter"
        verdict.filters = {"op": "filter", "meetings": [meeting.id], "groups": groups}
        if categories:
            verdict.filters["categories"] = categories
    verdict.yes = bool(verdict.items) if listed else None
    return verdict
