"""The admin logic without Telegram: file names, history snapshots, the question log, statistics,
grouping of unanswered questions and the offline ``cisbot stats`` / ``cisbot unanswered``."""

from __future__ import annotations

import hashlib
import hmac
import random
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from pydantic import SecretStr
from rapidfuzz import fuzz, process

from bot import cli
from bot.admin import history
from bot.admin.stats import collect_stats, collect_unanswered, group_questions, parse_since
from bot.admin.uploads import MAX_UPLOAD_BYTES, UploadRefused, check_size, sanitise_name, validate_candidate
from bot.answers.engine import Engine
from bot.config import load_settings
from bot.present.admin_stats import stats_html
from bot.runtime.questionlog import QuestionLogger, prune, record_for, user_hash
from bot.search.text import tokens
from bot.storage import Storage
from bot.storage.questions import QuestionRecord
from bot.storage.schema import deliveries, subscribers

NOW = datetime(2031, 5, 20, 12, 0, tzinfo=UTC)


@pytest.fixture
async def storage(tmp_path: Path) -> AsyncIterator[Storage]:
    store = await Storage.open(f"sqlite+aiosqlite:///{tmp_path / 'admin.sqlite3'}")
    yield store
    await store.close()


def q(
    text: str,
    answered: bool,
    at: datetime = NOW,
    top: str | None = None,
    score: float | None = None,
    intent: str = "card",
) -> QuestionRecord:
    return QuestionRecord(at=at, lang="en", text=text, answered=answered, intent=intent, top_id=top, top_score=score)


# --- file names and sizes ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bodies.yaml", "new_file.yml", "2031-plans.v2.yaml", "A.yaml"])
def test_safe_names_are_kept(name: str) -> None:
    assert sanitise_name(name) == name


@pytest.mark.parametrize(
    "name",
    [
        None,
        "",
        "../x.yaml",
        "a/../../x.yaml",
        "..",
        ".",
        ".x.yaml",
        "x.txt",
        "x.yaml/",
        "C:\\x.yaml",
        "x.Yaml",
        "-x.yaml",
        "x .yaml",
        "x.yaml\n",
    ],
)
def test_unsafe_names_are_refused(name: str | None) -> None:
    with pytest.raises(UploadRefused):
        sanitise_name(name)


def test_size_limit() -> None:
    check_size(MAX_UPLOAD_BYTES)
    check_size(None)
    with pytest.raises(UploadRefused, match="limited to 1048576"):
        check_size(MAX_UPLOAD_BYTES + 1)


def test_validation_uses_a_copy(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "a.yaml").write_text("sources: []\n", encoding="utf-8")
    errors = validate_candidate(kb, "b.yaml", b"bodies: [\n")
    assert errors and str(errors[0]).startswith("b.yaml:2:1: YAML error")
    assert sorted(p.name for p in kb.iterdir()) == ["a.yaml"]


# --- history -----------------------------------------------------------------------------------------


def test_snapshot_restore_and_prune(tmp_path: Path) -> None:
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "a.yaml").write_text("one\n")
    (kb / "b.yml").write_text("two\n")
    (kb / "notes.txt").write_text("not knowledge\n")
    snap = history.snapshot(kb)
    assert sorted(p.name for p in snap.iterdir()) == ["a.yaml", "b.yml"]
    assert history.taken_at(snap) is not None and abs(history.taken_at(snap) - datetime.now(UTC)) < timedelta(minutes=1)  # type: ignore[operator]

    history.atomic_write(kb / "a.yaml", b"changed\n")
    (kb / "c.yaml").write_text("new\n")
    (kb / "b.yml").unlink()
    history.restore(kb, snap)
    assert {p.name: p.read_text() for p in history.knowledge_files(kb)} == {"a.yaml": "one\n", "b.yml": "two\n"}
    assert (kb / "notes.txt").exists()
    assert [p for p in kb.iterdir() if p.name.endswith(".tmp")] == []

    for _ in range(5):
        history.snapshot(kb, keep=3)
    history.snapshot(kb, undone=True, keep=3)
    assert len(history.snapshots(kb)) == 3
    assert all(".undone" not in p.name for p in history.snapshots(kb))
    assert len([p for p in (kb / ".history").iterdir() if p.name.endswith(".undone")]) == 1


