"""Operator commands behind ``cisbot digest`` and ``cisbot subscribers``: plain functions over
the database and the knowledge base, printable without Telegram."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

from telegram import Bot

from bot.config import Settings
from bot.digest.delivery import DigestRunner, RunReport
from bot.kb.base import open_knowledge_base
from bot.present.render import html_to_text
from bot.storage import Storage


def parse_moment(text: str | None) -> datetime:
    """An ISO date-time; without a zone it is UTC."""
    if not text:
        return datetime.now(UTC)
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


async def dry_run(settings: Settings, at: datetime) -> list[str]:
    """Who would receive what at ``at``, each message whole as plain text; nothing is sent and
    nothing is recorded."""
    kb = open_knowledge_base(settings.knowledge_dir)
    storage = await Storage.open(settings.database_url)
    try:
        runner = DigestRunner(storage, Bot("0:dry-run"), lambda: kb)
        jobs = await runner.plan(at)
    finally:
        await storage.close()
    lines = [f"{len(jobs)} delivery(ies) due at {at.isoformat()}"]
    for job in jobs:
        head = f"chat {job.sub.chat_id} [{job.sub.lang}] {job.kind} {job.period}"
        if job.html is None:
            lines.append(f"{head}: nothing to say (not sent)")
            continue
        lines += ["", f"{head}:", *(f"  {line}" if line else "" for line in html_to_text(job.html).splitlines())]
    return lines


async def send_round(settings: Settings, at: datetime) -> RunReport:
    """One real round (the bot's token and API URL from the settings)."""
    kb = open_knowledge_base(settings.knowledge_dir)
    storage = await Storage.open(settings.database_url)
    bot = Bot(settings.token, base_url=settings.base_url() or "https://api.telegram.org/bot")
    try:
        async with bot:
            runner = DigestRunner(
                storage,
                bot,
                lambda: kb,
                claim_timeout=settings.digest_claim_timeout,
                send_timeout=settings.digest_send_timeout,
            )
            return await runner.run_once(at)
    finally:
        await storage.close()


async def subscriber_summary(settings: Settings) -> list[str]:
    storage = await Storage.open(settings.database_url)
    try:
        counts = await storage.subscribers.counts()
        everyone = await storage.subscribers.all(status=None)
    finally:
        await storage.close()
    frequencies = Counter(s.frequency for s in everyone if s.status == "active")
    langs = Counter(s.lang for s in everyone if s.status == "active")
    return [
        "subscribers: " + ", ".join(f"{status} {n}" for status, n in counts.items()),
        "active by frequency: " + (", ".join(f"{f} {n}" for f, n in sorted(frequencies.items())) or "none"),
        "active by language: " + (", ".join(f"{lang} {n}" for lang, n in sorted(langs.items())) or "none"),
    ]
