"""``FakeTelegram``: the Bot API's behaviour as pure Python state plus method dispatch, with no I/O.

It composes the parts (``state.py``, ``checks.py``, the method groups ``chats.py``, ``updates.py``,
``messages.py``, ``queries.py``, ``commands.py``, ``files.py``, the update ``builders.py``, ``faults.py``,
``latency.py``) and dispatches through one explicit table of method names.

``handle(method, params, token=...)`` returns ``(http_status, telegram_json)`` exactly as
api.telegram.org would; ``download(file_path)`` serves ``/file/bot<token>/<file_path>``. Everything is
recorded for assertions (``requests``, ``sent_messages()``, ``outbox``, ``throttled``, ...). The async
front doors (``transport.py`` for in-process httpx, ``server.py`` for a loopback HTTP server) add only
HTTP parsing, long-poll waiting and timeouts.

Method names are matched case-insensitively, as Telegram does. A wrong but well-formed token
(``<digits>:<chars>``) gets 401 Unauthorized, a malformed one 404 Not Found, an unknown method 404.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from bot.fake_telegram.builders import UpdateBuilders
from bot.fake_telegram.chats import ChatMethods
from bot.fake_telegram.checks import RequestChecks
from bot.fake_telegram.commands import CommandMethods
from bot.fake_telegram.errors import ApiError, Described, not_found, ok_body, unauthorized
from bot.fake_telegram.faults import Fault, FaultInjector, Injection, SimulatedTimeout
from bot.fake_telegram.files import FileMethods
from bot.fake_telegram.latency import Latency
from bot.fake_telegram.limits import Limits, Throttle
from bot.fake_telegram.messages import MessageMethods
from bot.fake_telegram.params import Params
from bot.fake_telegram.queries import QueryMethods
from bot.fake_telegram.state import (
    ChatState,
    PendingQuery,
    ScopeKey,
    StoredFile,
    StoredMessage,
    TelegramState,
    UserInfo,
)
from bot.fake_telegram.updates import UpdateMethods

JSON = dict[str, Any]

_TOKEN_SHAPE = re.compile(r"^\d+:[A-Za-z0-9_-]+$")


@dataclass
class RecordedRequest:
    """One request the fake answered: ``status`` is None when a timeout fault swallowed the request (with
    ``fault`` "timeout"; a timeout fault that let the request take effect records the status it had);
    ``delay`` is how long a front door held the reply back (latency), whether or not the client waited."""

    time: float
    method: str
    params: JSON
    status: int | None
    response: JSON | None
    fault: str | None = None
    delay: float = 0.0

    def to_json(self) -> JSON:
        return {
            "time": self.time,
            "method": self.method,
            "params": self.params,
            "status": self.status,
            "response": self.response,
            "fault": self.fault,
            "delay": self.delay,
        }


class FakeTelegram:
    """An in-memory Telegram Bot API for one bot, composed of one part per concern.

    ``state`` (what Telegram remembers), ``checks`` (validation shared by the methods, flood control),
    the method groups ``chat_methods``, ``update_methods``, ``message_methods``, ``query_methods``,
    ``command_methods``, ``file_methods`` (one table, :meth:`_method_table`, maps each Bot API method to its
    handler), ``builders`` (incoming updates for tests) and ``faults``. The state's registries and the builders are also reachable directly on the
    fake (``fake.chats``, ``fake.user_message(...)``), the surface the tests use."""

    def __init__(
        self,
        token: str = "123456:TEST",
        bot_id: int | None = None,
        username: str = "cis_security_bot",
        clock: Callable[[], float] = time.monotonic,
        limits: Limits | None = None,
        *,
        first_name: str = "CIS Security Bot",
        strict: bool = False,
        group_privacy: bool = True,
        seed: int | None = 0,
    ) -> None:
        """``strict`` also rejects what Telegram silently tolerates (unknown ``&entities;``, ``<a>`` without
        href, buttons with two actions); ``group_privacy`` is the bot's privacy mode; ``seed`` seeds the RNG
        of probabilistic faults."""
        if bot_id is None:
            head = token.split(":", 1)[0]
            bot_id = int(head) if head.isdigit() else 123456
        self.state = TelegramState(
            token=token,
            bot_id=bot_id,
            username=username,
            first_name=first_name,
            clock=clock,
            limits=limits or Limits(),
            strict=strict,
            group_privacy=group_privacy,
        )
        self.checks = RequestChecks(self.state)
        self.chat_methods = ChatMethods(self.state, self.checks)
        self.update_methods = UpdateMethods(self.state, self.checks)
        self.message_methods = MessageMethods(self.state, self.checks)
        self.query_methods = QueryMethods(self.state, self.checks)
        self.command_methods = CommandMethods(self.state, self.checks)
        self.file_methods = FileMethods(self.state, self.checks)
        self.builders = UpdateBuilders(self.state)
        self.faults = FaultInjector(seed)
        self.latency: Latency | None = None
        self.latency_rng = random.Random(seed)
        self.requests: list[RecordedRequest] = []
        self.gateway: object | None = None  # the HTTP front doors' shared state (bot.fake_telegram.gateway)
        self._methods = {name.lower(): (name, handler) for name, handler in self._method_table().items()}

        # The state's operations and the update builders, forwarded as the tests know them.
        self.now = self.state.now
        self.next_update_id = self.state.next_update_id
        self.next_query_id = self.state.next_query_id
        self.add_user = self.state.add_user
        self.user = self.state.user
        self.add_chat = self.state.add_chat
        self.find_chat = self.state.find_chat
        self.set_member_status = self.state.set_member_status
        self.block_user = self.state.block_user
        self.unblock_user = self.state.unblock_user
        self.kick_bot = self.state.kick_bot
        self.new_message = self.state.new_message
        self.message_to_telegram = self.state.message_to_telegram
        self.store_file = self.state.store_file
        self.enqueue = self.state.enqueue
        self.add_listener = self.state.add_listener
        self.remove_listener = self.state.remove_listener
        self.user_message = self.builders.user_message
        self.document_message = self.builders.document_message
        self.photo_message = self.builders.photo_message
        self.sticker_message = self.builders.sticker_message
        self.edited_message = self.builders.edited_message
        self.callback_query = self.builders.callback_query
        self.inline_query = self.builders.inline_query
        self.my_chat_member = self.builders.my_chat_member
        self.migrate_group = self.builders.migrate_group
        self.poll_ready = self.update_methods.poll_ready

    def _method_table(self) -> dict[str, Callable[[Params], Any]]:
        """Every Bot API method the fake answers, by Telegram's spelling, and the handler that answers it."""
        chats, updates, messages = self.chat_methods, self.update_methods, self.message_methods
        queries, commands, files = self.query_methods, self.command_methods, self.file_methods
        return {
            "getMe": chats.get_me,
            "close": chats.close,
            "logOut": chats.log_out,
            "getChat": chats.get_chat,
            "getChatMember": chats.get_chat_member,
            "getUpdates": updates.get_updates,
            "setWebhook": updates.set_webhook,
            "deleteWebhook": updates.delete_webhook,
            "getWebhookInfo": updates.get_webhook_info,
            "sendMessage": messages.send_message,
            "sendDocument": messages.send_document,
            "editMessageText": messages.edit_message_text,
            "editMessageReplyMarkup": messages.edit_message_reply_markup,
            "deleteMessage": messages.delete_message,
            "sendChatAction": messages.send_chat_action,
            "answerCallbackQuery": queries.answer_callback_query,
            "answerInlineQuery": queries.answer_inline_query,
            "setMyCommands": commands.set_my_commands,
            "getMyCommands": commands.get_my_commands,
            "deleteMyCommands": commands.delete_my_commands,
            "getFile": files.get_file,
        }

    # --- the state, as the tests and the front doors read it ----------------------------------------
    @property
    def token(self) -> str:
        return self.state.token

    @property
    def clock(self) -> Callable[[], float]:
        return self.state.clock

    @property
    def bot(self) -> UserInfo:
        return self.state.bot

    @property
    def limits(self) -> Limits:
        return self.state.limits

    @limits.setter
    def limits(self, limits: Limits) -> None:
        self.state.limits = limits

    @property
    def strict(self) -> bool:
        return self.state.strict

    @property
    def group_privacy(self) -> bool:
        return self.state.group_privacy

    @group_privacy.setter
    def group_privacy(self, enabled: bool) -> None:
        self.state.group_privacy = enabled

    @property
    def users(self) -> dict[int, UserInfo]:
        return self.state.users

    @property
    def chats(self) -> dict[int, ChatState]:
        return self.state.chats

    @property
    def files(self) -> dict[str, StoredFile]:
        return self.state.files

    @property
    def files_by_path(self) -> dict[str, StoredFile]:
        return self.state.files_by_path

    @property
    def update_queue(self) -> list[JSON]:
        return self.state.update_queue

    @property
    def allowed_updates(self) -> frozenset[str]:
        return self.state.allowed_updates

    @property
    def callback_queries(self) -> dict[str, PendingQuery]:
        return self.state.callback_queries

    @property
    def inline_queries(self) -> dict[str, PendingQuery]:
        return self.state.inline_queries

    @property
    def webhook(self) -> JSON | None:
        return self.state.webhook

    @property
    def command_sets(self) -> dict[tuple[ScopeKey, str], list[JSON]]:
        return self.state.command_sets

    @property
    def throttled(self) -> list[Throttle]:
        return self.state.throttled

    @property
    def outbox(self) -> list[JSON]:
        """Every send, edit and delete as it happened (see ``MessageMethods.log_outgoing``)."""
        return self.state.outbox

    @property
    def answered_callbacks(self) -> list[JSON]:
        return self.state.answered_callbacks

    @property
    def inline_answers(self) -> list[JSON]:
        return self.state.inline_answers

    @property
    def chat_actions(self) -> list[JSON]:
        return self.state.chat_actions

    @property
    def closed_count(self) -> int:
        return self.state.closed_count

    # --- dispatch -----------------------------------------------------------------------------------
    def method_name(self, method: str) -> str | None:
        """The canonical spelling of a supported method (Telegram ignores case), or None."""
        entry = self._methods.get(method.lower())
        return entry[0] if entry else None

    def check_token(self, token: str | None) -> None:
        if token is not None and token != self.token:
            raise unauthorized() if _TOKEN_SHAPE.match(token) else not_found()

    def handle(
        self, method: str, params: Mapping[str, Any] | Params | None = None, *, token: str | None = None
    ) -> tuple[int, JSON]:
        """Answer one Bot API call: ``(http_status, body)``.

        Raises :class:`SimulatedTimeout` when a timeout fault fires."""
        p = params if isinstance(params, Params) else Params(params or {})
        name = self.method_name(method) or method
        try:
            self.check_token(token)
            entry = self._methods.get(method.lower())
            if entry is None:
                raise not_found()
            fault = self.faults.draw(name)
            if fault is not None:
                self._fire(fault, name, p, entry[1])
            result = entry[1](p)
        except ApiError as exc:
            return self.record(name, p, exc.status, exc.body())
        if isinstance(result, Described):
            body = ok_body(result.result)
            body["description"] = result.description
        else:
            body = ok_body(result)
        return self.record(name, p, 200, body)

    def _fire(self, fault: Fault, name: str, params: Params, handler: Callable[[Params], Any]) -> None:
        if fault.kind == "timeout":
            # Applied: recorded with the status and body the client never saw (200 = it took effect).
            status: int | None = None
            body: JSON | None = None
            if fault.applied:
                try:
                    result = handler(params)
                    status, body = 200, ok_body(result.result if isinstance(result, Described) else result)
                except ApiError as exc:
                    status, body = exc.status, exc.body()
            self.requests.append(RecordedRequest(self.clock(), name, params.loggable(), status, body, "timeout"))
            raise SimulatedTimeout(fault, name)
        if fault.kind == "flood":
            assert fault.parameters is not None
            raw_chat = str(params.raw.get("chat_id", ""))
            chat_id = int(raw_chat) if raw_chat.lstrip("-").isdigit() else None
            retry_after = int(fault.parameters["retry_after"])
            self.throttled.append(Throttle(self.clock(), name, chat_id, "injected", retry_after))
        raise fault.api_error()

    def record(self, method: str, params: Params, status: int, body: JSON) -> tuple[int, JSON]:
        """Log a request and its reply (front doors use it for replies they produce themselves)."""
        self.requests.append(RecordedRequest(self.clock(), method, params.loggable(), status, body))
        return status, body

    def download(self, file_path: str, *, token: str | None = None) -> tuple[int, bytes, str]:
        """Serve ``/file/bot<token>/<file_path>``: (status, content, content type).

        Recorded (and fault-injectable) as the pseudo-method ``downloadFile``."""
        params = Params({"file_path": file_path})
        try:
            self.check_token(token)
            fault = self.faults.draw("downloadFile")
            if fault is not None:
                self._fire(fault, "downloadFile", params, lambda _: None)
            stored = self.files_by_path.get(file_path)
            if stored is None:
                raise not_found()
        except ApiError as exc:
            self.record("downloadFile", params, exc.status, exc.body())
            return exc.status, json.dumps(exc.body()).encode(), "application/json"
        self.record("downloadFile", params, 200, {"ok": True, "size": len(stored.content)})
        return 200, stored.content, stored.mime_type or "application/octet-stream"

    # --- fault injection ----------------------------------------------------------------------------
    def inject(
        self, method: str | None, fault: Fault, times: int | None = 1, probability: float | None = None
    ) -> Injection:
        """Arm a fault for ``method`` (None = any method, "downloadFile" = file downloads): the next ``times``
        matching requests (None = unlimited), or each with ``probability`` drawn from the seeded RNG."""
        return self.faults.add(method, fault, times, probability)

    def clear_faults(self) -> None:
        self.faults.clear()

    # --- latency (applied by the HTTP front doors) --------------------------------------------------
    def set_latency(self, latency: Latency | None) -> None:
        """Hold replies back from now on (None = answer at once); see ``bot/fake_telegram/latency.py``."""
        self.latency = latency if latency is not None and latency.active else None

    def reply_delay(self, method: str) -> float:
        """Seconds to hold back the reply to the request just recorded (noted on its record)."""
        if self.latency is None:
            return 0.0
        delay = self.latency.draw(method, self.latency_rng)
        if delay and self.requests:
            self.requests[-1].delay = delay
        return delay

    # --- assertions helpers -------------------------------------------------------------------------
    def calls(self, method: str | None = None) -> list[RecordedRequest]:
        """Recorded requests, optionally of one method."""
        if method is None:
            return list(self.requests)
        return [r for r in self.requests if r.method.lower() == method.lower()]

    def sent_messages(self, chat_id: int | None = None, *, include_deleted: bool = True) -> list[JSON]:
        """The bot's messages in sending order, each in its *current* state (edits applied; ``deleted``,
        ``edits`` say what happened). Keys: chat_id, message_id, text (as users see it), source (as the bot
        sent it, markup included), parse_mode, entities, reply_markup, caption, document, date, ...
        For the history of sends/edits/deletes as they happened, see ``outbox``."""
        found: list[JSON] = []
        for entry in self.outbox:
            if entry["action"] != "send" or (chat_id is not None and entry["chat_id"] != chat_id):
                continue
            message: StoredMessage = self.chats[entry["chat_id"]].messages[entry["message_id"]]
            if include_deleted or not message.deleted:
                found.append(message.record())
        return found

    def last_message(self, chat_id: int) -> JSON | None:
        """The bot's latest not-deleted message in a chat (current state), or None."""
        chat = self.chats.get(chat_id)
        if chat is None:
            return None
        for message in reversed(list(chat.messages.values())):
            if message.outgoing and not message.deleted:
                return message.record()
        return None

    @property
    def messages_by_id(self) -> dict[tuple[int, int], JSON]:
        """Every message (the users' and the bot's) keyed by ``(chat_id, message_id)`` — ids are per chat."""
        return {(chat.id, m.message_id): m.record() for chat in self.chats.values() for m in chat.messages.values()}

    def message(self, chat_id: int, message_id: int) -> JSON | None:
        chat = self.chats.get(chat_id)
        stored = chat.messages.get(message_id) if chat else None
        return stored.record() if stored else None

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        """The command list stored for exactly this scope and language (what getMyCommands returns)."""
        params = Params({"scope": scope or {"type": "default"}, "language_code": language_code})
        key = self.command_methods.scope_key(params)
        return [dict(c) for c in self.command_sets.get(key, [])]

    def visible_commands(
        self, chat_id: int, user_id: int | None = None, language_code: str = "", *, is_admin: bool = False
    ) -> list[JSON]:
        """The menu a user would see, resolved through scopes in Telegram's documented order."""
        chat: ChatState | None = self.chats.get(chat_id)
        if chat is None:
            raise KeyError(f"unknown chat {chat_id}")
        scopes: list[ScopeKey]
        if chat.type == "private":
            scopes = [("chat", chat_id, None), ("all_private_chats", None, None), ("default", None, None)]
        else:
            scopes = [("chat_member", chat_id, user_id)]
            if is_admin:
                scopes.append(("chat_administrators", chat_id, None))
            scopes.append(("chat", chat_id, None))
            if is_admin:
                scopes.append(("all_chat_administrators", None, None))
            scopes += [("all_group_chats", None, None), ("default", None, None)]
        for scope in scopes:
            for language in [language_code, ""] if language_code else [""]:
                if (scope, language) in self.command_sets:
                    return [dict(c) for c in self.command_sets[(scope, language)]]
        return []
