"""The Bot API methods the bot uses, each validating its parameters the way Telegram does.

Every ``api_<methodName>(params)`` returns the ``result`` or raises :class:`ApiError`; the dispatcher in
``core.py`` wraps it into Telegram's envelope and records it. Checks happen in Telegram's order:
``reply_markup`` JSON first (the Bot API server parses it), then the chat (not found / migrated /
blocked / kicked), then the text (parse_mode, emptiness, length), the replied-to message, and last flood
control — so a refused request never uses up rate-limit budget.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from bot.fake_telegram.builders import UpdateBuilders
from bot.fake_telegram.errors import ApiError, bad_request, conflict, forbidden, too_many_requests
from bot.fake_telegram.formatting import FormattedText, format_text, text_length
from bot.fake_telegram.keyboards import validate_inline_keyboard, validate_reply_markup
from bot.fake_telegram.limits import RateLimiter, Throttle
from bot.fake_telegram.params import Params, UploadedFile
from bot.fake_telegram.state import DEFAULT_ALLOWED_UPDATES, ChatState, PendingQuery, StoredMessage

JSON = dict[str, Any]

CHAT_ACTIONS = frozenset(
    {
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    }
)
COMMAND_SCOPES = frozenset(
    {
        "default",
        "all_private_chats",
        "all_group_chats",
        "all_chat_administrators",
        "chat",
        "chat_administrators",
        "chat_member",
    }
)
_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same as a "
    "current content and reply markup of the message"
)
QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid"

ScopeKey = tuple[str, int | None, int | None]


_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
)
_RESTRICTIONS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_react_to_messages",
)


def chat_member(user: JSON, status: str) -> JSON:
    """A ChatMember object with the fields Telegram sends for each status."""
    member: JSON = {"status": status, "user": user}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(can_be_edited=False, is_anonymous=False, **dict.fromkeys(_ADMIN_RIGHTS, True))
    elif status == "restricted":
        member.update(is_member=True, until_date=0, can_edit_tag=False, **dict.fromkeys(_RESTRICTIONS, False))
    elif status == "kicked":
        member["until_date"] = 0
    return member


class Described:
    """A result that Telegram accompanies with a top-level ``description`` (setWebhook, deleteWebhook)."""

    def __init__(self, result: Any, description: str) -> None:
        self.result = result
        self.description = description


class BotMethods(UpdateBuilders):
    """Bot API method implementations over the shared state (mixed into FakeTelegram)."""

    def _init_methods(self) -> None:
        self.rate_limiter = RateLimiter(self.limits, self.clock)
        self.throttled: list[Throttle] = []
        self.outbox: list[JSON] = []
        self.answered_callbacks: list[JSON] = []
        self.inline_answers: list[JSON] = []
        self.chat_actions: list[JSON] = []
        self.command_sets: dict[tuple[ScopeKey, str], list[JSON]] = {}
        self.webhook: JSON | None = None
        self.closed_count = 0

    # --- shared checks ------------------------------------------------------------------------------
    def _chat(self, params: Params, *, sending: bool, name: str = "chat_id") -> ChatState:
        chat = self.find_chat(params.get_chat_id(name))
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

    def _markup(self, params: Params) -> JSON | None:
        return validate_reply_markup(
            params.get_json("reply_markup", "reply keyboard markup"),
            strict=self.strict,
            callback_data_max_bytes=self.limits.callback_data_max_bytes,
        )

    def _format(self, source: str | None, parse_mode: str | None, entities: Any, *, caption: bool) -> FormattedText:
        if caption:
            formatted = format_text(source or "", parse_mode, entities, strict=self.strict, empty_error=None)
        else:
            if not source or not source.strip():
                raise bad_request("message text is empty")
            formatted = format_text(source, parse_mode, entities, strict=self.strict)
        limit = self.limits.max_caption_length if caption else self.limits.max_text_length
        if text_length(formatted.text, self.limits.text_length_unit) > limit:
            raise bad_request("message caption is too long" if caption else "message is too long")
        return formatted

    def _caption(self, params: Params) -> FormattedText | None:
        source = params.get_str("caption")
        if source is None or not source.strip():
            return None
        formatted = self._format(
            source,
            params.get_str("parse_mode"),
            params.get_json("caption_entities", "caption entities"),
            caption=True,
        )
        return formatted if formatted.text else None

    def _reply_to(self, params: Params, chat: ChatState) -> int | None:
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

    def _throttle(self, method: str, chat: ChatState) -> None:
        if not self.limits.rate_limits or method not in self.limits.counted_methods:
            return
        self.rate_limiter.limits = self.limits  # a test may have replaced fake.limits
        refused = self.rate_limiter.acquire(chat.id, chat.type)
        if refused is not None:
            retry_after, scope = refused
            self.throttled.append(Throttle(self.clock(), method, chat.id, scope, retry_after))
            raise too_many_requests(retry_after)

    def _bot_message(self, params: Params, *, name: str = "message_id") -> tuple[ChatState, StoredMessage | None]:
        chat = self._chat(params, sending=True)
        message_id = params.get_int(name)
        if message_id is None:
            raise bad_request("message identifier is not specified")
        message = chat.messages.get(message_id)
        if message is not None and message.deleted:
            message = None
        return chat, message

    def _live_query(self, table: dict[str, PendingQuery], query_id: str | None, ttl: float | None) -> PendingQuery:
        query = table.get(query_id or "")
        if query is None or query.answered or (ttl is not None and self.clock() - query.created > ttl):
            raise bad_request(QUERY_TOO_OLD)
        return query

    def _log_outgoing(self, action: str, message: StoredMessage) -> None:
        self.outbox.append({"action": action, **message.record()})

    # --- identity and lifecycle ---------------------------------------------------------------------
    def api_getMe(self, params: Params) -> JSON:
        me = self.bot.to_telegram()
        me.update(
            can_join_groups=True,
            can_read_all_group_messages=not self.group_privacy,
            supports_inline_queries=True,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        return me

    def api_close(self, params: Params) -> bool:
        self.closed_count += 1
        return True

    def api_logOut(self, params: Params) -> bool:
        return True

    def api_getChat(self, params: Params) -> JSON:
        chat = self._chat(params, sending=False)
        info = chat.to_telegram()
        info.update(
            accent_color_id=chat.id % 7 if chat.id > 0 else 0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return info

    def api_getChatMember(self, params: Params) -> JSON:
        chat = self._chat(params, sending=False)
        if chat.type != "private" and chat.bot_status in ("left", "kicked"):
            raise forbidden(f"bot is not a member of the {chat.type} chat")
        user_id = params.get_int("user_id")
        if user_id is None:
            raise bad_request("user_id is empty")
        if user_id == self.bot.id:
            return chat_member(self.bot.to_telegram(), "member" if chat.type == "private" else chat.bot_status)
        user = self.users.get(user_id)
        if user is None or (chat.type == "private" and user_id != chat.id):
            raise bad_request("user not found")
        status = "member" if chat.type == "private" else chat.members.get(user_id, "left")
        return chat_member(user.to_telegram(), status)

    # --- updates and webhooks -----------------------------------------------------------------------
    def _deliverable(self, update: JSON) -> bool:
        kinds = [key for key in update if key != "update_id"]
        return bool(kinds) and kinds[0] in self.allowed_updates

    def poll_ready(self, params: Params) -> bool:
        """Whether getUpdates with these parameters answers at once (long-polling front doors ask)."""
        if self.webhook is not None:
            return True
        try:
            offset = params.get_int("offset")
        except ApiError:
            return True
        allowed = self.allowed_updates
        if params.has("allowed_updates"):
            try:
                requested = params.get_json("allowed_updates", "allowed updates")
            except ApiError:
                return True
            allowed = frozenset(requested) if requested else DEFAULT_ALLOWED_UPDATES
        for update in self.update_queue:
            if offset is not None and offset > 0 and update["update_id"] < offset:
                continue
            kinds = [key for key in update if key != "update_id"]
            if kinds and kinds[0] in allowed:
                return True
        return False

    def api_getUpdates(self, params: Params) -> list[JSON]:
        if self.webhook is not None:
            raise conflict(
                "can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"
            )
        offset = params.get_int("offset")
        limit = min(max(params.get_int("limit", default=100) or 100, 1), 100)
        params.get_int("timeout")  # validated; the waiting happens in the async front doors
        if params.has("allowed_updates"):
            requested = params.get_json("allowed_updates", "allowed updates")
            if not isinstance(requested, list):
                raise bad_request("can't parse allowed updates JSON object")
            self.allowed_updates = frozenset(requested) if requested else DEFAULT_ALLOWED_UPDATES
        if offset is not None and offset > 0:
            self.update_queue[:] = [u for u in self.update_queue if u["update_id"] >= offset]
        elif offset is not None and offset < 0:
            self.update_queue[:] = self.update_queue[offset:]
        # updates of types not allowed are dropped, as Telegram never stores them
        self.update_queue[:] = [u for u in self.update_queue if self._deliverable(u)]
        return self.update_queue[:limit]

    def api_setWebhook(self, params: Params) -> Described:
        url = params.get_str("url") or ""
        if not url:
            self.webhook = None
            return Described(True, "Webhook was deleted")
        parts = urlsplit(url)
        loopback = parts.hostname in ("127.0.0.1", "localhost", "::1")
        if parts.scheme != "https" and not (parts.scheme == "http" and loopback):
            raise bad_request("bad webhook: An HTTPS URL must be provided for webhook")
        if not loopback and parts.port not in (None, 80, 88, 443, 8443):
            raise bad_request("bad webhook: Webhook can be set up only on ports 80, 88, 443 or 8443")
        secret = params.get_str("secret_token")
        if secret is not None and not _SECRET_RE.match(secret):
            raise bad_request("secret token contains unallowed characters")
        allowed = params.get_json("allowed_updates", "allowed updates")
        if allowed is not None:
            self.allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
        if params.get_bool("drop_pending_updates"):
            self.update_queue.clear()
        unchanged = self.webhook is not None and self.webhook["url"] == url
        self.webhook = {
            "url": url,
            "secret_token": secret,
            "max_connections": params.get_int("max_connections", default=40),
            "ip_address": params.get_str("ip_address"),
            "has_custom_certificate": params.has("certificate"),
        }
        return Described(True, "Webhook is already set" if unchanged else "Webhook was set")

    def api_deleteWebhook(self, params: Params) -> Described:
        if params.get_bool("drop_pending_updates"):
            self.update_queue.clear()
        existed = self.webhook is not None
        self.webhook = None
        return Described(True, "Webhook was deleted" if existed else "Webhook is already deleted")

    def api_getWebhookInfo(self, params: Params) -> JSON:
        info: JSON = {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.update_queue),
        }
        if self.webhook is not None:
            info.update(
                url=self.webhook["url"],
                has_custom_certificate=self.webhook["has_custom_certificate"],
                max_connections=self.webhook["max_connections"],
            )
            if self.webhook.get("ip_address"):
                info["ip_address"] = self.webhook["ip_address"]
            if self.webhook.get("last_error_date"):
                info["last_error_date"] = self.webhook["last_error_date"]
                info["last_error_message"] = self.webhook["last_error_message"]
            if self.allowed_updates != DEFAULT_ALLOWED_UPDATES:
                info["allowed_updates"] = sorted(self.allowed_updates)
        return info

    # --- sending and editing ------------------------------------------------------------------------
    def api_sendMessage(self, params: Params) -> JSON:
        markup = self._markup(params)
        chat = self._chat(params, sending=True)
        source = params.get_str("text")
        parse_mode = params.get_str("parse_mode")
        formatted = self._format(source, parse_mode, params.get_json("entities", "entities"), caption=False)
        reply_to = self._reply_to(params, chat)
        self._throttle("sendMessage", chat)
        message = self.new_message(
            chat,
            self.bot.to_telegram(),
            outgoing=True,
            method="sendMessage",
            text=formatted.text,
            source=source,
            parse_mode=parse_mode,
            entities=formatted.entities,
            reply_markup=markup,
            reply_to_message_id=reply_to,
        )
        self._log_outgoing("send", message)
        return self.message_to_telegram(message)

    def api_sendDocument(self, params: Params) -> JSON:
        markup = self._markup(params)
        chat = self._chat(params, sending=True)
        document = params.get_file("document")
        if document is None:
            raise bad_request("there is no document in the request")
        if isinstance(document, UploadedFile):
            if not document.content:
                raise bad_request("file must be non-empty")
            if len(document.content) > self.limits.max_upload_bytes:
                raise ApiError(413, "Request Entity Too Large")
            stored = self.store_file(
                document.content, file_name=document.filename, mime_type=document.content_type or None
            )
        else:
            known = self.files.get(document)
            if known is None:
                if urlsplit(document).scheme in ("http", "https"):
                    raise bad_request("failed to get HTTP URL content")
                raise bad_request("wrong file identifier/HTTP URL specified")
            stored = known
        caption = self._caption(params)
        reply_to = self._reply_to(params, chat)
        self._throttle("sendDocument", chat)
        info: JSON = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
        }
        if stored.file_name:
            info["file_name"] = stored.file_name
        if stored.mime_type:
            info["mime_type"] = stored.mime_type
        message = self.new_message(
            chat,
            self.bot.to_telegram(),
            outgoing=True,
            method="sendDocument",
            caption=caption.text if caption else None,
            source=params.get_str("caption"),
            parse_mode=params.get_str("parse_mode"),
            entities=caption.entities if caption else [],
            reply_markup=markup,
            reply_to_message_id=reply_to,
            media={"document": info},
        )
        self._log_outgoing("send", message)
        return self.message_to_telegram(message)

    def api_editMessageText(self, params: Params) -> JSON | bool:
        markup = self._markup(params)
        if markup is not None and "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected")
        source = params.get_str("text")
        parse_mode = params.get_str("parse_mode")
        if params.has("inline_message_id"):
            self._format(source, parse_mode, params.get_json("entities", "entities"), caption=False)
            self.outbox.append(
                {
                    "action": "edit_inline",
                    "inline_message_id": params.get_str("inline_message_id"),
                    "source": source,
                    "parse_mode": parse_mode,
                    "reply_markup": markup,
                }
            )
            return True
        _, message = self._bot_message(params)
        if message is None:
            raise bad_request("message to edit not found")
        if not message.outgoing:
            raise bad_request("message can't be edited")
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        formatted = self._format(source, parse_mode, params.get_json("entities", "entities"), caption=False)
        if (formatted.text, formatted.entities, markup) == (
            message.text,
            message.entities,
            message.reply_markup,
        ):
            raise bad_request(NOT_MODIFIED)
        message.text, message.source, message.parse_mode = formatted.text, source, parse_mode
        message.entities, message.reply_markup = formatted.entities, markup
        message.edit_date = self.now()
        message.edits += 1
        self._log_outgoing("edit", message)
        return self.message_to_telegram(message)

    def api_editMessageReplyMarkup(self, params: Params) -> JSON | bool:
        markup = self._markup(params)
        if markup is not None:
            validate_inline_keyboard(
                markup, strict=self.strict, callback_data_max_bytes=self.limits.callback_data_max_bytes
            )
        if params.has("inline_message_id"):
            self.outbox.append(
                {
                    "action": "edit_inline_markup",
                    "reply_markup": markup,
                    "inline_message_id": params.get_str("inline_message_id"),
                }
            )
            return True
        _, message = self._bot_message(params)
        if message is None:
            raise bad_request("message to edit not found")
        if not message.outgoing:
            raise bad_request("message can't be edited")
        if markup == message.reply_markup or (not markup and not message.reply_markup):
            raise bad_request(NOT_MODIFIED)
        message.reply_markup = markup
        message.edit_date = self.now()
        message.edits += 1
        self._log_outgoing("edit_markup", message)
        return self.message_to_telegram(message)

    def api_deleteMessage(self, params: Params) -> bool:
        chat, message = self._bot_message(params)
        if message is None:
            raise bad_request("message to delete not found")
        if self.now() - message.date > 48 * 3600:
            raise bad_request("message can't be deleted for everyone")
        if not message.outgoing and chat.type != "private" and chat.bot_status != "administrator":
            raise bad_request("message can't be deleted")
        message.deleted = True
        self._log_outgoing("delete", message)
        return True

    def api_sendChatAction(self, params: Params) -> bool:
        chat = self._chat(params, sending=True)
        action = params.get_str("action")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.chat_actions.append({"chat_id": chat.id, "action": action, "time": self.clock()})
        return True

    # --- queries ------------------------------------------------------------------------------------
    def api_answerCallbackQuery(self, params: Params) -> bool:
        query = self._live_query(
            self.callback_queries, params.get_str("callback_query_id"), self.limits.callback_query_ttl
        )
        query.answered = True
        self.answered_callbacks.append(
            {
                "callback_query_id": query.id,
                "user_id": query.user_id,
                "chat_id": query.chat_id,
                "message_id": query.message_id,
                "text": params.get_str("text"),
                "show_alert": params.get_bool("show_alert"),
                "url": params.get_str("url"),
                "cache_time": params.get_int("cache_time"),
            }
        )
        return True

    def api_answerInlineQuery(self, params: Params) -> bool:
        query = self._live_query(self.inline_queries, params.get_str("inline_query_id"), self.limits.inline_query_ttl)
        results = params.get_json("results", "inline query results")
        if not isinstance(results, list):
            raise bad_request("can't parse inline query results JSON object")
        if len(results) > self.limits.inline_results_max:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict) or not isinstance(result.get("type"), str):
                raise bad_request('can\'t find field "type"')
            result_id = result.get("id")
            max_bytes = self.limits.inline_result_id_max_bytes
            if not isinstance(result_id, str) or not 1 <= len(result_id.encode()) <= max_bytes:
                raise bad_request("RESULT_ID_INVALID")
            if result_id in seen:
                raise bad_request("RESULT_ID_DUPLICATE")
            seen.add(result_id)
            if result["type"] == "article" and not result.get("title"):
                raise bad_request('can\'t find field "title"')
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                self._format(
                    content.get("message_text"),
                    content.get("parse_mode"),
                    content.get("entities"),
                    caption=False,
                )
            if result.get("reply_markup") is not None:
                validate_inline_keyboard(
                    result["reply_markup"],
                    strict=self.strict,
                    callback_data_max_bytes=self.limits.callback_data_max_bytes,
                )
        query.answered = True
        self.inline_answers.append(
            {
                "inline_query_id": query.id,
                "user_id": query.user_id,
                "results": results,
                "cache_time": params.get_int("cache_time"),
                "is_personal": params.get_bool("is_personal"),
                "next_offset": params.get_str("next_offset"),
                "button": params.get_json("button", "button"),
            }
        )
        return True

    # --- commands -----------------------------------------------------------------------------------
    def _scope_key(self, params: Params) -> tuple[ScopeKey, str]:
        scope = params.get_json("scope", "bot command scope") or {"type": "default"}
        if not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES:
            raise bad_request("unsupported bot command scope type")
        chat_id: int | None = None
        user_id: int | None = None
        if scope["type"] in ("chat", "chat_administrators", "chat_member"):
            chat = self._chat(Params(scope), sending=False)
            chat_id = chat.id
            if scope["type"] != "chat" and chat.type == "private":
                raise bad_request("can't use specified scope in private chats")
        if scope["type"] == "chat_member":
            user_id = Params(scope).get_int("user_id", required=True)
        language = params.get_str("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        return (scope["type"], chat_id, user_id), language

    def api_setMyCommands(self, params: Params) -> bool:
        commands = params.get_json("commands", "bot commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse bot commands JSON object")
        if len(commands) > self.limits.max_commands:
            raise bad_request("BOT_COMMANDS_TOO_MUCH")
        cleaned = []
        for command in commands:
            if not isinstance(command, dict):
                raise bad_request("BotCommand should be an Object")
            name, description = command.get("command"), command.get("description")
            if not isinstance(name, str) or not _COMMAND_RE.match(name.lower().removeprefix("/")):
                raise bad_request("BOT_COMMAND_INVALID")
            if not isinstance(description, str) or not 1 <= len(description.strip()) <= 256:
                raise bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
            cleaned.append({"command": name.lower().removeprefix("/"), "description": description.strip()})
        key = self._scope_key(params)
        if cleaned:
            self.command_sets[key] = cleaned
        else:
            self.command_sets.pop(key, None)
        return True

    def api_getMyCommands(self, params: Params) -> list[JSON]:
        return [dict(c) for c in self.command_sets.get(self._scope_key(params), [])]

    def api_deleteMyCommands(self, params: Params) -> bool:
        self.command_sets.pop(self._scope_key(params), None)
        return True

    # --- files --------------------------------------------------------------------------------------
    def api_getFile(self, params: Params) -> JSON:
        file_id = params.get_str("file_id")
        if not file_id:
            raise bad_request("file_id is empty")
        stored = self.files.get(file_id)
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.content) > self.limits.max_download_bytes:
            raise bad_request("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
            "file_path": stored.file_path,
        }
