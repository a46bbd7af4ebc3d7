"""Out of scope about a known person or body: a person's birthplace, schooling or biography, a
body's staff numbers are not in the sources. The verdict says so about the one named ("not stated",
reason personal or staff) instead of listing the meetings where the person appeared or the body's
card. Also when spelling repair takes the word asked for a typo ("родился"). Verdicts only."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import verdict_of


@pytest.mark.parametrize(
    ("question", "entity", "attribute"),
    [
        ("Где родился Денис Трефилов?", "denis_trefilov", "personal"),
        ("Where did Yevgeny Klemez study?", "yevgeny_klemez", "personal"),
        ("Где учился Клемез?", "yevgeny_klemez", "personal"),
        ("What is Denis Trefilov's educational background?", "denis_trefilov", "personal"),
        ("hw many peple work at the CIS Anti-Terorism Centre", "atc", "staff"),
        ("Сколько человек работает в АТЦ СНГ?", "atc", "staff"),
    ],
)
def test_a_private_or_staff_question_about_a_known_entry_is_not_stated(
    engine: Engine, question: str, entity: str, attribute: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason, verdict.attribute) == ("fact", "not_stated", attribute), verdict
    assert verdict.focus == [entity]


@pytest.mark.parametrize(
    "question",
    [
        "Who studied the problems of countering terrorism?",
        "Where did Yevgeny Klemez speak?",
        "Где выступал Денис Трефилов?",
        "What did Klemez say about youth education?",
    ],
)
def test_other_questions_about_them_keep_the_usual_answer(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.reason != "not_stated", verdict


@pytest.mark.parametrize(
    "question",
    ["What will Peskov say about the CIS next month?", "Что скажет Путин о СНГ?", "chto zayavit Trefilov na sleduyushchem zasedanii"],
)
def test_words_not_yet_said_are_declined(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason, verdict.answered) == ("decline", "out_of_scope", False), verdict


@pytest.mark.parametrize(
    "question", ["What will the heads of state consider?", "What did Peskov say about the CIS?", "Что заявил Клемез?"]
)
def test_plans_and_words_said_are_answered(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
