"""Issue 12, what a new user tripped over: answer buttons, /meetings order, back to list, list labels,
Babel wording, ``cisbot chat`` (logs, files, numbers, admins) and the repository's housekeeping."""

from __future__ import annotations

import asyncio
import re
import tomllib
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

from bot.chat import USER_ID, chat_session
from bot.config import load_settings
from tests.fictional import write_fictional_kb
from tests.telegram_env import TelegramEnv

ROOT = Path(__file__).resolve().parent.parent


# --- §4.4: one button per entry under an answer -----------------------------------------------------


async def test_interior_ministers_answer_offers_the_council_once(tg: TelegramEnv) -> None:
    (answer,) = await tg.say("When did the interior ministers meet?")
    data = [d for _, d in tg.buttons(answer)]
    assert "c:interior_ministers_council" in data
    assert len(data) == len(set(data)), tg.buttons(answer)


# --- §4.5: /meetings newest first, undated last -------------------------------------------------------


async def test_meetings_newest_first_undated_last(tg: TelegramEnv) -> None:
    (listing,) = await tg.say("/meetings")
    labels = [label for label, _ in tg.buttons(listing)]
    assert labels[0].startswith("5 Nov 2025 · ")
    assert [label.split(" · ")[0] for label in labels] == [
        "5 Nov 2025",
        "Oct 2025",
        "Oct 2025",
        "12 Aug 2025",
        "10 Jun 2025",
        "date not given",
    ]


async def test_meetings_in_russian_dates_through_babel(tg: TelegramEnv) -> None:
    (listing,) = await tg.say("/meetings", language_code="ru")
    labels = [label for label, _ in tg.buttons(listing)]
    assert labels[0].startswith("5 нояб. 2025 г. · ")
    assert labels[-1].startswith("дата не указана · ")


# --- §4.6: back to the list page a card came from; labels are names ---------------------------------


async def test_card_opened_from_a_list_leads_back_to_its_page(tg: TelegramEnv) -> None:
    (page1,) = await tg.say("/bodies")
    (page2,) = await tg.press(page1, text="▶")
    assert "Page 2 of 4" in page2["text"]
    first = tg.buttons(page2)[0]
    (card,) = await tg.press(page2, text=first[0], data=first[1])
    assert card["message_id"] == page1["message_id"]
    back = [b for b in tg.buttons(card) if b[0] == "↩ Back to list"]
    assert back, tg.buttons(card)
    (again,) = await tg.press(card, text=back[0][0], data=back[0][1])
    assert "Page 2 of 4" in again["text"] and tg.buttons(again) == tg.buttons(page2)


async def test_card_from_related_list_leads_back_and_forged_back_is_stale(tg: TelegramEnv) -> None:
    (answer,) = await tg.say("What is the CIS Interior Ministers Council?")
    meetings = next(b for b in tg.buttons(answer) if b[0] == "📅 Meetings")
    (listing,) = await tg.press(answer, data=meetings[1])
    *_, card = await tg.press(listing, data=tg.buttons(listing)[0][1])  # a long card comes in parts
    back = [d for label, d in tg.buttons(card) if label == "↩ Back to list"]
    assert len(back) == 1 and len(back[0].encode()) <= 64
    (again,) = await tg.press(card, data=back[0])
    assert "CIS Ministers of Internal Affairs Council" in again["text"] and tg.buttons(again) == tg.buttons(listing)
    # A card not opened from a list has no such button; forged origins are out of date, quietly.
    (met,) = await tg.say("When did the interior ministers meet?")
    *_, plain = await tg.press(met, data="c:atc")
    assert all(label != "↩ Back to list" for label, _ in tg.buttons(plain))
    tg.expected_statuses.add(400)  # re-showing the same card: "message is not modified", a quiet no-op
    for forged in ("c:atc>v:0000000a:m", "c:atc>h:00000000:m:0", "h:00000000:m:0", "c:atc>l:z:0"):
        update = tg.fake.callback_query(plain["chat_id"], plain["message_id"], data=tg.buttons(plain)[0][1])
        update["callback_query"]["data"] = forged
        tg.user_clock.advance(60)  # not a flood
        assert await tg.feed(update) == [] or forged == "c:atc>h:00000000:m:0"
        if forged == "c:atc>h:00000000:m:0":  # a list that no longer exists: the card, without "back"
            assert all(label != "↩ Back to list" for label, _ in tg.buttons(tg.fake.outbox[-1]))
        else:
            assert tg.fake.answered_callbacks[-1]["text"].startswith("This button is out of date")


