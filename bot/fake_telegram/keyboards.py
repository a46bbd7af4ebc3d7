"""Validation of ``reply_markup`` (inline keyboards, reply keyboards, remove/force-reply) like the Bot API.

Checked: the object shape (``inline_keyboard`` must be an Array of Arrays of button objects), each inline
button has a ``text`` and an action (a text-only inline button is "text buttons are unallowed in the
inline keyboard"), ``callback_data`` is 1–64 bytes of UTF-8 ("BUTTON_DATA_INVALID"), ``url`` is an
http(s)/tg link ("BUTTON_URL_INVALID"). Telegram silently uses the first of several actions on one
button; in ``strict`` mode that is an error instead (the fake's own wording).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from bot.fake_telegram.errors import bad_request

INLINE_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
CALLBACK_DATA_MAX_BYTES = 64


def _valid_button_url(url: Any) -> bool:
    if not isinstance(url, str) or not url or any(ch.isspace() for ch in url):
        return False
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        return bool(parts.netloc)
    return scheme == "tg"


def validate_inline_keyboard(
    markup: dict[str, Any], *, strict: bool = False, callback_data_max_bytes: int = CALLBACK_DATA_MAX_BYTES
) -> None:
    rows = markup.get("inline_keyboard")
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "inline_keyboard" of the InlineKeyboardMarkup should be an Array of Arrays')
    for row in rows:
        for button in row:
            if not isinstance(button, dict):
                raise bad_request("InlineKeyboardButton should be an Object")
            text = button.get("text")
            if not isinstance(text, str):
                raise bad_request('can\'t find field "text"')
            actions = [name for name in INLINE_ACTIONS if button.get(name) is not None]
            if not actions:
                raise bad_request("text buttons are unallowed in the inline keyboard")
            if strict and len(actions) > 1:
                raise bad_request(f"inline keyboard button has more than one action: {', '.join(actions)}")
            action = actions[0]
            if action == "callback_data":
                data = button["callback_data"]
                size = len(data.encode("utf-8")) if isinstance(data, str) else -1
                if not 1 <= size <= callback_data_max_bytes:
                    raise bad_request("BUTTON_DATA_INVALID")
            elif action == "url" and not _valid_button_url(button["url"]):
                raise bad_request("BUTTON_URL_INVALID")


def _validate_reply_keyboard(markup: dict[str, Any]) -> None:
    rows = markup.get("keyboard")
    if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
        raise bad_request('field "keyboard" of the ReplyKeyboardMarkup should be an Array of Arrays')
    for row in rows:
        for button in row:
            if isinstance(button, str):
                continue
            if not isinstance(button, dict):
                raise bad_request("KeyboardButton should be a String or an Object")
            if not isinstance(button.get("text"), str):
                raise bad_request('can\'t find field "text"')


def validate_reply_markup(
    markup: Any, *, strict: bool = False, callback_data_max_bytes: int = CALLBACK_DATA_MAX_BYTES
) -> dict[str, Any] | None:
    """Check a decoded ``reply_markup``; return it (or None when absent). Raises ApiError 400."""
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        validate_inline_keyboard(markup, strict=strict, callback_data_max_bytes=callback_data_max_bytes)
    elif "keyboard" in markup:
        _validate_reply_keyboard(markup)
    elif "remove_keyboard" in markup or "force_reply" in markup:
        pass
    else:
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup


def inline_buttons(markup: dict[str, Any] | None) -> list[dict[str, Any]]:
    """All buttons of an inline keyboard, row by row (empty for other markups)."""
    if not markup or "inline_keyboard" not in markup:
        return []
    return [button for row in markup["inline_keyboard"] for button in row]
