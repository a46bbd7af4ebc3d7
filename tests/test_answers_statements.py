"""What someone said about something, and what the sources' own records say (publisher, time,
where the information came from): verdicts on the real knowledge base."""

from __future__ import annotations

import re

import pytest

from bot.engine import Engine


@pytest.mark.parametrize(
    ("question", "speaker", "pattern"),
    [
        (
            "Hi there! Quick one for a piece I'm writing: what did Yevgeny Klemez say about the future of the "
            "Commonwealth and the global situation?",
            "yevgeny_klemez",
            r"challeng|swift",
        ),
        ("Какие приоритеты государств СНГ назвал Клемез в беседе с журналистами?", "yevgeny_klemez", r"солидарност"),
        ("what did Trefilov say about the youth", "denis_trefilov", r"youth"),
        ("что Трефилов говорил о молодых людях", "denis_trefilov", r"молод"),
    ],
)
def test_a_statement_answers_what_was_said_about_a_topic(
    engine: Engine, question: str, speaker: str, pattern: str
) -> None:
    verdict = engine.answer(question)
    assert verdict.answered and verdict.kind == "quote", verdict
    assert speaker in verdict.focus or any(s.speaker == speaker for s in verdict.statements)
    assert any(re.search(pattern, s.get(verdict.lang), re.I) for s in verdict.statements)


@pytest.mark.parametrize(
    ("question", "source", "pattern"),
    [
        (
            "What time of day was BelTA's story on CIS countries stepping up cooperation against crime published?",
            "seed002",
            r"11:50",
        ),
        ("От кого БелТА получило информацию о словах Клемеза?", "seed002", r"пресс-служб"),
        (
            "Со ссылкой на какое агентство написана статья о переговорах руководителей спецслужб СНГ в Москве?",
            "seed003",
            r"ТАСС",
        ),
        ("who published the report on the XVIII meeting", "seed004", r"not named"),
    ],
)
def test_questions_about_a_source_answer_from_its_record(
    engine: Engine, question: str, source: str, pattern: str
) -> None:
    verdict = engine.answer(question)
    assert verdict.answered and verdict.attribute == "source" and verdict.sources == [source], verdict
    assert re.search(pattern, verdict.statements[0].get(verdict.lang), re.I)


def test_a_source_word_alone_does_not_hijack_a_fact_question(engine: Engine) -> None:
    verdict = engine.answer("When did the CIS heads of state grant the SCO observer status?")
    assert verdict.attribute != "source"
