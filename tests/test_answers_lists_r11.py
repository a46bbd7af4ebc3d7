"""Lists and counts of the eleventh round: a meeting's participants by group asked without a
question word ("назови группы участников"), and the sectoral bodies counted by a word of their
names when the question names the report or its keeper ("в списке Исполкома", "in the 2025
report", "are called"). Verdicts on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import XVIII, first_line, html_of, verdict_of


@pytest.mark.parametrize(
    "question",
    [
        "Кто, кроме государств, был на XVIII совещании? Назови группы участников",
        "Who apart from states attended the XVIII meeting? Name the groups",
        "kto krome gosudarstv byl na XVIII soveshchanii? nazovi gruppy uchastnikov",
        "Besides the states, list the groups of participants of the XVIII meeting",
    ],
)
def test_groups_of_participants_named_without_a_question_word(engine: Engine, question: str) -> None:
    """The groups with their sizes (13 CIS bodies, 4 basic, 3 international), not every name."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == "list:participants:kinds", verdict
    assert verdict.focus == [XVIII]
    assert verdict.filters["parts"] == {"bodies": 13, "basic_organisations": 4, "organisations": 3}


@pytest.mark.parametrize(
    ("question", "number", "word"),
    [
        ("How many of the sectoral bodies in the 2025 report are called Coordination Councils?", 3, "cordin"),
        ("Which of the sectoral bodies in the report are called coordination councils?", 3, "cordin"),
        ("How many sectoral bodies listed in the Executive Committee report are called interstate councils?", 6, "interstat"),
        ("Сколько отраслевых органов в списке Исполкома называются межгосударственными советами?", 6, "mejgosudarstven"),
        ("Сколько отраслевых органов в отчёте Исполкома называются координационными советами?", 3, "kordinacion"),
        ("Kakie otraslevye organy v otchete nazyvayutsya mezhgosudarstvennymi sovetami?", 6, "mejgosudarstven"),
    ],
)
def test_sectoral_bodies_counted_by_a_word_of_their_names(engine: Engine, question: str, number: int, word: str) -> None:
    """The report and its keeper say which list, not which names; "called" asks no title."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == "list:body", verdict
    assert verdict.filters["name_words"] == [word]
    assert len(verdict.items) == number
    if verdict.kind == "count":
        assert first_line(engine, verdict).startswith(f"<b>{number}</b>")


def test_the_report_title_is_still_its_title(engine: Engine) -> None:
    verdict = verdict_of(engine, "What is the title of the report on the sectoral bodies?")
    assert verdict.kind == "fact" and verdict.focus == ["report_security_bodies_2025"], verdict


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("Сколько раз уже проводилось совещание руководителей антитеррористических подразделений, если июньское было XVIII?", 18),
        ("How many times had the Security Secretaries met if the November meeting was the 13th?", 13),
        ("skolko raz sobiralis sekretari sovbezov, esli noyabrskoe zasedanie bylo 13-m?", 13),
        ("How many times have the counter-terrorism unit heads met, given that June's meeting was the 18th?", 18),
    ],
)
def test_times_a_series_met_from_its_number(engine: Engine, question: str, number: int) -> None:
    """The number of the meeting named says how many there have been; never a participant count."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == "count:series" and verdict.value == number, verdict
    line = first_line(engine, verdict)
    assert line.startswith(f"<b>{number}</b>") and ("series" in line or "серии" in line)


def test_times_without_the_number_asked_is_not_guessed(engine: Engine) -> None:
    verdict = verdict_of(engine, "How many times has the Security Secretaries meeting been held?")
    assert verdict.intent != "count:series"


@pytest.mark.parametrize(
    ("question", "years", "year"),
    [
        ("How many years old was the decision to set up the CIS Anti-Terrorism Center by 2025?", 25, 2025),
        ("Сколько лет было АТЦ СНГ к 2024 году?", 24, 2024),
        ("How old was the CIS Anti-Terrorism Center in 2020?", 20, 2020),
        ("skolko let bylo ATC SNG k 2025 godu?", 25, 2025),
        ("How old will the CIS Anti-Terrorism Center be in 2030?", 30, 2030),
    ],
)
def test_age_by_a_year_named(engine: Engine, question: str, years: int, year: int) -> None:
    """The years from the recorded date to the year asked, not to today (2026)."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == "time:elapsed", verdict
    assert verdict.value["years"] == years and verdict.value["by_year"] == year
    assert str(years) in first_line(engine, verdict)


def test_age_without_a_year_is_counted_to_today(engine: Engine) -> None:
    verdict = verdict_of(engine, "How old is the CIS Anti-Terrorism Center?")
    assert verdict.value["years"] == 26 and "by_year" not in verdict.value


@pytest.mark.parametrize(
    ("question", "items"),
    [
        ("what crime trends worried Klemez? give me all of them", ["extremist", "migration", "narcotics", "weapons", "cybercrime", "laundering"]),
        ("What threats did Klemez mention? Name them all", ["extremist", "migration", "weapons", "laundering"]),
        ("what did Klemez say about threats? all of them please", ["extremist", "cybercrime", "laundering"]),
        ("О каких преступных тенденциях говорил Клемез? назови их все", ["экстремист", "миграци", "оружия", "отмыванию"]),
        ("kakie ugrozy nazval Klemez? nazovi vse", ["экстремист", "наркот", "киберпреступност", "отмыванию"]),
    ],
)
def test_every_item_of_the_enumerating_statement(engine: Engine, question: str, items: list[str]) -> None:
    """"All of them" asks for the statement that enumerates, whole, not the first remark that
    shares a word ("crimes of Nazism") nor a clause cut out of the list."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote", verdict
    shown = html_of(engine, verdict).split("\n")
    assert "Nazism" not in shown[1] and "нацизма" not in shown[1]
    assert all(item in "\n".join(shown[:3]) for item in items)


@pytest.mark.parametrize(
    "question",
    [
        "What procedures did the delegates in Moscow explore creating?",
        "What tasks did the delegates in Moscow set for the months ahead?",
    ],
)
def test_said_at_one_of_the_meetings_held_in_a_place(engine: Engine, question: str) -> None:
    """A city with several meetings: the one whose record says it, not "did you mean"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.focus == ["mtg_security_intelligence_heads_moscow"], verdict
    assert "Moscow" in first_line(engine, verdict)


def test_a_place_asked_about_what_no_meeting_there_says_is_not_answered(engine: Engine) -> None:
    assert verdict_of(engine, "Weather in Moscow?").kind == "decline"
