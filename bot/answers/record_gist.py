"""What a publication is about: "о чём отчёт Исполкома от 2 марта?", "tl;dr of the BelTA piece?", "What's the
16 June report about?", "What does the March report say?", "Что в публикации Исполкома от 5 ноября?".

A record word (report, article, piece, news, отчёт, статья, публикация, сообщение …) asked for its gist, the
record named by its day, its month, or its publisher or agency when that put out only one: the card of what
the record is about (`source_story.record_subject`: the document whose name is its title, else the one
meeting only it reports). The day read as a date claimed had given "nothing recorded for March; June is
given", and the agency's name alone its own card (what BelTA is) instead of what it wrote.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import source_story
from bot.answers.cues import cued
from bot.answers.question_form import months_named

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict
    from bot.kb.schema import Source

MAX_WORDS = 16
_RECORD = cued(re.compile(
    r"\b(?:report|article|piece|story|news|publication|press\s+release|write-?up)\b"
    r"|\bотч[её]т\w*|\bстать(?:я|и|ю|е|ей)\b|\bновост\w*|\bпубликаци\w*|\bсообщени\w*|\bзаметк\w*|\bпресс-релиз\w*"
    r"|\botch[eyio]?[eo]?t\w*|\bstat(?:ya|yi|yu|ye|e)\b|\bnovost\w*|\bpublikac\w*|\bsoobshcheni\w*",
    re.I,
))
# the gist asked: "… about?" at the end, "о чём", "tl;dr", "in a nutshell", "what does … say", "что в …"
_GIST = cued(re.compile(
    r"\babout\s*\??\s*$|\bwhat\s+(?:does|did|do)\b.*\bsay\s*\??\s*$|\btl;?\s?dr\b|\bnutshell\b|\bgist\b|\bsumm?ar(?:y|i[sz]e)\b"
    r"|\bin\s+short\b|\bbriefly\b"
    r"|\bо\s+ч[её]м\b|\bв\s+двух\s+словах\b|\bвкратце\b|\bкратко\b|\bкоротко\b|\bсуть\b"
    r"|^\W*что\s+(?:было\s+)?в\s+(?:отч[её]т|стать|новост|публикаци|сообщени|заметк)"
    r"|\bo\s+ch[eo]m\b|\bv\s+dvuh\s+slovah\b|\bvkratce\b|\bkratko\b",
    re.I,
))
# a topic asked of the record ("what does the report say about drones", "о чём говорится … про дроны") is
# a question of what it says on that topic, not its gist
_TOPIC_AFTER = re.compile(r"\b(?:about|on|regarding|про|насч[её]т|относительно)\s+\w+[^?]*\bsay\b|\bпро\s+\w+", re.I)


def _one_month(text: str) -> int | None:
    months = months_named(text)
    return next(iter(months)) if len(months) == 1 else None


def _named_source(engine: Engine, parsed: Parsed) -> Source | None:
    """The one record the question names by its day, month or publisher."""
    kb = engine.kb
    sources = source_story._sources(kb)
    publisher = next(
        (
            h
            for h in parsed.hits[:3]
            if h.score >= source_story.NAMED_AT
            and h.name_cover >= source_story.NAME_COVER
            and kb.kind(h.entity) in ("organisation", "body")
        ),
        None,
    )
    published = source_story._publisher_of(kb, publisher.entity) if publisher is not None else None
    if published is not None:
        sources = [s for s in sources if s.id in published]
    day_month = source_story._day_month(parsed.text)
    month = _one_month(parsed.text)
    if day_month is not None:
        sources = [s for s in sources if source_story._dated(s) == day_month]
    elif month is not None:
        sources = [s for s in sources if (dated := source_story._dated(s)) is not None and dated[1] == month]
    elif published is None:
        return None  # "what's the report about?": no record named
    return sources[0] if len(sources) == 1 else None


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The card of what the record the question names is about, when its gist is asked (see the module)."""
    typed = parsed.typed
    if len(typed.split()) > MAX_WORDS or not _RECORD.search(typed) or not _GIST.search(typed):
        return None
    if _TOPIC_AFTER.search(parsed.text):
        return None
    source = _named_source(engine, parsed)
    if source is None:
        return None
    subject = source_story.record_subject(engine.kb, source)
    if subject is None:
        return None
    return source_story._card(engine, base, subject)
