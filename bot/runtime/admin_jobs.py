"""The background side of administration, started from ``post_init`` and stopped at shutdown:

* the question-log writer and a prune of old rows now (``bot.app`` schedules the daily
  :func:`prune_job` as ``prune_question_log``);
* the admins' command menus (per-chat scope, English and Russian), set after the default menu;
* reload on SIGHUP (``kill -HUP <pid>``), when the app was built with ``reload_on_sighup``
  (``cisbot run`` and ``cisbot webhook``: the tests and the terminal chat leave signals alone);
* with ``KNOWLEDGE_WATCH=1``, reload when knowledge files change (watchfiles; changes within
  :data:`WATCH_DEBOUNCE_MS` are taken together, so saving several files reloads once).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from pathlib import Path
from typing import Any

from telegram import BotCommand, BotCommandScopeChat
from telegram.error import TelegramError
from telegram.ext import Application, CallbackContext

from bot.admin.history import HISTORY_DIR
from bot.admin.knowledge import ReloadOutcome
from bot.kb.loader import KNOWLEDGE_SUFFIXES
from bot.present.ui import MENU_LANGUAGES, command_menu
from bot.runtime import questionlog
from bot.runtime.services import BotData, Services

log = logging.getLogger(__name__)

WATCH_DEBOUNCE_MS = 800
PRUNE_JOB = "prune_question_log"


def _bot_data(app: Application) -> BotData:
    bot_data: BotData = app.bot_data
    return bot_data


def _services(app: Application) -> Services:
    return _bot_data(app).services


async def start(app: Application) -> None:
    """Called from ``post_init`` once the knowledge base is loaded and storage is open."""
    services = _services(app)
    storage = services.storage
    if services.question_log is not None and storage is not None:
        services.question_log.start(storage)
    await prune_now(services)
    await set_admin_commands(app)
    if _bot_data(app).reload_on_sighup:
        install_sighup(app)
    if services.settings.knowledge_watch:
        start_watching(app)


async def stop(app: Application) -> None:
    """Called from ``post_shutdown`` before storage closes: flush the question log."""
    remove_sighup(app)
    await stop_watching(app)
    services = _services(app)
    if services.question_log is not None:
        await services.question_log.stop()


# --- question log retention ----------------------------------------------------------------------


async def prune_now(services: Services) -> None:
    if services.storage is None:
        return
    try:
        await questionlog.prune(services.storage, services.settings.question_log_days)
    except Exception as exc:  # retention is housekeeping: never stop the bot for it
        log.warning("could not prune the question log: %s", type(exc).__name__)


async def prune_job(context: CallbackContext[Any, Any, Any, Any]) -> None:
    await prune_now(_services(context.application))


# --- admin command menus -------------------------------------------------------------------------


async def set_admin_commands(app: Application) -> None:
    """Each admin's private chat gets the ordinary menu plus the admin commands. An admin who
    never opened the bot has no chat yet (Telegram: "chat not found"); that is only logged."""
    for admin_id in sorted(_services(app).settings.admin_ids):
        for lang in MENU_LANGUAGES:
            menu = [BotCommand(name, description) for name, description in command_menu(lang, admin=True)]
            try:
                await app.bot.set_my_commands(
                    menu, scope=BotCommandScopeChat(chat_id=admin_id), language_code=None if lang == "en" else lang
                )
            except TelegramError as exc:
                log.warning("could not set the admin command menu for user %s: %s", admin_id, exc.message)
                break


# --- SIGHUP ---------------------------------------------------------------------------------------


async def reload_from_signal(app: Application, trigger: str = "SIGHUP") -> ReloadOutcome:
    """What SIGHUP does: the same reload as /reload; the outcome goes to the log."""
    outcome = await _services(app).admin.reload(trigger)
    for error in outcome.errors:
        log.warning("reload (%s): %s", trigger, error)
    return outcome


def install_sighup(app: Application) -> bool:
    if not hasattr(signal, "SIGHUP"):
        return False
    loop = asyncio.get_running_loop()
    try:
        loop.add_signal_handler(signal.SIGHUP, lambda: app.create_task(reload_from_signal(app), name="sighup_reload"))
    except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no signals here
        log.warning("SIGHUP reload not available in this process")
        return False
    _bot_data(app).sighup_installed = True
    log.info("SIGHUP reloads the knowledge base")
    return True


def remove_sighup(app: Application) -> None:
    bot_data = _bot_data(app)
    if bot_data.sighup_installed:
        bot_data.sighup_installed = False
        with contextlib.suppress(Exception):
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)


# --- watching the directory ------------------------------------------------------------------------


def is_knowledge_file(path: str) -> bool:
    """Changes that matter: knowledge files themselves, not history snapshots or temporary files."""
    p = Path(path)
    return p.suffix in KNOWLEDGE_SUFFIXES and HISTORY_DIR not in p.parts and not p.name.startswith(".")


async def _watch(app: Application, directory: Path, stop_event: asyncio.Event) -> None:
    from watchfiles import awatch  # optional at run time: imported only when watching is on

    async for changes in awatch(
        directory,
        watch_filter=lambda _change, path: is_knowledge_file(path),
        debounce=WATCH_DEBOUNCE_MS,
        step=50,
        stop_event=stop_event,
        recursive=False,
    ):
        log.info("knowledge files changed: %s", ", ".join(sorted({Path(p).name for _, p in changes})))
        await reload_from_signal(app, "file change")


def start_watching(app: Application) -> None:
    directory = _services(app).knowledge.directory
    stop_event = asyncio.Event()

    async def run() -> None:
        try:
            await _watch(app, directory, stop_event)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # e.g. watchfiles missing or the directory gone: reload by hand still works
            log.error("watching %s stopped: %s", directory, exc)

    _bot_data(app).watch_stop = stop_event
    _bot_data(app).watcher = asyncio.get_running_loop().create_task(run(), name="knowledge_watcher")
    log.info("watching %s for changes", directory)


async def stop_watching(app: Application) -> None:
    bot_data = _bot_data(app)
    stop_event, task = bot_data.watch_stop, bot_data.watcher
    bot_data.watch_stop = bot_data.watcher = None
    if stop_event is not None:
        stop_event.set()
    if task is not None:
        try:
            await asyncio.wait_for(task, 5)
        except (TimeoutError, asyncio.CancelledError):
            task.cancel()
