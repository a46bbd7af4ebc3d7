"""The bot's calls to the Bot API posted as one JSON body, through PTB's ``HTTPXRequest``.

PTB 22 posts every parameter as a form field: objects (a keyboard, link-preview options) are
JSON-encoded one by one, then every byte that is not a plain letter is percent-encoded by
``urllib`` in pure Python, about 30 µs for an answer in Cyrillic, and the other side decodes it
all again. Telegram accepts the same parameters as one ``application/json`` body, encoded in a
single C call. :class:`JsonBodyRequest` wraps the ``HTTPXRequest`` it is given (the network's, or
the local Bot API's in tests) and posts through its client: calls that upload files go as PTB
sends them (multipart), and timeouts, errors and the ``(status, body)`` returned are PTB's own.
"""

from __future__ import annotations

import json

import httpx
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest, RequestData


class JsonBodyRequest(BaseRequest):
    """Posts calls without files as JSON through ``network``'s client; the rest is ``network``'s."""

    def __init__(self, network: HTTPXRequest) -> None:
        self.network = network

    @property
    def read_timeout(self) -> float | None:
        return self.network.read_timeout

    async def initialize(self) -> None:
        await self.network.initialize()

    async def shutdown(self) -> None:
        await self.network.shutdown()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if request_data is None or request_data.contains_files:
            return await self.network.do_request(
                url, method, request_data, read_timeout, write_timeout, connect_timeout, pool_timeout
            )
        client = self.network._client  # PTB keeps its httpx client private; there is no accessor
        if client.is_closed:
            raise RuntimeError("This HTTPXRequest is not initialized!")
        # Unset timeouts are the client's own, as in HTTPXRequest.do_request.
        defaults = client.timeout
        timeout = httpx.Timeout(
            connect=defaults.connect if isinstance(connect_timeout, DefaultValue) else connect_timeout,
            read=defaults.read if isinstance(read_timeout, DefaultValue) else read_timeout,
            write=defaults.write if isinstance(write_timeout, DefaultValue) else write_timeout,
            pool=defaults.pool if isinstance(pool_timeout, DefaultValue) else pool_timeout,
        )
        # A lone surrogate in a text raises UnicodeEncodeError here, as urllib's form encoding did.
        body = json.dumps(request_data.parameters, ensure_ascii=False).encode("utf-8")
        headers = {"User-Agent": HTTPXRequest.USER_AGENT, "Content-Type": "application/json"}
        try:
            response = await client.request(method=method, url=url, headers=headers, timeout=timeout, content=body)
        except httpx.TimeoutException as err:  # PTB's own mapping of httpx errors
            if isinstance(err, httpx.PoolTimeout):
                raise TimedOut(
                    message=(
                        "Pool timeout: All connections in the connection pool are occupied. "
                        "Request was *not* sent to Telegram. Consider adjusting the connection "
                        "pool size or the pool timeout."
                    )
                ) from err
            raise TimedOut from err
        except httpx.HTTPError as err:
            raise NetworkError(f"httpx.{err.__class__.__name__}: {err}") from err
        return response.status_code, response.content


def posting_json(request: BaseRequest) -> BaseRequest:
    """``request`` posting JSON bodies when it is an ``HTTPXRequest``; any other request as it is."""
    return JsonBodyRequest(request) if isinstance(request, HTTPXRequest) else request
