"""Any text is a question: in private chats always, in groups only when addressed to the bot.

An answer is a short first message with buttons that switch it in place to the full card
(**More**) and to the quoted source sentences (**Sources**).
"""

from __future__ import annotations

import logging
import re
from functools import cache

from telegram import Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.answers.knowledge import remembered
from bot.present.answer import ask, has_more, has_sources, more_view, sources_of
from bot.present.messages import translate
from bot.runtime.questionlog import new_answer_key
from bot.runtime.services import StoredReply
from bot.storage import is_storage_error
from handlers import callbacks
from handlers.common import Context, edit_html, send_html, services, ui_lang
from handlers.keyboards import answer_keyboard
from handlers.start import help_command

log = logging.getLogger(__name__)


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
    return _mention(username).sub(" ", text).strip()


@cache
def _mention(username: str) -> re.Pattern[str]:
    # The bot's own name does not change: its pattern is built once, not for every message.
    return re.compile(rf"@{re.escape(username)}\b", re.IGNORECASE)


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


def _views(stored: StoredReply) -> dict[str, bool]:
    return {"a": True, "m": has_more(stored.verdict), "s": has_sources(stored.verdict)}


async def answer_text(update: Update, context: Context, text: str) -> None:
    the = services(context)
    engine = the.knowledge.engine
    chat_id = update.effective_chat.id if update.effective_chat else 0
    # A question in a language is answered in it; one without (an abbreviation, a number, an emoji)
    # in the interface language (/lang, else Telegram's).
    interface = await ui_lang(update, context)
    previous = the.conversations.get(chat_id)
    reply = ask(engine, text, None if engine.has_own_language(text) else interface, context=previous)
    verdict = reply.verdict
    kept = remembered(verdict, previous)
    if kept is not None and kept is not previous:
        the.conversations.put(chat_id, kept)
    # Votes are asked of answers; a refusal is in /unanswered without one.
    key = new_answer_key() if the.question_log is not None and verdict.kind != "decline" else None
    stored = StoredReply(
        reply.html, verdict, verdict.entity, verdict.alternatives, verdict.lang, key
    )
    token = the.replies.put(stored)
    # The buttons are the interface's, in its language, whatever the answer's.
    keyboard = answer_keyboard(
        engine.kb, token, "a", _views(stored), stored.entity, stored.alternatives, interface, key
    )
    await send_html(update, context, reply.html, keyboard)
    # After the reply, and only a queue put: logging never delays or breaks an answer.
    the.record_question(verdict, update.effective_user.id if update.effective_user else None, key)


async def switch_view(update: Update, context: Context) -> None:
    """More / Sources / Short answer: the same message edited in place."""
    query = update.callback_query
    if query is None:
        return
    data = callbacks.decode(query.data)
    stored = services(context).replies.get(data.token) if data is not None else None
    if data is None or stored is None:
        await query.answer(translate("This button is out of date. Please send the command again.", await ui_lang(update, context)))
        return
    await query.answer()
    kb = services(context).knowledge.kb
    if data.view == "a":
        html = stored.html
    else:
        # Worded now, from the knowledge base as it is (a reload may have removed an entry).
        known = all(i in kb.entities for i in [*stored.verdict.focus, *stored.verdict.items])
        view = more_view if data.view == "m" else sources_of
        html = (view(kb, stored.verdict) if known else None) or stored.html
    interface = await ui_lang(update, context)
    keyboard = answer_keyboard(
        kb, data.token, data.view, _views(stored), stored.entity, stored.alternatives, interface, stored.key
    )
    await edit_html(update, context, html, keyboard)


async def vote(update: Update, context: Context) -> None:
    """👍 / 👎: kept with the question log; answered with a short thanks, never a new message.
    The same vote pressed again is a quiet no-op."""
    query = update.callback_query
    if query is None:
        return
    data = callbacks.decode(query.data)
    user = update.effective_user
    if data is None or data.action != "vote" or user is None:
        await query.answer(translate("This button is out of date. Please send the command again.", await ui_lang(update, context)))
        return
    try:
        recorded = await services(context).record_vote(data.token, user.id, data.helpful)
    except Exception as exc:
        if not is_storage_error(exc):
            raise
        log.warning("could not store a vote: %s", type(exc).__name__)
        await query.answer(translate("Sorry, the vote could not be saved; please try later.", await ui_lang(update, context)))
        return
    if recorded:
        await query.answer(translate("Thank you for the feedback!", await ui_lang(update, context)))
    else:
        await query.answer()


def register_views(app: Application) -> None:
    """The answer-view and vote buttons; before the catch-all browse buttons."""
    app.add_handler(CallbackQueryHandler(switch_view, pattern=r"^v:"))
    app.add_handler(CallbackQueryHandler(vote, pattern=r"^f:"))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("ask", ask_command))
    text = filters.TEXT & ~filters.COMMAND & ~filters.VIA_BOT
    app.add_handler(MessageHandler(filters.ChatType.PRIVATE & text, question))
    app.add_handler(MessageHandler(filters.ChatType.GROUPS & text & AddressedToBot(), question))
