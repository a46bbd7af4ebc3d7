"""Admin commands: /reload /rollback /kb /stats /unanswered /addmeeting, and .yaml uploads as documents.

Who is an admin is decided by ONE filter, ``filters.User(ADMIN_IDS)``, on every admin handler
(private chats only: statistics are not for a group's eyes). Anyone else who sends an admin
command gets a plain "not allowed", which says nothing about the knowledge base or the
deployment, and the refusal is logged with the user id. Documents from non-admins fall through
to ``handlers/other.py`` and its "text only" hint.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection, Coroutine
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.admin.knowledge import KnowledgeAdmin
from bot.admin.stats import SHOW_GROUPS, collect_stats, collect_unanswered, parse_since
from bot.admin.uploads import UploadRefused, check_size
from bot.present import ui
from bot.present.admin_replies import reload_html, rollback_html, upload_html
from bot.present.admin_stats import stats_html, unanswered_html
from bot.present.i18n import count
from bot.present.messages import translate
from bot.present.render import esc
from bot.present.ui import ADMIN_COMMANDS
from handlers import admin_dialogs
from handlers.common import Context, send_html, services, ui_lang

log = logging.getLogger(__name__)

COMMAND_NAMES = [name for name, _ in ADMIN_COMMANDS]


def kb_admin(context: Context) -> KnowledgeAdmin:
    return services(context).admin


async def reload(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    outcome = await kb_admin(context).reload()
    await send_html(update, context, reload_html(outcome, lang))


async def rollback(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    outcome = await kb_admin(context).rollback()
    await send_html(update, context, rollback_html(outcome, lang))


async def export(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    chat = update.effective_chat
    files = await kb_admin(context).export()
    if chat is None or not files:
        await send_html(update, context, translate("The knowledge directory has no files.", lang))
        return
    version = services(context).knowledge.kb.version
    await send_html(update, context, translate(ui.KB_EXPORT, lang, version=esc(version), files=count(len(files), "file", lang)))
    for name, content in files:
        await context.bot.send_document(chat.id, InputFile(content, filename=name))


async def upload(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or message.document is None:
        return
    lang = await ui_lang(update, context)
    document = message.document
    admin = kb_admin(context)
    try:
        check_size(document.file_size)  # before downloading anything
    except UploadRefused as exc:
        await send_html(update, context, translate("❌ Upload refused: {reason}", lang, reason=esc(str(exc))))
        return
    file = await document.get_file()
    content = bytes(await file.download_as_bytearray())
    outcome = await admin.upload(document.file_name, content)
    await send_html(update, context, upload_html(outcome, lang))


async def stats(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    svc = services(context)
    assert svc.storage is not None
    kb = svc.knowledge.kb
    figures = await collect_stats(svc.storage, zone=ZoneInfo(svc.settings.default_timezone))
    await send_html(update, context, stats_html(figures, lang, lambda i: kb.name(i, lang)))


async def unanswered(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    svc = services(context)
    assert svc.storage is not None
    zone = ZoneInfo(svc.settings.default_timezone)
    try:
        since = parse_since(context.args[0] if context.args else None, datetime.now(zone).date())
    except ValueError:
        await send_html(update, context, translate("Usage: /unanswered [YYYY-MM-DD] (default: the last 30 days)", lang))
        return
    report = await collect_unanswered(svc.storage, since, zone)
    keyboard = admin_dialogs.teach_keyboard(context, report.groups[:SHOW_GROUPS])
    await send_html(update, context, unanswered_html(report, since, lang), keyboard)


def refusal(admin_filter: filters.BaseFilter) -> Callable[[Update, Context], Coroutine[Any, Any, None]]:
    async def not_allowed(update: Update, context: Context) -> None:
        user = update.effective_user
        chat = update.effective_chat
        message = update.effective_message
        command = (message.text or "").split()[0][:64] if message and message.text else "?"
        lang = await ui_lang(update, context)
        if admin_filter.check_update(update):  # an admin, but in a group
            await send_html(update, context, translate("Admin commands work only in a private chat with the bot.", lang))
            return
        log.warning(
            "admin command %s refused for user %s in chat %s",
            command,
            user.id if user else None,
            chat.id if chat else None,
        )
        await send_html(update, context, translate("Not allowed.", lang))

    return not_allowed


def register(app: Application, admin_ids: Collection[int]) -> None:
    is_admin = filters.User(user_id=admin_ids, allow_empty=False)  # the one admin check
    admin_here = is_admin & filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("reload", reload, filters=admin_here))
    app.add_handler(CommandHandler("rollback", rollback, filters=admin_here))
    app.add_handler(CommandHandler("kb", export, filters=admin_here))
    app.add_handler(CommandHandler("stats", stats, filters=admin_here))
    app.add_handler(CommandHandler("unanswered", unanswered, filters=admin_here))
    app.add_handler(MessageHandler(admin_here & filters.Document.ALL, upload))
    admin_dialogs.register(app, admin_here)  # /addmeeting, /cancel, teaching buttons, typed answers
    # Everyone else who tries an admin command, in any chat.
    app.add_handler(CommandHandler(COMMAND_NAMES, refusal(is_admin)))
