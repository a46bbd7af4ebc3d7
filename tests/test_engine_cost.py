"""Bounded cost of the answer engine: work that depends only on the question, or only on the
knowledge base, is done once, not once per clause, answerer or call. The answers themselves are
checked by the other tests and ``benchmarks/fingerprint.py``; these count the work.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from bot.answers import define, yesno
from bot.answers.engine import Engine
from bot.kb.base import KnowledgeBase
from bot.search.text import tokens as text_tokens

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def fresh(kb: KnowledgeBase) -> Engine:
    """An engine of its own: nothing read or remembered by other tests' questions."""
    return Engine(kb)


def test_confirmation_reads_the_answer_names_once(fresh: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A yes/no check of an answer of many clauses reads its names once, not once a clause."""
    calls: list[str] = []

    def counting(text: str) -> list[str]:
        calls.append(text)
        return text_tokens(text)

    monkeypatch.setattr(yesno, "text_tokens", counting)
    verdict = fresh.answer("What did the CIS leaders approve in Dushanbe in October 2025?", today=TODAY)
    assert verdict.answered
    # 20-odd names and 20-odd clauses, each read for the check once (it was every name again for
    # every clause: over 400 readings).
    assert len(calls) <= 120, len(calls)


def test_layout_is_checked_once_for_the_language_and_the_answer(fresh: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The handler asks whether a question has its own language, then answers it: the keyboard
    layout of the same text is looked at once."""
    engine = fresh
    looks: list[object] = []
    knownness = engine.index.knownness

    def counting(tokens: object, exact: bool = False) -> float:
        looks.append(tokens)
        return knownness(tokens, exact)  # type: ignore[arg-type]

    monkeypatch.setattr(engine.index, "knownness", counting)
    question = "Where did the interior ministers council meet on 12 August 2025?"
    assert engine.has_own_language(question)
    engine.answer(question, today=TODAY)
    asked = text_tokens(question)
    assert [tokens for tokens in looks if tokens == asked] == [asked]


def _reference_question_tokens(text: str, vocabulary: frozenset[str]) -> set[str]:
    """The plain reading of ``define.question_tokens``: every vocabulary word compared."""
    found = define.typed_tokens(text)
    for token in list(found):
        if token in vocabulary or len(token) < 5:
            continue
        for known in vocabulary:
            if len(known) >= 5 and abs(len(known) - len(token)) <= 1 and Levenshtein.distance(token, known, score_cutoff=1) <= 1:
                found.add(known)
    return found


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.text(alphabet="abcdeiklmnoprstuyаеиклмнорст", min_size=1, max_size=9), max_size=6),
    vocabulary=st.frozensets(st.text(alphabet="abcdeiklmnoprstuyаеиклмнорст", min_size=3, max_size=9), max_size=30),
)
def test_topic_typos_match_the_plain_reading(words: list[str], vocabulary: frozenset[str]) -> None:
    """Comparing a word only with vocabulary words of its length ±1 finds what comparing it with
    every word finds."""
    text = " ".join(words)
    assert define.question_tokens(text, vocabulary) == _reference_question_tokens(text, vocabulary)
