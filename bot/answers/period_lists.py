"""What falls in a period: the period a question names (a year, a half, a quarter, a season, "last
year", a span of dates), the meetings, news and events in it, the documents of a year or in force
then, what holds today, and how long a period or an entry's term lasts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import list_answers
from bot.answers.asked_dates import CURRENT, ENDED, LAST_YEAR, THIS_YEAR, counted_entity, dated_entity, target_year
from bot.answers.computed import entry_sources, marked_answered
from bot.answers.cues import literal_cue
from bot.answers.facts import caveats_for, fact_verdict
from bot.answers.meeting_names import MONTHS, NAMED_COVER, YEAR, named_meetings
from bot.answers.next_and_last import (
    ANY_EVENTS,
    ANYTHING,
    EARLIEST,
    LATEST,
    MEETING_WORD,
    YES_NO,
    asked_document_kind,
    meeting_listing,
    scope_meetings,
)
from bot.answers.questionwords import question_part
from bot.answers.spans import Span, date_span, within
from bot.answers.verdict import Verdict
from bot.kb.schema import Document, Fact, PartialDate
from bot.search.text import prepare

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


# A document with a period, in a question already asking how many years it covers, is named less
# fully ("the counter-terrorism programme"): a lower bar, and a lead over any other such document.
PERIOD_DOCUMENT_SCORE = 0.35
PERIOD_DOCUMENT_LEAD = 0.05

# Time left until a programme ends.
LEFT = re.compile(
    r"\bleft\b|\bremain\w*|\buntil the end\b|\bосталось\b|\bостает\w*|\bдо (?:окончани|конца|завершени)\w*"
    r"|\bostalos\b|\bdo (?:okonchaniya|kontsa)\b"
    # "сколько ещё лет будет действовать", "how many more years"
    r"|\bсколько ещ[её]\b|\bhow many more\b|\bhow much longer\b|\bskol'?ko eshch?[eyo]\b"
    # "сколько лет ещё действует концепция", "skolko let eshche deistvuet": the unit before "ещё"
    r"|\bсколько (?:лет|дней|месяцев|времени) ещ[её]\b|\bskol'?ko (?:let|dnei|dney|mesyatsev|vremeni) eshch?[eyo]\b"
    # "через сколько лет заканчивается программа", "how many years until the concept expires"
    r"|\bзаканчива\w*|\bзакончи\w*|\bистека\w*|\bистеч\w*|\bends?\b|\bexpires?\b|\brun out\b|\bzakanchiva\w*"
)

SESSION_WORD = re.compile(r"\bsessions?\b|\bсесси\w*|\bсекци\w*|\bsessi\w*")
_HAPPENED = re.compile(
    r"\bhappen\w*|\btook place\b|\bwas held\b|\bwere held\b|\bget-?togethers?\b|\bevents?\b|\bmeetings\b"
    r"|\bпроизошл\w*|\bпроисходил\w*|\bслучил\w*|\bпрошл[иo]\b|\bпроходил\w*|\bсостоял\w*|\bмероприят\w*|\bсобыти\w*"
    r"|\bзаседани[яй]\b|\bвстреч[иа]?\b|\bсовещани[яй]\b|\bproizoshl\w*|\bproshli\b|\bsobyti\w*|\bzasedaniy?a?\b"
    r"|\bmeropriyat\w*|\bvstrechi\b|\bsoveshchaniya\b"
    r"|^(?:а )?что было\b|^(?:a )?chto bylo\b"  # "что было в прошлом году"
)
_HAPPENED_CUE = literal_cue([_HAPPENED])  # a look-up of its words before the search
_DATED = re.compile(r"\bdated\b|\bдатир\w*|\bdatir\w*")
_STARTED = re.compile(
    r"\bstart\w*|\bbegan\b|\bbegin\w*|\bcommenc\w*|\bначал\w*|\bначина\w*|\bстартова\w*|\bnachal\w*|\bnachina\w*"
)

# An alternative between two states of a period: "in force or only starting", "действует или начнётся".
_STATE_CHOICE = re.compile(
    r"\b(?:or|или|ili|либо)\b(?=.*\b(?:start\w*|begin\w*|ended|over|finished|future|yet|начн\w*|начал\w*"
    r"|начина\w*|законч\w*|заверш\w*|будет|впереди|nachn\w*|nachal\w*|zakonch\w*))"
)
_STARTING = re.compile(r"\b(?:already|уже|uzhe)\b")

# How long a programme runs: "how many years does it cover", "на сколько лет рассчитана".
SPAN = re.compile(
    r"\bcover\w*|\bspan\w*|\blast\w*|\brun\w*|\bdesigned\b|\bохватыва\w*|\bрассчитан\w*|\bдлит\w*"
    r"|\bдейств\w*|\bохват\w*|\bokhvatyva\w*|\brasschitan\w*"
)
_NAMED_COVER, _NAMED_SCORE = 0.8, 0.5  # an entry named this well makes "was there a … meeting" its own question
# "what is the duration of …", "срок действия …", "for how many years is …"
_DURATION = re.compile(
    r"\bduration\b|\bhow many years is\b|\bfor how many years\b|\bсрок\w* действи\w*|\bпродолжительност\w*"
    r"|\bна сколько лет\b|\bna skolko let\b"
)
_HOW_MANY_YEARS = re.compile(r"\bhow many years\b|\bhow long\b|\bсколько лет\b|\bskolko let\b")

# Periods within a year.
_SEASONS: list[tuple[str, tuple[int, int], re.Pattern[str]]] = [
    ("summer", (6, 8), re.compile(r"\bsummer\w*|\bлет(?:ом|о|а|ний|нем|них|нее)\b|\bletom\b|\bleto\b")),
    ("autumn", (9, 11), re.compile(r"\bautumn\w*|\bfall\b|\bосен\w*|\boseny?u\b|\bosen\w*")),
    ("spring", (3, 5), re.compile(r"\bspring\b|\bвесн\w*|\bвесен\w*|\bvesn\w*")),
    ("winter", (1, 2), re.compile(r"\bwinter\w*|\bзим\w*|\bzim\w*")),
]
_FIRST_HALF = re.compile(
    r"\bfirst half\b|\bh1\b|\b#1(?:st)? half\b|\bперв\w+ (?:полугоди\w*|половин\w*)|\bpervo\w* polugodi\w*"
)
_SECOND_HALF = re.compile(
    r"\bsecond half\b|\bh2\b|\b#2(?:nd)? half\b|\bвтор\w+ (?:полугоди\w*|половин\w*)|\bvtoro\w* polugodi\w*"
)
# Quarters of a year, by number ("Q4", "4th quarter", "в 4-м квартале"), word or Roman numeral.
_QUARTER_WORD = r"(?:quarter\w*|квартал\w*|kvartal\w*)"
_QUARTERS: list[tuple[tuple[int, int], re.Pattern[str]]] = [
    ((first, first + 2), re.compile(rf"\bq{number}\b|(?:#{number}|\b{ordinals}|\b{roman})\s+{_QUARTER_WORD}"))
    for first, number, ordinals, roman in (
        (1, 1, r"(?:first|перв\w*|pervo\w*)", "i"),
        (4, 2, r"(?:second|втор\w*|vtoro\w*)", "ii"),
        (7, 3, r"(?:third|трет\w*|treti?\w*)", "iii"),
        (10, 4, r"(?:fourth|четверт\w*|chetvert\w*)", "iv"),
    )
]


def _period(text: str, today: date) -> tuple[list[int], tuple[int, int], str] | None:
    """Years and a span of months a question names ("summer of 2025", "в первом полугодии",
    "last year", "in June"), and a label for it; None without one."""
    years = [int(y) for y in YEAR.findall(text)]
    relative = target_year(text, today)
    if relative is not None and relative[1] != "now":
        years = [relative[0]]
    label = ""
    months: tuple[int, int] = (1, 12)
    for name, span, pattern in _SEASONS:
        if pattern.search(text):
            label, months = name, span
            break
    else:
        if _FIRST_HALF.search(text):
            label, months = "first_half", (1, 6)
        elif _SECOND_HALF.search(text):
            label, months = "second_half", (7, 12)
        elif quarters := [span for span, pattern in _QUARTERS if pattern.search(text)]:
            label, months = "quarter", (quarters[0][0], quarters[-1][1])
        else:
            named = [number for number, pattern in enumerate(MONTHS, start=1) if pattern.search(text)]
            if len(named) == 1:
                label, months = "month", (named[0], named[0])
    if not label and relative is None:
        return None
    return years, months, label or (relative[1] if relative else "")


def _in_period(known: tuple[int, int, int] | None, years: list[int], months: tuple[int, int]) -> bool:
    """Whether a date sort key (year, month or 0, day or 0) falls in the years and months."""
    if known is None or (years and known[0] not in years):
        return False
    if months == (1, 12):
        return True
    # Known only to the year: cannot be placed in a season or a month.
    return known[1] != 0 and months[0] <= known[1] <= months[1]


# A headline figure found by asking again with the year written out must be this good a hit.
STATED_YEAR_AT = 0.5


def stated_in_relative_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "How many meetings were held last year?": the sources' own figure for that year, as when the
    year is written out; the few meetings recorded one by one are not the count."""
    if parsed.intent.question != "count" or parsed.intent.list_kind == "document":
        return None  # documents counted are no figure of meetings held
    target = target_year(text, today)
    if target is None or target[1] == "now":
        return None
    year = target[0]
    pattern = LAST_YEAR if target[1] == "last_year" else THIS_YEAR
    # "last year" also finds "the Year of Peace and Unity": the written-out year searches cleanly.
    written = pattern.sub(f" {year} ", text)
    again = engine.parse(written, parsed.lang)
    for hit in again.hits[:3]:
        fact = engine.kb.entities[hit.entity]
        if isinstance(fact, Fact) and fact.number is not None and fact.year == year and hit.score >= STATED_YEAR_AT:
            base.kind, base.answered, base.focus = "count", True, [fact.id]
            base.attribute, base.value, base.sources = "stated", fact.number, list(fact.sources)
            base.caveats = caveats_for(fact, "count")
            base.filters = {"period": {"years": [year], "label": target[1]}}
            return base
    return None


