"""Checks of a date, period, count or figure a yes/no question asserts ("was the 14th meeting held in
May 2024", "did the council meet before 2020", "were there 16 meetings", "did the report count
more than 300 cases").

Each compares the number or date asked with the record and answers yes or no with the recorded
value, or leaves the question to the other answerers when the record does not settle it.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING, Any

from bot.answers.mentions import MENTION_SCORE, Mentions, _verdict, took_place
from bot.answers.question_form import (
    WORD,
    asked_day,
    asked_years,
    asserted_numbers,
    is_yes_no,
    latin_tone_question,
    month_of,
    months_named,
    number_of,
    tone_question,
)
from bot.answers.verdict import Verdict
from bot.kb.schema import Document, Fact, Meeting, PartialDate
from bot.search.index import Hit
from bot.search.text import has_cyrillic, ordinal_stem

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

HELD_IN = re.compile(
    r"\b(?:held|hold|hosted|take place|took place|convened|met|meet|happen\w*|planned|scheduled|due)\b"
    r"|\bпрош\w*|\bпроход\w*|\bпроводил\w*|\bсостоял\w*|\bсобирал\w*|\bвстречал\w*"
    r"|\bпланирова\w*|\bзапланирова\w*|\bнамечен\w*|\bпрой(?:ти|дут|д[её]т)\b|\bпровест\w*|\bсостоять\w*"
    r"|\bproshl\w*|\bpro(?:sh|ch)(?:e|yo|o)l\b|\bprohodil\w*|\bsostoyal\w*",
    re.I,
)


_WHEN_CHECKED = {"listed", "not_listed", "host_not_listed", "not_named", "not_stated", "addressed", "person_not_named", "place"}


def when_checked(engine: Engine, parsed: Parsed, verdict: Verdict, today: date) -> Verdict:
    """A yes/no about one meeting ("did Kazakhstan attend the interior ministers' meeting in June")
    also asserts its month and year: one the record contradicts makes the answer "no", with the
    meeting's recorded date."""
    if verdict.yes is False or verdict.kind != "yes_no" or not verdict.focus:
        return verdict
    meeting = engine.kb.get(verdict.focus[0])
    # Only relations of the meeting itself: a topic or a statement may carry dates of its own.
    if not isinstance(meeting, Meeting) or verdict.grounds not in _WHEN_CHECKED:
        return verdict
    # Years the meeting is placed in ("in 2024"), not a programme's "2026–2028".
    years = [int(m.group(1)) for m in _EVENT_YEAR.finditer(parsed.text)]
    years += [y for y in asked_years(parsed, today) if y not in parsed.intent.years]
    months = months_named(parsed.text)
    if not years and not months:
        return verdict
    if not meeting.date:
        # "Did the intelligence chiefs meet in Moscow in 2025": an undated meeting neither confirms
        # nor contradicts the year asked; the sources do not say.
        if not verdict.yes:
            return verdict
        verdict.statements = []
        return took_place(verdict, meeting, years, months)
    known = PartialDate.parse(meeting.date)
    wrong_year = bool(years) and known.year not in years
    wrong_month = bool(months) and known.month is not None and known.month not in months
    if not (wrong_year or wrong_month):
        return verdict
    verdict.statements = []
    return took_place(verdict, meeting, years, months)

# Counted things of a meeting: a number within two words before one of them ("five specialised
# sessions", "9 государств").
_COUNTED: list[tuple[str, re.Pattern[str]]] = [
    ("sessions", re.compile(r"^(?:sessions?|сесси\w*|секци\w*|sessi\w*)$")),
    ("states", re.compile(r"^(?:states?|countries|country|государств\w*|стран\w*|gosudarstv\w*|stran\w*)$")),
    ("organisations", re.compile(r"^(?:organi[sz]ations?|организаци\w*|organizats\w*)$")),
    ("bodies", re.compile(r"^(?:bod(?:y|ies)|органов|органа|organov)$")),
]
_PLENARY = re.compile(r"\bplenary\b|\bпленарн\w*|\bplenarn\w*", re.I)
_SPECIALISED = re.compile(r"\bspeciali[sz]ed\b|\bспециализ\w*|\bspetsializ\w*|\bthemat\w*|\bтематическ\w*", re.I)


def _one_meeting(engine: Engine, mentions: Mentions, of_body: bool = False) -> Meeting | None:
    kb = engine.kb
    meetings = [kb.entities[h.entity] for h in mentions.hits if kb.kind(h.entity) == "meeting"]
    if not meetings and of_body:
        # "Совет министров внутренних дел собирался 13 августа?": a body named alone with a day is
        # its one recorded meeting (a "yes, it took place" would pass the wrong day over).
        bodies = [h.entity for h in mentions.hits if kb.kind(h.entity) == "body"]
        if len(bodies) == 1:
            meetings = [m for m in kb.meetings_of(bodies[0]) if m.body == bodies[0]]
    if len(meetings) != 1:
        return None
    meeting = meetings[0]
    assert isinstance(meeting, Meeting)
    return meeting


