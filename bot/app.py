"""The application factory: one function builds the real ``Application`` for every entry point
(long polling, webhook, the terminal chat and the tests), so they all run the same bot.

The only place that wires the bot together: services in :func:`build_application`, handlers in
:func:`register_handlers` (in the order they are tried), start-up and repeating jobs in
:func:`post_init`."""

from __future__ import annotations

import logging
from datetime import timedelta
from zoneinfo import ZoneInfo

from telegram import BotCommand, BotCommandScopeDefault
from telegram.ext import Application, ApplicationBuilder, CallbackContext, ContextTypes, Defaults
from telegram.request import BaseRequest, HTTPXRequest

from bot.answers.knowledge import KnowledgeService
from bot.config import Settings
from bot.digest.delivery import DigestRunner
from bot.present.messages import load_catalogs
from bot.present.ui import MENU_LANGUAGES, command_menu
from bot.runtime import admin_jobs
from bot.runtime.jsonrequest import posting_json
from bot.runtime.questionlog import QuestionLogger
from bot.runtime.ratelimit import TelegramRateLimiter
from bot.runtime.services import BotData, Services
from bot.runtime.throttle import UserThrottle
from bot.storage import Storage
from handlers import admin, browse, errors, flood, inline, other, questions, start, subscriptions

log = logging.getLogger(__name__)


async def set_commands(app: Application) -> None:
    """The command menu in English (default) and Russian."""
    for lang in MENU_LANGUAGES:
        await app.bot.set_my_commands(
            [BotCommand(name, description) for name, description in command_menu(lang)],
            scope=BotCommandScopeDefault(),
            language_code=None if lang == "en" else lang,
        )


def register_handlers(app: Application, settings: Settings) -> None:
    """Every handler, in the order it is tried. Order matters: flood control runs first (group -1),
    specific callback patterns before the catch-all browse callback, commands before free text."""
    flood.register(app)  # group -1: drop floods before any work is done
    start.register(app)  # /start /help /about /lang and the language buttons
    admin.register(app, settings.admin_ids)  # /reload /rollback /kb /stats /unanswered, uploads; refusals
    subscriptions.register(app)  # /subscribe /settings /unsubscribe /digest /upcoming /calendar, s: buttons
    questions.register_views(app)  # v: buttons under answers (More, Sources, Short answer)
    browse.register(app)  # /bodies /meetings /programmes and every other button
    inline.register(app)  # @bot queries
    questions.register(app)  # free text: private chats, and groups when addressed
    other.register(app)  # unknown commands, stickers, photos, documents
    errors.register(app)


def services_of(app: Application) -> Services:
    bot_data: BotData = app.bot_data
    return bot_data.services


async def post_init(app: Application) -> None:
    """Start-up, in order: knowledge base, storage, command menus, repeating jobs, then the admin
    background (question-log writer, admin menus, SIGHUP / file watching)."""
    services = services_of(app)
    if not services.knowledge.loaded:
        result = await services.knowledge.reload()
        log.info("knowledge base %s loaded in %.2f s", result.version, result.seconds)
    if services.storage is None:
        services.storage = await Storage.open(services.settings.database_url)
    await set_commands(app)
    schedule_digests(app, services)
    if app.job_queue is not None:
        day = timedelta(days=1)
        app.job_queue.run_repeating(admin_jobs.prune_job, interval=day, first=day, name=admin_jobs.PRUNE_JOB)
    await admin_jobs.start(app)


async def digest_tick(context: CallbackContext) -> None:
    services = services_of(context.application)
    if services.digests is not None:
        await services.digests.run_once()


def schedule_digests(app: Application, services: Services) -> None:
    """One named repeating job looks for due digests; due times live in the database, so a
    restart loses nothing and needs no per-subscriber jobs to be rebuilt."""
    assert services.storage is not None
    knowledge = services.knowledge
    services.digests = DigestRunner(
        services.storage,
        app.bot,
        lambda: knowledge.kb,
        deep_link=f"https://t.me/{app.bot.username}" if app.bot.username else None,
        claim_timeout=services.settings.digest_claim_timeout,
        send_timeout=services.settings.digest_send_timeout,
    )
    seconds = services.settings.digest_tick_seconds
    if seconds > 0 and app.job_queue is not None:
        app.job_queue.run_repeating(digest_tick, interval=seconds, first=min(seconds, 10), name="digest_tick")


async def post_shutdown(app: Application) -> None:
    services = services_of(app)
    await admin_jobs.stop(app)  # flushes the question log, so before storage closes
    if services.storage is not None:
        await services.storage.close()


async def start_offline(app: Application) -> None:
    """Start without polling or a webhook (tests, the terminal chat): updates are fed to
    ``process_update`` by the caller. ``post_init`` runs as ``run_polling`` would run it."""
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    await app.start()


async def stop_offline(app: Application) -> None:
    await app.stop()
    if app.post_stop is not None:
        await app.post_stop(app)
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


def build_application(
    settings: Settings,
    *,
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    knowledge: KnowledgeService | None = None,
    storage: Storage | None = None,
    throttle: UserThrottle | None = None,
    rate_limiter: TelegramRateLimiter | None = None,
    reload_on_sighup: bool = False,
) -> Application:
    """Build the bot. ``request`` replaces the network (tests, ``cisbot chat``);
    ``reload_on_sighup`` makes SIGHUP reload the knowledge base (``cisbot run`` / ``webhook``)."""
    load_catalogs()  # ~40 ms of .po parsing now, not in the first handler on the event loop
    builder: ApplicationBuilder = (
        Application.builder()
        .token(settings.token)
        .context_types(ContextTypes(bot_data=BotData))
        .defaults(Defaults(tzinfo=ZoneInfo(settings.default_timezone)))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
        .concurrent_updates(True)
        .rate_limiter(rate_limiter or TelegramRateLimiter())
    )
    if settings.telegram_api_url:
        builder = builder.base_url(settings.base_url() or "").base_file_url(settings.base_file_url() or "")
    # The bot's calls go as JSON bodies (bot/runtime/jsonrequest.py; PTB's default pool of 256
    # connections); getUpdates keeps PTB's own request.
    network = request if request is not None else HTTPXRequest(connection_pool_size=256)
    builder = builder.request(posting_json(network))
    if request is not None:
        builder = builder.get_updates_request(updates_request or request)
    app = builder.build()
    bot_data: BotData = app.bot_data
    bot_data.services = Services(
        settings=settings,
        knowledge=knowledge or KnowledgeService(settings.knowledge_dir),
        storage=storage,  # None: opened in post_init
        throttle=throttle or UserThrottle(),
        question_log=QuestionLogger(settings.question_salt()),
    )
    bot_data.reload_on_sighup = reload_on_sighup
    register_handlers(app, settings)
    return app
