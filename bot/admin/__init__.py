"""Admin operations, as plain code testable without Telegram: reload, uploads with history and
rollback, export, the question log, statistics and unanswered questions.

``handlers/admin.py`` is the Telegram face of this package; ``bot/admin/runtime.py`` wires the
background parts (SIGHUP, file watching, admin command menus, log pruning) into the app.
"""
