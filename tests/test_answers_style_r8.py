"""Format requests and calls wrapped around a question, on the real knowledge base: "one word: ...",
"just the date pls — ...", "в одном предложении: ...", "объясни простыми словами, как ребёнку: ...",
"ЭЙ БОТ ...". They ask for nothing of their own: the verdict is the plain question's, and "just
the date" keeps asking for the date.

Verdicts are asserted, not wording; "today" is always handed in.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from bot.present.answer import present

TODAY = date(2026, 11, 30)


def verdict_of(engine: Engine, question: str) -> Verdict:
    verdict = engine.answer(question, today=TODAY)
    assert present(engine.kb, verdict, TODAY).html.strip()
    return verdict


@pytest.mark.parametrize(
    ("wrapped", "plain"),
    [
        ("one word: city of the XVIII CT meeting", "city of the XVIII CT meeting"),
        ("ЭЙ БОТ СКОЛЬКО ОТРАСЛЕВЫХ ОРГАНОВ??", "сколько отраслевых органов?"),
        ("hey bot how many specialised bodies", "how many specialised bodies"),
        (
            "Объясни простыми словами, как ребёнку: зачем нужен Антитеррористический центр СНГ?",
            "зачем нужен Антитеррористический центр СНГ?",
        ),
        ("Одной фразой: сколько специализированных органов СНГ?", "сколько специализированных органов СНГ?"),
        ("v odnom predlozhenii: skolko otraslevyh organov?", "skolko otraslevyh organov?"),
        ("in plain words: who is Klemez?", "who is Klemez?"),
        ("ey bot, kto takoy Trefilov?", "kto takoy Trefilov?"),
    ],
)
def test_a_format_request_gets_the_plain_questions_answer(engine: Engine, wrapped: str, plain: str) -> None:
    expected = verdict_of(engine, plain)
    verdict = verdict_of(engine, wrapped)
    assert expected.answered
    assert (verdict.answered, verdict.kind, verdict.focus, verdict.lang) == (
        expected.answered,
        expected.kind,
        expected.focus,
        expected.lang,
    )


@pytest.mark.parametrize(
    "question",
    [
        "just the date pls — interior ministers st petersburg",
        "only the date: XVIII counter-terrorism meeting",
    ],
)
def test_just_the_date_still_asks_for_the_date(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.intent in ("when", "date")
    assert verdict.kind != "card"


def test_a_request_alone_is_no_question_stripped_to_nothing(engine: Engine) -> None:
    # Only the wrapper, no question: it is kept as it is, nothing crashes.
    verdict = verdict_of(engine, "one word:")
    assert verdict.lang == "en"


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("ЕАГ — это что за структура?", "eag"),
        ("что за структура ЕАГ?", "eag"),
        ("chto za struktura EAG?", "eag"),
        ("EAG eto chto za organizaciya?", "eag"),
        ("АТЦ — что за орган?", "atc"),
        ("РАТС ШОС — это что за организация?", "rats_sco"),
    ],
)
def test_what_kind_of_body_is_a_definition(engine: Engine, question: str, entity: str) -> None:
    # The kind noun ("структура") names no fact: the body named is defined.
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.lang == "ru"
    assert verdict.focus == [entity]


def test_which_body_decided_is_no_definition(engine: Engine) -> None:
    # "что за орган" before a verb asks who did it: it is left to the search as before.
    parsed = engine.parse("что за орган принял решение о статусе наблюдателя ШОС?")
    assert "орган" in parsed.text


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("one word: city of the XVIII CT meeting", "mtg_2025_06_10_counter_terrorism_heads_18"),
        ("city of the interior ministers meeting in August", "mtg_2025_08_12_interior_ministers"),
        ("venue of the 13th meeting of security council secretaries", "mtg_2025_11_05_security_secretaries_13"),
    ],
)
def test_a_fragment_starting_with_the_place_asks_where(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.intent == "where"
    assert verdict.focus == [meeting]
