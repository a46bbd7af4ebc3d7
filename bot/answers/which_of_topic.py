"""Which of the entries just listed concern a topic: "which of them concern borders?" / "какие из
них про терроризм?" / "kakie iz nih o granitsah?" after a list of documents (or a meeting's
outcomes).

Searched alone, the topic word found the meeting the list came from, and the bot answered with a
list of meetings: a confident wrong answer. The listed entries are filtered instead, by the words of
their names (then of their descriptions when no name holds them), with the index's stems and
synonym groups, so "borders" finds the Border Security Programme and "терроризм" the programme on
countering terrorism. The answer is the previous list narrowed; an empty one says none of them does.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.which_of_period import WHICH_OF_LISTED
from bot.kb.schema import Document
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict
    from bot.kb.schema import Entity

CUE = cued(re.compile(
    WHICH_OF_LISTED
    + r"(?:\s+(?:is|are|was|were|is it|—|-))?"
    r"\s+(?:concern\w*|(?:is |are )?about|deal\w*\s+with|cover\w*|relat\w*\s+to|on|про|о|об|касают\w*|касает\w*"
    r"|посвящ\w*|связан\w*\s+с|pro|o|ob|kasayut\w*|kasaet\w*)\s+(?P<topic>[^?!.]+)",
    re.I,
))


def answer(engine: Engine, parsed: Parsed, context: Verdict | None) -> Verdict | None:
    """The previous list of documents narrowed to those on the topic asked, or None when the question
    is not "which of them concern <topic>", or the previous answer listed no documents."""
    if context is None:
        return None
    asked = CUE.search(parsed.text)
    if asked is None:
        return None
    listed = _listed(context)
    kb = engine.kb
    entries = [kb.get(i) for i in listed]
    if len(entries) < 2 or not all(isinstance(e, Document) for e in entries):
        return None
    topic = _topic_readings(engine, asked.group("topic"), parsed.lang)
    if not topic:
        return None
    fitting = [e.id for e in entries if e is not None and _holds(topic, _words(engine, e, description=False))]
    if not fitting:
        fitting = [e.id for e in entries if e is not None and _holds(topic, _words(engine, e, description=True))]
    return replace(
        context,
        question=parsed.text,
        lang=parsed.lang,
        kind="list",
        items=fitting,
        focus=[],
        attribute="document",
        intent="list:document",
        statements=[],
        value=None,
        filters={"topic_words": asked.group("topic").strip()},
    )


_CLOSE = 0.8  # a vocabulary word this close to a typed one is a reading of it ("granitsah": границах)


def _topic_readings(engine: Engine, text: str, lang: str) -> list[set[str]]:
    """Each content word of the topic with the index's readings of it (its stem, its synonym
    group, the Russian a Latin-typed word reads as)."""
    query = engine.parse(text, lang).query
    # the stems as written too: a synonym group ("~terrorism") misses a name whose phrase folded
    # into another group ("борьбе с терроризмом": "~counter_terrorism")
    raw = text_tokens(text)
    readings = []
    for i, token in enumerate(query.tokens):
        if token in engine._generic:
            continue
        reading = {token, *(word for word, score in query.matches[i] if score >= _CLOSE)}
        if len(raw) == len(query.tokens):
            reading.add(raw[i])
        readings.append(reading)
    return readings


def _holds(topic: list[set[str]], words: set[str]) -> bool:
    return all(not reading.isdisjoint(words) for reading in topic)


def _listed(context: Verdict) -> list[str]:
    """The entries the previous answer listed: a list's items, or the documents a meeting's outcomes named."""
    if context.kind in ("list", "count") and context.items:
        return list(context.items)
    if context.kind == "fact" and context.attribute == "outcomes" and isinstance(context.value, list):
        return [str(i) for i in context.value]
    return []


def _words(engine: Engine, entity: Entity, description: bool) -> set[str]:
    names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
    if description and entity.description is not None:
        names += [entity.description.en, entity.description.ru]
    raw = text_tokens(" ".join(name for name in names if name))
    return {*raw, *engine.index.fold_synonyms(raw)}
