"""The message catalog: every fixed text of the interface, in English and Russian.

The English text itself is the message id (gettext's msgid); the Russian translations live in
``bot/present/locale/ru/LC_MESSAGES/messages.po``, read with Babel when first needed (no compile
step: the ``.po`` is turned into an in-memory catalog at start-up). Plurals use the ``.po``'s
``Plural-Forms`` through ngettext; dates, months, weekdays and lists come from Babel itself
(:mod:`bot.i18n`). Knowledge-base names and labels are data, bilingual in the YAML, not messages.

How to add a message (and how to convert an old ``{"en": ..., "ru": ...}`` table entry):

1. Write the English text at the call site: ``translate("Nothing found.", lang)``; placeholders
   in ``str.format`` style: ``translate("Page {page} of {pages}", lang, page=2, pages=5)``.
   Counted words: ``translate_plural("{number} day", "{number} days", number, lang)``.
   The same English text that needs two different Russian texts gets a ``context=`` word
   (gettext's msgctxt): ``translate("meetings", lang, context="kind")``.
   A text chosen at run time (a table keyed by a code) is marked where it is written with
   :func:`to_translate` (``context=`` there too) and passed to :func:`translate` later: an old
   ``"key": {"en": "Yes.", "ru": "Да."}`` becomes ``"key": to_translate("Yes.")`` and its readers
   ``TABLE[key][lang]`` become ``translate(TABLE[key], lang)``.
2. Add the entry to the ``.po``: ``msgid`` the English text, ``msgstr`` the Russian one (with the
   same placeholders), ``msgctxt`` when a context is given, ``msgid_plural``/``msgstr[0..2]`` for
   plurals (one, few, many).
3. ``tests/test_messages.py`` fails while a message used in the code is missing from the ``.po``,
   has no Russian text, or the two languages' placeholders differ; its message names the entry.
"""

from __future__ import annotations

import string
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import Translations

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"
# Languages with a catalog; any other language (English) shows the message ids themselves.
TRANSLATED = ("ru",)


def catalog_path(lang: str) -> Path:
    return LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(lang: str) -> Catalog:
    """The ``.po`` of ``lang`` as Babel reads it (for the tests and the translations)."""
    with catalog_path(lang).open("rb") as po_file:
        return read_po(po_file, locale=lang, domain=DOMAIN)


@cache
def _translations(lang: str) -> Translations | None:
    if lang not in TRANSLATED:
        return None
    # gettext reads compiled catalogs only: compile in memory, so the .po is the one source.
    compiled = BytesIO()
    write_mo(compiled, read_catalog(lang), use_fuzzy=False)
    compiled.seek(0)
    return Translations(fp=compiled, domain=DOMAIN)


def load_catalogs() -> None:
    """Reads every catalog now (at start-up): a broken .po stops the bot before it serves."""
    for lang in TRANSLATED:
        _translations(lang)


def _fill(text: str, values: dict[str, Any]) -> str:
    return text.format(**values) if values else text


def translate(message: str, lang: str, /, *, context: str | None = None, **values: Any) -> str:
    """``message`` (English) in ``lang``, its ``{placeholders}`` filled from ``values``."""
    translations = _translations(lang)
    if context is None and isinstance(message, Message):
        context = message.context
    text = str(message)
    if translations is not None:
        text = str(translations.pgettext(context, text) if context else translations.gettext(text))
    return _fill(text, values)


def translate_plural(
    singular: str, plural: str, number: int, lang: str, /, *, context: str | None = None, **values: Any
) -> str:
    """The form for ``number`` (its sign ignored) in ``lang``, with ``{number}`` and ``values`` filled."""
    translations = _translations(lang)
    count = abs(number)
    if translations is None:
        chosen = singular if count == 1 else plural
    elif context:
        chosen = translations.npgettext(context, singular, plural, count)
    else:
        chosen = translations.ngettext(singular, plural, count)
    return chosen.format(number=number, **values)


class Message(str):
    """An English text marked with :func:`to_translate`, with the context it is translated in."""

    context: str | None = None


def to_translate(message: str, *, context: str | None = None) -> str:
    """Marks an English text translated later, where it is chosen (gettext's ``N_``); a
    ``context`` travels with it to :func:`translate`."""
    if context is None:
        return message
    marked = Message(message)
    marked.context = context
    return marked


def placeholders(text: str) -> set[str]:
    """The ``{names}`` a message fills (for the catalog test)."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
