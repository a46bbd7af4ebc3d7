"""Language-dependent words: dates written out, labels and fixed messages."""

from __future__ import annotations

import re

from bot.schema import PartialDate

LANGS = ("en", "ru")

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


def format_date(date: PartialDate | None, lang: str) -> str:
    """``5 November 2025`` / ``5 ноября 2025``, ``October 2025`` / ``октябрь 2025``, ``2025``."""
    if date is None:
        return MESSAGES["date_unknown"][lang]
    if date.month is None:
        return f"{date.year}" if lang == "en" else f"{date.year} г."
    if date.day is None:
        return (
            f"{MONTHS_EN[date.month - 1]} {date.year}"
            if lang == "en"
            else f"{MONTHS_RU_NOM[date.month - 1]} {date.year} г."
        )
    if lang == "ru":
        return f"{date.day} {MONTHS_RU_GEN[date.month - 1]} {date.year} г."
    return f"{date.day} {MONTHS_EN[date.month - 1]} {date.year}"


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
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


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
