"""Another topic asked of the same meeting: "а беспилотники?" after "obsuzhdali li v pitere bezopasnost
dorozhnogo dvizheniya?" (yes, at the interior ministers meeting), and "а дорожная безопасность тоже?" /
"and cybercrime too?" after the meeting's agenda ("what did the interior ministers discuss?").

The previous question asked whether a topic was discussed at a meeting, or what a meeting discussed;
"а X?" / "а X тоже?" asks the same of X.
Completed by appending the meeting's name to "а беспилотники" it read "беспилотники" as a participant
and answered "No: the Council of Heads of State is not among the participants". It is asked again in
the form the yes/no answerer reads ("обсуждали ли беспилотники на <meeting>?", "was drones discussed
at the <meeting>?"): yes with the record's words, or "the sources do not say" of that meeting.

Cheap: a regex on the previous question and on a short "а X?" turn, then one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers.previous import _meeting
from bot.search.chatlatin import cyrillic_reading
from bot.search.text import has_cyrillic, ordinal_stem

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_TOPIC_WORDS = 3
OWN_COVER = 0.8  # a hit covering this much of its name is named by the turn, no topic
# the previous question asked whether a topic was taken up
_DISCUSSED = re.compile(
    r"\b(?:обсужда\w*|обсудил\w*|обсуждал\w*|рассматрива\w*|говорил\w*|упомина\w*|discuss\w*|talk\w*|mention\w*|rais\w*"
    r"|obsuzhda\w*|obsudil\w*|rassmatriva\w*|govoril\w*|upomina\w*"
    # "была ли там речь о …", "шла ли речь о …"
    r"|речь|rech)\b"
)
_AGENDA_WORD = re.compile(r"\b(?:agenda|повестк\w*|povestk\w*)")
# "а о беспилотниках?", "a ob ekologii?": the topic in the case "о" governs, asked with "говорили ли о …"
_WHAT_ABOUT = re.compile(
    r"^(?:and|what about|а|и|a|i)\s+(?:(?P<about>о|об|обо|o|ob|obo)\s+|про\s+|pro\s+|about\s+)?(?P<rest>[^?]+?)"
    # "а дорожная безопасность тоже?", "and cybercrime too?": "too" is no word of the topic
    r"(?:,?\s+(?:тоже|также|too|also|as\s+well|tozhe|takzhe))?"
    # "а дорожную безопасность там?": "there" is the meeting, no word of the topic
    r"(?:\s+(?:там|tam|there|тоже|tozhe))*$"
)


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict, today: date) -> Verdict | None:
    """The same yes/no of the same meeting about the topic "а X?" names, or None."""
    carried = isinstance(context.filters.get("topic"), str)  # the previous turn was itself "а о …?"
    # after a meeting's agenda ("what did they discuss in St Petersburg?") "а X тоже?" asks whether X was
    # among its topics: read whole, the meeting's name appended made X a participant ("No: the Council
    # of Heads of State is not among them")
    # (asked what it discussed: "what did the leaders approve on border security?" then "and on terrorism?"
    # asks what they approved on that, not whether it was discussed)
    asked = (context.question or "").lower()
    agenda = (
        context.intent == "agenda"
        and context.kind in ("fact", "list", "quote")
        and len(context.focus) == 1
        and (_DISCUSSED.search(asked) is not None or _AGENDA_WORD.search(asked) is not None)
    )
    if not agenda and (context.kind != "yes_no" or not (carried or _DISCUSSED.search((context.question or "").lower()))):
        return None
    about = _WHAT_ABOUT.match(text)
    if about is None or len(about.group("rest").split()) > MAX_TOPIC_WORDS:
        return None
    topic = about.group("rest")
    if agenda and any(ordinal_stem(word) is not None for word in topic.split()):
        return None  # "а третья?" after a meeting's agenda is its third session (listed_followup)
    if parsed.lang == "ru" and not about.group("about") and not has_cyrillic(topic):
        # "a dorozhnuyu bezopasnost tozhe?": the topic in Cyrillic letters, as the yes/no answerer reads Russian
        reading = cyrillic_reading(f"obsuzhdali li {topic}", engine._latin_abbreviations)
        topic = " ".join(reading.split()[2:]) if reading else topic
    # a state, body or meeting of its own ("а Армения?", "а заседание МВД?") is another rule's
    # ("а миграцию?" finds the Council of Heads of Migration Bodies by one word of its name: a topic)
    if any(
        h.score >= 0.5 and (h.name_cover >= OWN_COVER or engine.kb.kind(h.entity) in ("meeting", "state", "person"))
        for h in parsed.hits[:2]
    ):
        return None
    meeting = _meeting(engine, context)
    if meeting is None:
        return None
    # its short name: a long official one drowns the topic's one word
    shorts = engine.kb.entities[meeting].short
    names = shorts.ru if parsed.lang == "ru" else shorts.en
    name = names[0] if names else engine.kb.name(meeting, parsed.lang)
    if parsed.lang == "ru" and about.group("about"):
        latin = about.group("about")[0] in "ob"
        question = f"{'govorili li' if latin else 'говорили ли'} {about.group('about')} {topic} на {name}?"
    else:
        question = f"обсуждали ли {topic} на {name}?" if parsed.lang == "ru" else f"was {topic} discussed at the {name}?"
    verdict = engine.answer(question, parsed.lang, today)
    if not verdict.answered or verdict.kind != "yes_no" or verdict.focus[:1] != [meeting]:
        return None
    shown = f"{about.group('about')} {topic}" if about.group("about") else topic
    if about.group("about") and about.group("about")[0] in "ob":
        reading = cyrillic_reading(f"govorili li {shown}", engine._latin_abbreviations)
        shown = " ".join(reading.split()[2:]) if reading else shown
    if verdict.grounds == "not_discussed":
        # say which topic was not found ("об этом" after "а о беспилотниках?" does not say it)
        verdict.value = {**(verdict.value if isinstance(verdict.value, dict) else {}), "topic": shown}
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": meeting, "topic": shown}
    return verdict


def discussed_asked(question: str) -> bool:
    """Whether a question asked what was discussed or talked about."""
    return _DISCUSSED.search(question.lower()) is not None
