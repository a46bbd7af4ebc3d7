"""Logging set-up that never prints a secret.

python-telegram-bot and httpx put the bot token in request URLs; a redacting formatter
removes every configured secret from each formatted record, tracebacks included.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable

from telegram.error import InvalidToken, NetworkError

# Anything shaped like a bot token, even one we were not told about.
_TOKEN_SHAPE = re.compile(r"\b\d{5,}:[A-Za-z0-9_-]{30,}\b")
# Secrets known to this process (the token, the webhook secret, a generated one): every formatter
# and every exit message removes them, whoever set logging up and whenever the secret appeared.
_REGISTERED: set[str] = set()


def register_secret(secret: str | None) -> None:
    """Redact ``secret`` from every log line and exit message from now on."""
    if secret:
        _REGISTERED.add(secret)


class RedactingFormatter(logging.Formatter):
    def __init__(self, fmt: str, secrets: Iterable[str] = ()) -> None:
        super().__init__(fmt)
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record), self.secrets)


def redact(text: str, secrets: Iterable[str] = ()) -> str:
    # Longest first: a secret that contains another is removed whole.
    for secret in sorted({*secrets, *_REGISTERED}, key=len, reverse=True):
        if secret:
            text = text.replace(secret, "***")
    return _TOKEN_SHAPE.sub("***", text)


def _no_telegram_traceback(record: logging.LogRecord) -> bool:
    """A refused token or an unreachable Bot API is one line: PTB logs them with a traceback of its
    own internals (through its retry loop) and the command then exits with its own message. The
    record is kept, with the error's type and text instead of the traceback."""
    error = record.exc_info[1] if record.exc_info else None
    if isinstance(error, (InvalidToken, NetworkError)):
        record.exc_info, record.exc_text = None, None
        record.msg = f"{record.getMessage()} ({type(error).__name__}: {error})"
        record.args = None
    return True


def setup_logging(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    secrets = list(secrets)
    for secret in secrets:
        register_secret(secret)
    handler = logging.StreamHandler()
    handler.addFilter(_no_telegram_traceback)
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", secrets))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # httpx logs every request URL (with the token) at INFO: keep it to warnings.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
