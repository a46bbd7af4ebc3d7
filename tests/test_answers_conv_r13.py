"""Round 13, conversations: the mechanisms behind probe12's failed turns, each asked in several
phrasings and both languages about other people and documents too.

- naming and listing are saying: "which documents did he list / name", "какие договоры он упоминал",
  "какие документы назвал Трефилов" give the documents of the record of that person's words (a list),
  not his whole remark;
- "а про отмывание денег?" after a person's card or the documents he named: what that person said of
  the topic.

Verdicts are asserted, not wording; the conversation keeps what ``remembered`` keeps."""

from __future__ import annotations

import pytest

from bot.answers.engine import Engine
from tests.answer_helpers import converse, html_of, verdict_of
from tests.telegram_env import TelegramEnv

KLEMEZ = "yevgeny_klemez"
TREFILOV = "denis_trefilov"
CONCEPT = "military_cooperation_concept_2030"
DELIVERIES = "treaty_controlled_deliveries"
SENTENCED = "optional_protocol_transfer_sentenced"


@pytest.mark.parametrize(
    ("question", "document"),
    [
        ("какие документы назвал Трефилов?", CONCEPT),
        ("какие документы по безопасности перечислил Денис Трефилов?", CONCEPT),
        ("which documents did Trefilov name?", CONCEPT),
        ("какие договоры упоминал Клемез?", DELIVERIES),
        ("kakie dogovory upominal Klemez?", SENTENCED),
        ("which treaties did Klemez cite?", DELIVERIES),
    ],
)
def test_documents_a_person_named_are_a_list(engine: Engine, question: str, document: str) -> None:
    verdict = verdict_of(engine, question)
    assert verdict.kind == "list" and verdict.attribute == "document"
    assert document in verdict.items


@pytest.mark.parametrize(
    ("turns", "document"),
    [
        (("Кто от руководства СНГ открывал ноябрьское заседание секретарей советов безопасности?",
          "и какие документы по безопасности он перечислил?"), CONCEPT),
        (("Что известно о Евгении Клемезе?", "kakie dogovory on upominal?"), DELIVERIES),
        (("Who is Denis Trefilov?", "which documents did he name?"), CONCEPT),
        (("Кто такой Клемез?", "а какие документы он называл?"), SENTENCED),
    ],
)
def test_documents_he_listed_after_the_person(engine: Engine, turns: tuple[str, ...], document: str) -> None:
    listed = converse(engine, *turns)[-1]
    assert listed.kind == "list" and listed.attribute == "document" and document in listed.items


@pytest.mark.parametrize(
    ("turns", "word"),
    [
        (("Что известно о Евгении Клемезе?", "kakie dogovory on upominal?", "а про отмывание денег?"), "отмыв"),
        (("Кто такой Евгений Клемез?", "а про коррупцию?"), "коррупц"),
        (("Who is Yevgeny Klemez?", "and about corruption?"), "corruption"),
        (("Who is Klemez?", "what about money laundering?"), "laundering"),
    ],
)
def test_a_topic_after_a_person_is_what_he_said_of_it(engine: Engine, turns: tuple[str, ...], word: str) -> None:
    said = converse(engine, *turns)[-1]
    assert said.kind == "quote" and KLEMEZ in said.focus
    # the passage on the topic, not the remark's opening lines
    assert word in html_of(engine, said).lower()


async def test_documents_he_listed_then_a_topic_in_telegram(tg: TelegramEnv) -> None:
    (first,) = await tg.say("Что известно о Евгении Клемезе?")
    assert "Клемез" in first["text"]
    (second,) = await tg.say("kakie dogovory on upominal?")
    assert "контролируемых поставок" in second["text"] and "осуждённых" in second["text"]
    (third,) = await tg.say("а про отмывание денег?")
    assert "отмыванию денег" in third["text"]
