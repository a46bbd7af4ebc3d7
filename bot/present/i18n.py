"""Language-dependent words: dates written out, labels and fixed messages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from typing import Literal

from babel import Locale
from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton
from babel.lists import format_list as babel_format_list

from bot.kb.schema import PartialDate

MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
# Genitive for "5 ноября 2025", nominative for "ноябрь 2025".
MONTHS_RU_GEN = [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
]
MONTHS_RU_NOM = [
    "январь",
    "февраль",
    "март",
    "апрель",
    "май",
    "июнь",
    "июль",
    "август",
    "сентябрь",
    "октябрь",
    "ноябрь",
    "декабрь",
]


# Babel locales: British English writes "5 November 2025", as the knowledge base's sources do.
BABEL_LOCALES = {"en": "en_GB", "ru": "ru"}


@cache
def babel_locale(lang: str) -> Locale:
    return Locale.parse(BABEL_LOCALES.get(lang, "en_GB"))


def _plain(text: str) -> str:
    # CLDR puts a narrow no-break space before "г."; a plain space keeps texts searchable and comparable.
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def format_day(day: dt.date, lang: str, width: str = "long") -> str:
    """``5 November 2025`` / ``5 ноября 2025 г.`` (``width="medium"``: ``5 Nov 2025`` / ``5 нояб. 2025 г.``)."""
    return _plain(babel_format_date(day, width, locale=babel_locale(lang)))


def format_date(date: PartialDate | None, lang: str) -> str:
    """``5 November 2025`` / ``5 ноября 2025 г.``, ``October 2025`` / ``октябрь 2025 г.``, ``2025``."""
    if date is None:
        return MESSAGES["date_unknown"][lang]
    if date.month is None:
        return f"{date.year}" if lang == "en" else f"{date.year} г."
    if date.day is None:
        return _plain(format_skeleton("yMMMM", dt.date(date.year, date.month, 1), locale=babel_locale(lang)))
    return format_day(dt.date(date.year, date.month, date.day), lang)


def format_short_date(date: PartialDate, lang: str) -> str:
    """For buttons: ``5 Nov 2025`` / ``5 нояб. 2025 г.``, ``Oct 2025`` / ``окт. 2025 г.``."""
    first = dt.date(date.year, date.month or 1, date.day or 1)
    if date.month is None:
        return format_date(date, lang)
    if date.day is None:
        return _plain(format_skeleton("yMMM", first, locale=babel_locale(lang)))
    return format_day(first, lang, "medium")


def format_range(start: dt.date, end: dt.date, lang: str) -> str:
    """``10–12 June 2025`` / ``10–12 июня 2025 г.``; ``30 June – 2 July 2025``; across years both in full.
    (Babel's own interval formats abbreviate the month in Russian; these keep the long form.)"""
    if start == end:
        return format_day(start, lang)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{format_day(end, lang)}"
    if start.year == end.year:
        return f"{_plain(format_skeleton('dMMMM', start, locale=babel_locale(lang)))} – {format_day(end, lang)}"
    return f"{format_day(start, lang)} – {format_day(end, lang)}"


def format_list(items: Iterable[str], lang: str, style: Literal["standard", "or"] = "standard") -> str:
    """``Armenia, Belarus and Kazakhstan`` / ``Армения, Беларусь и Казахстан`` (style "or": "… or …")."""
    return babel_format_list(list(items), style=style, locale=babel_locale(lang))


# Counted words by CLDR plural category ("other" is the fallback): Babel picks the category.
UNITS: dict[str, dict[str, dict[str, str]]] = {
    "day": {"en": {"one": "day", "other": "days"}, "ru": {"one": "день", "few": "дня", "other": "дней"}},
    "file": {"en": {"one": "file", "other": "files"}, "ru": {"one": "файл", "few": "файла", "other": "файлов"}},
    "error": {"en": {"one": "error", "other": "errors"}, "ru": {"one": "ошибка", "few": "ошибки", "other": "ошибок"}},
    "meeting": {
        "en": {"one": "meeting", "other": "meetings"},
        "ru": {"one": "заседание", "few": "заседания", "other": "заседаний"},
    },
    "question": {
        "en": {"one": "question", "other": "questions"},
        "ru": {"one": "вопрос", "few": "вопроса", "other": "вопросов"},
    },
    "group": {"en": {"one": "group", "other": "groups"}, "ru": {"one": "группа", "few": "группы", "other": "групп"}},
    # Participant groups of a meeting (answers: "8 states", "2 органа СНГ").
    "states": {"en": {"one": "state", "other": "states"}, "ru": {"one": "государство", "few": "государства", "other": "государств"}},
    "bodies": {
        "en": {"one": "CIS body", "other": "CIS bodies"},
        "ru": {"one": "орган СНГ", "few": "органа СНГ", "other": "органов СНГ"},
    },
    "organisations": {
        "en": {"one": "organisation", "other": "organisations"},
        "ru": {"one": "организация", "few": "организации", "other": "организаций"},
    },
    "basic_organisations": {
        "en": {"one": "basic organisation", "other": "basic organisations"},
        "ru": {"one": "базовая организация", "few": "базовые организации", "other": "базовых организаций"},
    },
    "people": {"en": {"one": "person", "other": "people"}, "ru": {"one": "лицо", "few": "лица", "other": "лиц"}},
    "sessions": {"en": {"one": "session", "other": "sessions"}, "ru": {"one": "сессия", "few": "сессии", "other": "сессий"}},
}


def plural_word(number: int, forms: dict[str, str], lang: str) -> str:
    """The form of a word for ``number`` (forms keyed by CLDR category: one, few, many, other)."""
    category = babel_locale(lang).plural_form(abs(number))
    return forms.get(category) or forms["other"]


def count(number: int, unit: str, lang: str) -> str:
    """``1 day``, ``3 days``; ``1 день``, ``3 дня``, ``5 дней``."""
    return f"{number} {plural_word(number, UNITS[unit][lang], lang)}"


def next_days(days: int, lang: str) -> str:
    """``the next day`` / ``the next 3 days``; ``ближайший 1 день`` / ``ближайшие 3 дня``."""
    if lang == "ru":
        return f"{plural_word(days, {'one': 'ближайший', 'other': 'ближайшие'}, lang)} {count(days, 'day', lang)}"
    return "the next day" if days == 1 else f"the next {count(days, 'day', lang)}"


def last_days(days: int, lang: str) -> str:
    """``the last day`` / ``the last 7 days``; ``последний 1 день`` / ``последние 7 дней``."""
    if lang == "ru":
        return f"{plural_word(days, {'one': 'последний', 'other': 'последние'}, lang)} {count(days, 'day', lang)}"
    return "the last day" if days == 1 else f"the last {count(days, 'day', lang)}"


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
        return f"{start}–{end}" if lang == "en" else f"{start}–{end} гг."
    if end:
        return f"until {end}" if lang == "en" else f"до {end} г."
    if start:
        return f"from {start}" if lang == "en" else f"с {start} г."
    return ""


def plural_ru(n: int, one: str, few: str, many: str) -> str:
    """The Russian form for ``n`` (Babel's CLDR plural rules)."""
    return plural_word(n, {"one": one, "few": few, "other": many}, "ru")


MESSAGES: dict[str, dict[str, str]] = {
    "date_unknown": {"en": "date not stated in the source", "ru": "дата в источнике не указана"},
    "source": {"en": "Source", "ru": "Источник"},
    "sources": {"en": "Sources", "ru": "Источники"},
    "did_you_mean": {"en": "Did you mean", "ru": "Возможно, вы имели в виду"},
    "not_sure": {
        "en": "I am not sure I understood. The closest I have:",
        "ru": "Я не уверен, что понял вопрос. Ближайшее, что я знаю:",
    },
    "decline": {
        "en": (
            "Sorry, I can only answer questions about the bodies, meetings and programmes of "
            "CIS cooperation in the security sphere, and I found nothing on that."
        ),
        "ru": (
            "Извините, я отвечаю только на вопросы об органах, заседаниях и программах "
            "сотрудничества государств – участников СНГ в сфере безопасности, и по этому вопросу "
            "ничего не нашёл."
        ),
    },
    "examples_title": {"en": "You can ask, for example:", "ru": "Можно спросить, например:"},
    "empty": {
        "en": "Please type a question about CIS security cooperation.",
        "ru": "Пожалуйста, задайте вопрос о сотрудничестве СНГ в сфере безопасности.",
    },
    "date": {"en": "Date", "ru": "Дата"},
    "place": {"en": "Place", "ru": "Место"},
    "body": {"en": "Body", "ru": "Орган"},
    "status": {"en": "Status", "ru": "Статус"},
    "period": {"en": "Period", "ru": "Срок"},
    "participants": {"en": "Participants", "ru": "Участники"},
    "states": {"en": "States", "ru": "Государства"},
    "bodies": {"en": "CIS bodies", "ru": "Органы СНГ"},
    "organisations": {"en": "Organisations", "ru": "Организации"},
    "basic_organisations": {
        "en": "Basic organisations of the CIS member states",
        "ru": "Базовые организации государств – участников СНГ",
    },
    "people": {"en": "People", "ru": "Лица"},
    "agenda": {"en": "Agenda", "ru": "Повестка"},
    "sessions": {"en": "Sessions", "ru": "Сессии"},
    "outcomes": {"en": "Outcomes", "ru": "Итоги"},
    "meetings": {"en": "Meetings", "ru": "Заседания и встречи"},
    "documents": {"en": "Documents", "ru": "Документы"},
    "roles": {"en": "Roles", "ru": "Должности"},
    "notes": {"en": "Note", "ru": "Примечание"},
    "facts": {"en": "Facts", "ru": "Факты"},
    "adopted_at": {"en": "Adopted at", "ru": "Принят на"},
    "approved_at": {"en": "Approved at", "ru": "Одобрено на"},
    "parent": {"en": "Part of", "ru": "Входит в"},
    "established": {"en": "Established", "ru": "Создан"},
    "country": {"en": "Country", "ru": "Страна"},
    "head": {"en": "Head", "ru": "Руководитель"},
    "no_head": {
        "en": "The sources do not name the head of {name}.",
        "ru": "Источники не называют руководителя: {name}.",
    },
    "no_date": {
        "en": "The sources do not give a date for {name}.",
        "ru": "Источники не указывают дату: {name}.",
    },
    "no_place": {
        "en": "The sources do not give a place for {name}.",
        "ru": "Источники не указывают место: {name}.",
    },
    "no_period": {
        "en": "The sources do not give the period of {name}.",
        "ru": "Источники не указывают срок: {name}.",
    },
    "no_role": {
        "en": "The sources do not give the post of {name}.",
        "ru": "Источники не указывают должность: {name}.",
    },
    "no_participants": {
        "en": "The sources do not list the participants of {name}.",
        "ru": "Источники не перечисляют участников: {name}.",
    },
    "no_speakers": {
        "en": "The sources do not say who spoke at {name}.",
        "ru": "Источники не называют выступавших: {name}.",
    },
    "no_outcomes": {
        "en": "The sources record no outcomes of {name}.",
        "ru": "Источники не сообщают об итогах: {name}.",
    },
    "list_empty": {
        "en": "No {what} in the knowledge base match that.",
        "ru": "В базе знаний нет подходящих записей ({what}).",
    },
    "list_count": {"en": "{n} found", "ru": "найдено: {n}"},
    "stated_named": {
        "en": "the source states {stated}; it names {named}",
        "ru": "в источнике указано {stated}; названо {named}",
    },
    "said": {"en": "said", "ru": "заявил(а)"},
    "told_media": {
        "en": "told the media about the meeting; the source neither lists this person among the participants nor says they spoke there",
        "ru": "рассказал(а) о заседании СМИ; в источнике не назван(а) среди участников, и не сказано, что выступал(а) на заседании",
    },
    "told_media_short": {"en": "told the media about it", "ru": "рассказал(а) о нём СМИ"},
    "common_short": {
        "en": "{term}: common usage; the sources do not use this form.",
        "ru": "{term} — общепринятое сокращение; в источниках оно не встречается.",
    },
    "common_expansion": {
        "en": "{name} — commonly the {expansion}; the sources give only the abbreviation.",
        "ru": "{name} — общепринятая расшифровка: {expansion}; в источниках дана только аббревиатура.",
    },
    "commonly": {"en": "commonly {term}", "ru": "общепринятое: {term}"},
    "more": {"en": "and {n} more", "ru": "и ещё {n}"},
    "no_upcoming": {
        "en": "The knowledge base records no meetings after {today}.",
        "ru": "В базе знаний нет сведений о заседаниях после {today}.",
    },
    "latest": {"en": "The most recent one recorded:", "ru": "Последнее известное:"},
}

KIND_LABEL: dict[str, dict[str, str]] = {
    "meeting": {"en": "meetings", "ru": "заседания и встречи"},
    "body": {"en": "bodies", "ru": "органы"},
    "document": {"en": "programmes and documents", "ru": "программы и документы"},
    "state": {"en": "states", "ru": "государства"},
    "organisation": {"en": "organisations", "ru": "организации"},
    "person": {"en": "people", "ru": "лица"},
    "place": {"en": "places", "ru": "места"},
    "fact": {"en": "facts", "ru": "факты"},
}

ROLE_LABEL: dict[str, dict[str, str]] = {
    "speaker": {"en": "speaker", "ru": "выступил(а)"},
    "chair": {"en": "chair", "ru": "председатель"},
    "addressed": {"en": "sent an address", "ru": "направил(а) обращение"},
    "participant": {"en": "participant", "ru": "участник"},
    "reported": {"en": "reported", "ru": "доклад"},
}

STATUS_LABEL: dict[str, dict[str, str]] = {
    # Neuter forms read right after any document name ("Концепция … (утверждено)").
    "adopted": {"en": "adopted", "ru": "принято"},
    "approved": {"en": "approved", "ru": "утверждено"},
    "planned": {"en": "planned", "ru": "планируется"},
    "in_preparation": {"en": "in preparation", "ru": "готовится"},
    "in_force": {"en": "in force", "ru": "действует"},
    "unknown": {"en": "not stated", "ru": "не указано"},
    "held": {"en": "held", "ru": "состоялось"},
}

EXAMPLES: dict[str, list[str]] = {
    "en": [
        "When was the 13th meeting of the CIS Security Secretaries Council?",
        "Who attended the XVIII counter-terrorism meeting?",
        "Which meetings were held in Moscow?",
        "What is the CIS Anti-Terrorism Center?",
    ],
    "ru": [
        "Когда состоялось 13-е заседание Совета секретарей советов безопасности?",
        "Какие государства участвовали в заседании СМВД СНГ?",
        "Какие программы действуют до 2030 года?",
        "Что такое БКБОП?",
    ],
}
