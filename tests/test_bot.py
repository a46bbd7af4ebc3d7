"""End to end: real Updates through the real Application against the local Bot API.

Every test asserts on what the user actually receives, and that Telegram accepted every
request (valid HTML, lengths, callback data).
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.answers.engine import Engine
from bot.fake_telegram.faults import Fault
from tests.telegram_env import USER, TelegramEnv, close_env, make_env

# --- commands ---------------------------------------------------------------------------------


async def test_start_in_the_users_language(tg: TelegramEnv) -> None:
    (en,) = await tg.say("/start")
    assert "reference bot" in en["text"] and "When was the 13th meeting" in en["text"]
    assert [t for t, _ in tg.buttons(en)] == ["🏛 Bodies", "📅 Meetings", "📄 Programmes"]
    (ru,) = await tg.say("/start", user_id=2002, language_code="ru")
    assert "Справочный бот" in ru["text"]
    (other,) = await tg.say("/start", user_id=2003, language_code="de")
    assert "reference bot" in other["text"]


async def test_start_deep_link_opens_the_card(tg: TelegramEnv) -> None:
    (card,) = await tg.say("/start meeting_mtg_2025_11_05_security_secretaries_13")
    assert "13th meeting of the CIS Security Secretaries Council" in card["text"]
    assert "5 November 2025" in card["text"]
    (fallback,) = await tg.say("/start meeting_does_not_exist")
    assert "reference bot" in fallback["text"]


async def test_help_and_about(tg: TelegramEnv) -> None:
    (help_,) = await tg.say("/help")
    assert "/bodies" in help_["text"] and "@cis_security_bot" in help_["text"]
    (about,) = await tg.say("/about")
    version = tg.app.bot_data.services.knowledge.kb.version
    assert version in about["text"] and "bodies: 27" in about["text"]


async def test_commands_menu_in_both_languages(tg: TelegramEnv) -> None:
    default = [c["command"] for c in tg.fake.commands()]
    russian = tg.fake.commands(language_code="ru")
    assert default[:4] == ["start", "help", "ask", "bodies"]
    assert {"subscribe", "upcoming", "calendar", "lang"} <= set(default)
    assert russian[3]["description"] == "Органы СНГ в сфере безопасности"


async def test_language_switch_is_remembered(tg: TelegramEnv) -> None:
    (prompt,) = await tg.say("/lang")
    (edited,) = await tg.press(prompt, text="Русский")
    assert edited["text"] == "Меню и кнопки — по-русски. На вопросы отвечаю на языке вопроса."
    (start,) = await tg.say("/start")  # Telegram still says "en"
    assert "Справочный бот" in start["text"]
    (answer,) = await tg.say("What is the CSTO?")  # an English question: answered in English
    assert "Collective Security Treaty Organization" in answer["text"]
    (answer,) = await tg.say("CSTO")  # an abbreviation has no language: the /lang choice
    assert "Организация Договора о коллективной безопасности" in answer["text"]
    storage = tg.app.bot_data.services.storage
    assert await storage.user_lang(USER) == "ru"


# --- questions --------------------------------------------------------------------------------


async def test_question_gets_the_fact_and_its_source(tg: TelegramEnv) -> None:
    (answer,) = await tg.say("When was the 13th meeting of the CIS Security Secretaries Council?")
    first_line = answer["text"].splitlines()[0]
    assert first_line.startswith("5 November 2025, Moscow") and len(answer["text"]) < 350
    assert answer["text"].splitlines()[-1] == "Source: CIS Executive Committee, 5 Nov 2025"
    assert answer["parse_mode"] == "HTML" and "<b>" in answer["source"]


async def test_more_and_sources_switch_the_answer_in_place(tg: TelegramEnv) -> None:
    (answer,) = await tg.say("When was the 13th meeting of the CIS Security Secretaries Council?")
    buttons = dict(tg.buttons(answer))
    (sources,) = await tg.press(answer, data=buttons["🔎 Sources"])
    assert sources["action"] == "edit" and sources["message_id"] == answer["message_id"]
    # The supporting sentence quoted from the source document itself, in a blockquote.
    assert "<blockquote>" in sources["source"]
    assert "The 13th meeting of the CIS Security Secretaries Council" in sources["text"]
    assert "CIS Deputy Secretary-General D.Trefilov Addresses" in sources["text"]  # the full citation
    (more,) = await tg.press(sources, data=dict(tg.buttons(sources))["📖 More"])
    assert more["action"] == "edit" and "Denis Trefilov" in more["text"] and len(more["text"]) <= 4096
    (back,) = await tg.press(more, data=dict(tg.buttons(more))["↩ Short answer"])
    assert back["text"] == answer["text"]
    assert tg.errors() == []


async def test_russian_question_gets_a_russian_answer(tg: TelegramEnv) -> None:
    (answer,) = await tg.say("Где прошло заседание Совета министров внутренних дел 12 августа 2025?")
    assert "Санкт-Петербург" in answer["text"] and "Источник" in answer["text"]


async def test_out_of_scope_is_declined_politely(tg: TelegramEnv) -> None:
    (answer,) = await tg.say("What's the weather in Paris?")
    assert "Sorry" in answer["text"] and "You can ask" in answer["text"]


async def test_did_you_mean_buttons_open_cards(tg: TelegramEnv) -> None:
    (answer,) = await tg.say("klemez threats")
    assert "Did you mean: Yevgeny Klemez?" in answer["text"]
    labels = [b for b in tg.buttons(answer) if b[0] == "Yevgeny Klemez"]
    assert labels
    card, *rest = await tg.press(answer, data=labels[0][1])
    assert card["message_id"] == answer["message_id"] and card["action"] == "edit"
    assert "Director of the Security Cooperation Department" in card["text"]
    assert "Source" in (rest[-1] if rest else card)["text"]


async def test_card_buttons_lead_to_related_entries(tg: TelegramEnv) -> None:
    (answer,) = await tg.say("What is the CIS Interior Ministers Council?")
    meetings_button = [b for b in tg.buttons(answer) if b[0] == "📅 Meetings"]
    assert meetings_button
    (listing,) = await tg.press(answer, data=meetings_button[0][1])
    assert tg.buttons(listing)[0][0].startswith("12 Aug 2025 · ")


# --- browsing ---------------------------------------------------------------------------------


async def test_browse_bodies_pages_and_cards(tg: TelegramEnv) -> None:
    (page1,) = await tg.say("/bodies")
    assert "Bodies (27)" in page1["text"] and "Page 1 of 4" in page1["text"]
    (page2,) = await tg.press(page1, text="▶")
    assert page2["message_id"] == page1["message_id"] and "Page 2 of 4" in page2["text"]
    (back,) = await tg.press(page2, text="◀")
    assert "Page 1 of 4" in back["text"]
    first = tg.buttons(back)[0]
    (card,) = await tg.press(back, data=first[1])
    assert "Coordination Council of Prosecutors General" in card["text"]
    for _, data in tg.buttons(page2) + tg.buttons(card):
        assert len(data.encode()) <= 64


async def test_start_buttons_open_lists(tg: TelegramEnv) -> None:
    (start,) = await tg.say("/start")
    (meetings,) = await tg.press(start, text="📅 Meetings")
    assert "Meetings (6)" in meetings["text"]
    (programmes,) = await tg.say("/programmes")
    assert "Programmes and documents" in programmes["text"]


@pytest.mark.parametrize("data", ["c:no_such_entity", "x" * 64, "l:z:0", "r:atc:q:0", "c:", "💣", "l:b:9999"])
async def test_forged_or_stale_callback_data_is_answered_kindly(tg: TelegramEnv, data: str) -> None:
    (page,) = await tg.say("/bodies")
    update = tg.fake.callback_query(USER, page["message_id"], button_text="▶")
    update["callback_query"]["data"] = data
    events = await tg.feed(update)
    assert tg.apologies() == []
    answered = tg.fake.answered_callbacks[-1]
    if data == "l:b:9999":  # valid shape: clamped to the last page
        assert "Page 4 of 4" in events[0]["text"]
    else:
        assert events == [] and "out of date" in (answered["text"] or "")


# --- inline mode ------------------------------------------------------------------------------


async def test_inline_query_returns_articles(tg: TelegramEnv) -> None:
    await tg.feed(tg.fake.inline_query("anti-terrorism centre"))
    answer = tg.fake.inline_answers[-1]
    assert 1 <= len(answer["results"]) <= 10
    assert answer["results"][0]["id"] == "atc"
    assert answer["results"][0]["input_message_content"]["parse_mode"] == "HTML"
    await tg.feed(tg.fake.inline_query(""))
    assert len(tg.fake.inline_answers[-1]["results"]) == 10


async def test_inline_query_in_russian(tg: TelegramEnv) -> None:
    await tg.feed(tg.fake.inline_query("ОДКБ", language_code="ru"))
    result = tg.fake.inline_answers[-1]["results"][0]
    assert result["id"] == "csto" and "Организация" in result["title"]


# --- groups -----------------------------------------------------------------------------------


async def test_group_only_answers_when_addressed(tmp_path: Path, engine: Engine) -> None:
    env = await make_env(tmp_path, engine, group_privacy=False)
    try:
        group = -100123
        assert await env.say("What is the CSTO?", chat_id=group, chat_type="supergroup") == []
        (mention,) = await env.say("@cis_security_bot what is the CSTO?", chat_id=group, chat_type="supergroup")
        assert "Collective Security Treaty" in mention["text"]
        assert mention["reply_to_message_id"] is not None
        (reply,) = await env.say("and BCOC?", chat_id=group, chat_type="supergroup", reply_to=mention["message_id"])
        assert "Bureau for Coordination" in reply["text"]
        (asked,) = await env.say("/ask@cis_security_bot что такое БКБОП?", chat_id=group, chat_type="supergroup")
        assert "Бюро по координации" in asked["text"]
        (help_,) = await env.say("/help@cis_security_bot", chat_id=group, chat_type="supergroup")
        assert "/bodies" in help_["text"]
        assert await env.say("/unknown_command", chat_id=group, chat_type="supergroup") == []
        assert await env.say("hello everyone", chat_id=group, chat_type="group") == []
        assert env.errors() == []
    finally:
        await close_env(env)


# --- flood control and rate limits ------------------------------------------------------------


async def test_flooding_user_is_throttled_others_are_not(tg: TelegramEnv) -> None:
    replies = []
    for i in range(30):  # thirty messages within the same instant
        replies += await tg.say("What is the CSTO" + "?" * (i + 1))  # distinct texts, one question
    answers = [r for r in replies if "Collective Security" in r["text"]]
    warnings = [r for r in replies if "too fast" in r["text"]]
    assert len(answers) == 8 and len(warnings) == 1
    (other,) = await tg.say("What is the CSTO?", user_id=3003)
    assert "Collective Security" in other["text"]
    tg.user_clock.advance(10)
    (later,) = await tg.say("What is the CSTO?")
    assert "Collective Security" in later["text"]
    assert tg.fake.throttled == []  # the bot itself stayed under Telegram's limits


async def test_429_from_telegram_is_waited_out_not_lost(tg: TelegramEnv) -> None:
    tg.expected_statuses.add(429)
    tg.fake.inject("sendMessage", Fault.flood(7), times=1)
    before = tg.clock()
    (answer,) = await tg.say("What is the CSTO?")
    assert "Collective Security" in answer["text"]
    assert tg.clock() - before >= 7


# --- long answers -----------------------------------------------------------------------------


LONG_KB = """\
sources:
  - id: s1
    file: fictional.txt
    publisher: {en: Fictional Gazette, ru: Вымышленная газета}
    title: {en: A long made-up article, ru: Длинная выдуманная статья}
