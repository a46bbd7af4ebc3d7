"""Attribution questions of the eleventh round: "what's X short for" is an abbreviation question,
"who heads <body>" says first when the sources name no head. Verdicts on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import first_line, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("what's CIS short for", "Commonwealth of Independent States"),
        ("what is EAG short for?", "Eurasian Group"),
        ("expand BCOC", "Bureau for Coordination"),
        ("ОДКБ — сокращение от чего?", "Организация Договора о коллективной безопасности"),
        ("АТЦ это сокращение чего", "Антитеррористический центр"),
    ],
)
def test_short_for_asks_the_expansion(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
    assert words in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Кто руководит Бюро по координации борьбы с организованной преступностью?", "bcoc"),
        ("who heads the Council of Defence Ministers?", "defence_ministers_council"),
        ("кто возглавляет ЕАГ?", "eag"),
        ("Кто руководит Советом руководителей пенитенциарных служб?", "penitentiary_services_council"),
        ("kto rukovodit sovetom ministrov oborony?", "defence_ministers_council"),
    ],
)
def test_who_heads_a_body_without_a_named_head_says_so_first(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "head" and verdict.reason == "not_stated", verdict
    assert verdict.focus == [entity]
    line = first_line(engine, verdict)
    assert "do not name the head" in line or "не называют руководителя" in line


def test_who_heads_a_department_with_a_named_director_names_him(engine: Engine) -> None:
    verdict = verdict_of(engine, "кто возглавляет департамент по сотрудничеству в сфере безопасности?")
    assert "Клемез" in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "entity"),
    [
        ("Какой орган СНГ занимается уголовно-исполнительной системой?", "penitentiary_services_council"),
        ("which CIS body is responsible for the penal system?", "penitentiary_services_council"),
        ("kakoy organ SNG zanimaetsya ugolovno-ispolnitelnoy sistemoy?", "penitentiary_services_council"),
        ("кто в СНГ отвечает за исполнение наказаний?", "penitentiary_services_council"),
        ("кто в СНГ занимается защитой госграницы?", "border_troops_commanders_council"),
        ("which CIS body deals with fire safety?", "emergencies_council"),
    ],
)
def test_everyday_words_of_a_field_find_its_body(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.focus and verdict.focus[0] == entity, verdict


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Откуда BelTA узнало о словах Клемеза?", "пресс-служб"),
        ("Откуда БелТА узнало о заседании министров внутренних дел?", "пресс-служб"),
        ("otkuda BelTA uznalo o slovah Klemeza?", "пресс-служб"),
        ("where did BelTA learn about the interior ministers meeting?", "press service of the CIS Executive Committee"),
        ("how did BelTA know what Klemez said?", "press service of the CIS Executive Committee"),
        ("Какое российское ведомство рассказало о повестке встречи руководителей спецслужб СНГ?", "внешней разведки"),
        ("which Russian agency described the agenda of the Moscow intelligence chiefs meeting?", "Foreign Intelligence"),
        ("какая служба сообщила о заседании совета министров внутренних дел?", "БелТА"),
    ],
)
def test_who_told_the_news_is_the_sources_informant_or_publisher(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "source", verdict
    assert words in html_of(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "Who was the Chair of the Council of Heads of CIS States at the time of the XVIII meeting?",
        "Кто был председателем Совета глав государств СНГ на момент XVIII совещания?",
        "кто председательствовал в Совете глав государств во время XVIII совещания?",
    ],
)
def test_a_numbered_meeting_that_dates_the_question_is_no_meeting_of_the_body(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
    assert "Rahmon" in first_line(engine, verdict) or "Рахмон" in first_line(engine, verdict)


def test_who_chaired_a_numbered_meeting_alone_is_still_not_stated(engine: Engine) -> None:
    verdict = verdict_of(engine, "who chaired the XVIII meeting?")
    assert verdict.reason == "no_chair", verdict


@pytest.mark.parametrize(
    ("question", "named"),
    [
        ("What did the CSTO representative say at the 13th Security Secretaries Council meeting?", "csto"),
        ("что сказал представитель ОДКБ на 13-м заседании Совета секретарей советов безопасности?", "csto"),
        ("What did the EAG representative say at the meeting of interior ministers in St Petersburg?", "eag"),
        ("what did Kazakhstan say at the 13th meeting of the Security Secretaries Council?", "kazakhstan"),
    ],
)
def test_what_an_organisation_said_at_a_meeting_where_none_of_it_spoke_is_not_recorded(
    engine: Engine, question: str, named: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "not_said", verdict
    assert verdict.value["person"] == named


def test_an_organisation_whose_official_spoke_of_the_meeting_is_no_absence(engine: Engine) -> None:
    verdict = verdict_of(engine, "что говорил представитель Исполкома СНГ на заседании министров внутренних дел?")
    assert verdict.reason != "not_said", verdict


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("wat did the intel chiefs in moskow discus", "agenda"),
        ("што клемез гаварил про киберпреступность", "Клемез"),
        ("шо клемез гаварил про наркотики", "Клемез"),
        ("што клемез гаварил про кибер преступность", "Клемез"),
    ],
)
def test_verbs_of_saying_spelt_as_spoken_are_read(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind != "clarify", verdict
    assert words in first_line(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "What did the Council of Heads of State decide during its 13th meeting?",
        "who chaired the Council of Heads of State during its 18th meeting?",
    ],
)
def test_a_numbered_meeting_of_the_body_itself_is_still_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "number", verdict
