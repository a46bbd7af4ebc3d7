"""Bot API methods that hand updates to the bot: getUpdates (long polling) and the webhook methods.

The waiting of a long poll happens in the async front doors (``gateway.py``); ``poll_ready`` tells them
whether a getUpdates call would answer at once.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from bot.fake_telegram.checks import RequestChecks
from bot.fake_telegram.errors import ApiError, Described, bad_request, conflict
from bot.fake_telegram.params import Params
from bot.fake_telegram.state import (
    DEFAULT_ALLOWED_UPDATES,
    TelegramState,
)

JSON = dict[str, Any]
_SECRET_RE = re.compile(r"^[A-Za-z0-9_-]{1,256}$")


class UpdateMethods:
    """getUpdates, setWebhook, deleteWebhook, getWebhookInfo."""

    def __init__(self, state: TelegramState, checks: RequestChecks) -> None:
        self.state = state
        self.checks = checks

    def _deliverable(self, update: JSON) -> bool:
        kinds = [key for key in update if key != "update_id"]
        return bool(kinds) and kinds[0] in self.state.allowed_updates

    def poll_ready(self, params: Params) -> bool:
        """Whether getUpdates with these parameters answers at once (long-polling front doors ask)."""
        if self.state.webhook is not None:
            return True
        try:
            offset = params.get_int("offset")
        except ApiError:
            return True
        allowed = self.state.allowed_updates
        if params.has("allowed_updates"):
            try:
                requested = params.get_json("allowed_updates", "allowed updates")
            except ApiError:
                return True
            allowed = frozenset(requested) if requested else DEFAULT_ALLOWED_UPDATES
        for update in self.state.update_queue:
            if offset is not None and offset > 0 and update["update_id"] < offset:
                continue
            kinds = [key for key in update if key != "update_id"]
            if kinds and kinds[0] in allowed:
                return True
        return False

    def get_updates(self, params: Params) -> list[JSON]:
        if self.state.webhook is not None:
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
            self.state.allowed_updates = frozenset(requested) if requested else DEFAULT_ALLOWED_UPDATES
        if offset is not None and offset > 0:
            self.state.update_queue[:] = [u for u in self.state.update_queue if u["update_id"] >= offset]
        elif offset is not None and offset < 0:
            self.state.update_queue[:] = self.state.update_queue[offset:]
        # updates of types not allowed are dropped, as Telegram never stores them
        self.state.update_queue[:] = [u for u in self.state.update_queue if self._deliverable(u)]
        return self.state.update_queue[:limit]

    def set_webhook(self, params: Params) -> Described:
        url = params.get_str("url") or ""
        if not url:
            self.state.webhook = None
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
            self.state.allowed_updates = frozenset(allowed) if allowed else DEFAULT_ALLOWED_UPDATES
        if params.get_bool("drop_pending_updates"):
            self.state.update_queue.clear()
        unchanged = self.state.webhook is not None and self.state.webhook["url"] == url
        self.state.webhook = {
            "url": url,
            "secret_token": secret,
            "max_connections": params.get_int("max_connections", default=40),
            "ip_address": params.get_str("ip_address"),
            "has_custom_certificate": params.has("certificate"),
        }
        return Described(True, "Webhook is already set" if unchanged else "Webhook was set")

    def delete_webhook(self, params: Params) -> Described:
        if params.get_bool("drop_pending_updates"):
            self.state.update_queue.clear()
        existed = self.state.webhook is not None
        self.state.webhook = None
        return Described(True, "Webhook was deleted" if existed else "Webhook is already deleted")

    def get_webhook_info(self, params: Params) -> JSON:
        info: JSON = {
            "url": "",
            "has_custom_certificate": False,
            "pending_update_count": len(self.state.update_queue),
        }
        if self.state.webhook is not None:
            info.update(
                url=self.state.webhook["url"],
                has_custom_certificate=self.state.webhook["has_custom_certificate"],
                max_connections=self.state.webhook["max_connections"],
            )
            if self.state.webhook.get("ip_address"):
                info["ip_address"] = self.state.webhook["ip_address"]
            if self.state.webhook.get("last_error_date"):
                info["last_error_date"] = self.state.webhook["last_error_date"]
                info["last_error_message"] = self.state.webhook["last_error_message"]
            if self.state.allowed_updates != DEFAULT_ALLOWED_UPDATES:
                info["allowed_updates"] = sorted(self.state.allowed_updates)
        return info
