"""People of one source: "How many people does the BelTA story quote by name?", "Кого цитирует
БелТА?", "who is quoted in the Executive Committee's news item of 5 November?", "which people does
the BelTA report name?", "which people are named in the article about the intelligence chiefs
meeting?".

The list of people who spoke or made statements is narrowed to those the named source records
(each person's ``sources``): the BelTA story names one person, not the five of all the sources. A
source is named by its publisher (a publisher with one source, or with several told apart by the
day or month of the source's date the question gives), or by the one meeting it reports ("the
article about the intelligence chiefs meeting"); otherwise the list is left as it is. The people
a source names are asked by a list of people and a source word ("which people does the BelTA report
name?" was BelTA's card): :func:`answer` lists them.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.meeting_names import named_meetings
from bot.answers.verdict import Verdict
from bot.kb.base import PartialDate
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.schema import Source

NAMED = 0.8  # share of the publisher's name the question must hold


def narrow(engine: Engine, parsed: Parsed, verdict: Verdict, day: tuple[int, int] | None, months: set[int]) -> Verdict:
    """``verdict`` (a list or count of people) narrowed to the people of the one source the question
    names; unchanged when it names none or several."""
    if verdict.intent != "list:person" or verdict.kind not in ("list", "count") or not verdict.items:
        return verdict
    source = _named_source(engine, parsed, day, months)
    if source is None:
        return verdict
    kb = engine.kb
    people = [i for i in verdict.items if isinstance(i, str) and source.id in kb.entities[i].sources]
    if not people or len(people) == len(verdict.items):
        return verdict
    verdict.items = people
    if verdict.kind == "count":
        verdict.value = len(people)
    verdict.filters = {**verdict.filters, "source": source.id}
    verdict.sources = [source.id]
    return verdict


def _named_source(engine: Engine, parsed: Parsed, day: tuple[int, int] | None, months: set[int]) -> Source | None:
    kb = engine.kb
    publishers = {h.entity for h in parsed.hits[:5] if h.name_cover >= NAMED and kb.kind(h.entity) in ("organisation", "body")}
    if not publishers:
        return None
    names = {
        name.lower()
        for publisher in publishers
        if (entity := kb.get(publisher)) is not None
        for name in (entity.name.en, entity.name.ru, *entity.short.all())
    }
    sources = [s for s in kb.data.sources.values() if _published_as(s) & names]
    if len(sources) > 1 and (day is not None or months):
        sources = [s for s in sources if _dated(s, day, months)]
    return sources[0] if len(sources) == 1 else None


def _published_as(source: Source) -> set[str]:
    """The names a source's publisher goes by: its citation and its publisher, in both languages."""
    cite = [source.cite.en, source.cite.ru] if source.cite else []
    return {name.lower() for name in (*cite, source.publisher.en, source.publisher.ru) if name}


def _dated(source: Source, day: tuple[int, int] | None, months: set[int]) -> bool:
    if not source.date:
        return False
    when = PartialDate.parse(source.date)
    if day is not None:
        return (when.day, when.month) == day
    return when.month in months


# People asked for: "which people", "who is named", "кого называет", "какие люди".
_PEOPLE = re.compile(
    r"\b(?:which|what)\s+(?:people|persons|individuals|names|officials)\b|\bwho\s+(?:is|are|was|were|gets?)\s+"
    r"(?:named|mentioned)\b|\bкого\b|\bкакие\s+(?:люди|лица|персоны|имена)\b|\bkogo\b|\bkakie\s+lyudi\b",
    re.I,
)
# A source spoken of as a text: "report", "article", "story", "news", "статья", "сообщение".
_SOURCE_WORD = re.compile(
    r"\b(?:report|article|story|news|item|piece|text|document|statya|stat'?i|soobshchen\w*|novost\w*)\b"
    r"|\bстать\w*|\bсообщени\w*|\bновост\w*|\bзаметк\w*|\bматериал\w*|\bпубликац\w*|\bдокумент\w*",
    re.I,
)
CUE = literal_cue([_PEOPLE])


def answer(engine: Engine, parsed: Parsed, base: Verdict, day: tuple[int, int] | None, months: set[int]) -> Verdict | None:
    """The people one named source records, listed; None unless people of a source are asked."""
    text = parsed.typed or parsed.text
    if not _PEOPLE.search(text) or not _SOURCE_WORD.search(text):
        return None
    source = _named_source(engine, parsed, day, months) or _source_of_meeting(engine, parsed)
    if source is None:
        return None
    kb = engine.kb
    people = [person.id for person in kb.of_kind("person") if source.id in person.sources]
    if not people:
        return None
    base.kind, base.answered, base.attribute, base.intent = "list", True, "person", "list:person"
    base.items = people
    base.filters = {"source": source.id}
    base.sources = [source.id]
    return base


def _source_of_meeting(engine: Engine, parsed: Parsed) -> Source | None:
    """The one source of the one meeting the question names ("the article about the intelligence
    chiefs meeting")."""
    kb = engine.kb
    meetings = [m for m, _ in named_meetings(engine, parsed)]
    if len(meetings) != 1:
        return None
    meeting = kb.get(meetings[0])
    if not isinstance(meeting, Meeting) or len(meeting.sources) != 1:
        return None
    return kb.data.sources.get(meeting.sources[0])
