"""A digest fan-out killed with SIGKILL half-way, then restarted, with every reply 150 ms late (as on a
real network): every subscriber ends up with the digest, and the only chats that get it twice are
among those whose send was in flight when the process died — at most one per concurrent send
(``DigestRunner``'s workers, 8).

Real processes throughout: the local Bot API double (``python -m bot.fake_telegram --latency 0.15``) and the
operator's ``python -m bot digest --at …`` as the process that is killed and restarted, against a SQLite
file and (when ``TEST_DATABASE_URL`` is set) a PostgreSQL database. The killed process's claims count as
abandoned only after ``DIGEST_CLAIM_TIMEOUT`` seconds (5 minutes by default): the restart sets 1 (and a
digest send timeout below it, as the settings require). Copies are counted from the double's own log
of sendMessage calls, not from the ledger.

The helpers here are shared with ``tests/test_scaleout.py``.
"""

from __future__ import annotations

import os
import queue
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from bot.storage import Storage
from bot.storage.subscribers import Subscriber
from tests.conftest import ROOT
from tests.fictional import write_fictional_kb

TOKEN = "123456:TEST"  # the double's default token
AT = "2031-03-01T09:05:00+00:00"  # a daily 09:00 UTC digest is due; the fictional meetings are ahead
FIRST_CHAT = 700_000
LONG_AGO = datetime(2020, 1, 1, tzinfo=UTC)


