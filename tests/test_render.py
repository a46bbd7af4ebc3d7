"""The renderer: escaping, both languages, dates written out, sources cited."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest

from bot.kb.base import open_knowledge_base
from bot.kb.schema import PartialDate
from bot.present.i18n import format_date
from bot.present.render import card, entity_list, html_to_text
from tests.test_loader import SOURCES, write

ALLOWED = {"b", "i"}

NASTY_BODY = """\
bodies:
  - id: nasty
    name: {en: "Council <b>of</b> & Tags </a>", ru: "Совет <i>тегов</i> & Ко"}
    short: {en: ["<script>"], ru: ["&amp;"]}
    description: {en: "Uses <, > and & freely.", ru: "Символы <, > и & везде."}
    category: other
    sources: [src1]
"""


class TagChecker(HTMLParser):
    """Fails on any tag Telegram would reject, and on unbalanced tags."""

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        assert tag in ALLOWED, tag
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.stack and self.stack.pop() == tag, tag


def assert_telegram_html(html: str) -> None:
    checker = TagChecker()
    checker.feed(html)
    checker.close()
    assert checker.stack == []


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_data_is_escaped(tmp_path: Path, lang: str) -> None:
    kb = open_knowledge_base(write(tmp_path, {"s.yaml": SOURCES, "b.yaml": NASTY_BODY}))
    html = card(kb, "nasty", lang)
    assert_telegram_html(html)
    if lang == "en":
        assert "<script>" not in html and "&lt;script&gt;" in html
    else:
        assert "&amp;amp;" in html  # the literal text "&amp;" shown as typed
    text = html_to_text(html)
    assert ("Council <b>of</b> & Tags </a>" if lang == "en" else "Совет <i>тегов</i> & Ко") in text


def test_sources_are_cited_in_the_readers_language(tmp_path: Path) -> None:
    kb = open_knowledge_base(write(tmp_path, {"s.yaml": SOURCES, "b.yaml": NASTY_BODY}))
    assert "Source: Fictional Gazette, 3 February 2031, «A made-up article», [fictional.txt]" in card(kb, "nasty", "en")
    assert "Источник: Вымышленная газета, 3 февраля 2031 г., «Выдуманная статья»" in card(kb, "nasty", "ru")


@pytest.mark.parametrize(
    ("date", "en", "ru"),
    [
        (PartialDate(2025, 11, 5), "5 November 2025", "5 ноября 2025 г."),
        (PartialDate(2025, 10), "October 2025", "октябрь 2025 г."),
        (PartialDate(2025), "2025", "2025 г."),
        (None, "date not stated in the source", "дата в источнике не указана"),
    ],
)
def test_dates_are_written_out(date: PartialDate | None, en: str, ru: str) -> None:
    assert format_date(date, "en") == en
    assert format_date(date, "ru") == ru


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_every_real_card_and_list_is_valid_telegram_html(lang: str) -> None:
    from tests.conftest import KNOWLEDGE

    kb = open_knowledge_base(KNOWLEDGE)
    for entity_id in kb.entities:
        html = card(kb, entity_id, lang)
        assert_telegram_html(html)
        assert ("Source" if lang == "en" else "Источник") in html
    for kind in ("meeting", "body", "document", "state"):
        assert_telegram_html(entity_list(kb, [e.id for e in kb.of_kind(kind)], kind, lang))
