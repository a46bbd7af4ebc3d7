"""Counts and lists of the tenth round, computed from the records rather than quoted: a part of a
meeting's list by a word of the names ("how many are councils"), differences and intersections of
named meetings' lists ("missing from", "all three"), the kinds of participants with their sizes,
what a group's members are for, sessions of one kind, a year with no meetings recorded, how often a
body meets, and a lead-in that gives the asker's reason. Verdicts on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import INTEL, SECRETARIES, SPB, XVIII, first_line, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "number", "present", "absent"),
    [
        ("Of the 13 CIS bodies at the XVIII meeting, how many are councils?", 9, "customs_heads_council", "atc"),
        ("Сколько из 13 органов СНГ на XVIII совещании являются советами?", 9, "ipa_council", "executive_committee"),
        ("Which of the CIS bodies at the XVIII meeting are committees?", 2, "interstate_aviation_committee", "atc"),
        ("Skolko iz organov SNG na XVIII soveshchanii — komitety?", 2, "executive_committee", "ipa_council"),
        ("Какие из органов СНГ на XVIII совещании не являются советами?", 4, "transport_conference", "ipa_council"),
        ("Of the bodies at the St Petersburg meeting, how many are centres?", 1, "atc", "bcoc"),
    ],
)
def test_part_of_a_list_by_a_word_of_the_names(
    engine: Engine, question: str, number: int, present: str, absent: str
) -> None:
    """The members of one meeting's list whose names carry the word asked (or lack it), counted:
    never the whole list's stated size, and the list's size "13" names no 13th meeting."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == "list:participants:named_as", verdict
    assert len(verdict.items) == number and present in verdict.items and absent not in verdict.items
    assert verdict.focus[0] in (XVIII, SPB)
    assert first_line(engine, verdict).startswith(f"<b>{number}</b>")