def date_check(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Was the meeting on 13 August?": the day asked against the recorded date."""
    asked = asked_day(parsed.text)
    if asked is None:
        return None
    meeting = _one_meeting(engine, mentions, of_body=True)
    if meeting is None:
        return None
    value = {"meeting": meeting.id, "date": meeting.date, "asked": list(asked)}
    sources = meeting.date_sources or meeting.sources
    if not meeting.date:
        return _verdict(base, None, "date", [meeting.id], value, sources)
    known = PartialDate.parse(meeting.date)
    day, month = asked
    if known.month is not None and known.month != month:
        yes: bool | None = False
    elif known.day is None:
        yes = None  # known to the month only
    else:
        yes = known.day == day and known.month == month
    years = parsed.intent.years
    if yes and years and known.year not in years:
        yes = False
    if yes is False and _dated_elsewhere(engine, meeting, day, month):
        # "в совещании в Москве 10 июня": the day names another meeting in the same place, not a
        # wrong date of the one the words found first.
        return None
    verdict = _verdict(base, yes, "date", [meeting.id], value, sources)
    return verdict


def _dated_elsewhere(engine: Engine, meeting: Meeting, day: int, month: int) -> bool:
    """Whether another meeting held in the same place is recorded on that day."""
    if not meeting.place:
        return False
    for other_id in engine.kb.meetings_held_in.get(meeting.place, []):
        other = engine.kb.entities[other_id]
        if other_id != meeting.id and isinstance(other, Meeting) and other.date:
            known = PartialDate.parse(other.date)
            if known.day == day and known.month == month:
                return True
    return False
# Seasons by their months; "before/after <month>" bounds.
_SEASONS = (
    (re.compile(r"\bspring\b|\bвесн\w*|\bvesn\w*", re.I), {3, 4, 5}),
    (re.compile(r"\bsummer\b|\bлет(?:ом|а|о|е)\b|\bletom\b", re.I), {6, 7, 8}),
    (re.compile(r"\bautumn\b|\bfall\b|\bосень\w*|\bосенн\w*|\bosen\w*", re.I), {9, 10, 11}),
    (re.compile(r"\bwinter\b|\bзим\w*|\bzim(?:oi|oy|a|u)\b", re.I), {12, 1, 2}),
)
_BEFORE = re.compile(r"\b(?:before|prior to|earlier than|до|раньше|ранее|перед|do|ranshe)\s+(?:the\s+)?(\w+)", re.I)
_AFTER = re.compile(r"\b(?:after|later than|после|позже|позднее|posle|pozzhe)\s+(?:the\s+)?(\w+)", re.I)


def period_check(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Did the interior ministers meet before September 2025 / весной 2025?": a season or a
    month bound against the one meeting's recorded date."""
    text = parsed.text
    seasons = [months for pattern, months in _SEASONS if pattern.search(text)]
    bounds = [
        (sign, month_of(match.group(1).lower()))
        for sign, pattern in (("<", _BEFORE), (">", _AFTER))
        for match in pattern.finditer(text)
    ]
    bounds = [(sign, month) for sign, month in bounds if month is not None]
    months = months_named(text) if not seasons and not bounds and HELD_IN.search(text) else set()
    if not seasons and not bounds and not months:
        return None
    meeting = _one_meeting(engine, mentions)
    if meeting is None:
        bodies = [h for h in mentions.hits if engine.kb.kind(h.entity) == "body"]
        held = [m for m in engine.kb.meetings_of(bodies[0].entity) if m.body == bodies[0].entity] if len(bodies) == 1 else []
        # the one recorded meeting of the body named is the meeting asked about
        if len(held) != 1:
            return None
        meeting = held[0]
        if months and len(mentions.hits) == 1:
            # "Did the interior ministers meet in June?": the month of the body's own meeting, not a
            # month its description names for another meeting it attended (tuning17_look).
            return took_place(base, meeting, list(parsed.intent.years), months)
    if months:
        return None  # a meeting named: its month is checked where the relation asked is
    value: dict[str, Any] = {"meeting": meeting.id, "status": meeting.status, "date": meeting.date, "place": meeting.place, "years": []}
    # "не позже", a year alone ("before 2026") and the like are left to the usual answer
    known = PartialDate.parse(meeting.date) if meeting.date else None
    years = parsed.intent.years
    if known is None or known.month is None or (years and known.year not in years and not bounds):
        yes: bool | None = None if known is None or known.month is None else False
        return _verdict(base, yes, "status", [meeting.id], value, meeting.sources)
    if seasons:
        yes = known.month in seasons[0] and (not years or known.year in years)
    else:
        sign, month = bounds[0]
        year = years[0] if years else known.year
        asked, recorded = (year, month), (known.year, known.month)
        yes = recorded < asked if sign == "<" else recorded > asked
    return _verdict(base, yes, "status", [meeting.id], value, meeting.sources)


# Russian ordinal endings ("второй", "третьей", "пятую"): a cardinal ("пять", "пяти") has none.
_RU_ORDINAL_END = re.compile(r"(?:ый|ой|ий|ая|ое|ые|ого|его|ому|ему|ым|им|ом|ем|ую|ых|их|ыми|ими|ья|ье|ьей|ьего|ьему|ьим|ью)$")


def _asked_count(parsed: Parsed, meeting: Meeting) -> tuple[int, str] | None:
    """A number and the thing it counts ("five specialised sessions"), not a year or the meeting's own number."""
    words = WORD.findall(parsed.text.lower())
    for position, word in enumerate(words):
        number = number_of(word)
        if not number or number >= 1900 or number == meeting.number:
            continue
        if ordinal_stem(word) is not None and (not has_cyrillic(word) or _RU_ORDINAL_END.search(word)):
            continue  # "the second session" names one session, it counts none ("пять" counts, "пятой" does not)
        for follower in words[position + 1 : position + 4]:
            for group, pattern in _COUNTED:
                if pattern.match(follower):
                    return number, group
    return None


def count_check(engine: Engine, parsed: Parsed, base: Verdict, mentions: Mentions) -> Verdict | None:
    """ "Did it have five sessions / did 9 states take part": the number against the recorded count."""
    meeting = _one_meeting(engine, mentions)
    if meeting is None:
        return None
    asked = _asked_count(parsed, meeting)
    if asked is None:
        return None
    number, group = asked
    counts = meeting.stated_counts
    value: dict[str, Any] = {"meeting": meeting.id, "asked": number, "group": group}
    if group == "sessions":
        parts = {"plenary": counts.plenary_sessions, "specialised": counts.specialised_sessions}
        if _SPECIALISED.search(parsed.text):
            recorded = counts.specialised_sessions
        elif _PLENARY.search(parsed.text):
            recorded = counts.plenary_sessions
        else:
            recorded = counts.sessions
        value["sessions"] = {key: n for key, n in {"total": counts.sessions, **parts}.items() if n is not None}
    else:
        listed = {
            "states": meeting.participants.states,
            "bodies": meeting.participants.bodies,
            "organisations": meeting.participants.organisations,
        }[group]
        stated = getattr(counts, group)
        recorded = stated if stated is not None else (len(listed) or None)
        value["recorded"] = recorded
    if recorded is None and not value.get("sessions"):
        return None
    # "more than 10 bodies", "меньше пяти организаций": a bound, not the count itself
    comparison = next((sign for n, sign, _ in asserted_numbers(parsed.text) if n == number), "=")
    if recorded is None:
        yes = None
    elif comparison == ">":
        yes = recorded > number
    elif comparison == "<":
        yes = recorded < number
    else:
        yes = recorded == number
    return _verdict(base, yes, "count", [meeting.id], value, meeting.sources)


# A number in digits or words: the cheap test before a figure is looked for.
DIGITS_OR_WORDS = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|sixteen|twenty|thirty)\b"
    r"|\b(?:од[ни]\w*|дв[ае]\w*|тр[иеё]\w*|четыр\w*|пят\w*|шест\w*|сем[ьи]\w*|вос[еь]\w*|девят\w*|десят\w*|двадцат\w*)\b",
    re.I,
)


