"""Whether exercises were held in a place: "Были ли учения в Минске?", "were the drills held in
Kazakhstan?", "ucheniya v Tadzhikistane byli?".

An exercise is asked by its kind word, seldom by its name, so the search finds the place named and
the exercise only weakly (one word of its long name). The question is answered from every recorded
exercise: one held (or planned) in that place or state answers it; otherwise "No" with where the
recorded one was (or was planned) to be held. The wording of a planned one never says it took place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.mentions import MENTION_COVER, MENTION_SCORE, _held_in, _held_there, _not_recorded
from bot.answers.said import PLAN
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict
    from bot.search.index import Hit

_EXERCISE = cued(re.compile(
    r"\b(?:exercises?|drills?|manoeuvres?|maneuvers?|учени[еяйи]\w*|ucheni\w*)(?!\w)", re.I
))


# "должны пройти", "should be held": the plan is asked, which it holds
_DUE = re.compile(r"\bдолжн\w*|\bdolzhn\w*|\bshould\b|\bdue\b", re.I)


def asked(text: str) -> bool:
    """Whether the question names exercises by their kind word (cheap: tried before anything else)."""
    return _EXERCISE.search(text) is not None


def answer(engine: Engine, parsed: Parsed, base: Verdict, located: list[Hit]) -> Verdict | None:
    """The verdict for "were exercises held in <place>?", or None when the question is not that:
    no single place or state named after "in", or another meeting named outright (then the
    exercise is a topic of it, or the place locates that meeting)."""
    kb = engine.kb
    places = [
        h
        for h in located
        if kb.kind(h.entity) in ("place", "state") and h.score >= MENTION_SCORE and h.name_cover >= 0.8
    ]
    if len({h.entity for h in places}) != 1:
        return None
    exercises = [entity for entity in kb.entities.values() if isinstance(entity, Meeting) and entity.kind == "exercise"]
    if not exercises:
        return None
    for hit in parsed.hits[:6]:
        entity = kb.entities.get(hit.entity)
        if (
            isinstance(entity, Meeting)
            and entity.kind != "exercise"
            and hit.score >= MENTION_SCORE
            and hit.name_cover >= MENTION_COVER
        ):
            return None  # "the exercise discussed at the Moscow meeting": that meeting is asked about
    where = places[0].entity
    there = [exercise for exercise in exercises if _held_there(kb, exercise, where)]
    if there:
        verdict = _held_in(engine, base, there[0].id, where)
        if there[0].status == "planned" and not (PLAN.search(parsed.text) or _DUE.search(parsed.text)):
            verdict.yes = None  # planned there, never said to have taken place: no "yes"
            verdict.value = {**verdict.value, "planned_there": True}
        return verdict
    within = [e for e in exercises if e.place and kb.country_of_place(where) == e.place]
    if within:
        # "Were the drills in Dushanbe?" of one planned in Tajikistan: the city is not given, so
        # neither yes nor no.
        verdict = _held_in(engine, base, within[0].id, where)
        verdict.yes = None
        verdict.value = {**verdict.value, "city_unknown": True}
        return verdict
    named = [e for e in exercises if any(h.entity == e.id and h.name_cover >= MENTION_COVER for h in parsed.hits)]
    if len(exercises) == 1 or len(named) == 1:
        return _held_in(engine, base, (named or exercises)[0].id, where)
    # Several recorded, none there and none named: none is recorded in that place.
    value = {"place": where, "place_text": None, "nearest": [exercises[0].id], "listing": True}
    return _not_recorded(base, "place", value, [e.id for e in exercises], list(exercises[0].sources))
