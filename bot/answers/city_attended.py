"""Whether a state, organisation, body or person was "in" a city where one meeting was held: "was
Azerbaijan in St Petersburg?", "был ли Азербайджан в Питере?", "byl li Azerbaidzhan v Pitere?".

Being in the city of the one meeting held there is taking part in it: read as it stands, the question
named no meeting and got "the sources do not say so directly" with the city's card, though the
meeting's list answers it ("No: Azerbaijan is not among the states listed"). The question is asked
again with the meeting word before the city ("at the meeting in St Petersburg"), which names that
meeting. A city of several meetings (Moscow) is left as it is: which one is meant is not said.

Cheap: one regex of "was … in <Capital>" before any look at the hits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# "was X in <City>", "был ли X в <Городе>", "byl li X v <Gorode>": the city after the last "in"
_IN_CITY = re.compile(
    r"^\W*(?P<verb>was|were|did|был[аио]?|byl[aoi]?)\b(?P<who>[^?]{1,60}?)\s(?P<prep>in|в|во|v)\s+(?P<city>[A-ZА-ЯЁ][\w.-]*(?:\s+[A-ZА-ЯЁ][\w.-]*)?)\W*$"
)
_MEETING_WORD = re.compile(r"\b(?:meeting|summit|session|talks|заседани|совещани|встреч|саммит|zasedani|soveshchani|vstrech)", re.I)
_ATTENDING_KINDS = ("state", "organisation", "body", "person")
_NAMED_SCORE = 0.5


def rewritten(engine: Engine, parsed: Parsed) -> str | None:
    """The question with "at the meeting" before the city of its one meeting, or None."""
    found = _IN_CITY.match(parsed.text)
    if found is None or _MEETING_WORD.search(parsed.text):
        return None
    kb = engine.kb
    city_at = found.start("city")
    cities = [
        h for h in parsed.hits
        if kb.kind(h.entity) == "place" and h.score >= _NAMED_SCORE and len(kb.meetings_held_in.get(h.entity, [])) == 1
    ]
    attending = [h for h in parsed.hits if kb.kind(h.entity) in _ATTENDING_KINDS and h.score >= _NAMED_SCORE]
    if len(cities) != 1 or not attending:
        return None
    russian = found.group("prep") in ("в", "во")
    latin_russian = found.group("prep") == "v"
    meeting_word = "на заседании" if russian else ("na zasedanii" if latin_russian else "at the meeting")
    return f"{parsed.text[: found.start('prep')]} {meeting_word} {found.group('prep')} {parsed.text[city_at:]}"
