"""Digests: due times (clock-controlled), content, the delivery ledger, and delivery end to end
through the local Bot API, including blocked users, migrated groups, 5xx, timeouts and 429s."""

from __future__ import annotations

from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar
from telegram.error import NetworkError, RetryAfter, TimedOut

from bot.config import ConfigError, load_settings
from bot.digest.calendar import calendar_ics
from bot.digest.delivery import DigestRunner, proves_not_sent
from bot.digest.schedule import GRACE, due_digest, latest_due, next_due, reminder_due
from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.faults import Fault
from bot.fake_telegram.latency import Latency
from bot.kb.base import open_knowledge_base
from bot.present.digest import build_digest, upcoming_meetings
from bot.storage import Storage
from bot.storage.kbchanges import KbChange
from bot.storage.subscribers import DEACTIVATE_AFTER, Subscriber
from tests.fictional import write_fictional_kb
from tests.telegram_env import TelegramEnv, close_env, make_env

LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def sub(**kw: object) -> Subscriber:
    kw.setdefault("chat_id", 1)
    kw.setdefault("created_at", LONG_AGO)
    return Subscriber(**kw)  # type: ignore[arg-type]


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# --- when ---------------------------------------------------------------------------------------


def test_daily_digest_is_due_at_the_local_hour() -> None:
    s = sub(frequency="daily", hour=9, timezone="Asia/Tashkent")  # UTC+5
    assert latest_due(s, utc(2031, 3, 2, 3, 59)).period == "2031-03-01"  # type: ignore[union-attr]
    assert due_digest(s, utc(2031, 3, 2, 3, 59)) is None  # yesterday's is past the grace window
    due = due_digest(s, utc(2031, 3, 2, 4, 0))
    assert due is not None and due.period == "2031-03-02" and due.at == utc(2031, 3, 2, 4, 0)


def test_weekly_digest_uses_the_chosen_weekday_and_iso_week() -> None:
    s = sub(frequency="weekly", weekday=0, hour=9, timezone="Europe/Moscow")  # Monday 09:00 = 06:00 UTC
    due = latest_due(s, utc(2031, 3, 5, 12))  # a Wednesday
    assert due is not None and due.at == utc(2031, 3, 3, 6) and due.period == "2031-W10"
    assert due_digest(s, utc(2031, 3, 5, 12)) is None  # more than the grace window ago
    assert due_digest(s, utc(2031, 3, 3, 6, 1)).period == "2031-W10"  # type: ignore[union-attr]


def test_daylight_saving_keeps_the_local_hour() -> None:
    s = sub(frequency="daily", hour=9, timezone="Europe/Berlin")
    winter = latest_due(s, utc(2031, 3, 29, 12))  # CET, UTC+1
    summer = latest_due(s, utc(2031, 3, 31, 12))  # CEST, UTC+2 since 30 March
    assert winter is not None and winter.at == utc(2031, 3, 29, 8)
    assert summer is not None and summer.at == utc(2031, 3, 31, 7)
    # The night the clocks go forward, 02:00 does not exist: the digest still comes once that day.
    night = sub(frequency="daily", hour=2, timezone="Europe/Berlin")
    due = latest_due(night, utc(2031, 3, 30, 3))
    assert due is not None and due.period == "2031-03-30"


def test_downtime_catch_up_within_grace_only() -> None:
    s = sub(frequency="daily", hour=9, timezone="UTC")
    assert due_digest(s, utc(2031, 3, 2, 9) + GRACE - timedelta(minutes=1)) is not None
    assert due_digest(s, utc(2031, 3, 2, 9) + GRACE + timedelta(minutes=1)) is None


def test_no_digest_for_a_period_before_subscribing_or_when_off() -> None:
    fresh = sub(frequency="daily", hour=9, timezone="UTC", created_at=utc(2031, 3, 2, 10))
    assert due_digest(fresh, utc(2031, 3, 2, 11)) is None
    assert due_digest(fresh, utc(2031, 3, 3, 9, 5)) is not None
    assert due_digest(sub(frequency="off"), utc(2031, 3, 3, 9)) is None
    assert due_digest(sub(frequency="daily", status="paused"), utc(2031, 3, 3, 9)) is None


