"""Admin operations, as plain code without Telegram: reload, uploads with history and rollback,
export, statistics, unanswered questions, teaching and the /addmeeting wizard.

``handlers/admin.py`` and ``handlers/admin_dialogs.py`` are the Telegram face of this package;
``bot/runtime/admin_jobs.py`` wires the background parts (SIGHUP, file watching, admin command
menus, question-log pruning) into the app.
"""
