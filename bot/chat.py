"""``cisbot chat``: the real bot in a terminal, with no token and no network.

The same ``Application`` (handlers, job queue, storage) runs against the in-process local
Bot API. Typed lines go in as Telegram updates; the bot's messages come back rendered as
plain text, with inline buttons numbered: type the number to press one.
"""

from __future__ import annotations

import asyncio
import dataclasses
from collections.abc import Callable
from typing import Any

from pydantic import SecretStr
from telegram import Update

from bot.app import build_application, start_offline, stop_offline
from bot.botapi.core import FakeTelegram
from bot.botapi.limits import Limits
from bot.botapi.transport import make_request
from bot.config import Settings
from bot.render import html_to_text

USER_ID = 1001
INTRO = (
    "Chatting with the bot through a local Telegram double. Type a question or a command "
    "(/start, /help, /bodies ...); type a button's number to press it; an empty line quits."
)


def render_events(events: list[dict[str, Any]], write: Callable[[str], None]) -> list[tuple[int, str]]:
    """Print what the bot sent or edited; return the pressable buttons in the order shown."""
    buttons: list[tuple[int, str]] = []
    for event in events:
        if event.get("deleted") or event.get("action") == "delete":
            continue
        prefix = "(edited) " if event.get("action") == "edit" else ""
        write(prefix + html_to_text(event.get("source") or event.get("text") or ""))
        markup = event.get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            labels = []
            for button in row:
                if "callback_data" in button:
                    buttons.append((event["message_id"], button["callback_data"]))
                    labels.append(f"[{len(buttons)}] {button['text']}")
                elif "url" in button:
                    labels.append(f"[link] {button['text']}: {button['url']}")
            if labels:
                write("   " + "   ".join(labels))
        write("")
    return buttons


async def chat_session(
    settings: Settings,
    *,
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
    language_code: str = "en",
) -> None:
    fake = FakeTelegram(limits=dataclasses.replace(Limits(), rate_limits=False))
    settings = settings.model_copy(update={"telegram_bot_token": SecretStr(fake.token), "telegram_api_url": None})
    app = build_application(settings, request=make_request(fake))
    await start_offline(app)
    buttons: list[tuple[int, str]] = []
    write(INTRO)
    try:
        while True:
            try:
                line = await asyncio.to_thread(read, "> ")
            except (EOFError, KeyboardInterrupt):
                break
            if not line.strip():
                break
            mark = len(fake.outbox)
            if line.strip().isdigit() and 1 <= int(line) <= len(buttons):
                message_id, data = buttons[int(line) - 1]
                update = fake.callback_query(USER_ID, message_id, data)
            else:
                update = fake.user_message(line, user_id=USER_ID, language_code=language_code)
            await app.process_update(Update.de_json(update, app.bot))
            for answer in fake.answered_callbacks[-1:] if update.get("callback_query") else []:
                if answer.get("text"):
                    write(f"({answer['text']})")
            buttons = render_events(fake.outbox[mark:], write) or buttons
    finally:
        await stop_offline(app)
