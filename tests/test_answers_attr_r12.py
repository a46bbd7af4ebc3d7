"""Attribution questions of the twelfth round, on the real knowledge base: which agency reported a
meeting, with which body an entry worked jointly, one session named by its topic, "how many of the
states at A also ...", "in the year of <meeting>", what a person said or how they explained
something when the topic holds a list word, and "according to the article on <meeting>, what ...".
Each is asked about several facts, in both languages."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import DUSHANBE, INTEL, KLEMEZ, SPB, XVIII, html_of, verdict_of


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Какое информагентство сообщило о московской встрече руководителей спецслужб СНГ?", "ТАСС"),
        ("Who reported the Moscow meeting of intelligence chiefs, according to the article?", "TASS"),
        ("Какое информационное агентство написало о заседании СМВД в Санкт-Петербурге?", "БелТА"),
        ("Which news agency covered the St Petersburg meeting of interior ministers?", "BelTA"),
        ("kakoe informagentstvo soobshchilo o XVIII soveshchanii?", "не указан"),
    ],
)
def test_which_agency_reported_a_meeting_is_its_sources_publisher(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "source" and verdict.value["field"] == "publisher", verdict
    assert words in html_of(engine, verdict).split("\n")[0]


def test_who_reported_at_a_meeting_is_no_publisher(engine: Engine) -> None:
    verdict = verdict_of(engine, "Who reported on the joint work with the ATC?")
    assert verdict.attribute != "source"
    assert "EAG" in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "entity", "partner"),
    [
        (
            "С каким органом СНГ секретариат ЕАГ вёл совместную работу по национальным системам противодействия отмыванию денег?",
            "eag",
            "АТЦ",
        ),
        ("With which organisation did the CIS ATC work jointly on national anti-money laundering systems?", "atc", "EAG"),
        ("s kem sovmestno rabotal sekretariat EAG?", "eag", "АТЦ"),
    ],
)
def test_with_which_body_an_entry_worked_jointly_is_its_own_statement(
    engine: Engine, question: str, entity: str, partner: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered and verdict.kind == "quote", verdict
    assert verdict.focus == [entity]
    assert partner in " ".join(s.en + s.ru for s in verdict.statements)


def test_a_partner_asked_of_nothing_said_finds_no_statement(engine: Engine) -> None:
    verdict = verdict_of(engine, "With which organisation did the SCO work jointly?")
    assert verdict.kind != "quote" or not verdict.statements


@pytest.mark.parametrize(
    ("question", "title", "words"),
    [
        ("Что рассматривали на сессии XVIII совещания по противодействию радикализации населения?", "Fourth", "дерадикализ"),
        ("What was discussed at the XVIII meeting's session on countering radicalisation?", "Fourth", "deradicali"),
        ("Что обсуждали на сессии июньского совещания по международному сотрудничеству?", "Second", "финансир"),
        ("what did the session on national experience cover at the june meeting", "First", "propaganda"),
    ],
)
def test_a_session_named_by_its_topic_gives_its_points(engine: Engine, question: str, title: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.attribute == "session" and verdict.focus == [XVIII], verdict
    assert verdict.value["title"]["en"].startswith(title)
    assert words in html_of(engine, verdict)


@pytest.mark.parametrize(
    ("question", "first", "second"),
    [
        (
            "How many of the states at the St Petersburg interior ministers' meeting also sent delegations to the Moscow intelligence chiefs' meeting?",
            SPB,
            INTEL,
        ),
        ("How many of the states at the XVIII meeting also sent delegations to the St Petersburg interior ministers' meeting?", XVIII, SPB),
        ("Сколько стран, бывших на встрече спецслужб в Москве, также участвовали в заседании СМВД?", INTEL, SPB),
    ],
)
def test_how_many_at_one_meeting_also_were_at_another_counts_both(
    engine: Engine, question: str, first: str, second: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "count" and verdict.value == 7, verdict
    assert verdict.filters["op"] == "both" and set(verdict.filters["meetings"]) == {first, second}


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("Какую годовщину Победы отмечали в год петербургского заседания СМВД?", "80"),
        ("Which anniversary of Victory was marked in the year of the St Petersburg meeting?", "80th"),
        ("kakuyu godovshchinu Pobedy otmechali v god zasedaniya SMVD v Peterburge?", "80"),
    ],
)
def test_the_year_of_a_meeting_is_its_year(engine: Engine, question: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.answered, verdict
    assert words in html_of(engine, verdict).split("\n")[1]


@pytest.mark.parametrize("question", ["Сколько раз в год встречается СМВД?", "What was the year of the XVIII meeting declared in the CIS?"])
def test_a_year_word_without_a_meeting_named_is_left_alone(engine: Engine, question: str) -> None:
    verdict = verdict_of(engine, question)
    assert "2025" not in verdict.question and verdict.answered


@pytest.mark.parametrize(
    ("question", "person", "words"),
    [
        ("What did Trefilov say about the October meetings in Dushanbe?", "denis_trefilov", "good-neighborliness"),
        ("What did Trefilov say about the programmes approved in Dushanbe?", "denis_trefilov", "medium term"),
        ("Как Клемез объяснил символичность проведения заседания в Санкт-Петербурге?", KLEMEZ, "80-летия Победы"),
        ("Как Трефилов объяснил значение ежегодных встреч?", "denis_trefilov", "оценить"),
        ("How did Klemez explain the danger of criminal threats?", KLEMEZ, "intertwined"),
    ],
)
def test_what_a_person_said_about_a_list_word_is_the_remark(engine: Engine, question: str, person: str, words: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.focus == [person], verdict
    assert words in verdict.statements[0].en + verdict.statements[0].ru
    assert DUSHANBE not in verdict.items


@pytest.mark.parametrize(
    ("question", "words"),
    [
        ("According to the article on the Moscow security talks, what is CIS collaboration not?", "ceremonial"),
        ("According to the BelTA article on the St Petersburg meeting, what plays a crucial role in ensuring security?", "crucial role"),
    ],
)
def test_according_to_the_article_on_a_meeting_searches_that_sources_statements(
    engine: Engine, question: str, words: str
) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "quote" and verdict.statements, verdict
    assert words in verdict.statements[0].en
