"""Asking back of the ninth round: the bot asked "did you mean" when its own first candidate was
the answer. Words of the question's frame (coming and sending, "every", "the BelTA piece", "in what
month", "name each") no longer count as words no entry explains, and one candidate that explains
every word naming something is answered; an unknown word that names something (a meeting number,
a state, a city the sources do not hold) still leaves it asking back. Verdicts on the real
knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import DUSHANBE, EXERCISE, SPB, XVIII, first_line, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "number", "of"),
    [
        ("a mezhdunarodnyh organizaciy na iyunskom antiterror soveshchanii skolko prishlo", 3, "organisations"),
        ("skolko mezhdunarodnyh organizaciy prislali predstaviteley na iyunskoe soveshchanie", 3, "organisations"),
        ("Сколько международных организаций прислали своих представителей на июньское совещание?", 3, "organisations"),
        ("XVIII soveshchanie: skolko organov SNG prislali svoi rabochie struktury?", 13, "bodies"),
        ("Сколько органов СНГ прислали свои рабочие структуры на июньское совещание?", 13, "bodies"),
        ("skolko stran prislali svoih predstaviteley na zasedanie SMVD v Pitere", 8, "states"),
        ("Сколько стран съехалось на питерское заседание министров внутренних дел?", 8, "states"),
        ("skolko stran sehalis na piterskoe zasedanie glav MVD", 8, "states"),
    ],
)
def test_verbs_of_coming_and_sending_are_no_unexplained_words(
    engine: Engine, question: str, number: int, of: str
) -> None:
    """ "prishlo", "prislali svoi", "съехались": how the participants came names nothing; the meeting
    that explains every other word (the city it was held in by the city's name) is counted, not
    offered back as a guess."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.answered, verdict
    assert isinstance(verdict.value, dict) and verdict.value["number"] == number and verdict.value["of"] == of
    assert str(number) in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "meeting", "month"),
    [
        ("In what month were the supreme bodies meetings in Dushanbe?", DUSHANBE, "October"),
        ("what month were the Dushanbe supreme bodies meetings held in?", DUSHANBE, "October"),
        ("В каком месяце 2025 года проходило XVIII совещание?", XVIII, "июн"),
        ("в каком месяце было заседание смвд", SPB, "август"),
        ("sorry, basic question: in what month was the Commonwealth-Antiterror exercise?", EXERCISE, "October"),
    ],
)
def test_the_month_asked_is_no_unexplained_word(engine: Engine, question: str, meeting: str, month: str) -> None:
    """ "In what month": the word says what is asked, not about what. Of a city (or a council) and
    its meeting that both explain the rest, the one whose own name says more of it is answered."""
    verdict = verdict_of(engine, question)
    assert verdict.kind != "clarify" and verdict.answered, verdict
    assert verdict.focus[0] == meeting
    assert month.lower() in html_of(engine, verdict).lower()


@pytest.mark.parametrize(
    "question",
    [
        "skolko bazovyh organizacij bylo na soveshchanii v iyune",
        "Сколько базовых организаций приехало на июньское совещание?",
    ],
)
def test_of_a_meeting_and_the_items_it_counts_the_meeting_answers_how_many(engine: Engine, question: str) -> None:
    """The basic organisations explain the question as well as the June meeting, but "how many" is
    asked of the meeting that lists them: 4, not "did you mean" or "the sources give no figure"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.focus == [XVIII], verdict
    assert isinstance(verdict.value, dict) and verdict.value["number"] == 4


@pytest.mark.parametrize(
    "question",
    [
        "Besides the sectoral councils, which specialised bodies does the CIS have for security?",
        "skolko specializirovannyh organov SNG v sfere bezopasnosti, kazhdyj nazovi",
        "kakie organy SNG otnosyatsya k specializirovannym?",
    ],
)
def test_besides_and_requests_to_name_are_frame_words(engine: Engine, question: str) -> None:
    """ "Besides the sectoral councils", "kazhdyj nazovi", "otnosyatsya k": the specialised bodies are
    what is asked."""
    verdict = verdict_of(engine, question)
    # The sources' statement of them, or (round 10: the words set aside no longer choose) their list.
    specialised = {"atc", "bcoc", "illegal_migration_joint_commission"}
    assert verdict.answered, verdict
    assert verdict.focus == ["fact_specialised_bodies_count"] or set(verdict.items) == specialised, verdict


@pytest.mark.parametrize(
    "question",
    [
        "a skolko stran prishlo na zasedanie soveta oborony v Minske",
        "how many international organisations came to the XX meeting of counter-terrorism heads?",
        "skolko stran prislali delegacii na sammit ShOS v Kitae",
        "skolko stran prishlo na XIX soveshchanie",
        "Was Moldova at any of the meetings?",
    ],
)
def test_a_word_naming_what_the_sources_lack_still_stops_the_answer(engine: Engine, question: str) -> None:
    """Frame words aside, a meeting number, a city or a state no entry explains is what is asked
    about: no confident answer about the nearest entry."""
    verdict = verdict_of(engine, question)
    # Round 10: a state no entry explains asked "at any of the meetings" is on no list of them.
    on_no_list = verdict.kind == "yes_no" and verdict.yes is False and verdict.grounds == "unknown_member"
    assert not verdict.answered or verdict.kind == "not_recorded" or on_no_list, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Were the Commonwealth-Antiterror drills held in Kazakhstan?",
        "Were the Commonwealth-Antiterror drills going to take place in Kyrgyzstan?",
    ],
)
def test_a_yes_no_premise_is_checked_not_explained_away(engine: Engine, question: str) -> None:
    """ "Were the drills held in Kazakhstan?": the June meeting mentions the drills and Kazakhstan,
    but the premise is checked against the exercise itself, which was planned for Tajikistan; the
    state named is the premise, not a rival candidate to ask back about."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.yes is not True, verdict
    assert EXERCISE in verdict.focus and XVIII not in verdict.focus, verdict
    assert "Tajikistan" in html_of(engine, verdict)
