"""A body claimed to have met where and when another body met: "Совет министров обороны СНГ
собирался в Санкт-Петербурге в августе?" is "No": the meeting there that month was the Interior
Ministers Council's, and the Defence Ministers Council holds no meeting of its own in the sources.

The usual yes/no rules found the meeting by the words the two councils share ("совет министров")
and the city, and checked the city: "Да". Here the body named in full is asked about; the city,
month or day name the one recorded meeting the claim is about, and that meeting's own body answers
(grounds "meeting_holder", as :mod:`bot.answers.holder_check` words it). Only a body with no meeting
of its own is taken: a body that held one is checked against it by the date and place rules.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.held import _BODY_MET, _TAKING_PART, BODY_MET_CUE
from bot.answers.mentions import MENTION_SCORE
from bot.answers.question_form import asked_day, months_named
from bot.answers.verdict import Verdict
from bot.kb.base import meeting_date
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# "Was there a Defence Ministers Council meeting in …", "было ли заседание …".
_THERE_WAS = re.compile(
    r"\b(?:was|were)\s+there\s+(?:an?\s+|any\s+)?(?:\w+\s+){0,6}?(?:meeting|session)s?\b"
    r"|\bбыл[оа]?\s+ли\s+(?:заседани|совещани|встреч)\w*|\bbyl[oa]?\s+li\s+(?:zasedani|soveshchani|vstrech)\w*",
    re.I,
)
_CUE_WORDS = ("there", "было", "была", "bylo", "byla")
# What was done or said there, or who was there, is asked: not whether the body met.
_DONE_THERE = re.compile(
    r"\b(?:discuss\w*|talk\w*|said|say|mention\w*|adopt\w*|approv\w*|sign\w*|agenda|topics?)\b"
    r"|\bобсужд\w*|\bговор\w*|\bприня\w*|\bутверд\w*|\bобсуди\w*|\bповестк\w*|\bobsuzhd\w*|\bgovor\w*|\bpovestk\w*",
    re.I,
)
NAMED_BODY_COVER = 0.85
PLACE_COVER = 0.9
HOLDER_NAMED = 0.6


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """A "meeting_holder" no when a body with no meeting of its own is claimed to have met where
    and when one recorded meeting of another body was held; None otherwise."""
    text = parsed.text
    lowered = text.lower()
    if not (BODY_MET_CUE(lowered) and _BODY_MET.search(text)) and not (
        any(word in lowered for word in _CUE_WORDS) and _THERE_WAS.search(text)
    ):
        return None
    if _TAKING_PART.search(text) or _DONE_THERE.search(text):
        return None
    kb = engine.kb
    bodies = [h for h in parsed.hits[:6] if kb.kind(h.entity) == "body" and h.score >= MENTION_SCORE and h.name_cover >= NAMED_BODY_COVER]
    if len(bodies) != 1:
        return None
    body = bodies[0]
    if any(meeting.body == body.entity for meeting in kb.meetings_of(body.entity)):
        return None
    places = {
        h.entity
        for h in parsed.hits[:6]
        if kb.kind(h.entity) == "place" and h.score >= MENTION_SCORE and h.name_cover >= PLACE_COVER and not h.name_tokens <= body.name_tokens
    }
    day = asked_day(text)
    months = months_named(text)
    if not places and not months and day is None:
        return None
    located = [
        meeting
        for meeting in kb.of_kind("meeting")
        if isinstance(meeting, Meeting) and _fits(meeting, places, months, day)
    ]
    # A meeting of no body (the XVIII one of competent authorities' heads) was no meeting of it either.
    if len(located) != 1 or located[0].body == body.entity:
        return None
    meeting = located[0]
    if any(
        h.entity == meeting.body and h.score >= MENTION_SCORE and h.name_cover >= HOLDER_NAMED and not h.name_tokens <= body.name_tokens
        for h in parsed.hits[:6]
    ):
        return None  # "… when the interior ministers met in St Petersburg": the holder met; the other body is a topic
    base.kind = "yes_no"
    base.answered = True
    base.yes = False
    base.grounds = "meeting_holder"
    base.focus = [meeting.id, body.entity]
    base.value = {"meeting": meeting.id, "asked": body.entity, "holder": meeting.body, "took_part": body.entity in meeting.participants.bodies}
    base.sources = list(dict.fromkeys([*meeting.sources, *kb.entities[body.entity].sources]))
    base.intent = "yes_no"
    return base


def _fits(meeting: Meeting, places: set[str], months: set[int], day: tuple[int, int] | None) -> bool:
    """Whether the meeting was held in the place and the month or on the day asked (each when asked)."""
    if places and meeting.place not in places:
        return False
    if not months and day is None:
        return True
    when = meeting_date(meeting)
    if when is None:
        return False
    if day is not None and (when.day, when.month) != day:
        return False
    return not months or when.month in months
