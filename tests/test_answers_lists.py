"""Lists and counts of meetings with several conditions, on the real knowledge base: a state that
took part versus a state that hosted, quarters and half-years, "the last two", chronological order,
what took place at a place, and totals over participant groups named with joined adjectives.

Verdicts are asserted, not wording; "today" is always handed in. Phrasings in English, Russian and
Russian typed in Latin letters.
"""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import DUSHANBE, EXERCISE, INTEL, SECRETARIES, SPB, XVIII, verdict_of

# --- a state that took part, not the host --------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("на каких мероприятиях был Кыргызстан", {XVIII, SPB, INTEL}),
        ("В каких встречах принимал участие Азербайджан?", {XVIII, INTEL}),
        ("What meetings was Russia listed at?", {XVIII, SPB}),
        ("Which meetings did Turkmenistan attend?", {SPB, INTEL}),
        ("v kakih vstrechah uchastvoval Turkmenistan", {SPB, INTEL}),
    ],
)
def test_meetings_a_state_took_part_in(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert set(verdict.items) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("How many of the meetings did Kazakhstan go to?", 3),
        ("На скольких заседаниях были представители Туркменистана?", 2),
    ],
)
def test_counting_meetings_a_state_took_part_in(engine: Engine, question: str, expected: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Какие встречи проходили в России?", {XVIII, SPB, SECRETARIES, INTEL}),
        ("Which meetings did Russia host?", {XVIII, SPB, SECRETARIES, INTEL}),
        ("какие встречи были в Кыргызстане", set()),
        ("Which meetings were held in Kazakhstan?", set()),
    ],
)
def test_meetings_a_state_hosted(engine: Engine, question: str, expected: set[str]) -> None:
    """A place preposition or a verb of hosting keeps the state as the host: an empty list says none."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert set(verdict.items) == expected


# --- periods -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("что было в четвёртом квартале 2025", {DUSHANBE, EXERCISE, SECRETARIES}),
        ("Which meetings took place in Q2 2025?", {XVIII}),
        ("skolko vstrech bylo v 3 kvartale 2025", {SPB}),
        ("What happened in H2 2025?", {SPB, DUSHANBE, EXERCISE, SECRETARIES}),
        ("какие заседания прошли во втором квартале 2026", set()),
    ],
)
def test_quarters_and_half_years(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind in ("list", "count") and verdict.answered
    assert set(verdict.items) == expected


# --- order -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question", ["List the 2025 meetings in chronological order", "перечисли встречи 2025 года по порядку"]
)
def test_chronological_order_is_the_list(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert verdict.items[:3] == [XVIII, SPB, DUSHANBE] and SECRETARIES in verdict.items


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # The exercise and the summit are both dated October 2025: neither is cut off.
        ("What were the last two meetings of 2025?", [DUSHANBE, EXERCISE, SECRETARIES]),
        ("Какие последние два заседания?", [DUSHANBE, EXERCISE, SECRETARIES]),
        ("Назови первые два заседания 2025 года", [XVIII, SPB]),
    ],
)
def test_first_or_last_few(engine: Engine, question: str, expected: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert verdict.items == expected


# --- what took place at a place -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Что проходило в Таджикистане?", {DUSHANBE, EXERCISE}),
        ("what took place in Moscow?", {XVIII, SECRETARIES, INTEL}),
        ("Что происходило в Минске?", set()),
    ],
)
def test_what_took_place_at_a_place(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert set(verdict.items) == expected


# --- totals over groups named with joined adjectives -----------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "Сколько всего участников было на XVIII совещании, если считать государства, органы СНГ, "
            "базовые и международные организации?",
            29,
        ),
        ("How many basic and international organisations attended the XVIII meeting in total?", 7),
    ],
)
def test_joined_group_adjectives_are_summed(engine: Engine, question: str, expected: int) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == expected


# --- a name inside a longer name, and kinds of meeting ---------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Which meetings did the Regional Anti-Terrorist Structure of the SCO attend?",
        "Which meetings did RATS SCO attend?",
        "В каких встречах участвовала РАТС ШОС?",
    ],
)
def test_a_name_inside_a_longer_name_is_no_second_filter(engine: Engine, question: str) -> None:
    """The SCO named inside "RATS SCO" does not also narrow the list (the SCO attended nothing)."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert verdict.items == [XVIII]
    assert verdict.filters.get("organisation") == ["rats_sco"]


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        ("Какие саммиты упоминаются в источниках?", "list", [DUSHANBE]),
        ("Which summits are mentioned?", "list", [DUSHANBE]),
        ("Which exercises are mentioned?", "list", [EXERCISE]),
        ("какие учения упоминаются", "list", [EXERCISE]),
        # Not the sources' figure of all 20 meetings of 2025.
        ("Сколько саммитов было в 2025?", "count", [DUSHANBE]),
    ],
)
def test_a_kind_of_meeting_narrows_the_list(engine: Engine, question: str, kind: str, expected: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == kind
    assert verdict.items == expected


# --- the meeting right after or before a named one -------------------------------------------------


@pytest.mark.parametrize(
    ("question", "expected", "reason"),
    [
        # The summit and the exercise are both dated October 2025: both come next.
        ("Какое заседание прошло сразу после петербургского?", {DUSHANBE, EXERCISE}, None),
        ("Which meeting came right after the St Petersburg one?", {DUSHANBE, EXERCISE}, None),
        ("What was the next meeting after the XVIII meeting?", {SPB}, None),
        ("Какая встреча была перед саммитом в Душанбе?", {SPB}, None),
        ("what meeting preceded the Dushanbe summit", {SPB}, None),
        ("Какая встреча была до XVIII совещания?", set(), "none_before"),
        ("Which meeting came after the 13th Security Secretaries meeting?", set(), "none_after"),
    ],
)
def test_next_to_a_named_meeting(engine: Engine, question: str, expected: set[str], reason: str | None) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert set(verdict.items) == expected
    assert verdict.reason == reason


@pytest.mark.parametrize(
    "question",
    [
        "Which state is named at the June 10 meeting but not at the intelligence chiefs' gathering?",
        "Какая страна названа среди участников XVIII совещания, но не встречи руководителей спецслужб?",
    ],
)
def test_named_on_a_list_is_taking_part(engine: Engine, question: str) -> None:
    """"Named at / названа среди участников" asks who was on a meeting's list, as "attended" does."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert verdict.items == ["russia"]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What was on the calendar in autumn 2025?", {DUSHANBE, EXERCISE, SECRETARIES}),
        ("Что было в календаре летом 2025?", {XVIII, SPB}),
    ],
)
def test_a_calendar_in_a_period_is_its_meetings(engine: Engine, question: str, expected: set[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert set(verdict.items) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Which meetings did Russia host outside Moscow?", {SPB}),
        ("Какие встречи прошли в России кроме Москвы?", {SPB}),
        ("Which meetings were held outside Moscow?", {SPB, DUSHANBE, EXERCISE}),
        ("Какие заседания проходили вне Москвы?", {SPB, DUSHANBE, EXERCISE}),
    ],
)
def test_a_place_left_out(engine: Engine, question: str, expected: set[str]) -> None:
    """"Outside Moscow" leaves Moscow's meetings out; it does not keep only them."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list"
    assert set(verdict.items) == expected


@pytest.mark.parametrize(
    ("question", "kind", "expected"),
    [
        (
            "How many international organisations and basic organisations were at the June meeting altogether?",
            "count",
            7,
        ),
        ("Which states attended both the June meeting and the August meeting?", "list", 7),
        ("Какие государства были и на июньском совещании, и на августовском заседании?", "list", 7),
        ("Сколько международных и базовых организаций всего было на июньском совещании?", "count", 7),
    ],
)
def test_a_meeting_named_by_its_month(engine: Engine, question: str, kind: str, expected: int) -> None:
    """"The June meeting" is the one meeting dated in June."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == kind
    assert (verdict.value if kind == "count" else len(verdict.items)) == expected
