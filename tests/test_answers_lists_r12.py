"""Lists, counts and relative time of the twelfth tuning round: a meeting recorded only as planned
whose date has passed is neither ahead nor past. Verdicts on the real knowledge base; the wording
through the presenter."""

from __future__ import annotations

import re

import pytest

from bot.answers.engine import Engine
from bot.present.answer import present
from tests.answer_helpers import EXERCISE, SECRETARIES, SPB, TODAY, verdict_of


def visible(html_text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html_text).split())


@pytest.mark.parametrize(
    "question",
    [
        "is the Commonwealth-Antiterror exercise upcoming?",
        "Is the Commonwealth-Antiterror 2025 exercise still ahead?",
        "Учения Содружество-Антитеррор уже прошли или ещё впереди?",
        "Учения Содружество-Антитеррор ещё предстоят?",
        "uchenia Sodruzhestvo-Antiterror eshche vperedi?",
    ],
)
def test_planned_event_whose_date_passed_is_not_ahead(engine: Engine, question: str) -> None:
    """Planned for October 2025, asked in November 2026: no "still ahead", no "yes"; the plan and
    that no source reports whether it took place."""
    verdict = verdict_of(engine, question)
    assert verdict.focus[:1] == [EXERCISE], verdict
    assert verdict.attribute == "tense" and verdict.value["planned"] is True, verdict
    assert verdict.yes is None, verdict


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("is the Commonwealth-Antiterror exercise upcoming?", r"was planned for October 2025; no source reports"),
        ("Учения Содружество-Антитеррор ещё впереди?", r"планировалось на октябрь 2025"),
    ],
)
def test_planned_event_whose_date_passed_is_worded_as_a_plan(engine: Engine, question: str, expected: str) -> None:
    shown = visible(present(engine.kb, verdict_of(engine, question), TODAY).html)
    assert re.search(expected, shown), shown
    assert not re.search(r"^\W*(?:yes|да)\b|still ahead|ещё впереди", shown, re.I), shown


@pytest.mark.parametrize(
    "question",
    ["is the interior ministers meeting in St Petersburg still ahead?", "Заседание СМВД в Петербурге ещё впереди?"],
)
def test_held_meeting_asked_if_ahead_is_past(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.focus[:1] == [SPB] and verdict.attribute == "tense", verdict
    assert verdict.value["past"] is True and verdict.yes is None, verdict


@pytest.mark.parametrize(
    ("question", "first", "missing"),
    [
        ("Who was at the XVIII meeting but not at the interior ministers council?", "azerbaijan", "uzbekistan"),
        ("Кто был на XVIII совещании, но не был на СМВД?", "azerbaijan", "uzbekistan"),
        ("Who was at the St Petersburg meeting but not at the XVIII meeting?", "turkmenistan", "russia"),
        ("kto byl i na XVIII soveshchanii, i na zasedanii SMVD?", "russia", "azerbaijan"),
        (
            "Which country attended the interior ministers meeting but not the meeting of heads of security and intelligence services?",
            "russia",
            "uzbekistan",
        ),
        (
            "Which country attended the XVIII meeting but not the interior ministers meeting?",
            "azerbaijan",
            "uzbekistan",
        ),
    ],
)
def test_who_was_at_one_meeting_but_not_the_other(engine: Engine, question: str, first: str, missing: str) -> None:
    """No group named ("who", "which country"): the set operation over the two lists, never one
    meeting's whole list."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list", verdict
    assert first in verdict.items, verdict
    assert missing not in verdict.items, verdict


MOSCOW_DATED = {"mtg_2025_06_10_counter_terrorism_heads_18", "mtg_2025_11_05_security_secretaries_13"}


@pytest.mark.parametrize(
    "question",
    [
        "Сколько мероприятий прошло в Москве по вашим данным?",
        "skolko meropriyatiy proshlo v Moskve po vashim dannym?",
        "Какие встречи были в Москве по твоим данным?",
    ],
)
def test_whose_records_are_asked_does_not_narrow_a_list(engine: Engine, question: str) -> None:
    """ "по вашим данным", "according to your data" say where to look, not what about: the meetings
    held in Moscow, not a "did you mean"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind in ("list", "count") and verdict.answered, verdict
    assert set(verdict.items) >= MOSCOW_DATED, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Какие мероприятия проходили или планировались в Таджикистане?",
        "What events were held or planned in Tajikistan?",
        "kakie meropriyatiya prohodili ili planirovalis v Tadzhikistane?",
    ],
)
def test_held_or_planned_asks_for_both(engine: Engine, question: str) -> None:
    """ "held or planned" is no question about what is ahead: the summit held in Dushanbe and the
    exercise planned in Tajikistan, not "no meeting after today"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.reason != "none_upcoming", verdict
    assert {"mtg_2025_10_dushanbe_summit", EXERCISE} <= set(verdict.items), verdict


INTERSTATE = {
    "anti_corruption_council",
    "geodesy_council",
    "emergencies_council",
    "industrial_safety_council",
    "ecological_council",
    "hydrometeorology_council",
}


@pytest.mark.parametrize(
    ("question", "size"),
    [
        ("How many interstate councils are there?", 6),
        ("сколько всего межгосударственных советов в сфере безопасности?", 6),
        ("how many coordination councils are there among the security bodies", 3),
        ("how many coordination councils are there?", 3),
        ("сколько координационных советов?", 3),
    ],
)
def test_bodies_counted_by_the_word_before_their_kind(engine: Engine, question: str, size: int) -> None:
    """With no category named, "interstate councils" are still the councils so named: not all 20
    councils, not one coordination council's card."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == size, verdict
    if size == 6:
        assert set(verdict.items) == INTERSTATE


