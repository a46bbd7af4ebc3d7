"""Round 10, quotes: a statement asked by its content answers with the speaker's words that hold it
("how did Trefilov describe the CIS Plus format", "Klemez said some crimes transcend national
borders. Which ones?", "что, по словам Трефилова, определяют принятые в Душанбе документы"); a
source cited with the meeting it reports on is where the words were read, not what is asked; "где
обсуждали <topic>" is the meeting whose agenda holds it; a document asked by kind and meeting
("the full title of the concept approved at ...") is that document, by name."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import (
    BORDER,
    CONCEPT,
    DUSHANBE,
    INTEL,
    KLEMEZ,
    SECRETARIES,
    SPB,
    TERRORISM,
    XVIII,
    html_of,
    verdict_of,
)

TREFILOV = "denis_trefilov"
RAHMON = "emomali_rahmon"
PESKOV = "dmitry_peskov"
PUTIN = "vladimir_putin"
JOINT_STATEMENT = "joint_statement_transnational_crime"


@pytest.mark.parametrize(
    "question",
    [
        "What did Klemez say about ministries?",
        "What did Klemez say the interior ministries are improving?",
        "What are the interior ministries improving?",
    ],
)
def test_english_little_words_keep_english(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.lang == "en"


def test_latin_typed_russian_stays_russian(engine: Engine) -> None:
    verdict = verdict_of(engine, "Chto skazal Klemez o ministrah?")
    assert verdict.lang == "ru"
    assert KLEMEZ in verdict.focus


# --- describing is saying ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("How did Trefilov describe the CIS Plus format?", TREFILOV, "platform for cooperation"),
        ("Как Трефилов охарактеризовал формат СНГ плюс?", TREFILOV, "площадку для сотрудничества"),
        ("How did Klemez describe the work of the Interior Ministers Council?", KLEMEZ, "productive and dynamic"),
        ("Как Рахмон охарактеризовал вклад Антитеррористического центра?", RAHMON, "значительный вклад"),
        ("How did Peskov describe cooperation within the CIS?", PESKOV, "deep potential"),
        # "role" asks the Council's role here, not his post; the index's stem "charact" is the verb
        ("How did Klemez characterise the role of the Interior Ministers Council?", KLEMEZ, "crucial role"),
    ],
)
def test_how_someone_described_it_is_his_words(engine: Engine, question: str, person: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered
    assert person in verdict.focus
    assert any(words in statement.get(verdict.lang) for statement in verdict.statements)


# --- a question that points back at the sentence before it ---------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Klemez said some crimes transcend national borders. Which ones?", "money laundering and corruption"),
        ("Klemez mentioned a threat linked to drugs. Which one?", "drug trafficking"),
        ("Klemez govoril o prestupleniyah, kotorye vyhodyat za nacionalnye granicy. Kakie?", "отмыванию денег"),
        ("Rahmon noted the validity of a decision. Which one?", "2000"),
        (
            "Трефилов выразил надежду на результаты совместной работы экспертов. Каких именно?",
            "правоохранительной и гуманитарной",
        ),
    ],
)
def test_which_ones_asks_about_the_sentence_before(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.answered
    assert any(words in statement.get(verdict.lang) for statement in verdict.statements)
    assert words in html_of(engine, verdict)


# --- a cited source's topic ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        (
            "What do the Dushanbe decisions confirm about the CIS, according to the report on the security "
            "secretaries' meeting?",
            "openness",
        ),
        ("Что подтверждают решения Душанбе, согласно сообщению о 13-м заседании секретарей совбезов?", "открытость"),
    ],
)
def test_a_meeting_a_cited_report_is_about_is_no_look_alike(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "not_recorded" and verdict.answered
    assert DUSHANBE in verdict.focus
    assert words in verdict.statements[0].get(verdict.lang)


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("Как Путин предлагал провести текущий год в Содружестве, судя по статье о встрече спецслужб?", PUTIN, "мира и единства"),
        ("Что сказал Песков о сотрудничестве в СНГ, судя по статье о встрече спецслужб?", PESKOV, "потенциалом"),
        ("sudya po statye o vstreche specsluzhb, chto skazal Peskov?", PESKOV, "потенциалом"),
    ],
)
def test_words_read_in_a_cited_article(engine: Engine, question: str, person: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind in ("quote", "card")
    # His words: his own record, or the headline fact that records his statement.
    his = {person, *(fact.id for fact in engine.kb.facts_of(person))}
    assert his & set(verdict.focus)
    assert words in html_of(engine, verdict)


def test_a_cited_article_that_alone_names_the_meeting_keeps_it(engine: Engine) -> None:
    verdict = verdict_of(engine, "According to the article on the Moscow intelligence meeting, which states attended?")
    assert verdict.answered and INTEL in verdict.focus
    assert "Turkmenistan" in html_of(engine, verdict)


# --- a setting named in another remark -----------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Что, по словам Трефилова, определяют принятые в Душанбе концепция и программы?", "среднесрочную"),
        ("Что, по словам Трефилова, определяют концепция и программы?", "среднесрочную"),
    ],
)
def test_a_place_he_spoke_of_sets_the_scene_of_his_next_words(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and TREFILOV in verdict.focus
    assert words in html_of(engine, verdict)


# --- where a topic was discussed -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "meeting"),
    [
        ("Где обсуждали развитие гуманитарного и образовательного сотрудничества?", SECRETARIES),
        ("Where was road safety discussed?", SPB),
        ("gde obsuzhdali bezopasnost dorozhnogo dvizheniya?", SPB),
        ("Где обсуждали беспилотники?", XVIII),
        ("Where did they discuss deradicalization?", XVIII),
    ],
)
def test_where_a_topic_was_discussed_is_the_meeting(engine: Engine, question: str, meeting: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.intent == "agenda"
    assert verdict.focus[:1] == [meeting]


def test_where_the_meeting_that_discussed_it_was_held_is_a_place(engine: Engine) -> None:
    verdict = verdict_of(engine, "Where was the meeting that discussed road safety held?")
    assert verdict.intent == "where" and SPB in verdict.focus


@pytest.mark.parametrize(
    "question",
    [
        "Какие направления совместной работы разбирали делегаты на встрече спецслужб СНГ в Москве?",
        "What topics did the delegates examine at the Moscow intelligence meeting?",
    ],
)
def test_what_was_examined_is_the_agenda(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.intent == "agenda" and verdict.focus[:1] == [INTEL]


# --- a document's title asked by kind and meeting ------------------------------------------------


@pytest.mark.parametrize(
    ("question", "documents"),
    [
        ("What is the full title of the concept approved at the Dushanbe summit?", [CONCEPT]),
        ("Which concept was approved at the Dushanbe summit?", [CONCEPT]),
        ("Как называется концепция, одобренная на саммите в Душанбе?", [CONCEPT]),
        ("Какую концепцию одобрили в Душанбе?", [CONCEPT]),
        ("kakuyu kontseptsiyu odobrili v Dushanbe?", [CONCEPT]),
        ("What is the full title of the statement adopted at the Dushanbe summit?", [JOINT_STATEMENT]),
        ("What is the full title of the border security programme approved in Dushanbe?", [BORDER]),
        ("Полное название программы по борьбе с терроризмом, утверждённой в Душанбе?", [TERRORISM]),
        ("What is the full title of the programme approved in Dushanbe?", [TERRORISM, BORDER]),
    ],
)
def test_a_document_asked_by_kind_is_named(engine: Engine, question: str, documents: list[str]) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.answered
    assert sorted(verdict.items) == sorted(documents)
    assert len(html_of(engine, verdict)) < 500


def test_the_full_name_of_an_abbreviation_is_still_its_expansion(engine: Engine) -> None:
    verdict = verdict_of(engine, "What is the full name of the EAG?")
    assert verdict.focus[:1] == ["eag"]


@pytest.mark.parametrize(
    "question",
    [
        "Какую программу по противодействию наркотрафику на 2026–2028 годы утвердили в Душанбе?",
        "Как называется программа по борьбе с наркотрафиком, одобренная в Душанбе?",
    ],
)
def test_a_document_of_a_topic_none_has_is_not_recorded(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "not_recorded"


@pytest.mark.parametrize(
    "question",
    [
        "Which programme on drug trafficking for 2026–2028 was approved in Dushanbe?",
        "What is the full title of the programme on cyber security approved in Dushanbe?",
    ],
)
def test_a_document_of_a_topic_none_has_is_no_list_of_the_others(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind != "list"


# --- one answer, not the same words twice ----------------------------------------------------------


def test_a_fact_retelling_the_remark_is_not_shown_again(engine: Engine) -> None:
    verdict = verdict_of(engine, "Klemez said some crimes transcend national borders, which ones?")
    assert len(verdict.statements) == 1
    assert "money laundering" in verdict.statements[0].en


@pytest.mark.parametrize(
    "question",
    [
        "Кто сказал, что угрозы криминального характера переплетены и взаимосвязаны?",
        "Чьи это слова: «Наши действия сегодня определят будущее Содружества»?",
    ],
)
def test_a_meetings_words_are_shown_once_naming_the_speaker(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert len(verdict.statements) == 1
    assert verdict.statements[0].speaker == KLEMEZ
    assert "Клемез" in html_of(engine, verdict).split("\n")[0]


def test_a_yes_on_what_was_discussed_there_keeps_the_meeting(engine: Engine) -> None:
    verdict = verdict_of(engine, "а в Петербурге про киберпреступность говорили вообще?")
    assert SPB in verdict.focus
    # "Да." first, whatever tag wraps it
    assert html_of(engine, verdict).replace("<b>", "").startswith("Да"), html_of(engine, verdict)
