"""Incoming updates shaped exactly like Telegram's, for ``Update.de_json`` and for the getUpdates queue.

Every builder registers what it implies (the user, the chat, the message under its per-chat
``message_id``, uploaded files, the pending callback/inline query), assigns the next ``update_id`` and
returns the update dict. It does **not** queue it: hand it to ``app.process_update(Update.de_json(u, bot))``
directly, or to ``fake.enqueue(u)`` for polling/webhook delivery (``enqueue`` returns the update, so
``fake.enqueue(fake.user_message("/start"))`` reads naturally).

Realism kept on purpose: commands carry a ``bot_command`` entity (``/cmd@botname`` included in its length),
``@username`` a ``mention`` entity, links a ``url`` entity, offsets in UTF-16; a callback query can only
press a button that exists on a message the bot sent; in groups with privacy mode on (the default for
bots) a message the bot would not receive raises :class:`UndeliverableUpdate`.
"""

from __future__ import annotations

import re
from typing import Any

from bot.fake_telegram.formatting import utf16_len
from bot.fake_telegram.keyboards import inline_buttons
from bot.fake_telegram.state import ChatState, PendingQuery, StoredMessage, TelegramState

JSON = dict[str, Any]

DEFAULT_USER_ID = 1001
DEFAULT_GROUP_IDS = {"group": -4001, "supergroup": -1001000000001, "channel": -1001000000002}