@pytest.mark.parametrize("question", ["list the interstate councils", "какие межгосударственные советы есть в СНГ?"])
def test_bodies_listed_by_the_word_before_their_kind(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and set(verdict.items) == INTERSTATE, verdict


DUSHANBE_DOCUMENTS = {
    "joint_statement_transnational_crime",
    "military_cooperation_concept_2030",
    "programme_ct_extremism_2026_2028",
    "programme_border_security_2030",
    "decision_cis_plus",
    "decision_sco_observer",
}


@pytest.mark.parametrize(
    "question",
    [
        "Which documents were approved last year?",
        "Какие документы были приняты в прошлом году?",
        "how many documents were adopted last year?",
        "сколько документов приняли в прошлом году?",
    ],
)
def test_documents_of_last_year(engine: Engine, question: str) -> None:
    """Last year is 2025: the six documents of the Dushanbe summit, not all twelve, nor the 20
    meetings the report counts for 2025."""
    verdict = verdict_of(engine, question)
    assert verdict.kind in ("list", "count") and set(verdict.items) == DUSHANBE_DOCUMENTS, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Which documents were approved this year?",
        "какие документы приняты в этом году?",
        "Какие документы приняты в 2026 году?",
    ],
)
def test_documents_adopted_this_year_are_none(engine: Engine, question: str) -> None:
    """Nothing was adopted in 2026: a programme whose period starts in 2026 was approved in 2025."""
    verdict = verdict_of(engine, question)
    assert not verdict.items, verdict


def test_programmes_of_last_year_counted_by_kind(engine: Engine) -> None:
    verdict = verdict_of(engine, "how many programmes were approved last year?")
    assert verdict.kind == "count" and set(verdict.items) == {
        "programme_ct_extremism_2026_2028",
        "programme_border_security_2030",
    }


@pytest.mark.parametrize(
    "question",
    [
        "how many months ago was the last meeting?",
        "How long ago was the latest meeting?",
        "сколько месяцев назад было последнее заседание?",
        "сколько времени прошло с последнего заседания?",
    ],
)
def test_time_since_the_latest_meeting(engine: Engine, question: str) -> None:
    """ "The last meeting" names the latest one held by today: the 13th Security Secretaries
    meeting of 5 November 2025, a year before."""
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "elapsed" and verdict.focus[:1] == [SECRETARIES], verdict


@pytest.mark.parametrize(
    "question", ["Which meeting was held most recently in Moscow?", "какое заседание прошло в Москве последним?"]
)
def test_latest_meeting_in_a_place(engine: Engine, question: str) -> None:
    """The latest held there, not the list of Moscow's meetings."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == "time:latest" and verdict.focus == [SECRETARIES], verdict


@pytest.mark.parametrize(
    "question",
    [
        "Кто из участников XVIII совещания отсутствовал на заседании СМВД?",
        "Who from the XVIII meeting was absent from the interior ministers meeting?",
    ],
)
def test_participants_of_one_meeting_absent_from_another(engine: Engine, question: str) -> None:
    """ "Absent from" the second named meeting: the first one's list less the second's."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and "azerbaijan" in verdict.items, verdict
    assert "uzbekistan" not in verdict.items, verdict


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("When was the previous meeting before the 13th Security Secretaries meeting?", "mtg_2025_10_dushanbe_summit"),
        ("Когда было предыдущее заседание перед 13-м заседанием секретарей совбезов?", "mtg_2025_10_dushanbe_summit"),
        ("when was the next meeting after the XVIII meeting?", SPB),
    ],
)
def test_when_was_the_meeting_next_to_a_named_one(engine: Engine, question: str, expected: str) -> None:
    """Asked with "when", the meeting before (after) the named one, never the named one's own date."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and expected in verdict.items and SECRETARIES not in verdict.items, verdict


@pytest.mark.parametrize(
    ("question", "latest"),
    [
        ("when was the previous meeting of the Security Secretaries Council?", SECRETARIES),
        ("когда было предыдущее заседание СМВД?", SPB),
    ],
)
def test_previous_meeting_of_a_series_with_one_recorded(engine: Engine, question: str, latest: str) -> None:
    """The sources record one meeting of the series: no earlier one, never the latest one's date
    given as the previous."""
    verdict = verdict_of(engine, question)
    assert verdict.reason == "none_before_in_series" and verdict.focus == [latest], verdict
    shown = visible(present(engine.kb, verdict, TODAY).html)
    assert re.search(r"No earlier meeting|Более ранних заседаний", shown), shown