def test_next_due_and_reminders() -> None:
    s = sub(frequency="weekly", weekday=4, hour=18, timezone="Asia/Almaty", reminders=True)  # UTC+5
    assert next_due(s, utc(2031, 3, 3, 0)) == utc(2031, 3, 7, 13)
    assert reminder_due(s, date(2031, 3, 10), utc(2031, 3, 9, 13))
    assert not reminder_due(s, date(2031, 3, 10), utc(2031, 3, 9, 12, 59))
    assert not reminder_due(s.with_(reminders=False), date(2031, 3, 10), utc(2031, 3, 9, 13))


# --- what ---------------------------------------------------------------------------------------


@pytest.fixture
def fiction(tmp_path: Path) -> Path:
    return write_fictional_kb(tmp_path / "kb")


def test_digest_groups_upcoming_meetings_of_followed_bodies(fiction: Path) -> None:
    kb = open_knowledge_base(fiction)
    everything = build_digest(kb, sub(horizon_days=30), date(2031, 3, 1), [])
    assert everything is not None
    html = everything.html
    assert html.index("10 March 2031") < html.index("1st meeting") < html.index("12 March 2031")
    assert "Meeting of the Bat Council" in html  # known only to the month: March overlaps
    owls = build_digest(kb, sub(bodies=("owl_council",), lang="ru"), date(2031, 3, 1), [])
    assert owls is not None and "Совета сов" in owls.html and "летучих" not in owls.html
    assert "10 марта 2031 г." in owls.html


def test_empty_digest_note_or_nothing(fiction: Path) -> None:
    kb = open_knowledge_base(fiction)
    quiet = build_digest(kb, sub(horizon_days=7, empty_note=True), date(2031, 6, 1), [])
    assert quiet is not None and "The knowledge base has no meetings in the next 7 days." in quiet.html
    # The note is opt-in: by default an empty digest is not sent at all.
    assert build_digest(kb, sub(horizon_days=7), date(2031, 6, 1), []) is None


def test_new_in_the_knowledge_base_section(fiction: Path) -> None:
    kb = open_knowledge_base(fiction)
    change = KbChange("v2", utc(2031, 1, 2), added=["owl_meeting_2"], removed=[], changed=["bat_council"])
    digest = build_digest(kb, sub(horizon_days=7, empty_note=False), date(2031, 6, 1), [change])
    assert digest is not None
    assert "New in the knowledge base" in digest.html and "2nd meeting of the Owl Council" in digest.html
    assert "Updated" in digest.html and "Council of Imaginary Bats" in digest.html


def test_calendar_file_parses(fiction: Path) -> None:
    kb = open_knowledge_base(fiction)
    meetings = upcoming_meetings(kb, None, date(2031, 3, 1), 60)
    cal = Calendar.from_ical(calendar_ics(kb, meetings, "en"))
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {
        "1st meeting of the Owl Council",
        "2nd meeting of the Owl Council",
        "Meeting of the Bat Council",
    }
    owl = events["1st meeting of the Owl Council"]
    assert owl.decoded("dtstart") == date(2031, 3, 10) and str(owl["location"]) == "Atlantis City"
    assert events["Meeting of the Bat Council"].decoded("dtstart") == date(2031, 3, 1)
    assert str(events["Meeting of the Bat Council"]["status"]) == "TENTATIVE"


# --- the ledger -----------------------------------------------------------------------------------


async def test_ledger_claims_once_and_takes_over_stale_claims(database_url: str) -> None:
    storage = await Storage.open(database_url)
    a, b = storage.ledger("process-a"), storage.ledger("process-b")
    now = utc(2031, 3, 2, 9)
    assert await a.claim(1, "digest", "2031-03-02", now)
    assert not await b.claim(1, "digest", "2031-03-02", now)  # in flight elsewhere
    assert await b.claim(1, "digest", "2031-03-02", now + timedelta(minutes=10))  # a died: stale
    await b.finish(1, "digest", "2031-03-02")
    assert not await a.claim(1, "digest", "2031-03-02", now + timedelta(days=1))  # sent: never again
    assert await a.claim(1, "digest", "2031-03-03", now)
    await a.release(1, "digest", "2031-03-03")  # transient failure: give it back
    assert await b.claim(1, "digest", "2031-03-03", now)
    await storage.close()


