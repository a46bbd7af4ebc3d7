"""A group's digest belongs to its administrators: /subscribe, /unsubscribe, /timezone and the
settings buttons are refused, politely and in the user's language, to other members. Checked
through the real Application against the local Bot API, whose getChatMember reports each
member's standing."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from telegram import ChatMemberAdministrator, ChatMemberLeft, ChatMemberMember, ChatMemberOwner
from telegram.error import BadRequest

from bot.answers.engine import Engine
from tests.telegram_env import TelegramEnv, close_env, make_env

GROUP = -1001000000777
OWNER, ADMIN, MEMBER, RUSSIAN_MEMBER = 5001, 5002, 5003, 5004


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine) -> AsyncIterator[TelegramEnv]:
    env = await make_env(tmp_path, engine)
    env.fake.add_chat(GROUP, "supergroup", title="Analysts")
    env.fake.set_member_status(GROUP, OWNER, "creator")
    env.fake.set_member_status(GROUP, ADMIN, "administrator")
    env.fake.set_member_status(GROUP, MEMBER, "member")
    env.fake.set_member_status(GROUP, RUSSIAN_MEMBER, "member")
    env.services = env.app.bot_data.services  # type: ignore[attr-defined]
    env.services.chat_admins.clock = env.user_clock  # type: ignore[attr-defined]
    yield env
    assert env.errors() == [] and env.apologies() == []
    assert [q.id for q in env.fake.callback_queries.values() if not q.answered] == []
    await close_env(env)


async def say(env: TelegramEnv, text: str, user_id: int, language_code: str = "en") -> list[dict[str, Any]]:
    return await env.say(text, user_id=user_id, chat_id=GROUP, chat_type="supergroup", language_code=language_code)


async def press(env: TelegramEnv, message: dict[str, Any], data: str, user_id: int) -> list[dict[str, Any]]:
    return await env.feed(env.fake.callback_query(GROUP, message["message_id"], data, user_id=user_id))


async def test_members_cannot_subscribe_the_group_administrators_can(tg: TelegramEnv) -> None:
    storage = tg.app.bot_data.services.storage
    (refusal,) = await say(tg, "/subscribe", MEMBER)
    assert "Only the group's administrators" in refusal["text"]
    (russian,) = await say(tg, "/subscribe", RUSSIAN_MEMBER, "ru")
    assert "только её администраторы" in russian["text"]
    assert await storage.subscribers.get(GROUP) is None
    (panel,) = await say(tg, "/subscribe", ADMIN)
    assert "Digest settings" in panel["text"]
    assert (await storage.subscribers.get(GROUP)).status == "active"
    (owner_panel,) = await say(tg, "/subscribe@cis_security_bot", OWNER)
    assert "Digest settings" in owner_panel["text"]


async def test_members_cannot_press_settings_buttons(tg: TelegramEnv) -> None:
    storage = tg.app.bot_data.services.storage
    (panel,) = await say(tg, "/subscribe", ADMIN)
    before = await storage.subscribers.get(GROUP)
    for data in ("s:f:daily", "s:u", "s:z", "s:b:0", "s:h:+1"):
        assert await press(tg, panel, data, MEMBER) == []
        answer = tg.fake.answered_callbacks[-1]
        assert answer["show_alert"] and "Only the group's administrators" in answer["text"]
    assert await storage.subscribers.get(GROUP) == before
    (changed,) = await press(tg, panel, "s:f:daily", ADMIN)
    assert "daily" in changed["text"]
    assert (await storage.subscribers.get(GROUP)).frequency == "daily"


async def test_members_cannot_unsubscribe_or_change_the_zone(tg: TelegramEnv) -> None:
    storage = tg.app.bot_data.services.storage
    (panel,) = await say(tg, "/subscribe", OWNER)
    assert "Digest settings" in panel["text"]
    (refused,) = await say(tg, "/unsubscribe", MEMBER)
    assert "Only the group's administrators" in refused["text"]
    (refused,) = await say(tg, "/timezone Asia/Almaty", MEMBER)
    assert "Only the group's administrators" in refused["text"]
    saved = await storage.subscribers.get(GROUP)
    assert saved.status == "active" and saved.timezone == "Europe/Moscow"
    # The confirmation an administrator was shown cannot be pressed by a member either.
    (ask,) = await say(tg, "/unsubscribe", ADMIN)
    assert await press(tg, ask, "s:x", MEMBER) == []
    assert (await storage.subscribers.get(GROUP)).status == "active"
    (done,) = await press(tg, ask, "s:x", ADMIN)
    assert "Subscription stopped" in done["text"]
    (zone,) = await say(tg, "/timezone Asia/Almaty", ADMIN)
    assert "Asia/Almaty" in zone["text"]


async def test_reading_commands_stay_open_to_members(tg: TelegramEnv) -> None:
    await say(tg, "/subscribe", ADMIN)
    (panel,) = await say(tg, "/settings", MEMBER)
    assert "Digest settings" in panel["text"]
    (upcoming,) = await say(tg, "/upcoming 30", MEMBER)
    assert "30 days" in upcoming["text"]


async def test_admin_answers_are_cached_for_a_minute(tg: TelegramEnv) -> None:
    (panel,) = await say(tg, "/subscribe", ADMIN)
    for data in ("s:h:+1", "s:h:+1", "s:h:-1"):
        await press(tg, panel, data, ADMIN)
    assert len(tg.fake.calls("getChatMember")) == 1
    tg.fake.set_member_status(GROUP, ADMIN, "member")  # demoted
    await press(tg, panel, "s:h:+1", ADMIN)
    assert tg.fake.answered_callbacks[-1]["text"] is None  # still an admin for the cache
    tg.user_clock.advance(61)
    assert await press(tg, panel, "s:h:-1", ADMIN) == []
    assert "Only the group's administrators" in (tg.fake.answered_callbacks[-1]["text"] or "")
    assert len(tg.fake.calls("getChatMember")) == 2


async def test_private_chats_need_no_membership_check(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/subscribe", user_id=MEMBER)
    assert "Digest settings" in panel["text"]
    await tg.press(panel, data="s:f:daily")
    assert tg.fake.calls("getChatMember") == []


async def test_basic_groups_are_checked_too(tg: TelegramEnv) -> None:
    basic = -4077
    tg.fake.add_chat(basic, "group", title="Small")
    tg.fake.set_member_status(basic, OWNER, "creator")
    (refusal,) = await tg.say("/subscribe", user_id=MEMBER, chat_id=basic, chat_type="group")
    assert "Only the group's administrators" in refusal["text"]
    (panel,) = await tg.say("/subscribe", user_id=OWNER, chat_id=basic, chat_type="group")
    assert "Digest settings" in panel["text"]


# --- the local Bot API's getChatMember ----------------------------------------------------------


async def test_get_chat_member_reports_each_standing(tg: TelegramEnv) -> None:
    bot = tg.app.bot
    assert isinstance(await bot.get_chat_member(GROUP, OWNER), ChatMemberOwner)
    admin = await bot.get_chat_member(GROUP, ADMIN)
    assert isinstance(admin, ChatMemberAdministrator) and admin.user.id == ADMIN
    assert isinstance(await bot.get_chat_member(GROUP, MEMBER), ChatMemberMember)
    tg.fake.add_user(6006)  # known to Telegram, never in this group
    assert isinstance(await bot.get_chat_member(GROUP, 6006), ChatMemberLeft)
    tg.fake.set_member_status(GROUP, 6006, "restricted")
    assert (await bot.get_chat_member(GROUP, 6006)).status == "restricted"
    tg.fake.set_member_status(GROUP, 6006, "kicked")
    assert (await bot.get_chat_member(GROUP, 6006)).status == "kicked"
    assert (await bot.get_chat_member(GROUP, bot.id)).status == "member"
    await tg.say("hi", user_id=6007)  # a private chat
    assert (await bot.get_chat_member(6007, 6007)).status == "member"
    tg.expected_statuses.add(400)
    with pytest.raises(BadRequest, match="User not found"):
        await bot.get_chat_member(GROUP, 987654321)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.get_chat_member(-100999, OWNER)
    with pytest.raises(ValueError, match="unknown member status"):
        tg.fake.set_member_status(GROUP, OWNER, "boss")


async def test_writing_in_a_group_makes_a_member(tg: TelegramEnv) -> None:
    await say(tg, "/help", 6008)
    assert (await tg.app.bot.get_chat_member(GROUP, 6008)).status == "member"
