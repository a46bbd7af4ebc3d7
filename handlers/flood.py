"""Per-user flood control, checked before any other handler (group -1)."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.ext import Application, ApplicationHandlerStop, TypeHandler

from bot.present.ui import text
from handlers.common import Context, services, ui_lang

log = logging.getLogger(__name__)


async def throttle(update: Update, context: Context) -> None:
    user = update.effective_user
    if user is None or update.inline_query is not None:
        return
    verdict = services(context).throttle.check(user.id)
    if verdict == "ok":
        return
    if verdict == "warn":
        log.info("throttling user %s", user.id)
        lang = await ui_lang(update, context)
        if update.callback_query is not None:
            await update.callback_query.answer(text("throttled", lang))
        elif update.effective_chat is not None and update.effective_chat.type == "private":
            await context.bot.send_message(update.effective_chat.id, text("throttled", lang))
    raise ApplicationHandlerStop


def register(app: Application) -> None:
    app.add_handler(TypeHandler(Update, throttle), group=-1)
