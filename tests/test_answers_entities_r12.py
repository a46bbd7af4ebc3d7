"""Entities of the twelfth round: what a person or a body does asked in words of occupation ("what
does Klemez do", "чем занимается Клемез", "chem zanimaetsya Trefilov") is answered from the entry
named, never declined or offered back; a place named with a wish the sources know nothing of
("where to eat in Dushanbe", "how to get to the centre of Moscow") is declined, not answered with a
meeting held there; a source's publication asked with "posted" or "came out" gives the source's date,
not the meeting's. Verdicts on the real knowledge base."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import KLEMEZ, PESKOV, SECRETARIES, TREFILOV, first_line, verdict_of


@pytest.mark.parametrize(
    ("question", "person", "post"),
    [
        ("what does Klemez do?", KLEMEZ, "Director"),
        ("What does Yevgeny Klemez do", KLEMEZ, "Director"),
        ("what is Klemez's job", KLEMEZ, "Director"),
        ("what does Denis Trefilov do", TREFILOV, "Deputy Secretary"),
        ("what does Peskov do?", PESKOV, "Press Secretary"),
        ("чем занимается Клемез", KLEMEZ, "Директор"),
        ("А чем занимается Трефилов?", TREFILOV, "Заместитель"),
        ("chem zanimaetsya Klemez", KLEMEZ, "Директор"),
        ("chem zanimaetsya Trefilov?", TREFILOV, "Заместитель"),
    ],
)
def test_what_a_person_does_is_his_post(engine: Engine, question: str, person: str, post: str) -> None:
    """The words of occupation frame the question: the name in it stays what is searched (the
    frame "what does X do" once took the name away with it and the question was declined)."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and person in verdict.focus, verdict
    assert post in first_line(engine, verdict)


@pytest.mark.parametrize(
    "question",
    ["what does the Defence Ministers Council do?", "чем занимается Совет министров обороны", "chem zanimaetsya ODKB"],
)
def test_what_a_body_does_is_its_card(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "card", verdict


def test_an_unknown_person_asked_what_he_does_is_not_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "what does Sergey Lebedev do?")
    assert not verdict.answered or verdict.kind == "not_recorded", verdict


@pytest.mark.parametrize(
    "question",
    [
        "where to eat in Dushanbe",
        "где поесть в Душанбе",
        "how to get from the airport to the centre of Moscow",
        "как доехать от аэропорта до центра Москвы",
        "kak doehat do Pitera",
        "taxi from Minsk airport price",
        "как добраться до Бишкека",
    ],
)
def test_a_place_asked_about_getting_there_or_eating_is_out_of_scope(engine: Engine, question: str) -> None:
    """A known city with a wish of travel ("how to get to the centre") is declined; the ATC's
    "Centre" alone names no body beside it, and the summit held in Dushanbe is not where to eat."""
    verdict = verdict_of(engine, question)
    assert not verdict.answered and verdict.reason == "out_of_scope", verdict


@pytest.mark.parametrize(
    ("question", "entity"),
    [("What happened in Dushanbe?", "mtg_2025_10_dushanbe_summit"), ("what meetings took place in Moscow", SECRETARIES)],
)
def test_a_place_asked_what_happened_there_is_still_answered(engine: Engine, question: str, entity: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and entity in verdict.items, verdict


@pytest.mark.parametrize(
    ("question", "dated"),
    [
        ("When was the item on the XVIII counter-terrorism meeting posted?", "16 June"),
        ("when was the news about the St Petersburg interior ministers meeting posted", "13 August"),
        ("когда вышла новость БелТА о заседании СМВД", "13 August"),
        ("когда вышла заметка о XVIII совещании", "16 June"),
        ("kogda vyshla statya pro Trefilova", "5 November"),
    ],
)
def test_a_source_posted_or_put_out_is_dated_by_the_source(engine: Engine, question: str, dated: str) -> None:
    """ "Posted", "вышла": the date the source bears, not the date of the meeting it reports."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "source", verdict
    assert isinstance(verdict.value, dict) and verdict.value["field"] == "date"
    assert dated in first_line(engine, verdict)


@pytest.mark.parametrize(
    "question",
    [
        "whose report is the article on the intelligence chiefs meeting in Moscow based on",
        "which agency is the article on the Moscow intelligence chiefs meeting citing?",
        "на кого ссылается статья о встрече руководителей спецслужб в Москве",
    ],
)
def test_whom_a_source_cites_is_its_publisher_record(engine: Engine, question: str) -> None:
    """Whom the article credits (TASS) is in its publisher's record; "which agency ... citing" asks no
    body of a field."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.attribute == "source", verdict
    assert "TASS" in first_line(engine, verdict) or "ТАСС" in first_line(engine, verdict)


def test_the_meeting_date_is_still_the_meeting_date(engine: Engine) -> None:
    verdict = verdict_of(engine, "When was the XVIII meeting?")
    assert verdict.attribute == "date" and "10 June 2025" in first_line(engine, verdict), verdict


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("совет по миграции", "migration_bodies_council"),
        ("Что такое совет по экологии?", "ecological_council"),
        ("совет по экологии", "ecological_council"),
        ("kak nazyvaetsya sovet po ekologii", "ecological_council"),
        ("chto takoe sovet po migracii", "migration_bodies_council"),
    ],
)
def test_an_informal_name_one_body_explains_is_that_body(engine: Engine, question: str, body: str) -> None:
    """ "Совет по миграции" for the Council of Heads of Migration Bodies: every word explained by one
    body's name in another form is that body, not "no body of that name" (and "ekologii" typed in
    Latin letters reads as the Russian word, whose stem the names hold as "ecolog")."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "card" and verdict.focus == [body], verdict


@pytest.mark.parametrize(
    "question",
    [
        "Совет начальников полиции СНГ",
        "the CIS Council of Police Chiefs",
        "where did the cis police council meet",
        "Совет министров иностранных дел СНГ",
        "Чем занимается Совет руководителей служб кибербезопасности СНГ?",
    ],
)
def test_a_body_no_name_explains_is_still_not_recorded(engine: Engine, question: str) -> None:
    """ "Police" is only a search alias of the tax investigation council: no informal name of it;
    "чем занимается Совет X" asks what the body named does, so an unknown X is still not recorded."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded", verdict