async def test_a_takeover_resends_only_what_was_in_flight_and_the_loser_sends_nothing(database_url: str) -> None:
    storage = await Storage.open(database_url)
    a, b = storage.ledger("process-a"), storage.ledger("process-b")
    now = datetime.now(UTC)
    assert await a.take(1, "digest", "2031-03-02", now) is not None
    assert await a.sending(1, "digest", "2031-03-02", part=1)  # part 0 went out; part 1 is in flight
    # a's claim looks abandoned ten minutes on: b resumes at the part in flight, counted as a repeat.
    taken = await b.take(1, "digest", "2031-03-02", now + timedelta(minutes=10))
    assert taken is not None and taken.resume_at == 1 and taken.in_flight
    assert not await a.sending(1, "digest", "2031-03-02", part=2)  # a lost the claim: it must not send
    assert await b.sending(1, "digest", "2031-03-02", part=1)
    await b.finish(1, "digest", "2031-03-02", "sent")
    assert await a.repeats() == 1
    # A claim that died before its request went out is resent with no repeat.
    assert await a.take(2, "digest", "2031-03-02", now) is not None
    taken = await b.take(2, "digest", "2031-03-02", now + timedelta(minutes=10))
    assert taken is not None and taken.resume_at == 0 and not taken.in_flight
    # An unknown outcome is final: no round claims it again.
    assert await a.take(3, "digest", "2031-03-02", now) is not None
    await a.finish(3, "digest", "2031-03-02", "unknown", "TimedOut")
    assert await a.done(3, "digest", "2031-03-02")
    assert await b.take(3, "digest", "2031-03-02", now + timedelta(days=1)) is None
    assert await a.unknown_chats() == [3]
    await storage.close()


