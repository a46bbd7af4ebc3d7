"""A question of its own about a meeting named only by its month or city, in a conversation: "who chaired
the November one?", "where was the St Petersburg one?", "кто выступал на ноябрьском?", "а где было
августовское заседание?".

The turn asks its own question (a question word opens it), so it is no correction ("I meant the June one"
asks the previous question again) and no bare "and the August one?". Read as a correction it was answered
with the previous question's attribute of the meeting meant (the date, asked "where"), and read alone
"the November one" finds nothing ("the sources record nothing for November"). The one recorded meeting of
that month or city (`corrected_meeting.meant`, the previous answer's meetings included) is named in its
place and the question asked as a full one.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import corrected_meeting
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_EN = re.compile(
    r"^(?P<ask>(?:(?:and|so|ok|okay)[ ,]+)?(?:who|what|when|where|which|how|why|did|does|do|was|were|is|are)\b.*?)"
    r"\s+(?:the|that)\s+(?P<desc>[^\W\d_][\w'.-]*(?:\s+[^\W\d_][\w'.-]*)?)\s+one$"
)
_RU = re.compile(
    r"^(?P<ask>(?:(?:а|и|ну)[ ,]+)?(?:кто|что|когда|где|как\w*|сколько|чем|котор\w*|о\s+ч[её]м)\b.*?)"
    r"\s+(?P<prep>на|в|во|о|об|про|с|со)\s+(?P<desc>[а-яё]+(?:ом|ое|ого|ой|ем|ую|ая|ий|ый))"
    r"(?:\s+(?:заседани\w*|совещани\w*|встреч\w*|саммит\w*))?$"
    r"|^(?P<ask2>(?:(?:а|и|ну)[ ,]+)?(?:кто|что|когда|где|как\w*|сколько|котор\w*)\b.*?)"
    r"\s+(?P<desc2>[а-яё]+(?:ое|ая|ий|ый))(?:\s+(?:заседание|совещание|встреча|саммит))?$"
)
# a cheap test of the last word before the patterns
_LAST_WORDS = frozenset({"one"})
# a word pointing back at what the conversation holds: "who brought it up at the November meeting?",
# "which of them were at the St Petersburg one?" are the previous answer's, asked of that meeting
_POINTING_BACK = re.compile(
    r"\b(?:it|its|them|they|this|these|those|he|she|him|his|her|его|её|ее|их|это|этом|этого|этих|них|они|он|она|оно"
    r"|нём|нем|ней|нему|ним|неё|нее|него|ему|ей|им|ими|этой|эту|эти|ego|ee|ikh|nih|nikh|eto|nem|nyom|nei|ney|nego)\b"
)
_LAST_STEMS = ("заседани", "совещани", "встреч", "саммит")
_ADJECTIVE_ENDS = ("ом", "ое", "ого", "ой", "ем", "ую", "ая", "ий", "ый")


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The question asked of the one meeting its month or city word names, or None."""
    text = " ".join(parsed.text.lower().strip(" ?!.").split())
    last = text.rsplit(" ", 1)[-1]
    if last not in _LAST_WORDS and not last.startswith(_LAST_STEMS) and not last.endswith(_ADJECTIVE_ENDS):
        return None
    match = _EN.match(text) or _RU.match(text)
    if match is None:
        return None
    groups = match.groupdict()
    desc = groups.get("desc") or groups.get("desc2") or ""
    ask = groups.get("ask") or groups.get("ask2") or ""
    if _POINTING_BACK.search(ask):
        return None
    # the meetings of the previous answer count too ("when was the June one?" after the June one)
    meeting = corrected_meeting.meant(engine, desc, replace(context, focus=[]))
    if meeting is None:
        return None
    lang = "ru" if groups.get("prep") is not None or groups.get("ask2") is not None else "en"
    name = engine.kb.name(meeting, lang)
    if lang == "en":
        question = f"{ask} the {name}?"
    elif groups.get("prep"):
        question = f"{ask} {groups['prep']} {name}?"
    else:
        question = f"{ask} {name}?"
    verdict = engine.answer(question, parsed.lang, today)
    about = {*verdict.focus, *verdict.items, *verdict.alternatives}
    if not verdict.answered or verdict.kind == "clarify" or meeting not in about:
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": meeting}
    return verdict
