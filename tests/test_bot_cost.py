"""Bounded cost of the bot around the engine: work that depends only on the knowledge base, the
configuration or the user is done once, not once per answer. What users see is checked by the
other tests and ``benchmarks/fingerprint.py``; these count the work, driving the real Application
against the local Bot API where the work happens there.
"""

from __future__ import annotations

import dataclasses
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from bot.answers.engine import Engine
from bot.fake_telegram.params import Params
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Bilingual, Meeting
from bot.present import answer as present_answer
from bot.runtime import questionlog
from handlers import keyboards
from tests.telegram_env import USER, TelegramEnv, close_env, make_env, no_rate_limits

# A meeting whose answer carries several entry buttons (its body, place, participants).
MEETING_QUESTION = "When was the 13th meeting of the CIS Security Secretaries Council?"


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine) -> AsyncIterator[TelegramEnv]:
    env = await make_env(tmp_path, engine, limits=no_rate_limits())
    yield env
    assert env.errors() == [], "the bot made requests Telegram would refuse"
    await close_env(env)


def counting(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> list[tuple[Any, ...]]:
    """Replace ``owner.name`` by a wrapper that records each call's arguments."""
    calls: list[tuple[Any, ...]] = []
    original: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapper)
    return calls


def entry_buttons(env: TelegramEnv, message: dict[str, Any]) -> list[tuple[str, str]]:
    """The buttons that lead to entries (not the answer's own views or votes, which carry its keys)."""
    return [(text, data) for text, data in env.buttons(message) if data.startswith(("c:", "r:"))]


