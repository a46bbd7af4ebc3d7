"""How the commands end when something outside the bot is wrong: Telegram refusing the token, a
broken or unwritable database. Every such exit is one readable line with a non-zero status and no
secret in it (the token, the webhook secret), never a traceback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

# The local Bot API knows this token; the bot is given another one, which it refuses with 401 as
# Telegram refuses a revoked token.
KNOWN_TOKEN = "123456:THE-TOKEN-THE-LOCAL-API-KNOWS-abcdef"
REVOKED_TOKEN = "7654321:REVOKED-TOKEN-THE-SERVER-REJECTS-xyz0123456789"
WEBHOOK_SECRET = "webhook-secret-that-must-not-leak-0123456789"


@pytest.fixture(scope="module")
def api_url() -> Iterator[str]:
    """``python -m bot.fake_telegram`` as its own process on a free loopback port."""
    api = subprocess.Popen(
        [sys.executable, "-m", "bot.fake_telegram", "--port", "0", "--token", KNOWN_TOKEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        cwd=ROOT,
    )
    try:
        assert api.stdout is not None
        url = api.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        yield url
    finally:
        api.kill()
        api.wait(timeout=5)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def run_bot(args: list[str], env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LOG_LEVEL": "DEBUG", "DIGEST_TICK_SECONDS": "0", **env},
        timeout=timeout,
    )


def one_clear_line(proc: subprocess.CompletedProcess[str]) -> str:
    """The process failed with one line on stderr (besides log records), and no traceback."""
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output[-2000:]
    assert "Traceback" not in output, output[-3000:]
    lines = [line for line in proc.stderr.splitlines() if line.startswith("cisbot:")]
    assert len(lines) == 1, output[-3000:]
    return lines[0]


@pytest.mark.parametrize(
    "command",
    [["run"], ["webhook"], ["digest"]],
    ids=["run", "webhook", "digest"],
)
@pytest.mark.parametrize("log_level", ["INFO", "DEBUG"])
def test_rejected_token_is_one_line_without_the_token(
    command: list[str], log_level: str, api_url: str, tmp_path: Path
) -> None:
    """At the default level the output is the one line; at DEBUG the libraries' own records (with
    their tracebacks) come too, and still never the token or the webhook secret."""
    proc = run_bot(
        command,
        {
            "TELEGRAM_BOT_TOKEN": REVOKED_TOKEN,
            "TELEGRAM_API_URL": api_url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
            "WEBHOOK_URL": "http://127.0.0.1:9/telegram",
            "WEBHOOK_SECRET": WEBHOOK_SECRET,
            "PORT": str(free_port()),
            "LISTEN": "127.0.0.1",
            "LOG_LEVEL": log_level,
        },
    )
    output = proc.stdout + proc.stderr
    for secret in (REVOKED_TOKEN, REVOKED_TOKEN.split(":")[1], WEBHOOK_SECRET):
        assert secret not in output, output[-3000:]
    assert proc.returncode != 0
    if log_level == "DEBUG":
        return
    line = one_clear_line(proc)
    assert "TELEGRAM_BOT_TOKEN" in line and "rejected" in line
