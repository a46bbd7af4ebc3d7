"""Look-alike periods on the real knowledge base: a document named by its subject with a period it
does not have (another document's, or none) is "not recorded" with its own period; the document
whose period was asked comes next. Its own period, or a yes/no about it, gets the usual answer."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import BORDER, CONCEPT, TERRORISM, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("What does the programme for strengthening border security for 2026–2028 provide?", BORDER),
        ("Программа укрепления безопасности внешних границ на 2026-2028 годы — что в ней?", BORDER),
        ("Программа сотрудничества в борьбе с терроризмом до 2030 года — когда принята?", TERRORISM),
        ("programma po borbe s terrorizmom do 2030 chto v nei", TERRORISM),
        ("Military cooperation concept until 2028: what does it say?", CONCEPT),
    ],
)
def test_a_period_the_document_does_not_have_is_not_recorded(engine: Engine, question: str, document: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "constraint", verdict
    assert verdict.alternatives[0] == document


@pytest.mark.parametrize(
    "question",
    [
        "What does the counter-terrorism programme for 2026-2028 provide?",
        "Концепция военного сотрудничества до 2030 года — что в ней?",
        "How much time is left until the end of the 2026–2028 counter-terrorism programme?",
        "Программа укрепления безопасности внешних границ рассчитана до 2030 года?",
        "Программа укрепления безопасности внешних границ рассчитана до 2035 года?",
    ],
)
def test_the_documents_own_period_gets_the_usual_answer(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded", verdict


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("какая программа закончится раньше всех?", ["programme_ct_extremism_2026_2028"]),
        ("which programme ends first?", ["programme_ct_extremism_2026_2028"]),
        ("kakaya programma zakonchitsya ranshe?", ["programme_ct_extremism_2026_2028"]),
        # a programme asked: the concept, ending in 2030 too, is no programme
        ("какая программа действует дольше всех?", ["programme_border_security_2030"]),
        ("which document expires last?", ["military_cooperation_concept_2030", "programme_border_security_2030"]),
        ("which programme starts first?", ["programme_ct_extremism_2026_2028"]),
    ],
)
def test_which_programme_ends_first_or_last(engine: Engine, question: str, expected: list[str]) -> None:
    """Documents with a recorded period, by its end (or start); ties give every one."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and sorted(verdict.items) == sorted(expected), verdict


@pytest.mark.parametrize(
    ("question", "asked", "nearest"),
    [
        ("Which programme for 2021-2025 did the heads of state approve?", "2021–2025", TERRORISM),
        ("Какую программу на 2021–2025 годы утвердили в Душанбе?", "2021–2025", TERRORISM),
        ("What's in the programme for 2022-2024?", "2022–2024", TERRORISM),
        ("kakaya programma na 2021-2025 gody byla prinyata", "2021–2025", TERRORISM),
        ("Концепция на 2020–2025 годы — что в ней?", "2020–2025", CONCEPT),
    ],
)
def test_a_period_asked_of_a_document_kind_none_of_which_has_it(
    engine: Engine, question: str, asked: str, nearest: str
) -> None:
    # Only the kind named ("programme"), no subject: the recorded programmes were listed (or the
    # summit's outcomes) as if one of them were for the period asked.
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason, verdict.focus) == ("not_recorded", "constraint", [nearest]), verdict
    assert verdict.value["asked"] == asked


