"""Look-alikes of the ninth round: a role the sources give in other words (a host is where a meeting
was held; "going to be distributed" is what is planned), a premise asking what the sources do not
record about a known entry (members, results, cost), and an abbreviation asked inside a sentence
that names others. Verdicts on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.present.answer import present
from tests.answer_helpers import EXERCISE, INTEL, SECRETARIES, SPB, TODAY, XVIII, verdict_of


@pytest.mark.parametrize(
    ("question", "meeting", "yes"),
    [
        ("Did Russia host the Commonwealth-Antiterror exercise?", EXERCISE, False),
        ("Была ли Россия принимающей стороной XVIII совещания?", XVIII, True),
        ("Была ли Беларусь хозяйкой заседания Совета министров внутренних дел?", SPB, False),
        ("Byla li Rossiya hozyainom 13-go zasedaniya Soveta sekretarey sovbezov?", SECRETARIES, True),
        ("Was Kazakhstan the host country of the meeting of security and intelligence chiefs in Moscow?", INTEL, False),
    ],
)
def test_a_host_is_where_the_meeting_was_held(engine: Engine, question: str, meeting: str, yes: bool) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.grounds, verdict.yes) == ("yes_no", "place", yes)
    assert verdict.focus[0] == meeting


def test_a_state_inside_the_meetings_name_is_still_the_host_asked(engine: Engine) -> None:
    """The exercise's alias holds "Tajikistan": the state is not swallowed by the meeting's name,
    nor "Commonwealth" of its name taken for the CIS as the subject."""
    verdict = verdict_of(engine, "Was Tajikistan the host of the Commonwealth-Antiterror 2025 exercise?")
    assert (verdict.grounds, verdict.yes) == ("place", True)
    assert verdict.value["asked"] == "tajikistan"


@pytest.mark.parametrize(
    "question",
    [
        "Is the Joint Statement on transnational crime going to be distributed at the UN?",
        "Is the text of the transnational crime statement going to be shared with other international organisations?",
    ],
)
def test_going_to_is_the_future_and_the_un_is_said_by_any_name(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.yes is True


def test_a_document_the_record_does_not_send_to_the_un_is_no_yes(engine: Engine) -> None:
    verdict = verdict_of(engine, "Is the military cooperation concept going to be distributed at the UN?")
    assert verdict.yes is not True


@pytest.mark.parametrize(
    ("question", "target"),
    [
        ("Which countries are in the Commonwealth Plus format so far?", "decision_cis_plus"),
        ("Кто уже входит в формат СНГ плюс?", "decision_cis_plus"),
        ("kakie strany vhodyat v format SNG plus?", "decision_cis_plus"),
        ("Which countries are part of the CSTO?", "csto"),
        ("Какие государства входят в ОДКБ?", "csto"),
    ],
)
def test_members_the_sources_do_not_list(engine: Engine, question: str, target: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason) == ("not_recorded", "members")
    assert verdict.value["target"] == target
    first = present(engine.kb, verdict, TODAY).html.splitlines()[0]
    assert "do not list" in first or "не перечисляют" in first


def test_members_of_a_body_are_who_attends_its_meetings(engine: Engine) -> None:
    """A body is no format: "which countries are in the interior ministers council" is not declined."""
    verdict = verdict_of(engine, "Which countries are in the CIS Interior Ministers Council?")
    assert verdict.reason != "members"


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("What results did the counter-terrorism programme for 2026–2028 give?", "programme_ct_extremism_2026_2028"),
        ("What has the border security programme until 2030 achieved so far?", "programme_border_security_2030"),
        ("Чего уже добилась концепция военного сотрудничества до 2030 года?", "military_cooperation_concept_2030"),
        ("Kakie itogi dala programma po ukrepleniyu pogranichnoy bezopasnosti?", "programme_border_security_2030"),
    ],
)
def test_results_of_a_programme_are_not_recorded(engine: Engine, question: str, document: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.reason, verdict.attribute, verdict.focus[0]) == ("not_stated", "results", document)
    lines = present(engine.kb, verdict, TODAY).html.splitlines()
    assert "no results" in lines[0] or "не сообщают о результатах" in lines[0]
    assert "2025" in lines[1]  # the nearest thing recorded: its approval


@pytest.mark.parametrize(
    "question",
    [
        "What were the results of the Dushanbe summit?",
        "What was the result of the decision on the SCO observer status?",
    ],
)
def test_results_of_a_meeting_or_a_decision_are_what_it_decided(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute != "results"


@pytest.mark.parametrize(
    ("question", "entity", "attribute"),
    [
        ("How much did the 13th meeting of the Security Secretaries Council cost?", SECRETARIES, "cost"),
        ("Во сколько обошлось учение Содружество-Антитеррор 2025?", EXERCISE, "cost"),
        ("Сколько стоит программа укрепления пограничной безопасности?", "programme_border_security_2030", "funding"),
    ],
)
def test_cost_is_not_recorded(engine: Engine, question: str, entity: str, attribute: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.reason, verdict.attribute, verdict.focus[0]) == ("not_stated", attribute, entity)


def test_financing_of_terrorism_is_a_topic_not_a_cost(engine: Engine) -> None:
    verdict = verdict_of(engine, "What did the XVIII meeting participants say about countering the financing of terrorism?")
    assert verdict.reason != "not_stated"


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("the EAG assessments rely on FATF standards — FATF meaning?", "fatf"),
        ("The ATC works with RATS and the CSTO — what does RATS stand for?", "rats_sco"),
        ("СОРБ и АТЦ провели совещание — расшифруй АТЦ", "atc"),
        ("ОДКБ и РАТС были на совещании, а что значит РАТС?", "rats_sco"),
        ("the CSTO was at the June meeting with the EAG, what is the EAG abbreviation?", "eag"),
        ("ATC i SORB — chto znachit SORB?", "security_services_heads_council"),
    ],
)
def test_the_abbreviation_asked_is_the_one_next_to_the_asking_words(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.attribute, verdict.focus[0]) == ("full_name", entity)
