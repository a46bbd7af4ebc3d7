"""The fake Telegram Bot API (bot/fake_telegram) driven by a real python-telegram-bot Application.

Everything runs in-process or on 127.0.0.1; the clock is a ManualClock wherever time matters.
"""

from __future__ import annotations

import asyncio
import html
import json
import random
import sys
import time
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import parse_qsl, urlencode

import httpx
import pytest
from telegram import (
    Bot,
    BotCommand,
    BotCommandScopeAllPrivateChats,
    BotCommandScopeChat,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InputTextMessageContent,
    Message,
    Update,
)
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    InlineQueryHandler,
    MessageHandler,
    filters,
)
from telegram.request import HTTPXRequest

from bot.fake_telegram import (
    BotApiServer,
    FakeTelegram,
    Fault,
    Latency,
    Limits,
    ManualClock,
    RecordedRequest,
    UndeliverableUpdate,
    make_request,
)
from bot.fake_telegram.formatting import EntityParseError, parse_html
from bot.fake_telegram.gateway import parse_body, parse_form

# PTB 22 warns whenever it builds a RetryAfter (its int -> timedelta migration); not ours to fix.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")

USER = 1001
GROUP = -4001
SUPERGROUP = -1001234567890


# --- the bot under test: a small echo bot ------------------------------------------------------------
async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("More", callback_data="more:1")]])
    assert update.effective_message is not None
    await update.effective_message.reply_html("<b>Welcome</b> to the CIS bot", reply_markup=keyboard)


async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.text is not None
    await update.message.reply_html(f"You said: <i>{html.escape(update.message.text)}</i>")


