"""What the fake Telegram remembers: users, chats, messages, files, pending queries, the update queue, the
webhook and command menus, and the record of what the bot did (outbox, answers, chat actions, throttles).

Identifiers follow Telegram's conventions: a private chat's id is the user's id; basic groups have small
negative ids, supergroups and channels ``-100…``; ``message_id`` counts per chat (shared by the users'
and the bot's messages, as in Telegram); ``update_id`` grows by one per update; ``date`` is a Unix time
that moves with the injected clock.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot.fake_telegram.limits import Limits, Throttle

JSON = dict[str, Any]

#: Update types delivered when ``allowed_updates`` is empty or was never set (Telegram's default).
DEFAULT_ALLOWED_UPDATES = frozenset(
    {
        "message",
        "edited_message",
        "channel_post",
        "edited_channel_post",
        "business_connection",
        "business_message",
        "edited_business_message",
        "deleted_business_messages",
        "inline_query",
        "chosen_inline_result",
        "callback_query",
        "shipping_query",
        "pre_checkout_query",
        "purchased_paid_media",
        "poll",
        "poll_answer",
        "my_chat_member",
        "chat_join_request",
        "chat_boost",
        "removed_chat_boost",
    }
)


#: A command scope as stored: (scope type, chat id, user id).
ScopeKey = tuple[str, int | None, int | None]

MEMBER_STATUSES = frozenset({"creator", "administrator", "member", "restricted", "left", "kicked"})


@dataclass
class UserInfo:
    """A Telegram user as the fake knows them."""

    id: int
    first_name: str
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = "en"
    is_bot: bool = False
    is_premium: bool = False

    def to_telegram(self) -> JSON:
        user: JSON = {"id": self.id, "is_bot": self.is_bot, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        if self.language_code and not self.is_bot:
            user["language_code"] = self.language_code
        if self.is_premium:
            user["is_premium"] = True
        return user


@dataclass
class StoredFile:
    """A file Telegram holds: uploaded by the bot or attached to an incoming message."""

    file_id: str
    file_unique_id: str
    content: bytes
    file_path: str
    file_name: str | None = None
    mime_type: str | None = None


@dataclass
class StoredMessage:
    """One message in a chat, with both Telegram's view (text + entities) and the bot's source markup."""

    chat_id: int
    message_id: int
    date: int
    sender: JSON
    outgoing: bool  # sent by the bot
    method: str = ""
    text: str | None = None
    source: str | None = None  # the text/caption exactly as the bot sent it (markup included)
    parse_mode: str | None = None
    entities: list[JSON] = field(default_factory=list)
    caption: str | None = None
    reply_markup: JSON | None = None
    reply_to_message_id: int | None = None
    edit_date: int | None = None
    deleted: bool = False
    edits: int = 0
    media: JSON = field(default_factory=dict)  # e.g. {"document": {...}} or {"photo": [...]}
    extra: JSON = field(default_factory=dict)  # service fields, e.g. migrate_to_chat_id

    def to_telegram(self, chat: JSON, reply_to: StoredMessage | None = None) -> JSON:
        """The Message object as Telegram serialises it."""
        message: JSON = {"message_id": self.message_id, "from": self.sender, "chat": chat, "date": self.date}
        if self.edit_date is not None:
            message["edit_date"] = self.edit_date
        if reply_to is not None:
            message["reply_to_message"] = reply_to.to_telegram(chat)
        message.update(self.media)
        if self.text is not None:
            message["text"] = self.text
            if self.entities:
                message["entities"] = self.entities
        if self.caption is not None:
            message["caption"] = self.caption
            if self.entities:
                message["caption_entities"] = self.entities
        if self.reply_markup and "inline_keyboard" in self.reply_markup:
            message["reply_markup"] = self.reply_markup
        message.update(self.extra)
        return message

    def record(self) -> JSON:
        """A flat dict for test assertions (see ``FakeTelegram.sent_messages``)."""
        return {
            "chat_id": self.chat_id,
            "message_id": self.message_id,
            "date": self.date,
            "method": self.method,
            "text": self.text,
            "caption": self.caption,
            "source": self.source,
            "parse_mode": self.parse_mode,
            "entities": self.entities,
            "reply_markup": self.reply_markup,
            "reply_to_message_id": self.reply_to_message_id,
            "edit_date": self.edit_date,
            "edits": self.edits,
            "deleted": self.deleted,
            "outgoing": self.outgoing,
            **self.media,
        }


@dataclass
class ChatState:
    """A chat the fake knows, and the bot's standing in it."""

    id: int
    type: str  # private, group, supergroup, channel
    title: str | None = None
    username: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    blocked: bool = False  # private: the user blocked the bot
    bot_status: str = "member"  # member, administrator, left, kicked
    migrated_to: int | None = None
    next_message_id: int = 1
    messages: dict[int, StoredMessage] = field(default_factory=dict)
    # Groups: each user's standing (creator, administrator, member, restricted, left, kicked);
    # a user who writes in the group becomes a member unless a test said otherwise.
    members: dict[int, str] = field(default_factory=dict)

    def to_telegram(self) -> JSON:
        chat: JSON = {"id": self.id, "type": self.type}
        if self.type == "private":
            chat["first_name"] = self.first_name or ""
            if self.last_name:
                chat["last_name"] = self.last_name
        else:
            chat["title"] = self.title or ""
        if self.username:
            chat["username"] = self.username
        return chat