def test_history_is_invisible_to_the_loader(tmp_path: Path) -> None:
    assert history.knowledge_files(tmp_path / "missing") == []
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "a.yaml").write_text("x\n")
    history.snapshot(kb)
    assert [p.name for p in history.knowledge_files(kb)] == ["a.yaml"]


# --- question log --------------------------------------------------------------------------------------


def test_user_hash_is_salted_and_stable() -> None:
    salt = b"s" * 32
    assert user_hash(salt, 1001) == hmac.new(salt, b"1001", hashlib.sha256).hexdigest()
    assert user_hash(salt, 1001) == user_hash(salt, 1001) != user_hash(b"other", 1001)
    assert "1001" not in user_hash(salt, 1001) and user_hash(salt, None) == ""


def test_salt_from_settings_or_token() -> None:
    a = load_settings(telegram_bot_token="1:AAA")
    b = load_settings(telegram_bot_token="1:BBB")
    assert a.question_salt() == load_settings(telegram_bot_token="1:AAA").question_salt() != b.question_salt()
    assert b"AAA" not in a.question_salt()
    c = load_settings(telegram_bot_token="1:AAA", question_log_salt=SecretStr("pepper"))
    assert c.question_salt() == b"pepper" and "pepper" not in repr(c)
    assert a.question_log_days == 90 and a.knowledge_watch is False


def test_record_for_an_answer(engine: Engine) -> None:
    answered = record_for(engine.answer("What is the CSTO?"), "h", NOW)
    assert (answered.answered, answered.top_id, answered.top_score, answered.intent) == (True, "csto", 1.0, "card")
    declined = record_for(engine.answer("x" * 5000), "h", NOW)
    assert not declined.answered and len(declined.text) == 1000


async def test_logger_batches_and_survives_a_full_queue(storage: Storage, engine: Engine) -> None:
    logger = QuestionLogger(b"salt", max_pending=3)
    answer = engine.answer("What is the CSTO?")
    for _ in range(5):  # before start: queued up to the limit, the rest dropped
        logger.submit(answer, 1)
    assert logger.dropped == 2
    logger.start(storage)
    await logger.flush()
    assert (await storage.questions.count(NOW - timedelta(days=3650)))[0] == 3
    await logger.stop()


async def test_prune_keeps_the_retention_period(storage: Storage) -> None:
    await storage.questions.add_many(
        [q("old", True, NOW - timedelta(days=91)), q("recent", True, NOW - timedelta(days=89))]
    )
    assert await prune(storage, 90, now=NOW) == 1
    assert await storage.questions.count(NOW - timedelta(days=365)) == (1, 1)


# --- statistics ------------------------------------------------------------------------------------------


async def _fill(storage: Storage) -> None:
    day = timedelta(days=1)
    await storage.questions.add_many(
        [
            q("csto?", True, NOW, "csto", 1.0),
            q("csto!", True, NOW - timedelta(hours=1), "csto", 0.9),
            q("bcoc", True, NOW - day, "bcoc", 0.95),
            q("weak answer", True, NOW - day, "bcoc", 0.55),
            q("list of meetings", True, NOW - day, "m1", 0.2, intent="list:meeting"),
            q("pancakes recipe", False, NOW - 2 * day, None, None, intent="decline"),
            q("too old", False, NOW - 40 * day),
        ]
    )
    async with storage.engine.begin() as conn:
        for chat_id, status in [(1, "active"), (2, "active"), (3, "paused"), (4, "deactivated")]:
            await conn.execute(
                subscribers.insert().values(chat_id=chat_id, status=status, created_at=NOW, updated_at=NOW)
            )
        rows = [
            (1, "2031-W19", "sent", NOW - 8 * day),
            (1, "2031-W20", "sent", NOW - day),
            (2, "2031-W20", "failed", NOW - day + timedelta(hours=1)),
            (3, "2031-W20", "sent", NOW - day + timedelta(hours=2)),
        ]
        for chat_id, period, status, at in rows:
            await conn.execute(
                deliveries.insert().values(
                    chat_id=chat_id, kind="digest", period=period, status=status, claimed_by="t", claimed_at=at
                )
            )


