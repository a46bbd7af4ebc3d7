"""Comparisons of two meetings by the size of one group of participants: "which had more
participants, X or Y?", "где было больше государств: на A или на B?", "at which meeting were fewer
CIS bodies". Each side counts as the source states it (the XVIII meeting's "9 CIS member-states"),
else as its list names them; a tie says so. The verdict is a count with attribute "compare" (the
two sizes in its value, the meetings in the order named); the wording is bot.present's.

Cheap: one precompiled pattern of comparison words gates it, then the two meetings the question
names, which the timeline has already found for other questions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.facts import participant_groups
from bot.answers.verdict import Verdict
from bot.kb.schema import Fact, Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_MORE = re.compile(r"\b(?:more|most|larger|bigger|больше|бол[ье]ше\w*|крупнее|bolshe)\b")
_FEWER = re.compile(r"\b(?:fewer|less|least|smaller|меньше|menshe)\b")
GATE = re.compile(
    r"\b(?:more|most|larger|bigger|fewer|less|least|smaller|больше|более|крупнее|меньше|bolshe|menshe)\b"
)
# "Which had more participants": every group of a meeting, added.
_PARTICIPANTS = re.compile(r"\bparticipa\w*|\bучастник\w*|\buchastnik\w*|\bпредставител\w*|\bdelegat\w*|\bделегаци\w*")
# A comparison of meetings, not of groups of one meeting ("were there more states than bodies").
_THAN = re.compile(r"\bthan\b|\bчем\b|\bchem\b")


def categories(base: Verdict, text: str, names: list[str], figures: list[Fact]) -> Verdict | None:
    """Which of two categories of bodies is larger, by the sources' own figures."""
    fewer = _FEWER.search(text) is not None
    if not fewer and not _MORE.search(text):
        return None
    base.kind, base.answered, base.attribute, base.intent = "count", True, "compare", "count:compare"
    base.value = {"categories": names, "sizes": [fact.number or 0 for fact in figures], "group": "bodies", "fewer": fewer}
    base.focus = [fact.id for fact in figures]
    base.sources = list(dict.fromkeys(source for fact in figures for source in fact.sources))
    return base


def _size(meeting: Meeting, lists: dict[str, list[str]], group: str) -> int:
    stated = getattr(meeting.stated_counts, group, None) if group != "people" else None
    return stated if stated is not None else len(lists.get(group, []))


def compare(
    engine: Engine, parsed: Parsed, base: Verdict, text: str, meetings: list[str], groups: list[str]
) -> Verdict | None:
    """Which of two named meetings had more (or fewer) participants of the groups asked."""
    if len(meetings) != 2 or _THAN.search(text):
        return None
    fewer = _FEWER.search(text) is not None
    if not fewer and not _MORE.search(text):
        return None
    if not groups:
        if not _PARTICIPANTS.search(text):
            return None
        groups = ["states", "bodies", "organisations", "basic_organisations"]
    kb = engine.kb
    entities = [kb.entities[i] for i in meetings]
    if not all(isinstance(meeting, Meeting) for meeting in entities):
        return None
    sizes = []
    for meeting in entities:
        assert isinstance(meeting, Meeting)
        lists = participant_groups(kb, meeting)
        sizes.append(sum(_size(meeting, lists, group) for group in groups))
    if not all(sizes):
        return None  # a meeting without a list of that group: nothing to compare
    base.kind, base.answered, base.attribute, base.intent = "count", True, "compare", "count:compare"
    base.value = {
        "meetings": meetings,
        "sizes": sizes,
        "group": groups[0] if len(groups) == 1 else "participants",
        "fewer": fewer,
    }
    base.focus = list(meetings)
    base.sources = list(dict.fromkeys(source for meeting in entities for source in meeting.sources))
    return base
