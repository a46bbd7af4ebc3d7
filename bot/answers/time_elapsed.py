"""How long: the time between two dated entries or publications, since or until one ("how long ago",
"how many days left"), an entry's age from its founding, which of two came first or whether one was
before or after the other, and whether something happened in a year asked yes or no.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import pair_sides
from bot.answers.asked_dates import ENTITY_SCORE, counted_entity, dated_entity, entity_date, target_year
from bot.answers.computed import entry_sources, known_day, marked_answered
from bot.answers.cues import literal_cue
from bot.answers.facts import caveats_for, fact_verdict
from bot.answers.meeting_names import NAMED_COVER, named_meetings
from bot.answers.next_and_last import LATEST, MEETING_WORD, YES_NO, latest_held
from bot.answers.period_lists import LEFT, SPAN, period_length_verdict
from bot.answers.verdict import Verdict
from bot.kb.base import KnowledgeBase
from bot.kb.schema import Document, Entity, Fact, Meeting, PartialDate
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


# Time between two events, or since one.
HOW_MANY_DAYS = re.compile(
    r"\bhow many (?:days|weeks|months)\b|\bhow (?:much time|long)\b|\bсколько (?:дней|недель|месяцев|времени)\b"
    r"|\bчерез сколько\b|\bskol'?ko (?:dney|dnei|nedel|mesyatsev|vremeni)\b|\bcherez skol'?ko\b"
    r"|\bhow many years\b|\bсколько лет\b|\bskol'?ko let\b"
)
# "How many months after A did B take place", "from A to B": two events in either order.
_AFTER = re.compile(
    r"\bafter\b|\bbefore\b|\bfrom\b|\bпосле\b|\bспустя\b|\bот\b|\bс\b|\bдо\b|\bposle\b|\bspustya\b|\bot\b|\bdo\b"
)
_IN_MONTHS = re.compile(r"\bmonths?\b|\bмесяц\w*|\bmesyats\w*")
# How much time is asked, or what is left: "how many years", "сколько", "через сколько", "left", "осталось".
_HOW_LONG = re.compile(
    r"\bhow (?:many|much|long)\b|\bсколько\b|\bskol'?ko\b|\bчерез\b|\bcherez\b|\bleft\b|\bremain\w*|\bостал\w*"
    r"|\bостает\w*|\bостаёт\w*|\bostal\w*|\bещ[её]\b|\beshch?[eyo]\b|\bmore\b|\blonger\b|\buntil the end\b|\bдо (?:окончани|конца)\w*|\bdo (?:okonchaniya|kontsa)\b"
)
_IN_YEARS = re.compile(r"\byears?\b|\bлет\b|\bгод(?:а|ов)?\b|\blet\b")
_PUBLICATION = re.compile(
    r"\bpublication\b|\bпубликаци\w*|\bpublikatsi\w*|\bwas published\b|\bвыход\w* (?:статьи|сообщени)\w*"
)

# The source reporting a meeting, named as a thing ("and the publication about it", "the BelTA report",
# "публикацией о нём", "статьёй"): one meeting and its report are the two ends of a span.
_REPORT_NOUN = re.compile(
    r"\b(?:publication|report|article|news item|story)\b|\bпубликаци\w*|\bсообщени\w*|\bстать[еиюяй]\w*"
    r"|\bотч[её]т\w*|\bновост\w*|\bpublikac\w*|\bpublikats\w*|\bsoobshch?eni\w*|\bstat'?[eiy][iyuj]?\w*"
)
_BETWEEN = re.compile(r"\bbetween\b|\bмежду\b|\bmezhdu\b")
# "since the publication of the report", "с публикации сообщения": the report is where the span starts
_SINCE_REPORT = re.compile(
    r"\b(?:since|с|s)\s+(?:the\s+)?(?:publication|report|article|публикаци\w*|сообщени\w*|стать\w*|publikac\w*|soobshch?eni\w*)"
)
_PUBLISHED = re.compile(
    r"\bpublish\w*|\breported\b|\bnews\b|\bопубликова\w*|\bсообщил\w*|\bвышл\w*|\bнапечата\w*|\bopublikova\w*"
    # "БелТА выпустило новость", "did BelTA report it", "написали о нём"
    r"|\bвыпусти\w*|\bновост\w*|\bнаписал\w*|\breport (?:it|on it|the meeting)\b|\bwrote\b|\bvypusti\w*|\bnovost\w*"
)
_SINCE = re.compile(
    r"\bsince\b|\bago\b|\bhow long has it been\b|\bназад\b|\bпрошло\b|\bминуло\b|\bкак давно\b"
    r"|\bproshlo\b|\bkak davno\b|\bnazad\b"
)
_FIRST = re.compile(
    r"\b(?:came|was|happened|held|took place) (?:first|earlier|later|last)\b|\bwhich (?:one )?(?:was )?(?:first|earlier)\b"
    r"|\bearlier\b|\bраньше\b|\bпрежде\b|\bпервы[мй]\b|\bпозже\b|\bпозднее\b|\branshe\b|\bpervym\b|\bpozzhe\b"
)
_OR = re.compile(r"\bor\b|\bили\b|\bili\b|\bлибо\b|,|\bи\b|\band\b")

# A yes/no asked by intonation alone, as Russian usually does and phones often do ("в этом году
# были заседания СМВД?", "the interior ministers met this year?"): a question mark and no question
# word anywhere.
_ANY_QUESTION_WORD = re.compile(
    r"\b(?:кто|что|когда|где|как\w*|котор\w*|сколько|почему|зачем|чем|чей|чья|who|what|when|where|which|how|why"
    r"|kto|chto|kogda|gde|kak\w*|skolko|pochemu)\b"
)


def _bare_yes_no(raw: str, text: str) -> bool:
    return raw.rstrip().endswith("?") and not _ANY_QUESTION_WORD.search(text)


_QUESTION_WORD = re.compile(
    r"^(?:кто|что|когда|где|как|какой|какая|какое|какие|каких|сколько|почему|зачем|who|what|when|where|which|how|why)\b"
)

_ASKED_LATER = re.compile(r"\blater\b|\bпозже\b|\bпозднее\b|\bpozzhe\b|\bпоследн\w+|\bsecond\b|\bвтор\w+")


def time_between(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Days between two dated meetings, or between a meeting and the publication of its source."""
    if not HOW_MANY_DAYS.search(text):
        return None
    if SPAN.search(text) and not _BETWEEN.search(text):
        # "На сколько лет рассчитана программа, утверждённая в Душанбе": the length of the
        # document's own period, not the time between it and the meeting that adopted it.
        length = period_length_verdict(engine, parsed, base, today, text)
        if length is not None:
            return length
    kb = engine.kb
    meetings = named_meetings(engine, parsed)
    if len(meetings) >= 1 and _SINCE_REPORT.search(text) and not _BETWEEN.search(text):
        # "Сколько времени прошло с публикации сообщения о XVIII совещании?": from the report to today
        return _since_published(kb, base, kb.entities[meetings[0][0]], today)
    if len(meetings) == 1 and _REPORT_NOUN.search(text) and (_BETWEEN.search(text) or _AFTER.search(text)):
        # "Сколько дней прошло между совещанием и публикацией о нём?": from the meeting to the
        # source reporting it ("прошло" asks no time since today here).
        return _meeting_to_publication(kb, base, kb.entities[meetings[0][0]])
    if len(meetings) >= 1 and _PUBLISHED.search(text) and _SINCE.search(text):
        return _since_published(kb, base, kb.entities[meetings[0][0]], today)
    if len(meetings) >= 2 and _PUBLICATION.search(text):
        return _publication_to_meeting(kb, parsed, base, meetings[:2])
    unit = "month" if _IN_MONTHS.search(text) else "year" if _IN_YEARS.search(text) else None
    dated = _two_dated(engine, parsed, meetings) if unit else [m for m, _ in meetings[:2]]
    if unit is None and _BETWEEN.search(text):
        # "между совещанием по терроризму в Москве в июне и петербургским заседанием": each side alone
        dated = pair_sides.between(engine, parsed, today) or dated
    if len(dated) >= 2 and (_BETWEEN.search(text) or _OR.search(text) or _AFTER.search(text)):
        pair = sorted(dated[:2], key=lambda m: (entity_date(kb.entities[m]) or PartialDate(9999)).sort_key())
        if unit is not None:
            return _whole_units(kb, base, pair, unit)
        return days_of_pair(kb, base, pair)
    if len(meetings) >= 1 and _PUBLISHED.search(text):
        return _meeting_to_publication(kb, base, kb.entities[meetings[0][0]])
    return None