async def test_stats_figures(storage: Storage) -> None:
    await _fill(storage)
    stats = await collect_stats(storage, now=NOW)
    assert stats.subscribers == {"active": 2, "paused": 1, "deactivated": 1}
    assert [(d.day, d.total, d.answered) for d in stats.days[-3:]] == [
        (date(2031, 5, 18), 1, 0),
        (date(2031, 5, 19), 3, 3),
        (date(2031, 5, 20), 2, 2),
    ]
    assert (stats.total, stats.answered) == (6, 5)
    assert stats.top[:2] == [("bcoc", 2), ("csto", 2)]
    assert stats.deliveries_day == date(2031, 5, 19) and stats.deliveries == {"sent": 2, "failed": 1}
    html = stats_html(stats, "ru", lambda i: {"csto": "ОДКБ"}.get(i, i))
    assert "Подписчики: активны 2, на паузе 1, отключены 1" in html and "Отвечено: 83% (5 из 6)" in html
    assert "Последняя рассылка (2031-05-19): failed 1, sent 2" in html


async def test_stats_count_unknown_outcomes_and_repeats(storage: Storage) -> None:
    async with storage.engine.begin() as conn:
        for chat_id, status, repeats in [(1, "sent", 0), (2, "unknown", 0), (3, "unknown", 0), (4, "sent", 1)]:
            await conn.execute(
                deliveries.insert().values(
                    chat_id=chat_id,
                    kind="digest",
                    period="2031-W20",
                    status=status,
                    claimed_by="t",
                    claimed_at=NOW - timedelta(hours=1),
                    repeats=repeats,
                )
            )
    stats = await collect_stats(storage, now=NOW)
    assert stats.deliveries == {"sent": 2, "unknown": 2} and stats.deliveries_repeated == 1
    html = stats_html(stats, "en")
    assert "Last digest run (2031-05-20): sent 2, unknown 2" in html
    assert "Unknown outcome: 2 (Telegram did not answer in time" in html
    assert "Sent again after a crash: 1 (may have arrived twice)" in html
    assert "Исход неизвестен: 2" in stats_html(stats, "ru")


async def test_empty_database_stats(storage: Storage) -> None:
    stats = await collect_stats(storage, now=NOW, days=3)
    assert stats.total == 0 and len(stats.days) == 3 and stats.deliveries_day is None
    assert "Answered: — (0 of 0)" in stats_html(stats, "en")


async def test_unanswered_selection(storage: Storage) -> None:
    await _fill(storage)
    report = await collect_unanswered(storage, date(2031, 5, 1))
    # Declined and weakly answered; the list answer and the confident ones are not "unanswered".
    assert report.total == 2 and sorted(g.example for g in report.groups) == ["pancakes recipe", "weak answer"]


def test_grouping() -> None:
    groups = group_questions(
        [
            "Who heads the Owl Council?",
            "who heads the owl council",
            "Who is the head of the Owl Council?",
            "Кто возглавляет Совет сов?",
            "🙂🙂🙂",
            "the and of",
            "Owl Council budget 2031",
        ]
    )
    assert groups[0].count >= 2 and groups[0].example == "Who heads the Owl Council?"
    # Emoji and stop words alone are shown as groups of their own, so the counts add up.
    assert {"🙂🙂🙂", "the and of"} <= {g.example for g in groups}
    assert sum(g.count for g in groups) == 7