@pytest.mark.parametrize(
    ("question", "items", "op"),
    [
        (
            "How many member states named at the XVIII meeting are missing from the St Petersburg participants?",
            ["azerbaijan"],
            "only_first",
        ),
        (
            "Сколько государств, названных на XVIII совещании, отсутствуют среди участников заседания в Санкт-Петербурге?",
            ["azerbaijan"],
            "only_first",
        ),
        (
            "How many states from the Moscow intelligence meeting are missing from the XVIII meeting list?",
            ["turkmenistan"],
            "only_first",
        ),
        (
            "Kakie gosudarstva byli na vstreche glav specsluzhb v Moskve, no otsutstvovali na XVIII soveshchanii?",
            ["turkmenistan"],
            "only_first",
        ),
        (
            "How many member states are named at all three meetings that list participants (St Petersburg, the XVIII meeting, the Moscow intelligence meeting)?",
            ["armenia", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan"],
            "all",
        ),
        (
            "Какие государства были на всех трёх встречах: в Санкт-Петербурге, на XVIII совещании и на встрече глав спецслужб в Москве?",
            ["armenia", "belarus", "kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan"],
            "all",
        ),
    ],
)
def test_differences_and_intersections_of_named_meetings(
    engine: Engine, question: str, items: list[str], op: str
) -> None:
    """ "Named at A, missing from B" is A's list less B's (the city naming B is no wrong place of A);
    "all three" intersects the three lists named, not the first two."""
    verdict = verdict_of(engine, question)
    assert verdict.intent == f"list:participants:{op}", verdict
    assert sorted(verdict.items) == sorted(items)


def test_three_meetings_taken_together_are_their_union(engine: Engine) -> None:
    verdict = verdict_of(
        engine,
        "How many different states took part in the St Petersburg meeting, the XVIII meeting and the Moscow intelligence meeting altogether?",
    )
    assert verdict.intent == "list:participants:any" and len(verdict.items) == 9
    assert set(verdict.filters["meetings"]) == {SPB, XVIII, INTEL}


@pytest.mark.parametrize(
    ("question", "parts", "words"),
    [
        (
            "Besides states, what kinds of participants were at the XVIII meeting?",
            {"bodies": 13, "basic_organisations": 4, "organisations": 3},
            ["13 CIS bodies", "4 basic organisations", "3 international organisations"],
        ),
        (
            "Какие категории участников, помимо государств, были на XVIII совещании?",
            {"bodies": 13, "basic_organisations": 4, "organisations": 3},
            ["13 органов СНГ", "3 международные организации"],
        ),
        (
            "What kinds of participants attended the St Petersburg meeting of interior ministers?",
            {"states": 8, "bodies": 2},
            ["8 states"],
        ),
        ("Kakie vidy uchastnikov byli na vstreche glav specsluzhb v Moskve?", {"states": 8}, ["8 государств"]),
    ],
)
def test_kinds_of_participants_are_the_groups_with_their_sizes(
    engine: Engine, question: str, parts: dict[str, int], words: list[str]
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.intent == "list:participants:kinds", verdict
    assert verdict.filters["parts"] == parts
    html = html_of(engine, verdict)
    assert all(word in html for word in words), html
    assert "Kyrgyzstan" not in html and "Кыргызстан" not in html  # the groups, not every name


@pytest.mark.parametrize(
    "question",
    [
        "Сколько организаций, помимо государств, участвовало в заседании СМВД в Петербурге?",
        "How many organisations other than states took part in the St Petersburg meeting?",
        "Skolko organizaciy pomimo gosudarstv bylo na zasedanii SMVD?",
    ],
)
def test_organisations_besides_states_are_every_other_group(engine: Engine, question: str) -> None:
    """The St Petersburg report names two participants besides states, both CIS bodies: "no list"
    of organisations would be a wrong "the sources do not say"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.answered, verdict
    assert sorted(verdict.items) == ["atc", "bcoc"]


@pytest.mark.parametrize(
    ("question", "asked", "shown"),
    [
        ("Сколько пленарных заседаний было на XVIII совещании?", "plenary", "1 пленарное заседание"),
        ("How many plenary sessions were held at the XVIII meeting?", "plenary", "1 plenary session"),
        ("How many specialised sessions were at the XVIII meeting?", "specialised", "4 specialised sessions"),
        ("Skolko specializirovannyh sessiy bylo na XVIII soveshchanii?", "specialised", "4 специализированные сессии"),
    ],
)
def test_sessions_of_one_kind(engine: Engine, question: str, asked: str, shown: str) -> None:
    """A plenary "заседание" is a session of the meeting: never its states counted instead; the
    kind asked leads, the whole count (5) stands beside it."""
    verdict = verdict_of(engine, question)
    assert isinstance(verdict.value, dict) and verdict.value["of"] == "sessions" and verdict.value["number"] == 5, verdict
    assert verdict.value["asked"] == asked
    line = first_line(engine, verdict)
    assert f"<b>{shown}</b>" in line and "5 " in line


@pytest.mark.parametrize(
    "question",
    [
        "Сколько заседаний органы СНГ по безопасности провели в 2024-м? Хочу сравнить с 2025-м",
        "Сколько заседаний провели органы СНГ в 2024 году?",
        "Skolko zasedaniy proveli organy SNG v 2023 godu?",
    ],
)
def test_a_year_without_meetings_says_so_and_gives_the_recorded_figure(engine: Engine, question: str) -> None:
    """No figure for the year asked: "not recorded", with the sources' 2025 figure named as the
    nearest record (its number behind the button, where it cannot be read as that year's); the
    remark "compare with 2025" after the question is no period "since 2025"."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.reason, verdict.items) == ("not_recorded", "year", []), verdict
    assert verdict.alternatives == ["fact_meetings_2025"]
    assert "20" not in first_line(engine, verdict).replace("2025", "").replace(str(verdict.value["year"]), "")


@pytest.mark.parametrize(
    "question",
    [
        "Как часто проходят заседания Совета секретарей советов безопасности СНГ?",
        "How often does the CIS Security Secretaries Council meet?",
        "Kak chasto sobiraetsya Sovet sekretarey sovbezov SNG?",
    ],
)
def test_how_often_is_the_word_said(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.intent == "frequency", verdict
    assert verdict.statements[0].entity == SECRETARIES
    assert "annual" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "How often does the CIS Interior Ministers Council meet?",
        "Как часто собирается Совет министров внутренних дел СНГ?",
    ],
)
def test_how_often_unsaid_is_not_recorded(engine: Engine, question: str) -> None:
    """No words of a frequency: the sources do not say (one recorded meeting is no frequency)."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "frequency", verdict
    assert verdict.focus == ["interior_ministers_council"]


@pytest.mark.parametrize(
    ("question", "number"),
    [
        (
            "Hi there! My manager just asked me and I'm blanking — how many sectoral bodies does the CIS have in the security field? Thanks a lot!!",
            16,
        ),
        (
            "Привет! Начальник спросил, а я забыл — сколько специализированных органов у СНГ в сфере безопасности? Спасибо!",
            3,
        ),
    ],
)
def test_a_lead_in_giving_the_reason_is_chatter(engine: Engine, question: str, number: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == number, verdict


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "What were the four basic organisations at the XVIII meeting responsible for?",
            ["languages", "border", "training"],
        ),
        ("Chem zanimayutsya bazovye organizacii na XVIII soveshchanii?", ["языкам", "пограничной", "подготовке"]),
    ],
)
def test_what_a_group_is_responsible_for_is_its_list(engine: Engine, question: str, words: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.intent == "list:participants:filter" and len(verdict.items) == 4, verdict
    html = html_of(engine, verdict)
    assert all(word in html for word in words)
