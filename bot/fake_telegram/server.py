"""Front door 2: the fake as a real HTTP server on the loopback interface (stdlib asyncio streams).

In tests::

    async with BotApiServer(fake) as server:          # 127.0.0.1, a free port
        app = (Application.builder().token(fake.token)
               .base_url(f"{server.url}/bot").base_file_url(f"{server.url}/file/bot").build())

It serves ``/bot<token>/<method>`` and ``/file/bot<token>/<file_path>`` like api.telegram.org (HTTP/1.1,
keep-alive, Content-Length or chunked bodies). A timeout fault holds the connection without answering
until the client gives up (or the fault's ``delay`` passes) and then drops it. Latency
(``fake.set_latency``, ``bot/fake_telegram/latency.py``) holds each reply back after the request took effect;
a client whose read timeout is shorter gives up, and the message stays sent.

Webhooks: after the bot calls setWebhook (``http://127.0.0.1:…`` is accepted, unlike Telegram),
``await server.deliver_webhook(update)`` POSTs one update with the ``X-Telegram-Bot-Api-Secret-Token``
header when a secret was set; ``await server.deliver_pending()`` pushes the queued updates in order.
Only loopback webhook URLs are ever contacted.

Test-control endpoints (``admin=True``, the default), all answering ``{"ok": true, "result": ...}``:

* ``GET  /_test/requests`` — every recorded request (method, params, status, response);
* ``GET  /_test/messages[?chat_id=N]`` — ``fake.sent_messages()``;
* ``POST /_test/enqueue`` — body: a complete update dict, queued for getUpdates;
* ``POST /_test/build`` — body: ``{"builder": "user_message", "args": {"text": "/start"}, "enqueue": true}``;
  builders as on FakeTelegram (``document_message`` takes ``content`` as text or ``content_b64``);
* ``POST /_test/call`` — body: ``{"name": "block_user", "args": {"user_id": 5}}`` for add_user, add_chat,
  block_user, unblock_user, kick_bot, clear_faults, advance_clock (only with a ManualClock) and inject
  (``{"method": "sendMessage", "fault": {"kind": "timeout"|"bad_gateway"|"flood", "retry_after": 3},
  "times": 2}``) and set_latency (``{"fixed": 0.15, "jitter": 0.05, "slow": [[0.05, 6]],
  "methods": ["sendMessage"]}``; ``{}`` switches it off).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import httpx

from bot.fake_telegram.clock import ManualClock
from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.faults import Fault, SimulatedTimeout
from bot.fake_telegram.gateway import HttpReply, gateway_for, json_reply
from bot.fake_telegram.latency import Latency

LOOPBACK = ("127.0.0.1", "localhost", "::1")
BUILDERS = frozenset(
    {
        "user_message",
        "document_message",
        "photo_message",
        "sticker_message",
        "edited_message",
        "callback_query",
        "inline_query",
        "my_chat_member",
        "migrate_group",
    }
)
CALLS = frozenset({"add_user", "add_chat", "block_user", "unblock_user", "kick_bot", "clear_faults"})


def _fault_from_json(spec: dict[str, Any]) -> Fault:
    kind = spec.get("kind", "timeout")
    if kind == "timeout":
        return Fault.timeout(applied=bool(spec.get("applied", False)), delay=spec.get("delay"))
    if kind == "bad_gateway":
        return Fault.bad_gateway()
    if kind == "flood":
        return Fault.flood(int(spec.get("retry_after", 5)))
    if kind == "error":
        return Fault.error(int(spec["status"]), str(spec["description"]), spec.get("parameters"))
    raise ValueError(f"unknown fault kind {kind!r}")


class BotApiServer:
    """An asyncio HTTP server exposing a :class:`FakeTelegram` on 127.0.0.1."""

    def __init__(
        self,
        fake: FakeTelegram,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        admin: bool = True,
        max_poll_wait: float | None = None,
        stall_limit: float = 300.0,
    ) -> None:
        if host not in LOOPBACK:
            raise ValueError("the fake Telegram listens on the loopback interface only")
        self.fake = fake
        self.host = host
        self.port = port
        self.admin = admin
        self.stall_limit = stall_limit
        self.gateway = gateway_for(fake, max_poll_wait=max_poll_wait)
        self._server: asyncio.Server | None = None
        self._connections: set[asyncio.Task[None]] = set()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT`` — use ``f"{url}/bot"`` and ``f"{url}/file/bot"`` as PTB's base URLs."""
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._connection, self.host, self.port)
        self.port = self._server.sockets[0].getsockname()[1]

    async def close(self) -> None:
        if self._server is None:
            return
        self._server.close()
        for task in list(self._connections):
            task.cancel()
        for task in list(self._connections):
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        await self._server.wait_closed()
        self._server = None

    async def __aenter__(self) -> BotApiServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def serve_forever(self) -> None:
        if self._server is None:
            await self.start()
        assert self._server is not None
        await self._server.serve_forever()

    # --- HTTP ---------------------------------------------------------------------------------------
    async def _connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._connections.add(task)
        try:
            while await self._one_request(reader, writer):
                pass
        except (ConnectionError, asyncio.IncompleteReadError, ValueError, UnicodeDecodeError):
            pass
        except asyncio.CancelledError:
            pass  # the server is closing; end this connection quietly
        finally:
            self._connections.discard(task)
            writer.close()
            with contextlib.suppress(Exception):
                await writer.wait_closed()

    async def _one_request(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> bool:
        """Serve one request; False when the connection should close."""
        request_line = await reader.readline()
        if not request_line.strip():
            return False
        method, target, version = request_line.decode("latin-1").split()
        headers: dict[str, str] = {}
        while True:
            line = await reader.readline()
            if line in (b"\r\n", b"\n", b""):
                break
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()
        if headers.get("expect", "").lower() == "100-continue":
            writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
        if "chunked" in headers.get("transfer-encoding", "").lower():
            body = await self._read_chunked(reader)
        else:
            body = await reader.readexactly(int(headers.get("content-length") or 0))
        path, _, query = target.partition("?")
        try:
            if path.startswith("/_test/") and self.admin:
                reply = await self._admin(method, unquote(path), query, body)
            else:
                reply = await self.gateway.dispatch(method, path, query, headers, body)
        except SimulatedTimeout as exc:
            limit = exc.fault.delay or self.stall_limit
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(reader.read(), limit)  # until the client hangs up
            return False
        if reply.delay > 0:
            await asyncio.sleep(reply.delay)  # the request has taken effect; only the answer is late
        keep_alive = version == "HTTP/1.1" and headers.get("connection", "").lower() != "close"
        try:
            phrase = HTTPStatus(reply.status).phrase
        except ValueError:
            phrase = "Unknown"
        head = (
            f"HTTP/1.1 {reply.status} {phrase}\r\nServer: fake-telegram\r\n"
            f"Content-Type: {reply.content_type}\r\nContent-Length: {len(reply.body)}\r\n"
            f"Connection: {'keep-alive' if keep_alive else 'close'}\r\n\r\n"
        )
        writer.write(head.encode("latin-1") + reply.body)
        await writer.drain()
        return keep_alive

    @staticmethod
    async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
        chunks: list[bytes] = []
        while True:
            size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while (await reader.readline()) not in (b"\r\n", b"\n", b""):
                    pass
                return b"".join(chunks)
            chunks.append(await reader.readexactly(size))
            await reader.readline()

    # --- test control -------------------------------------------------------------------------------
    async def _admin(self, method: str, path: str, query: str, body: bytes) -> HttpReply:
        fake = self.fake
        try:
            args: dict[str, Any] = json.loads(body) if body.strip() else {}
            if not isinstance(args, dict):
                raise ValueError("the body must be a JSON object")
            if path == "/_test/requests":
                return json_reply(200, {"ok": True, "result": [r.to_json() for r in fake.requests]})
            if path == "/_test/messages":
                chat = dict(parse_qsl(query)).get("chat_id")
                messages = fake.sent_messages(int(chat) if chat else None)
                return json_reply(200, {"ok": True, "result": messages})
            if path == "/_test/enqueue" and method == "POST":
                args.setdefault("update_id", fake.next_update_id())
                return json_reply(200, {"ok": True, "result": fake.enqueue(args)})
            if path == "/_test/build" and method == "POST":
                return json_reply(200, {"ok": True, "result": self._build(args)})
            if path == "/_test/call" and method == "POST":
                return json_reply(200, {"ok": True, "result": self._call(args)})
        except (ValueError, KeyError, TypeError) as exc:
            description = f"{type(exc).__name__}: {exc}"
            return json_reply(400, {"ok": False, "error_code": 400, "description": description})
        return json_reply(404, {"ok": False, "error_code": 404, "description": "Not Found"})

    def _build(self, spec: dict[str, Any]) -> Any:
        name = spec.get("builder")
        if name not in BUILDERS:
            raise ValueError(f"unknown builder {name!r}; one of {sorted(BUILDERS)}")
        kwargs = dict(spec.get("args") or {})
        if name == "document_message":
            if "content_b64" in kwargs:
                kwargs["content"] = base64.b64decode(kwargs.pop("content_b64"))
            elif isinstance(kwargs.get("content"), str):
                kwargs["content"] = kwargs["content"].encode("utf-8")
        built = getattr(self.fake, name)(**kwargs)
        if spec.get("enqueue", True):
            for update in built if isinstance(built, list) else [built]:
                self.fake.enqueue(update)
        return built

    def _call(self, spec: dict[str, Any]) -> Any:
        name = spec.get("name")
        kwargs = dict(spec.get("args") or {})
        if name == "inject":
            fault = _fault_from_json(dict(kwargs.pop("fault", {})))
            injection = self.fake.inject(kwargs.get("method"), fault, kwargs.get("times", 1), kwargs.get("probability"))
            return {"method": injection.method, "remaining": injection.remaining}
        if name == "set_latency":
            latency = Latency.from_json(kwargs)
            self.fake.set_latency(latency)
            return repr(self.fake.latency)
        if name == "advance_clock":
            if not isinstance(self.fake.clock, ManualClock):
                raise ValueError("the fake runs on a real clock (start it with --manual-clock)")
            return self.fake.clock.advance(float(kwargs.get("seconds", 0)))
        if name not in CALLS:
            known = sorted(CALLS | {"inject", "advance_clock", "set_latency"})
            raise ValueError(f"unknown call {name!r}; one of {known}")
        result = getattr(self.fake, name)(**kwargs)
        return None if result is None else repr(result)

    # --- webhooks -----------------------------------------------------------------------------------
    async def deliver_webhook(self, update: dict[str, Any], *, timeout: float = 10.0) -> int:
        """POST one update to the webhook the bot set; return the HTTP status (0 if it could not connect)."""
        webhook = self.fake.webhook
        if webhook is None:
            raise RuntimeError("no webhook is set (the bot has not called setWebhook)")
        url = webhook["url"]
        if urlsplit(url).hostname not in LOOPBACK:
            raise ValueError(f"refusing to deliver to a non-loopback webhook {url!r}")
        headers = {"Content-Type": "application/json"}
        if webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = webhook["secret_token"]
        try:
            async with httpx.AsyncClient(timeout=timeout, trust_env=False) as client:
                response = await client.post(url, content=json.dumps(update).encode(), headers=headers)
        except httpx.HTTPError as exc:
            webhook.update(last_error_date=self.fake.now(), last_error_message=f"Connection failed: {exc}")
            return 0
        if not 200 <= response.status_code < 300:
            webhook.update(
                last_error_date=self.fake.now(),
                last_error_message=f"Wrong response from the webhook: {response.status_code} {response.reason_phrase}",
            )
        return response.status_code

    async def deliver_pending(self) -> int:
        """Push queued updates to the webhook in order, removing each one the bot accepts (2xx).
        Stops at the first failure, as Telegram retries in order. Returns how many were delivered."""
        delivered = 0
        while self.fake.update_queue:
            update = self.fake.update_queue[0]
            status = await self.deliver_webhook(update)
            if not 200 <= status < 300:
                break
            self.fake.update_queue.remove(update)
            delivered += 1
        return delivered