_ENTITY_PATTERNS = (
    ("bot_command", re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")),
    ("mention", re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}(?!\w)")),
    ("hashtag", re.compile(r"(?<![\w#])#\w*[^\W\d]\w*")),
    ("url", re.compile(r"\bhttps?://[^\s<>\"]+[^\s<>\".,;:!?)\]]")),
)


class UndeliverableUpdate(ValueError):
    """Telegram would not deliver this update to the bot (e.g. plain group chatter under privacy mode)."""


def detect_entities(text: str) -> list[JSON]:
    """The entities Telegram's clients attach to typed text: commands, @mentions, #hashtags, links."""
    found: list[JSON] = []
    for kind, pattern in _ENTITY_PATTERNS:
        for match in pattern.finditer(text):
            offset = utf16_len(text[: match.start()])
            found.append({"type": kind, "offset": offset, "length": utf16_len(match.group())})
    found.sort(key=lambda e: e["offset"])
    return found


class UpdateBuilders:
    """Builders of incoming updates over the fake's state (``FakeTelegram`` forwards its builder methods here)."""

    def __init__(self, state: TelegramState) -> None:
        self.state = state

    # --- helpers ------------------------------------------------------------------------------------
    def _conversation(
        self,
        user_id: int,
        chat_id: int | None,
        chat_type: str,
        language_code: str | None,
        first_name: str | None = None,
        username: str | None = None,
        chat_title: str | None = None,
    ) -> tuple[JSON, ChatState]:
        user = self.state.users.get(user_id)
        if user is None:
            user = self.state.add_user(user_id, first_name, username=username, language_code=language_code)
        else:
            if language_code:
                user.language_code = language_code
            if first_name:
                user.first_name = first_name
            if username:
                user.username = username
        if chat_type == "channel":
            raise ValueError("users do not send messages in channels (channel posts are not built here)")
        if chat_type == "private":
            if chat_id is not None and chat_id != user_id:
                raise ValueError("in a private chat, chat_id is the user's id")
            chat = self.state.add_chat(user_id)
        else:
            chat_id = chat_id if chat_id is not None else DEFAULT_GROUP_IDS.get(chat_type)
            if chat_id is None:
                raise ValueError(f"unknown chat type {chat_type!r}")
            chat = self.state.chats.get(chat_id) or self.state.add_chat(chat_id, chat_type, title=chat_title)
            chat.members.setdefault(user.id, "member")  # whoever writes in a group is in it
        if chat.migrated_to is not None:
            raise UndeliverableUpdate(f"chat {chat.id} was upgraded to supergroup {chat.migrated_to}")
        return user.to_telegram(), chat

    def _update(self, kind: str, payload: JSON) -> JSON:
        return {"update_id": self.state.next_update_id(), kind: payload}

    def _message_update(self, message: StoredMessage, kind: str = "message") -> JSON:
        return self._update(kind, self.state.message_to_telegram(message))

    def _check_privacy(self, chat: ChatState, text: str, entities: list[JSON], reply_to: int | None) -> None:
        if (
            chat.type not in ("group", "supergroup")
            or not self.state.group_privacy
            or chat.bot_status == "administrator"
        ):
            return
        me = (self.state.bot.username or "").lower()
        for entity in entities:
            if entity["type"] == "bot_command":
                command = text.encode("utf-16-le", "surrogatepass")[
                    entity["offset"] * 2 : (entity["offset"] + entity["length"]) * 2
                ]
                _, _, target = command.decode("utf-16-le").partition("@")
                if not target or target.lower() == me:
                    return
        if reply_to is not None:
            replied = chat.messages.get(reply_to)
            if replied is not None and replied.outgoing:
                return
        raise UndeliverableUpdate(
            "with privacy mode on, a bot in a group receives only commands, replies to its messages and "
            "service messages; make the bot an admin (add_chat(..., bot_is_admin=True)) or pass "
            "FakeTelegram(group_privacy=False)"
        )

    # --- builders -----------------------------------------------------------------------------------
    def user_message(
        self,
        text: str,
        *,
        user_id: int = DEFAULT_USER_ID,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
        first_name: str | None = None,
        username: str | None = None,
        reply_to: int | None = None,
        chat_title: str | None = None,
    ) -> JSON:
        """A text message from a user (``reply_to`` = message_id in the same chat being replied to)."""
        sender, chat = self._conversation(user_id, chat_id, chat_type, language_code, first_name, username, chat_title)
        entities = detect_entities(text)
        self._check_privacy(chat, text, entities, reply_to)
        if reply_to is not None and reply_to not in chat.messages:
            raise ValueError(f"no message {reply_to} in chat {chat.id} to reply to")
        message = self.state.new_message(
            chat,
            sender,
            outgoing=False,
            text=text,
            source=text,
            entities=entities,
            reply_to_message_id=reply_to,
        )
        return self._message_update(message)

    def document_message(
        self,
        file_name: str,
        content: bytes,
        *,
        mime_type: str | None = None,
        caption: str | None = None,
        user_id: int = DEFAULT_USER_ID,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
    ) -> JSON:
        """A user sends a file; its bytes are kept so getFile and the file download return them."""
        sender, chat = self._conversation(user_id, chat_id, chat_type, language_code)
        self._check_privacy(chat, caption or "", detect_entities(caption or ""), None)
        stored = self.state.store_file(content, kind="documents", file_name=file_name, mime_type=mime_type)
        document: JSON = {
            "file_name": file_name,
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(content),
        }
        if mime_type:
            document["mime_type"] = mime_type
        message = self.state.new_message(
            chat,
            sender,
            outgoing=False,
            caption=caption,
            source=caption,
            entities=detect_entities(caption) if caption else [],
            media={"document": document},
        )
        return self._message_update(message)

    def photo_message(
        self,
        content: bytes = b"\xff\xd8\xff\xe0fake-jpeg",
        *,
        caption: str | None = None,
        user_id: int = DEFAULT_USER_ID,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
    ) -> JSON:
        """A photo in three sizes, as Telegram delivers it."""
        sender, chat = self._conversation(user_id, chat_id, chat_type, language_code)
        self._check_privacy(chat, caption or "", detect_entities(caption or ""), None)
        sizes = []
        for side in (90, 320, 800):
            stored = self.state.store_file(content, kind="photos")
            sizes.append(
                {
                    "file_id": stored.file_id,
                    "file_unique_id": stored.file_unique_id,
                    "file_size": len(content),
                    "width": side,
                    "height": side,
                }
            )
        message = self.state.new_message(
            chat, sender, outgoing=False, caption=caption, source=caption, media={"photo": sizes}
        )
        return self._message_update(message)

    def sticker_message(
        self,
        emoji: str = "👍",
        *,
        set_name: str | None = "CisTestStickers",
        user_id: int = DEFAULT_USER_ID,
        chat_id: int | None = None,
        chat_type: str = "private",
        language_code: str | None = "en",
    ) -> JSON:
        """A regular static sticker."""
        sender, chat = self._conversation(user_id, chat_id, chat_type, language_code)
        self._check_privacy(chat, "", [], None)
        stored = self.state.store_file(b"RIFF\x00\x00\x00\x00WEBPfake", kind="stickers")
        sticker: JSON = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": emoji,
            "file_size": len(stored.content),
        }
        if set_name:
            sticker["set_name"] = set_name
        message = self.state.new_message(chat, sender, outgoing=False, media={"sticker": sticker})
        return self._message_update(message)

    def edited_message(self, chat_id: int, message_id: int, text: str) -> JSON:
        """The user edits one of their own text messages."""
        chat = self.state.chats.get(chat_id)
        message = chat.messages.get(message_id) if chat else None
        if message is None or message.outgoing or message.text is None:
            raise ValueError(f"no user text message {message_id} in chat {chat_id}")
        message.text = message.source = text
        message.entities = detect_entities(text)
        message.edit_date = self.state.now()
        message.edits += 1
        return self._message_update(message, "edited_message")

    def callback_query(
        self,
        chat_id: int,
        message_id: int,
        data: str | None = None,
        *,
        button_text: str | None = None,
        user_id: int | None = None,
    ) -> JSON:
        """A user presses an inline button (by ``data`` or by ``button_text``) on a message the bot sent."""
        chat = self.state.chats.get(chat_id)
        message = chat.messages.get(message_id) if chat else None
        if chat is None or message is None or message.deleted or not message.outgoing:
            raise ValueError(f"the bot has no message {message_id} in chat {chat_id}")
        buttons = [b for b in inline_buttons(message.reply_markup) if "callback_data" in b]
        chosen = [
            b
            for b in buttons
            if (data is None or b["callback_data"] == data) and (button_text is None or b["text"] == button_text)
        ]
        if not chosen or (data is None and button_text is None):
            offered = [(b["text"], b["callback_data"]) for b in buttons]
            raise ValueError(f"no such callback button on message {message_id}; it has {offered}")
        presser = user_id if user_id is not None else (chat_id if chat.type == "private" else DEFAULT_USER_ID)
        sender = self.state.user(presser).to_telegram()
        query = PendingQuery(self.state.next_query_id(), presser, self.state.clock(), chat_id, message_id)
        self.state.callback_queries[query.id] = query
        payload = {
            "id": query.id,
            "from": sender,
            "message": self.state.message_to_telegram(message),
            "chat_instance": str(abs(hash((self.state.bot.id, chat_id))) % 10**19),
            "data": chosen[0]["callback_data"],
        }
        return self._update("callback_query", payload)

    def inline_query(
        self,
        query: str,
        *,
        user_id: int = DEFAULT_USER_ID,
        offset: str = "",
        chat_type: str | None = "sender",
        language_code: str | None = "en",
    ) -> JSON:
        """A user types ``@bot query`` in some chat."""
        sender = self.state.user(user_id, language_code).to_telegram()
        pending = PendingQuery(self.state.next_query_id(), user_id, self.state.clock())
        self.state.inline_queries[pending.id] = pending
        payload: JSON = {"id": pending.id, "from": sender, "query": query, "offset": offset}
        if chat_type:
            payload["chat_type"] = chat_type
        return self._update("inline_query", payload)

    def my_chat_member(
        self, user_id: int = DEFAULT_USER_ID, *, blocked: bool = True, chat_id: int | None = None
    ) -> JSON:
        """The bot's membership changes: in a private chat the user blocks (or unblocks) the bot; in a group
        (``chat_id``) the user removes (or adds) it. The fake's state changes accordingly."""
        actor = self.state.user(user_id).to_telegram()
        chat = self.state.add_chat(user_id) if chat_id is None else self.state.chats.get(chat_id)
        if chat is None:
            raise ValueError(f"unknown chat {chat_id}")
        me = self.state.bot.to_telegram()
        old_status = chat.bot_status if not chat.blocked else "kicked"
        if chat.type == "private":
            chat.blocked = blocked
            new_status = "kicked" if blocked else "member"
        else:
            new_status = "kicked" if blocked else "member"
            chat.bot_status = new_status

        def member(status: str) -> JSON:
            entry: JSON = {"status": status, "user": me}
            if status == "kicked":
                entry["until_date"] = 0
            return entry

        payload = {
            "chat": chat.to_telegram(),
            "from": actor,
            "date": self.state.now(),
            "old_chat_member": member(old_status),
            "new_chat_member": member(new_status),
        }
        return self._update("my_chat_member", payload)

    def migrate_group(self, old_id: int, new_id: int, *, user_id: int = DEFAULT_USER_ID) -> list[JSON]:
        """A basic group becomes a supergroup: sends to ``old_id`` then get 400 with ``migrate_to_chat_id``.

        Returns Telegram's two service-message updates (``migrate_to_chat_id`` in the old chat,
        ``migrate_from_chat_id`` in the new one); they are not queued.
        """
        old = self.state.chats.get(old_id) or self.state.add_chat(old_id, "group")
        if old.type != "group":
            raise ValueError("only basic groups migrate to supergroups")
        if not str(new_id).startswith("-100"):
            raise ValueError("supergroup ids look like -100XXXXXXXXXX")
        new = self.state.chats.get(new_id) or self.state.add_chat(new_id, "supergroup", title=old.title)
        new.bot_status = old.bot_status
        new.members.update(old.members)  # the members and their standing move along
        old.migrated_to = new_id
        actor = self.state.user(user_id).to_telegram()
        first = self.state.new_message(old, actor, outgoing=False, extra={"migrate_to_chat_id": new_id})
        second = self.state.new_message(new, actor, outgoing=False, extra={"migrate_from_chat_id": old_id})
        return [self._message_update(first), self._message_update(second)]
