"""Reloading while answering, and the other reload triggers (SIGHUP, file watching).

Two plainly fictional knowledge bases, ALPHA and BETA, answer the same questions differently;
every answer must come entirely from one of them, however the reloads interleave.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from bot.present.answer import ask as present_ask
from bot.runtime import admin_jobs
from tests.telegram_env import TelegramEnv, close_env, make_env

ADMIN = 4242

VERSIONED_KB = """\
sources:
  - id: fiction
    file: fiction.txt
    publisher: {{en: The {M} Gazette, ru: Газета {M}}}
    title: {{en: "{M} edition", ru: "Выпуск {M}"}}
places:
  - id: atlantis
    name: {{en: Atlantis City, ru: Город Атлантида}}
    description: {{en: "{M} city that does not exist.", ru: "{M}: несуществующий город."}}
    sources: [fiction]
bodies:
  - id: owl_council
    name: {{en: Council of Imaginary Owls, ru: Совет воображаемых сов}}
    short: {{en: [Owl Council], ru: [Совет сов]}}
    description: {{en: "The {M} council of owls.", ru: "Совет сов {M}."}}
    category: sectoral
    established: "{YEAR}"
    facts:
      - {{en: "{M} fact one.", ru: "{M}: факт один."}}
      - {{en: "{M} fact two.", ru: "{M}: факт два."}}
    sources: [fiction]
meetings:
  - id: owl_meeting
    name: {{en: First meeting of the Owl Council, ru: Первое заседание Совета сов}}
    description: {{en: "The {M} meeting.", ru: "Заседание {M}."}}
    body: owl_council
    number: 1
    date: "{YEAR}-03-10"
    place: atlantis
    agenda:
      - {{en: "{M} agenda item.", ru: "{M}: пункт повестки."}}
    sources: [fiction]
"""
MARKERS = {"ALPHA": "2031", "BETA": "2032"}
QUESTIONS = [
    "What is the Council of Imaginary Owls?",
    "When was the first meeting of the Owl Council?",
    "Where was the first meeting of the Owl Council held?",
    "Owl Council",
]


def write_version(directory: Path, marker: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    content = VERSIONED_KB.format(M=marker, YEAR=MARKERS[marker])
    (directory / "owls.yaml").write_text(content, encoding="utf-8")
    return directory


async def say_alone(env: TelegramEnv, text: str, user_id: int) -> list[dict[str, Any]]:
    """``env.say`` for concurrent use: only this chat's messages (each asker has its own chat)."""
    return [e for e in await env.say(text, user_id=user_id) if e["chat_id"] == user_id]


def which(text: str) -> set[str]:
    """The versions an answer shows: a marker or a year of one version."""
    return {m for m, year in MARKERS.items() if m in text or year in text}


async def test_answers_never_mix_versions_while_reloading(tmp_path: Path) -> None:
    alpha, beta = write_version(tmp_path / "alpha", "ALPHA"), write_version(tmp_path / "beta", "BETA")
    env = await make_env(tmp_path, knowledge_dir=alpha, admin_ids=[ADMIN])
    knowledge = env.app.bot_data.services.knowledge
    seen: dict[str, int] = {"ALPHA": 0, "BETA": 0}
    failures: list[str] = []
    stop = threading.Event()

    def ask_in_threads() -> None:
        # Straight at the engine reference, from other threads: the swap is a single assignment.
        while not stop.is_set():
            for q in QUESTIONS:
                engine = knowledge.engine
                answer = present_ask(engine, q)
                if len(which(answer.html)) != 1:
                    failures.append(f"thread: {answer.html[:200]}")

    async def ask_through_telegram(worker: int) -> None:
        for i in range(30):
            for q in QUESTIONS:
                events = await say_alone(env, q, 50_000 + worker * 1000 + i)
                text = "\n".join(e["text"] or "" for e in events)
                found = which(text)
                if len(found) != 1:
                    failures.append(f"telegram: {text[:200]}")
                else:
                    seen[found.pop()] += 1
                await asyncio.sleep(0)

    async def reload_repeatedly() -> int:
        done = 0
        for i in range(12):
            knowledge.directory = beta if i % 2 == 0 else alpha
            env.user_clock.advance(60)  # the admin is not flooding
            (reply,) = await say_alone(env, "/reload", ADMIN)
            assert "Knowledge base reloaded" in reply["text"], reply["text"]
            done += 1
        return done

    threads = [threading.Thread(target=ask_in_threads) for _ in range(2)]
    for t in threads:
        t.start()
    try:
        results = await asyncio.gather(reload_repeatedly(), *(ask_through_telegram(w) for w in range(4)))
    finally:
        stop.set()
        for t in threads:
            t.join()
    assert results[0] == 12
    assert failures == []
    assert seen["ALPHA"] > 0 and seen["BETA"] > 0, seen
    assert env.apologies() == [] and env.errors() == []
    await close_env(env)


