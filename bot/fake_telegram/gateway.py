"""HTTP semantics shared by both front doors: routing, body decoding, long polling, timeouts.

``Gateway.dispatch(http_method, path, query, headers, body)`` takes one raw HTTP request aimed at
``…/bot<token>/<method>`` or ``…/file/bot<token>/<file_path>`` and returns an :class:`HttpReply`; it
raises :class:`~bot.fake_telegram.faults.SimulatedTimeout` when a timeout fault fires (each front door turns
that into its own kind of timeout). A reply's ``delay`` (latency, ``bot/fake_telegram/latency.py``) is how long
the front door holds it back; the request has already taken effect.

Bodies are decoded as Telegram accepts them: query string, ``application/json``,
``application/x-www-form-urlencoded`` and ``multipart/form-data`` (what PTB 22's ``HTTPXRequest``
sends: form fields — JSON text for non-string values — plus file parts).

Long polling: ``getUpdates`` with ``timeout`` > 0 and nothing to deliver waits until an update is
enqueued or the timeout passes (``max_poll_wait`` caps the wait, for tests). As on Telegram, a newer
``getUpdates`` ends a waiting one with 409 "Conflict: terminated by other getUpdates request; make sure
that only one bot instance is running". There is one gateway per FakeTelegram (:func:`gateway_for`), so
every front door of one fake shares that rule.
"""

from __future__ import annotations

import asyncio
import binascii
import contextlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, unquote

from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.errors import conflict, error_body
from bot.fake_telegram.params import Params, UploadedFile

_ROUTE = re.compile(r"/(?P<file>file/)?bot(?P<token>[^/]+)/(?P<rest>.+)$")
_FORM_ESCAPES = re.compile(r"%(22|[01][0-9A-Fa-f])")
_BAD_ESCAPE = re.compile(rb"%(?![0-9A-Fa-f]{2})")
_HEADER_PARAM = re.compile(r';\s*([\w*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))')
TERMINATED = "terminated by other getUpdates request; make sure that only one bot instance is running"


@dataclass
class HttpReply:
    """What to send back: status, body bytes, content type, and how long to hold it back (latency;
    the request has already taken effect)."""

    status: int
    body: bytes
    content_type: str = "application/json"
    delay: float = 0.0


_SURROGATE = re.compile("[\ud800-\udfff]")


def _has_surrogate(value: Any) -> bool:
    if isinstance(value, str):
        return _SURROGATE.search(value) is not None
    if isinstance(value, dict):
        return any(_has_surrogate(k) or _has_surrogate(v) for k, v in value.items())
    if isinstance(value, list):
        return any(_has_surrogate(v) for v in value)
    return False


def _without_surrogates(value: Any) -> Any:
    """The parameters as recorded for assertions: printable and encodable."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_without_surrogates(k): _without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_without_surrogates(v) for v in value]
    return value


_ENCODER = json.JSONEncoder(ensure_ascii=False)  # json.dumps with options builds one per call


def json_reply(status: int, body: Any) -> HttpReply:
    try:
        return HttpReply(status, _ENCODER.encode(body).encode("utf-8"))
    except UnicodeEncodeError:  # a lone surrogate (built by a test): JSON's \u escapes carry it
        return HttpReply(status, json.dumps(body).encode("ascii"))


def _header_params(value: str) -> tuple[str, dict[str, str]]:
    main, _, rest = value.partition(";")
    params: dict[str, str] = {}
    for match in _HEADER_PARAM.finditer(";" + rest):
        name = match.group(1).lower()
        quoted: str | None = match.group(2)
        raw = quoted if quoted is not None else (match.group(3) or "").strip()
        if name.endswith("*"):  # RFC 5987: charset''percent-encoded
            _, _, encoded = raw.partition("''")
            params[name[:-1]] = unquote(encoded)
        else:
            raw = raw.replace('\\"', '"').replace("\\\\", "\\")
            params.setdefault(name, _FORM_ESCAPES.sub(lambda m: chr(int(m.group(1), 16)), raw))
    return main.strip().lower(), params


def parse_multipart(body: bytes, boundary: str) -> dict[str, Any]:
    """Decode ``multipart/form-data``: text fields as str, file parts as :class:`UploadedFile`."""
    fields: dict[str, Any] = {}
    delimiter = b"\r\n--" + boundary.encode("latin-1")
    for chunk in (b"\r\n" + body).split(delimiter)[1:]:
        if chunk.startswith(b"--"):
            break
        head, _, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        headers: dict[str, str] = {}
        for line in head.split(b"\r\n"):
            header, _, value = line.decode("utf-8", "replace").partition(":")
            headers[header.strip().lower()] = value.strip()
        _, disposition = _header_params(headers.get("content-disposition", ""))
        field = disposition.get("name")
        if field is None:
            continue
        if "filename" in disposition:
            content_type = headers.get("content-type", "application/octet-stream")
            fields[field] = UploadedFile(field, disposition["filename"], content_type, content)
        else:
            fields[field] = content.decode("utf-8", "replace")
    return fields


def parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Decode a request body into parameters (raises ValueError on malformed JSON)."""
    kind, params = _header_params(content_type or "")
    if not body:
        return {}
    if kind == "application/json":
        decoded = json.loads(body.decode("utf-8"))
        if not isinstance(decoded, dict):
            raise ValueError("JSON body must be an object")
        return decoded
    if kind == "multipart/form-data" and "boundary" in params:
        return parse_multipart(body, params["boundary"])
    return parse_form(body)


