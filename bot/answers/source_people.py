"""People of one source: "How many people does the BelTA story quote by name?", "Кого цитирует
БелТА?", "who is quoted in the Executive Committee's news item of 5 November?".

The list of people who spoke or made statements is narrowed to those the named source records
(each person's ``sources``): the BelTA story names one person, not the five of all the sources. A
source is named by its publisher (a publisher with one source, or with several told apart by the
day or month of the source's date the question gives); otherwise the list is left as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict
from bot.kb.base import PartialDate

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
    publishers = {h.entity for h in parsed.hits[:5] if h.name_cover >= NAMED and kb.kind(h.entity) == "organisation"}
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
