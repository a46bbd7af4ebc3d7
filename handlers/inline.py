"""Inline mode: ``@bot query`` in any chat offers matching entities as articles."""

from __future__ import annotations

from telegram import InlineQueryResultArticle, InputTextMessageContent, Update
from telegram.constants import ParseMode
from telegram.ext import Application, InlineQueryHandler

from bot.answers.engine import search_entities
from bot.present.render import card
from bot.present.splitting import split_html
from handlers.common import Context, services, telegram_lang

MAX_RESULTS = 10


async def inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    if query is None:
        return
    # One reference for the whole answer: a reload may swap the engine at any await.
    engine = services(context).knowledge.engine
    kb = engine.kb
    text = query.query.strip()
    if text:
        ids, lang = search_entities(engine, text, MAX_RESULTS)
    else:
        ids, lang = [e.id for e in kb.of_kind("body")][:MAX_RESULTS], telegram_lang(update)
    results = []
    for entity_id in ids:
        entity = kb.entities[entity_id]
        results.append(
            InlineQueryResultArticle(
                id=entity_id,
                title=entity.name.get(lang)[:200],
                description=entity.description.get(lang)[:200],
                input_message_content=InputTextMessageContent(
                    split_html(card(kb, entity_id, lang))[0], parse_mode=ParseMode.HTML
                ),
            )
        )
    await query.answer(results, cache_time=60, is_personal=False)


def register(app: Application) -> None:
    app.add_handler(InlineQueryHandler(inline_query))
