"""Helpers every handler uses: the services, the user's language, sending long HTML safely."""

from __future__ import annotations

from typing import cast

from telegram import InlineKeyboardMarkup, Message, Update
from telegram.constants import ParseMode
from telegram.ext import ContextTypes

from bot.services import Services
from bot.splitting import split_html

Context = ContextTypes.DEFAULT_TYPE


def services(context: Context) -> Services:
    return cast(Services, context.application.bot_data["services"])


def telegram_lang(update: Update) -> str:
    """The language Telegram reports for the user: Russian for ``ru*``, else English."""
    user = update.effective_user
    code = (user.language_code or "") if user else ""
    return "ru" if code.lower().startswith("ru") else "en"


async def ui_lang(update: Update, context: Context) -> str:
    """Interface language: the user's /lang choice, else Telegram's language code."""
    user = update.effective_user
    chosen = await services(context).user_lang(user.id if user else None)
    return chosen or telegram_lang(update)


async def chosen_lang(update: Update, context: Context) -> str | None:
    user = update.effective_user
    return await services(context).user_lang(user.id if user else None)


async def send_html(
    update: Update, context: Context, html: str, keyboard: InlineKeyboardMarkup | None = None
) -> Message | None:
    """Reply with HTML split under Telegram's limit; the keyboard goes on the last part."""
    chat = update.effective_chat
    if chat is None:
        return None
    parts = split_html(html)
    message = None
    reply_to = update.effective_message.message_id if update.effective_message and chat.type != "private" else None
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        message = await context.bot.send_message(
            chat.id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard if last else None,
            disable_web_page_preview=True,
            reply_to_message_id=reply_to if i == 0 else None,
        )
    return message


async def edit_html(update: Update, context: Context, html: str, keyboard: InlineKeyboardMarkup | None = None) -> None:
    """Replace the pressed message in place; a card too long for one message is truncated
    at a safe boundary and the rest sent as new messages."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    parts = split_html(html)
    first, rest = parts[0], parts[1:]
    await context.bot.edit_message_text(
        first,
        chat_id=query.message.chat.id,
        message_id=query.message.message_id,
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard if not rest else None,
        disable_web_page_preview=True,
    )
    for i, part in enumerate(rest):
        await context.bot.send_message(
            query.message.chat.id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard if i == len(rest) - 1 else None,
            disable_web_page_preview=True,
        )
