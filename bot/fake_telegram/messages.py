"""Bot API methods that send, edit and delete the bot's messages, and chat actions.

Every outgoing change is logged once, by :meth:`MessageMethods.log_outgoing`, into the state's ``outbox``
(the test suite's fingerprint hook wraps that method).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from bot.fake_telegram.checks import RequestChecks
from bot.fake_telegram.errors import ApiError, bad_request
from bot.fake_telegram.keyboards import validate_inline_keyboard
from bot.fake_telegram.params import Params, UploadedFile
from bot.fake_telegram.state import (
    StoredMessage,
    TelegramState,
)

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
NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the same as a "
    "current content and reply markup of the message"
)


class MessageMethods:
    """sendMessage, sendDocument, editMessageText, editMessageReplyMarkup, deleteMessage, sendChatAction."""

    def __init__(self, state: TelegramState, checks: RequestChecks) -> None:
        self.state = state
        self.checks = checks

    def log_outgoing(self, action: str, message: StoredMessage) -> None:
        self.state.outbox.append({"action": action, **message.record()})

    def send_message(self, params: Params) -> JSON:
        markup = self.checks.markup(params)
        chat = self.checks.chat(params, sending=True)
        source = params.get_str("text")
        parse_mode = params.get_str("parse_mode")
        formatted = self.checks.format(source, parse_mode, params.get_json("entities", "entities"), caption=False)
        reply_to = self.checks.reply_to(params, chat)
        self.checks.throttle("sendMessage", chat)
        message = self.state.new_message(
            chat,
            self.state.bot.to_telegram(),
            outgoing=True,
            method="sendMessage",
            text=formatted.text,
            source=source,
            parse_mode=parse_mode,
            entities=formatted.entities,
            reply_markup=markup,
            reply_to_message_id=reply_to,
        )
        self.log_outgoing("send", message)
        return self.state.message_to_telegram(message)

    def send_document(self, params: Params) -> JSON:
        markup = self.checks.markup(params)
        chat = self.checks.chat(params, sending=True)
        document = params.get_file("document")
        if document is None:
            raise bad_request("there is no document in the request")
        if isinstance(document, UploadedFile):
            if not document.content:
                raise bad_request("file must be non-empty")
            if len(document.content) > self.state.limits.max_upload_bytes:
                raise ApiError(413, "Request Entity Too Large")
            stored = self.state.store_file(
                document.content, file_name=document.filename, mime_type=document.content_type or None
            )
        else:
            known = self.state.files.get(document)
            if known is None:
                if urlsplit(document).scheme in ("http", "https"):
                    raise bad_request("failed to get HTTP URL content")
                raise bad_request("wrong file identifier/HTTP URL specified")
            stored = known
        caption = self.checks.caption(params)
        reply_to = self.checks.reply_to(params, chat)
        self.checks.throttle("sendDocument", chat)
        info: JSON = {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
        }
        if stored.file_name:
            info["file_name"] = stored.file_name
        if stored.mime_type:
            info["mime_type"] = stored.mime_type
        message = self.state.new_message(
            chat,
            self.state.bot.to_telegram(),
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
        self.log_outgoing("send", message)
        return self.state.message_to_telegram(message)

    def edit_message_text(self, params: Params) -> JSON | bool:
        markup = self.checks.markup(params)
        if markup is not None and "inline_keyboard" not in markup:
            raise bad_request("inline keyboard expected")
        source = params.get_str("text")
        parse_mode = params.get_str("parse_mode")
        if params.has("inline_message_id"):
            self.checks.format(source, parse_mode, params.get_json("entities", "entities"), caption=False)
            self.state.outbox.append(
                {
                    "action": "edit_inline",
                    "inline_message_id": params.get_str("inline_message_id"),
                    "source": source,
                    "parse_mode": parse_mode,
                    "reply_markup": markup,
                }
            )
            return True
        _, message = self.checks.bot_message(params)
        if message is None:
            raise bad_request("message to edit not found")
        if not message.outgoing:
            raise bad_request("message can't be edited")
        if message.text is None:
            raise bad_request("there is no text in the message to edit")
        formatted = self.checks.format(source, parse_mode, params.get_json("entities", "entities"), caption=False)
        if (formatted.text, formatted.entities, markup) == (
            message.text,
            message.entities,
            message.reply_markup,
        ):
            raise bad_request(NOT_MODIFIED)
        message.text, message.source, message.parse_mode = formatted.text, source, parse_mode
        message.entities, message.reply_markup = formatted.entities, markup
        message.edit_date = self.state.now()
        message.edits += 1
        self.log_outgoing("edit", message)
        return self.state.message_to_telegram(message)

    def edit_message_reply_markup(self, params: Params) -> JSON | bool:
        markup = self.checks.markup(params)
        if markup is not None:
            validate_inline_keyboard(
                markup, strict=self.state.strict, callback_data_max_bytes=self.state.limits.callback_data_max_bytes
            )
        if params.has("inline_message_id"):
            self.state.outbox.append(
                {
                    "action": "edit_inline_markup",
                    "reply_markup": markup,
                    "inline_message_id": params.get_str("inline_message_id"),
                }
            )
            return True
        _, message = self.checks.bot_message(params)
        if message is None:
            raise bad_request("message to edit not found")
        if not message.outgoing:
            raise bad_request("message can't be edited")
        if markup == message.reply_markup or (not markup and not message.reply_markup):
            raise bad_request(NOT_MODIFIED)
        message.reply_markup = markup
        message.edit_date = self.state.now()
        message.edits += 1
        self.log_outgoing("edit_markup", message)
        return self.state.message_to_telegram(message)

    def delete_message(self, params: Params) -> bool:
        chat, message = self.checks.bot_message(params)
        if message is None:
            raise bad_request("message to delete not found")
        if self.state.now() - message.date > 48 * 3600:
            raise bad_request("message can't be deleted for everyone")
        if not message.outgoing and chat.type != "private" and chat.bot_status != "administrator":
            raise bad_request("message can't be deleted")
        message.deleted = True
        self.log_outgoing("delete", message)
        return True

    def send_chat_action(self, params: Params) -> bool:
        chat = self.checks.chat(params, sending=True)
        action = params.get_str("action")
        if action not in CHAT_ACTIONS:
            raise bad_request("wrong parameter action in request")
        self.state.chat_actions.append({"chat_id": chat.id, "action": action, "time": self.state.clock()})
        return True