async def test_failed_reloads_in_between_never_disturb_answers(tmp_path: Path) -> None:
    kb = write_version(tmp_path / "kb", "ALPHA")
    env = await make_env(tmp_path, knowledge_dir=kb, admin_ids=[ADMIN])
    try:
        (kb / "broken.yaml").write_text("bodies: [\n", encoding="utf-8")

        async def reload_badly() -> None:
            for _ in range(5):
                env.user_clock.advance(60)
                (reply,) = await say_alone(env, "/reload", ADMIN)
                assert "Reload failed" in reply["text"]

        async def ask() -> list[str]:
            out = []
            for i in range(40):
                (answer,) = await say_alone(env, QUESTIONS[i % len(QUESTIONS)], 60_000 + i)
                out.append(answer["text"])
            return out

        _, answers = await asyncio.gather(reload_badly(), ask())
        assert all(which(a) == {"ALPHA"} for a in answers)
    finally:
        await close_env(env)


async def wait_for(condition: object, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return True
        await asyncio.sleep(0.05)
    return False


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP on this platform")
async def test_sighup_reloads(tmp_path: Path) -> None:
    kb = write_version(tmp_path / "kb", "ALPHA")
    env = await make_env(tmp_path, knowledge_dir=kb, admin_ids=[ADMIN], reload_on_sighup=True)
    knowledge = env.app.bot_data.services.knowledge
    try:
        # Only ever send the signal with the handler in place: SIGHUP's default ends the process.
        assert signal.getsignal(signal.SIGHUP) not in (signal.SIG_DFL, signal.SIG_IGN, None)
        before = knowledge.kb.version
        write_version(kb, "BETA")
        os.kill(os.getpid(), signal.SIGHUP)
        assert await wait_for(lambda: knowledge.kb.version != before, 10)
        (answer,) = await env.say("What is the Council of Imaginary Owls?")
        assert which(answer["text"]) == {"BETA"}
        storage = env.app.bot_data.services.storage
        changes = []
        for _ in range(100):  # the change is recorded just after the swap
            changes = await storage.kb_changes.since(None)
            if changes:
                break
            await asyncio.sleep(0.05)
        (change,) = changes
        assert change.version == knowledge.kb.version and "owl_council" in change.changed
    finally:
        await close_env(env)
    # Shut down: the handler is gone again.
    assert not env.app.bot_data.sighup_installed


async def test_sighup_handler_with_a_bad_edit_keeps_serving(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    kb = write_version(tmp_path / "kb", "ALPHA")
    env = await make_env(tmp_path, knowledge_dir=kb, admin_ids=[ADMIN])
    try:
        (kb / "owls.yaml").write_text("bodies: [\n", encoding="utf-8")
        outcome = await admin_jobs.reload_from_signal(env.app)
        assert not outcome.ok and "owls.yaml:2:1: YAML error" in str(outcome.errors[0])
        assert "owls.yaml:2:1" in caplog.text
        (answer,) = await env.say("What is the Council of Imaginary Owls?")
        assert which(answer["text"]) == {"ALPHA"}
    finally:
        await close_env(env)


async def test_file_watching_reloads_after_changes(tmp_path: Path) -> None:
    pytest.importorskip("watchfiles")
    kb = write_version(tmp_path / "kb", "ALPHA")
    env = await make_env(tmp_path, knowledge_dir=kb, admin_ids=[ADMIN], settings_overrides={"knowledge_watch": True})
    knowledge = env.app.bot_data.services.knowledge
    try:
        await asyncio.sleep(0.3)  # let the watcher start
        before = knowledge.kb.version
        write_version(kb, "BETA")
        assert await wait_for(lambda: knowledge.kb.version != before, 15)
        (answer,) = await env.say("What is the Council of Imaginary Owls?")
        assert which(answer["text"]) == {"BETA"}
        # History snapshots and temporary files are not knowledge changes.
        assert not admin_jobs.is_knowledge_file(str(kb / ".history" / "x" / "owls.yaml"))
        assert not admin_jobs.is_knowledge_file(str(kb / ".owls.yaml.1.tmp"))
        assert admin_jobs.is_knowledge_file(str(kb / "owls.yml"))
    finally:
        await close_env(env)
    assert env.app.bot_data.watcher is None


async def test_watching_is_off_by_default(tmp_path: Path) -> None:
    env: TelegramEnv = await make_env(tmp_path, knowledge_dir=write_version(tmp_path / "kb", "ALPHA"))
    try:
        assert env.app.bot_data.watcher is None
        assert env.app.bot_data.services.settings.knowledge_watch is False
    finally:
        await close_env(env)