def test_only_failures_that_prove_nothing_was_sent_are_retried() -> None:
    request = httpx.Request("POST", "https://api.telegram.org/botX/sendMessage")

    def raised(exc: Exception, cause: Exception | None) -> Exception:
        exc.__cause__ = cause
        return exc

    assert proves_not_sent(RetryAfter(3))
    assert proves_not_sent(NetworkError("Bad Gateway"))  # an error reply from Telegram
    assert proves_not_sent(raised(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused", request=request)))
    assert proves_not_sent(raised(TimedOut(), httpx.ConnectTimeout("connect", request=request)))
    assert proves_not_sent(raised(TimedOut(), httpx.PoolTimeout("pool", request=request)))
    assert not proves_not_sent(raised(TimedOut(), httpx.ReadTimeout("read", request=request)))
    assert not proves_not_sent(raised(TimedOut(), httpx.WriteTimeout("write", request=request)))
    assert not proves_not_sent(raised(NetworkError("x"), httpx.RemoteProtocolError("disconnected", request=request)))
    assert not proves_not_sent(raised(NetworkError("x"), httpx.ReadError("reset", request=request)))
    assert not proves_not_sent(raised(NetworkError("Unknown error in HTTP implementation"), RuntimeError("?")))


def test_claims_must_outlast_a_digest_send() -> None:
    with pytest.raises(ConfigError, match="DIGEST_CLAIM_TIMEOUT must be at least twice DIGEST_SEND_TIMEOUT"):
        load_settings(digest_claim_timeout=40, digest_send_timeout=30)
    assert load_settings(digest_claim_timeout=1, digest_send_timeout=0.5).digest_send_timeout == 0.5


# --- delivery end to end ------------------------------------------------------------------------


@pytest.fixture
async def tg(tmp_path: Path, database_url: str) -> AsyncIterator[TelegramEnv]:
    """The bot on SQLite and, when ``TEST_DATABASE_URL`` is set, on PostgreSQL."""
    env = await make_env(tmp_path, knowledge_dir=write_fictional_kb(tmp_path / "kb"), database_url=database_url)
    yield env
    assert env.errors() == []
    await close_env(env)


def runner_of(env: TelegramEnv, **kw: object) -> DigestRunner:
    services = env.app.bot_data.services

    async def no_sleep(_: float) -> None:
        return None

    return DigestRunner(services.storage, env.app.bot, lambda: services.knowledge.kb, sleep=no_sleep, **kw)  # type: ignore[arg-type]


async def subscribe_many(env: TelegramEnv, count: int, **settings: object) -> list[int]:
    storage = env.app.bot_data.services.storage
    chats = []
    for i in range(count):
        chat_id = 50_000 + i
        env.fake.add_chat(chat_id)
        await storage.subscribers.save(sub(chat_id=chat_id, **settings))
        chats.append(chat_id)
    return chats


async def test_subscribe_settings_and_a_digest_at_the_right_local_time(tg: TelegramEnv) -> None:
    (panel,) = await tg.say("/subscribe")
    assert "Digest settings" in panel["text"] and "weekly, Monday" in panel["text"]
    (panel,) = await tg.press(panel, data="s:f:daily")
    (panel,) = await tg.press(panel, data="s:h:+1")  # 10:00
    (zones,) = await tg.press(panel, data="s:z")
    (panel,) = await tg.press(zones, text="Asia/Almaty")  # UTC+5
    (bodies,) = await tg.press(panel, data="s:b:0")
    (bodies,) = await tg.press(bodies, text="⬜ Owl Council")
    assert "✅ Owl Council" in [b for b, _ in tg.buttons(bodies)]
    (panel,) = await tg.press(bodies, data="s:m")
    assert (
        "daily" in panel["text"]
        and "10:00 (Asia/Almaty)" in panel["text"]
        and "Council of Imaginary Owls" in panel["text"]
    )
    storage = tg.app.bot_data.services.storage
    subscriber = await storage.subscribers.get(1001)
    assert subscriber.bodies == ("owl_council",) and subscriber.hour == 10
    await storage.subscribers.save(subscriber.with_(created_at=LONG_AGO))

    runner = runner_of(tg)
    assert (await runner.run_once(utc(2031, 2, 28, 16, 0))).sent == 1  # after downtime: 11 h late, in grace
    mark = len(tg.fake.outbox)
    assert (await runner.run_once(utc(2031, 3, 1, 4, 59))).sent == 0  # nothing new is due yet
    report = await runner.run_once(utc(2031, 3, 1, 5, 0))  # 10:00 in Almaty
    assert report.sent == 1
    (digest,) = tg.fake.outbox[mark:]
    assert "Upcoming CIS security meetings" in digest["text"] and "1st meeting of the Owl Council" in digest["text"]
    assert "Bat Council" not in digest["text"]
    assert (await runner.run_once(utc(2031, 3, 1, 5, 1))).sent == 0  # exactly once


async def test_unsubscribe_needs_one_confirmation(tg: TelegramEnv) -> None:
    await tg.say("/subscribe")
    (ask,) = await tg.say("/unsubscribe")
    assert "Stop all digests" in ask["text"]
    (done,) = await tg.press(ask, text="Yes, unsubscribe")
    assert "Subscription stopped" in done["text"]
    subscriber = await tg.app.bot_data.services.storage.subscribers.get(1001)
    assert subscriber.status == "paused"
    assert (await runner_of(tg).run_once(utc(2031, 3, 3, 6))).sent == 0


async def test_preview_upcoming_and_calendar_commands(tg: TelegramEnv) -> None:
    (preview,) = await tg.say("/digest")
    assert "Upcoming CIS security meetings" in preview["text"]
    (upcoming,) = await tg.say("/upcoming 7")
    assert "no meetings in the next 7 days" in upcoming["text"]  # today is long before 2031
    (reply,) = await tg.say("/calendar")  # nothing within a year of today: no empty file
    assert "document" not in reply and "no calendar file to send" in reply["text"]
    (bad,) = await tg.say("/timezone Mars/Olympus")
    assert "Unknown time zone" in bad["text"]
    (ok,) = await tg.say("/timezone Asia/Bishkek")
    assert "Asia/Bishkek" in ok["text"]


async def test_reminder_the_day_before(tg: TelegramEnv) -> None:
    chats = await subscribe_many(tg, 1, frequency="off", reminders=True, hour=9, timezone="UTC")
    runner = runner_of(tg)
    assert (await runner.run_once(utc(2031, 3, 9, 9, 0))).sent == 1
    assert "Tomorrow" in tg.fake.sent_messages(chats[0])[-1]["text"]
    assert (await runner.run_once(utc(2031, 3, 9, 9, 5))).sent == 0


async def test_blocked_users_are_deactivated_only_after_repeated_refusals(tg: TelegramEnv) -> None:
    (chat,) = await subscribe_many(tg, 1, frequency="daily", hour=9, timezone="UTC")
    tg.fake.block_user(chat)
    storage = tg.app.bot_data.services.storage
    runner = runner_of(tg)
    for day in range(1, DEACTIVATE_AFTER + 1):
        await runner.run_once(utc(2031, 3, day, 9, 1))
        expected = "deactivated" if day == DEACTIVATE_AFTER else "active"
        assert (await storage.subscribers.get(chat)).status == expected
    tg.expected_statuses.add(403)


async def test_migrated_group_gets_the_digest_at_its_new_id(tg: TelegramEnv) -> None:
    old, new = -4001, -1004001
    tg.fake.add_chat(old, "group", title="Analysts")
    storage = tg.app.bot_data.services.storage
    await storage.subscribers.save(sub(chat_id=old, chat_type="group", frequency="daily", hour=9, timezone="UTC"))
    tg.fake.migrate_group(old, new)
    report = await runner_of(tg).run_once(utc(2031, 3, 1, 9, 1))
    assert report.sent == 1 and report.migrated == 1
    assert "Upcoming" in tg.fake.sent_messages(new)[-1]["text"]
    assert await storage.subscribers.get(old) is None and (await storage.subscribers.get(new)) is not None
    tg.expected_statuses.add(400)


def copies_per_chat(fake: FakeTelegram) -> Counter[int]:
    """Messages each chat received, from the double's own log of sendMessage calls (a call that the
    double carried out counts, whether or not the client waited for the reply)."""
    return Counter(int(r.params["chat_id"]) for r in fake.calls("sendMessage") if r.status == 200)


async def ledger_counts(env: TelegramEnv) -> dict[str, int]:
    return dict(await env.app.bot_data.services.storage.ledger("test").counts())


async def test_transient_errors_lose_nothing_and_send_nothing_twice(tg: TelegramEnv) -> None:
    """502s are Telegram saying it did not send: retried. A timeout after the message went out (the
    reply lost) is an unknown outcome: recorded, never sent again."""
    chats = await subscribe_many(tg, 60, frequency="daily", hour=9, timezone="UTC")
    tg.fake.set_latency(Latency(fixed=0.01, jitter=0.02, methods=frozenset({"sendMessage"})))
    tg.fake.inject("sendMessage", Fault.bad_gateway(), probability=0.1)
    lost_replies = tg.fake.inject("sendMessage", Fault.timeout(applied=True), probability=0.05)
    tg.expected_statuses.add(502)
    runner = runner_of(tg)
    await runner.run_once(utc(2031, 3, 1, 9, 1))
    tg.fake.clear_faults()
    await runner.run_once(utc(2031, 3, 1, 9, 30))  # the next round picks up what was given back
    copies = copies_per_chat(tg.fake)
    assert [chat for chat in chats if copies[chat] != 1] == []
    assert lost_replies.fired >= 1
    assert await ledger_counts(tg) == {"sent": 60 - lost_replies.fired, "unknown": lost_replies.fired}


# Slow replies, scaled down from production (PTB's ordinary 5 s read timeout, a 6 s tail, digests
# waiting 30 s) keeping its order: ordinary timeout < slow tail < digest send timeout < stuck replies.
ORDINARY_TIMEOUT = 1.0
SLOW_TAIL = 1.5
SEND_TIMEOUT = 2.5
STUCK = 3.0


@pytest.fixture
async def slow_tg(tmp_path: Path, database_url: str) -> AsyncIterator[TelegramEnv]:
    env = await make_env(
        tmp_path,
        knowledge_dir=write_fictional_kb(tmp_path / "kb"),
        database_url=database_url,
        read_timeout=ORDINARY_TIMEOUT,
    )
    yield env
    assert env.errors() == []
    await close_env(env)


async def test_slow_replies_never_duplicate_a_digest(slow_tg: TelegramEnv) -> None:
    """5 % of replies take longer than the bot's ordinary read timeout and 1 % longer than even the
    digests' one: every chat gets exactly one copy; where the bot gave up waiting the ledger says
    ``unknown`` (the double did deliver those: Telegram would have too), and no round resends them."""
    tg = slow_tg
    chats = await subscribe_many(tg, 400, frequency="daily", hour=9, timezone="UTC")
    tg.fake.set_latency(
        Latency(fixed=0.02, jitter=0.06, slow=((0.05, SLOW_TAIL), (0.01, STUCK)), methods=frozenset({"sendMessage"}))
    )
    runner = runner_of(tg, send_timeout=SEND_TIMEOUT)
    report = await runner.run_once(utc(2031, 3, 1, 9, 1))
    await runner.run_once(utc(2031, 3, 1, 9, 30))  # a later round in the grace window sends nothing again
    copies = copies_per_chat(tg.fake)
    calls = tg.fake.calls("sendMessage")
    slow = [r for r in calls if r.delay > ORDINARY_TIMEOUT]
    gave_up = sorted(int(r.params["chat_id"]) for r in calls if r.delay > SEND_TIMEOUT)
    duplicated = {chat: n for chat, n in copies.items() if n > 1}
    print(f"\n{len(slow)} of {len(calls)} replies slow, {len(gave_up)} given up; duplicated chats: {len(duplicated)}")
    assert duplicated == {}
    assert [chat for chat in chats if copies[chat] != 1] == []
    assert len(slow) >= 10 and gave_up  # the tails did happen (the fake's RNG is seeded)
    assert report.sent == 400 - len(gave_up) and report.unknown == len(gave_up)
    assert await ledger_counts(tg) == {"sent": 400 - len(gave_up), "unknown": len(gave_up)}
    storage = tg.app.bot_data.services.storage
    assert await storage.ledger("test").unknown_chats() == gave_up


async def test_429_storm_is_waited_out(tg: TelegramEnv) -> None:
    chats = await subscribe_many(tg, 40, frequency="daily", hour=9, timezone="UTC")
    tg.fake.set_latency(Latency(fixed=0.01, jitter=0.02, methods=frozenset({"sendMessage"})))
    tg.fake.inject("sendMessage", Fault.flood(3), times=5)
    tg.expected_statuses.add(429)
    report = await runner_of(tg).run_once(utc(2031, 3, 1, 9, 1))
    assert report.sent == 40
    assert all(len(tg.fake.sent_messages(c)) == 1 for c in chats)
    assert [t for t in tg.fake.throttled if t.retry_after != 3] == []  # none beyond the injected ones


# --- operators ------------------------------------------------------------------------------------


async def test_cli_dry_run_and_subscriber_counts(tmp_path: Path, database_url: str) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    kb_dir = write_fictional_kb(tmp_path / "kb")
    storage = await Storage.open(database_url)
    await storage.subscribers.save(sub(chat_id=7, frequency="daily", hour=9, timezone="UTC", lang="ru"))
    await storage.subscribers.save(sub(chat_id=8, frequency="weekly", weekday=0, status="paused"))
    await storage.close()
    env = {**os.environ, "DATABASE_URL": database_url}

    def run(*args: str) -> str:
        proc = subprocess.run(
            [sys.executable, "-m", "bot", "--knowledge", str(kb_dir), *args],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env=env,
            timeout=60,
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    out = run("digest", "--dry-run", "--at", "2031-03-01T09:05")
    assert "1 delivery(ies) due" in out and "chat 7 [ru] digest 2031-03-01" in out
    assert "chat 8" not in out
    assert "subscribers: active 1, paused 1, deactivated 0" in run("subscribers")
    # A dry run records nothing: the same moment still shows the delivery.
    assert "chat 7 [ru] digest 2031-03-01" in run("digest", "--dry-run", "--at", "2031-03-01T09:05")
