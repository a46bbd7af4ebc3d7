"""Bot API methods of the command menu, stored per scope and language: setMyCommands, getMyCommands,
deleteMyCommands.
"""

from __future__ import annotations

import re
from typing import Any

from bot.fake_telegram.checks import RequestChecks
from bot.fake_telegram.errors import bad_request
from bot.fake_telegram.params import Params
from bot.fake_telegram.state import (
    ScopeKey,
    TelegramState,
)

JSON = dict[str, Any]
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


class CommandMethods:
    """The command lists by (scope, language)."""

    def __init__(self, state: TelegramState, checks: RequestChecks) -> None:
        self.state = state
        self.checks = checks

    def scope_key(self, params: Params) -> tuple[ScopeKey, str]:
        scope = params.get_json("scope", "bot command scope") or {"type": "default"}
        if not isinstance(scope, dict) or scope.get("type") not in COMMAND_SCOPES:
            raise bad_request("unsupported bot command scope type")
        chat_id: int | None = None
        user_id: int | None = None
        if scope["type"] in ("chat", "chat_administrators", "chat_member"):
            chat = self.checks.chat(Params(scope), sending=False)
            chat_id = chat.id
            if scope["type"] != "chat" and chat.type == "private":
                raise bad_request("can't use specified scope in private chats")
        if scope["type"] == "chat_member":
            user_id = Params(scope).get_int("user_id", required=True)
        language = params.get_str("language_code") or ""
        if language and not re.fullmatch(r"[a-z]{2}", language):
            raise bad_request("invalid language code specified")
        return (scope["type"], chat_id, user_id), language

    def set_my_commands(self, params: Params) -> bool:
        commands = params.get_json("commands", "bot commands")
        if not isinstance(commands, list):
            raise bad_request("can't parse bot commands JSON object")
        if len(commands) > self.state.limits.max_commands:
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
        key = self.scope_key(params)
        if cleaned:
            self.state.command_sets[key] = cleaned
        else:
            self.state.command_sets.pop(key, None)
        return True

    def get_my_commands(self, params: Params) -> list[JSON]:
        return [dict(c) for c in self.state.command_sets.get(self.scope_key(params), [])]

    def delete_my_commands(self, params: Params) -> bool:
        self.state.command_sets.pop(self.scope_key(params), None)
        return True