def parse_form(body: bytes) -> dict[str, str]:
    """``application/x-www-form-urlencoded`` as ``parse_qsl`` reads it. Bodies of well-formed
    ``%XX`` escapes (all that HTTP clients send) are decoded by the C quoted-printable decoder:
    a reply's HTML in Cyrillic is mostly escapes, and the pure-Python unquote cost a tenth of a
    whole question's time end to end."""
    if not body.isascii() or _BAD_ESCAPE.search(body):
        return dict(parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True))
    fields: dict[str, str] = {}
    for pair in body.split(b"&"):
        if pair:
            name, _, value = pair.partition(b"=")
            fields[_unescape(name)] = _unescape(value)
    return fields


def _unescape(part: bytes) -> str:
    # "=" is the quoted-printable escape: literal ones are escaped first, then "+" (a space) and
    # every "%" become escapes too.
    quoted = part.replace(b"=", b"=3D").replace(b"+", b"=20").replace(b"%", b"=")
    return binascii.a2b_qp(quoted).decode("utf-8", "replace")


class Gateway:
    """Serves one FakeTelegram over HTTP-shaped requests; shared by all front doors of that fake."""

    def __init__(self, fake: FakeTelegram, *, max_poll_wait: float | None = None) -> None:
        self.fake = fake
        self.max_poll_wait = max_poll_wait
        self._generation = 0
        self._waiters: set[tuple[asyncio.Event, asyncio.AbstractEventLoop]] = set()
        fake.add_listener(self._wake)

    def _wake(self) -> None:
        for event, loop in list(self._waiters):
            try:
                running = asyncio.get_running_loop()
            except RuntimeError:
                running = None
            if running is loop:
                event.set()
            elif not loop.is_closed():
                loop.call_soon_threadsafe(event.set)

    async def dispatch(
        self, http_method: str, path: str, query: str, headers: Mapping[str, str], body: bytes
    ) -> HttpReply:
        route = _ROUTE.search(unquote(path))
        if route is None:
            return json_reply(404, error_body(404, "Not Found"))
        token, rest = route.group("token"), route.group("rest")
        if route.group("file"):
            status, content, content_type = self.fake.download(rest, token=token)
            return HttpReply(status, content, content_type, self.fake.reply_delay("downloadFile"))
        raw: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True)) if query else {}
        try:
            raw.update(parse_body(headers.get("content-type", ""), body))
        except ValueError:
            body_error = error_body(400, "Bad Request: can't parse JSON object")
            status, reply = self.fake.record(rest, Params(raw), 400, body_error)
            return json_reply(status, reply)
        # Only JSON's \u escapes can spell a lone surrogate (every other body is decoded from
        # UTF-8 with replacement): a body without one needs no walk through its values.
        if b"\\u" in body and _has_surrogate(raw):
            # JSON may spell a lone surrogate ("\\ud800"); Telegram refuses it as not UTF-8.
            body_error = error_body(400, "Bad Request: strings must be encoded in UTF-8")
            status, reply = self.fake.record(rest, Params(_without_surrogates(raw)), 400, body_error)
            return json_reply(status, reply)
        params = Params(raw)
        if rest.lower() == "getupdates":
            superseded = await self._long_poll(params)
            if superseded:
                error = conflict(TERMINATED)
                status, reply = self.fake.record("getUpdates", params, error.status, error.body())
                return json_reply(status, reply)
        status, reply = self.fake.handle(rest, params, token=token)
        answer = json_reply(status, reply)
        # Drawn right after handle() recorded the request (no await between): the delay is noted on it.
        answer.delay = self.fake.reply_delay(self.fake.method_name(rest) or rest)
        return answer

    async def _long_poll(self, params: Params) -> bool:
        """Wait until getUpdates has something to return; True if a newer getUpdates superseded this one."""
        self._generation += 1
        mine = self._generation
        self._wake()  # an older waiting getUpdates is now terminated
        try:
            timeout = float(params.get_float("timeout", default=0.0) or 0.0)
        except Exception:
            return False
        if timeout <= 0:
            return False
        if self.max_poll_wait is not None:
            timeout = min(timeout, self.max_poll_wait)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        entry = (asyncio.Event(), loop)
        self._waiters.add(entry)
        try:
            while True:
                if self._generation != mine:
                    return True
                if self.fake.poll_ready(params):
                    return False
                remaining = deadline - loop.time()
                if remaining <= 0:
                    return False
                entry[0].clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(entry[0].wait(), remaining)
        finally:
            self._waiters.discard(entry)


def gateway_for(fake: FakeTelegram, *, max_poll_wait: float | None = None) -> Gateway:
    """The fake's one gateway (created on first use); ``max_poll_wait``, when given, replaces its cap."""
    gateway = fake.gateway
    if not isinstance(gateway, Gateway):
        gateway = Gateway(fake, max_poll_wait=max_poll_wait)
        fake.gateway = gateway
    elif max_poll_wait is not None:
        gateway.max_poll_wait = max_poll_wait
    return gateway
