""""Did he speak at the St Petersburg meeting?" right after the 13th meeting's speaker: "he" is the person
the previous answer named, asked of another meeting the turn names. Completed with the previous subject
(the 13th meeting) it read as the card of the meeting named and answered "Yes"; asked with the
person's name in place of the pronoun it is the question asked whole ("Did Trefilov speak at the St
Petersburg meeting?": the sources name someone else there).

Cheap: a pronoun regex on a short turn that names a meeting, and only when the previous answer named
one person.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import meeting_names
from bot.answers.previous import _meeting, _person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 12
# "he" / "он" (Latin "on" only before a verb of taking part or speaking: "on vystupal", not "on the agenda")
_HE = re.compile(
    r"\b(?:he|him|он|его|ему|ним|нем|нём)\b|\bon\s+(?=(?:vystupal|vystupil|byl|uchastvoval|govoril|vistupal))",
    re.IGNORECASE,
)
_HE_CUE = re.compile(r"\b(?:he|him|он|его|ему|ним|нем|нём|on)\b", re.IGNORECASE)


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The turn asked with the previous answer's one person named in place of "he", when it names a
    meeting other than the previous one; None otherwise."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS or not _HE_CUE.search(text) or not _HE.search(text):
        return None
    person = _person(engine, context)
    if person is None:
        return None
    named = [meeting for meeting, _ in meeting_names.named_meetings(engine, parsed)]
    before = _meeting(engine, context, named=True)
    if not named or named[0] == before:
        return None
    shorts = engine.kb.entities[person].short
    names = shorts.ru if parsed.lang == "ru" else shorts.en
    name = names[0] if names else engine.kb.name(person, parsed.lang)
    verdict = engine.answer(_HE.sub(name, text, count=1), parsed.lang, today)
    if not verdict.answered or verdict.kind in ("clarify", "decline") or (person not in verdict.focus and verdict.kind != "yes_no"):
        return None
    verdict.question = text
    return verdict
