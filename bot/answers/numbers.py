"""Look-alike numbers and months: a question that counts or numbers what it asks about with a
figure the sources do not hold ("the five specialised bodies" when there are three, "the 75th
anniversary of Victory" when it was the 80th, "the fifth session" of a meeting of four), or dates a
statement in a month its record does not ("what Peskov said in November" of his October statement).
The usual answer would give the real record as if it were the one asked; the verdict is "not
recorded" with the figure or month the record has, and the record as the nearest one.

Cheap: only a question with a number token (``#N``) or a month's token whose answer is a confident
one is looked at; the figures and months of an entry are gathered once per engine.
"""

from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from itertools import chain, pairwise
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel

from bot.answers import ordinal_unrecorded
from bot.answers.mentions import MENTION_SCORE
from bot.answers.question_form import meeting_ordinals
from bot.answers.verdict import Verdict
from bot.kb.schema import Fact, Meeting, PartialDate
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase

NAMED = 0.8  # share of a name the question must hold for its figures to count as named
MAX_ITEMS = 20  # a list's entries whose figures are looked at ("which councils are among the 16 bodies")
YEAR_FROM = 1000  # a figure this large is a year: the date answerers weigh years
# Verdicts that state a record as the answer; yes/no, clarify and refusals weigh their own premises.
_STATED = frozenset({"fact", "card", "quote", "list", "count"})
_MONTH = (
    r"jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sep(?:tember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?|январ\w*|феврал\w*|март\w*|апрел\w*|ма[йяе]|июн\w*|июл\w*|август\w*|сентябр\w*|октябр\w*"
    r"|ноябр\w*|декабр\w*|yanvar\w*|fevral\w*|mart\w*|aprel\w*|iyun\w*|iyul\w*|avgust\w*|sentyabr\w*|oktyabr\w*"
    r"|noyabr\w*|dekabr\w*"
)
_UNIT = (
    r"days?|weeks?|months?|years?|hours?|halfs?|halves|quarters?|дн\w*|день|недел\w*|месяц\w*|лет|год\w*|час\w*"
    r"|половин\w*|полугоди\w*|квартал\w*|dn\w*|nedel\w*|mesya\w*|let|god\w*|polovin\w*|kvartal\w*"
)
# A figure that is a day of a date or a length of time ("10 June", "June 10", "3 months ago") numbers
# no record: the date and time answerers read it.
# A bound ("more than 10", "не менее пяти") is weighed by the yes/no answer, not named as a record's figure.
_EXCUSED = re.compile(
    # the month only looked at, not taken: "the August 12 meeting" still finds "August 12" after "the"
    rf"\b([\w-]+?)(?:st|nd|rd|th|-?(?:го|е|ое|м|й))?\s+(?:of\s+)?(?=(?:{_MONTH}|{_UNIT})\b)"
    rf"|\b(?:{_MONTH})\s+(\d{{1,2}})\b"
    r"|\b(?:(?:more|less|fewer)\s+than|over|under|at\s+least|at\s+most|up\s+to|больше|более|меньше|менее|свыше"
    r"|не\s+менее|не\s+более|до|bolshe|bolee|menshe|menee)\s+([\w-]+)",
    re.I,
)
# What every match of _EXCUSED holds, without its costly start (a lazy word tried at every letter
# before a month or a unit): the whitespace before the month or unit, the month before a day, the
# bound before its figure. Searched in the lower-cased text, without IGNORECASE (several times
# cheaper); the few letters IGNORECASE matches beyond str.lower() ("ſ" for "s", "ᲀ" for "в", "ı"
# and "İ" for "i") hand the text to _EXCUSED itself.
_EXCUSED_GATE = re.compile(
    rf"\s(?:of\s+)?(?:{_MONTH}|{_UNIT})\b"
    rf"|\b(?:{_MONTH})\s+\d{{1,2}}\b"
    r"|\b(?:(?:more|less|fewer)\s+than|over|under|at\s+least|at\s+most|up\s+to|больше|более|меньше|менее|свыше"
    r"|не\s+менее|не\s+более|до|bolshe|bolee|menshe|menee)\s+[\w-]"
)
_ODD_FOLDS = re.compile("[\u0131\u017f\u1c80-\u1c86\u0130]")


