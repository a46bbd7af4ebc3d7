"""Messages that are not text (stickers, photos, documents, voice...): a polite hint, never an error."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from bot.present.i18n import examples
from bot.present.messages import translate
from bot.present.snippets import italic
from bot.present.ui import help_text
from handlers.common import Context, send_html, ui_lang


async def not_text(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    await send_html(update, context, translate("I understand text questions only. Type your question, for example: {example}", lang, example=italic(examples(lang)[0])))


async def unknown_command(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    await send_html(update, context, help_text(lang, context.bot.username))


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text))
