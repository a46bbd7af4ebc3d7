"""Digests that matter between meetings (issue 12, §2): following member states and keywords,
how current the knowledge base is, no empty digests unless asked for, /upcoming and /calendar with
nothing ahead, and ``cisbot digest --dry-run`` showing whole messages.

Everything runs through the real Application against the local Bot API double, on a plainly
fictional knowledge base whose meetings are dated relative to today (the real one has no future
meetings), or at fixed moments chosen for the digest runner.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar
from sqlalchemy import Column, MetaData, String, Table, select
from sqlalchemy.ext.asyncio import create_async_engine

from bot.digest.delivery import DigestRunner
from bot.storage import Storage
from bot.storage.db import normalise_url
from bot.storage.schema import UTCDateTime, deliveries, kb_changes, question_log, schema_migrations, subscribers, users
from bot.storage.subscribers import Subscriber
from tests.conftest import ROOT
from tests.telegram_env import TelegramEnv, close_env, make_env

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)
# The knowledge files' modification time: "updated" in the freshness line.
UPDATED = datetime(2026, 10, 15, 12, 0, tzinfo=UTC)


def today() -> date:
    """The bot's today (its default zone), which /upcoming and /calendar count from."""
    return datetime.now(ZoneInfo("Europe/Moscow")).date()


def fictional_kb(directory: Path, start: date, *, upcoming: bool = True) -> Path:
    """Three imaginary states, two imaginary councils; meetings 5, 12 and 20 days after ``start``
    (unless ``upcoming`` is False) and one 40 days before it. Nothing here is a fact."""

    def day(offset: int) -> str:
        return (start + timedelta(days=offset)).isoformat()

    future = f"""\
  - id: owl_meeting
    name: {{en: 1st meeting of the Owl Council, ru: 1-е заседание Совета сов}}
    description: {{en: A fictional meeting on night watch., ru: Вымышленное заседание о ночном дозоре.}}
    body: owl_council
    date: "{day(5)}"
    place: glimmer
    participants: {{states: [freedonia]}}
    sources: [fiction]
  - id: bat_meeting
    name: {{en: Meeting of the Bat Council, ru: Заседание Совета летучих мышей}}
    description: {{en: A fictional meeting of bats., ru: Вымышленное заседание мышей.}}
    body: bat_council
    date: "{day(12)}"
    agenda:
      - {{en: Countering illegal migration of bats, ru: Противодействие незаконной миграции мышей}}
    sources: [fiction]
  - id: bat_meeting_2
    name: {{en: 2nd meeting of the Bat Council, ru: 2-е заседание Совета летучих мышей}}
    description: {{en: Another fictional meeting of bats., ru: Ещё одно вымышленное заседание мышей.}}
    body: bat_council
    date: "{day(20)}"
    participants: {{states: [ruritania]}}
    sources: [fiction]
"""
    text = f"""\
sources:
  - id: fiction
    file: fiction.txt
    publisher: {{en: The Fictional Gazette, ru: Вымышленная газета}}
    date: "2026-01-01"
    title: {{en: Plans of imaginary councils, ru: Планы воображаемых советов}}
states:
  - id: freedonia
    name: {{en: Freedonia, ru: Фридония}}
    description: {{en: An imaginary state., ru: Воображаемое государство.}}
    sources: [fiction]
  - id: sylvania
    name: {{en: Sylvania, ru: Сильвания}}
    description: {{en: Another imaginary state., ru: Другое воображаемое государство.}}
    sources: [fiction]
  - id: ruritania
    name: {{en: Ruritania, ru: Руритания}}
    description: {{en: A third imaginary state., ru: Третье воображаемое государство.}}
    sources: [fiction]
places:
  - id: glimmer
    name: {{en: Glimmer City, ru: Город Мерцание}}
    country: sylvania
    description: {{en: A city that does not exist., ru: Несуществующий город.}}
    sources: [fiction]
bodies:
  - id: owl_council
    name: {{en: Council of Imaginary Owls, ru: Совет воображаемых сов}}
    description: {{en: A fictional council for tests., ru: Вымышленный совет для тестов.}}
    category: sectoral
    sources: [fiction]
  - id: bat_council
    name: {{en: Council of Imaginary Bats, ru: Совет воображаемых летучих мышей}}
    description: {{en: Another fictional council., ru: Другой вымышленный совет.}}
    category: sectoral
    sources: [fiction]
meetings:
  - id: old_owl_meeting
    name: {{en: Founding meeting of the Owl Council, ru: Учредительное заседание Совета сов}}
    description: {{en: A fictional past meeting., ru: Вымышленное прошедшее заседание.}}
    body: owl_council
    date: "{day(-40)}"
    sources: [fiction]
{future if upcoming else ""}"""
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "fiction.yaml"
    path.write_text(text, encoding="utf-8")
    stamp = UPDATED.timestamp()
    os.utime(path, (stamp, stamp))
    return directory


