"""Bot API methods about files: getFile (the download itself is ``FakeTelegram.download``)."""

from __future__ import annotations

from typing import Any

from bot.fake_telegram.checks import RequestChecks
from bot.fake_telegram.errors import bad_request
from bot.fake_telegram.params import Params
from bot.fake_telegram.state import (
    TelegramState,
)

JSON = dict[str, Any]


class FileMethods:
    """getFile."""

    def __init__(self, state: TelegramState, checks: RequestChecks) -> None:
        self.state = state
        self.checks = checks

    def get_file(self, params: Params) -> JSON:
        file_id = params.get_str("file_id")
        if not file_id:
            raise bad_request("file_id is empty")
        stored = self.state.files.get(file_id)
        if stored is None:
            raise bad_request("invalid file_id")
        if len(stored.content) > self.state.limits.max_download_bytes:
            raise bad_request("file is too big")
        return {
            "file_id": stored.file_id,
            "file_unique_id": stored.file_unique_id,
            "file_size": len(stored.content),
            "file_path": stored.file_path,
        }
