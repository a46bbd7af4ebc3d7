"""Meeting numbers written as bare digits before one meeting ("на 14 заседании", typed in Latin
too) are ordinals: a number the sources do not record is "not recorded" with the nearest meeting;
digits before a plural ("20 заседаний") count meetings and are no ordinal. Verdicts only."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.answers.question_form import meeting_ordinals
from tests.answer_helpers import SECRETARIES, XVIII, verdict_of


@pytest.mark.parametrize(
    ("question", "number"),
    [
        ("Kto vystupal na 14 zasedanii soveta sekretarei bezopasnosti", 14),
        ("Что решили на 12 заседании Совета секретарей совбезов?", 12),
        ("Где прошло 11 заседание Совета секретарей советов безопасности?", 11),
    ],
)
def test_bare_digits_before_one_meeting_number_it(engine: Engine, question: str, number: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "number", verdict
    assert verdict.value["number"] == number and verdict.alternatives[0] == SECRETARIES


@pytest.mark.parametrize("text", ["В 2025 году прошло 20 заседаний?", "Сколько было 4 совещаний?"])
def test_digits_before_several_meetings_count_them(text: str) -> None:
    assert meeting_ordinals(text) == []


def test_a_recorded_number_in_bare_digits_is_that_meeting(engine: Engine) -> None:
    verdict = verdict_of(engine, "Кто выступал на 13 заседании Совета секретарей советов безопасности?")
    assert verdict.kind != "not_recorded" and SECRETARIES in verdict.focus, verdict


@pytest.mark.parametrize(
    "question",
    [
        "the third Dushanbe summit — what was adopted?",
        "Что приняли на втором саммите в Душанбе?",
        "Третий саммит СНГ в Душанбе — какие документы приняли?",
    ],
)
def test_a_number_of_a_meeting_the_sources_never_number_is_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "number", verdict
    assert verdict.alternatives[0] == "mtg_2025_10_dushanbe_summit"


def test_an_unnumbered_meeting_asked_without_a_number_gets_the_usual_answer(engine: Engine) -> None:
    verdict = verdict_of(engine, "What was adopted at the Dushanbe summit?")
    assert verdict.kind != "not_recorded", verdict


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        # an ordinal's Russian ending typed without its hyphen, or in Latin letters
        ("россия была на 18м совещании?", XVIII),
        ("kogda proshlo 13e zasedanie SSSB", SECRETARIES),
        ("kto vystupal s privetstviem na 13m zasedanii", SECRETARIES),
        ("кто выступал с приветствием на 13м заседании", SECRETARIES),
        ("gde proshlo 18e soveshanie", XVIII),
        ("na 13om zasedanii kto vystupal", SECRETARIES),
    ],
)
def test_an_ordinal_ending_without_its_hyphen_numbers_the_meeting(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and meeting in verdict.focus, verdict


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("na dvenadtsatom zasedanii soveta sekretarei", 12),
        ("kogda bylo pyatnadtsatoe zasedanie", 15),
        ("dvadcatoe soveshchanie po terrorizmu", 20),
        ("vosemnadtsatoe soveshchanie", 18),
    ],
)
def test_a_latin_typed_ordinal_of_the_tens_numbers_a_meeting(text: str, number: int) -> None:
    """"devyatnadtsatom soveshchanii" was no number: the XVIII's participants answered the XIX asked."""
    assert meeting_ordinals(text) == [number]


def test_an_unrecorded_latin_typed_ordinal_is_not_recorded(engine: Engine) -> None:
    verdict = verdict_of(engine, "kto vystupal na semnadtsatom soveshchanii po protivodeystviyu terrorizmu")
    assert verdict.kind == "not_recorded" and XVIII in (verdict.alternatives or verdict.focus), verdict


@pytest.mark.parametrize(
    ("question", "meeting", "number"),
    [
        ("what number was the June counter-terrorism meeting", XVIII, 18),
        ("каким по счёту было антитеррористическое совещание в июне", XVIII, 18),
        ("kakoi nomer byl u iyunskogo antiterroristicheskogo soveshchaniya", XVIII, 18),
        ("каким по счёту было заседание секретарей советов безопасности", SECRETARIES, 13),
        ("what number was the security secretaries meeting", SECRETARIES, 13),
    ],
)
def test_the_number_of_a_meeting_asked_is_its_number_in_the_series(
    engine: Engine, question: str, meeting: str, number: int
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.focus) == ("fact", "number", [meeting]), verdict
    assert verdict.value == {"number": number}, verdict


@pytest.mark.parametrize(
    "question",
    [
        "what number of states attended the XVIII meeting",
        "на какой по счёту сессии XVIII совещания говорили об учениях",
        "which number session of the XVIII meeting discussed the exercise",
    ],
)
def test_a_count_or_a_sessions_number_is_no_meetings_number(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute != "number", verdict
