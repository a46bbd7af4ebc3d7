"""/start (with deep links), /help, /about and /lang."""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.present.freshness import freshness_line
from bot.present.messages import translate
from bot.present.render import card
from bot.present.ui import about_text, help_text, start_text
from handlers import callbacks
from handlers.common import Context, edit_html, send_html, services, ui_lang
from handlers.keyboards import card_keyboard, language_keyboard, start_keyboard


def resolve_payload(known: set[str], payload: str) -> str | None:
    """``meeting_<id>``, ``body_<id>`` or a bare id -> an entity id, if it exists."""
    if payload in known:
        return payload
    _, _, rest = payload.partition("_")
    return rest if rest in known else None


async def start(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    kb = services(context).knowledge.kb
    if context.args:
        entity_id = resolve_payload(set(kb.entities), context.args[0])
        if entity_id:
            await send_html(update, context, card(kb, entity_id, lang), card_keyboard(kb, entity_id, lang))
            return
    await send_html(update, context, start_text(lang), start_keyboard(lang))


async def help_command(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    await send_html(update, context, help_text(lang, context.bot.username))


async def about(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    knowledge = services(context).knowledge
    html = f"{about_text(knowledge.kb, knowledge.reloaded_at, lang)}\n{freshness_line(knowledge.kb, lang)}"
    await send_html(update, context, html)


async def lang_command(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    await send_html(update, context, translate("Choose the interface language:", lang), language_keyboard())


async def lang_chosen(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None or update.effective_user is None:
        return
    choice = callbacks.decode(query.data)
    if choice is None or choice.action != "lang":
        await query.answer(translate("This button is out of date. Please send the command again.", await ui_lang(update, context)))
        return
    await services(context).set_user_lang(update.effective_user.id, choice.lang)
    await query.answer()
    await edit_html(update, context, translate("Menus and buttons in English. Questions are answered in their own language.", choice.lang))


def register(app: Application) -> None:
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("help", help_command))
    app.add_handler(CommandHandler("about", about))
    app.add_handler(CommandHandler("lang", lang_command))
    app.add_handler(CallbackQueryHandler(lang_chosen, pattern=r"^g:"))
