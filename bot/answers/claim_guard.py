"""The last check of a "yes": a value the question claims (a period, a month) is held against the
entry the answer is about, chosen without that value.

A claimed value must never raise the score of the entry it is checked against. "пограничная
программа до 2028 года принята?": the year 2028 is in the name of the counter-terrorism programme
(2026–2028), so with it the search found that programme (or the summit's summary naming both) and
the bot said "Да" — the border programme runs until 2030. Here the question is searched again
without its years; when its words alone clearly name one document with a period, the claimed period
is checked against that document's, and a different one is a "No" with the recorded period.

A "yes" whose own grounds give another month ("Was the exercise discussed at the third session planned
for September 2025?" — "Yes … planned for October 2025") is no yes either: when the question names
months and none of them is a month of the answer's entries, of its statements or of their sources,
while these do name a month, the answer is turned into a "No" on the grounds it already shows.

A number the question claims (not a year, not a day of a month, not the entry's own number) that
none of the answer's grounds holds — its statements, its value, its entries' names and descriptions,
the texts of its sources — is no yes either: "Was the Interior Ministers meeting held in the year of
the 70th anniversary of Victory?" was "Yes, it took place". When the grounds give another number
before the same word ("the 80th anniversary") it is a "No"; otherwise "the sources do not say".

An organisation or person the question names as doing it, that the statements of a "yes" do not name
("Did the CSTO report on its joint work with the ATC?" — "Yes. Report of the EAG Secretariat …"), makes
no yes: another organisation (person) named there is a "No"; none, "the sources do not say".

A document claimed adopted at a meeting that the question names, when the record has it adopted at
another ("Was the Concept approved at the counter-terrorism meeting?" — "Yes", from the Dushanbe
summary), is a "No" with the meeting that adopted it.

A city the question places its yes in that is not the place of the answer's meetings (nor of the
meeting that adopted its document), and that its statements do not name, is a "No": "Did the interior
ministers discuss road safety in Moscow?" was "Yes" (they met in St Petersburg).

Cheap: only a verdict with yes=True, and a question with a year range, "until <year>", a month name
or a number.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from bot.answers.adopted import ADOPTED, _adopted_at
from bot.answers.claimedperiod import _RANGE
from bot.answers.cues import cued
from bot.answers.mentions import MENTION_SCORE
from bot.answers.question_form import MONTH_NAMES, months_named
from bot.answers.thresholds import GUESS_AT
from bot.answers.verdict import Statement, Verdict
from bot.kb.base import KnowledgeBase
from bot.kb.schema import Document, Fact, Meeting, PartialDate, Person
from bot.search.numwords import numbers_in_digits

if TYPE_CHECKING:
    from bot.answers.engine import Engine

# A year with what claims it of a document: "until 2028", "на 2026–2028 годы", "do 2028 goda".
_CLAIMED_YEARS = re.compile(
    r"(?:\b(?:until|till|up\s+to|to|through|for|by|до|на|по|do|na|po)\s+)?"
    r"\b(?:19|20)\d\d(?:\s*(?:[–—-]|\s(?:to|по|до|po|do)\s)\s*(?:19|20)?\d\d)?"
    r"(?:\s*(?:годы|годов|года|год|гг?\.?|gody|godov|goda|god|years?)\b)?",
    re.I,
)
# A second document named beside the one asked ("together with the programme for 2026–2028"):
# the years may then be the other's, and the question is left as answered.
_DOCUMENT_WORD = cued(re.compile(r"\b(?:programm?e?s?|programm\w*|concept\w*|koncepc\w*|kontsepts\w*)|программ\w*|концепц\w*", re.I))
# A document named this much better by its words than the next document with a period is the one meant.
_MARGIN = 0.1


def guard(engine: Engine, question: str, verdict: Verdict) -> Verdict:
    """The verdict, or a "No" when a "yes" contradicts the period or month the question claims."""
    if verdict.yes is not True or not verdict.answered or verdict.also:
        return verdict
    has_year = "19" in question or "20" in question
    if has_year:
        checked = _period_claim(engine, question, verdict)
        if checked is not None:
            return checked
        held = _meeting_year_claim(engine.kb, question, verdict)
        if held is not None:
            return held
    verdict = _month_claim(engine.kb, question, verdict)
    if verdict.yes:
        verdict = _place_claim(engine, question, verdict)
    if verdict.yes and ADOPTED.search(question):
        adopted = _adopted_claim(engine, question, verdict)
        if adopted is not None:
            return adopted
    if verdict.yes and verdict.statements:
        verdict = _actor_claim(engine, question, verdict)
    if verdict.yes and any(c.isdigit() for c in question) and not _computed(verdict):
        verdict = _number_claim(engine.kb, question, verdict)
    return verdict


# "in 2024", "в 2024 году", "v 2024": the year a thing is claimed to have happened in (not "until 2030",
# "for 2026–2028", "the 2000 decision").
_IN_YEAR = re.compile(r"(?<!\w)(?:in|during|в|во|v|vo)\s+((?:19|20)\d\d)(?!\d|\s*[-–—]\s*\d)", re.IGNORECASE)


def _meeting_year_claim(kb: KnowledgeBase, question: str, verdict: Verdict) -> Verdict | None:
    """ "Was road safety discussed in 2024?" answered "Yes" from the August 2025 meeting's record (and
    "and in 2024?" after it, asked again with the year): the meeting shown was held in another year
    than the one claimed, so nothing is recorded for that year. None when the years agree."""
    meeting = kb.get(verdict.focus[0]) if verdict.focus else None
    if not isinstance(meeting, Meeting) or not meeting.date:
        return None
    asked = {int(found) for found in _IN_YEAR.findall(question)}
    held = PartialDate.parse(meeting.date).year
    if not asked or held is None or held in asked:
        return None
    base = Verdict(verdict.question, verdict.lang, "decline", False, matches=verdict.matches, context=verdict.context)
    base.kind, base.answered, base.reason, base.intent = "not_recorded", True, "constraint", "not_recorded"
    base.value = {"what": "year", "asked": min(asked), "recorded": held}
    base.focus = base.alternatives = [meeting.id]
    base.sources = list(meeting.sources)
    return base


def _claimed_period(engine: Engine, question: str) -> tuple[int | None, int] | None:
    """(start, end) the question claims of a document: a range, or "until <year>" (start None)."""
    found = _RANGE.search(question)
    if found is not None:
        start, end = int(found.group(1)), int(found.group(2))
        return (start, end) if start < end else None
    until = engine.parse(question).intent.until
    return (None, until) if until else None


def _period_claim(engine: Engine, question: str, verdict: Verdict) -> Verdict | None:
    claimed = _claimed_period(engine, question)
    if claimed is None or len(_DOCUMENT_WORD.findall(question)) > 1:
        return None
    yearless = _CLAIMED_YEARS.sub(" ", question)
    kb = engine.kb
    ranked = [
        (hit, document)
        for hit in engine.parse(yearless).hits[:8]
        if isinstance(document := kb.entities.get(hit.entity), Document) and document.period_end is not None
    ]
    if not ranked or ranked[0][0].score < GUESS_AT:
        return None
    if len(ranked) > 1 and ranked[1][0].score > ranked[0][0].score - _MARGIN:
        return None  # the words alone do not choose: the years may be what names it
    document = ranked[0][1]
    start, end = claimed
    if end == document.period_end and start in (None, document.period_start):
        return None
    value: dict[str, Any] = {"document": document.id, "asked": end, "start": document.period_start, "end": document.period_end}
    return Verdict(
        verdict.question,
        verdict.lang,
        "yes_no",
        True,
        focus=[document.id],
        value=value,
        yes=False,
        grounds="period",
        sources=list(document.sources),
        matches=verdict.matches,
        intent="yes_no",
        context=verdict.context,
    )


# Grounds whose sentence names what holds the record, whatever the yes: kept under a "No".
_NEUTRAL_GROUNDS = ("discussed", "stated")


def _contradicted(verdict: Verdict) -> Verdict:
    """The verdict turned into a "No" on the grounds it shows."""
    verdict.yes = False
    if not (verdict.kind == "yes_no" and verdict.grounds in _NEUTRAL_GROUNDS):
        verdict.grounds = "contradicted"
    return verdict


def _month_of(date_text: str | None) -> int | None:
    if not date_text:
        return None
    return PartialDate.parse(date_text).month


# A month as a bound, not the month claimed: "before September 2025", "до сентября", "между июнем и …".
_BOUND = re.compile(
    r"(?:\b(?:before|after|until|till|since|by|prior\s+to|earlier\s+than|later\s+than|between|from|through|and"
    r"|do|posle|pered|mezhdu|nachinaya|k)|(?<!\w)(?:до|после|перед|позже|раньше|ранее|между|начиная\s+с|с|к|и|по))"
    r"\s+(?:the\s+)?(?:(?:end|start|beginning|middle)\s+of\s+|конца\s+|начала\s+|середины\s+)?$",
    re.I,
)


def _claimed_months(question: str) -> set[int]:
    """The months the question places its claim in (not a bound of a span: "before September")."""
    if not MONTH_NAMES.search(question):
        return set()
    return {
        month
        for match in MONTH_NAMES.finditer(question)
        if not _BOUND.search(question[max(0, match.start() - 30) : match.start()])
        for month in months_named(match.group(0))
    }


# "was it already planned in August?": the month asked is the plan's, not the adoption's
PLANNED = cued(
    re.compile(r"\bplann\w*|\bon the cards\b|\bintend\w*|\bпланир\w*|\bзапланир\w*|\bв планах\b|\bplanir\w*|\bzaplanir\w*", re.I)
)


def plan_months(kb: KnowledgeBase, entity: object) -> set[int]:
    """The months of the records that speak of ``entity`` before its own date (the BelTA report of 13
    August 2025 on what the October summit was to adopt): when it was planned, as the sources tell."""
    own = getattr(entity, "date", None)
    months: set[int] = set()
    for source_id in getattr(entity, "sources", []):
        source = kb.source(source_id)
        if source is not None and source.date and own and source.date < own and (month := _month_of(source.date)):
            months.add(month)
    return months


def _month_claim(kb: KnowledgeBase, question: str, verdict: Verdict) -> Verdict:
    asked = _claimed_months(question)
    if not asked:
        return verdict
    grounds: set[int] = set()
    planned = PLANNED.search(question) is not None
    for entity_id in verdict.focus:
        entity = kb.entities.get(entity_id)
        if planned:
            grounds |= plan_months(kb, entity)
        for field in ("date", "end_date"):
            month = _month_of(getattr(entity, field, None))
            if month:
                grounds.add(month)
        if isinstance(entity, Fact):
            # a record's own words ("the Dushanbe summit in October 2025 decided …"), undated itself
            grounds |= months_named(entity.value.en) | months_named(entity.value.ru)
    for statement in verdict.statements:
        grounds |= months_named(statement.en) | months_named(statement.ru)
    # (not the dates of the sources: the 5 November report made "ШОС получила статус в ноябре?" a
    # "Да" of the October decision)
    if not grounds or asked & grounds:
        return verdict
    return _contradicted(verdict)


# Answers that weigh the question's number themselves: a count, a figure, a date, a period, a time
# elapsed ("прошло ли уже 5 лет с создания АТЦ?" is a yes computed from 2000, no 5 in any record).
_COMPUTED_GROUNDS = frozenset({"count", "figure", "date", "period", "period_year", "period_today", "elapsed"})


def _computed(verdict: Verdict) -> bool:
    return (
        verdict.grounds in _COMPUTED_GROUNDS
        or verdict.attribute in ("elapsed", "count", "compare")
        or verdict.intent.startswith("time:")
    )


# A number the question claims, with the word after it: "70th anniversary", "15 органов", "5 sessions".
_NUMBER = re.compile(r"(?<![\d.,:/-])(\d{1,3})(?:st|nd|rd|th|-?(?:[а-яё]{1,3}|[a-z]{1,3}))?(?![\d.,:/])\b(?:\s+(\w+))?", re.I)
# The small numbers the sources also write in words ("these eight states", "четыре секции").
_WORDS = {
    1: ("one", "first", "один", "одна", "перв"), 2: ("two", "second", "два", "две", "втор"),
    3: ("three", "third", "три", "трет"), 4: ("four", "fourth", "четыр", "четвёрт", "четверт"),
    5: ("five", "fifth", "пять", "пят"), 6: ("six", "sixth", "шест"), 7: ("seven", "seventh", "сем", "седьм"),
    8: ("eight", "eighth", "восем", "восьм"), 9: ("nine", "ninth", "девят"), 10: ("ten", "tenth", "десят"),
}


def _claimed_numbers(question: str) -> list[tuple[int, str]]:
    """The numbers the question asserts with the word after each; a day before or after a month
    name and a number inside a name ("Commonwealth-Antiterror – 2025") are no claim."""
    found = []
    months = [m.span() for m in MONTH_NAMES.finditer(question)]
    for match in _NUMBER.finditer(question):
        if any(abs(match.start() - end) <= 2 or abs(start - match.end(1)) <= 2 for start, end in months):
            continue  # "12 August", "August 12"
        found.append((int(match.group(1)), (match.group(2) or "").lower()))
    return found


def _evidence(kb: KnowledgeBase, verdict: Verdict) -> list[str]:
    """The texts of the verdict's grounds, numbers in digits: its value, statements, entries, sources."""
    texts = [json.dumps(verdict.value, ensure_ascii=False) if verdict.value is not None else ""]
    texts += [text for statement in [*verdict.statements, *verdict.caveats] for text in (statement.en, statement.ru)]
    for entity_id in [*verdict.focus, *verdict.items][:12]:
        entity = kb.entities.get(entity_id)
        if entity is None:
            continue
        texts += [entity.name.en, entity.name.ru, entity.description.en, entity.description.ru]
        for names in (entity.short, entity.aliases):
            texts += [*names.en, *names.ru] if names is not None else []
    for source_id in verdict.sources[:4]:
        texts.append(" ".join(kb.source_sentences(source_id)))  # whole: its split breaks at "St."
    return [numbers_in_digits(t) for t in texts if t]


