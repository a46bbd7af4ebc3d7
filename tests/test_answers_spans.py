"""Bounded spans of time, places left out and the bodies of the sphere counted, on the real
knowledge base: "between June and September 2025", "с июля по ноябрь", "after June 2025", "до
августа 2025", "since 2024", "in the past 12 months" / "за последний год" (nothing: the latest
meeting before); "не в России" / "outside Russia"; "сколько органов безопасности в СНГ" (the
sources' own figures by category, added). Verdicts are asserted; "today" is handed in.
"""

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
    html_of,
    verdict_of,
)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What took place between June and September 2025?", {XVIII, SPB}),
        ("Which meetings were held from July to November 2025?", {SPB, DUSHANBE, EXERCISE, SECRETARIES}),
        ("Какие заседания прошли с июля по ноябрь 2025 года?", {SPB, DUSHANBE, EXERCISE, SECRETARIES}),
        ("Перечисли все заседания, прошедшие после июня 2025", {SPB, DUSHANBE, EXERCISE, SECRETARIES}),
        ("Which meetings took place after August 2025?", {DUSHANBE, EXERCISE, SECRETARIES}),
        ("kakie vstrechi proshli posle iyunya 2025", {SPB, DUSHANBE, EXERCISE, SECRETARIES}),
        ("Какие мероприятия были в Москве до августа 2025?", {XVIII}),
        ("Which meetings were held before October 2025?", {XVIII, SPB}),
        ("What happened since 2024?", {XVIII, SPB, DUSHANBE, EXERCISE, SECRETARIES}),
    ],
)
def test_meetings_in_a_bounded_span(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list", question
    assert set(verdict.items) == expected, question
    assert verdict.filters["period"]["label"] == "span"


@pytest.mark.parametrize(
    "question",
    [
        "Which meetings took place in the past 12 months?",
        "Что произошло за последний год?",
        "Какие заседания прошли за последние полгода?",
        "Any meetings in the last six months?",
    ],
)
def test_nothing_in_the_recent_span_gives_the_latest_meeting(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list", question
    assert verdict.items == []
    assert verdict.alternatives == [SECRETARIES]


@pytest.mark.parametrize("question", ["Какие заседания прошли в 2026 году?", "Which meetings were held in 2026?"])
def test_nothing_in_the_year_asked_gives_the_latest_meeting(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.items == []
    assert verdict.alternatives == [SECRETARIES]
    assert "2026" in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Какие встречи прошли не в России?", {DUSHANBE, EXERCISE}),
        ("Which meetings were not held in Russia?", {DUSHANBE, EXERCISE}),
        ("Which meetings took place outside Russia?", {DUSHANBE, EXERCISE}),
        ("Какие заседания прошли не в Москве?", {SPB, DUSHANBE, EXERCISE}),
    ],
)
def test_a_place_or_state_left_out(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert set(verdict.items) == expected, question


@pytest.mark.parametrize(
    "question",
    [
        "How many security bodies does the CIS have?",
        "Сколько органов безопасности в СНГ",
        "Скока органов безопастности в СНГ?",
        "skolko organov bezopasnosti v SNG",
    ],
)
def test_bodies_of_the_sphere_are_counted_by_the_sources_figures(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count", question
    assert verdict.value == 19, question
    assert set(verdict.focus) == {"fact_sectoral_bodies_count", "fact_specialised_bodies_count"}


@pytest.mark.parametrize(
    ("question", "first", "sizes", "group"),
    [
        ("Which had more CIS bodies taking part, the St Petersburg meeting or the XVIII meeting?", SPB, [2, 13], "bodies"),
        ("Где было больше государств: на встрече глав спецслужб или на XVIII совещании?", INTEL, [8, 9], "states"),
        ("Where did more countries take part — the June CT meeting or the St Petersburg interior ministers meeting?", XVIII, [9, 8], "states"),
        ("На каком заседании было меньше стран — в Петербурге или на 18 совещании?", SPB, [8, 9], "states"),
        ("Which meeting had more participants, St Petersburg or the XVIII meeting?", SPB, [10, 29], "participants"),
    ],
)
def test_two_meetings_compared_by_a_group_of_participants(
    engine: Engine, question: str, first: str, sizes: list[int], group: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute) == ("count", "compare"), question
    assert verdict.value["meetings"][0] == first
    assert verdict.value["sizes"] == sizes
    assert verdict.value["group"] == group


def test_the_side_asked_for_comes_first_in_the_answer(engine: Engine) -> None:
    verdict = verdict_of(engine, "На каком заседании было меньше стран — в Петербурге или на 18 совещании?")
    html = html_of(engine, verdict)
    assert html.index("внутренних дел") < html.index("XVIII")
    verdict = verdict_of(engine, "Which had more CIS bodies taking part, the St Petersburg meeting or the XVIII meeting?")
    html = html_of(engine, verdict)
    assert html.index("XVIII") < html.index("Interior")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Что было после саммита в Душанбе?", [SECRETARIES]),
        ("Which meetings came before the Dushanbe summit in 2025?", [XVIII, SPB]),
        ("Which meeting came before the Dushanbe summit?", [SPB]),
    ],
)
def test_events_on_one_side_of_a_named_meeting(engine: Engine, question: str, expected: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.items == expected, question


@pytest.mark.parametrize(
    "question", ["Давно ли министры внутренних дел СНГ собирались в Питере?", "How long ago did the interior ministers meet in St Petersburg?"]
)
def test_how_long_ago_without_since(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "elapsed", question
    assert verdict.value["days"] == 475


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many states attended exactly two of the three meetings with participant lists?", {"russia", "turkmenistan", "azerbaijan"}),
        ("skolko stran bylo rovno na dvukh iz trekh vstrech", {"russia", "turkmenistan", "azerbaijan"}),
        ("Какие страны были только на одной из трёх встреч?", set()),
        ("Which states were at only one of the meetings?", set()),
    ],
)
def test_states_on_exactly_so_many_lists(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.filters.get("op") == "exactly", question
    assert set(verdict.items) == expected, question


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which documents will still be in force in 2027?", {CONCEPT, TERRORISM, BORDER}),
        ("Какие документы заканчиваются в 2028 году?", {TERRORISM}),
        ("Which documents expire in 2030?", {CONCEPT, BORDER}),
        ("Какие программы действуют в 2029 году?", {BORDER}),
        ("What programmes are in force in 2027?", {TERRORISM, BORDER}),
    ],
)
def test_documents_by_the_year_their_period_ends_or_covers(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list", question
    assert set(verdict.items) == expected, question


@pytest.mark.parametrize(
    "question",
    [
        "Anything new this year on CIS security cooperation?",
        "Есть ли новости за 2026 год?",
        "Что нового в этом году?",
        "Было ли что-нибудь в сфере безопасности СНГ в 2026 году?",
        "Did anything happen in CIS security cooperation in the last six months?",
        "Any new CIS security meetings this month?",
    ],
)
def test_news_of_a_period_without_any_gives_the_latest_meeting(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.items) == ("list", []), question
    assert verdict.alternatives == [SECRETARIES], question
    html = html_of(engine, verdict)
    assert "2025" in html and "2026-" not in html


def test_news_of_a_past_year_lists_its_meetings(engine: Engine) -> None:
    verdict = verdict_of(engine, "Что нового в 2025 году?")
    assert set(verdict.items) == {XVIII, SPB, DUSHANBE, EXERCISE, SECRETARIES}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Какое самое свежее событие в твоей базе?", SECRETARIES),
        ("whats the newest info u have on cis security meetings?", SECRETARIES),
        ("самая свежая встреча министров внутренних дел", SPB),
    ],
)
def test_newest_and_freshest_ask_for_the_latest(engine: Engine, question: str, expected: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.intent == "time:latest", question
    assert verdict.focus[0] == expected


@pytest.mark.parametrize(
    ("question", "categories", "sizes"),
    [
        ("Каких органов больше — отраслевых или специализированных?", ["sectoral", "specialised"], [16, 3]),
        ("Are there more sectoral or specialised bodies?", ["sectoral", "specialised"], [16, 3]),
        ("Каких органов меньше: специализированных или отраслевых?", ["specialised", "sectoral"], [3, 16]),
    ],
)
def test_two_categories_of_bodies_compared_by_the_sources_figures(
    engine: Engine, question: str, categories: list[str], sizes: list[int]
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute) == ("count", "compare"), question
    assert sorted(zip(verdict.value["categories"], verdict.value["sizes"], strict=True)) == sorted(
        zip(categories, sizes, strict=True)
    )


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Совещание антитеррористических подразделений СНГ в 2025 году проходило в Минске?", False),
        ("Совещание антитеррористических подразделений СНГ в июне 2025 проходило в Минске?", False),
    ],
)
def test_a_yes_no_about_a_year_is_not_read_as_news_of_that_year(engine: Engine, question: str, yes: bool) -> None:
    assert verdict_of(engine, question).yes is yes


