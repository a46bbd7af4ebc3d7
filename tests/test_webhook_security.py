"""``cisbot webhook`` as a real process against the local Bot API: never unauthenticated, bodies
refused before they are read, bounded in size.

The process runs without ``WEBHOOK_SECRET``: it must generate a secret, give it to Telegram with
setWebhook and never print it; forged updates (an admin's /stats, an admin's knowledge upload) without
the secret header or with a wrong one are refused with 403 and not processed; a body over the limit
with the right header gets 413 without the process's memory growing; Telegram's own delivery (with
the header) is answered.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import shutil
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import httpx

from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.server import BotApiServer
from bot.runtime.webhook import MAX_BODY_BYTES
from tests.conftest import KNOWLEDGE, ROOT

TOKEN = "123456:WEBHOOK-PROCESS-TOKEN-abcdefghijklmnop"
ADMIN = 4242
SECRET_CHARS = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Per request, eight at once with the right header: PTB's server, which buffers bodies up to 100 MB,
# grew from 116 to 280 MB on this; the issue saw 12 x 95 MB take the process to 1.6 GB.
BIG_BODY_MB = 32


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def tree_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(directory.rglob("*")):
        if path.is_file():
            digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()


async def head_only(port: int, path: str, headers: dict[str, str], timeout: float = 3.0) -> int:
    """Send a request's head announcing a huge body, send no body, and read the status: a server
    that checks before reading the body answers at once; one that reads it first never answers."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        head = f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        head += "".join(f"{name}: {value}\r\n" for name, value in headers.items()) + "\r\n"
        writer.write(head.encode())
        await writer.drain()
        status_line = await asyncio.wait_for(reader.readline(), timeout)
        return int(status_line.split()[1])
    except TimeoutError:
        return 0
    finally:
        writer.close()


async def big_body(megabytes: int) -> AsyncIterator[bytes]:
    chunk = b" " * (1 << 20)
    for _ in range(megabytes):
        yield chunk


async def wait_until(predicate, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out")
        await asyncio.sleep(0.05)


async def test_webhook_process_is_never_unauthenticated(tmp_path: Path) -> None:
    knowledge = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE, knowledge)
    before = tree_digest(knowledge)
    fake = FakeTelegram(TOKEN)
    fake.add_user(ADMIN)
    port = free_port()
    url = f"http://127.0.0.1:{port}/telegram"
    out_path, err_path = tmp_path / "out.txt", tmp_path / "err.txt"
    async with BotApiServer(fake) as api:
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "TELEGRAM_API_URL": api.url,
            "WEBHOOK_URL": url,
            "LISTEN": "127.0.0.1",
            "PORT": str(port),
            "ADMIN_IDS": str(ADMIN),
            "KNOWLEDGE_DIR": str(knowledge),
            "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
            "DIGEST_TICK_SECONDS": "0",
            "LOG_LEVEL": "DEBUG",
        }
        env.pop("WEBHOOK_SECRET", None)
        with out_path.open("w") as out, err_path.open("w") as err:
            bot = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", "webhook", cwd=ROOT, env=env, stdout=out, stderr=err
            )
        try:
            await wait_until(lambda: fake.webhook is not None and bot.returncode is None)
            # The server generated a secret and registered it with setWebhook.
            secret = fake.webhook["secret_token"]  # type: ignore[index]
            assert secret and SECRET_CHARS.match(secret) and len(secret) >= 32

            async with httpx.AsyncClient(timeout=30) as client:
                # Forged updates "from" the admin: without the header, and with a wrong one.
                forged_stats = fake.user_message("/stats", user_id=ADMIN)
                forged_upload = fake.document_message(
                    "facts.yaml", b"facts: []\n", user_id=ADMIN, mime_type="application/x-yaml"
                )
                for update in (forged_stats, forged_upload):
                    missing = await client.post(url, json=update)
                    wrong = await client.post(url, json=update, headers={"X-Telegram-Bot-Api-Secret-Token": "x" * 64})
                    assert (missing.status_code, wrong.status_code) == (403, 403)

                # Refused from the head alone, before any of the announced body is read.
                huge = {"Content-Length": str(95 << 20)}
                assert await head_only(port, "/telegram", huge) == 403
                assert await head_only(port, "/telegram", {**huge, "X-Telegram-Bot-Api-Secret-Token": "nope"}) == 403
                assert await head_only(port, "/telegram", {**huge, "X-Telegram-Bot-Api-Secret-Token": secret}) == 413

                # Oversized bodies, eight with the right header and four without, streamed without a declared length: with the right
                # header -> 413 as soon as the limit passes; without -> 403. Memory stays put.
                rss_before = rss_mb(bot.pid)
                good = {"X-Telegram-Bot-Api-Secret-Token": secret, "Content-Type": "application/json"}
                posts = [client.post(url, content=big_body(BIG_BODY_MB), headers=good) for _ in range(8)]
                posts += [client.post(url, content=big_body(BIG_BODY_MB)) for _ in range(4)]
                statuses = []
                for outcome in await asyncio.gather(*posts, return_exceptions=True):
                    # 0: the server answered and closed the connection while the client was still
                    # sending (the kernel then resets it and the client loses the answer).
                    statuses.append(outcome.status_code if isinstance(outcome, httpx.Response) else 0)
                growth = rss_mb(bot.pid) - rss_before
                assert all(status in (413, 0) for status in statuses[:8]), statuses
                assert all(status in (403, 0) for status in statuses[8:]), statuses
                assert growth < 3 * MAX_BODY_BYTES / (1 << 20) + 10, f"RSS grew by {growth:.0f} MB"

            # Telegram's own delivery (with the header) is processed.
            status = await api.deliver_webhook(fake.user_message("What is the CSTO?"))
            assert status == 200
            await wait_until(lambda: bool(fake.sent_messages(1001)))
            assert "Collective Security Treaty" in fake.sent_messages(1001)[0]["text"]
            # ...and the forged ones were not: nothing was sent to the admin, no file was read.
            await asyncio.sleep(0.5)
            assert fake.sent_messages(ADMIN) == []
            assert not any(r.method in ("getFile",) for r in fake.requests)
            assert tree_digest(knowledge) == before
        finally:
            if bot.returncode is None:
                bot.send_signal(signal.SIGTERM)
            try:
                await asyncio.wait_for(bot.wait(), 30)
            except TimeoutError:
                bot.kill()
                await bot.wait()
    output = out_path.read_text() + err_path.read_text()
    assert bot.returncode == 0, output[-3000:]
    assert secret not in output, "the generated secret was printed"
    assert TOKEN not in output
    assert "WEBHOOK_SECRET is not set" in output  # the operator is told a secret was generated
