"""Telegram handlers, grouped by feature. Thin: the logic lives in ``bot``.

:func:`register` is the one place where handlers are added, in the order they must be
tried. Order matters: flood control runs first (group -1), specific callback patterns
before the catch-all browse callback, commands before free text.
"""

from __future__ import annotations

from telegram.ext import Application

from handlers import admin, browse, errors, flood, inline, other, questions, start, subscriptions


def register(app: Application) -> None:
    flood.register(app)  # group -1: drop floods before any work is done
    start.register(app)  # /start /help /about /lang and the language buttons
    admin.register(app)  # /reload /rollback /kb /stats /unanswered, .yaml uploads; refusals for non-admins
    subscriptions.register(app)  # /subscribe /settings /unsubscribe /digest /upcoming /calendar, s: buttons
    questions.register_views(app)  # v: buttons under answers (More, Sources, Short answer)
    browse.register(app)  # /bodies /meetings /programmes and every other button
    inline.register(app)  # @bot queries
    questions.register(app)  # free text: private chats, and groups when addressed
    other.register(app)  # unknown commands, stickers, photos, documents
    errors.register(app)
