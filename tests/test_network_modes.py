"""The bot over real HTTP on loopback: long polling and webhook mode (with Telegram's secret
token header), against the local Bot API's server front door and TELEGRAM_API_URL."""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path

import httpx
import pytest

from bot.answers.engine import Engine
from bot.answers.knowledge import KnowledgeService
from bot.app import build_application, start_offline, stop_offline
from bot.config import load_settings
from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.server import BotApiServer
from bot.runtime.webhook import start_webhook


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_for(predicate, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("timed out waiting for the bot")
        await asyncio.sleep(0.02)


def settings_for(server: BotApiServer, fake: FakeTelegram, tmp_path: Path, **extra: object):  # type: ignore[no-untyped-def]
    return load_settings(
        telegram_bot_token=fake.token,
        telegram_api_url=server.url,
        database_url=f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        digest_tick_seconds=0,
        **extra,
    )


async def test_long_polling_over_loopback(tmp_path: Path, engine: Engine) -> None:
    fake = FakeTelegram()
    async with BotApiServer(fake, max_poll_wait=0.2) as server:
        settings = settings_for(server, fake, tmp_path)
        app = build_application(settings, knowledge=KnowledgeService(settings.knowledge_dir, engine))
        await start_offline(app)
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0.0, timeout=1)
        try:
            fake.enqueue(fake.user_message("What is the CSTO?"))
            await wait_for(lambda: bool(fake.sent_messages(1001)))
            assert "Collective Security Treaty" in fake.sent_messages(1001)[0]["text"]
        finally:
            await app.updater.stop()
            await stop_offline(app)


async def test_webhook_checks_the_secret_token(tmp_path: Path, engine: Engine) -> None:
    fake = FakeTelegram()
    port = free_port()
    async with BotApiServer(fake) as server:
        settings = settings_for(server, fake, tmp_path)
        app = build_application(settings, knowledge=KnowledgeService(settings.knowledge_dir, engine))
        await start_offline(app)
        url = f"http://127.0.0.1:{port}/telegram"
        webhook = await start_webhook(app, listen="127.0.0.1", port=port, webhook_url=url, secret="s3cret-token")
        try:
            fake.enqueue(fake.user_message("Что такое ОДКБ?", language_code="ru"))
            await server.deliver_pending()
            await wait_for(lambda: bool(fake.sent_messages(1001)))
            assert "Организация Договора" in fake.sent_messages(1001)[0]["text"]
            # A request without Telegram's secret header is refused and not processed.
            forged = fake.user_message("What is the BCOC?", user_id=666)
            async with httpx.AsyncClient() as client:
                wrong = await client.post(url, json=forged, headers={"X-Telegram-Bot-Api-Secret-Token": "nope"})
                missing = await client.post(url, json=forged)
                # With the secret, a body that is not an update is a 400, and the bot goes on.
                secret = {"X-Telegram-Bot-Api-Secret-Token": "s3cret-token"}
                garbage = await client.post(url, content=b"[1, 2", headers=secret)
            assert wrong.status_code == 403 and missing.status_code == 403
            assert garbage.status_code == 400
            await asyncio.sleep(0.2)
            assert fake.sent_messages(666) == []
        finally:
            await webhook.stop()
            await stop_offline(app)


@pytest.mark.parametrize("token", ["123456:REAL-SECRET-TOKEN-abcdefghijklmnopqrstuvwxyz"])
def test_token_never_in_logs(token: str, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from bot.logs import RedactingFormatter

    formatter = RedactingFormatter("%(message)s", [token])
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, f"POST https://api.telegram.org/bot{token}/getMe", (), None
    )
    assert token not in formatter.format(record)
    other = "987654321:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"  # any token-shaped string
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, f"failed for {other}", (), None)
    assert other not in formatter.format(record)
