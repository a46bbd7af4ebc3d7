"""Yes/no questions of the fifth tuning round: the meeting a month or day names, a topic asked of the
meeting of a given day, and who reported a meeting. Verdicts on the real knowledge base."""

from __future__ import annotations

from datetime import date

import pytest

from bot.answers.engine import Engine

TODAY = date(2026, 11, 30)
XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"
SPB = "mtg_2025_08_12_interior_ministers"
SECRETARIES_13 = "mtg_2025_11_05_security_secretaries_13"
INTELLIGENCE = "mtg_security_intelligence_heads_moscow"


@pytest.mark.parametrize(
    "question",
    [
        "Заседание секретарей совбезов было 5 октября 2025?",
        "Did the Security Secretaries Council meet in October?",
        "Заседание Совета секретарей советов безопасности прошло в октябре?",
        "Was the Security Secretaries Council meeting held on 5 October?",
    ],
)
def test_month_of_another_meeting_is_a_wrong_date(engine: Engine, question: str) -> None:
    """A body named with a meeting of its own keeps that meeting: a month of another body's meeting
    (the Dushanbe summit was in October) is a wrong date, never a "yes" about the summit."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.kind == "yes_no"
    assert verdict.yes is False
    assert verdict.focus[0] == SECRETARIES_13


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Обсуждалось ли на антитеррористическом совещании 10 июня финансирование терроризма?", XVIII),
        ("Was terrorist financing discussed at the counter-terrorism meeting on 10 June?", XVIII),
        ("Говорили ли на антитеррористическом совещании 10 июня про беспилотники?", XVIII),
        ("Did the interior ministers discuss road safety on 12 August?", SPB),
    ],
)
def test_topic_asked_of_the_meeting_of_a_day(engine: Engine, question: str, meeting: str) -> None:
    """A right day identifies the meeting; the topic asked of it is the answer, with the statement."""
    verdict = engine.answer(question, today=TODAY)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "discussed")
    assert verdict.focus[0] == meeting
    assert verdict.statements


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Was the meeting of CIS intelligence chiefs in Moscow reported by TASS?", True),
        ("Рассказала ли пресс-служба СВР о повестке встречи глав спецслужб в Москве?", True),
        ("Сообщил ли ТАСС о встрече руководителей спецслужб СНГ в Москве?", True),
        ("Was the St Petersburg interior ministers meeting reported by TASS?", None),
        ("Did the SVR press office describe the interior ministers' meeting in St Petersburg?", None),
    ],
)
def test_who_reported_a_meeting(engine: Engine, question: str, yes: bool | None) -> None:
    """Who told of a meeting is in its record's notes; a participant list answers nothing about it,
    so a reporter not named there is "the sources do not say", never "no, not among the participants"."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.kind == "yes_no"
    assert verdict.yes is yes
    assert verdict.grounds != "not_listed"
    if yes:
        assert any("TASS" in s.en or "Foreign Intelligence" in s.en for s in verdict.statements)


