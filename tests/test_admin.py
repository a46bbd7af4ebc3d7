"""Admin commands end to end: real Updates through the real Application against the local Bot API.

Every test works on a temporary copy of the knowledge directory, so reloads, uploads and
rollbacks never touch ``knowledge/``. Bad input must never take the bot down: after each
failure the old knowledge base still answers.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import re
import shutil
import time
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.admin import stats
from bot.admin.uploads import validate_isolated
from bot.answers.engine import Engine
from bot.runtime import admin_jobs
from bot.storage.questions import QuestionRecord
from bot.storage.schema import question_log
from tests.conftest import KNOWLEDGE
from tests.telegram_env import USER, TelegramEnv, close_env, make_env
from tests.test_loader import BILLION_LAUGHS

ADMIN = 4242
OTHER_ADMIN = 4343
COMMANDS = ["/reload", "/rollback", "/kb", "/stats", "/unanswered", "/unanswered 2020-01-01", "/addmeeting"]
LOCATION = re.compile(r"[\w.-]+\.ya?ml:\d+:\d+: ")

# A new, plainly fictional body citing a source the real knowledge base has.
OWLS = """\
bodies:
  - id: imaginary_owl_council
    name: {en: Council of Imaginary Owls, ru: Совет воображаемых сов}
    short: {en: [Owl Council], ru: [Совет сов]}
    description: {en: A fictional council that exists only in this test., ru: Вымышленный совет из теста.}
    category: other
    sources: [seed000]