# A sentence's end: a full stop, unless of "St." ("St. Petersburg") or an initial ("D.Trefilov").
_STOP = re.compile(r"(?<!\bSt)(?<!\b[A-ZА-Я])[.!?](?=\s|$)")


def _sentence_at(text: str, at: int) -> str:
    """The sentence of ``text`` around the position ``at``."""
    start = max((m.end() for m in _STOP.finditer(text, 0, at)), default=0)
    end = next((m.end() for m in _STOP.finditer(text, at)), len(text))
    return text[start:end].strip()


def _held(number: int, evidence: str) -> bool:
    if re.search(rf"(?<![\d.,]){number}(?![\d])", evidence):
        return True
    words = _WORDS.get(number, ())
    return bool(words) and re.search(r"\b(?:" + "|".join(words) + r")", evidence, re.I) is not None


def _number_claim(kb: KnowledgeBase, question: str, verdict: Verdict) -> Verdict:
    claimed = _claimed_numbers(question)
    if not claimed:
        return verdict
    texts = _evidence(kb, verdict)
    evidence = " ".join(texts)
    for number, word in claimed:
        if _held(number, evidence):
            continue
        stem = word[:5]
        if len(stem) >= 4:
            other = re.compile(rf"(?<![\d.,])(\d{{1,3}})(?:st|nd|rd|th|-?\w{{1,3}})?\s+{re.escape(stem)}", re.I)
            for text in texts:
                found = other.search(text)
                if found is not None and int(found.group(1)) != number:
                    # "the 80th anniversary", not the 70th: a no, with the sentence that says so
                    verdict.yes, verdict.grounds = False, "contradicted"
                    said = _sentence_at(text, found.start())
                    entity = verdict.focus[0] if verdict.focus else ""
                    verdict.statements = [Statement(said, said, entity, verdict.sources[0] if verdict.sources else None), *verdict.statements]
                    return verdict
        verdict.yes = None
        verdict.grounds = verdict.grounds if verdict.kind == "yes_no" else "unconfirmed"
        return verdict
    return verdict