def days_of_pair(kb: KnowledgeBase, base: Verdict, pair: list[str]) -> Verdict | None:
    """The days from the first of two dated entries to the second (a range when one is dated only
    to the month); None when either has no date."""
    first, second = (getattr(kb.entities[m], "date", None) for m in pair)
    if not first or not second:
        return None
    # A date known only to the month gives a range: its first day to its last.
    earliest = _span_days(PartialDate.parse(first), PartialDate.parse(second))
    if earliest is None:
        return None
    verdict = marked_answered(base, "count", "time:between")
    verdict.attribute = "days"
    verdict.value = earliest[0] if earliest[0] == earliest[1] else None
    verdict.focus = pair
    verdict.filters = {"from": first, "to": second}
    if verdict.value is None:
        verdict.filters.update({"min": max(earliest[0], 0), "max": earliest[1]})
    verdict.sources = entry_sources(kb, pair)
    return verdict


def _meeting_to_publication(kb: KnowledgeBase, base: Verdict, meeting: Entity) -> Verdict | None:
    """Days from a meeting to the first source reporting it on or after that day."""
    start = known_day(getattr(meeting, "date", None))
    for source_id in meeting.sources:
        source = kb.source(source_id)
        published = known_day(source.date) if source is not None else None
        if start is not None and published is not None and published >= start:
            verdict = marked_answered(base, "count", "time:published")
            verdict.attribute = "days"
            verdict.value = (published - start).days
            verdict.focus = [meeting.id]
            verdict.filters = {"from": start.isoformat(), "to": published.isoformat(), "published": source_id}
            verdict.sources = [source_id]
            return verdict
    return None


