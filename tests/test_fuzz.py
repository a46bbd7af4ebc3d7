"""Property-based fuzzing of the whole bot: random messages, commands with random arguments,
callback data (random, and mutations of the bot's own buttons) and inline queries go through the
real Application against the local Bot API (strict mode: it refuses what Telegram refuses,
and a little more).

For every sequence of updates: no handler raises (an extra error handler records anything that
reaches the error handlers), no apology is sent, Telegram refuses no request (valid HTML, within
every limit; an edit that changes nothing is the one refusal the bot tolerates, as a no-op), and
every callback and inline query is answered. One bot and one database serve all the examples, so
state built by earlier examples (subscriptions, languages, pages) is fuzzed too.
"""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram.ext import CallbackContext

from bot.answers.engine import Engine
from tests.telegram_env import TelegramEnv, close_env, make_env, no_rate_limits

PRIVATE_USERS = {1001: "en", 2002: "ru"}
GROUP = -1001000000555
GROUP_ADMIN, GROUP_MEMBER = 3003, 3004
NOT_MODIFIED = "message is not modified"

COMMANDS = [
    "start", "help", "about", "lang", "bodies", "meetings", "programmes", "ask", "upcoming", "subscribe",
    "settings", "unsubscribe", "digest", "calendar", "timezone", "reload", "stats", "unanswered", "kb",
    "rollback", "nosuchcommand",
]  # fmt: skip
# Characters that have broken parsers before: lone surrogates, NUL, Unicode digits and
# superscripts, markup, direction marks, Cyrillic, emoji, a very long word.
SPECIALS = ["\ud800", "\udfff", "\x00", "²", "٣", "⁰", "<", ">", "&", "&amp;", "</b>", "/", "@", ":", "\u202e",
            "\u200b", "й", "ё", "ОДКБ", "CSTO", "🦉", "\n", " ", "x" * 100]  # fmt: skip
REALISTIC_ARGS = ["30", "7", "0", "366", "100000", "²", "Asia/Almaty", "asia/almaty", "America", "Europe/Moscow",
                  "UTC", "x" * 300, "meeting_mtg_2025_11_05_security_secretaries_13", "atc", "2025-01-01", "-1"]  # fmt: skip

pieces = st.one_of(st.characters(codec=None, exclude_categories=()), st.sampled_from(SPECIALS))


def text_of(min_size: int, max_size: int) -> st.SearchStrategy[str]:
    return st.lists(pieces, min_size=min_size, max_size=max_size).map("".join)


texts = text_of(1, 40).filter(lambda text: len(text) <= 4096 and bool(text.strip()))
words = st.one_of(st.sampled_from(REALISTIC_ARGS), text_of(1, 20).filter(lambda word: bool(word.split())))
chats = st.sampled_from(["private-en", "private-ru", "group-admin", "group-member"])


def _short_data(data: str) -> bool:
    return 0 < len(data.encode("utf-8", "surrogatepass")) <= 64


mutations = st.one_of(
    st.tuples(st.just("truncate"), st.integers(0, 64)),
    st.tuples(st.just("append"), st.sampled_from(["²", "0", "9999", ":", ":x", "\n", "\ud800", "ы"])),
    st.tuples(st.just("replace"), st.integers(0, 64), st.sampled_from(["²", "٣", "z", ":", "\x00", "-", "99"])),
    st.tuples(st.just("double"), st.just(0)),
)
actions = st.one_of(
    st.tuples(st.just("say"), chats, texts),
    st.tuples(st.just("command"), chats, st.sampled_from(COMMANDS), st.lists(words, max_size=3)),
    st.tuples(st.just("press"), chats, st.integers(0, 10_000)),
    st.tuples(st.just("mutate"), chats, st.integers(0, 10_000), mutations),
    st.tuples(st.just("forge"), chats, text_of(1, 64).filter(_short_data)),
    st.tuples(st.just("inline"), chats, text_of(0, 64).filter(lambda query: len(query) <= 256)),
)


def mutate(data: str, mutation: tuple[Any, ...]) -> str:
    kind = mutation[0]
    if kind == "truncate":
        return data[: mutation[1] % (len(data) + 1)]
    if kind == "append":
        return data + mutation[1]
    if kind == "replace" and data:
        where = mutation[1] % len(data)
        return data[:where] + mutation[2] + data[where + 1 :]
    return data + data


