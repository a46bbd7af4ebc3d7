"""How current the knowledge base is, in one line for /about, /upcoming, /subscribe and digests:
when it was last updated and the date of the latest event it records.

"Updated" is when the knowledge files last changed (an upload, a rollback, a deployment: the
files' modification time), not when a process last read them: a restart changes nothing. Without
files to look at, the moment the knowledge base was loaded stands in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton

from bot.kb.base import KnowledgeBase
from bot.kb.schema import PartialDate
from bot.present.messages import translate
from bot.present.render import esc

# Babel's "en" writes "November 5, 2025"; the bot writes dates day first in English too.
LOCALES = {"en": "en_GB", "ru": "ru"}

_UPDATED: dict[str, datetime] = {}


def updated_at(kb: KnowledgeBase) -> datetime:
    """The latest modification time of the knowledge files (read once per knowledge base)."""
    found = _UPDATED.get(kb.version)
    if found is None:
        times = []
        for path in kb.data.files:
            try:
                times.append(path.stat().st_mtime)
            except OSError:  # a file removed since: the others still say something
                continue
        found = datetime.fromtimestamp(max(times) if times else kb.loaded_at, UTC)
        if len(_UPDATED) > 16:
            _UPDATED.clear()
        _UPDATED[kb.version] = found
    return found


def latest_event(kb: KnowledgeBase) -> PartialDate | None:
    """The date of the latest dated meeting or document."""
    if not kb.date_key:
        return None
    year, month, day = max(kb.date_key.values())
    return PartialDate(year, month or None, day or None)


def babel_date(value: PartialDate | date, lang: str) -> str:
    """A date as Babel writes it: ``5 November 2025`` / ``5 ноября 2025 г.``; a month or a year alone."""
    locale = LOCALES.get(lang, "en_GB")
    if isinstance(value, date):
        return babel_format_date(value, "long", locale=locale)
    if value.month is None:
        return format_skeleton("y", date(value.year, 1, 1), locale=locale)
    if value.day is None:
        return format_skeleton("yMMMM", date(value.year, value.month, 1), locale=locale)
    return babel_format_date(date(value.year, value.month, value.day), "long", locale=locale)


def freshness_line(kb: KnowledgeBase, lang: str) -> str:
    """The line, as Telegram HTML."""
    lang = "ru" if lang == "ru" else "en"
    latest = latest_event(kb)
    line = translate("ℹ️ Knowledge base updated {updated}; latest dated event: {latest}", lang).format(
        updated=babel_date(updated_at(kb).date(), lang),
        latest=babel_date(latest, lang) if latest else translate("none", lang),
    )
    # A Russian date ends in "г.": one full stop is enough.
    return esc(line if line.endswith(".") else line + ".")

