"""Spans of time bounded on one or both sides: "between June and September 2025", "с июля по
ноябрь", "after June 2025", "до августа 2025", "since 2024", "in the past 12 months", "за последний
год". The calendar periods (a season, a half, a quarter, a month, a year) are timeline.py's; a span
is what those cannot say: where it starts and where it ends.

Works on the text as ``bot.search.text.prepare`` leaves it (lower case, numbers as ``#2025``), and
only after the timeline's own gates chose a list of meetings: one precompiled pattern per form.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from bot.kb.schema import PartialDate

# Month stems in English, Russian and Latin-typed Russian; the group's position is the month.
_MONTH_NAMES = (
    r"jan(?:uary)?|январ\w*|yanvar\w*",
    r"feb(?:ruary)?|феврал\w*|fevral\w*",
    r"march|март\w*|marta?",
    r"april|апрел\w*|aprel\w*",
    r"may|ма[йяе]|maya?",
    r"june?|июн\w*|iyun\w*",
    r"july?|июл\w*|iyul\w*",
    r"aug(?:ust)?|август\w*|avgust\w*",
    r"sep(?:tember)?|сентябр\w*|sentyabr\w*",
    r"oct(?:ober)?|октябр\w*|oktyabr\w*",
    r"nov(?:ember)?|ноябр\w*|noyabr\w*",
    r"dec(?:ember)?|декабр\w*|dekabr\w*",
)
_MONTH = "|".join(f"(?P<m{number}>{names})" for number, names in enumerate(_MONTH_NAMES, start=1))
# A point in time: a month with or without its day and year ("10 June 2025", "июля"), or a year
# alone ("2024", "2024 года").
_POINT = (
    rf"(?:(?:#(?P<d>[1-9]|[12]\d|3[01])\s+)?(?:{_MONTH})\b(?:\s+#(?P<y>(?:19|20)\d\d)\b)?"
    rf"|#(?P<year>(?:19|20)\d\d)\b)"
)


def _point(suffix: str) -> str:
    """The point pattern with its groups renamed, so that two points fit in one pattern."""
    return re.sub(r"\(\?P<(\w+)>", rf"(?P<\1{suffix}>", _POINT)


_FROM = r"(?:between|from|между|mezhdu|с|со|s|от|ot)"
_TO = r"(?:and|to|till|until|through|по|до|и|po|do|i|-|–|—)"
_RANGE = re.compile(rf"\b{_FROM}\s+{_point('a')}\s*{_TO}\s+(?:the\s+end\s+of\s+|конца\s+)?{_point('b')}")
_AFTER = re.compile(rf"\b(?P<word>after|since|starting|после|начиная\s+с|с|со|posle|nachinaya\s+s|s)\s+(?:the\s+)?{_POINT}")
_BEFORE = re.compile(rf"\b(?:before|prior\s+to|until|till|до|ранее|раньше|do)\s+(?:the\s+)?{_POINT}")
# "the past 12 months", "за последние полгода", "the last six months" (not "last year": a calendar year).
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "six": 6, "twelve": 12, "один": 1, "два": 2, "две": 2, "три": 3,
    "шесть": 6, "двенадцать": 12,
}
_UNITS = r"(?P<unit>months?|years?|weeks?|месяц\w*|мес|год\w*|лет|недел\w*|полгода|mesyats\w*|god\w*|let)"
_ROLLING = re.compile(
    rf"\b(?:past|last|recent|previous|последн\w*|прошедш\w*|poslednie|posledniy|posledniye)\s+"
    rf"(?:(?:#(?P<n>\d+)|(?P<word>{'|'.join(_NUMBER_WORDS)}))\s+)?{_UNITS}"
)
# "last month", "в прошлом месяце": the calendar month before this one, as "last year" is the year.
_LAST_MONTH = re.compile(
    r"\b(?:last|previous)\s+month\b|\bв\s+прошл\w+\s+месяц\w*|\bпрошл\w+\s+месяц\w*|\bv\s+proshl\w+\s+mesyats\w*"
)
_THIS_MONTH = re.compile(r"\bthis month\b|\bв этом месяце\b|\bэтого месяца\b|\bтекущ\w+ месяц\w*|\bv etom mesyatse\b")
# "last year" alone is the calendar year before this one, not the twelve months up to today.
_CALENDAR_LAST = re.compile(r"^(?:last|previous)\s+years?$")


@dataclass(frozen=True)
class Span:
    """Inclusive bounds as sort keys (year, month, day); a bound without a year holds year 0 and
    then only the month and day of each meeting are compared ("between June and September")."""

    start: tuple[int, int, int]
    end: tuple[int, int, int]
    label: str  # "range", "after", "before" or "recent" (the past ``months`` months up to today)
    start_date: PartialDate | None
    end_date: PartialDate | None
    stop: int = 0  # where the bound's words end in the text
    months: int = 0


def _bound(found: re.Match[str], suffix: str = "") -> tuple[int, int | None]:
    """Year (0 when not given) and month (None for a whole year) of a matched point."""
    groups = found.groupdict()
    year = groups.get(f"year{suffix}")
    if year:
        return int(year), None
    month = next(number for number in range(1, 13) if groups.get(f"m{number}{suffix}"))
    return int(groups.get(f"y{suffix}") or 0), month


def _day(found: re.Match[str], suffix: str = "") -> int | None:
    day = found.groupdict().get(f"d{suffix}")
    return int(day) if day else None


def _first_day(year: int, month: int | None) -> tuple[int, int, int]:
    return (year, month or 1, 1)


def _last_day(year: int, month: int | None) -> tuple[int, int, int]:
    return (year, month or 12, 31)


def _partial(year: int, month: int | None) -> PartialDate | None:
    return PartialDate(year, month) if year else None


def date_span(text: str, today: date) -> Span | None:
    """The span a question bounds, or None when it names no bound."""
    if found := _RANGE.search(text):
        start_year, start_month = _bound(found, "a")
        end_year, end_month = _bound(found, "b")
        if not start_year and end_year and start_month:
            # "с июля по ноябрь 2025": the one year written applies to both months.
            start_year = end_year if (start_month, 0) <= (end_month or 12, 0) else end_year - 1
        if bool(start_year) != bool(end_year):
            return None
        start, end = _first_day(start_year, start_month), _last_day(end_year, end_month)
        first_day, last_day = _day(found, "a"), _day(found, "b")
        # "between 10 June and 5 November 2025": the days bound it, both included.
        if first_day and start_month:
            start = (start[0], start[1], first_day)
        if last_day and end_month:
            end = (end[0], end[1], last_day)
        if start > end:
            return None
        first = PartialDate(start_year, start_month, first_day if start_month else None) if start_year else None
        last = PartialDate(end_year, end_month, last_day if end_month else None) if end_year else None
        return Span(start, end, "range", first, last, found.end())
    if found := _LAST_MONTH.search(text):
        before = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
        whole = PartialDate(*before)
        days = calendar.monthrange(*before)[1]
        return Span(_first_day(*before), (*before, days), "range", whole, whole, found.end())
    if found := _ROLLING.search(text):
        if _CALENDAR_LAST.match(found.group(0)):
            return None
        count = int(found.group("n") or _NUMBER_WORDS.get(found.group("word") or "", 1))
        unit = found.group("unit")
        months = 6 if unit == "полгода" else count * (12 if unit[0] in "yгgл" else 1)
        if unit.startswith(("week", "недел")):
            months = 1
        total = today.year * 12 + today.month - 1 - months
        first_year, first_month = total // 12, total % 12 + 1
        last_day = calendar.monthrange(first_year, first_month)[1]
        start_date = PartialDate(first_year, first_month, min(today.day, last_day))
        end = (today.year, today.month, today.day)
        return Span(start_date.sort_key(), end, "recent", start_date, None, found.end(), months)
    if found := _THIS_MONTH.search(text):
        # The month so far, labelled as the whole month ("November 2026"), not "November and later".
        whole = PartialDate(today.year, today.month)
        return Span(_first_day(today.year, today.month), (today.year, today.month, today.day), "range", whole, whole, found.end())
    if found := _AFTER.search(text):
        year, month = _bound(found)
        if not year:
            return None
        inclusive = found.group("word").startswith(("since", "starting", "с", "начиная", "nachinaya", "s"))
        if inclusive:
            start_date = PartialDate(year, month)
        elif month is None:
            start_date = PartialDate(year + 1, 1)
        else:
            start_date = PartialDate(year + month // 12, month % 12 + 1)
        start = _first_day(start_date.year, start_date.month)
        return Span(start, (today.year, today.month, today.day), "after", start_date, None, found.end())
    if found := _BEFORE.search(text):
        year, month = _bound(found)
        if not year:
            return None
        return Span((0, 0, 0), _first_day(year, month), "before", None, _partial(year, month), found.end())
    return None


def within(key: tuple[int, int, int] | None, span: Span) -> bool:
    """Whether a meeting's date (a sort key: month and day 0 when not known) lies in the span; a
    date known only to the month or the year lies in it when all of that month or year does.
    A "before" span ends just before its bound."""
    if key is None:
        return False
    year, month, day = key
    low = (year, month or 1, day or 1)
    high = (year, month or 12, day or 31)
    if span.label == "before":
        return high < span.end
    if span.start[0] == 0:
        # No year: the months and days of any year.
        return span.start[1:] <= low[1:] and high[1:] <= span.end[1:]
    return span.start <= low and high <= span.end
