"""Persistent storage: SQLAlchemy 2 (async) on SQLite by default, PostgreSQL when configured."""

from bot.storage.db import Storage, StorageUnavailable, is_storage_error, normalise_url

__all__ = ["Storage", "StorageUnavailable", "is_storage_error", "normalise_url"]