_CALENDAR = re.compile(r"\bcalendar\b|\bschedule\b|\bкалендар\w*|\bрасписани\w*|\bkalendar\w*")


def period_list(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Meetings in a season, a half-year, a month or a relative year, where and whose the question says."""
    intent = parsed.intent
    # "What was on the calendar in autumn 2025" reads as an agenda question, but a calendar holds meetings.
    calendar = _CALENDAR.search(text) is not None
    if intent.question not in ("card", "count") and not (calendar and intent.question == "agenda"):
        return None
    if intent.list_kind not in (None, "meeting"):
        return None
    # "What in your materials is dated November?": the entries of that month are the list asked.
    dated = _DATED.search(text) is not None
    # "was there a meeting in spring 2025?", "была ли встреча весной?": whether any was is the list of them
    any_meeting = (
        ANY_EVENTS.search(text) is not None
        and MEETING_WORD.search(text) is not None
        # ("was there a Defence Ministers Council meeting in St Petersburg in August?" asks of that body)
        and not any(h.name_cover >= _NAMED_COVER and h.score >= _NAMED_SCORE for h in parsed.hits[:3] if engine.kb.kind(h.entity) != "fact")
    )
    if not (intent.list_kind == "meeting" or (_HAPPENED_CUE(text) and _HAPPENED.search(text)) or calendar or dated or any_meeting):
        return None
    # "What did the October meetings in Dushanbe focus on" names meetings, it does not ask for a list.
    if not (intent.list_cue or ANY_EVENTS.search(text) or dated or _PLURAL_FIRST.match(text)):
        return None
    # A span bounded on one or both sides ("с июля по ноябрь", "after June 2025", "in the past 12
    # months") says more than the month or year inside it.
    # Only the sentence that asks sets the period: "… в 2024-м? Хочу сравнить с 2025-м" asks about
    # 2024, the remark after it is no span "since 2025".
    asked = prepare(question_part(parsed.text))
    span = date_span(asked, today)
    period = _period(asked, today) if span is None else None
    if period is None and span is None:
        return None
    if SESSION_WORD.search(text) and named_meetings(engine, parsed):
        return None  # "sessions of the June meeting" are parts of that meeting, not meetings of June
    if span is not None:
        return _span_list(engine, parsed, base, span)
    assert period is not None
    years, months, label = period
    if label in ("last_year", "this_year", "") and intent.list_kind == "meeting" and not (_HAPPENED_CUE(text) and _HAPPENED.search(text)):
        return None  # a plain year in a list of meetings: the list path has it
    if label == "month" and not years and intent.list_kind != "meeting" and not dated:
        return None
    # A question about one named meeting is not a list ("what was discussed at the June meeting").
    ids, filters = scope_meetings(engine, parsed, years)
    kb = engine.kb
    chosen = [i for i in ids if _in_period(kb.date_key.get(i), years, months)]
    period_filter = {"years": years, "months": list(months), "label": label}
    scope = {key: value for key, value in filters.items() if value}
    verdict = meeting_listing(kb, base, "meeting", chosen, {"period": period_filter, **scope}, intent.question == "count")
    if not chosen and years:
        # Nothing in the period: the latest meeting before it says how far the sources reach.
        start = (min(years), months[0], 0)
        scoped = scope_meetings(engine, parsed)[0]
        earlier = [i for i in scoped if (kb.date_key.get(i) or (9999, 0, 0)) < start]
        if earlier:
            latest = max(earlier, key=lambda i: kb.date_key[i])
            verdict.alternatives = [latest]
            verdict.sources = list(kb.entities[latest].sources)
    return verdict


# "Anything new this year?", "есть ли новости за 2026 год?": what happened in a period, no list word.
_NEWS = re.compile(
    r"\bnews\b|\bnew\b|\bdid anything\b|\bновост\w*|\bнов(?:ого|ое|ые|енького)\b|\bnovost\w*|\bnovogo\b"
)
# "meetings last month?", "встречи в этом месяце": a terse list, the plural kind word first.
_PLURAL_FIRST = re.compile(
    r"\W*(?:any\s+)?(?:meetings|sessions|events|заседания|встречи|совещания|мероприятия|zasedaniya|vstrechi|soveshchaniya)\b"
)
# A name this well matched is what the question is about, not the period ("any news about Klemez").
NEWS_SUBJECT_AT = 0.6


def news_in_period(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """The meetings of a period a question asks news of, with the latest before it when none."""
    intent = parsed.intent
    if intent.list_kind is not None or intent.question != "card":
        return None
    if not (_NEWS.search(text) or ANYTHING.search(text) or ANY_EVENTS.search(text)):
        return None
    if any(hit.score >= NEWS_SUBJECT_AT and hit.name_cover >= 0.85 for hit in parsed.hits[:3]):
        return None
    span = date_span(text, today)
    if span is None:
        period = _period(text, today)
        if period is not None and period[2] not in ("", "last_year", "this_year"):
            return None  # a season, a half, a quarter or a month: the list of that period has it
        target = target_year(text, today)
        years = intent.years or ([target[0]] if target else [])
        if len(years) != 1:
            return None
        end = (years[0], 12, 31) if years[0] < today.year else (today.year, today.month, today.day)
        span = Span((years[0], 1, 1), end, "range", PartialDate(years[0]), PartialDate(years[0]))
    return _span_list(engine, parsed, base, span)


def _span_list(engine: Engine, parsed: Parsed, base: Verdict, span: Span) -> Verdict:
    """The meetings in a bounded span, where and whose the question says; none in it: the latest
    meeting before it, so the answer says how far the sources reach."""
    kb = engine.kb
    ids, filters = scope_meetings(engine, parsed)
    chosen = [i for i in ids if within(kb.date_key.get(i), span)]
    period_filter = {
        "label": "span",
        "form": span.label,
        "start": span.start_date.iso() if span.start_date else None,
        "end": span.end_date.iso() if span.end_date else None,
        "months": span.months,
    }
    scope = {key: value for key, value in filters.items() if value}
    verdict = meeting_listing(kb, base, "meeting", chosen, {"period": period_filter, **scope}, parsed.intent.question == "count")
    if not chosen and span.start[0]:
        earlier = [i for i in ids if (kb.date_key.get(i) or (9999, 0, 0)) < span.start]
        if earlier:
            latest = max(earlier, key=lambda i: kb.date_key[i])
            verdict.alternatives = [latest]
            verdict.sources = list(kb.entities[latest].sources)
    return verdict


# "Проходил ли …", "Was … held in Moscow?": a yes or no asked, not what took place there.
_WHETHER = re.compile(r"^\W*\w+\s+(?:ли|li)\b|^\W*(?:was|were|did|has|have|is|are)\b")


def events_at_place(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Что проходило в Таджикистане?", "what took place in Moscow": the meetings held there, as the
    list of meetings would give them, though the question names no meetings."""
    intent = parsed.intent
    if intent.list_kind is not None or intent.question not in ("card", "count"):
        return None
    if not ((_HAPPENED_CUE(text) and _HAPPENED.search(text)) or ANY_EVENTS.search(text)):
        return None
    if LATEST.search(text) or EARLIEST.search(text):
        return None  # "which meeting was held most recently in Moscow": the one, not the list
    if _WHETHER.search(text):
        return None  # "Проходил ли саммит СНГ в Москве?": whether one meeting was held there, a yes or no
    as_list = replace(parsed, intent=replace(intent, list_kind="meeting", list_cue=True))
    filters = list_answers.asked_filters(engine, as_list)
    # Only a place (a city or a state where meetings were held) may narrow it: anything else
    # named is what the question is about.
    if not filters or not (filters["place"] or filters["state"]) or filters["body"] or filters["organisation"] or filters["person"]:
        return None
    return list_answers.list_verdict(engine, as_list, base, today)


# "Which documents end in 2028", "какие документы заканчиваются в 2028 году".
_ENDS = re.compile(
    r"\bend(?:s|ing)?\b|\bexpir\w*|\brun\w* out\b|\bзаканчива\w*|\bзаверша\w*|\bистека\w*|\bоканчива\w*"
    r"|\bzakanchiva\w*|\bzavershayu\w*"
)


def documents_in_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Documents whose period ends in a year, or covers it ("in force in 2027"); a period without
    a start year begins with the document's own date."""
    intent = parsed.intent
    if intent.list_kind != "document":
        return None
    ends = _ENDS.search(text) is not None
    if not ends and not CURRENT.search(text):
        return None
    # "expire in 2030" reads as "until 2030" to the intent: the one year either way; "in force
    # now", "действуют сейчас" with no year: this year.
    years = intent.years or ([intent.until] if ends and intent.until else [])
    if not years and not ends and not intent.until:
        years = [today.year]
    if len(years) != 1:
        return None
    year = years[0]
    kind = asked_document_kind(text)
    chosen = []
    for document in engine.kb.of_kind("document"):
        if not isinstance(document, Document) or document.period_end is None:
            continue
        if kind is not None and document.kind != kind:
            continue  # "which programmes": not the concept of the same period
        dated = PartialDate.parse(document.date).year if document.date else None
        start = document.period_start or dated or year
        if (document.period_end == year) if ends else (start <= year <= document.period_end):
            chosen.append(document.id)
    label = "ends" if ends else "in_force"
    return meeting_listing(engine.kb, base, "document", chosen, {"period": {"label": label, "years": [year]}}, intent.question == "count")


def documents_of_relative_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Which documents were approved last year / this year": the list path's answer for that
    year written out, never every document (a relative year is no year to the intent)."""
    intent = parsed.intent
    if intent.list_kind != "document" or intent.years or intent.question not in ("card", "count", "outcomes"):
        return None
    target = target_year(text, today)
    if target is None or target[1] == "now":
        return None
    dated = replace(parsed, intent=replace(intent, years=[target[0]]))
    if asked_document_kind(text) is not None:
        return document_list(engine, dated, base, today, text)  # "programmes": that kind only
    listed = list_answers.list_verdict(engine, dated, base, today)
    if listed is None or listed.kind not in ("list", "count", "not_recorded"):
        return None
    return listed


def document_list(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Documents of one kind ("programmes", "concepts"): the list path's answer narrowed to that
    kind, or those whose period starts in a (relative) year."""
    kind = asked_document_kind(text)
    if kind is None or parsed.intent.question not in ("card", "count", "outcomes"):
        return None
    kb = engine.kb
    counting = parsed.intent.question == "count"
    if _STARTED.search(text):
        target = target_year(text, today)
        years = [target[0]] if target else [int(y) for y in YEAR.findall(text)]
        if len(years) != 1:
            return None
        ids = [
            d.id
            for d in kb.of_kind("document")
            if isinstance(d, Document) and d.kind == kind and d.period_start == years[0]
        ]
        return meeting_listing(kb, base, "document", ids, {"document_kind": kind, "starts": years[0]}, counting)
    # A count must count that kind only ("how many programmes": not the concept approved with
    # them); a list keeps the list path's wider choice of related documents, the asked kind first.
    if parsed.intent.list_kind != "document":
        return None
    if not counting:
        listed = list_answers.list_verdict(engine, parsed, base, today)
        if listed is None or listed.kind != "list" or listed.attribute != "document":
            return None
        listed.items.sort(key=lambda i: getattr(kb.get(i), "kind", None) != kind)
        return listed
    meetings = named_meetings(engine, parsed)
    if meetings:
        # "How many programmes were approved at the Dushanbe summit": the documents of that meeting.
        meeting_id = meetings[0][0]
        ids = [i for i in kb.documents_by.get(meeting_id, []) if getattr(kb.get(i), "kind", None) == kind]
        verdict = meeting_listing(kb, base, "document", ids, {"document_kind": kind, "meeting": [meeting_id]}, counting)
        verdict.focus = [meeting_id]
        return verdict
    listed = list_answers.list_verdict(engine, parsed, base, today)
    if listed is None or listed.kind not in ("list", "count") or listed.attribute != "document":
        return None
    listed.items = [i for i in listed.items if getattr(kb.get(i), "kind", None) == kind]
    listed.value = len(listed.items) if listed.kind == "count" else None
    listed.filters["document_kind"] = kind
    listed.sources = entry_sources(kb, listed.items[:40])
    return listed


def period_today_verdict(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Is the concept still current?", "has the 2026–2028 programme ended?": a document's period
    (whole years) against today's date."""
    asked = "ended" if ENDED.search(text) else "started" if _STARTED.search(text) else None
    if asked is None and CURRENT.search(text):
        asked = "current"
    # "Already in force or only starting?": an alternative asks for the state, not a yes or no.
    choice = asked is not None and _STATE_CHOICE.search(text) is not None
    if asked is None and _STATE_CHOICE.search(text) and _STARTING.search(text):
        asked, choice = "started", True
    if asked is None or not (choice or YES_NO.search(text)):
        return None
    entity = dated_entity(engine, parsed, text)
    if not isinstance(entity, Document) or not (entity.period_start or entity.period_end):
        return None
    start, end = entity.period_start, entity.period_end
    asked_years = {int(y) for y in YEAR.findall(text)}
    if parsed.intent.until or asked_years - {start, end}:
        return None  # "is it in force until 2035": a question about its period, not about today
    started = start is None or today.year >= start
    ended = end is not None and today.year > end
    state = "ended" if ended else "running" if started else "not_started"
    yes: bool | None = {"ended": ended, "started": started, "current": started and not ended}[asked]
    if entity.status not in ("approved", "adopted") and asked != "ended":
        yes = None  # a programme not yet adopted is not in force whatever its years
    verdict = marked_answered(base, "yes_no", "time:period")
    verdict.yes = None if choice else yes
    verdict.grounds = "period_today"
    verdict.focus = [entity.id]
    verdict.value = {
        "document": entity.id,
        "start": start,
        "end": end,
        "today": today.isoformat(),
        "state": state,
        "status": entity.status,
        "choice": choice,
    }
    verdict.sources = list(entity.sources)
    return verdict


def period_length_verdict(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "How many years does the 2026–2028 programme cover?": its period in whole years, both ends in."""
    if not ((_HOW_MANY_YEARS.search(text) and SPAN.search(text)) or _DURATION.search(text)) or LEFT.search(text):
        return None
    entity = _period_document(engine, parsed) or counted_entity(engine, parsed, text)
    if isinstance(entity, Document) and entity.period_end and not entity.period_start:
        # "until 2030" only: no length to count; the period as the source gives it, never a
        # list of upcoming programmes or the time since its adoption.
        verdict = fact_verdict(base, entity, "period", {"start": None, "end": entity.period_end})
        verdict.intent = "time:period_length"
        return verdict
    if not isinstance(entity, Document) or not (entity.period_start and entity.period_end):
        return None
    years = entity.period_end - entity.period_start + 1
    value = {"years": years, "start": entity.period_start, "end": entity.period_end}
    verdict = fact_verdict(base, entity, "period_length", value)
    verdict.intent = "time:period_length"
    return verdict


def _period_document(engine: Engine, parsed: Parsed) -> Document | None:
    """A document with a period of its own that the question names, though it also names the
    meeting that adopted it ("the programme approved in Dushanbe"): its period is what is asked."""
    kb = engine.kb
    found = [
        (hit, entity)
        for hit in parsed.hits[:5]
        if isinstance(entity := kb.entities[hit.entity], Document)
        and (entity.period_start or entity.period_end)
        and hit.score >= PERIOD_DOCUMENT_SCORE
        and hit.name_cover >= NAMED_COVER
    ]
    # Two programmes named about as well: which one is meant is not clear.
    if not found or (len(found) > 1 and found[1][0].score > found[0][0].score - PERIOD_DOCUMENT_LEAD):
        return None
    return found[0][1]
