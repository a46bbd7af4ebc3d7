"""A local Telegram Bot API double ("fake Telegram") that behaves like Telegram, for tests and demos.

* :class:`FakeTelegram` (``core.py``) — state + method dispatch, no I/O: ``handle(method, params)``
  returns Telegram's HTTP status and JSON; update builders (``user_message``, ``callback_query``, ...);
  recording helpers (``sent_messages``, ``requests``, ``throttled``, ...); fault injection.
* :func:`make_request` (``transport.py``) — a PTB ``HTTPXRequest`` served in-process (no sockets).
* :class:`BotApiServer` (``server.py``) — the same over HTTP on 127.0.0.1; ``python -m bot.fake_telegram``.
* :class:`Limits` (``limits.py``), :class:`Fault` (``faults.py``), :class:`Latency` (``latency.py``),
  :class:`ManualClock` (``clock.py``).
"""

from bot.fake_telegram.builders import UndeliverableUpdate
from bot.fake_telegram.clock import ManualClock
from bot.fake_telegram.core import FakeTelegram, RecordedRequest
from bot.fake_telegram.faults import Fault, SimulatedTimeout
from bot.fake_telegram.latency import Latency
from bot.fake_telegram.limits import Limits, Throttle
from bot.fake_telegram.server import BotApiServer
from bot.fake_telegram.transport import FakeTelegramTransport, make_request

__all__ = [
    "BotApiServer",
    "FakeTelegram",
    "FakeTelegramTransport",
    "Fault",
    "Latency",
    "Limits",
    "ManualClock",
    "RecordedRequest",
    "SimulatedTimeout",
    "Throttle",
    "UndeliverableUpdate",
    "make_request",
]
