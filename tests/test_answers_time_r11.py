"""Questions of time of the eleventh round: "when was X - before or after Y?" gives X's date and its
order against Y; "what is dated <month>?" lists the entries of that month; "is <programme> already
in force or only starting?" answers with the period against today, no yes or no; a meeting named by
who met in a year ("counter-terrorism chiefs ... in 2025") is that meeting, not an undated one in
the same city. Verdicts on
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
    converse,
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
        ("when did the intelligence chiefs meet in Moscow?", INTEL),
    ],
)
def test_the_year_named_picks_the_meeting_the_words_name(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.focus[:1] == [meeting], verdict


@pytest.mark.parametrize(
    ("first", "asked"),
    [
        ("Расскажи про учение «Содружество-Антитеррор – 2025»", "это где обсуждали, на каком мероприятии?"),
        ("Tell me about the Commonwealth-Antiterror 2025 exercise", "where was it discussed?"),
        ("Что за учение Содружество-Антитеррор?", "где обсуждали его организацию?"),
    ],
)
def test_where_something_was_discussed_is_the_meeting_whose_sessions_name_it(
    engine: Engine, first: str, asked: str
) -> None:
    verdicts = converse(engine, first, asked)
    assert verdicts[0].focus == [EXERCISE]
    assert verdicts[1].focus == [XVIII] and verdicts[1].kind == "quote", verdicts[1]


@pytest.mark.parametrize(
    ("first", "asked", "attribute", "words"),
    [
        ("Tell me about the 13th Security Secretaries meeting", "а дата?", "date", "5 ноября 2025"),
        ("Расскажи про XVIII совещание", "а дата?", "date", "10 июня 2025"),
        ("Tell me about the 13th Security Secretaries meeting", "and the place?", "place", "Moscow"),
    ],
)
def test_a_bare_date_or_place_after_a_meeting_is_asked_of_it(
    engine: Engine, first: str, asked: str, attribute: str, words: str
) -> None:
    verdict = converse(engine, first, asked)[1]
    assert verdict.kind == "fact" and verdict.attribute == attribute, verdict
    assert words in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("first", "asked", "subject", "other"),
    [
        (
            "Tell me about the XVIII counter-terrorism meeting",
            "was that before or after the interior ministers meeting in St Petersburg?",
            XVIII,
            SPB,
        ),
        (
            "Расскажи про 13-е заседание секретарей совбезов",
            "а это было до или после совещания руководителей антитеррористических подразделений в Москве?",
            SECRETARIES,
            XVIII,
        ),
    ],
)
def test_before_or_after_a_long_name_compares_with_the_previous_answer(
    engine: Engine, first: str, asked: str, subject: str, other: str
) -> None:
    verdict = converse(engine, first, asked)[1]
    assert verdict.attribute == "order", verdict
    assert verdict.value["subject"] == subject and verdict.value["relative_to"] == other


@pytest.mark.parametrize(
    "question",
    [
        "кто обратился к участникам XVIII совещания?",
        "kto obratilsya k uchastnikam XVIII soveshchaniya?",
    ],
)
def test_who_addressed_the_participants_asks_for_the_speakers(engine: Engine, question: str) -> None:
    """ "обратился к участникам" is an address to them, not who took part."""
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "speakers" and verdict.focus == [XVIII], verdict
    assert any(value["person"] == "emomali_rahmon" for value in verdict.value)


def test_who_of_a_states_leaders_addressed_them_after_where_it_was_discussed(engine: Engine) -> None:
    verdicts = converse(
        engine,
        "Расскажи про учение «Содружество-Антитеррор – 2025»",
        "это где обсуждали, на каком мероприятии?",
        "кто из руководства Таджикистана обратился к участникам?",
    )
    assert verdicts[2].attribute == "speakers", verdicts[2]
    assert "Рахмон" in first_line(engine, verdicts[2])