def _grouping_one_by_one(texts: list[str], threshold: int = 85) -> list[tuple[int, str, dict[str, int]]]:
    """The grouping as it was first written — one ``extractOne`` per token set against the groups
    so far — as the reference the all-at-once matrix must agree with."""
    by_tokens: dict[frozenset[str], Counter[str]] = {}
    bare: dict[str, Counter[str]] = {}
    for raw in texts:
        analysed = frozenset(tokens(raw))
        if analysed:
            by_tokens.setdefault(analysed, Counter())[" ".join(raw.split())] += 1
        else:  # nothing to compare: grouped with the same text only
            bare.setdefault(" ".join(raw.split()).casefold(), Counter())[" ".join(raw.split())] += 1
    ordered = sorted(by_tokens.items(), key=lambda kv: (-sum(kv[1].values()), sorted(kv[0])))
    groups: list[Counter[str]] = []
    keys: list[str] = []
    for toks, counter in ordered:
        key = " ".join(sorted(toks))
        match = process.extractOne(key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold) if keys else None
        if match is not None:
            groups[match[2]].update(counter)
        else:
            groups.append(Counter(counter))
            keys.append(key)
    groups.extend(bare.values())
    out = [(sum(g.values()), g.most_common(1)[0][0], dict(g)) for g in groups]
    return sorted(out, key=lambda g: (-g[0], g[1]))


def test_grouping_matches_the_one_by_one_reference() -> None:
    rng = random.Random(4)
    stems = ["pancake", "pancakes", "recipe", "recipes", "football", "footbal", "world", "cup", "owl", "owls"]
    words = [*stems, "council", "budget", "Everest", "tall", "river", "Лиссабон", "совет", "бюджет", "2031"]
    texts = [" ".join(rng.choices(words, k=rng.randint(1, 4))) for _ in range(600)]
    got = [(g.count, g.example, dict(g.texts)) for g in group_questions(texts)]
    assert got == _grouping_one_by_one(texts)
    assert len(got) > 50 and any(len(g[2]) > 1 for g in got)  # some merged, many apart


def test_parse_since() -> None:
    today = date(2031, 5, 20)
    assert parse_since(None, today) == date(2031, 4, 20)
    assert parse_since("2031-01-02", today) == date(2031, 1, 2)
    for bad in ("2031-1-2", "yesterday", "2031-02-30", "20310102"):
        with pytest.raises(ValueError):
            parse_since(bad, today)


# --- command line ---------------------------------------------------------------------------------------


async def test_cli_stats_and_unanswered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'cli.sqlite3'}"
    store = await Storage.open(url)
    now = datetime.now(UTC)
    await store.questions.add_many(
        [
            q("What is the CSTO?", True, now, "csto", 1.0),
            q("Recipe for pancakes", False, now),
            q("recipe for pancakes", False, now),
        ]
    )
    await store.close()
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)

    def run(*argv: str) -> tuple[int, str, str]:
        code = cli.main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    # cli.main runs its own event loop: run it in a thread, away from the test's loop.
    import asyncio

    code, out, _ = await asyncio.to_thread(run, "stats")
    assert code == 0 and "Answered: 33% (1 of 3)" in out and "Collective Security Treaty Organization" in out
    assert "<b>" not in out
    code, out, _ = await asyncio.to_thread(run, "unanswered", "--since", "2000-01-01")
    assert code == 0 and "2 × Recipe for pancakes" in out
    code, _, err = await asyncio.to_thread(run, "unanswered", "--since", "last week")
    assert code == 2 and "YYYY-MM-DD" in err


def test_builds_pause_the_collector_and_restore_it() -> None:
    import gc
    import sys
    import threading

    from bot.search.collector import collector_paused

    interval = sys.getswitchinterval()
    inside: list[tuple[bool, float]] = []
    entered, release = threading.Event(), threading.Event()

    def other_build() -> None:
        with collector_paused():
            entered.set()
            release.wait(5)
            inside.append((gc.isenabled(), sys.getswitchinterval()))

    with collector_paused():
        thread = threading.Thread(target=other_build)
        thread.start()
        assert entered.wait(5)
        inside.append((gc.isenabled(), sys.getswitchinterval()))
    release.set()  # the builds overlap; the first one finishes first
    thread.join()
    assert gc.isenabled() and sys.getswitchinterval() == interval
    assert all(not enabled and switch <= 0.001 for enabled, switch in inside)