async def env_with(
    tmp_path: Path, database_url: str, *, upcoming: bool = True, start: date | None = None
) -> TelegramEnv:
    kb_dir = fictional_kb(tmp_path / "kb", start or today(), upcoming=upcoming)
    return await make_env(tmp_path, knowledge_dir=kb_dir, database_url=database_url)


@pytest.fixture
async def tg(tmp_path: Path, database_url: str) -> AsyncIterator[TelegramEnv]:
    env = await env_with(tmp_path, database_url)
    yield env
    assert env.errors() == [] and env.apologies() == []
    await close_env(env)


@pytest.fixture
async def quiet_tg(tmp_path: Path, database_url: str) -> AsyncIterator[TelegramEnv]:
    """Nothing ahead: the only meeting was 40 days ago."""
    env = await env_with(tmp_path, database_url, upcoming=False)
    yield env
    assert env.errors() == [] and env.apologies() == []
    await close_env(env)


def runner_of(env: TelegramEnv) -> DigestRunner:
    services = env.app.bot_data.services

    async def no_sleep(_: float) -> None:
        return None

    return DigestRunner(services.storage, env.app.bot, lambda: services.knowledge.kb, sleep=no_sleep)


def storage_of(env: TelegramEnv) -> Storage:
    return env.app.bot_data.services.storage


async def daily(env: TelegramEnv, chat_id: int = 1001) -> Subscriber:
    """Make the user's subscription (from /subscribe) daily at 09:00 UTC, created long ago."""
    storage = storage_of(env)
    sub = await storage.subscribers.get(chat_id)
    assert sub is not None
    return await storage.subscribers.save(sub.with_(frequency="daily", hour=9, timezone="UTC", created_at=LONG_AGO))


def at_nine(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, 1, tzinfo=UTC)


# --- following member states ------------------------------------------------------------------


