"""What a person said, the meeting named only by its city: "did Klemez say anything about cybercrime
in Piter?", "Говорил ли Трефилов что-нибудь о молодёжи в Москве?".

The city (or its nickname) names no meeting on its own when no meeting word is typed, and beside a
person and a topic it made the yes/no reader give up (two entries besides the person), so the words
were shown as "the sources do not say so directly" although they hold the topic. When the person
is recorded speaking (to the meeting or to the media about it) at exactly one meeting held in that
city, his words there are judged as :func:`bot.answers.said.person_said` judges them, the city's
words only placing the meeting. A city where he is recorded at no meeting is left to the usual
reading (his words elsewhere are no "yes" for it).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.said import person_said
from bot.kb.schema import Meeting, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.mentions import Mentions
    from bot.answers.verdict import Verdict
    from bot.search.index import Hit


def spoke_at(meeting: Meeting, person_id: str) -> bool:
    """Whether the meeting's record holds words of the person (spoken there or told of it)."""
    return any(x.person == person_id and x.said for x in meeting.participants.people) or any(
        x.person == person_id and x.said for x in meeting.media_statements
    )


def said_in_city(
    engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions, person_hit: Hit, others: list[Hit]
) -> Verdict | None:
    """The person's words at the one meeting held in the city named where he is recorded speaking,
    judged against the rest of the question; None when no city is named, or none or several of its
    meetings record him, or nothing is asked beyond the person and the city."""
    kb = engine.kb
    person = kb.entities.get(person_hit.entity)
    if not isinstance(person, Person):
        return None
    places = [h for h in [*others, *mentions.locating] if kb.kind(h.entity) == "place"]
    if len({h.entity for h in places}) != 1:
        return None
    place = places[0]
    held = [kb.entities[m] for m in kb.meetings_held_in.get(place.entity, [])]
    spoken = [m for m in held if isinstance(m, Meeting) and spoke_at(m, person.id)]
    if len(spoken) != 1:
        return None
    named = {i for h in places for i in h.name_tokens}
    said = person_said(engine, parsed, base, mentions, person, at=spoken[0], named=named)
    if said is None or (said.yes is not True and not _MEETING_WORD.search(parsed.text)):
        return None  # no "yes" there: the usual reading says what he did say
    # "Трефилов говорил про ШОС на заседании в Москве?": a meeting word with the city names the one
    # meeting he spoke at there, so what he said there answers even when it is no "yes" (had been a
    # "did you mean" between him, the city and the meeting)
    return said


_MEETING_WORD = re.compile(
    r"\b(?:meeting|session|summit)\b|\bзаседани\w*|\bсовещани\w*|\bвстреч\w*|\b(?:zasedani|soveshchani|vstrech)\w*", re.I
)