_ACTOR_KINDS = ("organisation", "person")
_NAMED_COVER = 0.8  # a hit covering this much of its name is named by the question


def _forms(kb: KnowledgeBase, entity_id: str) -> list[str]:
    entity = kb.entities[entity_id]
    forms = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
    return [form for form in forms if len(form) >= 3]


def _named_in(forms: list[str], text: str) -> bool:
    lowered = text.lower()
    return any(re.search(rf"(?<!\w){re.escape(form.lower())}(?!\w)", lowered) for form in forms)


def _actor_claim(engine: Engine, question: str, verdict: Verdict) -> Verdict:
    kb = engine.kb
    asked = [
        hit.entity
        for hit in engine.parse(question).hits[:6]
        if kb.kind(hit.entity) in _ACTOR_KINDS
        and hit.name_cover >= _NAMED_COVER
        and hit.score >= GUESS_AT
        # a news agency names the report asked ("Does the TASS report say …"), and the CIS the
        # whole framework: neither is a doer the statements must name
        and getattr(kb.entities[hit.entity], "category", None) not in ("media", "other")
    ]
    if not asked:
        return verdict
    text = " ".join(t for s in verdict.statements for t in (s.en, s.ru))
    linked = {*verdict.focus, *verdict.items, *(s.speaker for s in verdict.statements), *(s.entity for s in verdict.statements)}
    # (not the verdict's value: a quote's value holds the question's own words, "about": ["csto", …])
    for entity_id in asked:
        if entity_id in linked or _named_in(_forms(kb, entity_id), text):
            continue
        kind = kb.kind(entity_id)
        others = [
            other.id for other in kb.of_kind(kind) if other.id not in asked and _named_in(_forms(kb, other.id), text)
        ]
        if others:
            _contradicted(verdict)  # "the EAG Secretariat reported", not the CSTO
        else:
            verdict.yes = None
            verdict.grounds = verdict.grounds if verdict.kind == "yes_no" else "unconfirmed"
        return verdict
    return verdict