def child_env(**extra: str) -> dict[str, str]:
    """The environment of a child process: loopback only, no proxies, no inherited bot settings."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k.lower() not in ("http_proxy", "https_proxy", "all_proxy")
        and not k.startswith(("TELEGRAM_", "DATABASE_", "DIGEST_", "KNOWLEDGE_", "WEBHOOK_"))
    }
    env.update(NO_PROXY="127.0.0.1,localhost", no_proxy="127.0.0.1,localhost", PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def stop_process(proc: subprocess.Popen[Any], grace: float = 5.0) -> None:
    """SIGTERM, then SIGKILL if it does not end within ``grace`` seconds."""
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(grace)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(grace)


class BotApiProcess:
    """``python -m bot.fake_telegram`` as a separate process, driven through its ``/_test/`` endpoints."""

    def __init__(self, proc: subprocess.Popen[str], url: str):
        self.proc = proc
        self.url = url
        self.http = httpx.Client(base_url=url, trust_env=False, timeout=30)

    def call(self, name: str, **args: Any) -> Any:
        reply = self.http.post("/_test/call", json={"name": name, "args": args})
        reply.raise_for_status()
        return reply.json()["result"]

    def messages(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        params = {"chat_id": str(chat_id)} if chat_id is not None else None
        reply = self.http.get("/_test/messages", params=params)
        reply.raise_for_status()
        return list(reply.json()["result"])

    def per_chat(self) -> Counter[int]:
        return Counter(int(m["chat_id"]) for m in self.messages())

    def sends_per_chat(self) -> Counter[int]:
        """sendMessage calls the double carried out, per chat, from its request log (a reply the
        client never waited for still counts: the message was sent)."""
        reply = self.http.get("/_test/requests")
        reply.raise_for_status()
        return Counter(
            int(r["params"]["chat_id"])
            for r in reply.json()["result"]
            if r["method"] == "sendMessage" and r["status"] == 200
        )


@contextmanager
def bot_api_process(log: Path, *args: str) -> Iterator[BotApiProcess]:
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot.fake_telegram", "--port", "0", *args],
        stdout=subprocess.PIPE,
        stderr=log.open("w"),
        text=True,
        cwd=ROOT,
        env=child_env(),
    )
    api: BotApiProcess | None = None
    try:
        lines: queue.Queue[str] = queue.Queue()
        assert proc.stdout is not None
        stdout = proc.stdout
        threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
        try:
            url = lines.get(timeout=30).strip()
        except queue.Empty:
            raise AssertionError(f"the Bot API double did not start: {log.read_text()}") from None
        assert url.startswith("http://127.0.0.1:"), (url, log.read_text())
        api = BotApiProcess(proc, url)
        yield api
    finally:
        if api is not None:
            api.http.close()
        stop_process(proc)
        if proc.stdout is not None:
            proc.stdout.close()


async def seed_subscribers(database_url: str, api: BotApiProcess, count: int) -> list[int]:
    """``count`` daily subscribers (09:00 UTC) in the database, each chat known to the double."""
    chats = list(range(FIRST_CHAT, FIRST_CHAT + count))
    storage = await Storage.open(database_url)
    try:
        for chat in chats:
            await storage.subscribers.save(
                Subscriber(chat_id=chat, frequency="daily", hour=9, timezone="UTC", created_at=LONG_AGO)
            )
    finally:
        await storage.close()
    for chat in chats:
        api.call("add_chat", chat_id=chat)
    return chats


async def ledger_statuses(database_url: str) -> dict[str, int]:
    storage = await Storage.open(database_url)
    try:
        return await storage.ledger("test").counts()
    finally:
        await storage.close()


async def ledger_repeats(database_url: str) -> int:
    storage = await Storage.open(database_url)
    try:
        return await storage.ledger("test").repeats()
    finally:
        await storage.close()


def start_digest(tmp: Path, name: str, api: BotApiProcess, database_url: str, **env: str) -> subprocess.Popen[str]:
    """``python -m bot digest --at AT``: one real round, as an operator would start it."""
    out = (tmp / f"{name}.out").open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "digest", "--at", AT],
        stdout=out,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp,  # no stray .env file is read
        env=child_env(
            TELEGRAM_BOT_TOKEN=TOKEN,
            TELEGRAM_API_URL=api.url,
            DATABASE_URL=database_url,
            KNOWLEDGE_DIR=str(write_fictional_kb(tmp / "kb")),
            LOG_LEVEL="WARNING",
            **env,
        ),
    )


def finish(proc: subprocess.Popen[str], tmp: Path, name: str, timeout: float) -> str:
    """Wait for a digest process; its output (the last line is its report)."""
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(10)
        raise AssertionError(f"{name} did not finish in {timeout:.0f} s: {(tmp / f'{name}.out').read_text()}") from None
    output = (tmp / f"{name}.out").read_text()
    assert proc.returncode == 0, output
    return output


def report_line(output: str) -> str:
    return [line for line in output.splitlines() if line.startswith("sent ")][-1]


def sent_of(output: str) -> int:
    return int(report_line(output).split()[1].rstrip(","))


WORKERS = 8  # DigestRunner's default: no more sends than this are ever in flight at once
LATENCY = "0.15"  # seconds every sendMessage reply takes; at 25 sends/s about 4 are in flight


async def test_sigkill_mid_fan_out_then_restart_repeats_at_most_the_sends_in_flight(
    tmp_path: Path, database_url: str
) -> None:
    subscribers = 1_000
    with bot_api_process(tmp_path / "botapi.log", "--latency", LATENCY, "--latency-methods", "sendMessage") as api:
        chats = await seed_subscribers(database_url, api, subscribers)
        proc = start_digest(tmp_path, "first", api, database_url)
        try:
            deadline = time.monotonic() + 60
            sent = 0
            while sent < 0.3 * subscribers:
                assert time.monotonic() < deadline, "the fan-out did not reach 30% within 60 s"
                assert proc.poll() is None, (tmp_path / "first.out").read_text()
                time.sleep(0.05)
                sent = len(api.messages())
            # Land anywhere in a send cycle (25/s: 40 ms), sometimes between a send and its record.
            time.sleep(random.uniform(0, 0.04))
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
        assert proc.returncode == -signal.SIGKILL
        before = api.sends_per_chat()
        killed_at = sum(before.values())
        statuses = await ledger_statuses(database_url)
        # "sending": the request had gone out when the process died (and the double, like Telegram,
        # carried it out even though no one read the reply). Each worker has at most one.
        in_flight = statuses.get("sending", 0)

        time.sleep(1.5)  # longer than DIGEST_CLAIM_TIMEOUT: the dead process's claims are stale now
        restart = start_digest(
            tmp_path, "restart", api, database_url, DIGEST_CLAIM_TIMEOUT="1", DIGEST_SEND_TIMEOUT="0.5"
        )
        output = finish(restart, tmp_path, "restart", timeout=120)

        after = api.sends_per_chat()
        missing = [c for c in chats if after[c] == 0]
        repeated = {c: n for c, n in after.items() if n > 1}
        print(
            f"\n[{database_url.split(':')[0]}] latency {LATENCY} s: killed after {killed_at} digests "
            f"({len(before)} chats, {statuses}); restart: {report_line(output)}; "
            f"repeated: {len(repeated)} chats {sorted(repeated.items())}"
        )
        assert set(after) == set(chats)
        assert missing == []
        # The guarantee: a kill repeats at most the sends in flight at that moment, one per worker.
        assert all(n == 2 for n in repeated.values()), repeated
        assert len(repeated) <= in_flight <= WORKERS, (repeated, statuses)
        assert sent_of(output) == subscribers - sum(1 for c in chats if before[c] and c not in repeated)
        assert await ledger_statuses(database_url) == {"sent": subscribers}
        # The ledger knows which sends may have arrived twice: the in-flight ones it sent again.
        assert await ledger_repeats(database_url) == in_flight