@dataclass
class PendingQuery:
    """A callback or inline query waiting for the bot's answer."""

    id: str
    user_id: int
    created: float
    chat_id: int | None = None
    message_id: int | None = None
    answered: bool = False


class TelegramState:
    """Registries, id counters and records shared by the update builders and the Bot API method groups."""

    def __init__(
        self,
        *,
        token: str,
        bot_id: int,
        username: str,
        first_name: str,
        clock: Callable[[], float],
        limits: Limits,
        strict: bool,
        group_privacy: bool,
    ) -> None:
        self.token = token
        self.clock = clock
        self.limits = limits
        self.strict = strict
        self.group_privacy = group_privacy
        self.bot = UserInfo(bot_id, first_name, username=username, language_code=None, is_bot=True)
        self._epoch = time.time() - clock()
        self.users: dict[int, UserInfo] = {}
        self.chats: dict[int, ChatState] = {}
        self.files: dict[str, StoredFile] = {}
        self.files_by_path: dict[str, StoredFile] = {}
        self.update_queue: list[JSON] = []
        self.allowed_updates: frozenset[str] = DEFAULT_ALLOWED_UPDATES
        self.callback_queries: dict[str, PendingQuery] = {}
        self.inline_queries: dict[str, PendingQuery] = {}
        self._next_update_id = 100_000_001
        self._next_query_id = 1
        self._next_file = 1
        self._listeners: list[Callable[[], None]] = []
        # What the bot did, for assertions (written by the method groups).
        self.throttled: list[Throttle] = []
        self.outbox: list[JSON] = []
        self.answered_callbacks: list[JSON] = []
        self.inline_answers: list[JSON] = []
        self.chat_actions: list[JSON] = []
        self.command_sets: dict[tuple[ScopeKey, str], list[JSON]] = {}
        self.webhook: JSON | None = None
        self.closed_count = 0

    # --- time and ids -------------------------------------------------------------------------------
    def now(self) -> int:
        """The current Unix time as Telegram would stamp a message (follows the injected clock)."""
        return int(self._epoch + self.clock())

    def next_update_id(self) -> int:
        self._next_update_id += 1
        return self._next_update_id - 1

    def next_query_id(self) -> str:
        self._next_query_id += 1
        return str(4_000_000_000_000_000_000 + self.bot.id * 1000 + self._next_query_id - 1)

    # --- users and chats ----------------------------------------------------------------------------
    def add_user(
        self,
        user_id: int,
        first_name: str | None = None,
        *,
        last_name: str | None = None,
        username: str | None = None,
        language_code: str | None = "en",
        is_premium: bool = False,
    ) -> UserInfo:
        """Register (or update) a user; also makes their private chat with the bot known."""
        user = UserInfo(
            user_id, first_name or f"User{user_id}", last_name, username, language_code, is_premium=is_premium
        )
        self.users[user_id] = user
        chat = self.chats.get(user_id)
        if chat is None:
            self.chats[user_id] = ChatState(
                user_id, "private", first_name=user.first_name, last_name=last_name, username=username
            )
        return user

    def user(self, user_id: int, language_code: str | None = None) -> UserInfo:
        """The registered user, registering a default one on first use."""
        user = self.users.get(user_id) or self.add_user(user_id, language_code=language_code or "en")
        if language_code and user.language_code != language_code:
            user.language_code = language_code
        return user

    def add_chat(
        self,
        chat_id: int,
        type: str = "private",
        *,
        title: str | None = None,
        username: str | None = None,
        first_name: str | None = None,
        bot_is_admin: bool = False,
    ) -> ChatState:
        """Make a chat known (Telegram answers "chat not found" for chats the bot has never been in)."""
        if type not in ("private", "group", "supergroup", "channel"):
            raise ValueError(f"unknown chat type {type!r}")
        if type == "private":
            if chat_id <= 0:
                raise ValueError("a private chat's id is the user's (positive) id")
            user = self.users.get(chat_id) or self.add_user(chat_id, first_name, username=username)
            return self.chats[user.id]
        if chat_id >= 0:
            raise ValueError("group, supergroup and channel ids are negative")
        chat = self.chats.get(chat_id)
        if chat is None:
            chat = ChatState(chat_id, type, title=title or f"Chat {chat_id}", username=username)
            self.chats[chat_id] = chat
        if bot_is_admin:
            chat.bot_status = "administrator"
        return chat

    def find_chat(self, chat_ref: int | str) -> ChatState | None:
        """A chat by id or ``@username``."""
        if isinstance(chat_ref, int):
            return self.chats.get(chat_ref)
        name = chat_ref.removeprefix("@").lower()
        for chat in self.chats.values():
            if chat.username and chat.username.lower() == name and chat.type != "private":
                return chat
        return None

    def set_member_status(self, chat_id: int, user_id: int, status: str) -> None:
        """A user's standing in a group, as getChatMember reports it (creator, administrator,
        member, restricted, left, kicked); the user is registered if new."""
        if status not in MEMBER_STATUSES:
            raise ValueError(f"unknown member status {status!r}")
        chat = self.chats.get(chat_id)
        if chat is None or chat.type == "private":
            raise ValueError(f"no group {chat_id}")
        self.user(user_id)
        chat.members[user_id] = status

    def block_user(self, user_id: int) -> None:
        """The user blocks the bot: sends to them get 403 "Forbidden: bot was blocked by the user"."""
        self.add_chat(user_id).blocked = True

    def unblock_user(self, user_id: int) -> None:
        self.add_chat(user_id).blocked = False

    def kick_bot(self, chat_id: int) -> None:
        """The bot is removed from a group: sends get 403 "Forbidden: bot was kicked from the ... chat"."""
        chat = self.chats.get(chat_id)
        if chat is None:
            raise KeyError(f"unknown chat {chat_id}")
        chat.bot_status = "kicked"

    # --- messages and files -------------------------------------------------------------------------
    def new_message(self, chat: ChatState, sender: JSON, *, outgoing: bool, **fields: Any) -> StoredMessage:
        message = StoredMessage(chat.id, chat.next_message_id, self.now(), sender, outgoing, **fields)
        chat.next_message_id += 1
        chat.messages[message.message_id] = message
        return message

    def message_to_telegram(self, message: StoredMessage) -> JSON:
        chat = self.chats[message.chat_id]
        reply = chat.messages.get(message.reply_to_message_id) if message.reply_to_message_id else None
        return message.to_telegram(chat.to_telegram(), reply)

    def store_file(
        self,
        content: bytes,
        *,
        kind: str = "documents",
        file_name: str | None = None,
        mime_type: str | None = None,
    ) -> StoredFile:
        """Keep bytes Telegram-side and give them a file_id / file_unique_id / file_path."""
        number = self._next_file
        self._next_file += 1
        digest = hashlib.sha256(content).hexdigest()
        prefix = {"documents": "BQACAgIAAxkBAAI", "photos": "AgACAgIAAxkBAAI", "stickers": "CAACAgIAAxkBAAI"}
        file_id = f"{prefix.get(kind, 'BQACAgIAAxkBAAI')}{number:05d}{digest[:24]}"
        unique_id = f"AgAD{digest[:12]}{number}"
        extension = ""
        if file_name and "." in file_name:
            extension = "." + file_name.rsplit(".", 1)[1]
        elif kind == "photos":
            extension = ".jpg"
        elif kind == "stickers":
            extension = ".webp"
        stored = StoredFile(file_id, unique_id, content, f"{kind}/file_{number}{extension}", file_name, mime_type)
        self.files[file_id] = stored
        self.files_by_path[stored.file_path] = stored
        return stored

    # --- the update queue ---------------------------------------------------------------------------
    def enqueue(self, update: JSON) -> JSON:
        """Queue an update for getUpdates (or for webhook delivery) and wake long-polling waiters."""
        self.update_queue.append(update)
        self.update_queue.sort(key=lambda u: u["update_id"])
        for listener in list(self._listeners):
            listener()
        return update

    def add_listener(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` whenever an update is enqueued (front doors use it to end long polls)."""
        self._listeners.append(callback)

    def remove_listener(self, callback: Callable[[], None]) -> None:
        if callback in self._listeners:
            self._listeners.remove(callback)