@pytest.mark.parametrize(
    "question", ["zagolovok stati BelTA pro sotrudnichestvo SNG", "kak nazyvaetsya statya BelTA"]
)
def test_a_title_asked_in_latin_letters_is_the_source_title(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "source" and isinstance(verdict.value, dict) and verdict.value["field"] == "title", verdict


@pytest.mark.parametrize(
    "question",
    [
        "programma sotrudnichestva po borbe s narkotikami na 2026-2030",
        "программа сотрудничества по борьбе с наркотиками на 2026-2030",
        "programme of cooperation against drug trafficking 2026-2030",
    ],
)
def test_a_programme_of_a_field_no_document_covers_is_not_recorded(engine: Engine, question: str) -> None:
    """Typed in Latin letters, the name's words are read as Russian ("narkotikami") and "s" joins
    them as "с" does: no programme on drugs is recorded, the Dushanbe documents are only the nearest."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_document", verdict


@pytest.mark.parametrize(
    "question",
    [
        "What is the Year of Peace and Unity in the Fight Against Nazism?",
        "Tell me about the Year of Peace and Unity in the Fight Against Nazism",
        "Что такое Год мира и единства в борьбе с нацизмом?",
    ],
)
def test_the_fight_in_a_name_asks_no_body(engine: Engine, question: str) -> None:
    """ "The Fight Against Nazism" is part of the year's name, not a body's work ("which body fights
    corruption"): the year is answered, never a body whose field words happen to match."""
    verdict = verdict_of(engine, question)
    assert verdict.answered and "fact_year_peace_unity_2025" in verdict.focus, verdict


@pytest.mark.parametrize(
    ("question", "body"),
    [("which body fights corruption?", "anti_corruption_council"), ("what body leads the fight against terrorism?", "atc")],
)
def test_a_body_that_fights_is_still_asked_for(engine: Engine, question: str, body: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and body in verdict.focus, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Tell me about the Concept of Information Security of the CIS",
        "the Concept of Information Security",
        "Концепция информационной безопасности СНГ",
    ],
)
def test_a_name_word_the_search_drops_still_names(engine: Engine, question: str) -> None:
    """ "Information" is a stop word of questions ("information about"), but inside a typed name it
    names: no document has it in its names, so the Military Cooperation Concept is only the nearest."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded" and verdict.reason == "no_document", verdict


def test_a_recorded_concept_is_still_answered(engine: Engine) -> None:
    verdict = verdict_of(engine, "What is the Military Cooperation Concept?")
    assert verdict.answered and verdict.focus == ["military_cooperation_concept_2030"], verdict


@pytest.mark.parametrize(
    "question",
    [
        "Что за учение Содружество-Антитеррор-2025?",
        "What is the Commonwealth-Antiterror-2025 exercise?",
        "chto za uchenie Sodruzhestvo-Antiterror-2025",
    ],
)
def test_a_word_of_the_full_name_beside_the_short_one_asks_for_the_entry(engine: Engine, question: str) -> None:
    """ "Учение" is in the exercise's full name: the question asks what the exercise is (planned for
    October 2025 in Tajikistan), not the note that happens to hold the word "exercise"."""
    verdict = verdict_of(engine, question)
    assert verdict.kind == "card" and verdict.focus == ["ex_2025_10_commonwealth_antiterror"], verdict
    assert "2025" in first_line(engine, verdict)


@pytest.mark.parametrize(
    ("question", "body"),
    [
        ("What is the CIS Council of Interior Ministers' 2026 action plan?", "interior_ministers_council"),
        ("What is the work plan of the ATC?", "atc"),
        ("план действий СМВД на 2026 год", "interior_ministers_council"),
        ("plan raboty Soveta ministrov oborony", "defence_ministers_council"),
    ],
)
def test_a_body_plan_of_action_is_not_stated(engine: Engine, question: str, body: str) -> None:
    """The sources record documents adopted, never a body's own plan of action or work: "not
    stated", never the body's card as if it answered."""
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "plan" and verdict.focus == [body] and verdict.value is None, verdict
