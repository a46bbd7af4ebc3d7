"""Persistent storage: SQLAlchemy 2 (async) on SQLite by default, PostgreSQL when configured."""

from bot.storage.db import Storage, normalise_url

__all__ = ["Storage", "normalise_url"]
