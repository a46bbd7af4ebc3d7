"""A month claimed for a meeting: "The summit in Dushanbe was in November, right?", "саммит в Душанбе
был в ноябре?", "zasedanie SMVD proshlo v sentyabre?".

The month stood in the question beside the meeting's words and the rest was answered as a topic
("No." over a statement of the summit, without its month) or as a confirmation of the meeting's
record ("Да. …" — the summit was in October). When the month is what the question asserts of a meeting
("was / took place / было / прошло … in <month>") and the other words name one meeting, the answer is
that meeting's recorded date against the month: "No. Dushanbe summit took place: October 2025,
Dushanbe" (see :func:`bot.answers.mentions.took_place`).

A city the question also names that is not the meeting's is left to the answer of places; a month
used as the meeting's adjective ("the June meeting was in Moscow?") asserts nothing here.
Cheap: a cued regex on the question, then one parse without the month.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.mentions import took_place
from bot.answers.previous import own_subject
from bot.answers.question_form import asks_by_tone, is_yes_no, month_of
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# "was in November", "took place in October", "было в ноябре", "прошло в сентябре", "proshlo v sentyabre"
_HELD_IN_MONTH = cued(re.compile(
    r"\b(?:was|were|took\s+place|held|happened|met|convened)\s+(?:\w+\s+){0,2}?in\s+(?P<en>[a-z]+)\b"
    r"|(?<!\w)(?:был[аои]?|прош[её]?л[аои]?|состоял[аои]?с[ья]|проходил[аои]?|проводил[аои]?с[ья]|заседал[аи]?|"
    r"встречал[аи]?сь|собирал[аи]?сь)\s+(?:\w+\s+){0,2}?во?\s+(?P<ru>[а-яё]+)"
    r"|\b(?:byl[aoi]?|proshl[aoi]?|proshel|sostoyal[aoi]?s[ya]|prohodil[aoi]?|zasedal[ai]?|vstrechal[ai]?s)\s+(?:\w+\s+){0,2}?vo?\s+(?P<lat>[a-z]+)",
    re.I,
))


# A question word: the month then dates the meeting the question asks something else of ("Was X on the
# table when the security secretaries met in November?", "где прошёл саммит в марте?")
_ASKS_ELSE = re.compile(
    r"\b(?:who|whom|whose|what|which|when|where|why|how)\b"
    r"|(?<!\w)(?:кто|кого|что|чего|где|когда|куда|почему|зачем|как\w*|сколько|чей|чья|чьи|котор\w*)(?!\w)"
    r"|\b(?:kto|chto|gde|kogda|kak\w*|skolko|pochemu|kotor\w*)\b",
    re.I,
)


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The meeting's recorded date against the month the question claims for it, or None."""
    text = parsed.text
    found = _HELD_IN_MONTH.search(text)
    if found is None or _ASKS_ELSE.search(text):
        return None
    word = (found.group("en") or found.group("ru") or found.group("lat") or "").lower()
    month = month_of(word)
    if month is None or not (is_yes_no(text) or asks_by_tone(parsed) or text.rstrip().endswith("?")):
        return None
    start = found.start("en") if found.group("en") else found.start("ru") if found.group("ru") else found.start("lat")
    # the month with its "in" / "в" left out: the rest names the meeting
    rest = (text[:start].rsplit(None, 1)[0] if text[:start].split() else "") + " " + text[start + len(word) :]
    plain = engine.parse(rest, parsed.lang)
    subject = own_subject(plain, engine, None)
    kb = engine.kb
    if subject is not None and kb.kind(subject) == "body":
        held = [m for m in kb.meetings_of(subject) if m.body == subject]
        subject = held[0].id if len(held) == 1 else None
    meeting = kb.get(subject) if subject is not None else None
    if not isinstance(meeting, Meeting) or not meeting.date:
        return None
    for hit in plain.hits[:4]:
        # "the summit in Minsk was in October?": a city not the meeting's is for the answer of places
        named_place = kb.kind(hit.entity) in ("place", "state") and hit.name_cover >= 0.8 and meeting.place
        if named_place and hit.entity not in (meeting.place, kb.country_of_place(meeting.place or "")):
            return None
    return took_place(base, meeting, list(parsed.intent.years), {month})
