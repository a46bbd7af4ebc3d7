"""Any text is a question: in private chats always, in groups only when addressed to the bot."""

from __future__ import annotations

import re

from telegram import Message, Update
from telegram.ext import Application, MessageHandler, filters

from bot.keyboards import card_keyboard, choices, combine
from handlers.common import Context, chosen_lang, send_html, services


class AddressedToBot(filters.MessageFilter):
    """A group message that mentions this bot or replies to one of its messages."""

    def filter(self, message: Message) -> bool:
        bot = message.get_bot()
        reply = message.reply_to_message
        if reply is not None and reply.from_user is not None and reply.from_user.id == bot.id:
            return True
        mention = f"@{bot.username}".lower()
        return any(m.lower() == mention for m in message.parse_entities(["mention"]).values())


def strip_mention(text: str, username: str | None) -> str:
    if not username:
        return text
    return re.sub(rf"@{re.escape(username)}\b", " ", text, flags=re.IGNORECASE).strip()


async def question(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None or not message.text:
        return
    engine = services(context).knowledge.engine
    text = strip_mention(message.text, context.bot.username)
    answer = engine.answer(text, await chosen_lang(update, context))
    keyboard = combine(
        card_keyboard(engine.kb, answer.entity, answer.lang) if answer.entity else None,
        choices(engine.kb, answer.alternatives, answer.lang),
    )
    await send_html(update, context, answer.html, keyboard)


def register(app: Application) -> None:
    text = filters.TEXT & ~filters.COMMAND & ~filters.VIA_BOT
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & text, question))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS & text & AddressedToBot(), question))
