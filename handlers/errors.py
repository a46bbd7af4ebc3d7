"""The error handler: log with context, tell the user in their language, keep running."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.error import Forbidden, TelegramError
from telegram.ext import Application

from bot.present.messages import to_translate, translate
from bot.present.snippets import error_report
from bot.runtime.services import one_line
from bot.storage import is_storage_error
from handlers.common import Context, services, ui_lang

log = logging.getLogger(__name__)


def describe(update: object) -> str:
    if not isinstance(update, Update):
        return repr(update)[:200]
    parts = [f"update_id={update.update_id}"]
    if update.effective_chat:
        parts.append(f"chat={update.effective_chat.id}")
    if update.effective_user:
        parts.append(f"user={update.effective_user.id}")
    if update.effective_message and update.effective_message.text:
        parts.append(f"text={update.effective_message.text[:100]!r}")
    if update.callback_query:
        parts.append(f"callback={update.callback_query.data!r}")
    return " ".join(parts)


async def on_error(update: object, context: Context) -> None:
    error = context.error
    if error is not None and is_storage_error(error):
        await storage_unavailable(update, context, error)
        return
    log.error("error while handling %s", describe(update), exc_info=error)
    settings = services(context).settings
    if settings.error_chat_id and not isinstance(error, Forbidden):
        try:
            report = error_report(error, describe(update))
            await context.bot.send_message(settings.error_chat_id, report, parse_mode="HTML")
        except TelegramError:
            log.warning("could not forward the error report to chat %s", settings.error_chat_id)
    if isinstance(update, Update) and update.effective_chat is not None and not isinstance(error, Forbidden):
        try:
            lang = await ui_lang(update, context)
            await context.bot.send_message(update.effective_chat.id, translate("Sorry, something went wrong on my side. Please try again.", lang))
        except Exception:  # the apology itself failing must not raise again
            log.warning("could not tell chat %s about the error", update.effective_chat.id)


STORAGE_UNAVAILABLE = to_translate(
    "Subscriptions, settings and statistics are unavailable right now (storage problem). Questions still work."
)


async def storage_unavailable(update: object, context: Context, error: BaseException) -> None:
    """The database failed (damaged file, server gone): one warning line, not a traceback per
    request, and the user is told briefly that this feature needs storage; questions still work."""
    log.warning("storage unavailable while handling %s: %s", describe(update), one_line(error))
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    try:
        lang = await ui_lang(update, context)  # Telegram's language when the database is down
        if update.callback_query is not None:
            await update.callback_query.answer(translate(STORAGE_UNAVAILABLE, lang), show_alert=True)
        else:
            await context.bot.send_message(update.effective_chat.id, translate(STORAGE_UNAVAILABLE, lang))
    except TelegramError:
        log.warning("could not tell chat %s that storage is unavailable", update.effective_chat.id)


def register(app: Application) -> None:
    app.add_error_handler(on_error)
