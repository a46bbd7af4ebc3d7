"""Who may change a group's digest: the group's administrators, asked of Telegram
(``getChatMember``) and remembered briefly per (chat, user), so that a burst of button presses
costs one request and a demoted administrator loses the right within a minute."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable

ADMIN_STATUSES = frozenset({"creator", "administrator"})
TTL_SECONDS = 60.0
MAX_ENTRIES = 10_000  # oldest first out: memory stays bounded however many users press buttons


class ChatAdminCache:
    """(chat, user) -> is an administrator, for ``ttl`` seconds."""

    def __init__(
        self, ttl: float = TTL_SECONDS, clock: Callable[[], float] = time.monotonic, max_entries: int = MAX_ENTRIES
    ) -> None:
        self.ttl = ttl
        self.clock = clock
        self.max_entries = max_entries
        self._entries: OrderedDict[tuple[int, int], tuple[float, bool]] = OrderedDict()

    def get(self, chat_id: int, user_id: int) -> bool | None:
        """The remembered answer, or None when unknown or older than the TTL."""
        entry = self._entries.get((chat_id, user_id))
        if entry is None:
            return None
        expires, is_admin = entry
        if self.clock() >= expires:
            del self._entries[(chat_id, user_id)]
            return None
        return is_admin

    def put(self, chat_id: int, user_id: int, is_admin: bool) -> None:
        key = (chat_id, user_id)
        self._entries.pop(key, None)
        self._entries[key] = (self.clock() + self.ttl, is_admin)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