bodies:
  - id: verbose_council
    name: {en: Verbose Council of Imaginary Affairs, ru: Многословный совет по воображаемым делам}
    description: {en: "DESC_EN", ru: "DESC_RU"}
    category: other
    sources: [s1]
    facts:
FACTS
"""


async def test_long_answer_is_split_without_breaking_html(tmp_path: Path) -> None:
    facts = "\n".join(
        f'      - {{en: "Point {i} <with> & markup-like text {"x" * 400}", ru: "Пункт {i}"}}' for i in range(120)
    )
    kb_dir = tmp_path / "kb"
    kb_dir.mkdir()
    content = LONG_KB.replace("DESC_EN", "A council that exists only in this test.").replace(
        "DESC_RU", "Только в тесте."
    )
    (kb_dir / "kb.yaml").write_text(content.replace("FACTS", facts), encoding="utf-8")
    env = await make_env(tmp_path, knowledge_dir=kb_dir)
    try:
        # The first message is short; the long card behind More replaces it and runs on in new
        # messages, cut between lines, never inside a tag or an entity.
        (answer,) = await env.say("Verbose Council of Imaginary Affairs")
        assert len(answer["text"]) < 600 and "Source" in answer["text"]
        more, *rest = await env.press(answer, data=dict(env.buttons(answer))["📖 More"])
        assert more["action"] == "edit" and rest and all(len(p["text"]) <= 4096 for p in [more, *rest])
        assert "Point 0 <with> &" in more["text"] and "Point 24" in rest[-1]["text"]
        assert env.errors() == [] and env.fake.throttled == []
    finally:
        await close_env(env)


# --- errors and bad input ---------------------------------------------------------------------


async def test_error_handler_apologises_and_the_bot_keeps_going(
    tg: TelegramEnv, caplog: pytest.LogCaptureFixture
) -> None:
    tg.expected_statuses.add(502)
    tg.fake.inject("sendMessage", Fault.bad_gateway(), times=1)
    with caplog.at_level(logging.ERROR):
        events = await tg.say("What is the CSTO?")
    assert any("went wrong" in e["text"] for e in events)
    assert "error while handling update_id=" in caplog.text
    assert tg.fake.token not in caplog.text
    (answer,) = await tg.say("What is the BCOC?")
    assert "Bureau for Coordination" in answer["text"]


@pytest.mark.parametrize(
    "text",
    [
        "x" * 4096,
        "🙂🙂🙂 ОДКБ 🙂",
        "\u202eCSTO\u202c",
        "C\u200bS\u200bT\u200bO",
        "ОДКБ\u0301\u0301",
        "<b>CSTO</b>",
        "</a> & <script>",
        "*bold* _it_ `code`",
        "/start " + "junk " * 50,
        "/bodies please now",
        "/about?!",
        "   ",
    ],
)
async def test_bad_input_never_breaks_anything(tg: TelegramEnv, text: str) -> None:
    events = await tg.say(text)
    assert events, "every message gets a reply in a private chat"
    assert tg.apologies() == []


async def test_non_text_messages_get_a_hint(tg: TelegramEnv) -> None:
    for update in (
        tg.fake.sticker_message(user_id=USER),
        tg.fake.photo_message(user_id=USER),
        tg.fake.document_message("notes.yaml", b"bodies: []\n", user_id=USER),
    ):
        (hint,) = await tg.feed(update)
        assert "text questions only" in hint["text"]
    assert tg.apologies() == []
