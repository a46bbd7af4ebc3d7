"""Everyday and hostile input through the real Application against the local Bot API: buttons
that change nothing, odd command arguments, forged callback data, text no database accepts, and
who may change a group's digest. Every reply is in the user's language, every callback query
is answered, and nothing reaches the error handler."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from bot.answers.engine import Engine
from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.gateway import gateway_for
from bot.runtime.chatadmins import ChatAdminCache
from bot.runtime.questionlog import MAX_TEXT_CHARS, record_for
from bot.storage import Storage, schema
from bot.storage.questions import QuestionRecord
from bot.userinput import sanitise
from tests.telegram_env import USER, TelegramEnv, close_env, make_env

NOT_MODIFIED = "message is not modified"


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine, caplog: pytest.LogCaptureFixture) -> AsyncIterator[TelegramEnv]:
    env = await make_env(tmp_path, engine)
    with caplog.at_level(logging.ERROR, logger="handlers.errors"):
        yield env
    assert env.apologies() == [], "the error handler apologised"
    assert "error while handling" not in caplog.text
    refused = [r for r in env.errors() if NOT_MODIFIED not in str((r.response or {}).get("description", "")).lower()]
    assert refused == [], "the bot made requests Telegram would refuse"
    unanswered = [q.id for q in env.fake.callback_queries.values() if not q.answered]
    assert unanswered == [], "every callback query is answered"
    await close_env(env)


def forged(env: TelegramEnv, message: dict[str, Any], data: str, user_id: int | None = None) -> dict[str, Any]:
    """A callback query carrying ``data`` on a real message (a forged or stale button)."""
    first = env.buttons(message)[0][1]
    update = env.fake.callback_query(message["chat_id"], message["message_id"], first, user_id=user_id)
    update["callback_query"]["data"] = data
    return update


def last_answer(env: TelegramEnv) -> dict[str, Any]:
    return env.fake.answered_callbacks[-1]


# --- buttons that change nothing ---------------------------------------------------------------


async def test_pressing_the_current_hour_is_a_quiet_no_op(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/subscribe")
    assert await tg.press(panel, data="s:m") == []  # the hour button shows the panel it is on
    answer = last_answer(tg)
    assert answer["text"] is None and not answer["show_alert"]


async def test_double_tap_on_a_page_button_is_a_quiet_no_op(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/subscribe")
    (bodies,) = await tg.press(panel, data="s:b:0")
    # Two taps before the message changes: both queries carry the same button.
    first = tg.fake.callback_query(bodies["chat_id"], bodies["message_id"], button_text="▶")
    second = tg.fake.callback_query(bodies["chat_id"], bodies["message_id"], button_text="▶")
    (shown,) = await tg.feed(first)
    assert "◀" in [label for label, _ in tg.buttons(shown)]
    assert await tg.feed(second) == []
    assert last_answer(tg)["text"] is None


async def test_double_tap_on_browse_arrows_and_page_zero(tg: TelegramEnv) -> None:
    (page1,) = await tg.say("/bodies")
    assert "Page 1 of" in page1["text"]
    (dup,) = await tg.say("/bodies")
    taps = [tg.fake.callback_query(dup["chat_id"], dup["message_id"], button_text="▶") for _ in range(2)]
    (page2,) = await tg.feed(taps[0])
    assert "Page 2 of" in page2["text"]
    assert await tg.feed(taps[1]) == []
    # Page 0's ◀ (a stale keyboard, or a forged one): already on page 0, nothing to change.
    assert await tg.feed(forged(tg, page1, "l:b:0")) == []
    assert last_answer(tg)["text"] is None


# --- /timezone ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argument", "lang", "expected"),
    [
        ("America", "en", "Unknown time zone"),
        ("Europe", "ru", "Неизвестный часовой пояс"),
        ("x" * 300, "en", "Unknown time zone"),
        ("../../../../etc/passwd", "en", "Unknown time zone"),
        ("Asia/Almaty\x00", "en", "Unknown time zone"),
        ("localtime", "en", "Unknown time zone"),
    ],
)
async def test_timezone_rejects_what_is_not_a_zone(tg: TelegramEnv, argument: str, lang: str, expected: str) -> None:
    (reply,) = await tg.say(f"/timezone {argument}", language_code=lang)
    assert expected in reply["text"]
    assert len(reply["text"]) < 200  # a 300-character argument is not echoed whole
    assert await tg.app.bot_data.services.storage.subscribers.get(USER) is None


async def test_timezone_on_a_fresh_database_subscribes_nobody(tg: TelegramEnv) -> None:
    (reply,) = await tg.say("/timezone asia/almaty")  # any case: the zone's own spelling is stored
    assert "Asia/Almaty" in reply["text"] and "/subscribe" in reply["text"]
    storage = tg.app.bot_data.services.storage
    saved = await storage.subscribers.get(USER)
    assert saved is None or saved.status != "active"
    assert [s.chat_id for s in await storage.subscribers.all()] == []  # nobody receives digests
    (panel,) = await tg.say("/subscribe")  # the zone was kept for later
    assert "(Asia/Almaty)" in panel["text"]
    assert (await storage.subscribers.get(USER)).status == "active"


async def test_timezone_in_russian(tg: TelegramEnv) -> None:
    (reply,) = await tg.say("/timezone Asia/Tashkent", language_code="ru")
    assert "Asia/Tashkent" in reply["text"] and "/subscribe" in reply["text"] and "пояс" in reply["text"]


# --- /unsubscribe then /subscribe -----------------------------------------------------------------


async def test_resubscribing_keeps_the_previous_settings(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/subscribe")
    (panel,) = await tg.press(panel, data="s:f:daily")
    (panel,) = await tg.press(panel, data="s:r")
    (panel,) = await tg.press(panel, data="s:d:90")
    (ask,) = await tg.say("/unsubscribe")
    (done,) = await tg.press(ask, text="Yes, unsubscribe")
    assert "Subscription stopped" in done["text"]
    storage = tg.app.bot_data.services.storage
    assert (await storage.subscribers.get(USER)).status == "paused"
    (panel,) = await tg.say("/subscribe")
    again = await storage.subscribers.get(USER)
    assert again.status == "active" and again.frequency == "daily" and again.reminders and again.horizon_days == 90
    assert "daily" in panel["text"] and "Reminder the day before: on" in panel["text"]


# --- command arguments ----------------------------------------------------------------------------


@pytest.mark.parametrize("argument", ["²", "٣", "7²", "1" * 5000, "-5", "week", "7.5"])
async def test_upcoming_with_a_bad_number_explains_the_format(tg: TelegramEnv, argument: str) -> None:
    (reply,) = await tg.say(f"/upcoming {argument}")
    assert "/upcoming" in reply["text"] and "days" in reply["text"]
    (ru,) = await tg.say(f"/upcoming {argument}", user_id=2002, language_code="ru")
    assert "/upcoming" in ru["text"] and "дн" in ru["text"]


async def test_upcoming_with_a_number_still_works(tg: TelegramEnv) -> None:
    (reply,) = await tg.say("/upcoming 7")
    assert "next 7 days" in reply["text"]
    (clamped,) = await tg.say("/upcoming 100000")
    assert "366 days" in clamped["text"]


# --- forged callback data -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data", ["s:z:²", "s:b:²", "s:d:³⁰", "s:z:99", "s:b:" + "9" * 60, "s:t:", "s:", "s:h:+2", "s:q", "s:f:hourly"]
)
async def test_forged_settings_data_is_answered_and_changes_nothing(tg: TelegramEnv, data: str) -> None:
    (panel,) = await tg.say("/subscribe")
    storage = tg.app.bot_data.services.storage
    before = await storage.subscribers.get(USER)
    events = await tg.feed(forged(tg, panel, data))
    assert events == []
    assert "out of date" in (last_answer(tg)["text"] or "")
    assert await storage.subscribers.get(USER) == before


@pytest.mark.parametrize("data", ["g:xx", "g:", "g:EN", "g:en:1"])
async def test_forged_language_data_is_answered(tg: TelegramEnv, data: str) -> None:
    (prompt,) = await tg.say("/lang", language_code="ru")
    assert await tg.feed(forged(tg, prompt, data)) == []
    assert "устарела" in (last_answer(tg)["text"] or "")
    assert await tg.app.bot_data.services.storage.user_lang(USER) is None


async def test_settings_button_without_a_subscription_is_answered(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/subscribe")
    storage = tg.app.bot_data.services.storage
    async with storage.engine.begin() as conn:  # the subscription is gone (deleted by hand)
        await conn.execute(schema.subscribers.delete().where(schema.subscribers.c.chat_id == USER))
    assert await tg.press(panel, data="s:f:daily") == []
    assert "/subscribe" in (last_answer(tg)["text"] or "")


# --- the question log -----------------------------------------------------------------------------


async def test_a_lone_surrogate_does_not_lose_the_question_log_batch(tg: TelegramEnv) -> None:
    services = tg.app.bot_data.services
    questions = ["What is the CSTO?", "CSTO\ud800?", "What is the BCOC?"]
    for number, question in enumerate(questions):
        (reply,) = await tg.say(question, user_id=USER + number)
        assert reply["text"]
    await services.question_log.flush()
    since = (await services.storage.questions.oldest()) or None
    assert since is not None
    total, _ = await services.storage.questions.count(since)
    assert total == 3


async def test_one_bad_row_does_not_lose_the_others(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """Below the sanitising: a row the database refuses is skipped and the rest are kept."""
    storage = await Storage.open(f"sqlite:///{tmp_path / 'q.sqlite3'}")
    try:
        good = record_for_text("What is the Owl Council?")
        bad = QuestionRecord(at=good.at, lang="en", text="bad\ud800", answered=True)
        with caplog.at_level(logging.WARNING):
            kept = await storage.questions.add_many([good, bad, good])
        assert kept == 2
        assert (await storage.questions.count(good.at))[0] == 2
    finally:
        await storage.close()


def record_for_text(text: str) -> QuestionRecord:
    return QuestionRecord(at=datetime.now(UTC), lang="en", text=text, answered=True)


def test_sanitise_keeps_text_and_replaces_what_databases_refuse() -> None:
    assert sanitise("Owl 🦉 Совет") == "Owl 🦉 Совет"
    assert sanitise("a\ud800b\x00c") == "a\ufffdb\ufffdc"
    assert sanitise("\ud83e\udd89") == "🦉"  # a pair that arrived split is joined
    assert len(sanitise("x" * 5000)) == 5000


def test_record_for_sanitises_and_truncates() -> None:
    answer = SimpleNamespace(
        matches=[],
        lang="en",
        question="q\ud800" + "x" * 2000,
        answered=False,
        intent=None,
        entity=None,
        kind="decline",
        confidence=0.0,
    )
    record = record_for(answer, "")  # type: ignore[arg-type]
    assert "\ud800" not in record.text and len(record.text) == MAX_TEXT_CHARS


# --- the local Bot API ----------------------------------------------------------------------------


async def test_the_local_bot_api_refuses_lone_surrogates_as_telegram_does() -> None:
    fake = FakeTelegram()
    fake.add_user(USER)
    gateway = gateway_for(fake)
    body = b'{"chat_id": 1001, "text": "a\\ud800b"}'
    reply = await gateway.dispatch(
        "POST", f"/bot{fake.token}/sendMessage", "", {"content-type": "application/json"}, body
    )
    assert reply.status == 400 and b"strings must be encoded in UTF-8" in reply.body
    assert fake.sent_messages(USER) == []


def test_admin_cache_expires_and_stays_bounded() -> None:
    now = [0.0]
    cache = ChatAdminCache(ttl=60, clock=lambda: now[0], max_entries=3)
    cache.put(-1, 1, True)
    assert cache.get(-1, 1) is True and cache.get(-1, 2) is None
    now[0] = 60.0
    assert cache.get(-1, 1) is None
    for user in range(10):
        cache.put(-1, user, False)
    assert [cache.get(-1, user) for user in (6, 7, 8, 9)] == [None, False, False, False]
