"""What a record says, asked as a question about its content, on the real knowledge base: the items
someone named or listed (the place where he spoke is no topic), the examples the asker gives in
brackets, a view credited to someone ("according to", "по мнению", "по Клемезу") and how important
they said a thing is, a body named by a short form its statement writes out, the items of a fact
counted by the question ("the four aims"), a meeting dated by a month's adjective ("на июньском
совещании") and "the year before last".

Verdicts are asserted, not wording; "today" is always handed in.
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from bot.present.answer import present
from bot.search.text import tokens

TODAY = date(2026, 11, 30)

XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
SPB = "mtg_2025_08_12_interior_ministers"
KLEMEZ = "yevgeny_klemez"
AIMS = "fact_aims_2025"


def verdict_of(engine: Engine, question: str) -> Verdict:
    verdict = engine.answer(question, today=TODAY)
    assert present(engine.kb, verdict, TODAY).html.strip()
    return verdict


def first_said(verdict: Verdict) -> str:
    assert verdict.kind == "quote", verdict
    return verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Which threats did Klemez name in St Petersburg?",
        "Какие угрозы перечислил Клемез в Петербурге?",
        "kakie ugrozy perechislil Klemez v Sankt-Peterburge",
        "kakie ugrozy nazval Klemez v Peterburge",
    ],
)
def test_items_named_or_listed_are_what_was_said_wherever_it_was_said(engine: Engine, question: str) -> None:
    said = first_said(verdict_of(engine, question))
    assert "narcotics" in said and "extremist" in said


@pytest.mark.parametrize(
    "question",
    [
        "What did Klemez say the ministries are doing to improve cooperation (operations, training etc.)?",
        "What does Klemez say the ministries do (e.g. training, analytics)?",
    ],
)
def test_examples_in_brackets_find_the_statement_that_holds_them(engine: Engine, question: str) -> None:
    assert "operational-preventive" in first_said(verdict_of(engine, question))


def test_examples_in_brackets_in_russian(engine: Engine) -> None:
    verdict = verdict_of(engine, "Какие направления совместной работы спецслужбы СНГ разбирали в Москве (киберзащита и т.п.)?")
    assert verdict.answered and verdict.kind == "quote"
    assert "cyber" in first_said(verdict)


@pytest.mark.parametrize(
    "question",
    [
        "How important is the Interior Ministers Council, according to Klemez?",
        "What role does the Interior Ministers Council play, according to Klemez?",
        "Насколько важен, по мнению Клемеза, Совет министров внутренних дел?",
        "Насколько важен, по Клемезу, СМВД для безопасности государств СНГ?",
        "Что Клемез говорил о СМВД?",
    ],
)
def test_a_view_credited_to_someone_is_his_statement(engine: Engine, question: str) -> None:
    assert "crucial role" in first_said(verdict_of(engine, question))


def test_a_report_cited_is_no_speaker(engine: Engine) -> None:
    verdict = verdict_of(engine, "What position does Emomali Rahmon hold according to the report on the XVIII meeting?")
    assert verdict.kind != "quote"
    assert "Chair" in present(engine.kb, verdict, TODAY).html


@pytest.mark.parametrize(
    "question",
    [
        "What were the four aims of the security bodies' work in 2025?",
        "What were the 4 aims in 2025",
        "Каковы четыре цели деятельности органов СНГ в сфере безопасности в 2025 году?",
    ],
)
def test_a_count_of_the_items_asked_for_does_not_outweigh_what_is_counted(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus[:1] == [AIMS]


def test_a_count_the_fact_does_not_enumerate_is_not_recorded(engine: Engine) -> None:
    verdict = verdict_of(engine, "What were the five aims of the security bodies in 2025?")
    assert verdict.kind == "not_recorded" and verdict.alternatives[:1] == [AIMS]


def test_a_month_adjective_is_the_month() -> None:
    assert tokens("июньском") == tokens("июня")
    assert tokens("августовское") == tokens("августа")
    assert tokens("майском") == tokens("мая")
    assert tokens("iyunskom") == tokens("июня")


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Что обсуждали на августовском заседании СМВД?", SPB),
        ("chto obsuzhdali na iyunskom soveshchanii", XVIII),
        ("Кто выступал на июньском совещании?", XVIII),
    ],
)
def test_a_meeting_dated_by_a_month_adjective(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and meeting in verdict.focus


@pytest.mark.parametrize(
    "question",
    [
        "What meetings were held the year before last?",
        "Сколько заседаний органы СНГ в сфере безопасности провели в позапрошлом году?",
        "Какие заседания прошли в позапрошлом году?",
    ],
)
def test_the_year_before_last_is_that_year(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.filters.get("years") == [2024]
    assert not verdict.items and "fact_meetings_2025" not in verdict.focus


@pytest.mark.parametrize(
    "question",
    [
        "Klemez — which department does he run?",
        "Klemez — what department is he in charge of?",
        "Klemez, which department does he lead?",
        "Клемез возглавляет какой департамент?",
    ],
)
def test_a_person_named_in_full_whose_post_explains_the_rest(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus == [KLEMEZ]


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("Какие решения приняли министры обороны СНГ на заседании в Душанбе?", "defence_ministers_council"),
        ("What did the defence ministers decide at their meeting?", "defence_ministers_council"),
        ("What did the Council of Border Troops Commanders decide?", "border_troops_commanders_council"),
    ],
)
def test_decisions_of_a_body_that_only_attended_a_meeting_are_not_recorded(
    engine: Engine, question: str, body: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_meetings"
    assert verdict.focus == [body] and XVIII in verdict.value["attended"]
