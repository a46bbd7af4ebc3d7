"""Language-dependent words from Babel and the message catalog: dates, months, counted words,
lists, and the labels of codes (kinds, roles, statuses) marked for translation."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache, lru_cache
from typing import Literal

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton, get_month_names
from babel.lists import format_list as babel_format_list

from bot.kb.schema import PartialDate
from bot.present.messages import to_translate, translate, translate_plural

# Month names from Babel (CLDR): genitive for "5 ноября 2025", nominative for "ноябрь 2025".
MONTHS_EN = [get_month_names("wide", locale="en_GB")[month] for month in range(1, 13)]
MONTHS_RU_GEN = [get_month_names("wide", "format", locale="ru")[month] for month in range(1, 13)]
MONTHS_RU_NOM = [get_month_names("wide", "stand-alone", locale="ru")[month] for month in range(1, 13)]


# Babel locales: British English writes "5 November 2025", as the knowledge base's sources do.
BABEL_LOCALES = {"en": "en_GB", "ru": "ru"}


@cache
def babel_locale(lang: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(lang, "en_GB"))


def _plain(text: str) -> str:
    # CLDR puts a narrow no-break space before "г."; a plain space keeps texts searchable and comparable.
    return text.replace("\u202f", " ").replace("\u00a0", " ")


# Answers, buttons and digests word the same few hundred dates over and over; Babel takes several
# microseconds a date, and its wording of a day depends on nothing else.
@lru_cache(maxsize=4096)
def format_day(day: dt.date, lang: str, width: str = "long") -> str:
    """``5 November 2025`` / ``5 ноября 2025 г.`` (``width="medium"``: ``5 Nov 2025`` / ``5 нояб. 2025 г.``)."""
    return _plain(babel_format_date(day, width, locale=babel_locale(lang)))


def format_weekday(day: dt.date, lang: str) -> str:
    """``Wednesday`` / ``среда``."""
    return _plain(babel_format_date(day, "EEEE", locale=babel_locale(lang)))


@lru_cache(maxsize=4096)
def _skeleton(skeleton: str, day: dt.date, lang: str) -> str:
    return _plain(format_skeleton(skeleton, day, locale=babel_locale(lang)))


def format_date(date: PartialDate | None, lang: str) -> str:
    """``5 November 2025`` / ``5 ноября 2025 г.``, ``October 2025`` / ``октябрь 2025 г.``, ``2025``."""
    if date is None:
        return translate("date not stated in the source", lang)
    if date.month is None:
        return translate("{year}", lang, context="year", year=date.year)
    if date.day is None:
        return _skeleton("yMMMM", dt.date(date.year, date.month, 1), lang)
    return format_day(dt.date(date.year, date.month, date.day), lang)


def format_short_date(date: PartialDate, lang: str) -> str:
    """For buttons: ``5 Nov 2025`` / ``5 нояб. 2025 г.``, ``Oct 2025`` / ``окт. 2025 г.``."""
    first = dt.date(date.year, date.month or 1, date.day or 1)
    if date.month is None:
        return format_date(date, lang)
    if date.day is None:
        return _skeleton("yMMM", first, lang)
    return format_day(first, lang, "medium")


def format_range(start: dt.date, end: dt.date, lang: str) -> str:
    """``10–12 June 2025`` / ``10–12 июня 2025 г.``; ``30 June – 2 July 2025``; across years both in full.
    (Babel's own interval formats abbreviate the month in Russian; these keep the long form.)"""
    if start == end:
        return format_day(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_day(end, lang)}"
    if start.year == end.year:
        return f"{_skeleton('dMMMM', start, lang)} – {format_day(end, lang)}"
    return f"{format_day(start, lang)} – {format_day(end, lang)}"


def format_list(items: Iterable[str], lang: str, style: Literal["standard", "or"] = "standard") -> str:
    """``Armenia, Belarus and Kazakhstan`` / ``Армения, Беларусь и Казахстан`` (style "or": "… or …")."""
    return babel_format_list(list(items), style=style, locale=babel_locale(lang))


# Counted words: the English singular and plural, translated with the catalog's plural forms.
UNITS: dict[str, tuple[str, str]] = {
    "day": (to_translate("day"), to_translate("days")),
    "file": (to_translate("file"), to_translate("files")),
    "error": (to_translate("error"), to_translate("errors")),
    "meeting": (to_translate("meeting"), to_translate("meetings")),
    "question": (to_translate("question"), to_translate("questions")),
    "group": (to_translate("group"), to_translate("groups")),
    # Participant groups of a meeting (answers: "8 states", "2 органа СНГ").
    "states": (to_translate("state"), to_translate("states")),
    "bodies": (to_translate("CIS body"), to_translate("CIS bodies")),
    "organisations": (to_translate("organisation"), to_translate("organisations")),
    "basic_organisations": (to_translate("basic organisation"), to_translate("basic organisations")),
    "international_organisations": (to_translate("international organisation"), to_translate("international organisations")),
    "people": (to_translate("person"), to_translate("people")),
    "sessions": (to_translate("session"), to_translate("sessions")),
    "plenary_sessions": (to_translate("plenary session"), to_translate("plenary sessions")),
    "specialised_sessions": (to_translate("specialised session"), to_translate("specialised sessions")),
}


def unit_word(unit: str, number: int, lang: str) -> str:
    """The word of ``unit`` that goes with ``number``: ``days``; ``день``, ``дня``, ``дней``."""
    singular, plural = UNITS[unit]
    return translate_plural(singular, plural, number, lang)


def count(number: int, unit: str, lang: str) -> str:
    """``1 day``, ``3 days``; ``1 день``, ``3 дня``, ``5 дней``."""
    return f"{number} {unit_word(unit, number, lang)}"


def next_days(days: int, lang: str) -> str:
    """``the next day`` / ``the next 3 days``; ``ближайший 1 день`` / ``ближайшие 3 дня``."""
    return translate_plural("the next day", "the next {number} days", days, lang)


def last_days(days: int, lang: str) -> str:
    """``the last day`` / ``the last 7 days``; ``последний 1 день`` / ``последние 7 дней``."""
    return translate_plural("the last day", "the last {number} days", days, lang)


def date_search_text(date: PartialDate) -> str:
    """Every way a user may write this date, for the search index."""
    parts = [str(date.year)]
    if date.month:
        parts += [MONTHS_EN[date.month - 1], MONTHS_RU_NOM[date.month - 1], MONTHS_RU_GEN[date.month - 1]]
    if date.day:
        parts.append(str(date.day))
    return " ".join(parts)


_EN_MONTH = re.compile(r"\b(" + "|".join(MONTHS_EN) + r")\b")


def localise_date_text(text: str, lang: str) -> str:
    """A date as a source wrote it ("2 March"), with the month named in the reader's language."""
    if lang != "ru":
        return text
    return _EN_MONTH.sub(lambda m: MONTHS_RU_GEN[MONTHS_EN.index(m.group(1))], text)


def format_period(start: int | None, end: int | None, lang: str) -> str:
    if start and end:
        return translate("{start}–{end}", lang, context="years", start=start, end=end)
    if end:
        return translate("until {end}", lang, end=end)
    if start:
        return translate("from {start}", lang, start=start)
    return ""


# Labels of codes in the knowledge base, translated where they are shown.
KIND_LABEL: dict[str, str] = {
    "meeting": to_translate("meetings"),
    "body": to_translate("bodies"),
    "document": to_translate("programmes and documents"),
    "state": to_translate("states"),
    "organisation": to_translate("organisations"),
    "person": to_translate("people"),
    "place": to_translate("places"),
    "fact": to_translate("facts"),
}

ROLE_LABEL: dict[str, str] = {
    "speaker": to_translate("speaker"),
    "chair": to_translate("chair"),
    "addressed": to_translate("sent an address"),
    "participant": to_translate("participant"),
    "reported": to_translate("reported"),
}

# Russian: neuter forms read right after any document name ("Концепция … (утверждено)").
STATUS_LABEL: dict[str, str] = {
    "adopted": to_translate("adopted"),
    "approved": to_translate("approved"),
    "planned": to_translate("planned"),
    "in_preparation": to_translate("in preparation"),
    "in_force": to_translate("in force"),
    "unknown": to_translate("not stated"),
    "held": to_translate("held"),
}

# Example questions: each language has its own (the Russian ones are not translations).
EXAMPLES: list[str] = [
    to_translate("When was the 13th meeting of the CIS Security Secretaries Council?"),
    to_translate("Who attended the XVIII counter-terrorism meeting?"),
    to_translate("Which meetings were held in Moscow?"),
    to_translate("What is the CIS Anti-Terrorism Center?"),
]


def examples(lang: str) -> list[str]:
    """The example questions in ``lang``."""
    return [translate(example, lang) for example in EXAMPLES]
