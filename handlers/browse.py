"""Browsing with inline keyboards: /bodies, /meetings, /programmes, cards and related lists."""

from __future__ import annotations

import dataclasses

from telegram import Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.kb.base import KnowledgeBase
from bot.present import snippets
from bot.present.i18n import KIND_LABEL
from bot.present.messages import translate
from bot.present.render import card
from handlers import callbacks
from handlers.common import Context, edit_html, send_html, services, ui_lang
from handlers.keyboards import by_date, card_keyboard, entity_page, pages, related_ids


def list_ids(kb: KnowledgeBase, kind: str) -> list[str]:
    """Meetings newest first, undated last; other kinds in file order."""
    ids = [e.id for e in kb.of_kind(kind)]
    return by_date(kb, ids) if kind == "meeting" else ids


def list_title(kind: str, total: int, page: int, lang: str) -> str:
    pager = translate("Page {page} of {pages}", lang, page=page + 1, pages=pages(total))
    return snippets.list_title(translate(KIND_LABEL[kind], lang).capitalize(), total, pager)


async def _send_list(update: Update, context: Context, kind: str) -> None:
    lang = await ui_lang(update, context)
    kb = services(context).knowledge.kb
    ids = list_ids(kb, kind)
    await send_html(update, context, list_title(kind, len(ids), 0, lang), entity_page(kb, ids, 0, lang, ("list", kind)))


async def bodies(update: Update, context: Context) -> None:
    await _send_list(update, context, "body")


async def meetings(update: Update, context: Context) -> None:
    await _send_list(update, context, "meeting")


async def programmes(update: Update, context: Context) -> None:
    await _send_list(update, context, "document")


async def pressed(update: Update, context: Context) -> None:
    """Every browse button; forged or out-of-date data gets a friendly notice."""
    query = update.callback_query
    if query is None:
        return
    lang = await ui_lang(update, context)
    kb = services(context).knowledge.kb
    data = callbacks.decode(query.data)
    if data is not None and data.action == "related" and data.token:  # h: a related page by entity key
        entity = next((i for i in kb.entities if callbacks.entity_key(i) == data.token), None)
        data = dataclasses.replace(data, entity=entity, token="") if entity else None
    origin = callbacks.decode(data.back) if data is not None and data.back else None
    if data is None or (data.entity and data.entity not in kb.entities):
        await query.answer(translate("This button is out of date. Please send the command again.", lang), show_alert=False)
        return
    await query.answer()
    if data.action == "card":
        # "Back to list" only while the list it leads to still exists after a reload.
        known = origin is not None and (
            (origin.entity in kb.entities) if origin.entity else any(callbacks.entity_key(i) == origin.token for i in kb.entities)
        )
        back = data.back if origin is None or origin.action == "list" or known else ""
        await edit_html(update, context, card(kb, data.entity, lang), card_keyboard(kb, data.entity, lang, back))
    elif data.action == "list":
        ids = list_ids(kb, data.kind)
        page = min(data.page, pages(len(ids)) - 1)
        keyboard = entity_page(kb, ids, page, lang, ("list", data.kind))
        await edit_html(update, context, list_title(data.kind, len(ids), page, lang), keyboard)
    elif data.action == "related":
        ids = related_ids(kb, data.entity, data.relation)
        page = min(data.page, pages(len(ids)) - 1)
        pager = translate("Page {page} of {pages}", lang, page=page + 1, pages=pages(len(ids)))
        title = snippets.titled_page(kb.name(data.entity, lang), pager)
        keyboard = entity_page(kb, ids, page, lang, ("related", data.entity, data.relation))
        await edit_html(update, context, title, keyboard)


def register(app: Application) -> None:
    app.add_handler(CommandHandler("bodies", bodies))
    app.add_handler(CommandHandler("meetings", meetings))
    app.add_handler(CommandHandler(["programmes", "programs", "documents"], programmes))
    # Language buttons (g:) are handled in handlers.start; everything else lands here.
    app.add_handler(CallbackQueryHandler(pressed))