def _publication_to_meeting(
    kb: KnowledgeBase, parsed: Parsed, base: Verdict, meetings: list[tuple[str, set[int]]]
) -> Verdict | None:
    """Days between the publication of the report on one meeting (the one named after the word
    "publication") and another meeting."""
    search_text = parsed.intent.search_text
    for kind_word in parsed.intent.kind_words:
        search_text = re.sub(rf"\b{re.escape(kind_word)}\b", " ", search_text)
    cue = _PUBLICATION.search(search_text)
    if cue is None:
        return None
    boundary = len(text_tokens(search_text[: cue.start()]))
    after = sorted((min(positions), m) for m, positions in meetings if positions and min(positions) >= boundary)
    if not after:
        return None
    reported = after[0][1]
    other = next(m for m, _ in meetings if m != reported)
    published = _published_day(kb, kb.entities[reported])
    held = known_day(getattr(kb.entities[other], "date", None))
    if published is None or held is None:
        return None
    verdict = marked_answered(base, "count", "time:between")
    verdict.attribute = "days"
    verdict.value = abs((held - published).days)
    verdict.focus = [reported, other]
    verdict.filters = {"from": published.isoformat(), "to": held.isoformat(), "publication_of": reported}
    verdict.sources = entry_sources(kb, [reported, other])
    return verdict


def _published_day(kb: KnowledgeBase, meeting: Entity) -> date | None:
    """The date of the first source reporting a meeting on or after the day it was held."""
    start = known_day(getattr(meeting, "date", None))
    days = [
        day
        for source_id in meeting.sources
        if (source := kb.source(source_id)) is not None and (day := known_day(source.date)) is not None
    ]
    days = [day for day in days if start is None or day >= start]
    return min(days) if days else None


