"""``cisbot chat``: the real bot in a terminal, with no token and no network.

The same ``Application`` (handlers, job queue, storage) runs against the in-process local
Bot API. Typed lines go in as Telegram updates; the bot's messages come back rendered as
plain text, with the buttons of the latest keyboard numbered: type the number to press one.
Logs go to a file (its path is printed once), so nothing but the conversation reaches the screen.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import SecretStr
from telegram import Update
from telegram.ext import Application

from bot.app import build_application, start_offline, stop_offline
from bot.config import Settings
from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.limits import Limits
from bot.fake_telegram.transport import make_request
from bot.logs import RedactingFormatter, _no_telegram_traceback
from bot.present.render import html_to_text

log = logging.getLogger(__name__)

USER_ID = 1001
QUIT = ("/quit", "/exit")
INTRO = (
    "Chatting with the bot through a local Telegram double, as user {user}. Type a question or a command "
    "(/start, /help, /bodies ...); type a button's number to press it; /quit or Ctrl-D quits."
)


def default_log_file() -> Path:
    return Path(tempfile.gettempdir()) / "cisbot-chat.log"


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def describe_media(event: dict[str, Any], fake: FakeTelegram | None = None) -> str | None:
    """One line for a document or a photo: name and size; for a calendar file, its events."""
    document = event.get("document")
    if document:
        details = [_size(int(document.get("file_size") or 0))]
        name = document.get("file_name") or "file"
        stored = fake.files.get(document.get("file_id", "")) if fake is not None else None
        if name.lower().endswith(".ics") and stored is not None:
            events = stored.content.count(b"BEGIN:VEVENT")
            details.append(f"{events} event" + ("" if events == 1 else "s"))
        return f"📎 {name} ({', '.join(details)})"
    photo = event.get("photo")
    if photo:
        largest = max(photo, key=lambda size: size.get("width", 0) * size.get("height", 0))
        return f"🖼 photo ({largest.get('width')}×{largest.get('height')}, {_size(int(largest.get('file_size') or 0))})"
    return None


@dataclasses.dataclass
class LatestKeyboard:
    """The numbers of the latest keyboard's buttons. When that message is edited (paging), a button
    shown before keeps its number (▶ stays the same number page after page); new ones take the free
    numbers from 1."""

    message_id: int | None = None
    numbers: dict[str, int] = dataclasses.field(default_factory=dict)  # button label -> number
    buttons: dict[int, str] = dataclasses.field(default_factory=dict)  # number -> callback data

    def replace(self, message_id: int, pressable: list[tuple[str, str]]) -> list[int]:
        previous = self.numbers if message_id == self.message_id else {}
        labels = [label for label, _ in pressable]
        numbers: dict[int, int] = {}  # position -> number
        for position, label in enumerate(labels):
            if label in previous and labels.count(label) == 1:
                numbers[position] = previous[label]
        free = (n for n in range(1, len(pressable) + len(previous) + 2) if n not in numbers.values())
        for position in range(len(pressable)):
            if position not in numbers:
                numbers[position] = next(free)
        self.message_id = message_id
        self.numbers = {labels[p]: n for p, n in numbers.items()}
        self.buttons = {numbers[p]: data for p, (_, data) in enumerate(pressable)}
        return [numbers[p] for p in range(len(pressable))]

    def clear(self) -> None:
        self.message_id, self.numbers, self.buttons = None, {}, {}


def render_events(
    events: list[dict[str, Any]],
    write: Callable[[str], None],
    keyboard: LatestKeyboard,
    fake: FakeTelegram | None = None,
) -> None:
    """Print what the bot sent or edited; the last keyboard among them becomes the numbered one."""
    shown = [e for e in events if not (e.get("deleted") or e.get("action") == "delete")]
    if any(e.get("message_id") == keyboard.message_id for e in events if e not in shown):
        keyboard.clear()  # the message with the numbered buttons is gone
    with_buttons = [e for e in shown if _rows(e)]
    latest = with_buttons[-1] if with_buttons else None
    for event in shown:
        prefix = "(edited) " if event.get("action") == "edit" else ""
        body = html_to_text(event.get("source") or event.get("text") or event.get("caption") or "").strip()
        media = describe_media(event, fake)
        lines = [line for line in (media, body) if line]
        if not lines:
            continue
        write(prefix + "\n".join(lines))
        rows = _rows(event)
        if rows and event is latest:
            pressable = [(b["text"], b["callback_data"]) for row in rows for b in row if "callback_data" in b]
            numbers = iter(keyboard.replace(event["message_id"], pressable))
        else:
            numbers = iter(())
        for row in rows:
            labels = []
            for button in row:
                if "callback_data" in button:
                    number = next(numbers, None)
                    labels.append(f"[{number}] {button['text']}" if number else f"[·] {button['text']}")
                elif "url" in button:
                    labels.append(f"[link] {button['text']}: {button['url']}")
            if labels:
                write("   " + "   ".join(labels))
        write("")


def _rows(event: dict[str, Any]) -> list[list[dict[str, Any]]]:
    return list((event.get("reply_markup") or {}).get("inline_keyboard", []))


def _log_to_file(path: Path) -> tuple[list[logging.Handler], int]:
    """Send every log record to ``path`` (redacted, as everywhere); return what to restore."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level)
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.addFilter(_no_telegram_traceback)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
    logging.captureWarnings(True)
    return saved


