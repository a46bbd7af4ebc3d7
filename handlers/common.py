"""Helpers every handler uses: the services, the user's language, sending long HTML safely."""

from __future__ import annotations

import logging
from typing import Any

from telegram import InlineKeyboardMarkup, LinkPreviewOptions, Message, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import CallbackContext, ExtBot

from bot.present.splitting import split_html
from bot.runtime.chatadmins import ADMIN_STATUSES
from bot.runtime.services import BotData, Services

# The context every handler gets: PTB's, with the typed bot_data built in bot/app.py.
Context = CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]
log = logging.getLogger(__name__)
# What ``disable_web_page_preview=True`` becomes in PTB, made once rather than for every message.
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def services(context: Context) -> Services:
    """The handlers' one way to the services."""
    return context.bot_data.services


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


async def is_chat_admin(update: Update, context: Context) -> bool:
    """Whether the sender may manage this chat's settings: anyone in a private chat; in a group,
    its creator and administrators (asked of Telegram, remembered for a minute)."""
    chat, user, message = update.effective_chat, update.effective_user, update.effective_message
    if chat is None:
        return False
    if chat.type == "private":
        return True
    # An anonymous administrator writes as the group itself; only administrators can.
    if update.callback_query is None and message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id
    if user is None:
        return False
    cache = services(context).chat_admins
    known = cache.get(chat.id, user.id)
    if known is not None:
        return known
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except (BadRequest, Forbidden) as exc:  # not found, or the bot is no longer there: no rights
        log.info("getChatMember(%s, %s) refused: %s", chat.id, user.id, exc.message)
        is_admin = False
    else:
        is_admin = member.status in ADMIN_STATUSES
    cache.put(chat.id, user.id, is_admin)
    return is_admin


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
            link_preview_options=NO_PREVIEW,
            reply_to_message_id=reply_to if i == 0 else None,
        )
    return message


def is_not_modified(exc: BadRequest) -> bool:
    """Telegram's answer to an edit that would change nothing."""
    return "message is not modified" in exc.message.lower()


async def edit_html(update: Update, context: Context, html: str, keyboard: InlineKeyboardMarkup | None = None) -> None:
    """Replace the pressed message in place; a card too long for one message is truncated
    at a safe boundary and the rest sent as new messages. An edit that would change nothing
    is a quiet no-op (the caller has answered the query)."""
    query = update.callback_query
    if query is None or query.message is None:
        return
    parts = split_html(html)
    first, rest = parts[0], parts[1:]
    try:
        await context.bot.edit_message_text(
            first,
            chat_id=query.message.chat.id,
            message_id=query.message.message_id,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard if not rest else None,
            link_preview_options=NO_PREVIEW,
        )
    except BadRequest as exc:
        # The message already shows this (the current hour pressed, a double tap): nothing to do,
        # and the rest, if any, was sent the first time.
        if is_not_modified(exc):
            return
        raise
    for i, part in enumerate(rest):
        await context.bot.send_message(
            query.message.chat.id,
            part,
            parse_mode=ParseMode.HTML,
            reply_markup=keyboard if i == len(rest) - 1 else None,
            link_preview_options=NO_PREVIEW,
        )
