"""A broken database does not take the answers down.

While the bot runs, its SQLite file is damaged (header overwritten): questions are still answered
from the knowledge base in the user's Telegram language, and what needs the database says briefly
that storage is unavailable. At start-up a damaged file or an unwritable directory ends the command
with one line saying what to do.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import stat
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.answers.engine import Engine
from bot.present.messages import translate
from handlers.errors import STORAGE_UNAVAILABLE
from tests.conftest import ROOT
from tests.telegram_env import close_env, make_env

DAMAGE = b"this is no longer an SQLite database, the header is gone" * 4


def damage(database: Path) -> None:
    """Overwrite the header (the first page's first bytes), as a disk or a stray write would."""
    with database.open("r+b") as handle:
        handle.write(DAMAGE)


async def test_damaged_database_while_running(tmp_path: Path, engine: Engine) -> None:
    env = await make_env(tmp_path, engine)
    try:
        # The bot has used its database before the damage (a /lang choice is stored).
        assert await env.say("/start")
        # Connections already open keep the pages they cached; every connection opened from now on
        # (the pool grows under load, replaces one that failed) reads the damaged file. Close the
        # idle ones first, so that the very next request is such a one.
        storage = env.app.bot_data.services.storage
        await storage.engine.dispose()
        damage(tmp_path / "bot.sqlite3")
        # A user never seen: the language comes from the database first, then from Telegram.
        sent = await env.say("Что такое ОДКБ?", user_id=5005, language_code="ru")
        assert len(sent) == 1 and "Организация Договора о коллективной безопасности" in sent[0]["text"]
        sent = await env.say("What is the CSTO?", user_id=5006)
        assert "Collective Security Treaty" in sent[0]["text"]
        # What needs the database says so, briefly, in the user's language.
        sent = await env.say("/subscribe", user_id=5005, language_code="ru")
        assert [m["text"] for m in sent] == [translate(STORAGE_UNAVAILABLE, "ru")]
        sent = await env.say("/settings", user_id=5006)
        assert [m["text"] for m in sent] == [translate(STORAGE_UNAVAILABLE, "en")]
        assert env.apologies() == []
    finally:
        await close_env(env)


# --- start-up ---------------------------------------------------------------------------------------


KNOWN_TOKEN = "123456:STARTUP-TEST-TOKEN-abcdefghijklmnopqrs"
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


@pytest.fixture(scope="module")
def api_url() -> Iterator[str]:
    """The local Bot API as a process: the bot gets past getMe to where it opens its database."""
    api = subprocess.Popen(
        [sys.executable, "-m", "bot.fake_telegram", "--port", "0", "--token", KNOWN_TOKEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    try:
        assert api.stdout is not None
        yield api.stdout.readline().strip()
    finally:
        api.kill()
        api.wait(timeout=5)


def drop_root_override() -> None:
    """In the child, before exec: root loses the right to ignore permission bits, so a read-only
    directory is read-only for it too (CI runs as root)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def unwritable_dir() -> Iterator[Path]:
    """A directory (r-x for everyone) the bot process cannot create its database in."""
    directory = Path(tempfile.mkdtemp(prefix="cisbot-ro-"))
    directory.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP | stat.S_IROTH | stat.S_IXOTH)
    try:
        yield directory
    finally:
        directory.chmod(stat.S_IRWXU)
        shutil.rmtree(directory, ignore_errors=True)


def run_bot(
    args: list[str], api_url: str, database_url: str, *, read_only: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "TELEGRAM_BOT_TOKEN": KNOWN_TOKEN,
        "TELEGRAM_API_URL": api_url,
        "DATABASE_URL": database_url,
        "DIGEST_TICK_SECONDS": "0",
    }
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        input="What is the CSTO?\n\n",
        timeout=120,
        preexec_fn=drop_root_override if read_only and os.geteuid() == 0 else None,
    )


def assert_one_line(proc: subprocess.CompletedProcess[str], *words: str) -> None:
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
    lines = [line for line in proc.stderr.splitlines() if line.startswith("cisbot:")]
    assert len(lines) == 1, output[-3000:]
    for word in words:
        assert word in lines[0], lines[0]


@pytest.mark.parametrize("command", ["run", "chat"])
def test_damaged_database_at_startup(command: str, api_url: str, tmp_path: Path) -> None:
    database = tmp_path / "bot.sqlite3"
    database.write_bytes(DAMAGE * 100)
    proc = run_bot([command], api_url, f"sqlite:///{database}")
    assert_one_line(proc, str(database), "damaged", "backup")


@pytest.mark.parametrize("command", ["run", "chat"])
def test_unwritable_directory_at_startup(command: str, api_url: str, unwritable_dir: Path) -> None:
    database = unwritable_dir / "bot.sqlite3"
    proc = run_bot([command], api_url, f"sqlite:///{database}", read_only=True)
    assert_one_line(proc, str(database), "writable", "DATABASE_URL")
