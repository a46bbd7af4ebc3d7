"""Misspelt and colloquial question words are read as meant; real words are left alone."""

from __future__ import annotations

import pytest

from bot.engine import Engine
from bot.questionwords import fix_question_words


def never_a_word(word: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("wen was it", "when was it"),
        ("hw many states", "how many states"),
        ("Wich council", "which council"),
        ("скока стран", "сколько стран"),
        ("каво сделали наблюдателем", "кого сделали наблюдателем"),
        ("kagda bylo", "kogda bylo"),
        ("whwre was it", "where was it"),
    ],
)
def test_question_words_are_read_as_meant(typed: str, meant: str) -> None:
    assert fix_question_words(typed, never_a_word).lower() == meant


def test_words_of_their_own_are_kept(engine: Engine) -> None:
    # "were" is one edit from "where", "whom" from "who", "Moscow" keeps its case.
    assert fix_question_words("Were they in Moscow with whom", engine._is_word) == "Were they in Moscow with whom"


@pytest.mark.parametrize(
    ("question", "attribute"),
    [
        ("wen was the 13th meeting of the security secretaries council", "date"),
        ("скока стран было на встрече спецслужб в маскве", "count"),
    ],
)
def test_misspelt_question_words_still_ask_their_question(engine: Engine, question: str, attribute: str) -> None:
    verdict = engine.answer(question)
    assert verdict.answered and verdict.attribute == attribute, verdict