"""


def kb_copy(tmp_path: Path, name: str = "kb") -> Path:
    target = tmp_path / name
    shutil.copytree(KNOWLEDGE, target, ignore=shutil.ignore_patterns("seeds"))
    return target


def texts(events: list[dict[str, Any]]) -> str:
    return "\n".join(e.get("text") or "" for e in events)


def snapshot_files(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir()) if p.is_file()}


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    return kb_copy(tmp_path)


@pytest.fixture
async def tg(tmp_path: Path, engine: Engine, kb_dir: Path) -> AsyncIterator[TelegramEnv]:
    # The session engine was built from the same files as the copy: no need to load them again.
    env = await make_env(tmp_path, engine, knowledge_dir=kb_dir, admin_ids=[ADMIN, OTHER_ADMIN])
    yield env
    assert env.errors() == [], "the bot made requests Telegram would refuse"
    assert env.apologies() == []
    await close_env(env)


def version(env: TelegramEnv) -> str:
    return str(env.app.bot_data.services.knowledge.kb.version)


async def still_answers(env: TelegramEnv) -> None:
    (answer,) = await env.say("What is the CSTO?", user_id=7001)
    assert "Collective Security Treaty" in answer["text"]


# --- who is an admin -------------------------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("chat_type", ["private", "group", "supergroup"])
async def test_admin_commands_are_refused_for_everyone_else(
    tg: TelegramEnv, command: str, chat_type: str, caplog: pytest.LogCaptureFixture
) -> None:
    before = version(tg)
    chat_id = None if chat_type == "private" else {"group": -555, "supergroup": -100555}[chat_type]
    with caplog.at_level(logging.WARNING, logger="handlers.admin"):
        (reply,) = await tg.say(command, chat_id=chat_id, chat_type=chat_type)
    assert reply["text"] == "Not allowed."
    assert f"refused for user {USER}" in caplog.text
    assert version(tg) == before
    assert tg.fake.calls("sendDocument") == []


async def test_refusal_in_russian_and_with_the_bot_named(tg: TelegramEnv) -> None:
    (reply,) = await tg.say("/stats", language_code="ru")
    assert reply["text"] == "Нет доступа."
    (reply,) = await tg.say("/reload@cis_security_bot", chat_id=-100777, chat_type="supergroup")
    assert reply["text"] == "Not allowed."


async def test_admin_in_a_group_is_sent_to_the_private_chat(tg: TelegramEnv) -> None:
    (reply,) = await tg.say("/stats", user_id=ADMIN, chat_id=-100777, chat_type="supergroup")
    assert "private chat" in reply["text"]


async def test_nobody_is_admin_without_admin_ids(tmp_path: Path, engine: Engine, kb_dir: Path) -> None:
    env = await make_env(tmp_path, engine, knowledge_dir=kb_dir)
    try:
        (reply,) = await env.say("/reload", user_id=ADMIN)
        assert reply["text"] == "Not allowed."
    finally:
        await close_env(env)


async def test_admin_menu_only_in_admin_chats(tg: TelegramEnv) -> None:
    for admin in (ADMIN, OTHER_ADMIN):
        menu = [c["command"] for c in tg.fake.commands({"type": "chat", "chat_id": admin})]
        assert menu[:2] == ["start", "help"] and {"reload", "rollback", "kb", "stats", "unanswered"} <= set(menu)
        russian = tg.fake.commands({"type": "chat", "chat_id": admin}, language_code="ru")
        assert any(c["command"] == "reload" and "Админ" in c["description"] for c in russian)
    assert "reload" not in [c["command"] for c in tg.fake.commands()]
    await tg.say("/start")
    assert "reload" not in [c["command"] for c in tg.fake.visible_commands(USER)]
    assert "reload" in [c["command"] for c in tg.fake.visible_commands(ADMIN)]


async def test_an_admin_who_never_opened_the_bot_does_not_stop_start_up(
    tg: TelegramEnv, caplog: pytest.LogCaptureFixture
) -> None:
    tg.expected_statuses.add(400)  # Telegram: chat not found
    tg.app.bot_data.services.settings.admin_ids = frozenset({ADMIN, 777_777})
    with caplog.at_level(logging.WARNING):
        await admin_jobs.set_admin_commands(tg.app)
    assert "could not set the admin command menu for user 777777" in caplog.text
    assert "reload" in [c["command"] for c in tg.fake.commands({"type": "chat", "chat_id": ADMIN})]


async def test_documents_from_non_admins_still_get_the_hint(tg: TelegramEnv, kb_dir: Path) -> None:
    before = snapshot_files(kb_dir)
    (hint,) = await tg.feed(tg.fake.document_message("owls.yaml", OWLS.encode(), user_id=USER))
    assert "text questions only" in hint["text"]
    assert snapshot_files(kb_dir) == before


# --- reload ---------------------------------------------------------------------------------------


async def test_reload_without_changes(tg: TelegramEnv) -> None:
    before = version(tg)
    (reply,) = await tg.say("/reload", user_id=ADMIN)
    assert "Knowledge base reloaded" in reply["text"] and before in reply["text"]
    assert "No entries added, removed or changed." in reply["text"]


async def test_reload_reports_what_changed_and_records_it(tg: TelegramEnv, kb_dir: Path) -> None:
    (kb_dir / "owls.yaml").write_text(OWLS, encoding="utf-8")
    states = (kb_dir / "states.yaml").read_text(encoding="utf-8")
    (kb_dir / "states.yaml").write_text(
        states.replace("CIS member state.", "CIS member state (edited).", 1), encoding="utf-8"
    )
    people = (kb_dir / "people.yaml").read_text(encoding="utf-8")
    assert "  - id: emomali_rahmon" in people
    before = version(tg)
    (reply,) = await tg.say("/reload", user_id=ADMIN)
    text = reply["text"]
    assert "Added (1): Council of Imaginary Owls" in text
    assert "Changed (1): Azerbaijan" in text
    assert version(tg) != before and version(tg) in text
    (answer,) = await tg.say("What is the Council of Imaginary Owls?")
    assert "exists only in this test" in answer["text"]

    storage = tg.app.bot_data.services.storage
    (change,) = await storage.kb_changes.since(None)
    assert change.version == version(tg)
    assert change.added == ["imaginary_owl_council"] and change.changed == ["azerbaijan"] and change.removed == []


async def test_reload_names_removed_entities(tg: TelegramEnv, kb_dir: Path) -> None:
    (kb_dir / "owls.yaml").write_text(OWLS, encoding="utf-8")
    await tg.say("/reload", user_id=ADMIN)
    (kb_dir / "owls.yaml").unlink()
    (reply,) = await tg.say("/reload", user_id=ADMIN)
    assert "Removed (1): Council of Imaginary Owls" in reply["text"]


def _append(kb_dir: Path, name: str, content: str | bytes) -> None:
    data = content.encode() if isinstance(content, str) else content
    (kb_dir / name).write_bytes(data)


BAD_INPUTS: dict[str, tuple[str, str | bytes, str]] = {
    # name: (file, content, expected error text)
    "yaml syntax": ("broken.yaml", "bodies:\n  - id: broken\n    name: {en: [unclosed\n", "broken.yaml:"),
    "wrong type": (
        "wrong.yaml",
        OWLS.replace("category: other", "category: other\n    established: {year: 2020}"),
        "wrong.yaml:7:18: bodies.0.established: Input should be a valid string",
    ),
    "unknown key": (
        "unknown.yaml",
        OWLS.replace("category: other", "category: other\n    colour: red"),
        "unknown key 'colour'",
    ),
    "dangling reference": (
        "dangling.yaml",
        OWLS.replace("category: other", "category: other\n    parent: no_such_body"),
        "unknown id 'no_such_body'",
    ),
    "duplicate id": ("dup.yaml", OWLS.replace("imaginary_owl_council", "prosecutors_general_council"), "duplicate id"),
    "impossible date": (
        "date.yaml",
        OWLS.replace("category: other", 'category: other\n    established: "2025-02-30"'),
        "impossible date '2025-02-30'",
    ),
    "python tag": (
        "tag.yaml",
        "bodies: !!python/object/apply:os.system ['echo pwned']\n",
        "could not determine a constructor",
    ),
    "10 MB file": ("huge.yaml", b"# " + b"x" * (10 * 1024 * 1024) + b"\n", "huge.yaml:1:1: file is"),
    "binary garbage": ("garbage.yaml", random.Random(5).randbytes(4096) + b"\xff\xfe", "file is not UTF-8 text"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
async def test_bad_input_keeps_the_old_knowledge_base(tg: TelegramEnv, kb_dir: Path, case: str) -> None:
    name, content, expected = BAD_INPUTS[case]
    before = version(tg)
    _append(kb_dir, name, content)
    events = await tg.say("/reload", user_id=ADMIN)
    text = texts(events)
    assert "Reload failed" in text and f"still serving version {before}" in text
    assert expected in text
    assert LOCATION.search(text), text
    assert all(len(e["text"]) <= 4096 for e in events)
    assert version(tg) == before
    await still_answers(tg)
    storage = tg.app.bot_data.services.storage
    assert await storage.kb_changes.since(None) == []


async def test_python_tag_is_never_executed(tg: TelegramEnv, kb_dir: Path, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    _append(kb_dir, "tag.yaml", f"bodies: !!python/object/apply:os.system ['touch {marker}']\n")
    (reply,) = await tg.say("/reload", user_id=ADMIN)
    assert "Reload failed" in reply["text"] and "tag.yaml:1:" in reply["text"]
    assert not marker.exists()


async def test_empty_directory_keeps_the_old_knowledge_base(tg: TelegramEnv, kb_dir: Path) -> None:
    before = version(tg)
    for path in kb_dir.glob("*.yaml"):
        path.unlink()
    (reply,) = await tg.say("/reload", user_id=ADMIN)
    assert "Reload failed" in reply["text"] and "no .yaml files" in reply["text"]
    assert re.search(r"kb:1:1: no \.yaml files", reply["text"])
    assert version(tg) == before
    await still_answers(tg)


async def test_file_removed_mid_reload(tg: TelegramEnv, kb_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = version(tg)
    real_read = Path.read_bytes

    def vanishing(self: Path) -> bytes:
        if self.name == "people.yaml" and self.parent == kb_dir:
            self.unlink()  # listed a moment ago, gone when read
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", vanishing)
    (reply,) = await tg.say("/reload", user_id=ADMIN)
    assert "Reload failed" in reply["text"] and "people.yaml:1:1: cannot read file" in reply["text"]
    assert version(tg) == before
    await still_answers(tg)


async def test_error_text_is_escaped(tg: TelegramEnv, kb_dir: Path) -> None:
    _append(kb_dir, "html.yaml", "bodies:\n  - id: x\n    name: {en: a, ru: b}\n    <b>oops</b>: 1\n")
    (reply,) = await tg.say("/reload", user_id=ADMIN)
    assert "Reload failed" in reply["text"] and "html.yaml:" in reply["text"]
    assert "<b>oops" not in reply["source"] or "&lt;b&gt;oops" in reply["source"]


async def test_hundreds_of_errors_are_cut_and_split(tg: TelegramEnv, kb_dir: Path) -> None:
    entries = "".join(
        f"  - id: many_{i}\n    name: {{en: Many {i}, ru: Много {i}}}\n    description: {{en: d, ru: d}}\n"
        f"    category: other\n    sources: [seed000]\n    parent: missing_parent_with_a_long_name_{i}\n"
        for i in range(150)
    )
    _append(kb_dir, "many.yaml", "bodies:\n" + entries)
    events = await tg.say("/reload", user_id=ADMIN)
    text = texts(events)
    assert len(events) >= 2 and all(len(e["text"]) <= 4096 for e in events)
    assert "Errors (150)" in text and "and 50 more errors" in text
    assert "many.yaml:" in events[0]["text"]


async def test_unexpected_failure_keeps_serving_and_hides_details(
    tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch
) -> None:
    def boom(directory: Any) -> Any:
        raise RuntimeError("secret detail /etc/passwd")

    monkeypatch.setattr("bot.answers.knowledge.open_knowledge_base", boom)
    before = version(tg)
    (reply,) = await tg.say("/reload", user_id=ADMIN)
    assert "Reload failed" in reply["text"] and "internal error" in reply["text"]
    assert "secret detail" not in reply["text"]
    assert version(tg) == before


# --- uploads, history and rollback ------------------------------------------------------------------


async def upload(env: TelegramEnv, name: str, content: bytes, user_id: int = ADMIN) -> dict[str, Any]:
    (reply,) = await env.feed(env.fake.document_message(name, content, user_id=user_id))
    return reply


async def test_valid_upload_is_applied(tg: TelegramEnv, kb_dir: Path) -> None:
    before = version(tg)
    reply = await upload(tg, "owls.yaml", OWLS.encode())
    assert "owls.yaml</code> added" in reply["source"] or "owls.yaml added" in reply["text"]
    assert "Added (1): Council of Imaginary Owls" in reply["text"]
    assert (kb_dir / "owls.yaml").read_text(encoding="utf-8") == OWLS
    assert version(tg) != before
    (answer,) = await tg.say("What is the Council of Imaginary Owls?")
    assert "exists only in this test" in answer["text"]
    (snap,) = (kb_dir / ".history").iterdir()
    assert "owls.yaml" not in {p.name for p in snap.iterdir()} and (snap / "bodies.yaml").exists()
    assert [p.name for p in kb_dir.iterdir() if p.name.endswith(".tmp")] == []
    (change,) = await tg.app.bot_data.services.storage.kb_changes.since(None)
    assert change.added == ["imaginary_owl_council"]


async def test_upload_replacing_a_file(tg: TelegramEnv, kb_dir: Path) -> None:
    old = (kb_dir / "states.yaml").read_bytes()
    new = old.replace(b"CIS member state.", b"CIS member state (uploaded).", 1)
    reply = await upload(tg, "states.yaml", new)
    assert "replaced" in reply["text"] and "Changed (1): Azerbaijan" in reply["text"]
    assert (kb_dir / "states.yaml").read_bytes() == new
    (snap,) = (kb_dir / ".history").iterdir()
    assert (snap / "states.yaml").read_bytes() == old


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            OWLS.replace("parent", "x").replace("category: other", "category: other\n    parent: ghost_body"),
            "unknown id 'ghost_body'",
        ),
        (b"bodies: [\n", "owls.yaml:"),
        (OWLS.replace("imaginary_owl_council", "csto"), "duplicate id 'csto'"),
        (b"\x00\x01\x02binary", "owls.yaml:1:1:"),
        ("bodies: !!python/object/new:os.system [ls]\n", "owls.yaml:1:"),
    ],
)
async def test_invalid_upload_changes_nothing(
    tg: TelegramEnv, kb_dir: Path, content: str | bytes, expected: str
) -> None:
    files, before = snapshot_files(kb_dir), version(tg)
    data = content.encode() if isinstance(content, str) else content
    reply = await upload(tg, "owls.yaml", data)
    assert "rejected; nothing changed" in reply["text"]
    assert expected in reply["text"] and LOCATION.search(reply["text"])
    assert snapshot_files(kb_dir) == files and not (kb_dir / ".history").exists()
    assert version(tg) == before


async def test_upload_validated_with_the_rest(tg: TelegramEnv, kb_dir: Path) -> None:
    """A file valid alone but breaking another file (removing ids it refers to) is refused."""
    # Every entry that refers to a removed body is reported: the list runs over several messages.
    replies = await tg.feed(tg.fake.document_message("bodies.yaml", b"bodies: []\n", user_id=ADMIN))
    text = "\n".join(r["text"] for r in replies)
    assert "rejected" in replies[0]["text"] and "meetings.yaml:" in text and "topics.yaml:" in text
    assert b"prosecutors_general_council" in (kb_dir / "bodies.yaml").read_bytes()


@pytest.mark.parametrize(
    "name",
    [
        "../evil.yaml",
        "../../etc/cron.d/evil.yaml",
        "..\\evil.yaml",
        "sub/evil.yaml",
        "/abs/evil.yaml",
        ".hidden.yaml",
        "..yaml",
        "notes.txt",
        "evil.yaml.exe",
        "evil.YAML",
        "evil yaml.yaml",
        "évil.yaml",
        "evil\x00.yaml",
        "x" * 200 + ".yaml",
    ],
)
async def test_unsafe_file_names_are_refused(tg: TelegramEnv, kb_dir: Path, tmp_path: Path, name: str) -> None:
    files = snapshot_files(kb_dir)
    reply = await upload(tg, name, OWLS.encode())
    assert "Upload refused" in reply["text"]
    assert snapshot_files(kb_dir) == files
    assert not (tmp_path / "evil.yaml").exists() and not (kb_dir.parent.parent / "evil.yaml").exists()


async def test_too_big_upload_is_refused_before_download(tg: TelegramEnv, kb_dir: Path) -> None:
    reply = await upload(tg, "big.yaml", b"#" * (1024 * 1024 + 1))
    assert "Upload refused" in reply["text"] and "1048576" in reply["text"]
    assert tg.fake.calls("getFile") == [] and tg.fake.calls("downloadFile") == []
    assert not (kb_dir / "big.yaml").exists()


async def test_rollback_restores_the_previous_version(tg: TelegramEnv, kb_dir: Path) -> None:
    original_files, original = snapshot_files(kb_dir), version(tg)
    (nothing,) = await tg.say("/rollback", user_id=ADMIN)
    assert "no earlier version" in nothing["text"]

    await upload(tg, "owls.yaml", OWLS.encode())
    first = version(tg)
    await upload(tg, "owls.yaml", OWLS.replace("only in this test", "only in this second test").encode())
    assert version(tg) != first

    (back,) = await tg.say("/rollback", user_id=ADMIN)
    assert "Restored the knowledge base" in back["text"] and "Changed (1): Council of Imaginary Owls" in back["text"]
    assert version(tg) == first
    (back,) = await tg.say("/rollback", user_id=ADMIN)
    assert "Removed (1): Council of Imaginary Owls" in back["text"]
    assert version(tg) == original
    assert snapshot_files(kb_dir) == original_files
    (answer,) = await tg.say("What is the Council of Imaginary Owls?")
    assert "exists only in this test" not in answer["text"]
    (nothing,) = await tg.say("/rollback", user_id=ADMIN)
    assert "no earlier version" in nothing["text"]
    undone = [p for p in (kb_dir / ".history").iterdir() if p.name.endswith(".undone")]
    assert len(undone) == 2  # what each rollback replaced, kept for recovery by hand


async def test_kb_sends_the_files_back(tg: TelegramEnv, kb_dir: Path) -> None:
    events = await tg.say("/kb", user_id=ADMIN)
    header, *documents = events
    assert f"version {version(tg)}" in header["text"]
    names = sorted(d["document"]["file_name"] for d in documents)
    assert names == sorted(p.name for p in kb_dir.glob("*.yaml"))
    for d in documents:
        stored = tg.fake.files[d["document"]["file_id"]]
        assert stored.content == (kb_dir / d["document"]["file_name"]).read_bytes()


# --- question log, /stats and /unanswered ----------------------------------------------------------


async def test_questions_are_logged_with_a_salted_user_hash(tg: TelegramEnv) -> None:
    await tg.say("What is the CSTO?")
    await tg.say("What's the weather in Paris?", user_id=2002)
    services = tg.app.bot_data.services
    await services.question_log.flush()
    async with services.storage.engine.connect() as conn:
        rows = [dict(r._mapping) for r in (await conn.execute(select(question_log).order_by(question_log.c.id)))]
    assert [(r["text"], r["answered"]) for r in rows] == [
        ("What is the CSTO?", True),
        ("What's the weather in Paris?", False),
    ]
    assert rows[0]["top_id"] == "csto"
    # A declined question is logged with its nearest (weak) candidate, if any, for /unanswered.
    assert rows[1]["top_id"] is None or rows[1]["top_score"] < 0.3
    assert rows[0]["intent"] == "card" and rows[0]["lang"] == "en" and rows[0]["top_score"] == 1.0
    hashes = {r["user_hash"] for r in rows}
    assert len(hashes) == 2 and all(re.fullmatch(r"[0-9a-f]{64}", h) for h in hashes)
    assert not any(str(USER) in json.dumps(r, default=str) for r in rows)


async def test_logging_failure_never_breaks_answers(tg: TelegramEnv, caplog: pytest.LogCaptureFixture) -> None:
    services = tg.app.bot_data.services

    async def broken(records: Any) -> None:
        raise OSError("disk full")

    services.storage.questions.add_many = broken
    with caplog.at_level(logging.WARNING):
        (answer,) = await tg.say("What is the CSTO?")
        await services.question_log.flush()
    assert "Collective Security Treaty" in answer["text"]
    assert "could not log 1 question(s): OSError" in caplog.text


async def test_stats(tg: TelegramEnv) -> None:
    for q in ["What is the CSTO?", "What is the CSTO?", "What is the BCOC?", "Recipe for pancakes"]:
        await tg.say(q, user_id=8000 + len(q))
    services = tg.app.bot_data.services
    await services.question_log.flush()
    (reply,) = await tg.say("/stats", user_id=ADMIN)
    text = reply["text"]
    assert "Subscribers: active 0, paused 0, deactivated 0" in text
    assert "Answered: 75% (3 of 4)" in text
    assert re.search(r"2 — Collective Security Treaty Organization.*\(csto\)", text)
    assert "No digest deliveries yet." in text
    assert len(re.findall(r"^\d{4}-\d\d-\d\d  \d+", text, re.MULTILINE)) == 7


async def test_unanswered_groups_similar_questions(tg: TelegramEnv) -> None:
    asked = [
        "Recipe for pancakes",
        "recipe for pancakes!",
        "Recipe for the pancakes",
        "pancakes recipe",
        "Who won the football world cup?",
        "Who won the football world cup in 2018?",
        "How tall is Mount Everest?",
    ]
    for i, q in enumerate(asked):
        await tg.say(q, user_id=9000 + i)
    await tg.app.bot_data.services.question_log.flush()
    (reply,) = await tg.say("/unanswered", user_id=ADMIN)
    lines = reply["text"].splitlines()
    assert "7 questions in 3 groups (declined 7)" in lines[0]
    assert lines[1].startswith("1) 4 × Recipe for pancakes")
    assert lines[2].startswith("2) 2 × Who won the football world cup")
    assert lines[3].startswith("3) 1 × How tall is Mount Everest?")
    (none,) = await tg.say("/unanswered 2999-01-01", user_id=ADMIN)
    assert "No declined or doubtful questions since 2999-01-01" in none["text"]
    (usage,) = await tg.say("/unanswered yesterday", user_id=ADMIN)
    assert "Usage: /unanswered" in usage["text"]


async def test_prune_job_is_scheduled(tg: TelegramEnv) -> None:
    assert tg.app.job_queue is not None
    (job,) = tg.app.job_queue.get_jobs_by_name(admin_jobs.PRUNE_JOB)
    assert job.name == "prune_question_log"


def _declined(texts: list[str], start: datetime) -> list[QuestionRecord]:
    """Declined questions, one a second from ``start`` in the order given."""
    return [
        QuestionRecord(at=start + timedelta(seconds=i), lang="en", text=text, answered=False)
        for i, text in enumerate(texts)
    ]


def _made_up_questions(n: int) -> list[str]:
    """``n`` questions with token sets of their own (made-up words): the costly case for grouping."""
    rng = random.Random(11)
    syllables = ["ka", "lo", "mi", "re", "tu", "sa", "ven", "dor", "pil", "ast", "ro", "ne", "gul", "fi"]
    words = sorted({"".join(rng.choice(syllables) for _ in range(rng.randint(3, 4))) for _ in range(4000)})
    return [f"Where is the {' '.join(rng.sample(words, 3))}?" for _ in range(n)]


async def test_unanswered_reads_only_the_latest_questions(tg: TelegramEnv) -> None:
    storage = tg.app.bot_data.services.storage
    start = datetime.now(UTC) - timedelta(days=2)
    older = ["Who painted the old lighthouse?"] * 500  # asked first: beyond the latest 2,000
    latest = [
        q
        for q in ("Recipe for pancakes", "pancakes recipe!", "How tall is Mount Everest?", "Who won the cup?")
        for _ in range(500)
    ]
    await storage.questions.add_many(_declined(older + latest, start))
    (reply,) = await tg.say("/unanswered", user_id=ADMIN)
    lines = reply["text"].splitlines()
    assert re.fullmatch(
        r"Unanswered since [\d-]+: 2,500 questions; of the latest 2,000, 2,000 in 3 groups \(declined 2,000\)", lines[0]
    )
    counts = [int(line.split(" × ")[0].split(") ")[1]) for line in lines[1:]]
    assert counts == [1000, 500, 500] and sum(counts) == 2000
    assert "lighthouse" not in reply["text"]
    (ru,) = await tg.say("/unanswered", user_id=ADMIN, language_code="ru")
    assert "2\u00a0500 вопросов; из последних 2\u00a0000" in ru["text"]


async def test_unanswered_never_blocks_other_users(tg: TelegramEnv, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big report is computed away from the event loop: a question sent meanwhile is answered
    at once, long before the report is ready, and the report adds up."""
    storage = tg.app.bot_data.services.storage
    asked = _made_up_questions(8000)
    await storage.questions.add_many(_declined(asked, datetime.now(UTC) - timedelta(days=1)))
    # A cap this high makes the grouping take seconds here, so that "meanwhile" is long.
    monkeypatch.setattr(stats, "UNANSWERED_ROWS", 8000)
    report = asyncio.create_task(tg.say("/unanswered", user_id=ADMIN))
    await asyncio.sleep(0.3)  # the rows are read by now and the grouping under way
    assert not report.done()
    started = time.perf_counter()
    (answer,) = await tg.say("What is the CSTO?", user_id=7002)
    latency = time.perf_counter() - started
    assert "Collective Security Treaty" in answer["text"]
    assert not report.done(), "the report finished first: this test needs a bigger log to mean anything"
    assert latency < 1.0
    events = await asyncio.wait_for(report, 120)
    (reply,) = [e for e in events if e["chat_id"] == ADMIN]
    header, *shown, more = reply["text"].splitlines()
    found = re.search(r": 8,000 questions in ([\d,]+) groups \(declined 8,000\)$", header)
    assert found, header
    groups = int(found[1].replace(",", ""))
    rest = re.fullmatch(r"… and ([\d,]+) more groups: ([\d,]+) questions", more)
    assert 7000 < groups <= 8000 and rest and int(rest[1].replace(",", "")) == groups - len(shown) and len(shown) == 20
    counts = [int(re.match(r"\d+\) (\d+) × Where is the ", line)[1]) for line in shown]  # type: ignore[index]
    assert sum(counts) + int(rest[2].replace(",", "")) == 8000


