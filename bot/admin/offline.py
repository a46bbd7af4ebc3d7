"""``cisbot stats`` and ``cisbot unanswered``: the admin figures straight from the database
(``DATABASE_URL``), printed as plain text — the same report /stats and /unanswered send."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.admin.stats import collect_stats, collect_unanswered, parse_since
from bot.config import Settings
from bot.kb.base import open_knowledge_base
from bot.kb.loader import KnowledgeError
from bot.present.admin_stats import stats_html, unanswered_html
from bot.present.render import html_to_text
from bot.storage import Storage


def _names(settings: Settings) -> Callable[[str], str] | None:
    """Entity names for the "most asked" list, when the knowledge base loads; else bare ids."""
    try:
        kb = open_knowledge_base(settings.knowledge_dir)
    except KnowledgeError:
        return None
    return lambda entity_id: kb.name(entity_id, "en")


async def stats_report(settings: Settings, days: int = 7) -> str:
    storage = await Storage.open(settings.database_url)
    try:
        figures = await collect_stats(storage, days=days, zone=ZoneInfo(settings.default_timezone))
    finally:
        await storage.close()
    return html_to_text(stats_html(figures, "en", _names(settings)))


async def unanswered_report(settings: Settings, since_arg: str | None, limit: int = 50) -> str:
    """Raises ValueError for a ``since`` that is not YYYY-MM-DD."""
    zone = ZoneInfo(settings.default_timezone)
    since = parse_since(since_arg, datetime.now(zone).date())
    storage = await Storage.open(settings.database_url)
    try:
        report = await collect_unanswered(storage, since, zone)
    finally:
        await storage.close()
    return html_to_text(unanswered_html(report, since, "en", limit=limit))
