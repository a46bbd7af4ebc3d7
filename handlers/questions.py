"""Any text is a question: in private chats always, in groups only when addressed to the bot."""

from __future__ import annotations

import re

from telegram import Message, Update
from telegram.ext import Application, CommandHandler, MessageHandler, filters

from bot.admin.questionlog import record_question
from bot.keyboards import card_keyboard, choices, combine
from handlers.common import Context, chosen_lang, send_html, services
from handlers.start import help_command


class AddressedToBot(filters.MessageFilter):
    """A group message that mentions this bot or replies to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        reply = message.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == bot.id:
            return True
        mention = f"@{bot.username}".lower()
        try:
            mentions = list(message.parse_entities(["mention"]).values())
        except UnicodeError:  # a lone surrogate in the text (PTB slices it as UTF-16): read it ourselves
            mentions = re.findall(r"@\w+", message.text or "")
        return any(m.lower() == mention for m in mentions)


def strip_mention(text: str, username: str | None) -> str:
    if not username:
        return text
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


async def question(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    await answer_text(update, context, strip_mention(message.text, context.bot.username))


async def ask_command(update: Update, context: Context) -> None:
    """``/ask question``: works in groups even with privacy mode on, where plain mentions do not
    reach the bot."""
    text = " ".join(context.args or [])
    if not text:
        await help_command(update, context)
        return
    await answer_text(update, context, text)


async def answer_text(update: Update, context: Context, text: str) -> None:
    engine = services(context).knowledge.engine
    answer = engine.answer(text, await chosen_lang(update, context))
    keyboard = combine(
        card_keyboard(engine.kb, answer.entity, answer.lang) if answer.entity else None,
        choices(engine.kb, answer.alternatives, answer.lang),
    )
    await send_html(update, context, answer.html, keyboard)
    # After the reply, and only a queue put: logging never delays or breaks an answer.
    record_question(services(context), answer, update.effective_user.id if update.effective_user else None)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("ask", ask_command))
    text = filters.TEXT & ~filters.COMMAND & ~filters.VIA_BOT
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & text, question))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS & text & AddressedToBot(), question))
