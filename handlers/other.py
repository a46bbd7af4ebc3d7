"""Messages that are not text (stickers, photos, documents, voice...): a polite hint, never an error."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from bot.i18n import examples
from bot.present.messages import translate
from handlers.common import Context, send_html, ui_lang


async def not_text(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    await send_html(update, context, translate("I understand text questions only. Type your question, for example: {example}", lang, example=f"<i>{examples(lang)[0]}</i>"))


async def unknown_command(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    await send_html(update, context, translate("<b>How to ask</b>\nJust type a question. Typos, Latin transliteration and the wrong keyboard layout are fine.\n\n<b>Commands</b>\n/bodies — CIS bodies\n/meetings — meetings and summits\n/programmes — programmes and documents\n/upcoming — upcoming meetings\n/subscribe — digest of upcoming meetings (/settings, /unsubscribe, /digest, /calendar)\n/follow — follow a keyword in the digest\n/lang — interface language\n/about — about the data\n\nIn any chat: type @{username} and a query.", lang, username=context.bot.username))


def register(app: Application) -> None:
    private = filters.ChatType.PRIVATE
    app.add_handler(MessageHandler(private & filters.COMMAND, unknown_command))
    app.add_handler(MessageHandler(private & ~filters.TEXT & ~filters.StatusUpdate.ALL, not_text))
