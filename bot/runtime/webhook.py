"""Webhook mode: a small tornado server that takes Telegram's updates and puts them on the
``Application``'s update queue, and the runner behind ``cisbot webhook``.

PTB's own webhook server reads a whole request body (tornado's default cap is 100 MB) before it
looks at the secret header, and runs with no secret at all when none is given. Here every request
is authenticated before its body is read:

* the ``X-Telegram-Bot-Api-Secret-Token`` header must match (constant-time comparison), else 403;
  there is always a secret: without ``WEBHOOK_SECRET`` one is generated at start-up and given to
  Telegram with ``setWebhook``;
* a body larger than :data:`MAX_BODY_BYTES` is refused with 413, from its declared length or, for a
  chunked body, as soon as the bytes received pass the limit (Telegram's updates are a few KB);
* the server's own ``max_body_size`` is the same limit, so no other path buffers more.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import secrets
import signal
from typing import Any
from urllib.parse import urlsplit

import tornado.web
from telegram import Update
from telegram.ext import Application, ExtBot
from tornado.httpserver import HTTPServer

from bot.config import Settings
from bot.logs import register_secret

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY_BYTES = 1 << 20  # 1 MiB: a Telegram update is a few KB, a long message with entities < 64 KB
MAX_HEADER_BYTES = 16 << 10
BODY_TIMEOUT = 30.0  # seconds to send a body: a stalled sender does not hold a connection for ever
STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGABRT)


def generate_secret() -> str:
    """A fresh secret for ``setWebhook``: 64 characters of ``A-Z a-z 0-9 _ -`` (Telegram allows
    1-256 of those), 384 random bits."""
    return secrets.token_urlsafe(48)


def resolve_secret(settings: Settings) -> tuple[str, bool]:
    """``WEBHOOK_SECRET``, or a generated one; True when generated. Either way it is registered for
    redaction, so no log line or error message can show it."""
    if settings.webhook_secret is not None:
        secret, generated = settings.webhook_secret.get_secret_value(), False
    else:
        secret, generated = generate_secret(), True
    register_secret(secret)
    return secret, generated


def webhook_path_and_url(webhook_url: str) -> tuple[str, str]:
    """The local path served and the URL given to Telegram: the URL's path, or ``/telegram``."""
    path = urlsplit(webhook_url).path.strip("/")
    if path:
        return path, webhook_url
    return "telegram", f"{webhook_url}/telegram"


@tornado.web.stream_request_body
class UpdateHandler(tornado.web.RequestHandler):
    """One POST from Telegram: checked in :meth:`prepare` (before any of the body is read), the
    body collected under the size limit, then one ``Update`` on the queue."""

    SUPPORTED_METHODS = ("POST",)

    def initialize(self, bot: ExtBot[Any], update_queue: asyncio.Queue[object], secret: str, max_body: int) -> None:
        self.bot = bot
        self.update_queue = update_queue
        self.secret = secret.encode()
        self.max_body = max_body
        self.chunks: list[bytes] = []
        self.received = 0

    def prepare(self) -> None:
        given = self.request.headers.get(SECRET_HEADER, "").encode("utf-8", "replace")
        if not hmac.compare_digest(given, self.secret):
            raise tornado.web.HTTPError(403)
        declared = self.request.headers.get("Content-Length")
        if declared is not None:
            if not declared.isdigit():
                raise tornado.web.HTTPError(400)
            if int(declared) > self.max_body:
                raise tornado.web.HTTPError(413)

    def data_received(self, chunk: bytes) -> None:
        if self._finished:
            return
        self.received += len(chunk)
        if self.received > self.max_body:
            # A chunked body (no declared length) that grew past the limit: answer now; tornado
            # then closes the connection instead of reading the rest.
            self.chunks.clear()
            self.send_error(413)
            return
        self.chunks.append(chunk)

    async def post(self) -> None:
        if self._finished:
            return
        body = b"".join(self.chunks)
        self.chunks.clear()
        try:
            data = json.loads(body)
            if not isinstance(data, dict):
                raise ValueError("an update is a JSON object")
            update = Update.de_json(data, self.bot)
        except Exception as exc:  # whatever the body was, the sender gets a 400 and the bot goes on
            log.warning("webhook: a request with a valid secret carried no readable update (%s)", type(exc).__name__)
            raise tornado.web.HTTPError(400) from None
        if isinstance(self.bot, ExtBot):
            self.bot.insert_callback_data(update)
        await self.update_queue.put(update)
        self.set_status(200)
        self.finish()

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        # No HTML page, no traceback: the status says it all. A refused body is left unread, so
        # the connection cannot carry another request: say so, or a client would reuse it.
        self.set_header("Content-Type", "text/plain; charset=utf-8")
        self.set_header("Connection", "close")
        self.finish(f"{status_code} {self._reason}\n")

    def log_exception(self, *args: Any) -> None:
        """Refusals are expected (scanners, forged requests): tornado's warnings stay out of the log."""


class _WebhookApp(tornado.web.Application):
    def log_request(self, handler: tornado.web.RequestHandler) -> None:
        # One debug line per request; a flood of refusals does not flood the log.
        log.debug("webhook: %d %s", handler.get_status(), handler.request.method)


class WebhookServer:
    """The listening server; ``await start()``, ``await stop()``."""

    def __init__(
        self,
        app: Application,
        *,
        listen: str,
        port: int,
        path: str,
        secret: str,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        kwargs = {"bot": app.bot, "update_queue": app.update_queue, "secret": secret, "max_body": max_body}
        routes = [(rf"/{path.strip('/')}/?", UpdateHandler, kwargs)]
        self.listen = listen
        self.port = port
        self._http = HTTPServer(
            _WebhookApp(routes),
            max_body_size=max_body,
            max_buffer_size=max_body + MAX_HEADER_BYTES,
            max_header_size=MAX_HEADER_BYTES,
            body_timeout=BODY_TIMEOUT,
        )

    async def start(self) -> None:
        self._http.listen(self.port, address=self.listen)

    async def stop(self) -> None:
        self._http.stop()
        await self._http.close_all_connections()


async def start_webhook(
    app: Application,
    *,
    listen: str,
    port: int,
    webhook_url: str,
    secret: str,
    max_body: int = MAX_BODY_BYTES,
) -> WebhookServer:
    """Listen, then tell Telegram where to send updates (with the secret). The application must be
    initialized; it processes what arrives once started."""
    path, url = webhook_path_and_url(webhook_url)
    server = WebhookServer(app, listen=listen, port=port, path=path, secret=secret, max_body=max_body)
    await server.start()
    try:
        await app.bot.set_webhook(url, secret_token=secret, allowed_updates=Update.ALL_TYPES, max_connections=40)
    except BaseException:
        await server.stop()
        raise
    return server


async def serve_webhook(app: Application, settings: Settings, stop: asyncio.Event | None = None) -> None:
    """``cisbot webhook``: run until SIGINT/SIGTERM (or ``stop`` is set), then shut down cleanly."""
    assert settings.webhook_url is not None
    secret, generated = resolve_secret(settings)
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in STOP_SIGNALS:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(signum, stop.set)
    server: WebhookServer | None = None
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        server = await start_webhook(
            app, listen=settings.listen, port=settings.port, webhook_url=settings.webhook_url, secret=secret
        )
        if generated:
            log.info("WEBHOOK_SECRET is not set: a random secret was generated for this run and given to Telegram")
        await app.start()
        log.info("webhook server listening on %s:%d", settings.listen, settings.port)
        await stop.wait()
    finally:
        if server is not None:
            await server.stop()
        if app.running:
            await app.stop()
            if app.post_stop is not None:
                await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