def test_news_of_a_season_is_the_season(engine: Engine) -> None:
    verdict = verdict_of(engine, "Any CIS security get-togethers over the summer of 2025?")
    assert set(verdict.items) == {XVIII, SPB}


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many meetings took place between 10 June and 5 November 2025?", {XVIII, SPB, EXERCISE, DUSHANBE, SECRETARIES}),
        ("Which meetings were held between 11 June and 4 November 2025?", {SPB, EXERCISE, DUSHANBE}),
        ("Какие встречи прошли с августа по октябрь 2025?", {SPB, EXERCISE, DUSHANBE}),
    ],
)
def test_spans_bounded_by_days(engine: Engine, question: str, expected: set[str]) -> None:
    assert set(verdict_of(engine, question).items) == expected, question


def test_which_meetings_in_russian_before_a_named_one_are_all_of_them(engine: Engine) -> None:
    assert verdict_of(engine, "Какие заседания были до саммита в Душанбе?").items == [XVIII, SPB]
    assert verdict_of(engine, "Какое заседание было до саммита в Душанбе?").items == [SPB]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What came after the St Petersburg meeting?", [EXERCISE, DUSHANBE, SECRETARIES]),
        ("what followed the St Petersburg meeting", [EXERCISE, DUSHANBE, SECRETARIES]),
        ("Что предшествовало саммиту в Душанбе?", [XVIII, SPB]),
    ],
)
def test_what_came_after_or_before_a_named_meeting(engine: Engine, question: str, expected: list[str]) -> None:
    assert verdict_of(engine, question).items == expected, question


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("Сколько ещё лет будет действовать Концепция военного сотрудничества?", CONCEPT),
        ("How many more years will the border security programme run?", BORDER),
        # the unit before "ещё" (was "до 2030 г." alone)
        ("Сколько лет ещё действует концепция военного сотрудничества?", CONCEPT),
        ("Сколько лет ещё действует программа укрепления пограничной безопасности?", BORDER),
        ("skolko let eshche deistvuet kontseptsiya voennogo sotrudnichestva", CONCEPT),
    ],
)
def test_how_many_more_years_is_the_time_left(engine: Engine, question: str, document: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.attribute, verdict.focus[0]) == ("remaining", document), question
    assert verdict.value["years"] == 4


@pytest.mark.parametrize(
    ("question", "label"),
    [
        ("what happened last month?", "October 2026"),
        ("что было в прошлом месяце?", "октябрь 2026"),
        ("встречи в прошлом месяце", "октябрь 2026"),
        ("meetings this month?", "November 2026"),
        ("встречи в этом месяце?", "ноябрь 2026"),
        ("meetings in the past 6 months?", "the past 6 months"),
        ("встречи за последние 2 месяца?", "последние 2 месяца"),
    ],
)
def test_last_and_this_month_are_calendar_months_asked_tersely_too(engine: Engine, question: str, label: str) -> None:
    # "в прошлом месяце" was no period (a quote about "the coming months" answered it), "last month"
    # was "the past 1 months", and "meetings this month?" without a list word was a quote or a "Да".
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.items, verdict.alternatives) == ("list", [], [SECRETARIES]), verdict
    assert label in html_of(engine, verdict)
