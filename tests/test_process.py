"""The bot as a real process: ``cisbot run`` against the local Bot API process, a question
answered over HTTP, then a clean exit on SIGTERM with no secret in its output."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

from tests.conftest import ROOT

TOKEN = "123456:SECRET-TOKEN-FOR-THE-PROCESS-TEST-abcdef"


def http(url: str, payload: dict[str, Any] | None = None) -> object:
    data = json.dumps(payload).encode() if payload is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())["result"]


def test_run_answers_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    api = subprocess.Popen(
        [sys.executable, "-m", "bot.fake_telegram", "--port", "0", "--token", TOKEN, "--max-poll-wait", "0.5"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    bot = None
    try:
        assert api.stdout is not None
        url = api.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
            "DIGEST_TICK_SECONDS": "0",
            "LOG_LEVEL": "DEBUG",
        }
        # Files, not pipes: nobody reads a pipe until the end, and a child whose DEBUG log fills
        # the pipe's 64 KB buffer blocks on its next log line, event loop and all.
        out_path, err_path = tmp_path / "out.txt", tmp_path / "err.txt"
        with out_path.open("w") as out_file, err_path.open("w") as err_file:
            bot = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"], stdout=out_file, stderr=err_file, text=True, cwd=ROOT, env=env
            )
        http(f"{url}/_test/build", {"builder": "user_message", "args": {"text": "What is the CSTO?"}, "enqueue": True})
        deadline = time.monotonic() + 30
        replies: list[Any] = []
        while time.monotonic() < deadline and not replies:
            replies = http(f"{url}/_test/messages?chat_id=1001")  # type: ignore[assignment]
            replies = [m for m in replies if m.get("outgoing")]
            time.sleep(0.1)
        assert replies and "Collective Security Treaty" in replies[0]["text"]
        bot.send_signal(signal.SIGTERM)
        bot.wait(timeout=20)
        out, err = out_path.read_text(), err_path.read_text()
        assert bot.returncode == 0, err[-2000:]
        assert TOKEN not in out + err
        assert "Traceback" not in err
    finally:
        for process in (bot, api):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait(timeout=5)
