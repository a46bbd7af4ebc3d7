"""Round 10, quotes: an English question whose one content stem is also Russian typed in Latin
letters ("ministries" stems to "ministr") is still answered in English."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import KLEMEZ, verdict_of


@pytest.mark.parametrize(
    "question",
    [
        "What did Klemez say about ministries?",
        "What did Klemez say the interior ministries are improving?",
        "What are the interior ministries improving?",
    ],
)
def test_english_little_words_keep_english(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.lang == "en"


def test_latin_typed_russian_stays_russian(engine: Engine) -> None:
    verdict = verdict_of(engine, "Chto skazal Klemez o ministrah?")
    assert verdict.lang == "ru"
    assert KLEMEZ in verdict.focus
