"""Define questions of the thirteenth round, on the real knowledge base: a lead-in clause before a
dash only gives the context of the "what is" question after it ("Klemez spoke about RATS - what is
RATS?"), or is the very name the question points back at ("ФАТФ - что это и при чём тут СНГ?").
Each is asked about several entries, in both languages."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.answers.questionwords import asked_after_lead_in
from tests.answer_helpers import html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("The XVIII meeting was attended by the BCOC - what is the BCOC?", "bcoc"),
        ("Rahmon praised the ATC - what is the ATC?", "atc"),
        ("The June report mentions the EAG Secretariat - what is the EAG?", "eag"),
        ("Кодекс упоминает СОРБ — что такое СОРБ?", None),
        ("В июньском отчёте есть ЕАГ — что такое ЕАГ?", "eag"),
        ("В отчёте упоминается БКБОП - что это такое?", "bcoc"),
        ("v otchete upominaetsya ATC - chto eto?", "atc"),
    ],
)
def test_a_lead_in_before_a_dash_is_context_of_the_what_is_question(engine: Engine, question: str, entity: str | None) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card", verdict
    if entity is not None:
        assert verdict.focus[:1] == [entity], verdict


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("ООН - что это и при чём тут СНГ?", "un"),
        ("ФАТФ - что это и при чём тут СНГ?", "fatf"),
        ("CSTO - what is it and what does it have to do with the CIS?", "csto"),
        ("БКБОП — что это и чем занимается?", "bcoc"),
    ],
)
def test_a_name_before_a_dash_is_what_the_question_points_back_at(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card" and verdict.focus[:1] == [entity], verdict


@pytest.mark.parametrize(
    "question",
    [
        "Bortnikov chaired the SORB meeting - who is Bortnikov?",  # a person's lead-in tells which one
        "The Council of Heads of State took a decision in 2000 - what was it?",  # no name to point at
        "In 2025 the ministers met in Minsk - what is the SRMO?",  # a subject the clause does not name
        "what is the ATC?",
    ],
)
def test_other_dashes_are_left_as_they_are(question: str) -> None:
    assert asked_after_lead_in(question) == question


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "Good evening! I'm a teacher planning a civics class - did any of these CIS meetings talk about young people? What was said?",
            "youth",
        ),
        ("I'm a teacher - did any CIS meetings talk about young people?", "youth"),
        ("I'm a teacher planning a lesson - did any CIS meeting discuss drones?", "unmanned"),
        ("Добрый день! Я учитель истории, готовлю урок — говорили ли на встречах СНГ о молодёжи? Что именно?", "молодёж"),
    ],
)
def test_the_askers_introduction_says_who_asks_not_what(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "yes_no" and verdict.yes is True, verdict
    assert words in html_of(engine, verdict)


def test_an_introduction_naming_an_entry_stays_part_of_the_question(engine: Engine) -> None:
    verdict = verdict_of(engine, "I'm writing about the Migration Bodies Council - when did it last meet?")
    assert verdict.focus[:1] == ["migration_bodies_council"] or "Migration" in html_of(engine, verdict), verdict
    assert "Number of meetings" not in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Which CIS council brings together the units that track suspicious money flows?",
        "Which body tracks suspicious money transfers?",
    ],
)
def test_a_word_of_a_field_with_one_shared_with_another_names_the_body(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.focus[:1] == ["financial_intelligence_council"], verdict


@pytest.mark.parametrize("question", ["Which council deals with money?", "Which council deals with suspicious people?"])
def test_a_shared_or_single_word_alone_names_no_body(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.focus[:1] != ["financial_intelligence_council"], verdict


def test_a_list_of_named_bodies_is_no_field(engine: Engine) -> None:
    # "сотрудничества" is a word of the entries' names: with "министров" (two councils) no field
    verdict = verdict_of(engine, "Какие советы министров входят в 16 отраслевых органов сотрудничества?")
    assert len(verdict.items) >= 2 or verdict.focus[:1] != ["defence_ministers_council"], verdict


def test_a_kindly_request_around_the_question_is_no_yes_no_question(engine: Engine) -> None:
    verdict = verdict_of(
        engine,
        "I'm a student writing a paper and I'm a bit lost... could you kindly tell me who gave the welcoming speech "
        "at the Security Secretaries Council in November 2025?",
    )
    assert verdict.kind != "yes_no" and "Trefilov" in html_of(engine, verdict), verdict


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("kakaya organizatsiya otchitalas o sovmestnoy rabote s ATC SNG po natsionalnym sistemam POD?", "ЕАГ"),
        ("какая организация отчиталась о совместной работе с АТЦ СНГ по национальным системам ПОД?", "ЕАГ"),
        ("Which organisation reported on joint work with the CIS ATC on national AML systems?", "EAG"),
        ("Who reported on AML systems at the XVIII meeting?", "EAG"),
    ],
)
def test_letters_the_answers_entries_spell_out_are_no_unknown_name(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.reason != "unknown_name", verdict
    assert words in html_of(engine, verdict)


def test_letters_nothing_spells_out_are_still_unknown(engine: Engine) -> None:
    verdict = verdict_of(engine, "Which organisation reported on joint work with the CIS ATC on national QZX systems?")
    assert not (verdict.answered and "QZX" not in html_of(engine, verdict)), verdict