async def test_an_answers_entry_buttons_are_built_once(tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same entry asked about again gets the same buttons without their labels being worded
    again (dates through Babel, names shortened): they depend only on the knowledge base."""
    labels = counting(monkeypatch, keyboards, "button_label")
    (first,) = await tg.say(MEETING_QUESTION)
    worded = len(labels)
    assert worded >= 3, "the meeting's answer links its body, place and participants"
    (again,) = await tg.say(MEETING_QUESTION)
    assert len(labels) == worded, "the second answer worded its entry buttons again"
    assert entry_buttons(tg, again) == entry_buttons(tg, first) != []
    # The answer's own buttons still carry its own keys.
    views = [data for _, data in tg.buttons(again) if data.startswith("v:")]
    assert views and set(views).isdisjoint(data for _, data in tg.buttons(first))


def test_entry_buttons_follow_a_reloaded_knowledge_base(kb: KnowledgeBase) -> None:
    """A reload swaps the knowledge base whole: buttons kept for the old one are not shown for it."""
    meeting = kb.entities["mtg_2025_11_05_security_secretaries_13"]
    assert isinstance(meeting, Meeting) and meeting.body
    body = meeting.body
    before = keyboards.card_keyboard(kb, meeting.id, "en")
    assert before is not None
    renamed = kb.entities[body].model_copy(update={"name": Bilingual(en="Renamed Council", ru="Совет")})
    data = dataclasses.replace(kb.data, entities={**kb.entities, body: renamed})
    reloaded = dataclasses.replace(kb, data=data)
    after = keyboards.card_keyboard(reloaded, meeting.id, "en")
    assert after is not None
    labels = [button.text for row in after.inline_keyboard for button in row]
    assert "Renamed Council" in labels
    assert keyboards.card_keyboard(kb, meeting.id, "en") == before  # the old one again: its own labels


def test_source_dates_are_worded_once(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """The source line dates each source through Babel once, not once per answer citing it."""
    dated = counting(monkeypatch, present_answer, "babel_format_date")
    verdict = engine.answer(MEETING_QUESTION)
    assert any((source := engine.kb.source(i)) is not None and source.date for i in verdict.sources)
    first = present_answer.present(engine.kb, verdict)
    worded = len(dated)  # none when an earlier test cited these sources already
    again = present_answer.present(engine.kb, verdict)
    assert len(dated) == worded, "the same sources were dated again"
    assert again.html == first.html


async def test_a_users_log_hash_is_computed_once(tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """Questions are logged under an HMAC of the asker's id: one per user, not one per question."""
    hashed = counting(monkeypatch, questionlog, "user_hash")
    await tg.say("What is the CSTO?")
    await tg.say("What is the CIS?")
    await tg.say("What is the CSTO?", user_id=USER + 1)
    assert [args[1] for args in hashed] == [USER, USER + 1]
    services = tg.app.bot_data.services
    assert services.question_log is not None
    assert services.question_log.user_hash(USER) == questionlog.user_hash(services.settings.question_salt(), USER)


async def test_the_double_reads_one_header_per_request(tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """The in-process transport hands the request's headers to the gateway as they are: it reads the
    content type, not a copy of every header (each look-up decodes them all again)."""
    requests = len(tg.fake.requests)
    reads = counting(monkeypatch, httpx.Headers, "__getitem__")
    (answer,) = await tg.say("What is the CSTO?")
    assert "Collective Security Treaty Organization" in answer["text"]
    assert len(tg.fake.requests) == requests + 1
    # httpx reads 12 itself (its cookie jar copies every header; the content length); a copy of the
    # request's seven headers into a dict took one read each on top.
    assert len(reads) <= 13, len(reads)


def test_dates_are_worded_once(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A meeting's date is worded through Babel once, whichever answers, cards and buttons show it."""
    from bot.present import i18n

    dated = counting(monkeypatch, i18n, "babel_format_date")
    meeting = engine.kb.entities["mtg_2025_11_05_security_secretaries_13"]
    assert isinstance(meeting, Meeting)
    when = meeting_date(meeting)
    assert when is not None
    first = i18n.format_date(when, "ru")
    worded = len(dated)  # none when an earlier test showed this date already
    assert i18n.format_date(when, "ru") == first == "5 ноября 2025 г."
    assert len(dated) == worded, "the same date was worded again"


async def test_the_double_parses_a_repeated_text_once(tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """The local Bot API checks every message's HTML, but the same text (the same answer asked
    again) is parsed once; each message still gets entities of its own."""
    from bot.fake_telegram import formatting

    parsed = counting(monkeypatch, formatting, "parse_html")
    (first,) = await tg.say(MEETING_QUESTION)
    (again,) = await tg.say(MEETING_QUESTION)
    assert again["text"] == first["text"] and again["entities"] == first["entities"] != []
    assert len(parsed) <= 1, "the second copy of the same answer was parsed again"  # 0: an earlier test sent it
    stored = tg.fake.chats[USER].messages
    stored[first["message_id"]].entities[0]["length"] = 0
    assert stored[again["message_id"]].entities[0]["length"] != 0


def test_a_refused_text_is_refused_every_time() -> None:
    """Only accepted parses are kept: Telegram refuses the same bad HTML again, with its wording."""
    from bot.fake_telegram.errors import ApiError
    from bot.fake_telegram.formatting import format_text

    for _ in range(2):
        with pytest.raises(ApiError, match='Unsupported start tag "p"'):
            format_text("<p>hello</p>", "HTML")


async def test_answers_share_one_link_preview_setting(tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every answer goes without a link preview, and no preview setting is built per message."""
    from telegram import LinkPreviewOptions

    built = counting(monkeypatch, LinkPreviewOptions, "__init__")
    await tg.say("What is the CSTO?")
    await tg.say("What is the CIS?")
    assert built == []
    sent = [r for r in tg.fake.requests if r.method == "sendMessage"]
    settings = [Params(r.params).get_json("link_preview_options", "link preview options") for r in sent]
    assert sent and all(setting == {"is_disabled": True} for setting in settings)


def test_the_mention_of_the_bot_is_stripped_as_before() -> None:
    """The bot's mention pattern is built once per name; what it strips is unchanged."""
    from handlers.questions import strip_mention

    assert strip_mention("@Cis_Security_Bot what is the CSTO?", "cis_security_bot") == "what is the CSTO?"
    assert strip_mention("what is @cis_security_bot the CSTO", "cis_security_bot") == "what is   the CSTO"
    assert strip_mention("@cis_security_bot2 hi", "cis_security_bot") == "@cis_security_bot2 hi"
    assert strip_mention("@a.b hi", "a.b") == "hi" and strip_mention("@axb hi", "a.b") == "@axb hi"
    assert strip_mention("hi", None) == "hi"


def test_kept_buttons_do_not_keep_a_replaced_knowledge_base(kb: KnowledgeBase) -> None:
    """A reload frees the old knowledge base on a worker thread; the buttons kept for it must not
    hold it (it would then be freed on the event loop, at the next answer)."""
    import gc
    import weakref

    replaced = dataclasses.replace(kb, data=dataclasses.replace(kb.data, entities=dict(kb.entities)))
    assert keyboards.card_keyboard(replaced, "mtg_2025_11_05_security_secretaries_13", "en") is not None
    gone = weakref.ref(replaced)
    del replaced
    gc.collect()
    assert gone() is None


async def test_answers_are_posted_as_one_json_body(tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """The bot posts a call without files as one JSON body, not as form fields that urllib
    percent-encodes byte by byte in Python (and the double decodes again): the same answer,
    text and buttons, reaches the chat."""
    from bot.fake_telegram import gateway

    bodies = counting(monkeypatch, gateway, "parse_body")
    (answer,) = await tg.say("Что такое ОДКБ?")
    assert "ОДКБ" in answer["text"]
    assert [text for text, _ in tg.buttons(answer)][:2] == ["📖 More", "🔎 Sources"]
    assert [content_type for content_type, _ in bodies] == ["application/json"]


async def test_a_short_answer_is_not_measured_for_splitting(tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer of at most half Telegram's limit in characters fits whatever it holds (a character is
    at most two UTF-16 units): it goes as it is, without counting its visible length."""
    from bot.present import splitting

    measured = counting(monkeypatch, splitting, "visible_length")
    (answer,) = await tg.say("What is the CSTO?")
    assert "Collective Security Treaty Organization" in answer["text"]
    assert measured == []
    long_html = "<b>x</b>" + "я" * 2100
    assert splitting.split_html(long_html) == [long_html] and len(measured) == 1
    assert len(splitting.split_html("😀 " * 1400)) == 2  # 2,800 characters, 4,200 units


async def test_the_double_walks_parameters_for_surrogates_only_when_json_escapes_one(
    tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only a JSON ``\\u`` escape can spell a lone surrogate: a request without one is not walked."""
    from bot.fake_telegram import gateway

    walked = counting(monkeypatch, gateway, "_has_surrogate")
    (answer,) = await tg.say("What is the CSTO?")
    assert "Collective Security Treaty Organization" in answer["text"]
    assert walked == []


async def test_an_answers_buttons_are_serialised_without_ptbs_generic_walk(
    tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An answer's keyboard is serialised from its buttons' fields directly, to what PTB's own
    ``to_dict`` gives (checked over the development questions' keyboards, and a button holding an
    object is left to PTB)."""
    from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LoginUrl
    from telegram._telegramobject import TelegramObject

    walked = counting(monkeypatch, TelegramObject, "to_dict")
    (answer,) = await tg.say(MEETING_QUESTION)
    assert len(tg.buttons(answer)) >= 5
    assert not [args for args in walked if isinstance(args[0], InlineKeyboardButton | InlineKeyboardMarkup)]
    monkeypatch.undo()

    services = tg.app.bot_data.services
    engine = services.knowledge.engine
    questions = [case["q"] for case in yaml.safe_load((Path(__file__).parent / "dev_questions.yaml").read_text("utf-8"))]
    built = []
    for question in questions:
        verdict = present_answer.ask(engine, question, "en").verdict
        has = {"a": True, "m": present_answer.has_more(verdict), "s": present_answer.has_sources(verdict)}
        keyboard = keyboards.answer_keyboard(
            engine.kb, "0123abcd", "a", has, verdict.entity, verdict.alternatives, "ru", "0123456789abcdef"
        )
        if keyboard is not None:
            built.append(keyboard)
    combined = keyboards.combine(
        InlineKeyboardMarkup([[InlineKeyboardButton("x", login_url=LoginUrl("https://a.example"))]])
    )
    assert combined is not None
    built.append(combined)
    assert len(built) > 20
    assert all(keyboard.to_dict() == InlineKeyboardMarkup.to_dict(keyboard) for keyboard in built)
