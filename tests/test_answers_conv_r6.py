"""Round 6, statements and conversation turns: what a person said asked by topic in everyday or
Latin-typed words, "he" in a follow-up, topics in words no name has, two bodies together, a term
of the documents, a name quoted amid chatter."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict

INTERIOR_12_AUGUST = "mtg_2025_08_12_interior_ministers"
SECRETARIES_13 = "mtg_2025_11_05_security_secretaries_13"
XVIII = "mtg_2025_06_10_counter_terrorism_heads_18"


def converse(engine: Engine, *questions: str) -> list[Verdict]:
    verdicts: list[Verdict] = []
    context = None
    for question in questions:
        verdict = engine.answer(question, context=context)
        verdicts.append(verdict)
        if verdict.answered:
            context = verdict
    return verdicts


def said(verdict: Verdict) -> str:
    return " ".join(f"{s.en} {s.ru}" for s in verdict.statements)


# --- what a person said, asked by topic ---------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Klemez pro pamyat o voyne - chto on skazal?",
        "Что Клемез сказал про память о войне?",
        "What did Klemez say about the memory of the war?",
    ],
)
def test_two_remarks_that_together_answer_the_topic_are_quoted(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "quote" and verdict.focus[0] == "yevgeny_klemez", verdict
    assert "historical memory" in said(verdict) and "war" in said(verdict), verdict.statements


def test_a_figure_asked_of_a_person_is_no_pair_of_remarks(engine: Engine) -> None:
    # No figure of the damage is recorded: two remarks that share words are no answer to "how much".
    verdict = engine.answer("Во сколько Клемез оценил ущерб от киберпреступности в странах СНГ?")
    assert verdict.kind != "quote", verdict


@pytest.mark.parametrize(
    "question",
    [
        "Как Рахмон оценил работу Антитеррористического центра СНГ?",
        "How did Rahmon assess the work of the Anti-Terrorism Center?",
    ],
)
def test_how_a_person_assessed_something_is_what_they_said_of_it(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "quote" and verdict.focus[0] == "emomali_rahmon", verdict
    assert "contribution" in said(verdict), verdict.statements


def test_assessments_of_an_organisation_stay_its_description(engine: Engine) -> None:
    # "assessment" is a noun of the EAG's description, not a person assessing.
    verdict = engine.answer("EAG assessments: based on which standards?")
    assert verdict.focus == ["eag"] and "FATF" in said(verdict), verdict


@pytest.mark.parametrize(
    "question",
    ["What did Yevgeny Klemez tell the media in August 2025?", "Что Клемез заявил журналистам в августе 2025 года?"],
)
def test_when_and_to_whom_something_was_said_do_not_narrow_it(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "quote" and verdict.focus == ["yevgeny_klemez"], verdict
    assert "solidarity" in said(verdict), verdict.statements


def test_a_month_not_recorded_for_the_statements_is_said(engine: Engine) -> None:
    verdict = engine.answer("What did Klemez tell the media in November 2025?")
    assert verdict.kind == "not_recorded" and verdict.value == {"what": "month", "asked": 11, "recorded": 8}, verdict


def test_a_press_office_asked_for_is_no_audience(engine: Engine) -> None:
    verdict = engine.answer("Чья пресс-служба рассказала о повестке встречи руководителей спецслужб СНГ в Москве?")
    assert "Foreign Intelligence" in said(verdict), verdict


# --- "he" in a follow-up ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "follow_up",
    ["а про Шанхайскую организацию он что-нибудь говорил?", "did he say anything about the Shanghai Cooperation Organization?"],
)
def test_he_is_the_person_the_previous_answer_named(engine: Engine, follow_up: str) -> None:
    _, speaker, verdict = converse(
        engine, "Расскажи про ноябрьское заседание секретарей советов безопасности СНГ", "а кто там выступал с приветствием?",
        follow_up,
    )
    assert speaker.value[0]["person"] == "denis_trefilov"
    # His own words do not mention the SCO; the note of the meeting he spoke at says what the
    # article wrote between them, without making it his.
    assert verdict.kind == "quote" and verdict.focus == [SECRETARIES_13], verdict
    assert "observer" in said(verdict) and all(s.speaker is None for s in verdict.statements)


@pytest.mark.parametrize(
    "follow_up", ["did he say anything about corruption?", "а он что-нибудь говорил про коррупцию?"]
)
def test_he_after_a_meeting_is_the_one_person_whose_words_it_records(engine: Engine, follow_up: str) -> None:
    _, verdict = converse(engine, "which city did the CIS interior ministers meet in?", follow_up)
    # his words, or a yes on them ("did he say anything…" asks for yes or no)
    assert verdict.kind in ("quote", "yes_no") and verdict.focus[0] == "yevgeny_klemez", verdict
    assert verdict.kind == "quote" or verdict.yes is True
    assert "corruption" in said(verdict)


def test_he_in_a_question_of_when_is_left_to_the_usual_follow_up(engine: Engine) -> None:
    _, verdict = converse(engine, "What did Peskov say about CIS cooperation?", "when did he say it?")
    assert verdict.kind != "not_recorded", verdict


@pytest.mark.parametrize("follow_up", ["why was that place symbolic?", "why was that city symbolic?"])
def test_a_short_name_lets_a_statement_answer_a_follow_up(engine: Engine, follow_up: str) -> None:
    _, verdict = converse(engine, "which city did the CIS interior ministers meet in?", follow_up)
    assert verdict.kind == "quote" and verdict.statements[0].entity == INTERIOR_12_AUGUST, verdict
    assert "symbolic significance" in verdict.statements[0].en


# --- topics, terms, two bodies, chatter --------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "drones and terrorism - anything in your materials?",
        "беспилотники и терроризм — есть что-нибудь?",
        "bespilotniki i terrorizm - chto-nibud est?",
    ],
)
def test_words_before_an_anything_tail_find_the_statement(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "quote" and verdict.focus == [XVIII], verdict
    assert "unmanned aerial vehicles" in said(verdict)


@pytest.mark.parametrize("question", ["football - anything?", "nuclear weapons - anything?"])
def test_an_anything_tail_on_an_unknown_subject_is_still_declined(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert not verdict.answered and verdict.reason == "out_of_scope", verdict


@pytest.mark.parametrize(
    "question",
    ["Is there a CIS body for weather and climate services?", "Is there a CIS body for weather services?"],
)
def test_the_field_asked_beats_a_word_shared_with_another_name(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.answered and verdict.focus == ["hydrometeorology_council"], verdict


@pytest.mark.parametrize(
    "question",
    ["Какой орган СНГ занимается техногенными катастрофами?", "Who handles catastrophes in the CIS?"],
)
def test_catastrophes_are_the_emergencies_council(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.answered and verdict.focus == ["emergencies_council"], verdict


@pytest.mark.parametrize("question", ["БПЛА — что это значит в материалах о терроризме?", "UAV — что это значит?"])
def test_what_does_it_mean_asks_for_a_term(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.answered and verdict.attribute == "term", verdict
    assert "unmanned aerial vehicle" in verdict.value["terms"]


@pytest.mark.parametrize(
    "question",
    ["EAG + ATC ??? what did they do together", "ЕАГ и АТЦ — что они делали вместе?", "What did the EAG and the ATC do together?"],
)
def test_two_bodies_joined_are_two_entries(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "quote" and "eag" in verdict.focus, verdict
    assert "money laundering" in said(verdict)


def test_a_body_named_as_another_organisations_is_still_a_look_alike(engine: Engine) -> None:
    verdict = engine.answer("the CSTO Defence Ministers Council")
    assert verdict.kind == "not_recorded" and verdict.reason == "no_body", verdict


def test_a_name_quoted_amid_chatter_is_answered(engine: Engine) -> None:
    verdict = engine.answer(
        "Hey, sorry if this is a silly question, but I keep seeing 'Year of Peace and Unity' in CIS news - what's that about?"
    )
    assert verdict.kind == "card" and verdict.focus == ["fact_year_peace_unity_2025"], verdict


# --- look-alikes that assume a fact not recorded ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "person"),
    [
        ("Евгений Клемез давно возглавляет департамент? С какого года?", "yevgeny_klemez"),
        ("How long has Klemez been director of the department?", "yevgeny_klemez"),
        ("When did Trefilov become Deputy Secretary-General?", "denis_trefilov"),
        ("s kakogo goda Klemez direktor departamenta?", "yevgeny_klemez"),
    ],
)
def test_since_when_a_post_is_held_is_not_recorded(engine: Engine, question: str, person: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "fact" and verdict.reason == "not_stated" and verdict.attribute == "tenure", verdict
    assert verdict.focus == [person]


def test_since_when_a_body_exists_is_still_its_date(engine: Engine) -> None:
    verdict = engine.answer("Since when has the ATC existed?")
    assert verdict.value == {"date": "2000"}, verdict


@pytest.mark.parametrize(
    "question",
    [
        "Какие страны вступили в формат «СНГ плюс» после саммита в Душанбе?",
        "Which countries have joined the CIS Plus format?",
        "Кто присоединился к формату СНГ плюс?",
    ],
)
def test_joiners_asked_of_a_record_that_names_none_are_not_recorded(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "not_recorded" and verdict.reason == "joiners", verdict
    assert verdict.value == {"target": "decision_cis_plus"}


def test_a_named_joiner_is_still_its_own_look_alike(engine: Engine) -> None:
    verdict = engine.answer("Has Iran joined the CIS Plus format?")
    assert verdict.kind == "not_recorded" and verdict.reason == "unknown_name", verdict


def test_what_a_source_said_about_a_meetings_agenda_is_the_agenda(engine: Engine) -> None:
    verdict = engine.answer(
        "What did the Russian Foreign Intelligence Service say about the agenda of the meeting of CIS intelligence chiefs in Moscow?"
    )
    assert verdict.kind == "fact" and verdict.attribute == "agenda", verdict
    assert any("tasks and priorities" in s.en for s in verdict.statements)


@pytest.mark.parametrize(
    "question",
    [
        "Как зовут генерального прокурора России, который предложил реформировать Совет прокуроров СНГ?",
        "What is the name of the Russian Prosecutor General who recommended reforms to the CIS Council of Prosecutors?",
        "kak zovut genprokurora Rossii kotoryj predlozhil reformu Soveta prokurorov?",
    ],
)
def test_the_name_of_someone_recorded_by_post_only_is_not_recorded(engine: Engine, question: str) -> None:
    verdict = engine.answer(question)
    assert verdict.kind == "not_recorded" and verdict.reason == "unnamed", verdict
    assert verdict.statements[0].entity == "fact_prosecutor_general_reforms"


def test_the_name_of_a_post_holder_the_sources_name_is_still_given(engine: Engine) -> None:
    verdict = engine.answer("Как зовут пресс-секретаря президента России?")
    assert verdict.answered and verdict.focus[0] == "dmitry_peskov", verdict


def test_a_basic_question_is_no_basic_organisation(engine: Engine) -> None:
    # Chatter ("sorry for the basic question") once read as the category and answered "No. the CIS
    # is not a basic organisation".
    verdict = engine.answer(
        "Sorry for the basic question, I keep reading about the 'Commonwealth of Independent States Plus' format"
        " in the news - what is it?"
    )
    assert verdict.kind != "yes_no", verdict
    assert engine.answer("Which basic organisations of the CIS are there?").kind == "list"
