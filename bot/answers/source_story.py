"""A source's story: what a news agency or publisher wrote, and its record of a given date.

- "what did BelTA write about the CIS?", "что написала БелТА?", "o chem pisal TASS?": the card of the
  agency, which tells what it published and about which meeting. "write" named nothing the search knows,
  so the agency was only offered back ("did you mean BelTA?"), and the conversation lost its subject.
- "what did the Executive Committee report on 2 March?" and, after an answer from one of a publisher's
  records, "what about its report of 2 March?" / "а 2 марта?" / "a chto u nih ot 2 marta?" / "and on 5
  November?": the card of what the publisher's record of that day is about (the report of 2 March and its
  figures; the news of 5 November, the 13th Security Secretaries meeting). Read as "was it on 2 March?"
  or "when is the report of 2 March dated?", the date the turn itself gives was answered back.

The record's subject is the document whose name is its title, else the one meeting only it reports.
Cheap: a verb of writing or a day with a month among few words, checked before any lookup.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.question_form import months_named
from bot.kb.schema import Meeting, Organisation

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict
    from bot.kb.base import KnowledgeBase
    from bot.kb.schema import Source

MAX_WORDS = 12
NAMED_AT = 0.4  # the agency or publisher is named this well
NAME_COVER = 0.8  # and this much of its name is in the question
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# what an agency or publisher wrote: "what did BelTA write / publish / report", "что (на)писала БелТА",
# "о чём писал ТАСС", "chto napisala belta", "what has BelTA written about the CIS"
_WROTE = re.compile(
    # ("which news agency reported …" asks for the agency: not this)
    r"\bwhat\b.*\b(?:write|wrote|written|writes|publish|published|publishes|report|reported|reports|cover|covered)\b"
    r"|\b(?:что|о\s+ч[её]м|chto|o\s+ch[eo]m)\b.*\b(?:писал\w*|написал\w*|пишет|опубликовал\w*|публиковал\w*|сообщал\w*|сообщил\w*"
    r"|pisal\w*|napisal\w*|pishet|opublikoval\w*|soobshchal\w*|soobshal\w*)"
)
_DAY = re.compile(r"(?<![\d.])([0-3]?\d)(?![\d.])")


def _sources(kb: KnowledgeBase) -> list[Source]:
    return [s for s in (kb.source(i) for i in {i for e in kb.entities.values() for i in getattr(e, "sources", [])}) if s is not None]


def _day_month(text: str) -> tuple[int, int] | None:
    """The one day and month the text names ("2 March", "2 marta", "5 ноября")."""
    months = months_named(text)
    days = {int(d) for d in _DAY.findall(text) if 1 <= int(d) <= 31}
    if len(months) != 1 or len(days) != 1:
        return None
    return days.pop(), months.pop()


def _dated(source: Source) -> tuple[int, int] | None:
    found = re.search(r"\b(\d{1,2})\s+([A-Z][a-z]+)", source.date_text or "")
    if found is None or found.group(2).lower() not in _MONTHS:
        return None
    return int(found.group(1)), _MONTHS.index(found.group(2).lower()) + 1


def record_subject(kb: KnowledgeBase, source: Source) -> str | None:
    """What a record is about: the document named by its title, else the one meeting only it reports."""
    for document in kb.of_kind("document"):
        if document.name.en == source.title.en and source.id in document.sources:
            return document.id
    own = [m.id for m in kb.of_kind("meeting") if isinstance(m, Meeting) and m.kind == "meeting" and list(m.sources) == [source.id]]
    return own[0] if len(own) == 1 else None


def _publisher_of(kb: KnowledgeBase, entity_id: str) -> set[str]:
    """The sources an agency or publisher put out: an agency's own, a body's by its name as publisher."""
    entity = kb.entities[entity_id]
    if isinstance(entity, Organisation) and entity.category == "media":
        return set(entity.sources)
    names = {entity.name.en.lower(), *(n.lower() for n in entity.aliases.en), *(n.lower() for n in entity.short.en)}
    return {s.id for s in _sources(kb) if s.publisher.en.lower() in names or (s.cite is not None and s.cite.en.lower() in names)}


def _card(engine: Engine, base: Verdict, subject: str, question: str | None = None) -> Verdict:
    base.kind, base.answered, base.focus = "card", True, [subject]
    base.sources = list(getattr(engine.kb.entities[subject], "sources", []))
    if question is not None:
        base.filters = {**base.filters, "follow_up": question}
    return base


def _of_date(kb: KnowledgeBase, publishers: set[str], day_month: tuple[int, int]) -> str | None:
    """The subject of the one record of those publishers dated that day."""
    dated = [s for s in _sources(kb) if s.id in publishers and _dated(s) == day_month]
    return record_subject(kb, dated[0]) if len(dated) == 1 else None


def answer(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The card of an agency asked what it wrote, or of its (or a publisher's) record of the day named."""
    text = parsed.text.lower()
    if len(text.split()) > MAX_WORDS or not _WROTE.search(text):
        return None
    kb = engine.kb
    day_month = _day_month(parsed.text)
    if day_month is not None:
        # "what was in the Executive Committee's report of 2 March?": the record itself found by its words
        for hit in parsed.hits[:3]:
            own = [s for s in map(kb.source, getattr(kb.entities[hit.entity], "sources", [])) if s is not None]
            if hit.score >= NAMED_AT and any(_dated(s) == day_month and record_subject(kb, s) == hit.entity for s in own):
                return _card(engine, base, hit.entity)
    # the agency or publisher named by its name ("BelTA"), not found by "news agency" in its description
    top = next(
        (h for h in parsed.hits[:3] if h.score >= NAMED_AT and h.name_cover >= NAME_COVER and kb.kind(h.entity) in ("organisation", "body")),
        None,
    )
    if top is None:
        return None
    publishers = _publisher_of(kb, top.entity)
    if not publishers:
        return None
    if day_month is not None:
        subject = _of_date(kb, publishers, day_month)
        return _card(engine, base, subject) if subject is not None else None
    entity = kb.entities[top.entity]
    if isinstance(entity, Organisation) and entity.category == "media":
        return _card(engine, base, top.entity)
    return None


