"""Front door 1: an in-process ``httpx`` transport, so a real PTB ``Application`` talks to the fake with no
sockets at all.

Usage (the same two lines for the ordinary and the getUpdates request objects)::

    from telegram.ext import Application
    from bot.fake_telegram import FakeTelegram, make_request

    fake = FakeTelegram()
    app = (
        Application.builder()
        .token(fake.token)                       # the default base_url is fine: nothing leaves the process
        .request(make_request(fake))
        .get_updates_request(make_request(fake))
        .build()
    )

Requests to ``…/bot<token>/<method>`` and ``…/file/bot<token>/<file_path>`` (any host) are served by the
fake; a timeout fault raises ``httpx.ReadTimeout`` (PTB: ``telegram.error.TimedOut``) after the fault's
``delay`` (default: at once). Latency (``fake.set_latency``) holds the reply back; a reply later than
the request's read timeout becomes ``httpx.ReadTimeout`` after that timeout, the request having taken
effect all the same (httpx leaves timeouts to the transport, so this one enforces them).
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from telegram.request import HTTPXRequest

from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.faults import SimulatedTimeout
from bot.fake_telegram.gateway import Gateway, gateway_for


class FakeTelegramTransport(httpx.AsyncBaseTransport):
    """An ``httpx.AsyncBaseTransport`` answering every request from a :class:`FakeTelegram`."""

    def __init__(self, fake: FakeTelegram, *, max_poll_wait: float | None = None) -> None:
        self.fake = fake
        self.gateway: Gateway = gateway_for(fake, max_poll_wait=max_poll_wait)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        try:
            reply = await self.gateway.dispatch(
                request.method,
                request.url.path,
                request.url.query.decode("ascii", "replace"),
                # httpx's Headers is already a case-insensitive mapping; copying it into a dict cost
                # ~20 look-ups (each re-decoding every header) per request, for one content-type read.
                request.headers,
                body,
            )
        except SimulatedTimeout as exc:
            if exc.fault.delay:
                await asyncio.sleep(exc.fault.delay)
            message = f"fake Telegram: simulated timeout in {exc.method}"
            raise httpx.ReadTimeout(message, request=request) from None
        if reply.delay > 0:
            read_timeout = (request.extensions.get("timeout") or {}).get("read")
            if read_timeout is not None and reply.delay > read_timeout:
                await asyncio.sleep(read_timeout)
                raise httpx.ReadTimeout(f"fake Telegram: reply later than {read_timeout} s", request=request)
            await asyncio.sleep(reply.delay)
        return httpx.Response(
            reply.status, headers={"content-type": reply.content_type}, content=reply.body, request=request
        )


def make_request(fake: FakeTelegram, *, max_poll_wait: float | None = None, **kwargs: Any) -> HTTPXRequest:
    """A PTB ``HTTPXRequest`` wired to the fake (extra ``kwargs`` go to ``HTTPXRequest``, e.g. timeouts).

    ``max_poll_wait`` caps how long a long-polling getUpdates waits for an update (handy in tests)."""
    transport = FakeTelegramTransport(fake, max_poll_wait=max_poll_wait)
    httpx_kwargs = dict(kwargs.pop("httpx_kwargs", None) or {})
    httpx_kwargs["transport"] = transport
    return HTTPXRequest(httpx_kwargs=httpx_kwargs, **kwargs)