async def chat_session(
    settings: Settings,
    *,
    read: Callable[[str], str] = input,
    write: Callable[[str], None] = print,
    language_code: str = "en",
    log_file: Path | None = None,
) -> None:
    log_file = log_file or default_log_file()
    saved_handlers, saved_level = _log_to_file(log_file)
    fake = FakeTelegram(limits=dataclasses.replace(Limits(), rate_limits=False))
    # The terminal user and the admins have "opened the bot": their chats exist, as on Telegram,
    # so the admins' command menus are set without a "chat not found".
    fake.add_user(USER_ID, language_code=language_code)
    for admin_id in settings.admin_ids:
        fake.add_user(admin_id)
    settings = settings.model_copy(update={"telegram_bot_token": SecretStr(fake.token), "telegram_api_url": None})
    app = build_application(settings, request=make_request(fake))
    keyboard = LatestKeyboard()
    try:
        await start_offline(app)  # a storage error here reaches the command's own one-line message
        try:
            await _converse(app, fake, keyboard, settings, read, write, language_code, log_file)
        finally:
            await stop_offline(app)
    finally:
        root = logging.getLogger()
        for handler in root.handlers:
            handler.close()
        root.handlers[:], root.level = saved_handlers, saved_level
        logging.captureWarnings(False)


async def _converse(
    app: Application,
    fake: FakeTelegram,
    keyboard: LatestKeyboard,
    settings: Settings,
    read: Callable[[str], str],
    write: Callable[[str], None],
    language_code: str,
    log_file: Path,
) -> None:
    write(INTRO.format(user=USER_ID))
    admin = " (an admin)" if USER_ID in settings.admin_ids else f"; ADMIN_IDS={USER_ID} makes you an admin"
    write(f"You are user {USER_ID}{admin}. Logs: {log_file}")
    while True:
        try:
            line = await asyncio.to_thread(read, "> ")
        except (EOFError, KeyboardInterrupt):
            break
        line = line.strip()
        if not line:
            continue
        if line.lower() in QUIT:
            break
        mark = len(fake.outbox)
        if line.isdigit() and int(line) in keyboard.buttons:
            update = fake.callback_query(USER_ID, keyboard.message_id or 0, keyboard.buttons[int(line)])
        else:
            update = fake.user_message(line, user_id=USER_ID, language_code=language_code)
        try:
            await app.process_update(Update.de_json(update, app.bot))
        except Exception:  # the traceback belongs in the log file, not between the chat lines
            log.exception("the bot failed on %r", line)
            write(f"(the bot failed on that; details in {log_file})")
        for answer in fake.answered_callbacks[-1:] if update.get("callback_query") else []:
            if answer.get("text"):
                write(f"({answer['text']})")
        render_events(fake.outbox[mark:], write, keyboard, fake)
