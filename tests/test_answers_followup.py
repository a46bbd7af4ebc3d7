"""Follow-ups resolved against the previous verdict of the same conversation."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from bot.answers.verdict import Verdict
from bot.engine import Engine
from tests.telegram_env import TelegramEnv, close_env, make_env

SECRETARIES_13 = "mtg_2025_11_05_security_secretaries_13"


def converse(engine: Engine, *questions: str) -> list[Verdict]:
    verdicts: list[Verdict] = []
    context = None
    for question in questions:
        verdict = engine.answer(question, context=context)
        verdicts.append(verdict)
        if verdict.answered:
            context = verdict
    return verdicts


def test_a_question_without_its_subject_takes_the_previous_one(engine: Engine) -> None:
    first, where, who = converse(
        engine, "When was the 13th meeting of the CIS Security Secretaries Council?", "where was that?", "кто там выступал?"
    )
    assert first.attribute == "date"
    assert where.focus[0] == SECRETARIES_13 and where.attribute == "place" and where.value["place"] == "moscow"
    assert who.focus[0] == SECRETARIES_13 and who.attribute == "speakers" and who.lang == "ru"
    assert who.value[0]["person"] == "denis_trefilov"


def test_russian_elliptic_follow_up(engine: Engine) -> None:
    _, when = converse(engine, "Which states attended the interior ministers meeting in St Petersburg?", "а когда?")
    assert when.attribute == "date" and when.value["date"] == "2025-08-12" and when.lang == "ru"


def test_what_about_repeats_the_question_for_another_entity(engine: Engine) -> None:
    _, other = converse(engine, "Which meetings were held in Moscow?", "what about St Petersburg?")
    assert other.kind == "list" and other.items == ["mtg_2025_08_12_interior_ministers"]


def test_a_new_full_question_starts_a_new_topic(engine: Engine) -> None:
    _, new = converse(engine, "When did the interior ministers meet?", "What is the CSTO?")
    assert new.focus == ["csto"] and "follow_up" not in new.filters


def test_without_context_a_bare_follow_up_is_not_answered_as_something_else(engine: Engine) -> None:
    verdict = engine.answer("where was that?")
    assert not verdict.answered or "follow_up" not in verdict.filters


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine) -> AsyncIterator[TelegramEnv]:
    env = await make_env(tmp_path, engine)
    yield env
    assert env.errors() == [], "the bot made requests Telegram would refuse"
    await close_env(env)


async def test_follow_up_in_telegram(tg: TelegramEnv) -> None:
    await tg.say("When was the 13th meeting of the CIS Security Secretaries Council?")
    (second,) = await tg.say("where was that?")
    assert second["text"].startswith("Moscow, Russia — 13th Security Secretaries meeting")
    # Another chat has no such context.
    (other,) = await tg.say("where was that?", chat_id=777, user_id=777)
    assert "Moscow, Russia — 13th" not in other["text"]


def test_which_states_were_there_after_a_meeting(engine: Engine) -> None:
    _, states = converse(engine, "When did the CIS interior ministers meet?", "which states were there?")
    assert states.attribute == "participants" and "turkmenistan" in states.value["groups"]["states"]


def test_another_category_and_list_them(engine: Engine) -> None:
    _, specialised, listed = converse(
        engine,
        "Сколько органов отраслевого сотрудничества СНГ в сфере безопасности?",
        "а специализированных?",
        "перечисли их",
    )
    assert specialised.focus == ["fact_specialised_bodies_count"], specialised
    assert listed.kind == "list" and set(listed.items) == {"atc", "bcoc", "illegal_migration_joint_commission"}


def test_what_did_he_say_about_a_topic(engine: Engine) -> None:
    _, drugs = converse(engine, "Who is Yevgeny Klemez?", "what did he say about drugs?")
    assert drugs.kind == "quote" and any("narcotic" in s.en for s in drugs.statements)
