"""A local Telegram Bot API double ("fake Telegram") that behaves like Telegram, for tests and demos.

It imports nothing of the bot: only ``cisbot chat`` (``bot/chat.py``) and the tests use it.

* :class:`FakeTelegram` (``core.py``) — no I/O: ``handle(method, params)`` returns Telegram's HTTP status
  and JSON, dispatching through one table of method names to a class per concern:
  ``chats.py`` (getMe, getChat, getChatMember, ...), ``updates.py`` (getUpdates, webhooks),
  ``messages.py`` (send, edit, delete), ``queries.py`` (callback and inline answers), ``commands.py``
  (command menus), ``files.py`` (getFile), sharing ``checks.py`` (validation in Telegram's order, flood
  control) over ``state.py`` (what Telegram remembers, and the record of what the bot did).
  ``builders.py`` makes incoming updates (``user_message``, ``callback_query``, ...); recording helpers
  (``sent_messages``, ``requests``, ``throttled``, ...); fault injection (``faults.py``).
* Telegram's rules as data and parsers: ``formatting.py`` (parse modes, entities), ``keyboards.py``,
  ``params.py`` (request parameters), ``errors.py`` (reply envelopes), ``limits.py`` (flood control).
* :func:`make_request` (``transport.py``) — a PTB ``HTTPXRequest`` served in-process (no sockets);
  both front doors share ``gateway.py`` (HTTP parsing, long polls, latency, timeouts).
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
