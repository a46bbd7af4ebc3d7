"""Reading Bot API parameters the way Telegram does, whatever transport carried them.

PTB 22 posts every parameter as a form field whose value is a plain string for strings and JSON for
everything else (numbers, booleans, objects), plus multipart parts for uploads; other clients post a
JSON body with native types. :class:`Params` accepts both: ``get_int("chat_id")`` takes ``123`` or
``"123"``, ``get_json("reply_markup", ...)`` takes a dict or its JSON text. Uploaded files arrive as
:class:`UploadedFile`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.fake_telegram.errors import ApiError, bad_request


@dataclass(frozen=True)
class UploadedFile:
    """One multipart file part: its field name, the client's file name, MIME type and bytes."""

    field: str
    filename: str
    content_type: str
    content: bytes

    def summary(self) -> dict[str, Any]:
        """A JSON-friendly description (no bytes), used in request logs."""
        return {"filename": self.filename, "content_type": self.content_type, "size": len(self.content)}


_TRUE = {"true", "1", "yes", "on"}
_FALSE = {"false", "0", "no", "off", ""}


class Params:
    """Typed, Telegram-tolerant access to one request's parameters."""

    def __init__(self, raw: Mapping[str, Any]) -> None:
        self.raw: dict[str, Any] = dict(raw)

    def has(self, name: str) -> bool:
        value = self.raw.get(name)
        return value is not None and value != ""

    def _missing(self, name: str) -> ApiError:
        return bad_request(f'parameter "{name}" is required')

    def get_str(self, name: str, *, required: bool = False) -> str | None:
        value = self.raw.get(name)
        if value is None:
            if required:
                raise self._missing(name)
            return None
        if isinstance(value, UploadedFile):
            raise bad_request(f'parameter "{name}" must be a string')
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int | float | str):
            return str(value)
        return json.dumps(value)

    def get_int(self, name: str, *, required: bool = False, default: int | None = None) -> int | None:
        value = self.raw.get(name)
        if value is None or value == "":
            if required:
                raise self._missing(name)
            return default
        if isinstance(value, bool):
            return int(value)
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str):
            try:
                return int(value.strip())
            except ValueError:
                pass
        raise bad_request(f'parameter "{name}" must be an integer')

    def require_int(self, name: str) -> int:
        value = self.get_int(name, required=True)
        assert value is not None
        return value

    def get_float(self, name: str, *, default: float | None = None) -> float | None:
        value = self.raw.get(name)
        if value is None or value == "":
            return default
        try:
            return float(value)
        except (TypeError, ValueError):
            raise bad_request(f'parameter "{name}" must be a number') from None

    def get_bool(self, name: str, default: bool = False) -> bool:
        value = self.raw.get(name)
        if value is None:
            return default
        if isinstance(value, bool):
            return value
        if isinstance(value, int):
            return value != 0
        if isinstance(value, str) and value.strip().lower() in _TRUE:
            return True
        if isinstance(value, str) and value.strip().lower() in _FALSE:
            return False
        raise bad_request(f'parameter "{name}" must be a Boolean')

    def get_json(self, name: str, what: str) -> Any:
        """A JSON-valued parameter (object or array); ``what`` names it in Telegram's parse error."""
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, str):
            try:
                return json.loads(value)
            except ValueError:
                raise bad_request(f"can't parse {what} JSON object") from None
        if isinstance(value, UploadedFile):
            raise bad_request(f"can't parse {what} JSON object")
        return value

    def get_file(self, name: str) -> UploadedFile | str | None:
        """An input file: an upload, an ``attach://`` reference resolved to its part, or a file_id / URL."""
        value = self.raw.get(name)
        if value is None or value == "":
            return None
        if isinstance(value, UploadedFile):
            return value
        text = str(value)
        if text.startswith("attach://"):
            attached = self.raw.get(text.removeprefix("attach://"))
            if isinstance(attached, UploadedFile):
                return attached
            raise bad_request(f'file "{text}" not found in the request')
        return text

    def get_chat_id(self, name: str = "chat_id") -> int | str:
        """An integer chat id or an ``@username``; Telegram's wording when absent."""
        value = self.raw.get(name)
        if value is None or value == "":
            raise bad_request(f"{name} is empty")
        if isinstance(value, bool):
            raise bad_request("chat not found")
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text.startswith("@"):
            return text
        try:
            return int(text)
        except ValueError:
            raise bad_request("chat not found") from None

    def loggable(self) -> dict[str, Any]:
        """The parameters with uploads replaced by their summaries (for request logs and JSON dumps)."""
        return {key: value.summary() if isinstance(value, UploadedFile) else value for key, value in self.raw.items()}