# "а 2 марта?", "what about its report of 2 March?", "and on 5 november?", "а что у них от 2 марта?"
_SHORT_DATED = re.compile(
    r"^(?:(?:and|so|but|а|и|a|i|no|но)\s+)?(?:(?:what|how)\s+about\s+|(?:что|chto)\s+(?:у\s+них\s+|u\s+nih\s+)?|)"
    r"(?:(?:в|v|in)\s+)?(?:(?:its|their|the|his|ихн\w*|их|ego|ih)\s+)?(?:(?:report|news|article|story|item|record|publication|отч[её]т\w*|новост\w*"
    r"|сообщени\w*|публикаци\w*|stat\w*|otchet\w*|novost\w*|soobshcheni\w*)\s+)?"
    r"(?:(?:of|on|from|dated|от|за|в|ot|za|v)\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+\w+$"
)


def after_record(engine: Engine, parsed: Parsed, base: Verdict, short: str, context: Verdict) -> Verdict | None:
    """ "а 2 марта?" after an answer from one of a publisher's records: the card of its record of that day."""
    text = short.strip(" ?!.")
    if len(text.split()) > MAX_WORDS or not _SHORT_DATED.match(text):
        return None
    day_month = _day_month(text)
    if day_month is None:
        return None
    kb = engine.kb
    records = [s for s in map(kb.source, context.sources) if s is not None]
    publishers = {s.id for s in _sources(kb) for r in records if s.publisher.en == r.publisher.en}
    if not records or _dated(records[0]) == day_month:
        return None
    subject = _of_date(kb, publishers, day_month)
    if subject is None or subject in context.focus:
        return None
    return _card(engine, base, subject, context.question)
