"""Another topic asked "too" of the meeting whose topics are in context: "a bezopasnost dorozhnogo
dvizheniya tozhe?" after the interior ministers' agenda, "road safety too?", "а миграцию тоже?" after
"was drug trafficking discussed there?".

The turn names no verb, so it was read as "and X?" of the meeting's participants ("Нет … Совет глав
государств — не в их числе", the search's nearest entry standing for the topic) or quoted the agenda
line with no "yes". After an answer about what a meeting took up, "X too?" asks whether that meeting
took X up as well: the turn is asked in the words the yes/no answerer reads ("was <X> discussed at
<meeting>?"), and its answer is kept only when it is about that meeting.

Cheap: a regex on the turn's end, then one engine question.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.search.chatlatin import cyrillic_reading

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

# "X too?", "а X тоже?", "i X tozhe?", "also X?": the topic is what is left.
_TOO = re.compile(
    r"^\W*(?:(?:and|so|а|и|a|i)\s+)?(?:(?:what\s+about|also|а\s+также|также)\s+)?(?P<x>[^?!.]+?)"
    r"\s*,?\s+(?:too|as\s+well|also|тоже|также|tozhe|takzhe|tozhe\s+obsuzhdali|тоже\s+обсуждали)\W*$",
    re.IGNORECASE,
)
_WORD = re.compile(r"\w+")
# Words that make the rest a question of its own, not a topic ("was he there too?", "и он тоже?").
_NOT_TOPIC = frozenset({
    "was", "were", "is", "are", "did", "does", "do", "has", "have", "he", "she", "they", "it", "him", "her",
    "them", "there", "он", "она", "они", "его", "её", "их", "там", "тогда", "tam", "togda", "on", "ona", "oni",
    "ego", "ee", "ikh",
})  # fmt: skip
# Answers about what a meeting took up.
_TOPIC_ATTRIBUTES = frozenset({"agenda", "outcomes", "results", "topics"})
MAX_WORDS = 8


def _topical(context: Verdict) -> bool:
    return (
        context.attribute in _TOPIC_ATTRIBUTES
        or "topic" in context.filters
        or (context.kind == "yes_no" and context.grounds in ("discussed", "not_discussed"))
    )


def answer(engine: Engine, parsed: Parsed, question: str, context: Verdict, today: date) -> Verdict | None:
    """Whether the meeting in context took up the topic the turn adds "too", or None."""
    if len(question.split()) > MAX_WORDS:
        return None
    lower = question.lower()
    if not any(cue in lower for cue in ("too", "well", "also", "тоже", "также", "tozhe", "takzhe")):
        return None
    meeting = context.focus[0] if context.focus else None
    if meeting is None or engine.kb.kind(meeting) != "meeting" or not _topical(context):
        return None
    # Latin-typed Russian in Cyrillic, so that the topic meets the Russian words of the records
    text = cyrillic_reading(question, frozenset()) or question
    found = _TOO.match(text)
    if found is None:
        return None
    topic = found.group("x").strip(" ,")
    words = _WORD.findall(topic.lower())
    if not words or any(word in _NOT_TOPIC for word in words):
        return None
    # A topic is no entry of the knowledge base by its own name ("а Армения тоже?" asks of a state).
    topic_parsed = engine.parse(topic, parsed.lang)
    if any(hit.name_cover >= 0.8 and hit.score >= 0.5 for hit in topic_parsed.hits[:2]):
        return None
    russian = bool(re.search("[\u0400-\u04ff]", text))
    lang = "ru" if russian else parsed.lang
    terms = engine.kb.entities[meeting].short
    shorts = terms.ru if lang == "ru" else terms.en
    name = shorts[0] if shorts else engine.kb.name(meeting, lang)
    asked = f"обсуждали ли {topic} на встрече «{name}»?" if lang == "ru" else f"was {topic} discussed at {name}?"
    verdict = engine.answer(asked, lang, today)
    if verdict.kind != "yes_no" or meeting not in verdict.focus[:1] or verdict.grounds not in ("discussed", "not_discussed"):
        return None
    verdict.question = question
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": meeting, "topic": topic}
    return verdict