@pytest.mark.parametrize(
    "question",
    [
        "Did Trefilov say the Dushanbe summit paid attention to good-neighbourliness?",
        "Рассказывал ли Трефилов об итогах октябрьских встреч в Душанбе?",
        "Говорил ли Трефилов, что саммит в Душанбе уделил внимание добрососедству?",
    ],
)
def test_what_a_person_said_of_another_meeting(engine: Engine, question: str) -> None:
    """Trefilov is named at the 13th meeting, where he spoke of the Dushanbe summit: what he said of
    it is the answer, not "the sources do not name him at the summit"."""
    verdict = engine.answer(question, today=TODAY)
    assert (verdict.yes, verdict.grounds) == (True, "discussed")
    assert verdict.focus[:2] == [SECRETARIES_13, "denis_trefilov"]
    assert "Dushanbe" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question", ["Did Trefilov speak at the Dushanbe summit?", "Выступал ли Трефилов на саммите в Душанбе?"]
)
def test_speaking_at_a_meeting_is_still_presence(engine: Engine, question: str) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is None
    assert verdict.focus[0] != SECRETARIES_13


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Поднимался ли на июньском совещании вопрос возвращения боевиков-террористов?", "terrorist-fighters"),
        ("Упоминались ли религиозные организации в связи с дерадикализацией?", "religious"),
        ("Говорили ли на четвёртой сессии об учебно-методической литературе?", "literature"),
        ("Was the return of terrorist fighters raised in June?", "terrorist-fighters"),
        ("Were religious organisations mentioned in connection with deradicalisation?", "religious"),
    ],
)
def test_topic_of_a_meeting_named_by_month_or_session(engine: Engine, question: str, words: str) -> None:
    """No name finds the meeting: the one meeting whose record covers the topic (in the month and
    session named) answers it, with the statement."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is True
    assert XVIII in verdict.focus
    assert words in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Говорили ли на второй сессии об учебно-методической литературе?",
        "Was the return of terrorist fighters raised in August?",
        "Обсуждали ли ядерную безопасность?",
    ],
)
def test_topic_in_another_session_or_month_is_no_yes(engine: Engine, question: str) -> None:
    """A statement of another session or month, or none at all, never makes a yes."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is not True


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Поднимался ли на СМВД в августе вопрос судебно-экспертной деятельности?", "forensic"),
        ("Did the interior ministers council discuss forensic expert activity?", "forensic"),
        ("Was cooperation against crimes committed with information technologies discussed by the CIS interior ministers?", "communication technologies"),
    ],
)
def test_second_body_named_is_the_topic(engine: Engine, question: str, words: str) -> None:
    """The one body with a meeting of its own names the meeting; another body's name in the question
    (the forensic council, the Executive Committee's "CIS") is the topic asked, not a second subject."""
    verdict = engine.answer(question, today=TODAY)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", True, "discussed")
    assert verdict.focus == [SPB]
    assert words in verdict.statements[0].en


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Затрагивали ли министры внутренних дел тему безопасности на дорогах?", True),
        ("Затрагивали ли на СМВД тему миграции?", True),
        ("Did the XVIII meeting touch on drones?", True),
        ("Затрагивали ли на XVIII совещании ядерную безопасность?", None),
    ],
)
def test_touched_on_asks_what_was_discussed(engine: Engine, question: str, yes: bool | None) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert verdict.kind == "yes_no"
    assert verdict.yes is yes
    assert verdict.grounds == ("discussed" if yes else "not_discussed")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Было ли на заседании СМВД в Петербурге девять государств?", False),
        ("Было ли на заседании СМВД в Петербурге восемь государств?", True),
        ("Было ли на заседании министров внутренних дел в Санкт-Петербурге 10 государств?", False),
    ],
)
def test_count_of_a_meeting_found_through_its_body(engine: Engine, question: str, yes: bool) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "count")
    assert verdict.focus == [SPB]


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Did the second session of the XVIII meeting cover digital tools against terrorist financing?", True),
        ("Обсуждались ли на второй сессии XVIII совещания цифровые инструменты против финансирования терроризма?", True),
        ("Did the fourth session of the XVIII meeting cover digital tools against terrorist financing?", None),
    ],
)
def test_a_session_named_by_its_ordinal_is_where_to_look(engine: Engine, question: str, yes: bool | None) -> None:
    """ "The second session" names one session (never a count of two): its statements answer, and a
    statement of another session makes no yes."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.kind == "yes_no"
    assert verdict.grounds != "count"
    assert verdict.yes is yes


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Учения «Содружество-Антитеррор – 2025» должны были пройти в Казахстане?", False),
        ("Учения Содружество-Антитеррор 2025 должны пройти в Таджикистане?", True),
        ("Должны ли учения Содружество-Антитеррор 2025 состояться в Киргизии?", False),
    ],
)
def test_where_an_exercise_is_to_take_place(engine: Engine, question: str, yes: bool) -> None:
    verdict = engine.answer(question, today=TODAY)
    assert (verdict.kind, verdict.yes, verdict.grounds) == ("yes_no", yes, "place")


@pytest.mark.parametrize(
    ("question", "yes"),
    [
        ("Were nine states represented at the XVIII meeting?", True),
        ("Were 10 states represented at the XVIII meeting?", False),
        ("Было ли на XVIII совещании пять специализированных секций?", False),
    ],
)
def test_stated_count_of_a_listed_group(engine: Engine, question: str, yes: bool) -> None:
    """The source states nine states and names eight: the stated count answers an exact number, a
    number neither stated nor listed is a no; a cardinal ("пять") is a count, not an ordinal."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is yes


@pytest.mark.parametrize(
    "question",
    [
        "Was the development of mutual legal assistance one of the aims of the bodies in 2025?",
        "Was ensuring stability in the Commonwealth one of the aims of the security bodies in 2025?",
    ],
)
def test_one_of_asserts_no_number(engine: Engine, question: str) -> None:
    """ "One of the aims" asserts no number 1 that the record would have to hold."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.yes is True


def test_warned_is_said(engine: Engine) -> None:
    verdict = engine.answer("Did Klemez warn about money laundering?", today=TODAY)
    assert (verdict.kind, verdict.yes) == ("quote", True)
    assert "laundering" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Was protecting the environment one of the aims of the bodies in 2025?",
        "Было ли сохранение окружающей среды одной из целей органов в 2025 году?",
    ],
)
def test_aims_of_bodies_are_not_what_a_body_is(engine: Engine, question: str) -> None:
    """A body's name reached by a topic word in a question about the bodies' aims is no question of
    whether it is a CIS body: never "Yes, the Ecological Council is a CIS body"."""
    verdict = engine.answer(question, today=TODAY)
    assert verdict.grounds not in ("cis_body", "category")
    assert verdict.yes is not True
