"""Whether the meeting in context took a topic up, asked as "was there anything about X?": "там что-то про
беспилотники было?", "было там что-нибудь про молодёжь?", "tam chto-to pro kiberbezopasnost bylo?", "was
there anything about drones?", "did they say anything about youth?".

Completed with the meeting's long name appended, the turn read that name's words as a participant to check
("No: the Council of Heads of State is not among the participants"), or showed the meeting's card. It is
asked in the form the yes/no answerer reads ("обсуждали ли X на <meeting>?", "was X discussed at the
<meeting>?"): "Yes" with the record's words, or "the sources do not say" of that meeting.

Cheap: a word test for "что-то / что-нибудь / chto-to / anything", then one anchored regex on a short turn.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import _meeting
from bot.search.chatlatin import cyrillic_reading
from bot.search.text import has_cyrillic

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 9
_CUE = re.compile(r"что[- ]?(?:то|нибудь|либо)|chto[- ]?(?:to|nibud\w*|libo)|\banything\b|\bsomething\b")
_SOME = r"(?:что[- ]?(?:то|нибудь|либо)|chto[- ]?(?:to|nibud\w*|libo))"
_ABOUT = r"(?:про|о|об|насч[её]т|pro|ob|o|naschet)"
_WAS = (
    r"(?:было|были|был|звучало|говорили|обсуждали|упоминали|сказали|упоминалось|обсуждалось"
    r"|bylo|byli|govorili|obsuzhdali|upominali|skazali)"
)
_THERE = r"(?:там|tam|тут|tut)"
_ASKED = re.compile(
    # "там что-то про X было?", "а что-нибудь про X там обсуждали?", "tam chto-to pro X bylo?"
    rf"^\W*(?:(?:а|и|a|i)\s+)?(?:{_THERE}\s+)?{_SOME}\s+(?:{_THERE}\s+)?{_ABOUT}\s+(?P<ru>[^?!.]+?)"
    rf"(?:\s+(?:{_THERE}\s+)?{_WAS}(?:\s+ли)?(?:\s+{_THERE})?)\W*$"
    # "было там что-нибудь про X?", "говорили ли там что-то о X?"
    rf"|^\W*(?:(?:а|и|a|i)\s+)?{_WAS}(?:\s+(?:ли|li))?(?:\s+{_THERE})?\s+{_SOME}\s+(?:{_THERE}\s+)?{_ABOUT}\s+(?P<ru2>[^?!.]+?)\W*$"
    # "was there anything about X?", "did they say anything about X (there)?", "anything on X?"
    r"|^\W*(?:(?:and|so)\s+)?(?:(?:was|were|is)\s+there\s+|did\s+they\s+(?:say|discuss|mention)\s+|(?:was|is)\s+)?"
    r"(?:anything|something)\s+(?:(?:said|discussed|mentioned)\s+)?(?:about|on|regarding|concerning)\s+(?P<en>[^?!.]+?)"
    r"(?:\s+(?:there|at\s+(?:it|that\s+meeting)))?\W*$",
    re.IGNORECASE,
)


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """Whether the conversation's meeting took up the topic asked, or None."""
    text = parsed.text.strip()
    if len(text.split()) > MAX_WORDS or _CUE.search(text.lower()) is None:
        return None
    found = _ASKED.match(text)
    if found is None:
        return None
    topic = found.group("ru") or found.group("ru2") or found.group("en")
    meeting = _meeting(engine, context, named=True)
    if meeting is None or meeting not in engine.kb.entities or engine.kb.kind(meeting) != "meeting":
        return None
    # its short name: a long official one drowns the topic's one word
    shorts = engine.kb.entities[meeting].short
    names = shorts.ru if parsed.lang == "ru" else shorts.en
    name = names[0] if names else engine.kb.name(meeting, parsed.lang)
    if parsed.lang == "ru" and not has_cyrillic(topic):
        # "kiberbezopasnost": the topic in Cyrillic letters, as the yes/no answerer reads Russian
        reading = cyrillic_reading(f"obsuzhdali li {topic}", engine._latin_abbreviations)
        topic = " ".join(reading.split()[2:]) if reading else topic
    question = f"обсуждали ли {topic} на {name}?" if parsed.lang == "ru" else f"was {topic} discussed at the {name}?"
    verdict = engine.answer(question, parsed.lang, today)
    if not verdict.answered or verdict.kind != "yes_no" or verdict.focus[:1] != [meeting]:
        return None
    if verdict.grounds == "not_discussed":
        # say which topic was not found
        verdict.value = {**(verdict.value if isinstance(verdict.value, dict) else {}), "topic": topic}
    verdict.filters = {**verdict.filters, "meeting": meeting, "topic": topic}
    return verdict
