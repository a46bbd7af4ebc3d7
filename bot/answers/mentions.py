"""What a yes/no question mentions and the small relations every yes/no answerer checks.

:class:`Mentions` holds the entities of the question (meetings, states, places, organisations,
people, bodies); :func:`_verdict` builds a yes/no verdict and :func:`_not_recorded` a "not
recorded" one; :func:`_held_there`, :func:`_held_in` and :func:`took_place` read where and
whether a meeting was held.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from bot.answers.verdict import Verdict
from bot.kb.schema import Entity, Meeting, PartialDate
from bot.search.index import Hit

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.kb.base import KnowledgeBase

# A hit counts as mentioned when its score and the share of its name found in the question
# reach these (calibrated on the development questions).
MENTION_SCORE = 0.3
MENTION_COVER = 0.5
# A meeting named only by where it was held may score lower.
GUESS_SCORE = 0.25
# Query words weighing less than this (CIS, meeting, council...) name nothing on their own:
# two mentions may share them.
WEAK_WEIGHT = 2.5


@dataclass
class Mentions:
    """The entities a question names, main ones first, and the places that only locate a meeting."""

    hits: list[Hit]
    locating: list[Hit]
    covered: set[int]
    # a news outlet named only as the one that reported the meeting (reporter_named.py), not a subject
    reporter: str | None = None


def _held_there(kb: KnowledgeBase, entity: Entity, where: str) -> bool:
    return (
        isinstance(entity, Meeting)
        and entity.place is not None
        and where
        in (
            entity.place,
            kb.country_of_place(entity.place),
        )
    )


def _verdict(
    base: Verdict, yes: bool | None, grounds: str, focus: list[str], value: object, kb_sources: list[str]
) -> Verdict:
    base.kind = "yes_no"
    base.answered = True
    base.yes = yes
    base.grounds = grounds
    base.focus = list(dict.fromkeys(focus))
    base.value = value
    base.sources = list(dict.fromkeys(kb_sources))
    base.intent = "yes_no"
    return base


def _held_in(engine: Engine, base: Verdict, meeting_id: str, where: str) -> Verdict:
    kb = engine.kb
    meeting = kb.entities[meeting_id]
    assert isinstance(meeting, Meeting)
    value = {"meeting": meeting_id, "asked": where, "place": meeting.place}
    if not meeting.place:
        return _verdict(base, None, "place", [meeting_id, where], value, meeting.sources)
    yes = where in (meeting.place, kb.country_of_place(meeting.place))
    return _verdict(base, yes, "place", [meeting_id, where], value, meeting.sources)


def took_place(base: Verdict, meeting: Meeting, years: list[int], months: set[int] | None = None) -> Verdict:
    yes: bool | None = True if meeting.status == "held" else None
    if yes and years:
        # "Was it held in 2024": the year must be the recorded one.
        yes = PartialDate.parse(meeting.date).year in years if meeting.date else None
    if yes and months:
        # "Did it take place in October 2025" (it was 5 November): the month must be the recorded one.
        known = PartialDate.parse(meeting.date).month if meeting.date else None
        yes = None if known is None else known in months
    value = {
        "meeting": meeting.id,
        "status": meeting.status,
        "date": meeting.date,
        "place": meeting.place,
        "years": years,
    }
    return _verdict(base, yes, "status", [meeting.id], value, meeting.sources)


# --- look-alikes ----------------------------------------------------------------------------------


def _not_recorded(base: Verdict, reason: str, value: dict[str, Any], nearest: list[str], sources: list[str]) -> Verdict:
    base.kind = "not_recorded"
    base.answered = True
    base.reason = reason
    base.value = value
    base.alternatives = list(dict.fromkeys(nearest))[:3]
    base.focus = base.alternatives[:1]
    base.sources = list(dict.fromkeys(sources))
    base.intent = "not_recorded"
    return base
