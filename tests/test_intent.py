"""Question-type detection in English and Russian."""

from __future__ import annotations

import pytest

from bot.answers.intent import detect
from bot.search.text import prepare


def intent(q: str):  # type: ignore[no-untyped-def]
    return detect(prepare(q))


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When did the council meet?", "when"),
        ("date of the 13th session", "when"),
        ("Когда прошло заседание?", "when"),
        ("Where did the interior ministers council meet?", "where"),
        ("Где проходило совещание?", "where"),
        ("Who spoke at the meeting?", "speakers"),
        ("Кто выступил с приветственным словом?", "speakers"),
        ("Who attended the Moscow meeting?", "participants"),
        ("Какие государства участвовали в совещании?", "participants"),
        ("How many states took part?", "count"),
        ("Сколько органов?", "count"),
        ("Who heads the department?", "head"),
        ("Кто возглавляет департамент?", "head"),
        ("What did the leaders approve in Dushanbe?", "outcomes"),
        ("Что утвердили в Душанбе?", "outcomes"),
        ("What was on the agenda?", "agenda"),
        ("What is the CIS Anti-Terrorism Center?", "card"),
        ("Council of Heads of State", "card"),
        # Russian question words typed in Latin letters
        ("kogda proshlo 13 zasedanie", "when"),
        ("gde proshlo zasedanie", "where"),
        ("kto vystupil na zasedanii", "speakers"),
        ("skolko organov", "count"),
        ("kto uchastvoval v soveshchanii", "participants"),
    ],
)
def test_question_types(question: str, expected: str) -> None:
    assert intent(question).question == expected


def test_question_words_are_removed_from_the_search_text() -> None:
    assert "when" not in intent("When did the council meet?").search_text
    assert "attended" not in intent("Who attended the Moscow meeting?").search_text


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Which meetings were held in Moscow?", "meeting"),
        ("list the bodies", "body"),
        ("which programmes run until 2030", "document"),
        ("Какие государства участвовали", "state"),
        ("Какие заседания прошли в 2025 году?", "meeting"),
    ],
)
def test_list_kinds(question: str, kind: str) -> None:
    found = intent(question)
    assert found.list_kind == kind
    assert found.list_cue


def test_filters() -> None:
    found = intent("which programmes run until 2030")
    assert found.until == 2030 and found.years == []
    assert intent("meetings held in 2025").years == [2025]
    assert intent("sectoral bodies").categories == ["sectoral"]
    assert intent("upcoming meetings").upcoming
    assert intent("предстоящие заседания").upcoming


def test_translit_list_questions_and_until_filters() -> None:
    got = intent("kakie programmy deystvuyut do 2030 goda")
    assert got.list_kind == "document" and got.until == 2030 and got.list_cue
    # In a list question "until 2030" is a filter: no "until" is left to search for.
    got = intent("which programmes run until 2030")
    assert got.list_kind == "document" and got.until == 2030 and "until" not in got.search_text