def _two_dated(engine: Engine, parsed: Parsed, meetings: list[tuple[str, set[int]]]) -> list[str]:
    """Two dated events the question names: meetings, or one meeting and a dated fact or document
    named by other words ("from the decision to create the ATC to the XVIII meeting")."""
    kb = engine.kb
    chosen = [m for m, _ in meetings[:2] if entity_date(kb.entities[m]) is not None]
    claimed = set().union(*(positions for _, positions in meetings[:2])) if meetings else set()
    for hit in parsed.hits[:4]:
        if len(chosen) >= 2 or hit.score < ENTITY_SCORE:
            break
        entity = kb.entities[hit.entity]
        if (
            hit.entity in chosen
            or hit.name_cover < NAMED_COVER
            or not isinstance(entity, Fact | Document | Meeting)
            or entity_date(entity) is None
            or hit.name_tokens & claimed
        ):
            continue
        chosen.append(hit.entity)
        claimed |= hit.name_tokens
    return chosen


def _whole_units(kb: KnowledgeBase, base: Verdict, pair: list[str], unit: str) -> Verdict | None:
    """Whole months or years from one event to the other, rounded to the nearest at the
    precision the dates are known ("about 4 months" from 10 June to October)."""
    start, end = (entity_date(kb.entities[i]) for i in pair)
    if start is None or end is None:
        return None
    if unit == "month" and (start.month is None or end.month is None):
        return None
    months = (end.year - start.year) * 12 + (end.month or 1) - (start.month or 1)
    exact = start.day is not None and end.day is not None
    if exact and start.day is not None and end.day is not None:
        months += round((end.day - start.day) / 30.44)
    if unit == "year":
        exact = exact and start.month == end.month and start.day == end.day
        value = round(months / 12) if start.month and end.month else end.year - start.year
    else:
        exact = exact and start.day == end.day
        value = months
    if value < 0:
        return None
    verdict = marked_answered(base, "count", "time:between")
    verdict.attribute = "days"
    verdict.value = value
    verdict.focus = list(pair)
    verdict.filters = {"from": start.iso(), "to": end.iso(), "unit": unit, "about": not exact}
    verdict.sources = entry_sources(kb, pair)
    return verdict


def _since_published(kb: KnowledgeBase, base: Verdict, meeting: Entity, today: date) -> Verdict | None:
    """How long ago the source reporting a meeting was published."""
    for source_id in meeting.sources:
        source = kb.source(source_id)
        published = known_day(source.date) if source is not None else None
        if published is not None and published <= today:
            verdict = marked_answered(base, "count", "time:published")
            verdict.attribute = "days"
            verdict.value = (today - published).days
            verdict.focus = [meeting.id]
            verdict.filters = {
                "from": published.isoformat(),
                "to": today.isoformat(),
                "published": source_id,
                "ago": True,
            }
            verdict.sources = [source_id]
            return verdict
    return None


_UNTIL_THE_END = re.compile(
    r"\buntil\s+(?:the\s+)?(?:end|expiry|close)\s+of\b|\bдо\s+(?:конца|окончания|истечения)\b"
    r"|\bdo\s+(?:kontsa|konca|okonchaniya)\b",
    re.IGNORECASE,
)


