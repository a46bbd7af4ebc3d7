"""Settings from the environment (and a ``.env`` file), validated at start-up.

The bot token is a ``SecretStr``: it never appears in ``repr``, logs or error messages.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"
DEFAULT_DATABASE_URL = "sqlite+aiosqlite:///cisbot.sqlite3"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr | None = Field(None, description="token from @BotFather")
    admin_ids: Annotated[frozenset[int], NoDecode] = frozenset()
    knowledge_dir: Path = DEFAULT_KNOWLEDGE_DIR
    database_url: str = DEFAULT_DATABASE_URL
    telegram_api_url: str | None = Field(None, description="root of a self-hosted Bot API server")
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    port: int = Field(8443, ge=1, le=65535)
    listen: str = "0.0.0.0"
    default_timezone: str = "Europe/Moscow"
    log_level: str = "INFO"
    error_chat_id: int | None = Field(None, description="chat that receives error reports")
    knowledge_watch: bool = Field(False, description="reload when files in the knowledge directory change")
    question_log_salt: SecretStr | None = Field(None, description="salt of the user hashes in the question log")
    question_log_days: int = Field(90, ge=1, le=3650, description="days the question log is kept")
    digest_tick_seconds: int = Field(60, ge=0, description="how often due digests are looked for; 0 = never")
    digest_claim_timeout: float = Field(
        300.0, gt=0, description="seconds after which a delivery claimed by a process that died may be taken over"
    )
    digest_send_timeout: float = Field(
        30.0, gt=0, description="seconds a digest send waits for Telegram's reply before its outcome counts as unknown"
    )

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _parse_ids(cls, value: object) -> frozenset[int]:
        if value is None or value == "":
            return frozenset()
        if isinstance(value, str):
            parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p]
            try:
                return frozenset(int(p) for p in parts)
            except ValueError:
                raise ValueError("ADMIN_IDS must be Telegram user ids separated by commas") from None
        if isinstance(value, int):
            return frozenset({value})
        return frozenset(int(v) for v in value)  # type: ignore[attr-defined]

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown IANA time zone {value!r}") from None
        return value

    @field_validator("telegram_api_url", "webhook_url")
    @classmethod
    def _url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError("must start with http:// or https://")
        return value.rstrip("/") if value else value

    @field_validator("webhook_secret")
    @classmethod
    def _secret_chars(cls, value: SecretStr | None) -> SecretStr | None:
        # Telegram allows 1-256 characters A-Z, a-z, 0-9, _ and -.
        if value is not None:
            raw = value.get_secret_value()
            if not 1 <= len(raw) <= 256 or not all(c.isalnum() or c in "_-" for c in raw):
                raise ValueError("WEBHOOK_SECRET must be 1-256 characters of A-Z, a-z, 0-9, _ and -")
        return value

    @model_validator(mode="after")
    def _claim_outlasts_a_send(self) -> Settings:
        # A claim is renewed just before each request; if it could look abandoned while the request
        # is still out, another process would take it over and send the message a second time.
        if self.digest_claim_timeout < 2 * self.digest_send_timeout:
            raise ValueError(
                "DIGEST_CLAIM_TIMEOUT must be at least twice DIGEST_SEND_TIMEOUT "
                f"(got {self.digest_claim_timeout:g} and {self.digest_send_timeout:g} seconds)"
            )
        return self

    @property
    def token(self) -> str:
        if self.telegram_bot_token is None:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)")
        return self.telegram_bot_token.get_secret_value()

    def question_salt(self) -> bytes:
        """Salt for the question log's user hashes: ``QUESTION_LOG_SALT``, else derived from the
        token, so it is stable across restarts yet unknown to anyone without the token."""
        if self.question_log_salt is not None:
            return self.question_log_salt.get_secret_value().encode()
        secret = self.telegram_bot_token.get_secret_value() if self.telegram_bot_token else ""
        return hashlib.sha256(b"cisbot question log salt\0" + secret.encode()).digest()

    def base_url(self) -> str | None:
        return f"{self.telegram_api_url}/bot" if self.telegram_api_url else None

    def base_file_url(self) -> str | None:
        return f"{self.telegram_api_url}/file/bot" if self.telegram_api_url else None


class ConfigError(Exception):
    """Configuration is missing or invalid; the message is safe to print (no secrets)."""


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment; every problem in one readable message."""
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        problems = []
        for err in exc.errors():
            name = ".".join(str(p) for p in err["loc"]).upper() or "settings"
            problems.append(f"{name}: {str(err['msg']).removeprefix('Value error, ')}")
        raise ConfigError("invalid configuration:\n  " + "\n  ".join(problems)) from None