def _same_stem(left: str, right: str) -> bool:
    """Two word forms of one word, by a shared beginning ("органов" ~ "органа", "meetings" ~ "meeting")."""
    size = min(len(left), len(right), 5)
    return size >= 4 and left[:size] == right[:size]


def figure_check(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "Were 25 meetings held in 2025?": a number the question asserts of what a recorded headline
    figure counts (the word after the number names it) is checked against that figure."""
    asserted = asserted_numbers(parsed.text)
    if not asserted:
        return None
    # Only the best hit: a meeting or a body named before the figure is what the number is about.
    # A report named first ("did the annual report say 25 meetings were held?") is where the figure
    # is read: the best fact after it that the report is the source of is checked instead.
    for hit in _past_reports(engine, parsed.hits[:4], asserted):
        fact = engine.kb.entities.get(hit.entity)
        # A fact found past the first hit lost the words that hit took ("18" to the XVIII meeting):
        # the word after the number, checked below, names what it counts.
        floor = MENTION_SCORE if hit is parsed.hits[0] else FIGURE_AFTER_SCORE
        if not isinstance(fact, Fact) or fact.number is None or hit.score < floor:
            continue
        name_words = {word.lower() for language in ("en", "ru") for word in WORD.findall(fact.name.get(language))}
        for number, comparison, following in asserted:
            if number == fact.year or not any(_same_stem(w, n) for w in following for n in name_words):
                continue
            recorded = fact.number
            yes = (
                recorded > number
                if comparison == ">"
                else recorded < number
                if comparison == "<"
                else recorded == number
            )
            value = {"fact": fact.id, "asked": number, "comparison": comparison, "recorded": recorded}
            return _verdict(base, yes, "figure", [fact.id], value, fact.sources)
    return None


def _past_reports(engine: Engine, hits: list[Hit], asserted: list[tuple[int, str, list[str]]]) -> list[Hit]:
    """The first hit, or, when it is a report, the first hit after it sourced from that report; when
    it is a meeting whose number is a count asserted ("проведено 18 заседаний" is no XVIII meeting),
    the first fact after it."""
    first = engine.kb.entities.get(hits[0].entity) if hits else None
    if isinstance(first, Meeting) and any(
        number == first.number and following and _COUNT_NOUN.search(following[0]) for number, _, following in asserted
    ):
        return [hit for hit in hits[1:] if isinstance(engine.kb.entities[hit.entity], Fact)][:1]
    if not isinstance(first, Document) or first.kind != "report":
        return hits[:1]
    sources = set(first.sources)
    return [hit for hit in hits[1:] if sources & set(engine.kb.entities[hit.entity].sources)][:1]


FIGURE_AFTER_SCORE = 0.2
# A word counted by the number before it: an English plural, a Russian form after a count
# ("заседаний", "встреч", "заседания"), not the singular of an ordinal said as a number ("13 заседание").
_COUNT_NOUN = re.compile(r"^(?:[a-z]+s|[а-яё]+[^еоаеёыиуэюя\W]|[а-яё]+[аяи])$", re.I)


_EVENT_YEAR = re.compile(
    r"\b(?:in|of|during|в|во|v)\s+(?:[A-Za-zА-Яа-яЁё]+\s+)?((?:19|20)\d\d)\b(?!\s*[–—-]\s*\d)", re.I
)


def _stated_size(engine: Engine, verdict: Verdict) -> int | None:
    """The count the source states of the one meeting's listed group ("9 CIS member-states", eight named)."""
    groups = verdict.filters.get("groups") if isinstance(verdict.filters, dict) else None
    if verdict.attribute != "participant" or len(verdict.focus) != 1 or not groups or len(groups) != 1:
        return None
    meeting = engine.kb.entities.get(verdict.focus[0])
    if not isinstance(meeting, Meeting):
        return None
    stated = getattr(meeting.stated_counts, str(groups[0]), None)
    return stated if isinstance(stated, int) else None


def list_size_check(parsed: Parsed, verdict: Verdict, engine: Engine | None = None) -> Verdict:
    """ "Were more than 10 CIS bodies at the XVIII meeting?": a bound on what the list counts, checked
    against its length. A number asserted exactly is a yes when it is the length; otherwise the
    count the source states of one meeting's group decides (nine states, eight named), and with
    none stated no "no" is drawn from the names alone."""
    text = parsed.text
    # The group the list is of names the counted word when the question's word is no kind word
    # ("9 CIS states": "states" may be part of a name).
    groups = verdict.filters.get("groups") if verdict.attribute == "participant" else None
    kinds = [word.lower() for word in parsed.intent.kind_words] or [str(group) for group in groups or []]
    if not kinds or not DIGITS_OR_WORDS.search(text):
        return verdict
    if not (is_yes_no(text) or tone_question(text) or latin_tone_question(parsed)):
        return verdict
    size = len(verdict.items)
    for number, comparison, following in asserted_numbers(text):
        if not any(_same_stem(word, kind) for word in following for kind in kinds):
            continue
        if comparison == ">":
            verdict.yes = size > number
        elif comparison == "<":
            verdict.yes = size < number
        elif size == number:
            verdict.yes = True
        elif engine is not None:
            # "competent authorities of 9 states" with eight named: the count the source states
            # answers an exact number; one neither stated nor listed is a no.
            stated = _stated_size(engine, verdict)
            if stated is not None:
                verdict.yes = stated == number
        break
    return verdict