async def test_following_a_state_from_the_settings_panel(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/subscribe")
    assert "Following: everything" in panel["text"]
    assert ("🗺 States", "s:c:0") in tg.buttons(panel)
    (states,) = await tg.press(panel, data="s:c:0")
    assert [text for text, _ in tg.buttons(states)][:3] == ["⬜ Freedonia", "⬜ Sylvania", "⬜ Ruritania"]
    (states,) = await tg.press(states, data="s:g:sylvania")  # hosts the owl meeting (Glimmer City)
    (states,) = await tg.press(states, data="s:g:ruritania")  # attends the second bat meeting
    assert "✅ Sylvania" in [text for text, _ in tg.buttons(states)]
    (panel,) = await tg.press(states, data="s:m")
    assert "States: Sylvania, Ruritania" in panel["text"] and "Bodies: —" in panel["text"]
    stored = await storage_of(tg).subscribers.get(1001)
    assert stored is not None and stored.states == ("sylvania", "ruritania")

    await daily(tg)
    report = await runner_of(tg).run_once(at_nine(today()))
    assert report.sent == 1
    digest = tg.fake.sent_messages(1001)[-1]["text"]
    assert "1st meeting of the Owl Council" in digest and "2nd meeting of the Bat Council" in digest
    assert "Meeting of the Bat Council" not in digest.replace("2nd meeting of the Bat Council", "")

    # Pressing the same state twice unfollows it; "No states" clears them all.
    (panel,) = await tg.say("/settings")
    (states,) = await tg.press(panel, data="s:c:0")
    (states,) = await tg.press(states, data="s:n")
    stored = await storage_of(tg).subscribers.get(1001)
    assert stored is not None and stored.states == ()


async def test_a_forged_state_changes_nothing(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/subscribe")
    (states,) = await tg.press(panel, data="s:c:0")
    update = tg.fake.callback_query(states["chat_id"], states["message_id"], "s:g:freedonia")
    update["callback_query"]["data"] = "s:g:owl_council"  # a body, not a state
    assert await tg.feed(update) == []  # answered with a notice, the message left alone
    assert "out of date" in tg.fake.answered_callbacks[-1]["text"]
    stored = await storage_of(tg).subscribers.get(1001)
    assert stored is not None and stored.states == ()


async def test_follow_with_a_state_name_follows_the_state(tg: TelegramEnv) -> None:
    (reply,) = await tg.say("/follow Руритания")
    assert "Following Ruritania: meetings it attends or hosts (1 in the knowledge base now)" in reply["text"]
    stored = await storage_of(tg).subscribers.get(1001)
    assert stored is not None and stored.states == ("ruritania",) and stored.keywords == ()
    (again,) = await tg.say("/follow ruritania")
    assert "Already following «Ruritania»" in again["text"]
    (listing,) = await tg.say("/follow")
    assert "States: Ruritania" in listing["text"]
    (gone,) = await tg.say("/unfollow Ruritania")
    assert "No longer following «Ruritania»" in gone["text"]
    stored = await storage_of(tg).subscribers.get(1001)
    assert stored is not None and stored.states == ()


# --- following keywords -----------------------------------------------------------------------


async def test_following_a_keyword_in_digests_reminders_upcoming_and_calendar(tg: TelegramEnv) -> None:
    (listing,) = await tg.say("/follow")
    assert "Following: everything" in listing["text"] and "/follow migration" in listing["text"]
    (added,) = await tg.say("/follow  Migrations")
    assert "Following «migrations»" in added["text"] and "(1 in the knowledge base now)" in added["text"]
    # Not subscribed yet: following asks for nothing to be sent.
    assert "/subscribe to get it" in added["text"]
    stored = await storage_of(tg).subscribers.get(1001)
    assert stored is not None and stored.keywords == ("migrations",) and stored.status == "paused"
    (again,) = await tg.say("/follow migration")  # the same word, inflected
    assert "Already following «migrations»" in again["text"]

    (panel,) = await tg.say("/subscribe")
    assert "Keywords: «migrations»" in panel["text"]
    await daily(tg)
    await storage_of(tg).subscribers.save((await storage_of(tg).subscribers.get(1001)).with_(reminders=True))  # type: ignore[union-attr]

    # The digest: only the bat meeting whose agenda is about migration.
    assert (await runner_of(tg).run_once(at_nine(today()))).sent == 1
    digest = tg.fake.sent_messages(1001)[-1]["text"]
    assert "Meeting of the Bat Council" in digest
    assert "Owl Council" not in digest and "2nd meeting" not in digest

    # The reminder the day before: the migration meeting only (the owls meet the day after day 4).
    runner = runner_of(tg)
    for offset in range(1, 20):
        await runner.run_once(at_nine(today() + timedelta(days=offset)))
    reminders = [m["text"] for m in tg.fake.sent_messages(1001) if "Tomorrow" in m["text"]]
    assert len(reminders) == 1 and "Meeting of the Bat Council" in reminders[0]

    # /upcoming shows only what is followed, and says so.
    (upcoming,) = await tg.say("/upcoming 30")
    assert "Meeting of the Bat Council" in upcoming["text"] and "Owl" not in upcoming["text"]
    assert "Only what this chat follows" in upcoming["text"]
    # /calendar: only that meeting.
    (document,) = await tg.say("/calendar")
    assert document["document"]["file_name"] == "cis-security-meetings.ics"
    ics = Calendar.from_ical(tg.fake.files[document["document"]["file_id"]].content)
    assert [str(event["summary"]) for event in ics.walk("VEVENT")] == ["Meeting of the Bat Council"]

    tg.user_clock.advance(60)  # past the per-user flood control
    # Russian text and a typo find it too; /unfollow takes any spelling with the same words.
    (ru,) = await tg.say("/follow миграция")
    assert "Following «миграция»" in ru["text"] and "(1 in the knowledge base now)" in ru["text"]
    (gone,) = await tg.say("/unfollow MIGRATION")
    assert "No longer following «migrations»" in gone["text"]
    (unknown,) = await tg.say("/unfollow owls")
    assert "«owls» is not followed" in unknown["text"]
    (nothing,) = await tg.say("/follow the")
    assert "has no word to look for" in nothing["text"]


async def test_keywords_match_both_languages_and_typos(tg: TelegramEnv) -> None:
    (typo,) = await tg.say("/follow migraton")
    assert "(1 in the knowledge base now)" in typo["text"]
    (russian,) = await tg.say("/follow незаконной миграции")
    assert "(1 in the knowledge base now)" in russian["text"]
    (night,) = await tg.say("/follow ночной дозор")  # the owl meeting's Russian description
    assert "(1 in the knowledge base now)" in night["text"]
    (none,) = await tg.say("/follow cybersecurity")
    assert "(0 in the knowledge base now)" in none["text"]


async def test_keywords_survive_a_restart_and_are_stored_per_chat(tmp_path: Path, database_url: str) -> None:
    env = await env_with(tmp_path, database_url)
    await env.say("/follow migration")
    await close_env(env)
    storage = await Storage.open(database_url)
    stored = await storage.subscribers.get(1001)
    await storage.close()
    assert stored is not None and stored.keywords == ("migration",)


async def test_subscribers_from_before_migration_005_keep_everything(database_url: str) -> None:
    """A subscribers table as migrations 001-004 made it (no ``states``, ``keywords``) gains the
    columns; its rows keep their settings, including an "empty digest" note that was on."""
    engine = create_async_engine(normalise_url(database_url))
    old = MetaData()
    columns = [c._copy() for c in subscribers.columns if c.name not in ("states", "keywords")]
    old_subscribers = Table("subscribers", old, *columns)
    migrations = Table(
        "schema_migrations",
        old,
        Column("name", String(100), primary_key=True),
        Column("applied_at", UTCDateTime(), nullable=False),
    )
    now = datetime.now(UTC)
    async with engine.begin() as conn:
        await conn.run_sync(old.create_all)
        for table in (users, deliveries, kb_changes, question_log):
            await conn.run_sync(table.create)
        for name in ("001_users", "002_subscriptions", "003_question_log", "004_delivery_progress"):
            await conn.execute(migrations.insert().values(name=name, applied_at=now))
        await conn.execute(
            old_subscribers.insert().values(
                chat_id=5,
                lang="ru",
                frequency="daily",
                weekday=0,
                hour=9,
                timezone="UTC",
                bodies='["owl_council"]',
                horizon_days=30,
                empty_note=True,
                reminders=False,
                status="active",
                failures=0,
                created_at=now,
                updated_at=now,
                chat_type="private",
            )
        )
    await engine.dispose()
    storage = await Storage.open(database_url)
    kept = await storage.subscribers.get(5)
    assert kept is not None and kept.empty_note and kept.bodies == ("owl_council",)
    assert kept.states == () and kept.keywords == ()
    await storage.subscribers.save(kept.with_(states=("sylvania",), keywords=("миграция",)))
    again = await storage.subscribers.get(5)
    assert again is not None and again.states == ("sylvania",) and again.keywords == ("миграция",)
    async with storage.engine.connect() as conn:
        names = set((await conn.execute(select(schema_migrations.c.name))).scalars())
    assert "005_follow_states_keywords" in names
    await storage.close()


# --- freshness ---------------------------------------------------------------------------------


async def test_freshness_in_about_upcoming_subscribe_and_every_digest(tg: TelegramEnv) -> None:
    latest = today() + timedelta(days=20)
    english = f"Knowledge base updated 15 October 2026; latest dated event: {latest.day} {latest:%B} {latest.year}."
    (about,) = await tg.say("/about")
    assert english in about["text"]
    (upcoming,) = await tg.say("/upcoming")
    assert english in upcoming["text"]
    (panel,) = await tg.say("/subscribe")
    assert english in panel["text"]
    await daily(tg)
    await runner_of(tg).run_once(at_nine(today()))
    assert english in tg.fake.sent_messages(1001)[-1]["text"]
    # In Russian, dates by Babel: "15 октября 2026 г.", one full stop at the end.
    (lang,) = await tg.say("/lang")
    await tg.press(lang, data="g:ru")
    (about,) = await tg.say("/about")
    # Babel keeps "г." with its year by a narrow no-break space.
    assert "База знаний обновлена 15 октября 2026\u202fг.; последнее датированное событие — " in about["text"]
    assert about["text"].rstrip().endswith("\u202fг.")


# --- empty digests ------------------------------------------------------------------------------


async def test_an_empty_digest_is_not_sent_unless_asked_for(quiet_tg: TelegramEnv) -> None:
    tg = quiet_tg
    (panel,) = await tg.say("/subscribe")
    assert "“Nothing scheduled” note: off" in panel["text"]  # off for a new subscriber
    await daily(tg)
    runner = runner_of(tg)
    report = await runner.run_once(at_nine(today()))
    assert report.sent == 0 and report.skipped == 1
    assert tg.fake.sent_messages(1001)[-1]["message_id"] == panel["message_id"]  # nothing new arrived
    # Opted in: the note comes, with how current the knowledge base is.
    (panel,) = await tg.say("/settings")
    (panel,) = await tg.press(panel, data="s:e")
    assert "“Nothing scheduled” note: on" in panel["text"]
    report = await runner.run_once(at_nine(today() + timedelta(days=1)))
    assert report.sent == 1
    note = tg.fake.sent_messages(1001)[-1]["text"]
    assert "The knowledge base has no meetings in the next 30 days." in note and "Knowledge base updated" in note


async def test_something_new_carries_the_digest(quiet_tg: TelegramEnv) -> None:
    tg = quiet_tg
    await tg.say("/subscribe")
    await daily(tg)
    storage = storage_of(tg)
    await storage.kb_changes.record("v2", ["old_owl_meeting"], [], [])
    report = await runner_of(tg).run_once(at_nine(today()) + timedelta(days=1))
    assert report.sent == 1
    digest = tg.fake.sent_messages(1001)[-1]["text"]
    assert "New in the knowledge base" in digest and "Founding meeting of the Owl Council" in digest


async def test_existing_subscribers_keep_their_empty_digest_choice(quiet_tg: TelegramEnv) -> None:
    tg = quiet_tg
    await tg.say("/start")
    await storage_of(tg).subscribers.save(
        Subscriber(chat_id=1001, frequency="daily", hour=9, timezone="UTC", empty_note=True, created_at=LONG_AGO)
    )
    assert (await runner_of(tg).run_once(at_nine(today()))).sent == 1


# --- /upcoming and /calendar with nothing ahead -------------------------------------------------


async def test_upcoming_with_nothing_ahead_offers_the_latest_meetings(quiet_tg: TelegramEnv) -> None:
    tg = quiet_tg
    (reply,) = await tg.say("/upcoming 7")
    assert "The knowledge base has no meetings in the next 7 days." in reply["text"]
    assert "Knowledge base updated 15 October 2026" in reply["text"]
    assert "The latest meetings it records:" in reply["text"]
    assert "Founding meeting of the Owl Council" in reply["text"]
    buttons = tg.buttons(reply)
    assert len(buttons) == 1 and buttons[0][1] == "c:old_owl_meeting"
    (card,) = await tg.press(reply, data="c:old_owl_meeting")
    assert "Founding meeting of the Owl Council" in card["text"]
    (lang,) = await tg.say("/lang")
    await tg.press(lang, data="g:ru")
    (reply,) = await tg.say("/upcoming 22")
    assert "нет заседаний на ближайшие 22 дня." in reply["text"] and "дн." not in reply["text"]


async def test_calendar_with_no_events_says_so(quiet_tg: TelegramEnv) -> None:
    tg = quiet_tg
    (reply,) = await tg.say("/calendar")
    assert "document" not in reply
    assert "No upcoming meetings with a known date" in reply["text"]
    assert "Knowledge base updated 15 October 2026" in reply["text"]


# --- the operator's dry run ---------------------------------------------------------------------


async def test_dry_run_prints_each_digest_whole(tmp_path: Path, database_url: str) -> None:
    start = date(2031, 3, 1)
    kb_dir = fictional_kb(tmp_path / "kb", start)
    storage = await Storage.open(database_url)
    await storage.subscribers.save(
        Subscriber(chat_id=7, frequency="daily", hour=9, timezone="UTC", lang="ru", created_at=LONG_AGO)
    )
    await storage.subscribers.save(
        Subscriber(
            chat_id=8, frequency="daily", hour=9, timezone="UTC", keywords=("cybersecurity",), created_at=LONG_AGO
        )
    )
    await storage.close()
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "--knowledge", str(kb_dir), "digest", "--dry-run", "--at", "2031-03-01T09:05"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "DATABASE_URL": database_url},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "2 delivery(ies) due" in out
    body = out.split("chat 7 [ru] digest 2031-03-01:", 1)[1]
    # The whole message, as plain text: every meeting, the sources and the freshness line.
    for expected in (
        "Предстоящие заседания СНГ в сфере безопасности",
        "1-е заседание Совета сов",
        "Заседание Совета летучих мышей",
        "2-е заседание Совета летучих мышей",
        "Вымышленная газета",
        "База знаний обновлена 15 октября 2026\u202fг.",
    ):
        assert expected in body, expected
    assert "<b>" not in out and "&" not in out
    # Nothing it follows: not sent, and the dry run says so.
    assert "chat 8 [en] digest 2031-03-01: nothing to say (not sent)" in out
