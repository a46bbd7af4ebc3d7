"""A real ``Application`` wired to the local Bot API, driven the way Telegram drives a bot.

One :class:`ManualClock` is shared by the fake Telegram and the bot's rate limiter, so rate
limits are exercised without real sleeping; the per-user flood control has its own clock
(``user_clock``): when users type is independent of how fast the bot may answer.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.answers.engine import Engine
from bot.answers.knowledge import KnowledgeService
from bot.app import build_application, start_offline, stop_offline
from bot.config import load_settings
from bot.fake_telegram.clock import ManualClock
from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.limits import Limits
from bot.fake_telegram.transport import make_request
from bot.runtime.ratelimit import SendSchedule, TelegramRateLimiter
from bot.runtime.throttle import UserThrottle

USER = 1001
ERROR_TEXTS = ("Sorry, something went wrong", "Извините, у меня что-то пошло не так")


class TelegramEnv:
    def __init__(self, fake: FakeTelegram, app: Application, clock: ManualClock, user_clock: ManualClock):
        self.fake, self.app, self.clock, self.user_clock = fake, app, clock, user_clock
        self.expected_statuses: set[int] = set()  # statuses a test provoked on purpose

    async def feed(self, update: dict[str, Any]) -> list[dict[str, Any]]:
        """Process one update; return what the bot sent or edited because of it."""
        mark = len(self.fake.outbox)
        await self.app.process_update(Update.de_json(update, self.app.bot))
        return self.fake.outbox[mark:]

    async def say(self, text: str, **kwargs: Any) -> list[dict[str, Any]]:
        kwargs.setdefault("user_id", USER)
        return await self.feed(self.fake.user_message(text, **kwargs))

    async def press(
        self, message: dict[str, Any], text: str | None = None, data: str | None = None
    ) -> list[dict[str, Any]]:
        chat_id = message["chat_id"]
        return await self.feed(self.fake.callback_query(chat_id, message["message_id"], data, button_text=text))

    def buttons(self, message: dict[str, Any]) -> list[tuple[str, str]]:
        rows = (message.get("reply_markup") or {}).get("inline_keyboard", [])
        return [(b["text"], b.get("callback_data", "")) for row in rows for b in row]

    def errors(self) -> list[Any]:
        """Requests Telegram refused (bad HTML, too long...): a correct bot makes none."""
        allowed = {200, None} | self.expected_statuses
        return [r for r in self.fake.requests if r.status not in allowed]

    def apologies(self) -> list[dict[str, Any]]:
        return [m for m in self.fake.outbox if any(t in (m.get("text") or "") for t in ERROR_TEXTS)]


async def make_env(
    tmp_path: Path,
    engine: Engine | None = None,
    knowledge_dir: Path | None = None,
    limits: Limits | None = None,
    database_url: str | None = None,
    *,
    admin_ids: Iterable[int] = (),
    reload_on_sighup: bool = False,
    settings_overrides: dict[str, Any] | None = None,
    read_timeout: float | None = None,
    **fake_kwargs: Any,
) -> TelegramEnv:
    """``database_url``: the bot's database (default: a SQLite file in ``tmp_path``); ``read_timeout``:
    the bot's ordinary read timeout (default PTB's 5 s), for tests with slow replies."""
    clock = ManualClock(1_000_000.0)
    user_clock = ManualClock(0.0)
    fake = FakeTelegram(clock=clock, limits=limits or Limits(), **fake_kwargs)

    async def sleep(seconds: float) -> None:
        clock.advance(seconds)
        await asyncio.sleep(0)

    settings = load_settings(
        telegram_bot_token=fake.token,
        database_url=database_url or f"sqlite+aiosqlite:///{tmp_path / 'bot.sqlite3'}",
        knowledge_dir=knowledge_dir or Path(__file__).resolve().parent.parent / "knowledge",
        telegram_api_url=None,
        digest_tick_seconds=0,  # tests run digest rounds themselves, at the times they choose
        admin_ids=frozenset(admin_ids),
        **(settings_overrides or {}),
    )
    for admin_id in settings.admin_ids:  # admins have opened the bot, so their chats exist for the admin menu
        fake.add_user(admin_id)
    knowledge = KnowledgeService(settings.knowledge_dir, engine) if engine else None
    app = build_application(
        settings,
        request=make_request(fake, **({"read_timeout": read_timeout} if read_timeout is not None else {})),
        knowledge=knowledge,
        throttle=UserThrottle(clock=user_clock),
        rate_limiter=TelegramRateLimiter(SendSchedule(clock=clock), sleep=sleep),
        reload_on_sighup=reload_on_sighup,
    )
    await start_offline(app)
    return TelegramEnv(fake, app, clock, user_clock)


async def close_env(env: TelegramEnv) -> None:
    await stop_offline(env.app)


def no_rate_limits() -> Limits:
    return dataclasses.replace(Limits(), rate_limits=False)
