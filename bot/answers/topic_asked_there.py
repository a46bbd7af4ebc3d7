"""A topic asked of the meeting the conversation is about: "а что там было про беспилотники?", "а что
там говорили про наркотики?", "а про беспилотники что?", "и про интернет?", "what was there about drones?".

Completed with the meeting's long Russian name, "там" reads as "at the meeting" and the name's own
words ("… государств – участников СНГ") as who took part: the answer was the meeting's participants.
The topic is asked of the meeting by its short name in one plain form instead ("что было про X на
<meeting>?", "what did <meeting> say about X?"), which the topic answerers read as they read a
question asked whole.

Cheap: one anchored regex on a short turn.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import topic_swap
from bot.answers.previous import _meeting
from bot.search.chatlatin import cyrillic_reading
from bot.search.text import has_cyrillic

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 8
_ABOUT = r"(?:про|о|об|насч[её]т|по\s+поводу|относительно|pro|ob|naschet|about|on|regarding|concerning)"
_TOPIC_ASKED = re.compile(
    # "а что там было / говорили / сказано про X?", "what was there about X?", "what was said there on X?"
    # ("what about X?" / "а что про X?" with neither "there" nor a verb asks the previous question of X)
    r"^\W*(?:(?:а|и|and|a|i|so)\s+)?(?:что|chto|what)(?:\s+(?:же|zhe))?"
    r"(?=\s+(?:там|tam|there|было|говорил|сказа|обсуждал|писал|звучал|bylo|govoril|skazal|obsuzhdal|was|were|did))"
    r"(?:\s+(?:там|tam|there))?(?:\s+(?:было|было\s+сказано|говорил\w*|сказал\w*|сказано|обсуждал\w*|писал\w*|звучал\w*"
    r"|bylo|govoril\w*|skazal\w*|obsuzhdal\w*|was|were|was\s+said|did\s+they\s+say))?(?:\s+(?:там|tam|there))?"
    rf"\s+{_ABOUT}\s+(?P<topic>[^?!.]+?)\W*$"
    # "а про X что?", "а про X что там?"
    rf"|^\W*(?:(?:а|и|a|i)\s+)?{_ABOUT}\s+(?P<topic2>[^?!.]+?)\s+(?:что|chto)(?:\s+(?:там|tam))?\W*$"
    # "и про интернет?", "and about the internet?": the turn before asked a topic of the meeting
    rf"|^\W*(?:а|и|and|a|i)\s+{_ABOUT}\s+(?P<topic3>[^?!.]+?)\W*$",
    re.IGNORECASE,
)
_TOPIC_ANSWERS = ("quote", "fact", "not_recorded", "yes_no")
_NAMES_TRIED = 3


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The topic asked of the conversation's meeting, or None."""
    text = parsed.text.strip()
    if len(text.split()) > MAX_WORDS:
        return None
    found = _TOPIC_ASKED.match(text)
    if found is None:
        return None
    topic = found.group("topic") or found.group("topic2") or found.group("topic3")
    if parsed.lang == "ru" and not has_cyrillic(topic):
        # "a pro bespilotniki?": the topic in Cyrillic letters, as the topic answerers read Russian
        reading = cyrillic_reading(f"obsuzhdali li {topic}", engine._latin_abbreviations)
        topic = " ".join(reading.split()[2:]) if reading else topic
    if found.group("topic") is None and context.attribute != "agenda" and context.kind != "quote":
        return None  # "и про X?", "а про X что?" go on from a topic asked, not from a date or a list of states
    meeting = _meeting(engine, context, named=True)
    if meeting is None or meeting not in engine.kb.entities or engine.kb.kind(meeting) != "meeting":
        return None
    entity = engine.kb.entities[meeting]
    terms = [entity.short, entity.aliases]
    names = [name for term in terms for name in (term.ru if parsed.lang == "ru" else term.en)]
    # The short name first, then its aliases shortest first: a date or month in a name ("… в августе
    # 2025 года") reads as a question of that month.
    for name in [*names[:1], *sorted(names[1:], key=len)][:_NAMES_TRIED] or [engine.kb.name(meeting, parsed.lang)]:
        question = f"что было про {topic} на {name}?" if parsed.lang == "ru" else f"what did {name} say about {topic}?"
        verdict = engine.answer(question, parsed.lang, today)
        if verdict.answered and verdict.kind in _TOPIC_ANSWERS and verdict.attribute != "participants" and meeting in verdict.focus[:1]:
            verdict.question = parsed.text
            return verdict
    # "а про экстремизм?" when the topic is a word of the meeting's own name (its card answered the
    # plain form): whether the meeting took it up, asked as a yes/no
    name = names[0] if names else engine.kb.name(meeting, parsed.lang)
    question = f"обсуждали ли {topic} на {name}?" if parsed.lang == "ru" else f"was {topic} discussed at {name}?"
    verdict = engine.answer(question, parsed.lang, today)
    # only a "yes" that quotes the record: a "not mentioned" from the agenda misses a decision on it
    if verdict.answered and verdict.kind == "yes_no" and verdict.yes is True and meeting in verdict.focus[:1]:
        verdict.question = parsed.text
        return verdict
    # (after a person's words "а про ШОС?" asks what he said of it: the said-answerers' turn)
    # and only after a topic asked as discussed ("what did they approve on border security?" then "and on
    # terrorism?" asks what they approved on it)
    spoken = any(statement.speaker for statement in context.statements) or not topic_swap.discussed_asked(context.question or "")
    if found.group("topic3") and not spoken and verdict.answered and verdict.grounds == "not_discussed" and meeting in verdict.focus[:1]:
        # "a pro bespilotniki?" right after a topic of the meeting: that it is not recorded there
        verdict.value = {**(verdict.value if isinstance(verdict.value, dict) else {}), "topic": topic}
        verdict.question = parsed.text
        return verdict
    return None
