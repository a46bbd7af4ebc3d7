"""Users teach the bot, end to end through the real Application and the local Bot API: 👍/👎 under
answers, the helpful share in /stats, /unanswered whose counts add up, teaching an alias from it
(and /rollback), and the /addmeeting wizard.

Every test works on a temporary copy of the knowledge directory (or the fictional one), so
nothing is ever written into ``knowledge/``.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from bot.admin.meetingwizard import PLANNED_FILE
from bot.admin.teach import TAUGHT_FILE, alias_lang, alias_text, with_alias
from bot.answers.engine import Engine
from bot.kb.base import open_knowledge_base
from bot.kb.loader import KnowledgeError
from bot.present.digest import build_digest
from bot.storage.schema import answer_votes, question_log
from handlers import callbacks
from tests.conftest import KNOWLEDGE
from tests.fictional import write_fictional_kb
from tests.telegram_env import USER, TelegramEnv, close_env, make_env
from tests.test_admin import ADMIN, kb_copy, snapshot_files

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return kb_copy(tmp_path)


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine, kb_dir: Path) -> AsyncIterator[TelegramEnv]:
    env = await make_env(tmp_path, engine, knowledge_dir=kb_dir, admin_ids=[ADMIN])
    yield env
    assert env.errors() == [], "the bot made requests Telegram would refuse"
    assert env.apologies() == []
    await close_env(env)


async def say(env: TelegramEnv, text: str, **kwargs: Any) -> list[dict[str, Any]]:
    env.user_clock.advance(10)  # a person typing, never a flood
    return await env.say(text, **kwargs)


async def press(env: TelegramEnv, message: dict[str, Any], **kwargs: Any) -> list[dict[str, Any]]:
    env.user_clock.advance(10)
    return await env.press(message, **kwargs)


def vote_data(env: TelegramEnv, message: dict[str, Any], emoji: str) -> str:
    (data,) = [d for t, d in env.buttons(message) if t == emoji]
    return data


async def votes(env: TelegramEnv) -> list[dict[str, Any]]:
    storage = env.app.bot_data.services.storage
    async with storage.engine.connect() as conn:
        return [dict(r._mapping) for r in await conn.execute(select(answer_votes).order_by(answer_votes.c.id))]


async def flush(env: TelegramEnv) -> None:
    await env.app.bot_data.services.question_log.flush()


def last_callback_answer(env: TelegramEnv) -> dict[str, Any]:
    return dict(env.fake.answered_callbacks[-1])


# --- 👍 / 👎 ------------------------------------------------------------------------------------------


async def test_votes_are_kept_changeable_and_a_repeat_is_quiet(tg: TelegramEnv) -> None:
    (answer,) = await say(tg, "What is the CSTO?")
    up, down = vote_data(tg, answer, "👍"), vote_data(tg, answer, "👎")
    assert re.fullmatch(r"f:[0-9a-f]{16}:u", up) and len(up.encode()) <= 64 and down == up[:-1] + "d"

    assert await press(tg, answer, data=up) == []  # no new message, no edit
    assert last_callback_answer(tg)["text"] == "Thank you for the feedback!"
    assert await press(tg, answer, data=up) == []  # the same vote again: a quiet no-op
    assert last_callback_answer(tg)["text"] is None
    assert await press(tg, answer, data=down) == []  # changed
    assert last_callback_answer(tg)["text"] == "Thank you for the feedback!"
    (row,) = await votes(tg)
    assert row["vote"] == -1 and row["answer_key"] == up[2:18] and str(USER) not in row["user_hash"]

    # The vote is kept with the answer's log row, and the buttons survive switching views.
    await flush(tg)
    storage = tg.app.bot_data.services.storage
    async with storage.engine.connect() as conn:
        (logged,) = (await conn.execute(select(question_log))).all()
    assert logged.answer_key == up[2:18] and logged.kind == "card"
    (more,) = await press(tg, answer, text="📖 More")
    assert vote_data(tg, more, "👍") == up

    (russian,) = await say(tg, "Что такое ОДКБ?", user_id=5005, language_code="ru")
    assert await press(tg, russian, data=vote_data(tg, russian, "👍")) == []
    assert last_callback_answer(tg)["text"] == "Спасибо за отзыв!"
    assert len(await votes(tg)) == 2


def test_vote_callback_data_is_validated_strictly() -> None:
    assert callbacks.decode("f:0123456789abcdef:u") == callbacks.Callback("vote", token="0123456789abcdef", helpful=True)
    for forged in ("f:0123456789abcdef:x", "f:0123456789ABCDEF:u", "f:0123456789abcde:u", "f:0123456789abcdef:u\n"):
        assert callbacks.decode(forged) is None
    assert callbacks.decode("w:b") is None and callbacks.decode("w:y:csto") is None  # a body pick needs its id; confirm has none
    assert len(callbacks.pick("0123abcd", 19, "x" * 48).encode()) <= 64


async def test_stats_shows_the_helpful_share_next_to_the_answered_share(tg: TelegramEnv) -> None:
    for n, (question, emoji) in enumerate([("What is the CSTO?", "👍"), ("What is the BCOC?", "👍"), ("What is the EAG?", "👎")]):
        (answer,) = await say(tg, question, user_id=6000 + n)
        await tg.feed(tg.fake.callback_query(6000 + n, answer["message_id"], vote_data(tg, answer, emoji)))
    await flush(tg)
    (reply,) = await say(tg, "/stats", user_id=ADMIN)
    lines = reply["text"].splitlines()
    answered = next(i for i, line in enumerate(lines) if line.startswith("Answered:"))
    assert lines[answered + 1] == "Helpful: 67% (2 of 3 votes)"


# --- /unanswered ----------------------------------------------------------------------------------


async def test_unanswered_counts_add_up_with_follow_ups_emoji_doubts_and_dislikes(tg: TelegramEnv) -> None:
    asked = [
        "Recipe for pancakes",
        "pancakes recipe",
        "and when?",  # a follow-up with nothing before it: no meaningful word
        "🙂🙂",
        "🙂🙂",
        "Who guards the collective skies?",  # "did you mean": a clarifying answer
    ]
    for n, question in enumerate(asked):
        await say(tg, question, user_id=7100 + n)
    (disliked,) = await say(tg, "What is the EAG?", user_id=7200)
    await tg.feed(tg.fake.callback_query(7200, disliked["message_id"], vote_data(tg, disliked, "👎")))
    await flush(tg)
    (reply,) = await say(tg, "/unanswered", user_id=ADMIN)
    header, *lines = reply["text"].splitlines()
    assert re.search(r": 7 questions in 5 groups \(declined 5, doubtful 1, 👎 1\)$", header), header
    counts = [int(re.match(r"\d+\) (\d+) × ", line)[1]) for line in lines]  # type: ignore[index]
    assert sum(counts) == 7 and len(lines) == 5
    text = reply["text"]
    assert "2 × 🙂🙂" in text and "1 × and when?" in text
    assert "1 × Who guards the collective skies? (doubtful 1)" in text
    assert "1 × What is the EAG? (👎 1)" in text
    assert [t for t, _ in tg.buttons(reply)] == [f"✏️ {n}" for n in range(1, 6)]


# --- teaching -------------------------------------------------------------------------------------


async def test_teaching_an_alias_in_two_taps_then_rollback(tg: TelegramEnv, kb_dir: Path) -> None:
    original = snapshot_files(kb_dir)
    question = "Tashkent treaty bloc"
    (declined,) = await say(tg, question)
    assert "Collective Security Treaty" not in declined["text"]
    await flush(tg)
    (report,) = await say(tg, "/unanswered", user_id=ADMIN)
    assert "1) 1 × Tashkent treaty bloc (declined 1)" in report["text"]

    (offer,) = await press(tg, report, text="✏️ 1")  # first tap: the group
    assert "Tashkent treaty bloc" in offer["text"] and "(en)" in offer["text"]
    assert any(data == callbacks.pick(data[2:10], 0, "csto") for _, data in tg.buttons(offer))  # among the candidates
    (found,) = await say(tg, "ОДКБ", user_id=ADMIN)  # or a typed search
    (pick,) = [data for label, data in tg.buttons(found) if label.startswith("Collective Security Treaty")]
    (taught,) = await press(tg, found, data=pick)  # second tap: the entry
    text = taught["text"]
    assert "«Tashkent treaty bloc» is now an alias (en) of Collective Security Treaty Organization" in text
    assert "+- entity: csto\n+  en:\n+  - Tashkent treaty bloc" in text  # the diff
    assert "Changed (1): Collective Security Treaty Organization" in text
    assert (kb_dir / TAUGHT_FILE).exists() and len(list((kb_dir / ".history").iterdir())) == 1

    (answer,) = await say(tg, question, user_id=7300)
    assert "Collective Security Treaty" in answer["text"]
    (again,) = await press(tg, found, data=pick)  # taught already: nothing changes
    assert "already an alias" in again["text"]

    (back,) = await say(tg, "/rollback", user_id=ADMIN)
    assert "Restored the knowledge base" in back["text"] and "Changed (1): Collective Security Treaty" in back["text"]
    assert snapshot_files(kb_dir) == original
    (answer,) = await say(tg, question, user_id=7301)
    assert "Collective Security Treaty" not in answer["text"]


async def test_teaching_buttons_are_for_admins_only(tg: TelegramEnv) -> None:
    await say(tg, "Recipe for pancakes")
    await flush(tg)
    (report,) = await say(tg, "/unanswered", user_id=ADMIN)
    (_, data), *_ = tg.buttons(report)
    # A forwarded keyboard pressed by someone else: refused, nothing sent.
    tg.fake.add_user(USER)
    query = tg.fake.callback_query(ADMIN, report["message_id"], data, user_id=USER)
    assert await tg.feed(query) == []
    assert last_callback_answer(tg)["text"] == "Not allowed."


# --- /addmeeting ----------------------------------------------------------------------------------


async def _start_wizard(env: TelegramEnv) -> dict[str, Any]:
    (first,) = await say(env, "/addmeeting", user_id=ADMIN)
    assert "Its name in English?" in first["text"] and "/cancel" in first["text"]
    (ru,) = await say(env, "3rd meeting of the Owl Council", user_id=ADMIN)
    assert "in Russian" in ru["text"]
    (body,) = await say(env, "3-е заседание Совета сов", user_id=ADMIN)
    return body


async def test_addmeeting_bad_date_is_asked_again_and_cancel_changes_nothing(tmp_path: Path) -> None:
    kb_dir = write_fictional_kb(tmp_path / "kb")
    before = snapshot_files(kb_dir)
    env = await make_env(tmp_path, knowledge_dir=kb_dir, admin_ids=[ADMIN])
    try:
        body = await _start_wizard(env)
        (found,) = await say(env, "owls", user_id=ADMIN)  # typed: matching bodies as buttons
        assert [t for t, _ in env.buttons(found)] == ["Council of Imaginary Owls"]
        (when,) = await press(env, found, text="Council of Imaginary Owls")
        assert "YYYY-MM-DD" in when["text"]
        (bad,) = await say(env, "2031-02-30", user_id=ADMIN)
        assert bad["text"] == "There is no such date: February 2031 has 28 days. Please send the date again."
        (bad,) = await say(env, "2031-13", user_id=ADMIN)
        assert "There is no such date: month 13" in bad["text"]
        (bad,) = await say(env, "next spring", user_id=ADMIN)
        assert "is not a date: use YYYY-MM-DD, or YYYY-MM for a month" in bad["text"]
        (place,) = await say(env, "2031-04", user_id=ADMIN)  # only the month known
        assert "Where?" in place["text"]
        (done,) = await say(env, "/cancel", user_id=ADMIN)
        assert done["text"] == "Cancelled; nothing was changed."
        (answer,) = await say(env, "Atlantis City", user_id=ADMIN)  # a question again, not the wizard's answer
        assert "does not exist" in answer["text"]
        assert await press(env, body, text="Council of Imaginary Owls") == []  # the old buttons: stale
        assert last_callback_answer(env)["text"] == "This button is out of date. Please send the command again."
        assert snapshot_files(kb_dir) == before and not (kb_dir / ".history").exists()
        assert env.errors() == [] and env.apologies() == []
    finally:
        await close_env(env)


async def test_addmeeting_writes_the_meeting_and_the_digest_shows_it(tmp_path: Path) -> None:
    kb_dir = write_fictional_kb(tmp_path / "kb")
    env = await make_env(tmp_path, knowledge_dir=kb_dir, admin_ids=[ADMIN])
    try:
        storage = env.app.bot_data.services.storage
        await say(env, "/subscribe")
        subscriber = await storage.subscribers.get(USER)
        await storage.subscribers.save(subscriber.with_(bodies=("owl_council",), created_at=LONG_AGO))

        body = await _start_wizard(env)
        (when,) = await press(env, body, text="Council of Imaginary Owls")
        assert "YYYY-MM-DD" in when["text"]
        (place,) = await say(env, "2031-04-15", user_id=ADMIN)
        assert "Where?" in place["text"]
        (states,) = await say(env, "Atlantis City", user_id=ADMIN)
        assert "Participating states" in states["text"]
        (publisher,) = await press(env, states, text="✔ Done")
        assert "Who published it" in publisher["text"]
        (source_date,) = await say(env, "The Fictional Gazette", user_id=ADMIN)
        assert "Its date" in source_date["text"]
        (title,) = await say(env, "2031-01-02", user_id=ADMIN)
        assert "Its title" in title["text"]
        (link,) = await say(env, "Owls to meet again", user_id=ADMIN)
        assert "Its link" in link["text"]
        (bad,) = await say(env, "not a link", user_id=ADMIN)
        assert "starting with http:// or https://" in bad["text"]
        (card,) = await say(env, "https://example.org/owls", user_id=ADMIN)
        assert "<b>3rd meeting of the Owl Council</b>" in card["text"] or "3rd meeting of the Owl Council" in card["text"]
        assert "15 April 2031" in card["text"] and "Atlantis City" in card["text"] and "planned" in card["text"]
        assert "The Fictional Gazette" in card["text"] and "Add it?" in card["text"]

        (added,) = await press(env, card, text="✅ Add")
        assert "Added: 3rd meeting of the Owl Council" in added["text"]
        assert "Added (1): 3rd meeting of the Owl Council" in added["text"]
        planned = (kb_dir / PLANNED_FILE).read_text(encoding="utf-8")
        assert "status: planned" in planned and "url: https://example.org/owls" in planned
        assert (kb_dir / ".history").is_dir()  # kept in history: /rollback can undo it

        kb = env.app.bot_data.services.knowledge.kb
        (meeting,) = [m for m in kb.meetings_of("owl_council") if m.date == "2031-04-15"]
        assert meeting.status == "planned" and meeting.place == "atlantis"
        subscriber = await storage.subscribers.get(USER)
        digest = build_digest(kb, subscriber, date(2031, 4, 1), [], None)
        assert digest is not None and "3rd meeting of the Owl Council" in digest.html
        assert env.errors() == [] and env.apologies() == []
    finally:
        await close_env(env)


async def test_addmeeting_states_multi_select_on_the_real_knowledge_base_copy(
    tmp_path: Path, engine: Engine
) -> None:
    """With the seed documents beside it, as in production: a source entered from Telegram has a
    link and no seed file, and still validates. States toggle in place; /rollback undoes the add."""
    kb_dir = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, kb_dir)
    before = snapshot_files(kb_dir)
    env = await make_env(tmp_path, engine, knowledge_dir=kb_dir, admin_ids=[ADMIN])
    try:
        await say(env, "/addmeeting", user_id=ADMIN)
        await say(env, "14th meeting of the CIS Security Secretaries Council", user_id=ADMIN)
        await say(env, "14-е заседание Совета секретарей советов безопасности СНГ", user_id=ADMIN)
        (found,) = await say(env, "security secretaries", user_id=ADMIN)
        (when,) = await press(env, found, data=callbacks.wizard("body", "security_secretaries_council"))
        (place,) = await say(env, "2031-11", user_id=ADMIN)
        assert "YYYY-MM" in when["text"] and "Where?" in place["text"]
        (states,) = await say(env, "-", user_id=ADMIN)  # the place is not known yet
        panel = states
        for state in ("kazakhstan", "armenia", "kazakhstan", "belarus"):
            (states,) = await press(env, states, data=callbacks.wizard("state", state))
            assert states["action"] == "edit" and states["message_id"] == panel["message_id"]  # toggled in place
        labels = [t for t, _ in env.buttons(states)]
        assert "✅ Armenia" in labels and "✅ Belarus" in labels and "⬜ Kazakhstan" in labels
        await press(env, states, text="✔ Done")
        for answer in ("CIS Executive Committee", "2031-06-01", "Plans for November", "https://e-cis.info/news"):
            (last,) = await say(env, answer, user_id=ADMIN)
        assert "November 2031" in last["text"] and "Armenia" in last["text"] and "Belarus" in last["text"]
        (added,) = await press(env, last, text="✅ Add")
        assert "Added (1): 14th meeting of the CIS Security Secretaries Council" in added["text"], added["text"]
        (back,) = await say(env, "/rollback", user_id=ADMIN)
        assert "Removed (1): 14th meeting of the CIS Security Secretaries Council" in back["text"]
        assert snapshot_files(kb_dir) == before
        assert env.errors() == [] and env.apologies() == []
    finally:
        await close_env(env)


# --- units ----------------------------------------------------------------------------------------


def test_taught_aliases_file_grows_and_is_validated(tmp_path: Path) -> None:
    first = with_alias(None, "csto", "en", "Tashkent treaty bloc")
    assert first is not None
    second = with_alias(first, "csto", "ru", "Ташкентский блок")
    assert second is not None and with_alias(second, "csto", "en", "tashkent TREATY bloc") is None  # there already
    third = with_alias(second, "atc", "en", "counter terror centre")
    assert third is not None
    data = yaml.safe_load(third)
    assert data["aliases"] == [
        {"entity": "csto", "en": ["Tashkent treaty bloc"], "ru": ["Ташкентский блок"]},
        {"entity": "atc", "en": ["counter terror centre"]},
    ]
    assert alias_text("  Tashkent   treaty bloc?? ") == "Tashkent treaty bloc"
    assert alias_lang("Ташкентский блок", "en") == "ru" and alias_lang("2031", "ru") == "ru"

    kb_dir = write_fictional_kb(tmp_path / "kb")
    (kb_dir / TAUGHT_FILE).write_bytes(with_alias(None, "owl_council", "en", "the parliament of owls") or b"")
    kb = open_knowledge_base(kb_dir)
    assert "the parliament of owls" in kb.entities["owl_council"].aliases.en
    (kb_dir / TAUGHT_FILE).write_bytes(with_alias(None, "no_such_council", "en", "nobody") or b"")
    with pytest.raises(KnowledgeError) as failed:
        open_knowledge_base(kb_dir)
    assert [str(e) for e in failed.value.errors] == [
        f"{TAUGHT_FILE}:4:11: aliases of 'no_such_council': it is not defined"
    ]


async def test_a_vote_the_database_cannot_keep_is_a_notice_not_a_crash(tg: TelegramEnv) -> None:
    (answer,) = await say(tg, "What is the CSTO?")

    async def unavailable(*args: object, **kwargs: object) -> bool:
        raise OperationalError("UPDATE answer_votes", {}, Exception("database is locked"))

    tg.app.bot_data.services.storage.questions.vote = unavailable
    assert await press(tg, answer, data=vote_data(tg, answer, "👍")) == []
    assert last_callback_answer(tg)["text"] == "Sorry, the vote could not be saved; please try later."