_MEETING_COVER = 0.5  # a meeting hit covering this much of its name is named by the question


def _adopted_claim(engine: Engine, question: str, verdict: Verdict) -> Verdict | None:
    kb = engine.kb
    hits = engine.parse(question).hits[:6]
    documents = [h for h in hits if kb.kind(h.entity) == "document" and h.score >= MENTION_SCORE]
    meetings = [h for h in hits if kb.kind(h.entity) == "meeting" and h.score >= GUESS_AT]
    if len(documents) != 1 or not meetings or meetings[0].name_cover < _MEETING_COVER:
        return None
    document, meeting = kb.entities[documents[0].entity], kb.entities[meetings[0].entity]
    if not isinstance(document, Document) or not isinstance(meeting, Meeting) or document.meeting in (None, meeting.id):
        return None
    if any(h.entity == document.meeting and h.name_cover >= _MEETING_COVER for h in meetings) or (
        isinstance(where := kb.entities.get(document.meeting or ""), Meeting) and any(h.entity == where.place for h in hits)
    ):
        return None  # the meeting that adopted it is named too
    base = Verdict(verdict.question, verdict.lang, "decline", False, matches=verdict.matches, intent="yes_no", context=verdict.context)
    return _adopted_at(engine, base, document, meeting)


def _place_claim(engine: Engine, question: str, verdict: Verdict) -> Verdict:
    kb = engine.kb
    claimed = [
        hit.entity
        for hit in engine.parse(question).hits[:6]
        if kb.kind(hit.entity) == "place" and hit.name_cover >= _NAMED_COVER and hit.score >= GUESS_AT
    ]
    if not claimed:
        return verdict
    places: set[str] = set()
    # the answer's entries and the meetings its statements are records of ("Klemez told the media about
    # the meeting in Minsk?": his words are the St Petersburg meeting's)
    for entity_id in [*verdict.focus, *(s.entity for s in verdict.statements)]:
        entity = kb.entities.get(entity_id)
        if isinstance(entity, Document) and entity.meeting:
            entity = kb.entities.get(entity.meeting)
        if isinstance(entity, Meeting) and entity.place:
            places.add(entity.place)
        if isinstance(entity, Person):
            # a person's words: the places of the meetings the sources record them at
            places |= {meeting.place for meeting in kb.meetings_of(entity.id) if isinstance(meeting, Meeting) and meeting.place}
    if not places:
        return verdict  # nothing placed to hold the claim against
    text = " ".join(t for s in verdict.statements for t in (s.en, s.ru))
    for place in claimed:
        if place in places or kb.country_of_place(place) in places:
            continue
        if _named_in(_forms(kb, place), text):
            continue  # "Did Trefilov speak of the Dushanbe meetings?": a place of what was said
        # where it was, first: "CIS Interior Ministers Council meeting, August 2025 — St. Petersburg"
        shown = [*verdict.focus, *(s.entity for s in verdict.statements)]
        held = [(m, kb.entities[p]) for m in shown if isinstance(mt := kb.entities.get(m), Meeting) and (p := mt.place) in kb.entities]
        if held:
            meeting, where = held[0]
            en, ru = f"{kb.name(meeting, 'en')} — {where.name.en}", f"{kb.name(meeting, 'ru')} — {where.name.ru}"
            verdict.statements = [Statement(en, ru, meeting, verdict.sources[0] if verdict.sources else None), *verdict.statements]
        return _contradicted(verdict)
    return verdict