class Fuzzer:
    def __init__(self, env: TelegramEnv) -> None:
        self.env = env
        self.errors: list[BaseException] = []

    def who(self, chat: str) -> dict[str, Any]:
        if chat.startswith("private"):
            user = 1001 if chat == "private-en" else 2002
            return {"user_id": user, "language_code": PRIVATE_USERS[user]}
        user = GROUP_ADMIN if chat == "group-admin" else GROUP_MEMBER
        return {"user_id": user, "chat_id": GROUP, "chat_type": "supergroup", "language_code": "en"}

    def keyboards(self, chat: str) -> list[tuple[dict[str, Any], str]]:
        """Every (message, callback data) the bot has shown in this conversation and not deleted."""
        chat_id = GROUP if chat.startswith("group") else self.who(chat)["user_id"]
        found = []
        for message in self.env.fake.sent_messages(chat_id, include_deleted=False):
            for _, data in self.env.buttons(message):
                if data:
                    found.append((message, data))
        return found

    async def ensure_keyboard(self, chat: str) -> list[tuple[dict[str, Any], str]]:
        found = self.keyboards(chat)
        if not found:
            await self.env.say("/start", **self.who(chat))
            found = self.keyboards(chat)
        return found

    async def run(self, action: tuple[Any, ...]) -> None:
        env = self.env
        env.user_clock.advance(5)  # users type at human speed: flood control is tested elsewhere
        kind, chat = action[0], action[1]
        who = self.who(chat)
        if kind == "say":
            text = action[2]
            if chat.startswith("group"):
                text = f"@{env.app.bot.username} {text}"  # addressed to the bot
            await env.say(text, **who)
        elif kind == "command":
            target = f"@{env.app.bot.username}" if chat.startswith("group") else ""
            await env.say(" ".join([f"/{action[2]}{target}", *action[3]]), **who)
        elif kind == "inline":
            update = env.fake.inline_query(action[2], user_id=who["user_id"])
            await env.feed(update)
            assert env.fake.inline_queries[update["inline_query"]["id"]].answered, "inline query not answered"
        else:
            found = await self.ensure_keyboard(chat)
            message, real = found[action[2] % len(found)] if kind != "forge" else found[0]
            data = mutate(real, action[3]) if kind == "mutate" else action[2] if kind == "forge" else real
            # The double presses only buttons that exist; a forging client then sends other data.
            update = env.fake.callback_query(message["chat_id"], message["message_id"], real, user_id=who["user_id"])
            update["callback_query"]["data"] = data
            await env.feed(update)
            assert env.fake.callback_queries[update["callback_query"]["id"]].answered, f"{data!r} not answered"
        self.check()

    def check(self) -> None:
        env = self.env
        assert self.errors == [], f"the error handler was reached: {self.errors!r}"
        assert env.apologies() == [], "the bot apologised"
        refused = [
            (r.method, (r.response or {}).get("description"))
            for r in env.errors()
            if NOT_MODIFIED not in str((r.response or {}).get("description", "")).lower()
        ]
        assert refused == [], f"Telegram would refuse: {refused}"


def test_random_updates_never_break_the_bot(tmp_path: Path, engine: Engine) -> None:
    loop = asyncio.new_event_loop()
    env = loop.run_until_complete(make_env(tmp_path, engine, limits=no_rate_limits(), strict=True, group_privacy=False))
    env.fake.add_chat(GROUP, "supergroup", title="Fuzzers")
    env.fake.set_member_status(GROUP, GROUP_ADMIN, "administrator")
    env.fake.set_member_status(GROUP, GROUP_MEMBER, "member")
    fuzzer = Fuzzer(env)

    async def record(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
        fuzzer.errors.append(context.error or RuntimeError("unknown error"))

    env.app.add_error_handler(record)

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
        database=None,  # no example database on disk: every run is a fresh draw from the seed
        derandomize=True,  # the same examples every run: CI failures reproduce
    )
    @given(st.lists(actions, min_size=1, max_size=6))
    def play(sequence: list[tuple[Any, ...]]) -> None:
        fuzzer.errors.clear()
        for action in sequence:
            loop.run_until_complete(fuzzer.run(action))

    try:
        play()
    finally:
        loop.run_until_complete(close_env(env))
        loop.close()


@pytest.mark.parametrize(
    ("data", "mutation", "expected"),
    [
        ("l:b:1", ("truncate", 3), "l:b"),
        ("l:b:1", ("append", "²"), "l:b:1²"),
        ("s:z:3", ("replace", 4, "٣"), "s:z:٣"),
        ("g:en", ("double", 0), "g:eng:en"),
    ],
)
def test_mutations(data: str, mutation: tuple[Any, ...], expected: str) -> None:
    assert mutate(data, mutation) == expected
