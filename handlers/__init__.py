"""Telegram handlers, grouped by feature: the Telegram face of the bot (handlers, keyboards,
callback data). Thin: the logic lives in ``bot``. Only ``bot/app.py`` imports this package; its
``register_handlers`` adds every module's handlers in the order they are tried.
"""
