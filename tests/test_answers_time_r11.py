"""Questions of time of the eleventh round: "when was X - before or after Y?" gives X's date and its
order against Y; "what is dated <month>?" lists the entries of that month; "is <programme> already
in force or only starting?" answers with the period against today, no yes or no; a meeting named by
who met ("counter-terrorism chiefs") is that meeting, not another one in the same city. Verdicts on
the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import (
    BORDER,
    CONCEPT,
    DUSHANBE,
    EXERCISE,
    INTEL,
    SECRETARIES,
    SPB,
    TERRORISM,
    XVIII,
    first_line,
    verdict_of,
)


@pytest.mark.parametrize(
    ("question", "subject", "other", "words"),
    [
        (
            "When was the 13th Security Secretaries meeting - before or after the Dushanbe summit?",
            SECRETARIES,
            DUSHANBE,
            "After",
        ),
        (
            "When was the interior ministers council in St Petersburg - before or after the XVIII counter-terrorism meeting?",
            SPB,
            XVIII,
            "12 August 2025",
        ),
        (
            "Когда прошло XVIII совещание антитеррористических подразделений — до или после саммита в Душанбе?",
            XVIII,
            DUSHANBE,
            "10 июня 2025",
        ),
        (
            "Учение «Содружество-Антитеррор – 2025» было до или после 13-го заседания секретарей совбезов?",
            EXERCISE,
            SECRETARIES,
            "октябрь",
        ),
        (
            "kogda bylo zasedanie sekretarey sovbezov, do ili posle sammita v Dushanbe?",
            SECRETARIES,
            DUSHANBE,
            "5 ноября 2025",
        ),
        ("was the Dushanbe summit before or after the interior ministers meeting in August?", DUSHANBE, SPB, "After"),
    ],
)
def test_before_or_after_gives_the_first_named_against_the_second(
    engine: Engine, question: str, subject: str, other: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "order", verdict
    assert verdict.value["subject"] == subject and verdict.value["relative_to"] == other
    assert words in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "meetings"),
    [
        ("Что из твоих материалов датировано ноябрём?", [SECRETARIES]),
        ("What do you have dated June?", [XVIII]),
        ("Что у тебя датировано августом?", [SPB]),
        ("Что в базе датировано октябрём 2025 года?", [DUSHANBE, EXERCISE]),
    ],
)
def test_what_is_dated_a_month_lists_that_months_entries(engine: Engine, question: str, meetings: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "list", verdict
    assert sorted(verdict.items) == sorted(meetings)


@pytest.mark.parametrize(
    ("question", "document", "words"),
    [
        (
            "Программа по борьбе с терроризмом и экстремизмом уже действует или ещё только начнётся?",
            TERRORISM,
            "срок идёт",
        ),
        ("Is the military cooperation concept already in force or has it not started yet?", CONCEPT, "it is running"),
        ("Программа по безопасности границ уже действует или ещё только начнётся?", BORDER, "срок идёт"),
        (
            "is the 2026-2028 counter-terrorism programme running already, or is it yet to begin?",
            TERRORISM,
            "it is running",
        ),
    ],
)
def test_in_force_or_only_starting_is_answered_with_the_state(
    engine: Engine, question: str, document: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.grounds == "period_today", verdict
    assert verdict.focus == [document] and verdict.value["state"] == "running"
    line = first_line(engine, verdict)
    assert words in line
    # an alternative asks for the state: no "yes" or "no" before it
    assert not line.lower().startswith(("yes", "no", "да", "нет", "the sources do not say", "источники"))


def test_a_yes_no_question_on_the_period_keeps_its_yes(engine: Engine) -> None:
    verdict = verdict_of(engine, "Действует ли программа по борьбе с терроризмом?")
    assert verdict.yes is True and verdict.grounds == "period_today"


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("when exactly did the counter-terrorism chiefs meet in Moscow in 2025?", XVIII),
        ("when did the counter-terrorism chiefs meet?", XVIII),
        ("when did the intelligence chiefs meet in Moscow?", INTEL),
    ],
)
def test_chiefs_are_heads_so_the_meeting_is_the_one_the_words_name(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.focus[:1] == [meeting], verdict