def _may_excuse(text: str) -> bool:
    """False only when _EXCUSED finds nothing in ``text``."""
    return _EXCUSED_GATE.search(text.lower()) is not None or (not text.isascii() and _ODD_FOLDS.search(text) is not None)


# Per engine (its knowledge base never changes): every figure an entry holds, in any field.
_FIGURES: weakref.WeakKeyDictionary[Engine, dict[str, frozenset[int]]] = weakref.WeakKeyDictionary()


def _clarified_number(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict:
    """An ask-back whose first offer is a numbered meeting other than the number the question gives
    ("what happened at the XIX counter-terrorism meeting?"): no such meeting, the nearest said,
    as when the meeting had been answered; otherwise the ask-back stands."""
    first = engine.kb.get(verdict.alternatives[0])
    ordinals = meeting_ordinals(parsed.text)
    if not isinstance(first, Meeting) or first.number is None or not ordinals or first.number in ordinals:
        return verdict
    probe = Verdict(verdict.question, verdict.lang, "card", True, focus=[first.id], matches=verdict.matches, intent="card")
    probe.sources = list(first.sources)
    checked = unrecorded_number(engine, parsed, probe)
    return checked if checked.kind == "not_recorded" else verdict


def unrecorded_number(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict:
    """``verdict`` unchanged, or "not recorded" (reason "constraint", what "number") when the
    question holds a figure that neither the answer nor the entries it names hold."""
    if verdict.kind == "clarify" and verdict.alternatives:
        return _clarified_number(engine, parsed, verdict)
    if not verdict.answered or verdict.kind not in _STATED or verdict.yes is not None:
        return verdict  # a yes or no already weighed what the question asserts
    asked = [int(token[1:]) for token in parsed.query.tokens if token[:1] == "#" and token[1:].isdigit()]
    # "One" is a word more often than a figure ("quick one", "one of them", "the first time").
    asked = [number for number in asked if 1 < number < YEAR_FROM]
    if not asked:
        return verdict
    kb = engine.kb
    focus = verdict.focus[0] if verdict.focus else None
    ordinal = _ordinal_as_count(engine, parsed, focus)
    if ordinal is not None:
        return _unrecorded_ordinal(kb, verdict, *ordinal)
    # Most often the record answered holds the figure ("the 13th meeting", "XVIII"): no more to look at.
    if focus in kb.entities and _holds_all(engine, focus, asked):
        return verdict
    # A place or a state named beside the record ("in Moscow") lends it no figures.
    named = [
        h.entity
        for h in parsed.hits[:5]
        if h.score >= MENTION_SCORE and h.name_cover >= NAMED and kb.kind(h.entity) not in ("place", "state")
    ]
    shown, stated = _counts(verdict)
    counts = shown | stated
    held = set(counts)
    listed = verdict.items[:MAX_ITEMS]
    for entity_id in {*verdict.focus, *verdict.alternatives, *named, *listed, *(s.entity for s in verdict.statements)}:
        if entity_id in kb.entities:
            held |= _figures(engine, entity_id)
    # The dearer looks only when a figure is still missing: the statements' own texts, then the
    # figures that are days of dates, lengths of time or bounds.
    missing = [number for number in asked if number not in held]
    if missing and verdict.statements:
        for statement in verdict.statements:
            held |= _numbers(statement.en)
        missing = [number for number in missing if number not in held]
    if missing:
        matches = _EXCUSED.finditer(parsed.text) if _may_excuse(parsed.text) else ()
        excused = {value for match in matches for word in match.groups() if (value := _value(word))}
        asked = [number for number in asked if number not in excused]
        missing = [number for number in missing if number not in excused]
    if not missing or not any(1 < n < YEAR_FROM for n in held):
        return verdict  # nothing missing, or a record without figures to set the question's against
    number = missing[0]
    # The figure the record has: a count the answer shows, else one its texts write before the
    # word the question puts after its own ("the 80th anniversary" for "the 75th anniversary");
    # none when no figure of the record counts the same thing ("the 15th session": "16 bodies" is no answer).
    pool: list[int] = []
    for figures in (shown, stated, _same_unit(engine, parsed, verdict, number)):
        pool = [n for n in figures if 1 < n < YEAR_FROM and n not in asked]
        if pool:
            break
    recorded = min(pool, key=lambda n: (abs(n - number), n)) if pool else None
    record = verdict.focus[0] if verdict.focus else verdict.items[0] if verdict.items else None
    nearest = [i for i in [*verdict.focus, *verdict.items, *verdict.alternatives] if i in kb.entities]
    result = Verdict(
        verdict.question, verdict.lang, "not_recorded", True, matches=verdict.matches, intent="not_recorded"
    )
    result.reason = "constraint"
    result.value = {"what": "number", "asked": number, "recorded": recorded}
    result.alternatives = list(dict.fromkeys(nearest))[:3]
    result.focus = [record] if record else []
    result.sources = list(verdict.sources)
    return result


def _ordinal_as_count(engine: Engine, parsed: Parsed, focus: str | None) -> tuple[int, Meeting] | None:
    """(the ordinal, the nearest numbered meeting) when the question numbers one meeting ("the XX
    counter-terrorism meeting", "20-е совещание") and the answer is a figure that merely counts
    twenty of something ("In 2025, 20 meetings were held"): the ordinal is no count."""
    fact = engine.kb.get(focus) if focus else None
    if not isinstance(fact, Fact) or fact.number is None:
        return None
    ordinals = meeting_ordinals(parsed.text)
    if fact.number not in ordinals:
        return None
    numbered = [m for m in engine.kb.of_kind("meeting") if isinstance(m, Meeting) and m.number and m.number not in ordinals]
    if not numbered:
        return None
    return fact.number, min(numbered, key=lambda m: abs((m.number or 0) - fact.number))  # type: ignore[operator]


def _unrecorded_ordinal(kb: KnowledgeBase, verdict: Verdict, number: int, nearest: Meeting) -> Verdict:
    fresh = Verdict(verdict.question, verdict.lang, "not_recorded", True, matches=verdict.matches)
    return ordinal_unrecorded.unrecorded_number(fresh, number, [nearest])


def _same_unit(engine: Engine, parsed: Parsed, verdict: Verdict, number: int) -> set[int]:
    """The figures the record's texts write before the word the question writes after ``number``."""
    words = text_tokens(parsed.text)
    mark = f"#{number}"
    unit = next((words[i + 1] for i, word in enumerate(words[:-1]) if word == mark), None)
    if unit is None or unit[:1] == "#":
        return set()
    kb = engine.kb
    texts = [statement.en for statement in verdict.statements]
    for entity_id in verdict.focus[:2]:
        if entity_id in kb.entities:
            for record in [kb.entities[entity_id], *kb.facts_of(entity_id)]:
                _strings(record.model_dump(mode="json"), texts)
    found: set[int] = set()
    for text in texts:
        tokens = text_tokens(text)
        found |= {
            int(token[1:]) for token, after in pairwise(tokens) if after == unit and token[:1] == "#" and token[1:].isdigit()
        }
    return found


def _strings(value: Any, into: list[str]) -> None:
    if isinstance(value, str):
        if not _IDENTIFIER.match(value):
            into.append(value)
    elif isinstance(value, list):
        for item in value:
            _strings(item, into)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                _strings(item, into)


def _figures(engine: Engine, entity_id: str) -> frozenset[int]:
    """The figures written in an entry's texts and its facts' (ids, dates and sources aside)."""
    cached = _FIGURES.setdefault(engine, {})
    found = cached.get(entity_id)
    if found is None:
        found = cached[entity_id] = frozenset(chain.from_iterable(_figure_parts(engine, entity_id)))
    return found


def _holds_all(engine: Engine, entity_id: str, asked: list[int]) -> bool:
    """``all(number in _figures(engine, entity_id) for number in asked)``, reading the entry's texts
    only until every number asked is found: most often in its name, the first text read, while
    its other texts cost a regex each (a first question about an entry must not pay for them)."""
    known = _FIGURES.get(engine, {}).get(entity_id)
    if known is not None:
        return all(number in known for number in asked)
    missing = set(asked)
    parts = _figure_parts(engine, entity_id)
    while missing:
        figures = next(parts, None)
        if figures is None:
            return False
        missing -= figures
    return True


def _figure_parts(engine: Engine, entity_id: str) -> Iterator[set[int]]:
    """The figures of an entry (see :func:`_figures`) text by text, in the order written."""
    kb = engine.kb
    for record in [kb.entities[entity_id], *kb.facts_of(entity_id)]:
        # The record itself, not its model_dump: a question about "the 12th meeting" finds 12 in
        # its name, the first text, without the whole meeting (every statement) dumped first.
        yield from _texts(record)
        if isinstance(record, Fact) and record.value.en.count(";") >= 1:
            # The items a fact enumerates are counted by "the four aims" as its own figure.
            yield {record.value.en.count(";") + 1}


_NOT_TEXT = frozenset({"id", "related", "sources", "source", "date", "start", "end", "date_start", "date_end"})
_IDENTIFIER = re.compile(r"^[\w-]*\d[\w-]*$")  # an id or a date ("mtg_2025_06_10_…", "2025-06-10"), not a text


def _texts(value: Any) -> Iterator[set[int]]:
    if isinstance(value, str):
        # Most texts hold no figure at all: their (cached) tokens say so before the dearer
        # regex below. Blanking out dates and lengths of time only ever removes figures.
        if not _IDENTIFIER.match(value) and _numbers(value):
            # Days of dates are no figures of the record ("attended the meeting of 10 June").
            yield _numbers(_EXCUSED.sub(" ", value) if _may_excuse(value) else value)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in _NOT_TEXT:
                yield from _texts(item)
    elif isinstance(value, BaseModel):
        # What ``value.model_dump(mode="json")`` holds, read off the model: its fields in their
        # order, each holding a text, a number, None, a list or a model of the knowledge base's
        # schema (no serialisers, aliases or fields of a parent type holding a subclass).
        for key in type(value).model_fields:
            if key not in _NOT_TEXT:
                yield from _texts(getattr(value, key))


def _counts(verdict: Verdict) -> tuple[set[int], set[int]]:
    """The sizes the answer shows (its items, its groups and their total, a counted number), and
    the sizes its record states besides ("representatives of 9 member states")."""
    shown = {len(verdict.items)} if verdict.items else set()
    stated: set[int] = set()
    value = verdict.value
    if verdict.kind == "count" and isinstance(value, int) and not isinstance(value, bool):
        shown.add(value)
    if isinstance(value, dict):
        for key, into in (("groups", shown), ("stated", stated)):
            groups = value.get(key)
            if not isinstance(groups, dict):
                continue
            sizes = [len(item) if isinstance(item, list) else item for item in groups.values()]
            sizes = [size for size in sizes if isinstance(size, int) and not isinstance(size, bool)]
            into |= set(sizes)
            if len(sizes) > 1:
                into.add(sum(sizes))  # participants in groups: states and bodies together
    return shown, stated


def _value(word: str | None) -> int | None:
    """The figure a word writes ("10", "ten", "десяти", "XVIII"), if any."""
    if not word:
        return None
    found = _numbers(word)
    return min(found) if found else None


def _numbers(text: str) -> set[int]:
    if not text:
        return set()
    return {int(token[1:]) for token in text_tokens(text) if token[:1] == "#" and token[1:].isdigit()}


# A month's tokens (both scripts fold to one Latin skeleton): short ones whole, long ones as stems
# ("oktabr" also in "октябрьском"). May is left out: "may" is a verb and "мая" too short a stem.
_MONTH_WHOLE = {
    "sep": 9, "oct": 10, "nov": 11, "dec": 12, "feb": 2, "iun": 6, "iuna": 6, "une": 6, "iul": 7, "iula": 7, "uli": 7,
}
_MONTH_STEMS = (
    ("anvar", 1), ("anuari", 1), ("fevral", 2), ("februari", 2), ("mart", 3), ("march", 3), ("aprel", 4),
    ("april", 4), ("august", 8), ("avgust", 8), ("sentabr", 9), ("septemb", 9), ("oktabr", 10), ("octob", 10),
    ("noabr", 11), ("novemb", 11), ("dekabr", 12), ("decemb", 12),
)
_MONTH_KINDS = frozenset({"fact", "card", "quote"})  # a list by month is the time answerers' to narrow
_MONTHS: weakref.WeakKeyDictionary[Engine, dict[str, frozenset[int]]] = weakref.WeakKeyDictionary()


_MONTH_STARTS = frozenset(stem[:3] for stem, _ in _MONTH_STEMS)


def month_of(token: str) -> int | None:
    """The month a token names, if any."""
    whole = _MONTH_WHOLE.get(token)
    if whole is not None or token[:3] not in _MONTH_STARTS:
        return whole
    return next((month for stem, month in _MONTH_STEMS if token.startswith(stem)), None)


def unrecorded_month(engine: Engine, parsed: Parsed, verdict: Verdict) -> Verdict:
    """``verdict`` unchanged, or "not recorded" (reason "constraint", what "month") when the question
    names one month and the record answered names or is dated in others only."""
    if not verdict.answered or verdict.kind not in _MONTH_KINDS or verdict.yes is not None:
        return verdict
    asked = {month for token in parsed.query.tokens if (month := month_of(token)) is not None}
    if len(asked) != 1:
        return verdict
    kb = engine.kb
    recorded: set[int] = set()
    for entity_id in {*verdict.focus, *(s.entity for s in verdict.statements)}:
        if entity_id in kb.entities:
            recorded |= _months(engine, entity_id)
    month = asked.pop()
    if not recorded or month in recorded:
        return verdict
    result = Verdict(verdict.question, verdict.lang, "not_recorded", True, matches=verdict.matches, intent="not_recorded")
    result.reason = "constraint"
    result.value = {"what": "month", "asked": month, "recorded": min(recorded, key=lambda m: (abs(m - month), m))}
    result.alternatives = list(dict.fromkeys(i for i in verdict.focus if i in kb.entities))[:3]
    result.focus = result.alternatives[:1]
    result.sources = list(verdict.sources)
    return result


def _months(engine: Engine, entity_id: str) -> frozenset[int]:
    """The months an entry is dated in or its texts name."""
    cached = _MONTHS.setdefault(engine, {})
    found = cached.get(entity_id)
    if found is None:
        kb = engine.kb
        entity = kb.entities[entity_id]
        months: set[int] = set()
        # A person speaks at meetings: their months are the person's too.
        people_meetings = kb.meetings_of(entity_id) if kb.kind(entity_id) == "person" else []
        for dated in [getattr(entity, "date", None), *(m.date for m in people_meetings)]:
            month = PartialDate.parse(dated).month if isinstance(dated, str) else None
            if month:
                months.add(month)
        texts = [entity.name.en, entity.description.en]
        value = getattr(entity, "value", None)
        if value is not None and hasattr(value, "en"):
            texts.append(value.en)
        months |= {month for token in text_tokens(" ".join(texts)) if (month := month_of(token)) is not None}
        found = cached[entity_id] = frozenset(months)
    return found
