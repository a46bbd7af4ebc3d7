"""Small pieces of Telegram HTML for the code outside ``bot/present/`` that puts a message
together (handlers, the admin wizard): the tags are written here, and only here."""

from __future__ import annotations

from html import escape

from bot.present.render import esc


def bold(html: str) -> str:
    return f"<b>{html}</b>"


def italic(html: str) -> str:
    return f"<i>{html}</i>"


def preformatted(text: str) -> str:
    return f"<pre>{esc(text)}</pre>"


def titled_page(title: str, pager: str) -> str:
    """A list's bold title over its italic page line (``pager`` is HTML already)."""
    return f"<b>{esc(title)}</b>\n<i>{pager}</i>"


def list_title(kind_label: str, total: int, pager: str) -> str:
    return f"<b>{esc(kind_label)}</b> ({total})\n<i>{pager}</i>"


def error_report(error: object, where: str) -> str:
    """What the error chat is told: the exception's type and first 500 characters, and the update."""
    # Quotes escaped too (unlike esc): the text is an exception's, anything may be in it.
    return f"⚠️ <b>{escape(type(error).__name__)}</b>: {escape(str(error)[:500])}\n<code>{escape(where)}</code>"