@pytest.mark.parametrize(
    "question",
    ["Какую программу на 2026–2028 годы утвердили в Душанбе?", "What is the programme for 2026–2028 about?"],
)
def test_the_period_of_a_recorded_programme_asked_by_its_kind_is_answered(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded" and TERRORISM in verdict.focus + verdict.items, verdict


@pytest.mark.parametrize(
    ("question", "recorded", "meant"),
    [
        ("programma po granicam do 2028?", 2030, BORDER),
        ("программа по границам до 2028?", 2030, BORDER),
        ("программа по терроризму до 2030?", 2028, TERRORISM),
        ("Is the counter-terrorism programme meant to run until 2030?", 2028, TERRORISM),
    ],
)
def test_a_claimed_year_of_one_programme_given_to_the_other_is_no_yes(
    engine: Engine, question: str, recorded: int, meant: str
) -> None:
    # The year names one programme and the words the other: the summit's record names both in one
    # clause, and the bot said "Да" to the border programme running until 2028.
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True
    assert (verdict.kind, verdict.focus) == ("not_recorded", [meant]), verdict
    assert str(recorded) in str(verdict.value["recorded"])


@pytest.mark.parametrize("question", ["программа по терроризму до 2028?", "есть ли программа по границам до 2030?"])
def test_a_programme_with_its_own_year_is_still_a_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


@pytest.mark.parametrize(
    ("question", "document", "recorded"),
    [
        ("counter terrorism programme adopted for 2025–2027?", TERRORISM, "2026–2028"),
        ("программу по терроризму приняли на 2025-2027?", TERRORISM, "2026–2028"),
        ("the anti-terror programme for 2025-2028 got approved in Dushanbe, right", TERRORISM, "2026–2028"),
        ("counter-terorism programe 2027-2029 adopted?", TERRORISM, "2026–2028"),
        ("border security programme adopted for 2027-2029?", BORDER, 2030),
    ],
)
def test_a_period_no_document_has_says_the_recorded_one(engine: Engine, question: str, document: str, recorded: object) -> None:
    """Asked with a range no document has, the answer is the document's own period, never the
    summit's summary nor an ask-back (claimedperiod.ranged_document)."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "constraint"
    assert verdict.focus == [document]
    assert verdict.value["recorded"] == recorded


# Session 21: a claimed period never chooses the document it is checked against (claim_guard). The
# year 2028 is in the counter-terrorism programme's name; "пограничная программа до 2028" named the
# border programme by its words alone, and was "Да" with the Dushanbe documents or the other programme.
@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("пограничная программа до 2028 года принята?", BORDER),
        ("pograncnaya programma do 2028 goda prinyata?", BORDER),
        ("pogranichnaya programma na 2026-2028 gody odobrena?", BORDER),
        ("Was the border programme approved for 2026-2028?", BORDER),
        ("border security programme for 2026–2028 was adopted, right?", BORDER),
        ("антитеррористическая программа до 2030 года принята?", TERRORISM),
        ("koncepciya voennogo sotrudnichestva do 2028 goda utverzhdena?", CONCEPT),
    ],
)
def test_a_claimed_period_is_checked_against_the_document_the_words_name(engine: Engine, question: str, document: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is not True, verdict
    assert document in verdict.focus[:1] + verdict.alternatives[:1], verdict


@pytest.mark.parametrize(
    "question",
    [
        "пограничная программа до 2030 года принята?",
        "Was the counter-terrorism programme for 2026-2028 approved?",
        "koncepciya voennogo sotrudnichestva do 2030 goda utverzhdena?",
    ],
)
def test_the_documents_own_period_claimed_stays_a_yes(engine: Engine, question: str) -> None:
    assert verdict_of(engine, question).yes is True


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("when did the counter-terrorism programme start?", TERRORISM),
        ("when does the counter-terrorism programme end?", TERRORISM),
        ("when does the concept expire?", CONCEPT),
        ("с какого года действует программа по борьбе с терроризмом?", TERRORISM),
        ("когда заканчивается пограничная программа?", BORDER),
    ],
)
def test_when_a_document_starts_or_ends_is_its_period(engine: Engine, question: str, document: str) -> None:
    # was a "did you mean" between the programmes ("start" weighed the match down), or the card
    verdict = verdict_of(engine, question)
    assert verdict.kind == "fact" and verdict.focus[:1] == [document] and verdict.attribute == "period", verdict


# --- "until the end of": no word of the name "… until 2030" -----------------------------------------


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("How many years are left until the end of the counter-terrorism programme?", TERRORISM),
        ("skolko let ostalos do kontsa programmy po borbe s terrorizmom?", TERRORISM),
        ("skolko let ostalos do konca programmy po protivodeystviyu terrorizmu?", TERRORISM),
        ("How many years are left until the end of the border security programme?", BORDER),
        ("How many years are left until the end of the military cooperation concept?", CONCEPT),
    ],
)
def test_time_left_until_the_end_of_a_document(engine: Engine, question: str, document: str) -> None:
    """"Until the end of" says how long is asked; "until" must not pick the programme named "… until 2030"."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == "time:remaining" and verdict.focus[:1] == [document], verdict


# Session 25 (tuning25_single): another period of two years asked of a programme named by its subject is a
# "No" with the recorded period (was "nothing recorded for 2025–2027" under "not directly", or a "did you mean").
@pytest.mark.parametrize(
    "question",
    [
        "Was the counter-terrorism programme approved for 2025–2027?",
        "Is the counter-terrorism programme for 2027-2029?",
        "Программу по борьбе с терроризмом утвердили на 2025–2027 годы?",
        "Правда, что программа по противодействию терроризму рассчитана на 2025-2027 годы?",
        # r25-b: two years no record holds weighed the search below a guess: declined as out of scope
        "Is it true the anti-terror programme runs 2027-2029?",
        "Правда, что программа по терроризму рассчитана на 2027-2029?",
        "Pravda, chto programma po terrorizmu rasschitana na 2027-2029?",
    ],
)
def test_another_period_of_two_years_is_a_no(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.yes, verdict.grounds, verdict.focus) == ("yes_no", False, "period", [TERRORISM]), verdict
    assert "2026–2028" in html_of(engine, verdict)


def test_a_period_of_two_years_is_read_from_the_text() -> None:
    from bot.answers.adopted import _asked_range

    assert _asked_range("for 2026–2028") == (2026, 2028)
    assert _asked_range("с 2025 по 27") is None and _asked_range("2025-27") == (2025, 2027)