async def more(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Loading…")
    await query.edit_message_text("<b>More</b> details", parse_mode="HTML")


async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.message is not None and update.message.document is not None
    telegram_file = await update.message.document.get_file()
    content = await telegram_file.download_as_bytearray()
    await update.message.reply_text(f"got {len(content)} bytes: {bytes(content[:5]).decode()}")


async def inline(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.inline_query
    assert query is not None
    results = [
        InlineQueryResultArticle(f"r{i}", f"Result {i}", InputTextMessageContent(f"<b>{i}</b>", parse_mode="HTML"))
        for i in range(3)
    ]
    await query.answer(results, cache_time=0)


def build_app(fake: FakeTelegram, **request_kwargs: Any) -> Application:
    app = (
        Application.builder()
        .token(fake.token)
        .request(make_request(fake, **request_kwargs))
        .get_updates_request(make_request(fake, max_poll_wait=0.2))
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    app.add_handler(MessageHandler(filters.Document.ALL, document))
    app.add_handler(CallbackQueryHandler(more))
    app.add_handler(InlineQueryHandler(inline))
    return app


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(1000.0)


@pytest.fixture
def fake(clock: ManualClock) -> FakeTelegram:
    return FakeTelegram(clock=clock)


@pytest.fixture
async def app(fake: FakeTelegram) -> AsyncIterator[Application]:
    application = build_app(fake)
    async with application:
        yield application


async def feed(app: Application, update: dict[str, Any]) -> None:
    await app.process_update(Update.de_json(update, app.bot))


def last(fake: FakeTelegram, chat_id: int) -> dict[str, Any]:
    """The bot's latest message in a chat, which must exist."""
    return known(fake.last_message(chat_id))


def known(message: dict[str, Any] | None) -> dict[str, Any]:
    assert message is not None
    return message


def response(record: RecordedRequest) -> dict[str, Any]:
    assert record.response is not None
    return record.response


def incoming(update: dict[str, Any], app: Application) -> Message:
    """The message of an update as PTB parses it."""
    message = Update.de_json(update, app.bot).message
    assert message is not None
    return message


# --- basic round trips ----------------------------------------------------------------------------
async def test_echo_through_process_update(app: Application, fake: FakeTelegram) -> None:
    update = fake.user_message("hello <world> & co")
    assert incoming(update, app).text == "hello <world> & co"
    await feed(app, update)
    [sent] = fake.sent_messages(USER)
    assert sent["text"] == "You said: hello <world> & co"
    assert sent["source"] == "You said: <i>hello &lt;world&gt; &amp; co</i>"
    assert sent["entities"] == [{"type": "italic", "offset": 10, "length": 18}]
    assert sent["parse_mode"] == "HTML" and sent["message_id"] == 2  # ids are per chat: the user's was 1
    assert last(fake, USER) == sent
    assert [r.method for r in fake.requests] == ["getMe", "sendMessage"]


async def test_command_entities_and_group_privacy(app: Application, fake: FakeTelegram) -> None:
    update = fake.user_message("/start@cis_security_bot now", chat_id=GROUP, chat_type="group")
    assert update["message"]["entities"] == [{"type": "bot_command", "offset": 0, "length": 23}]
    await feed(app, update)
    assert last(fake, GROUP)["text"] == "Welcome to the CIS bot"

    mention = fake.user_message("ask @somebody_else about /help", user_id=7)
    kinds = [(e["type"], e["offset"], e["length"]) for e in mention["message"]["entities"]]
    assert kinds == [("mention", 4, 14), ("bot_command", 25, 5)]

    with pytest.raises(UndeliverableUpdate):
        fake.user_message("just chatting", chat_id=GROUP, chat_type="group")
    with pytest.raises(UndeliverableUpdate):
        fake.user_message("/start@other_bot", chat_id=GROUP, chat_type="group")
    bot_message = last(fake, GROUP)
    reply = fake.user_message("thanks", chat_id=GROUP, chat_type="group", reply_to=bot_message["message_id"])
    await feed(app, reply)
    assert last(fake, GROUP)["text"] == "You said: thanks"


async def test_polling_confirms_updates_by_offset(fake: FakeTelegram) -> None:
    app = build_app(fake)
    async with app:
        await app.updater.start_polling(timeout=5, poll_interval=0)  # type: ignore[union-attr]
        await app.start()
        fake.enqueue(fake.user_message("one"))
        fake.enqueue(fake.user_message("two"))
        for _ in range(200):
            if len(fake.sent_messages()) == 2:
                break
            await asyncio.sleep(0.01)
        await app.updater.stop()  # type: ignore[union-attr]
        await app.stop()
    assert [m["text"] for m in fake.sent_messages()] == ["You said: one", "You said: two"]
    polls = fake.calls("getUpdates")
    assert polls[-1].params["offset"] == "100000003"  # the cleanup call confirmed both updates
    assert fake.update_queue == []
    assert fake.calls("deleteWebhook")  # PTB's bootstrap


async def test_get_updates_offset_limit_and_negative_offset(app: Application, fake: FakeTelegram) -> None:
    ids = [fake.enqueue(fake.user_message(f"m{i}"))["update_id"] for i in range(4)]
    assert [u.update_id for u in await app.bot.get_updates()] == ids
    assert [u.update_id for u in await app.bot.get_updates(limit=2)] == ids[:2]
    assert [u.update_id for u in await app.bot.get_updates(offset=ids[2])] == ids[2:]
    assert [u.update_id for u in await app.bot.get_updates()] == ids[2:]  # earlier ones are gone for good
    assert [u.update_id for u in await app.bot.get_updates(offset=-1)] == ids[3:]
    assert await app.bot.get_updates(offset=ids[3] + 1) == ()


async def test_long_poll_waits_for_an_update_and_newer_poll_terminates_older(
    app: Application, fake: FakeTelegram
) -> None:
    started = time.monotonic()
    waiting = asyncio.create_task(app.bot.get_updates(timeout=5))
    await asyncio.sleep(0.05)
    fake.enqueue(fake.user_message("wake up"))
    [update] = await waiting
    assert update.message.text == "wake up" and time.monotonic() - started < 1

    first = asyncio.create_task(app.bot.get_updates(offset=update.update_id + 1, timeout=5))
    await asyncio.sleep(0.05)
    second = asyncio.create_task(app.bot.get_updates(offset=update.update_id + 1, timeout=0))
    with pytest.raises(Conflict, match="terminated by other getUpdates request"):
        await first
    assert await second == ()


async def test_webhook_blocks_get_updates(app: Application, fake: FakeTelegram) -> None:
    assert await app.bot.set_webhook("https://bot.example.org/hook", secret_token="s3cret")
    with pytest.raises(Conflict, match="can't use getUpdates method while webhook is active"):
        await app.bot.get_updates()
    info = await app.bot.get_webhook_info()
    assert info.url == "https://bot.example.org/hook" and info.pending_update_count == 0
    with pytest.raises(BadRequest, match=r"(?i)an https url must be provided for webhook"):
        await app.bot.set_webhook("http://bot.example.org/hook")
    assert await app.bot.delete_webhook()
    assert fake.requests[-1].response == {"ok": True, "result": True, "description": "Webhook was deleted"}
    assert await app.bot.get_updates() == ()


# --- validation -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("source", "detail"),
    [
        ("Hello <foo>x</foo>", 'Unsupported start tag "foo" at byte offset 6'),
        ("Привет <br>", 'Unsupported start tag "br" at byte offset 13'),  # byte offsets, UTF-8
        ("<b>bold</i>", 'Unmatched end tag at byte offset 7, expected "</b>", found "</i>"'),
        ("<b>bold", 'Can\'t find end tag corresponding to start tag "b"'),
        ("text</b>", "Unexpected end tag at byte offset 4"),
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ('<span class="red">x</span>', 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
        ("<b", "Unclosed start tag at byte offset 0"),
        ('<a href="x"', 'Unclosed start tag "a" at byte offset 0'),
        ('<tg-emoji emoji-id="abc">👍</tg-emoji>', "Invalid custom emoji identifier specified"),
    ],
)
def test_html_parse_errors_are_worded_like_telegram(source: str, detail: str) -> None:
    with pytest.raises(EntityParseError) as caught:
        parse_html(source)
    assert str(caught.value) == detail


def test_html_entities_and_nesting() -> None:
    parsed = parse_html(
        '<b>B <i>BI</i></b> &lt;&gt;&amp;&quot;&#65;&#x42; <a href="https://x.org/?a=1&amp;b=2">link</a> '
        '<span class="tg-spoiler">s</span> <pre><code class="language-python">x = 1</code></pre> '
        "<blockquote expandable>q</blockquote> AT&T &nbsp;"
    )
    assert parsed.text == 'B BI <>&"AB link s x = 1 q AT&T &nbsp;'
    by_type = {e["type"]: e for e in parsed.entities}
    assert by_type["bold"] == {"type": "bold", "offset": 0, "length": 4}
    assert by_type["italic"] == {"type": "italic", "offset": 2, "length": 2}
    assert by_type["text_link"]["url"] == "https://x.org/?a=1&b=2"
    assert by_type["pre"] == {"type": "pre", "offset": 19, "length": 5, "language": "python"}
    assert "spoiler" in by_type and "expandable_blockquote" in by_type
    with pytest.raises(EntityParseError, match="Unsupported HTML entity"):
        parse_html("a&nbsp;b", strict=True)


async def test_bad_html_raises_bad_request_in_ptb(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    with pytest.raises(BadRequest, match=r"Can't parse entities: unsupported start tag \"foo\" at byte offset 12"):
        await app.bot.send_message(USER, "Quick facts <foo>", parse_mode="HTML")
    assert response(fake.requests[-1])["description"] == (
        'Bad Request: can\'t parse entities: Unsupported start tag "foo" at byte offset 12'
    )
    with pytest.raises(BadRequest, match="Unsupported parse_mode"):
        await app.bot.send_message(USER, "x", parse_mode="XML")
    with pytest.raises(BadRequest, match="Message text is empty"):
        await app.bot.send_message(USER, "<b>  </b>", parse_mode="HTML")
    assert fake.sent_messages() == []


async def test_message_length_is_counted_after_parsing_in_utf16(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    await app.bot.send_message(USER, "<b>" + "я" * 4096 + "</b>", parse_mode="HTML")  # markup is not counted
    with pytest.raises(BadRequest, match="Message is too long"):
        await app.bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match="Message is too long"):
        await app.bot.send_message(USER, "😀" * 2049)  # 4098 UTF-16 code units
    assert len(fake.sent_messages()) == 1


async def test_keyboard_validation(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)

    def keyboard(**button: Any) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup([[InlineKeyboardButton("Go", **button)]])

    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await app.bot.send_message(USER, "x", reply_markup=keyboard(callback_data="x" * 65))
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await app.bot.send_message(USER, "x", reply_markup=keyboard(callback_data="я" * 33))  # 66 bytes
    with pytest.raises(BadRequest, match="Button_url_invalid"):
        await app.bot.send_message(USER, "x", reply_markup=keyboard(url="not a url"))
    status, body = fake.handle(
        "sendMessage",
        {"chat_id": USER, "text": "x", "reply_markup": '{"inline_keyboard": [[{"text": "a"}]]}'},
    )
    assert (status, body["description"]) == (
        400,
        "Bad Request: text buttons are unallowed in the inline keyboard",
    )
    await app.bot.send_message(USER, "ok", reply_markup=keyboard(callback_data="я" * 32))


async def test_callback_query_answer_and_edit(app: Application, fake: FakeTelegram, clock: ManualClock) -> None:
    await feed(app, fake.user_message("/start"))
    menu = last(fake, USER)
    assert menu["reply_markup"] == {"inline_keyboard": [[{"text": "More", "callback_data": "more:1"}]]}
    press = fake.callback_query(USER, menu["message_id"], "more:1")
    assert press["callback_query"]["message"]["text"] == "Welcome to the CIS bot"
    await feed(app, press)
    [answer] = fake.answered_callbacks
    assert answer["text"] == "Loading…" and answer["message_id"] == menu["message_id"]
    edited = known(fake.message(USER, menu["message_id"]))
    assert edited["text"] == "More details" and edited["edits"] == 1 and edited["reply_markup"] is None
    assert [e["action"] for e in fake.outbox] == ["send", "edit"]

    with pytest.raises(BadRequest, match="Query is too old"):
        await app.bot.answer_callback_query(press["callback_query"]["id"])  # already answered
    with pytest.raises(ValueError, match="no such callback button"):
        fake.callback_query(USER, menu["message_id"], "more:1")  # the edit removed the keyboard

    await feed(app, fake.user_message("/start"))
    late = fake.callback_query(USER, last(fake, USER)["message_id"], button_text="More")
    clock.advance(16)
    with pytest.raises(BadRequest, match="Query is too old"):
        await app.bot.answer_callback_query(late["callback_query"]["id"])


async def test_edit_errors(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    sent = await app.bot.send_message(USER, "<b>Same</b>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is not modified: specified new message content"):
        await app.bot.edit_message_text("<b>Same</b>", USER, sent.message_id, parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await app.bot.edit_message_text("new", USER, 999)
    user_msg = fake.user_message("mine")["message"]["message_id"]
    with pytest.raises(BadRequest, match="Message can't be edited"):
        await app.bot.edit_message_text("new", USER, user_msg)
    assert await app.bot.delete_message(USER, sent.message_id)
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await app.bot.edit_message_text("new", USER, sent.message_id)
    with pytest.raises(BadRequest, match="Message to delete not found"):
        await app.bot.delete_message(USER, sent.message_id)
    with pytest.raises(BadRequest, match="Message to be replied not found"):
        await app.bot.send_message(USER, "x", reply_to_message_id=12345)


async def test_inline_query_answers_and_limits(app: Application, fake: FakeTelegram) -> None:
    await feed(app, fake.inline_query("csto"))
    [answer] = fake.inline_answers
    assert [r["id"] for r in answer["results"]] == ["r0", "r1", "r2"]

    def articles(ids: list[str]) -> list[InlineQueryResultArticle]:
        return [InlineQueryResultArticle(i, "t", InputTextMessageContent("x")) for i in ids]

    query_id = fake.inline_query("more")["inline_query"]["id"]
    with pytest.raises(BadRequest, match="Results_too_much"):
        await app.bot.answer_inline_query(query_id, articles([str(i) for i in range(51)]))
    with pytest.raises(BadRequest, match="Result_id_duplicate"):
        await app.bot.answer_inline_query(query_id, articles(["a", "a"]))
    with pytest.raises(BadRequest, match="Result_id_invalid"):
        await app.bot.answer_inline_query(query_id, articles(["x" * 65]))
    assert await app.bot.answer_inline_query(query_id, articles([str(i) for i in range(50)]))


async def test_builders_make_updates_ptb_understands(app: Application, fake: FakeTelegram) -> None:
    first = fake.user_message("typo", language_code="ru", first_name="Ирина", username="irina")
    photo = incoming(fake.photo_message(b"jpeg-bytes", caption="pic"), app)
    sticker = incoming(fake.sticker_message("🔥"), app)
    edited = Update.de_json(fake.edited_message(USER, first["message"]["message_id"], "fixed"), app.bot)
    unblock = Update.de_json(fake.my_chat_member(USER, blocked=False), app.bot)
    assert len(photo.photo) == 3 and photo.caption == "pic" and photo.photo[-1].width == 800
    assert bytes(await (await photo.photo[-1].get_file()).download_as_bytearray()) == b"jpeg-bytes"
    assert sticker.sticker is not None and sticker.sticker.emoji == "🔥"
    assert edited.edited_message is not None and edited.edited_message.text == "fixed"
    assert edited.edited_message.edit_date is not None
    assert edited.effective_user is not None and edited.effective_user.language_code == "ru"
    assert edited.effective_user.first_name == "Ирина" and edited.effective_user.username == "irina"
    assert unblock.my_chat_member is not None and unblock.my_chat_member.new_chat_member.status == "member"
    assert [m.message_id for m in (photo, sticker)] == [2, 3]
    assert isinstance(first["message"]["date"], int) and first["update_id"] < unblock.update_id
    assert fake.messages_by_id[(USER, 1)]["text"] == "fixed"
    with pytest.raises(UndeliverableUpdate):
        fake.sticker_message(chat_id=GROUP, chat_type="group")

    chat = await app.bot.get_chat(USER)
    assert chat.first_name == "Ирина" and chat.type == "private"
    assert await app.bot.send_chat_action(USER, "typing")
    assert fake.chat_actions[0]["action"] == "typing"
    with pytest.raises(BadRequest, match="Chat not found"):
        await app.bot.get_chat(424242)
    with pytest.raises(BadRequest, match="Chat not found"):
        await app.bot.send_message(424242, "hello stranger")


def test_strict_mode_rejects_what_telegram_tolerates() -> None:
    lenient, strict = FakeTelegram(), FakeTelegram(strict=True)
    lenient.add_chat(USER)
    strict.add_chat(USER)
    two_actions = json.dumps({"inline_keyboard": [[{"text": "a", "callback_data": "x", "url": "https://x.org"}]]})
    for text, markup in (("a&nbsp;b", None), ("<a>bare link</a>", None), ("x", two_actions)):
        params = {"chat_id": USER, "text": text, "parse_mode": "HTML", "reply_markup": markup}
        assert lenient.handle("sendMessage", params)[0] == 200  # three sends: within the private burst
        assert strict.handle("sendMessage", params)[0] == 400


# --- errors PTB must map to its exceptions ---------------------------------------------------------
async def test_injected_flood_gives_retry_after(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    fake.inject(None, Fault.flood(7), times=2)
    for _ in range(2):
        with pytest.raises(RetryAfter, match="Retry in 7 seconds"):
            await app.bot.send_message(USER, "storm")
    await app.bot.send_message(USER, "calm")
    assert [t.scope for t in fake.throttled] == ["injected", "injected"]
    assert response(fake.calls("sendMessage")[0])["parameters"] == {"retry_after": 7}


async def test_blocked_user_gives_forbidden(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    update = fake.my_chat_member(USER, blocked=True)
    member = Update.de_json(update, app.bot).my_chat_member
    assert member is not None and member.new_chat_member.status == "kicked"
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await app.bot.send_message(USER, "hello?")
    fake.unblock_user(USER)
    await app.bot.send_message(USER, "welcome back")
    fake.block_user(USER)
    with pytest.raises(Forbidden):
        await app.bot.send_chat_action(USER, "typing")


async def test_group_migration_gives_chat_migrated(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(GROUP, "group", title="CIS analysts")
    old_notice, new_notice = fake.migrate_group(GROUP, SUPERGROUP)
    assert incoming(old_notice, app).migrate_to_chat_id == SUPERGROUP
    assert incoming(new_notice, app).migrate_from_chat_id == GROUP
    with pytest.raises(ChatMigrated) as caught:
        await app.bot.send_message(GROUP, "hello")
    assert caught.value.new_chat_id == SUPERGROUP
    sent = await app.bot.send_message(SUPERGROUP, "hello again")
    assert sent.chat.type == "supergroup" and sent.chat.title == "CIS analysts"


async def test_bad_gateway_gives_network_error(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    fake.inject("sendMessage", Fault.bad_gateway())
    with pytest.raises(NetworkError, match="Bad Gateway") as caught:
        await app.bot.send_message(USER, "x")
    assert not isinstance(caught.value, BadRequest)
    assert fake.requests[-1].response == {"ok": False, "error_code": 502, "description": "Bad Gateway"}
    await app.bot.send_message(USER, "x")


async def test_timeouts_give_timed_out(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    fake.inject("sendMessage", Fault.timeout())
    with pytest.raises(TimedOut):
        await app.bot.send_message(USER, "lost")
    assert fake.sent_messages() == [] and fake.requests[-1].fault == "timeout"
    fake.inject("sendMessage", Fault.timeout(applied=True))
    with pytest.raises(TimedOut):
        await app.bot.send_message(USER, "delivered, but the reply was lost")
    assert [m["text"] for m in fake.sent_messages()] == ["delivered, but the reply was lost"]


def test_probabilistic_faults_are_reproducible() -> None:
    def run(seed: int) -> list[int]:
        fake = FakeTelegram(seed=seed)
        fake.inject("getMe", Fault.bad_gateway(), times=None, probability=0.5)
        return [fake.handle("getMe", {})[0] for _ in range(20)]

    assert run(1) == run(1)
    assert set(run(1)) == {200, 502}


async def test_wrong_token_and_unknown_method(fake: FakeTelegram) -> None:
    impostor = Application.builder().token("999:WRONG_TOKEN").request(make_request(fake)).build()
    with pytest.raises(InvalidToken):
        await impostor.initialize()
    assert fake.handle("getMe", {}, token="999:WRONG") == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert fake.handle("fooBar", {}) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})
    assert fake.handle("GETME", {})[0] == 200  # method names are case-insensitive


BOT_API_METHODS = (
    "getMe",
    "close",
    "logOut",
    "getChat",
    "getChatMember",
    "getUpdates",
    "setWebhook",
    "deleteWebhook",
    "getWebhookInfo",
    "sendMessage",
    "sendDocument",
    "editMessageText",
    "editMessageReplyMarkup",
    "deleteMessage",
    "sendChatAction",
    "answerCallbackQuery",
    "answerInlineQuery",
    "setMyCommands",
    "getMyCommands",
    "deleteMyCommands",
    "getFile",
)


def test_the_double_answers_the_bot_api_methods_and_nothing_else_it_has(fake: FakeTelegram) -> None:
    """Each Bot API method is answered by its handler (a refusal of bad parameters, not Not Found); the
    fake's own Python names (helpers, builders, handlers) are unknown methods to a client."""
    for method in BOT_API_METHODS:
        assert fake.method_name(method.upper()) == method
        status, body = fake.handle(method, {})
        assert (status, body.get("description")) != (404, "Not Found"), method
    for name in ("handle", "add_chat", "user_message", "send_message", "log_outgoing", "api_getMe", "state"):
        assert fake.handle(name, {}) == (404, {"ok": False, "error_code": 404, "description": "Not Found"})


def test_what_a_test_changes_on_the_fake_reaches_the_methods(fake: FakeTelegram) -> None:
    """Limits replaced after start-up govern flood control; a webhook set through the API is visible."""
    fake.add_chat(USER)
    fake.limits = Limits(private_burst=1)
    assert fake.handle("sendMessage", {"chat_id": USER, "text": "a"})[0] == 200
    assert fake.handle("sendMessage", {"chat_id": USER, "text": "b"})[0] == 429
    assert [throttle.scope for throttle in fake.throttled] == ["private"]
    assert fake.handle("setWebhook", {"url": "https://example.org/hook"})[0] == 200
    assert fake.webhook is not None and fake.webhook["url"] == "https://example.org/hook"
    assert fake.handle("getUpdates", {})[0] == 409


# --- files and commands ---------------------------------------------------------------------------
async def test_file_upload_get_file_and_download(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    payload = b"%PDF-1.7\r\n--boundary-looking--\r\n\x00\xff binary"
    sent = await app.bot.send_document(USER, payload, filename="report.pdf", caption="<b>Report</b>", parse_mode="HTML")
    assert sent.document.file_name == "report.pdf" and sent.caption == "Report"
    telegram_file = await app.bot.get_file(sent.document.file_id)
    assert telegram_file.file_path.endswith("/file/bot123456:TEST/documents/file_1.pdf")
    assert bytes(await telegram_file.download_as_bytearray()) == payload
    again = await app.bot.send_document(USER, sent.document.file_id)  # re-send by file_id
    assert again.document.file_unique_id == sent.document.file_unique_id
    with pytest.raises(BadRequest, match="Wrong file identifier/http url specified"):
        await app.bot.send_document(USER, "no-such-file-id")

    await feed(app, fake.document_message("notes.txt", b"hello from the user", mime_type="text/plain"))
    assert last(fake, USER)["text"] == "got 19 bytes: hello"


async def test_commands_per_scope_and_language(app: Application, fake: FakeTelegram) -> None:
    fake.add_chat(USER)
    bot = app.bot
    await bot.set_my_commands([BotCommand("start", "Start"), BotCommand("help", "Help")])
    await bot.set_my_commands([BotCommand("start", "Начать")], language_code="ru")
    await bot.set_my_commands([BotCommand("search", "Search")], scope=BotCommandScopeAllPrivateChats())
    await bot.set_my_commands([BotCommand("admin", "Admin")], scope=BotCommandScopeChat(USER), language_code="en")
    assert [c.command for c in await bot.get_my_commands()] == ["start", "help"]
    assert [c.description for c in await bot.get_my_commands(language_code="ru")] == ["Начать"]
    assert await bot.get_my_commands(language_code="de") == ()
    assert fake.commands({"type": "all_private_chats"}) == [{"command": "search", "description": "Search"}]
    assert fake.visible_commands(USER, language_code="en")[0]["command"] == "admin"
    assert fake.visible_commands(USER, language_code="ru")[0]["command"] == "search"
    assert await bot.delete_my_commands(scope=BotCommandScopeAllPrivateChats())
    assert fake.visible_commands(USER, language_code="ru")[0]["description"] == "Начать"
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await bot.set_my_commands([BotCommand("Bad-Name", "x")])


# --- rate limits on an injected clock ------------------------------------------------------------
async def test_overall_limit_30_per_second(app: Application, fake: FakeTelegram, clock: ManualClock) -> None:
    for user in range(2000, 2031):
        fake.add_chat(user)
    for user in range(2000, 2030):
        await app.bot.send_message(user, "broadcast")
    with pytest.raises(RetryAfter, match="Retry in 1 seconds"):
        await app.bot.send_message(2030, "broadcast")
    assert [(t.scope, t.chat_id, t.retry_after) for t in fake.throttled] == [("global", 2030, 1)]
    clock.advance(1.0)
    await app.bot.send_message(2030, "broadcast")
    assert len(fake.sent_messages()) == 31


async def test_private_chat_burst_then_one_per_second(app: Application, fake: FakeTelegram, clock: ManualClock) -> None:
    fake.add_chat(USER)
    for i in range(3):  # the default burst
        await app.bot.send_message(USER, f"quick {i}")
    with pytest.raises(RetryAfter):
        await app.bot.send_message(USER, "one too many")
    clock.advance(0.5)
    with pytest.raises(RetryAfter):
        await app.bot.send_message(USER, "still too soon")
    clock.advance(0.5)
    await app.bot.send_message(USER, "after a second")
    with pytest.raises(RetryAfter):
        await app.bot.send_message(USER, "and right after")
    assert [t.scope for t in fake.throttled] == ["private"] * 3
    assert len(fake.sent_messages()) == 4


async def test_group_limit_20_per_minute_and_config(app: Application, fake: FakeTelegram, clock: ManualClock) -> None:
    fake.add_chat(GROUP, "group")
    for _ in range(20):
        await app.bot.send_message(GROUP, "news")
        clock.advance(1.0)
    with pytest.raises(RetryAfter, match="Retry in 40 seconds"):
        await app.bot.send_message(GROUP, "one more")
    clock.advance(40)
    await app.bot.send_message(GROUP, "one more")

    strict = FakeTelegram(clock=clock, limits=Limits(private_burst=1))
    strict.add_chat(USER)
    assert strict.handle("sendMessage", {"chat_id": USER, "text": "a"})[0] == 200
    assert strict.handle("sendMessage", {"chat_id": USER, "text": "b"})[0] == 429
    assert strict.handle("editMessageText", {"chat_id": USER, "message_id": 1, "text": "c"})[0] == 200  # not counted


# --- latency ------------------------------------------------------------------------------------
async def test_latency_holds_replies_back_and_a_late_reply_is_still_a_sent_message(fake: FakeTelegram) -> None:
    """In process: replies wait ``fixed`` + jitter; one later than the client's read timeout becomes
    TimedOut after that timeout, but the double (like Telegram) has sent the message."""
    fake.add_chat(USER)
    fake.set_latency(Latency(fixed=0.05, jitter=0.05, methods=frozenset({"sendMessage"})))
    bot = Bot(fake.token, request=make_request(fake, read_timeout=0.3))
    async with bot:
        started = time.perf_counter()
        await bot.send_message(USER, "on time")
        assert 0.05 <= time.perf_counter() - started < 0.3
        await bot.get_me()  # not a delayed method
        assert {r.delay for r in fake.calls("getMe")} == {0.0}
        fake.set_latency(Latency(slow=((1.0, 0.6),)))  # every reply takes 0.6 s: a slow tail of 100 %
        started = time.perf_counter()
        with pytest.raises(TimedOut):
            await bot.send_message(USER, "late")
        assert 0.3 <= time.perf_counter() - started < 0.55  # gave up at its read timeout
        await bot.send_message(USER, "waited for", read_timeout=1.0)
    assert [m["text"] for m in fake.sent_messages(USER)] == ["on time", "late", "waited for"]
    assert [(r.status, r.delay) for r in fake.calls("sendMessage")][1:] == [(200, 0.6), (200, 0.6)]
    fake.set_latency(None)
    assert fake.reply_delay("sendMessage") == 0.0


def test_latency_draws_follow_the_shares() -> None:
    latency = Latency(fixed=0.1, slow=((0.05, 6.0), (0.01, 40.0)))
    rng = random.Random(1)
    draws = [latency.draw("sendMessage", rng) for _ in range(10_000)]
    assert 400 < draws.count(6.0) < 600 and 50 < draws.count(40.0) < 150
    assert draws.count(0.1) == 10_000 - draws.count(6.0) - draws.count(40.0)
    with pytest.raises(ValueError):
        Latency(slow=((0.8, 1.0), (0.5, 2.0)))


async def test_loopback_server_latency_set_over_http(fake: FakeTelegram) -> None:
    """Over HTTP (``/_test/call set_latency``): a client that stops waiting has still sent."""
    fake.add_chat(USER)
    async with BotApiServer(fake) as server, httpx.AsyncClient(base_url=server.url, trust_env=False) as client:
        spec = {"fixed": 0.0, "slow": [[1.0, 0.5]], "methods": ["sendMessage"]}
        reply = await client.post("/_test/call", json={"name": "set_latency", "args": spec})
        assert reply.json()["ok"] is True
        with pytest.raises(httpx.ReadTimeout):
            await client.post(f"/bot{fake.token}/sendMessage", data={"chat_id": USER, "text": "gone"}, timeout=0.2)
        started = time.perf_counter()
        answer = await client.post(f"/bot{fake.token}/sendMessage", data={"chat_id": USER, "text": "kept"}, timeout=2)
        assert answer.json()["ok"] is True and time.perf_counter() - started >= 0.5
        await client.post("/_test/call", json={"name": "set_latency", "args": {}})
        assert fake.latency is None
    assert [m["text"] for m in fake.sent_messages(USER)] == ["gone", "kept"]


# --- the loopback HTTP server -------------------------------------------------------------------
async def test_loopback_server_serves_ptb(fake: FakeTelegram) -> None:
    async with BotApiServer(fake) as server:
        assert server.url.startswith("http://127.0.0.1:")
        app = (
            Application.builder()
            .token(fake.token)
            .base_url(f"{server.url}/bot")
            .base_file_url(f"{server.url}/file/bot")
            .request(HTTPXRequest(read_timeout=0.3))
            .build()
        )
        app.add_handler(MessageHandler(filters.TEXT, echo))
        app.add_handler(MessageHandler(filters.Document.ALL, document))
        async with app:
            await feed(app, fake.user_message("over http"))
            assert last(fake, USER)["text"] == "You said: over http"
            await feed(app, fake.document_message("a.bin", b"\x00\x01binary" * 100))
            assert last(fake, USER)["text"].startswith("got 800 bytes")
            with pytest.raises(BadRequest, match="unsupported start tag"):
                await app.bot.send_message(USER, "<p>x</p>", parse_mode="HTML")
            fake.block_user(USER)
            with pytest.raises(Forbidden):
                await app.bot.send_message(USER, "x")
            fake.inject("getMe", Fault.timeout(delay=2))
            with pytest.raises(TimedOut):
                await app.bot.get_me()
            fake.inject("getMe", Fault.flood(3))
            with pytest.raises(RetryAfter, match="Retry in 3 seconds"):
                await app.bot.get_me()


async def test_loopback_server_polling(fake: FakeTelegram) -> None:
    async with BotApiServer(fake, max_poll_wait=0.2) as server:
        app = Application.builder().token(fake.token).base_url(f"{server.url}/bot").build()
        app.add_handler(MessageHandler(filters.TEXT, echo))
        async with app:
            await app.updater.start_polling(timeout=5, poll_interval=0)  # type: ignore[union-attr]
            await app.start()
            fake.enqueue(fake.user_message("polled over http"))
            for _ in range(200):
                if fake.sent_messages():
                    break
                await asyncio.sleep(0.01)
            await app.updater.stop()  # type: ignore[union-attr]
            await app.stop()
    assert fake.sent_messages()[0]["text"] == "You said: polled over http"
    assert fake.update_queue == []


async def test_webhook_delivery_with_secret(app: Application, fake: FakeTelegram) -> None:
    received: list[tuple[dict[str, str], bytes]] = []

    async def receiver(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode().split("\r\n")[1:]
        headers = {k.lower(): v.strip() for k, _, v in (line.partition(":") for line in lines if line)}
        body = await reader.readexactly(int(headers["content-length"]))
        received.append((headers, body))
        await feed(app, json.loads(body))
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
        await writer.drain()
        writer.close()

    hook = await asyncio.start_server(receiver, "127.0.0.1", 0)
    port = hook.sockets[0].getsockname()[1]
    try:
        async with BotApiServer(fake) as server:
            await app.bot.set_webhook(f"http://127.0.0.1:{port}/hook", secret_token="top-secret_1")
            fake.enqueue(fake.user_message("pushed"))
            fake.enqueue(fake.user_message("pushed again"))
            assert (await app.bot.get_webhook_info()).pending_update_count == 2
            assert await server.deliver_pending() == 2
    finally:
        hook.close()
        await hook.wait_closed()
    assert [h["x-telegram-bot-api-secret-token"] for h, _ in received] == ["top-secret_1"] * 2
    assert [m["text"] for m in fake.sent_messages()] == ["You said: pushed", "You said: pushed again"]


async def test_admin_endpoints(fake: FakeTelegram) -> None:
    async with BotApiServer(fake) as server, httpx.AsyncClient(base_url=server.url) as client:
        built = await client.post("/_test/build", json={"builder": "user_message", "args": {"text": "/start"}})
        assert built.json()["result"]["message"]["text"] == "/start"
        await client.post(
            "/_test/call",
            json={"name": "inject", "args": {"method": "getMe", "fault": {"kind": "bad_gateway"}}},
        )
        assert (await client.get(f"/bot{fake.token}/getMe")).status_code == 502
        updates = (await client.post(f"/bot{fake.token}/getUpdates", data={"timeout": "0"})).json()
        assert updates["result"][0]["message"]["text"] == "/start"
        sent = await client.post(f"/bot{fake.token}/sendMessage", json={"chat_id": USER, "text": "json body"})
        assert sent.json()["result"]["text"] == "json body"
        log = (await client.get("/_test/requests")).json()["result"]
        assert [(r["method"], r["status"]) for r in log] == [
            ("getMe", 502),
            ("getUpdates", 200),
            ("sendMessage", 200),
        ]
        messages = (await client.get("/_test/messages", params={"chat_id": USER})).json()["result"]
        assert [m["text"] for m in messages] == ["json body"]


async def test_runs_as_a_process() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.fake_telegram",
        "--port",
        "0",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    try:
        assert process.stdout is not None
        url = (await asyncio.wait_for(process.stdout.readline(), 10)).decode().strip()
        assert url.startswith("http://127.0.0.1:")
        async with httpx.AsyncClient(base_url=url) as client:
            me = (await client.get("/bot123456:TEST/getMe")).json()
            assert me["result"]["username"] == "cis_security_bot"
            await client.post("/_test/build", json={"builder": "user_message", "args": {"text": "hi"}})
            updates = (await client.get("/bot123456:TEST/getUpdates")).json()["result"]
            assert updates[0]["message"]["text"] == "hi"
    finally:
        process.terminate()
        await process.wait()


# --- request decoding -----------------------------------------------------------------------------
def test_multipart_and_form_bodies_decode_like_ptb_sends_them() -> None:
    content = b"line1\r\n--x\r\n\r\nline2\x00"
    request = httpx.Request(
        "POST",
        "http://t/bot1:A/sendDocument",
        data={"chat_id": "5", "reply_markup": json.dumps({"inline_keyboard": []}), "caption": 'say "hi" ✓'},
        files={"document": ('my "file".bin', content, "application/octet-stream")},
    )
    body = request.read()
    fields = parse_body(request.headers["content-type"], body)
    assert fields["chat_id"] == "5" and fields["caption"] == 'say "hi" ✓'
    assert json.loads(fields["reply_markup"]) == {"inline_keyboard": []}
    upload = fields["document"]
    assert (upload.filename, upload.content) == ('my "file".bin', content)
    assert parse_body("application/x-www-form-urlencoded", b"a=1&b=%D1%8F") == {"a": "1", "b": "я"}


def test_form_bodies_decode_exactly_as_parse_qsl() -> None:
    """The fast form decoder agrees with the standard library on well-formed and malformed bodies."""
    rng = random.Random(3)
    alphabet = "abcXYZ019 +%=&_-.~—ёЖ<>\"'\n\t#?/"
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        for body in (text, urlencode({"text": text, text[:3] or "e": "v"})):
            raw = body.encode("utf-8")
            assert parse_form(raw) == dict(parse_qsl(raw.decode("utf-8", "replace"), keep_blank_values=True))
