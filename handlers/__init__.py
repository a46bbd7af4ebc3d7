"""Telegram handlers, grouped by feature. Thin: the logic lives in ``bot``."""
