"""Checks every Bot API method shares, in Telegram's order: ``reply_markup`` JSON first (the Bot API server
parses it), then the chat (not found / migrated / blocked / kicked), then the text (parse_mode, emptiness,
length), the replied-to message, and last flood control — so a refused request never uses up rate-limit
budget. Each check raises :class:`ApiError` with Telegram's wording.
"""

from __future__ import annotations

from typing import Any

from bot.fake_telegram.errors import bad_request, forbidden, too_many_requests
from bot.fake_telegram.formatting import FormattedText, format_text, text_length
from bot.fake_telegram.keyboards import validate_reply_markup
from bot.fake_telegram.limits import RateLimiter, Throttle
from bot.fake_telegram.params import Params
from bot.fake_telegram.state import (
    ChatState,
    PendingQuery,
    StoredMessage,
    TelegramState,
)

JSON = dict[str, Any]
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"


class RequestChecks:
    """Validation shared by the method groups, over the state, with the flood-control counter."""

    def __init__(self, state: TelegramState) -> None:
        self.state = state
        self.rate_limiter = RateLimiter(state.limits, state.clock)

    def chat(self, params: Params, *, sending: bool, name: str = "chat_id") -> ChatState:
        chat = self.state.find_chat(params.get_chat_id(name))
        if chat is None:
            raise bad_request("chat not found")
        if chat.migrated_to is not None:
            raise bad_request("group chat was upgraded to a supergroup chat", {"migrate_to_chat_id": chat.migrated_to})
        if sending:
            if chat.type == "private" and chat.blocked:
                raise forbidden("bot was blocked by the user")
            if chat.bot_status == "kicked":
                raise forbidden(f"bot was kicked from the {chat.type} chat")
            if chat.bot_status == "left":
                raise forbidden(f"bot is not a member of the {chat.type} chat")
        return chat

    def markup(self, params: Params) -> JSON | None:
        return validate_reply_markup(
            params.get_json("reply_markup", "reply keyboard markup"),
            strict=self.state.strict,
            callback_data_max_bytes=self.state.limits.callback_data_max_bytes,
        )

    def format(self, source: str | None, parse_mode: str | None, entities: Any, *, caption: bool) -> FormattedText:
        if caption:
            formatted = format_text(source or "", parse_mode, entities, strict=self.state.strict, empty_error=None)
        else:
            if not source or not source.strip():
                raise bad_request("message text is empty")
            formatted = format_text(source, parse_mode, entities, strict=self.state.strict)
        limit = self.state.limits.max_caption_length if caption else self.state.limits.max_text_length
        if text_length(formatted.text, self.state.limits.text_length_unit) > limit:
            raise bad_request("message caption is too long" if caption else "message is too long")
        return formatted

    def caption(self, params: Params) -> FormattedText | None:
        source = params.get_str("caption")
        if source is None or not source.strip():
            return None
        formatted = self.format(
            source,
            params.get_str("parse_mode"),
            params.get_json("caption_entities", "caption entities"),
            caption=True,
        )
        return formatted if formatted.text else None

    def reply_to(self, params: Params, chat: ChatState) -> int | None:
        reply = params.get_json("reply_parameters", "reply parameters")
        allow = params.get_bool("allow_sending_without_reply")
        if isinstance(reply, dict):
            message_id = reply.get("message_id")
            allow = bool(reply.get("allow_sending_without_reply", allow))
        else:
            message_id = params.get_int("reply_to_message_id")
        if message_id is None:
            return None
        target = chat.messages.get(int(message_id))
        if target is None or target.deleted:
            if allow:
                return None
            raise bad_request("message to be replied not found")
        return target.message_id

    def throttle(self, method: str, chat: ChatState) -> None:
        if not self.state.limits.rate_limits or method not in self.state.limits.counted_methods:
            return
        self.rate_limiter.limits = self.state.limits  # a test may have replaced fake.limits
        refused = self.rate_limiter.acquire(chat.id, chat.type)
        if refused is not None:
            retry_after, scope = refused
            self.state.throttled.append(Throttle(self.state.clock(), method, chat.id, scope, retry_after))
            raise too_many_requests(retry_after)

    def bot_message(self, params: Params, *, name: str = "message_id") -> tuple[ChatState, StoredMessage | None]:
        chat = self.chat(params, sending=True)
        message_id = params.get_int(name)
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = chat.messages.get(message_id)
        if message is not None and message.deleted:
            message = None
        return chat, message

    def live_query(self, table: dict[str, PendingQuery], query_id: str | None, ttl: float | None) -> PendingQuery:
        query = table.get(query_id or "")
        if query is None or query.answered or (ttl is not None and self.state.clock() - query.created > ttl):
            raise bad_request(QUERY_TOO_OLD)
        return query
