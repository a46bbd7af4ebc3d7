"""Topics, quotes and a meeting's participants asked in the ways fresh questions ask them, on the
real knowledge base: "what was <meeting> about" / "о чём было <meeting>" (its agenda, or what it
decided when no agenda is recorded), "процитируй X о Y" / "cite X on Y" (his words), "какие слова X
прозвучали на пленарном заседании" (what he said there), "<meeting> — what did <organisation> get"
(the decision about it), "list the international organisations at <meeting>" and "skolko ...
prishlo" (that group of its participants).

Verdicts are asserted, not wording; "today" is always handed in.
"""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import DUSHANBE, INTEL, SECRETARIES, SPB, XVIII, verdict_of


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("what was the St Petersburg interior ministers meeting about", SPB),
        ("о чём было заседание секретарей советов безопасности 5 ноября?", SECRETARIES),
        ("o chem bylo XVIII soveshchanie", XVIII),
        ("What was the meeting of the security service chiefs in Moscow about?", INTEL),
        ("О чём была встреча руководителей спецслужб СНГ в Москве?", INTEL),
    ],
)
def test_what_a_meeting_was_about_is_its_agenda(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.focus) == ("fact", "agenda", [meeting])
    assert verdict.statements


@pytest.mark.parametrize("question", ["What was the Dushanbe summit about?", "О чём был саммит в Душанбе?"])
def test_what_a_meeting_without_agenda_was_about_is_what_it_decided(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.focus) == ("fact", "outcomes", [DUSHANBE])
    assert any("Observer" in statement.en for statement in verdict.statements)


def test_what_the_agenda_was_is_not_read_as_its_outcomes(engine: Engine) -> None:
    """No agenda recorded and the agenda asked: its decisions are no agenda."""
    verdict = verdict_of(engine, "what was on the agenda of the Dushanbe summit")
    assert verdict.attribute != "outcomes"


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("Процитируй Трефилова о формате СНГ плюс", "denis_trefilov", "площадку"),
        ("Процитируй Клемеза о миграции", "yevgeny_klemez", "миграции"),
        ("Процитируй Трефилова о молодёжи", "denis_trefilov", "молодёжи"),
        ("procitiruy Klemeza o istoricheskoy pamyati", "yevgeny_klemez", "исторической памяти"),
        ("Cite Trefilov on youth", "denis_trefilov", "youth"),
    ],
)
def test_quote_someone_on_a_topic_gives_his_words(engine: Engine, question: str, person: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.focus) == ("quote", [person])
    first = verdict.statements[0]
    assert words in (first.ru if verdict.lang == "ru" else first.en)


@pytest.mark.parametrize(
    "question",
    [
        "Какие слова Рахмона прозвучали на пленарном заседании?",
        "Что сказал Рахмон на пленарном заседании?",
        "kakie slova Rahmona prozvuchali na plenarnom zasedanii",
    ],
)
def test_words_heard_at_a_session_are_what_he_said_there(engine: Engine, question: str) -> None:
    """The session says where he spoke; the note that his address was "heard" says nothing he said."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote"
    assert any("2000" in statement.en for statement in verdict.statements)
    assert all("2000" in statement.en or "contribution" in statement.en for statement in verdict.statements)


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("dushanbe summit - what did SCO get", "Observer"),
        ("что получила ШОС на саммите в Душанбе", "Observer"),
        ("Dushanbe summit - what did the UN get?", "United Nations"),
    ],
)
def test_what_an_organisation_got_at_a_meeting_is_the_decision_about_it(
    engine: Engine, question: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.attribute, verdict.focus) == ("fact", "outcomes", [DUSHANBE])
    assert words in verdict.statements[0].en


def test_an_organisation_a_meetings_outcomes_name_is_no_lookalike(engine: Engine) -> None:
    """The statement is to be distributed at the UN: "nothing recorded for the UN" would be wrong."""
    verdict = verdict_of(engine, "что получила ООН по итогам саммита в Душанбе?")
    assert verdict.kind != "not_recorded"


@pytest.mark.parametrize(
    ("question", "kind", "items"),
    [
        ("List the international organisations at the XVIII counter-terrorism meeting", "list", {"csto", "rats_sco", "eag"}),
        ("Перечисли международные организации на XVIII совещании", "list", {"csto", "rats_sco", "eag"}),
        ("perechisli mezhdunarodnye organizacii na iyunskom soveshchanii", "list", {"csto", "rats_sco", "eag"}),
        (
            "a mezhdunarodnyh organizaciy na iyunskom antiterror soveshchanii skolko prishlo",
            "count",
            {"csto", "rats_sco", "eag"},
        ),
        ("Сколько международных организаций пришло на июньское совещание?", "count", {"csto", "rats_sco", "eag"}),
        ("List the CIS bodies at the St Petersburg meeting", "list", {"atc", "bcoc"}),
    ],
)
def test_a_group_at_a_meeting_is_that_group_of_its_participants(
    engine: Engine, question: str, kind: str, items: set[str]
) -> None:
    verdict = verdict_of(engine, question)
    if kind == "count":
        # counted as the meeting's own figures are ("3 organisations")
        assert (verdict.kind, verdict.attribute) == ("fact", "count")
        assert isinstance(verdict.value, dict)
        assert (verdict.value["number"], set(verdict.value["items"])) == (len(items), items)
    else:
        assert (verdict.kind, verdict.attribute) == ("list", "participant")
        assert set(verdict.items) == items


def test_a_yes_no_about_a_group_at_a_meeting_stays_yes_or_no(engine: Engine) -> None:
    verdict = verdict_of(engine, "Была ли ОДКБ среди международных организаций на XVIII совещании?")
    assert (verdict.kind, verdict.yes) == ("yes_no", True)


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("о чём говорил Трефилов?", "denis_trefilov"),
        ("What did Klemez talk about?", "yevgeny_klemez"),
        ("О чём рассказал Рахмон?", "emomali_rahmon"),
    ],
)
def test_what_someone_talked_about_is_what_he_said(engine: Engine, question: str, person: str) -> None:
    """ "о чём", "about" at the end: the topic is asked, none is named ("чём" is no topic)."""
    verdict = verdict_of(engine, question)
    assert (verdict.kind, verdict.focus) == ("quote", [person])
    assert verdict.statements
