"""The meeting a correction names by its month or city: "нет, я про июньское", "no, I meant the June one",
"ya imel v vidu piterskoe", "no, the one in St Petersburg" after an answer about another meeting.

The words after "I meant" rarely name the meeting well enough for the search ("июньское" alone finds a
session of the June meeting, "питерское" nothing); its month or its city does. The one recorded meeting
of that month (or held in that city) other than the one just answered is what was meant; the previous
question is then asked again of it (`followup._corrected`). Several or none: None, and the other ways of
reading the correction are tried.

Cheap: only the few words after "I meant", matched against month names and the places' names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.question_form import months_named
from bot.kb.base import meeting_date
from bot.kb.schema import Meeting
from bot.search.text import in_cyrillic

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

STEM = 5  # letters of a place's name a word must start with ("питерское" / "Питер", "петербурге" / "Петербург")
_WORD = re.compile(r"[^\W\d_]{4,}")


def _places(engine: Engine, rest: str) -> set[str]:
    words = {w for w in _WORD.findall(rest.lower())}
    words |= {in_cyrillic(w) for w in words if w.isascii()}
    found = set()
    for place in engine.kb.of_kind("place"):
        names = [place.name.en, place.name.ru, *place.aliases.en, *place.aliases.ru]
        stems = {n.lower()[:STEM] for n in names if len(n) >= STEM and " " not in n[:STEM]}
        if any(w.startswith(stem) for w in words for stem in stems):
            found.add(place.id)
    return found


def meant(engine: Engine, rest: str, context: Verdict) -> str | None:
    """The one meeting of the month or city the correction names, other than the previous answer's."""
    months = months_named(rest)
    places = _places(engine, rest) if not months else set()
    if not months and not places:
        return None
    chosen = []
    for meeting in engine.kb.of_kind("meeting"):
        if not isinstance(meeting, Meeting) or meeting.id in context.focus:
            continue
        when = meeting_date(meeting)
        if months and (when is None or when.month not in months):
            continue
        if places and meeting.place not in places:
            continue
        chosen.append(meeting.id)
    return chosen[0] if len(chosen) == 1 else None