@pytest.mark.parametrize("lang", ["en", "ru"])
async def test_list_labels_are_names_never_abbreviations(tg: TelegramEnv, lang: str) -> None:
    (page,) = await tg.say("/bodies", language_code=lang)
    labels: list[str] = []
    while True:
        labels += [label for label, data in tg.buttons(page) if data.startswith("c:")]
        nxt = [b for b in tg.buttons(page) if b[0] == "▶"]
        if not nxt:
            break
        (page,) = await tg.press(page, text="▶")
    assert len(labels) == 27
    assert [label for label in labels if " " not in label] in ([], ["BCOC"] if lang == "en" else [])
    assert "КСГП" not in labels and "СОРБ" not in labels


# --- §3: the language of answers and of the interface ------------------------------------------------


async def test_answers_in_the_questions_language_lang_for_menus_and_languageless_questions(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/lang")
    await tg.press(panel, data="g:ru")
    cases = [
        ("What is the CIS ATC?", "CIS Anti-Terrorism Center"),  # English question: English answer
        ("Что такое АТЦ?", "Антитеррористический центр"),
        ("ATC", "Антитеррористический центр"),  # an abbreviation: the /lang language
        ("2025", "в 2025 году"),  # a number
        ("🤔", "Пожалуйста"),  # an emoji
    ]
    for question, expected in cases:
        tg.user_clock.advance(60)
        (reply,) = await tg.say(question)
        assert expected in reply["text"], (question, reply["text"][:120])
        labels = [label for label, _ in tg.buttons(reply)]
        assert "📖 More" not in labels and "🔎 Sources" not in labels  # buttons follow /lang
    (english,) = await tg.say("What is the CIS ATC?")
    assert "📖 Подробнее" in [label for label, _ in tg.buttons(english)]
    (more,) = await tg.press(english, text="📖 Подробнее")
    assert "↩ Кратко" in [label for label, _ in tg.buttons(more)]


async def test_participants_listed_with_babel_conjunction(tg: TelegramEnv) -> None:
    (meetings,) = await tg.say("/meetings", language_code="ru")
    parts = await tg.press(meetings, data=tg.buttons(meetings)[-1][1])
    text = "\n".join(m["text"] or "" for m in parts)
    assert "Туркменистан и Узбекистан" in text, text[:800]


# --- §3: Babel wording ---------------------------------------------------------------------------------


def test_babel_dates_plurals_lists_ranges() -> None:
    from datetime import date

    from bot.kb.schema import PartialDate
    from bot.present.i18n import count, format_date, format_list, format_range

    assert format_date(PartialDate(2025, 11, 5), "ru") == "5 ноября 2025 г."
    assert format_date(PartialDate(2025, 10), "ru") == "октябрь 2025 г."
    assert format_date(PartialDate(2025, 11, 5), "en") == "5 November 2025"
    assert format_range(date(2025, 6, 10), date(2025, 6, 12), "ru") == "10–12 июня 2025 г."
    assert format_list(["Армения", "Беларусь", "Казахстан"], "ru") == "Армения, Беларусь и Казахстан"
    assert [count(n, "day", "ru") for n in (1, 3, 5, 21)] == ["1 день", "3 дня", "5 дней", "21 день"]
    assert count(5, "meeting", "ru") == "5 заседаний" and count(1, "day", "en") == "1 day"
    assert count(12, "day", "ru") == "12 дней" and count(22, "day", "ru") == "22 дня"


async def test_interface_texts_have_no_abbreviated_plurals(tg: TelegramEnv) -> None:
    replies = await tg.say("/upcoming 1")
    replies += await tg.say("/upcoming 3", language_code="ru")
    texts = " ".join(m.get("text") or "" for m in replies)
    assert "1 days" not in texts and "дн." not in texts, texts
    assert "in the next day." in texts and "на ближайшие 3 дня." in texts, texts
    (panel,) = await tg.say("/subscribe", language_code="ru")
    labels = " ".join(label for label, _ in tg.buttons(panel))
    assert "дн." not in labels and "7 дней" in labels, labels


# --- §5 and §4.7: cisbot chat --------------------------------------------------------------------------


class Script:
    """Scripted terminal: lines to read, everything written kept."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = iter(lines)
        self.written: list[str] = []

    def read(self, prompt: str) -> str:
        try:
            return next(self.lines)
        except StopIteration:
            raise EOFError from None

    def write(self, text: str) -> None:
        self.written.append(text)

    @property
    def screen(self) -> str:
        return "\n".join(self.written)


def _chat(tmp_path: Path, lines: list[str], knowledge: Path = ROOT / "knowledge", **settings: Any) -> Script:
    script = Script(lines)
    config = load_settings(
        knowledge_dir=knowledge,
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'chat.sqlite3'}",
        **settings,
    )
    asyncio.run(chat_session(config, read=script.read, write=script.write, log_file=tmp_path / "chat.log"))
    return script


def test_chat_logs_go_to_a_file_and_tracebacks_never_reach_the_screen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import handlers.browse

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("boom in a handler")

    monkeypatch.setattr(handlers.browse, "entity_page", broken)
    script = _chat(tmp_path, ["/bodies", "What is the CIS ATC?", "/quit"])
    log_path = str(tmp_path / "chat.log")
    assert script.screen.count(log_path) == 1  # printed once, at the start
    assert "Traceback" not in script.screen and "boom" not in script.screen
    assert "Sorry, something went wrong" in script.screen  # the user's message, as on Telegram
    assert "Anti-Terrorism Center" in script.screen  # and the chat goes on
    captured = capsys.readouterr()
    assert "Traceback" not in captured.out + captured.err and "boom" not in captured.err
    log = Path(log_path).read_text(encoding="utf-8")
    assert "Traceback" in log and "boom in a handler" in log


def test_chat_shows_a_document_as_one_line(tmp_path: Path) -> None:
    # Plainly fictional upcoming meetings: the real knowledge base has none, and /calendar with no
    # events says so instead of sending a file.
    knowledge = write_fictional_kb(tmp_path / "kb")
    fiction = knowledge / "fiction.yaml"
    soon = (date.today() + timedelta(days=30)).isoformat()  # the chat runs on the real clock
    fiction.write_text(fiction.read_text(encoding="utf-8").replace("2031-03-10", soon), encoding="utf-8")
    script = _chat(tmp_path, ["/calendar"], knowledge=knowledge)
    lines = [line for text in script.written for line in text.splitlines()]
    document = [line for line in lines if line.startswith("📎 ")]
    assert len(document) == 1
    assert re.fullmatch(r"📎 cis-security-meetings\.ics \(\d+ B, \d+ events?\)", document[0]), document


def test_chat_empty_line_does_not_quit_and_paging_numbers_are_stable(tmp_path: Path) -> None:
    script = _chat(tmp_path, ["", "/bodies", "", "9", "9", "/quit", "/bodies"])
    pages = [text for text in script.written if "Bodies (27)" in text]
    assert len(pages) == 3  # /quit stopped before the last /bodies, the empty lines did not
    assert "Page 3 of 4" in pages[-1]
    arrows = [text for text in script.written if "▶" in text and text.startswith("   ")]
    assert all("[9] ▶" in row for row in arrows), arrows


def test_chat_number_presses_only_the_latest_keyboard(tmp_path: Path) -> None:
    # The meetings list has 6 buttons: "7" is a question, not a press of an older keyboard's button.
    script = _chat(tmp_path, ["/bodies", "/meetings", "7", "6"])
    assert not any(text.startswith("(edited) Bodies") for text in script.written)
    assert any(text.startswith("(edited) Meeting of the heads of security") for text in script.written)
    assert any("I can only answer questions" in text for text in script.written)


def test_chat_as_admin_sets_the_admin_menu_without_warnings(tmp_path: Path) -> None:
    script = _chat(tmp_path, ["/stats"], admin_ids=frozenset({USER_ID}))
    assert "Statistics" in script.screen and "Not allowed" not in script.screen
    log = (tmp_path / "chat.log").read_text(encoding="utf-8")
    assert "could not set the admin command menu" not in log and "WARNING" not in log, log
    assert f"You are user {USER_ID} (an admin)" in script.screen


def test_chat_tells_which_user_and_how_to_become_admin(tmp_path: Path) -> None:
    script = _chat(tmp_path, [])
    assert f"ADMIN_IDS={USER_ID}" in script.screen
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"ADMIN_IDS={USER_ID} ./run" in readme


# --- §6: housekeeping --------------------------------------------------------------------------------


def test_no_wheels_in_the_repository_and_dev_tools_through_an_extra() -> None:
    assert list(ROOT.glob("*.whl")) == []
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(dependency.startswith("py-spy") for dependency in project["optional-dependencies"]["dev"])
    assert any(dependency.lower().startswith("babel") for dependency in project["dependencies"])