# --- hostile uploads: bounded validation ------------------------------------------------------------


def _validation_children() -> list[int]:
    """Processes of ours validating an upload (children running ``bot.admin.uploads``)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            cmdline = (stat.parent / "cmdline").read_bytes()
        except OSError:
            continue
        if int(fields[1]) == os.getpid() and b"bot.admin.uploads" in cmdline and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _only(events: list[dict[str, Any]], chat_id: int) -> list[dict[str, Any]]:
    return [e for e in events if e["chat_id"] == chat_id]


async def test_billion_laughs_upload_is_refused_and_the_bot_carries_on(tg: TelegramEnv, kb_dir: Path) -> None:
    files, before = snapshot_files(kb_dir), version(tg)
    started = time.perf_counter()
    uploading = asyncio.create_task(
        tg.feed(tg.fake.document_message("lol.yaml", BILLION_LAUGHS.encode(), user_id=ADMIN))
    )
    await asyncio.sleep(0.05)
    (answer,) = _only(await asyncio.wait_for(tg.say("What is the CSTO?", user_id=7003), 5), 7003)
    assert "Collective Security Treaty" in answer["text"]
    assert not uploading.done()  # answered while the upload was being validated
    (reply,) = _only(await asyncio.wait_for(uploading, 10), ADMIN)
    assert time.perf_counter() - started < 10
    assert "rejected; nothing changed" in reply["text"]
    assert "lol.yaml:1:4: anchors and aliases are not allowed (&a)" in reply["text"]
    assert snapshot_files(kb_dir) == files and version(tg) == before
    (reloaded,) = await asyncio.wait_for(tg.say("/reload", user_id=ADMIN), 10)
    assert "Knowledge base reloaded" in reloaded["text"]
    header, *documents = await asyncio.wait_for(tg.say("/kb", user_id=ADMIN), 10)
    assert f"version {version(tg)}" in header["text"] and len(documents) == len(files)
    assert _validation_children() == []


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("bodies: " + "[" * 5000 + "]" * 5000 + "\n", "owls.yaml:1:1008: YAML error: exceeded maximum nesting depth"),
        ("bodies: [" + "0," * 400_000 + "0]\n", "owls.yaml:1:400004: more than 200,000 YAML nodes in one file"),
        ("bodies:\n" + "- 0\n" * 260_000, "owls.yaml:199999:3: more than 200,000 YAML nodes in one file"),
    ],
    ids=["deeply nested", "800 KB flat list", "1 MB of lines"],
)
async def test_huge_uploads_get_a_clear_refusal(tg: TelegramEnv, kb_dir: Path, content: str, expected: str) -> None:
    files = snapshot_files(kb_dir)
    assert len(content) <= 1024 * 1024
    reply = await asyncio.wait_for(upload(tg, "owls.yaml", content.encode()), 20)
    assert "rejected; nothing changed" in reply["text"] and expected in reply["text"]
    assert snapshot_files(kb_dir) == files


async def test_validation_past_its_deadline_is_stopped(tg: TelegramEnv, kb_dir: Path) -> None:
    files = snapshot_files(kb_dir)
    tg.app.bot_data.services.admin.validation_timeout = 0.05  # not even time for the child to start
    reply = await asyncio.wait_for(upload(tg, "owls.yaml", OWLS.encode()), 10)
    assert "owls.yaml:1:1: validation took longer than 0.05 s; the file was not accepted" in reply["text"]
    assert snapshot_files(kb_dir) == files
    assert _validation_children() == []
    (reloaded,) = await asyncio.wait_for(tg.say("/reload", user_id=ADMIN), 10)  # the lock is free
    assert "Knowledge base reloaded" in reloaded["text"]


async def test_cancelled_upload_kills_its_validation_and_frees_the_lock(tg: TelegramEnv, kb_dir: Path) -> None:
    """What shutdown does to a handler still running: cancel it."""
    files = snapshot_files(kb_dir)
    admin = tg.app.bot_data.services.admin
    uploading = asyncio.create_task(admin.upload("owls.yaml", OWLS.encode()))
    for _ in range(200):  # until the child is running
        await asyncio.sleep(0.01)
        if _validation_children():
            break
    assert _validation_children()
    uploading.cancel()
    with pytest.raises(asyncio.CancelledError):
        await uploading
    assert _validation_children() == []
    assert snapshot_files(kb_dir) == files
    outcome = await asyncio.wait_for(admin.reload(), 10)
    assert outcome.ok


async def test_validation_out_of_memory_is_an_error_not_a_crash(kb_dir: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.ERROR, logger="bot.admin.uploads"):
        # An address-space limit below what the child already uses: its next allocation fails.
        errors = await asyncio.wait_for(validate_isolated(kb_dir, "owls.yaml", OWLS.encode(), memory=1), 20)
    (error,) = errors
    assert (error.file, error.line, error.column) == ("owls.yaml", 1, 1)
    assert error.message in (
        "validating the file needed too much memory",
        "validation failed (too much memory or time?); see the bot's log",
    )
    assert _validation_children() == []
    assert not any(p.name == "owls.yaml" for p in kb_dir.iterdir())