def remaining_verdict(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """How long until a programme's period ends ("how many years are left until ... 2030")."""
    if not (LEFT.search(text) and (HOW_MANY_DAYS.search(text) or _IN_YEARS.search(text))):
        return None
    if _HOW_LONG.search(text) is None:
        return None  # "border programme end year": the year it ends, not the time left
    bare = _UNTIL_THE_END.sub(" ", text)
    if bare != text:
        # "left until the end of the counter-terrorism programme": "until" is no word of the
        # name "… until 2030" (the border programme), "до конца" no word of any name
        parsed = engine.parse(bare, parsed.lang)
        text = bare
    entity = counted_entity(engine, parsed, text)
    if entity is None:
        hit = parsed.hits[0] if parsed.hits else None
        found = engine.kb.entities[hit.entity] if hit is not None and hit.score >= ENTITY_SCORE else None
        entity = found if isinstance(found, Document) else None
    if not isinstance(entity, Document) or entity.period_end is None:
        return None
    # A period "until 2030" runs to the end of that year.
    end = date(entity.period_end, 12, 31)
    if end <= today:
        return None
    years, months, _ = _calendar_difference(today, end)
    verdict = fact_verdict(base, entity, "remaining", None)
    verdict.intent = "time:remaining"
    verdict.value = {"today": today.isoformat(), "end": entity.period_end, "years": years, "months": months}
    return verdict


def _span_days(start: PartialDate, end: PartialDate) -> tuple[int, int] | None:
    """The fewest and the most days from one date to another at the precision they are known
    (None when one is known only to the year)."""
    if start.month is None or end.month is None:
        return None
    first_start = date(start.year, start.month, start.day or 1)
    last_start = date(start.year, start.month, start.day or _month_length(start.year, start.month))
    first_end = date(end.year, end.month, end.day or 1)
    last_end = date(end.year, end.month, end.day or _month_length(end.year, end.month))
    return (first_end - last_start).days, (last_end - first_start).days


# "How old is the ATC?", "сколько лет существует АТЦ": the time since its founding.
# "Давно ли...", "how long ago": how long ago, without "since" or "прошло".
_LONG_AGO = re.compile(
    r"\bдавно ли\b|\bкак давно\b|\bhow long ago\b|\bdavno li\b|\bkak davno\b"
    r"|\bhow many (?:days|weeks|months|years) ago\b|\bсколько (?:дней|недель|месяцев|лет) назад\b"
    r"|\bskol'?ko (?:dney|nedel|mesyatsev|let) nazad\b"
)
_AGE = re.compile(
    r"\bhow old\b|\bсколько лет (?:существу\w*|исполнилось|работает)\b|\bskol'?ko let (?:sushchestvu\w*|ispolnilos)\b"
    # "how many years old was it by 2025", "сколько лет было решению к 2025 году"
    r"|\bhow many years old\b|\bсколько лет было\b|\bskol'?ko let bylo\b"
    # "сколько лет АТЦ?": the years and one name alone (the name decides: a body's founding, below)
    r"|^\W*(?:(?:а|и|a|i)\s+)?(?:сколько|skol'?ko) (?:лет|let)\s+(?!назад|прошло|минуло|nazad|proshlo)[^\W\d_]+\W*$"
)
# "by 2025", "к 2025 году", "as of 2025": the age asked at that year, not today.
_BY_YEAR = re.compile(r"\b(?:by|as of|in) #(?P<year>\d{4})\b|(?:^|\s)(?:к|на|k|na) #(?P<year_ru>\d{4})\b")


def _founding_fact(engine: Engine, parsed: Parsed) -> Fact | None:
    """The one dated fact of the body or organisation the question names clearly (its founding).

    "сколько лет назад решили создать АТЦ": the founding fact may rank just above the body itself;
    it is then the same answer, so the body may be second behind its own dated fact."""
    hits = parsed.hits[:2]
    for hit in hits:
        if hit.score < ENTITY_SCORE or hit.name_cover < NAMED_COVER:
            continue
        if engine.kb.kind(hit.entity) not in ("body", "organisation"):
            continue
        dated = [fact for fact in engine.kb.facts_of(hit.entity) if fact.year is not None]
        if len(dated) == 1 and (hit is hits[0] or dated[0].id == hits[0].entity):
            return dated[0]
        return None
    return None


# "how many years ago did they decide to set up the ATC", "сколько лет назад решили создать АТЦ":
# a body's founding asked, as "how old" asks it.
_FOUNDING = re.compile(
    r"\b(?:creat|establish|set (?:it )?up|found(?:ed|ing)?\b|созда|учред|основа|образова|sozda|uchred|osnova|obrazova)\w*"
)

# "сколько времени прошло с", "how long ago was", "how many days have passed since": the words that
# ask for time elapsed, taken off to ask when the meeting was.
_ELAPSED_WORDS = re.compile(
    r"\b(?:сколько (?:времени|дней|недель|месяцев|лет)|skol'?ko (?:vremeni|dney|dnei|nedel|mesyatsev|let)"
    r"|how (?:long|much time|many (?:days|weeks|months|years))|как давно|давно ли|kak davno|davno li)\b"
    r"|\b(?:прошло|минуло|proshlo|назад|nazad|ago|has it been|have passed|has passed|passed|since|с|со|s)\b"
)


def _meeting_of_when(engine: Engine, parsed: Parsed, text: str, today: date) -> Entity | None:
    """The meeting "when was …" finds for the same words: "сколько времени прошло с
    антитеррористического совещания в Москве" names the XVIII meeting by its field and city, which
    the "when" answer tells apart among the city's meetings (the search alone asks back)."""
    rest = " ".join(_ELAPSED_WORDS.sub(" ", text).split()).strip(" ?")
    if len(rest.split()) < 2:
        return None
    again = engine.parse(rest, parsed.lang)
    placed = {i for h in again.hits if engine.kb.kind(h.entity) == "place" for i in h.name_tokens}
    if all(i in placed or token in ("~meeting", "~cis") for i, token in enumerate(again.query.tokens)):
        return None  # "the meeting in Moscow" alone: the city has several, the usual answer asks back
    asked = f"{'когда было' if parsed.lang == 'ru' else 'when was'} {rest}?"
    verdict = engine.answer(asked, parsed.lang, today)
    if verdict.kind != "fact" or verdict.attribute != "date" or not verdict.focus:
        return None
    found = engine.kb.get(verdict.focus[0])
    return found if isinstance(found, Meeting) else None


def elapsed_verdict(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """How long ago a dated event was ("how many months have passed since...")."""
    age = _AGE.search(text) is not None
    passed = _PASSED_N.search(text) if ("#" in text and _PASSED_N_CUE(text)) else None
    if not (
        age
        or passed
        or _LONG_AGO.search(text)
        or (_SINCE.search(text) and (HOW_MANY_DAYS.search(text) or "how long" in text or "давно" in text))
    ):
        return None
    entity = dated_entity(engine, parsed, text)
    if entity is None and (age or passed or _FOUNDING.search(text)):
        entity = _founding_fact(engine, parsed)
    if entity is None and LATEST.search(text) and MEETING_WORD.search(text):
        # "How long ago was the last meeting": the latest meeting held by today (of a body, in a place).
        # The words of "how many months ago" qualify no meeting: the rest is searched.
        rest = _LONG_AGO.sub(" ", text)
        again = engine.parse(rest, parsed.lang) if rest != text else parsed
        as_when = replace(again, intent=replace(again.intent, question="when"))
        latest = latest_held(engine, as_when, replace(base), today, rest)
        entity = engine.kb.entities[latest.focus[0]] if latest is not None and latest.focus else None
    if (entity is None or entity_date(entity) is None) and MEETING_WORD.search(text):
        # (an undated meeting found first may be one of several in the city named)
        entity = _meeting_of_when(engine, parsed, text, today) or entity
    if entity is None:
        return None
    when = entity_date(entity)
    if when is None:
        return None
    # A date known to the month or year counts from its first day: the figure is then "about".
    start = date(when.year, when.month or 1, when.day or 1)
    by_year = _BY_YEAR.search(text) if age else None
    if by_year is not None:
        # "How many years old was it by 2025": its anniversary in that year, whole years apart.
        year = int(by_year.group("year") or by_year.group("year_ru"))
        if when.year <= year:
            today = start.replace(year=year, day=min(start.day, 28))
        else:
            by_year = None
    if start > today:
        return None
    years, months, days = _calendar_difference(start, today)
    unit = "months" if re.search(r"\bmonths?\b|\bмесяц\w*|\bmesyats\w*", text) else None
    unit = unit or ("days" if re.search(r"\bdays?\b|\bдн(?:ей|я)\b|\bdne[iy]\b", text) else None)
    verdict = fact_verdict(base, entity, "elapsed", None)
    verdict.intent = "time:elapsed"
    verdict.value = {
        "date": when.iso(),
        "today": today.isoformat(),
        "days": (today - start).days,
        "years": years,
        "months": months,
        "rest_days": days,
        "total_months": years * 12 + months,
        "precision": when.precision,
        "unit": unit,
    }
    if by_year is not None:
        verdict.value["by_year"] = today.year
    if passed is not None:
        # "Прошло ли уже 5 лет с создания АТЦ?": the time since, measured against the figure asked.
        asked, word = int(passed.group("n") or passed.group("n_en")), passed.group("unit") or passed.group("unit_en")
        since = years if word[:1] in "yлgг" else years * 12 + months if word[:1] in "mм" else (today - start).days
        verdict.yes, verdict.grounds = since >= asked, "confirmed" if since >= asked else "contradicted"
    verdict.caveats = caveats_for(entity, "date")
    return verdict


# "прошло ли уже 5 лет с ...", "has it been 5 years since ...", "have 10 years passed since ...":
# a yes or no on the time since, against the figure asked (numbers are "#N" in prepared text).
_PASSED_N = re.compile(
    r"\b(?:прошл[оиа]?|proshl[oia]?)\s+(?:ли|li)\s+(?:уже\s+|uzhe\s+)?(?:больше\s+|более\s+|bolshe\s+)?(?:чем\s+)?"
    r"#(?P<n>\d+)\s+(?P<unit>лет|год\w*|месяц\w*|дн\w*|let|god\w*|mesya\w*|dn\w*)"
    r"|\b(?:has\s+it\s+been|have|has|is\s+it)\s+(?:already\s+)?(?:more\s+than\s+|over\s+|at\s+least\s+)?#(?P<n_en>\d+)\s+"
    r"(?P<unit_en>years?|months?|days?)"
)
_PASSED_N_CUE = literal_cue([_PASSED_N])


def _calendar_difference(start: date, end: date) -> tuple[int, int, int]:
    """Whole years, then whole months, then days from ``start`` to ``end``."""
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    anchor_year, anchor_month = divmod(start.month - 1 + months, 12)
    anchor_year += start.year
    last = _month_length(anchor_year, anchor_month + 1)
    anchor = date(anchor_year, anchor_month + 1, min(start.day, last))
    return months // 12, months % 12, (end - anchor).days


def _month_length(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def which_first(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """Which of two named events came first."""
    if not _FIRST.search(text):
        return None
    kb = engine.kb
    # "X or Y": each side named by its own words (pair_sides), else the whole question's hits
    pair = pair_sides.sides(engine, parsed, today) or [m for m, _ in named_meetings(engine, parsed)[:2]]
    if len(pair) < 2:
        return None
    verdict = order_of(kb, base, pair)
    if verdict is not None and _ASKED_LATER.search(text):
        verdict.value["asked"] = "later"  # "which was later": the later one is the answer
    return verdict


# "When was X - before or after Y?": X's date and its place against Y (X is the one named first).
BEFORE_OR_AFTER = re.compile(
    r"\b(?:before|earlier) or (?:after|later)\b|\b(?:after|later) or (?:before|earlier)\b"
    r"|\bдо или после\b|\bпосле или до\b|\bраньше или позже\b|\bпозже или раньше\b"
    r"|\bdo ili posle\b|\bposle ili do\b|\branshe ili pozzhe\b"
)


def before_or_after(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """The first-named event against the second: "After: X (date) came after Y (date)"."""
    meetings = [(m, positions) for m, positions in named_meetings(engine, parsed)[:2] if positions]
    if len(meetings) == 1:
        # The first name can crowd the second out of the hits: the words after the cue are searched
        # alone (only behind this rare cue, so the second parse costs little).
        cue = BEFORE_OR_AFTER.search(parsed.text.lower())
        rest = parsed.text[cue.end() :] if cue is not None else ""
        later = [m for m, _ in named_meetings(engine, engine.parse(rest, parsed.lang))[:1]] if rest.strip() else []
        if not later or later[0] == meetings[0][0]:
            # the meeting found is the one after the cue: the first named may be another dated entry
            # ("was the Commonwealth-Antiterror exercise before or after the St Petersburg meeting")
            head = parsed.text[: cue.start()] if cue is not None else ""
            first = _dated_named(engine, engine.parse(head, parsed.lang)) if head.strip() else None
            if first is None or first == meetings[0][0]:
                return None
            subject, other = first, meetings[0][0]
        else:
            subject, other = meetings[0][0], later[0]
    elif len(meetings) == 2:
        subject, other = (m for m, _ in sorted(meetings, key=lambda pair: min(pair[1])))
    else:
        return None
    verdict = order_of(engine.kb, base, [subject, other])
    if verdict is None:
        return None
    verdict.value["relative_to"] = other
    verdict.value["subject"] = subject
    return verdict


def _dated_named(engine: Engine, parsed: Parsed) -> str | None:
    """The dated entry the words name clearly (an exercise, a document), or None."""
    hit = parsed.hits[0] if parsed.hits else None
    if hit is None or hit.score < ENTITY_SCORE or hit.name_cover < NAMED_COVER:
        return None
    return hit.entity if engine.kb.date_key.get(hit.entity) is not None else None


def order_of(kb: KnowledgeBase, base: Verdict, pair: list[str]) -> Verdict | None:
    """Which of two dated entries came first, or None when their dates cannot order them."""
    keys = [kb.date_key.get(m) for m in pair]
    if keys[0] is None or keys[1] is None or keys[0] == keys[1]:
        return None
    # Dates known only to the month or year cannot be ordered within that month or year.
    dates = [PartialDate.parse(kb.entities[m].date or "") for m in pair]  # type: ignore[attr-defined]
    coarse = [d for d in dates if d.precision != "day"]
    if (
        coarse
        and dates[0].year == dates[1].year
        and (dates[0].month == dates[1].month or dates[0].month is None or dates[1].month is None)
    ):
        return None
    ordered = sorted(pair, key=lambda m: kb.date_key[m])
    verdict = marked_answered(base, "fact", "time:order")
    verdict.attribute = "order"
    verdict.focus = ordered
    first_day, second_day = (known_day(kb.entities[m].date) for m in ordered)  # type: ignore[attr-defined]
    verdict.value = {
        "first": ordered[0],
        "second": ordered[1],
        "dates": [kb.entities[m].date for m in ordered],  # type: ignore[attr-defined]
        "days": (second_day - first_day).days if first_day and second_day else None,
    }
    verdict.sources = entry_sources(kb, ordered)
    return verdict


def yes_no_year(engine: Engine, parsed: Parsed, base: Verdict, today: date, text: str) -> Verdict | None:
    """ "Was X held this year?", "Is the Year of ... going on now?": the entity's year against today's."""
    if _QUESTION_WORD.search(text) or not (YES_NO.search(text) or _bare_yes_no(parsed.text, text)):
        return None
    target = target_year(text, today)
    if target is None:
        return None
    year, relative = target
    entity = dated_entity(engine, parsed, text)
    if entity is None:
        return None
    if isinstance(entity, Meeting) and entity_date(entity) is None:
        # "Was the intelligence chiefs' meeting this year?": its source gives no date, so neither
        # yes nor no; left to the other answerers it would be a "yes, it took place".
        undated = marked_answered(base, "yes_no", "time:year")
        undated.yes = None
        undated.grounds = "date"
        undated.focus = [entity.id]
        undated.value = {"meeting": entity.id, "year": year, "relative": relative}
        undated.sources = list(entity.sources)
        return undated
    yes: bool | None
    when: dict[str, object]
    if isinstance(entity, Document) and (entity.period_start or entity.period_end):
        start, end = entity.period_start or 1900, entity.period_end or 2200
        yes = start <= year <= end
        when = {"period": [entity.period_start, entity.period_end]}
    else:
        known = entity_date(entity)
        if known is None:
            return None
        yes = known.year == year
        when = {"date": known.iso()}
        if relative == "now" and isinstance(entity, Document) and entity.kind == "decision" and entity.status == "adopted":
            # "Is the SCO now an observer?": a status granted holds from its decision on; the
            # sources record no change since (the decision's year is no "now").
            yes = (known.year, known.month or 1) <= (today.year, today.month)
            when["since"] = True
        if isinstance(entity, Meeting) and entity.status == "planned":
            # A plan is no record that the event took place: in the year it was planned for, the
            # sources do not say; for any other year the answer is still no.
            when["planned"] = True
            if yes:
                yes = None
    verdict = marked_answered(base, "yes_no", "time:year")
    verdict.yes = yes
    verdict.grounds = "dated"
    verdict.focus = [entity.id]
    verdict.value = {**when, "year": year, "relative": relative}
    verdict.sources = list(entity.sources)
    verdict.caveats = caveats_for(entity, "date")
    return verdict
