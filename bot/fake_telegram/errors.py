"""Telegram's reply envelopes and the exception the fake raises internally to answer with an error.

Success is ``{"ok": true, "result": ...}``; failure is ``{"ok": false, "error_code": N,
"description": "...", "parameters": {...}}`` with the HTTP status equal to ``error_code``. These are the
shapes ``telegram.request.BaseRequest._request_wrapper`` turns into PTB exceptions (400 → BadRequest,
403 → Forbidden, 401/404 → InvalidToken, 409 → Conflict, 429 with ``retry_after`` → RetryAfter,
``migrate_to_chat_id`` → ChatMigrated, 5xx → NetworkError).
"""

from __future__ import annotations

from typing import Any

JSON = dict[str, Any]


class ApiError(Exception):
    """An error reply: HTTP status, Telegram's description and optional ``parameters``."""

    def __init__(self, status: int, description: str, parameters: JSON | None = None) -> None:
        super().__init__(description)
        self.status = status
        self.description = description
        self.parameters = parameters

    def body(self) -> JSON:
        return error_body(self.status, self.description, self.parameters)


class Described:
    """A result that Telegram accompanies with a top-level ``description`` (setWebhook, deleteWebhook)."""

    def __init__(self, result: Any, description: str) -> None:
        self.result = result
        self.description = description


def ok_body(result: Any) -> JSON:
    """The success envelope."""
    return {"ok": True, "result": result}


def error_body(status: int, description: str, parameters: JSON | None = None) -> JSON:
    """The failure envelope, exactly as Telegram words it (``parameters`` only when there are some)."""
    body: JSON = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return body


def bad_request(message: str, parameters: JSON | None = None) -> ApiError:
    """400 ``Bad Request: <message>``."""
    return ApiError(400, f"Bad Request: {message}", parameters)


def forbidden(message: str) -> ApiError:
    """403 ``Forbidden: <message>``."""
    return ApiError(403, f"Forbidden: {message}")


def too_many_requests(retry_after: int) -> ApiError:
    """429 with ``parameters.retry_after`` (whole seconds, at least 1)."""
    retry_after = max(1, int(retry_after))
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", {"retry_after": retry_after})


def not_found() -> ApiError:
    """404 as Telegram answers an unknown method or a malformed token."""
    return ApiError(404, "Not Found")


def unauthorized() -> ApiError:
    """401 as Telegram answers a well-formed but wrong token."""
    return ApiError(401, "Unauthorized")


def conflict(message: str) -> ApiError:
    """409 ``Conflict: <message>``."""
    return ApiError(409, f"Conflict: {message}")
