"""Command line: ``cisbot validate | ask | chat``.

``python -m bot`` is the same program. Every command reads the knowledge base from
``--knowledge DIR`` (default: ``KNOWLEDGE_DIR`` from the environment, else ``knowledge/``
beside the package).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from telegram import Update
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.admin.offline import stats_report, unanswered_report
from bot.answers.engine import Engine
from bot.answers.knowledge import remembered
from bot.answers.verdict import Verdict
from bot.app import build_application
from bot.chat import chat_session
from bot.config import ConfigError, Settings, load_settings
from bot.digest.operator import dry_run, parse_moment, send_round, subscriber_summary
from bot.kb.base import open_knowledge_base
from bot.kb.loader import KnowledgeError, load_knowledge
from bot.logs import redact, setup_logging
from bot.present.answer import ask
from bot.present.i18n import count
from bot.present.render import html_to_text
from bot.runtime.webhook import serve_webhook
from bot.storage import StorageUnavailable

DEFAULT_KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "knowledge"


def knowledge_dir(args: argparse.Namespace) -> Path:
    return Path(args.knowledge or os.environ.get("KNOWLEDGE_DIR") or DEFAULT_KNOWLEDGE_DIR)


def _print_errors(exc: KnowledgeError) -> None:
    for error in exc.errors:
        print(error, file=sys.stderr)
    print(count(len(exc.errors), "error", "en"), file=sys.stderr)


def cmd_validate(args: argparse.Namespace) -> int:
    directory = Path(args.directory) if args.directory else knowledge_dir(args)
    try:
        data = load_knowledge(directory)
    except KnowledgeError as exc:
        _print_errors(exc)
        return 1
    counts = Counter(data.kinds.values())
    summary = ", ".join(f"{counts[k]} {k}" for k in sorted(counts))
    print(f"ok: {len(data.files)} files, {len(data.sources)} sources, {summary}, {len(data.synonyms)} synonym groups")
    return 0


def _engine(args: argparse.Namespace) -> Engine | None:
    try:
        return Engine(open_knowledge_base(knowledge_dir(args)))
    except KnowledgeError as exc:
        _print_errors(exc)
        return None


def cmd_ask(args: argparse.Namespace) -> int:
    engine = _engine(args)
    if engine is None:
        return 2
    today = args.today
    if args.jsonl:
        # Lines {"chat": id, "q": question} share a conversation per chat, in order; plain lines
        # are independent questions.
        conversations: dict[str, Verdict] = {}
        for line in sys.stdin:
            question, chat = _batch_line(line.rstrip("\n"))
            reply = ask(engine, question, args.lang, today, conversations.get(chat) if chat else None)
            kept = remembered(reply.verdict, conversations.get(chat)) if chat is not None else None
            if chat is not None and kept is not None:
                conversations[chat] = kept
            print(json.dumps(reply.to_json(), ensure_ascii=False), flush=False)
        sys.stdout.flush()
        return 0
    question = " ".join(args.question)
    if not question:
        print("ask: give a question, or --jsonl to read questions from standard input", file=sys.stderr)
        return 2
    reply = ask(engine, question, args.lang, today)
    if args.json:
        print(json.dumps(reply.to_json(), ensure_ascii=False, indent=2))
    else:
        print(html_to_text(reply.html))
    return 0


def _batch_line(line: str) -> tuple[str, str | None]:
    """A batch line: plain text, or a JSON object with "q" and "chat"."""
    if line.startswith("{"):
        try:
            data = json.loads(line)
        except ValueError:
            return line, None
        if isinstance(data, dict) and isinstance(data.get("q"), str):
            chat = data.get("chat")
            return data["q"], str(chat) if chat is not None else None
    return line, None


def _date_argument(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from exc


def cmd_chat(args: argparse.Namespace) -> int:
    """The real bot against the in-process local Bot API: no token, no network."""
    try:
        settings = load_settings(knowledge_dir=knowledge_dir(args))
        load_knowledge(settings.knowledge_dir)
    except ConfigError as exc:
        print(f"cisbot: {exc}", file=sys.stderr)
        return 2
    except KnowledgeError as exc:
        _print_errors(exc)
        return 2
    # chat_session sends the logs to a file of their own: nothing but the conversation on screen.
    asyncio.run(chat_session(settings, language_code=args.lang or "en"))
    return 0


def _settings_or_exit() -> Settings | None:
    try:
        settings = load_settings()
        settings.token  # noqa: B018 - fail now, with a clear message, if it is missing
    except ConfigError as exc:
        print(f"cisbot: {exc}", file=sys.stderr)
        return None
    setup_logging(settings.log_level, _secrets_of(settings))
    return settings


def _secrets_of(settings: Settings) -> list[str]:
    """The token, its secret half on its own, and the webhook secret: what no output may show."""
    token = settings.telegram_bot_token.get_secret_value() if settings.telegram_bot_token else ""
    _, _, secret_half = token.partition(":")
    webhook = settings.webhook_secret.get_secret_value() if settings.webhook_secret else ""
    return [value for value in (token, secret_half if len(secret_half) >= 20 else "", webhook) if value]


def _operator_settings(args: argparse.Namespace) -> Settings | None:
    try:
        return load_settings(knowledge_dir=knowledge_dir(args))
    except ConfigError as exc:
        print(f"cisbot: {exc}", file=sys.stderr)
        return None


def cmd_digest(args: argparse.Namespace) -> int:
    """``--dry-run``: who would receive what at ``--at``; otherwise send one round now."""
    settings = _operator_settings(args)
    if settings is None:
        return 2
    try:
        at = parse_moment(args.at)
    except ValueError:
        print(f"cisbot: --at must be an ISO date-time, e.g. 2026-11-30T09:00+03:00 (got {args.at!r})", file=sys.stderr)
        return 2
    if args.dry_run:
        for line in asyncio.run(dry_run(settings, at)):
            print(line)
        return 0
    try:
        settings.token  # noqa: B018 - fail now, with a clear message, if it is missing
    except ConfigError as exc:
        print(f"cisbot: {exc}", file=sys.stderr)
        return 2
    setup_logging(settings.log_level, _secrets_of(settings))
    report = asyncio.run(send_round(settings, at))
    print(
        f"sent {report.sent}, skipped {report.skipped}, failed {report.failed}, unknown {report.unknown}, "
        f"deactivated {report.deactivated}, migrated {report.migrated}, busy {report.busy}, "
        f"resent after a crash {report.repeated} in {report.seconds:.1f} s"
    )
    return 0


def cmd_subscribers(args: argparse.Namespace) -> int:
    settings = _operator_settings(args)
    if settings is None:
        return 2
    for line in asyncio.run(subscriber_summary(settings)):
        print(line)
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    """What /stats shows, from the database."""
    settings = _operator_settings(args)
    if settings is None:
        return 2
    print(asyncio.run(stats_report(settings, days=args.days)))
    return 0


def cmd_unanswered(args: argparse.Namespace) -> int:
    """What /unanswered shows, from the database."""
    settings = _operator_settings(args)
    if settings is None:
        return 2
    try:
        print(asyncio.run(unanswered_report(settings, args.since, limit=args.limit)))
    except ValueError:
        print(f"cisbot: --since must be a date YYYY-MM-DD (got {args.since!r})", file=sys.stderr)
        return 2
    return 0


def cmd_run(args: argparse.Namespace) -> int:
    """Long polling."""
    settings = _settings_or_exit()
    if settings is None:
        return 2
    if args.knowledge:
        settings.knowledge_dir = Path(args.knowledge)
    app = build_application(settings, reload_on_sighup=True)
    app.run_polling(allowed_updates=Update.ALL_TYPES, drop_pending_updates=False)
    return 0


def cmd_webhook(args: argparse.Namespace) -> int:
    """The webhook server (bot/webhook.py): every request must carry the secret, set or generated."""
    settings = _settings_or_exit()
    if settings is None:
        return 2
    if not settings.webhook_url:
        print("cisbot: WEBHOOK_URL is not set (the public https URL Telegram should call)", file=sys.stderr)
        return 2
    if args.knowledge:
        settings.knowledge_dir = Path(args.knowledge)
    app = build_application(settings, reload_on_sighup=True)
    asyncio.run(serve_webhook(app, settings))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="cisbot", description="CIS security cooperation reference bot")
    parser.add_argument("--knowledge", metavar="DIR", help="knowledge-base directory")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("validate", help="check the knowledge base; print a summary or every error")
    p.add_argument("directory", nargs="?", help="directory to check (default: the knowledge base)")
    p.set_defaults(func=cmd_validate)

    p = sub.add_parser("ask", help="answer one question, or one per line with --jsonl")
    p.add_argument("question", nargs="*")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="print the answer as JSON")
    group.add_argument("--jsonl", action="store_true", help="read questions from stdin, write JSON lines")
    p.add_argument("--lang", choices=["en", "ru"], help="answer language (default: the question's)")
    p.add_argument("--today", type=_date_argument, help="the date relative time counts from (default: the clock)")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("run", help="run the Telegram bot with long polling (needs TELEGRAM_BOT_TOKEN)")
    p.set_defaults(func=cmd_run)
    p = sub.add_parser("webhook", help="run the Telegram bot behind a webhook (needs WEBHOOK_URL)")
    p.set_defaults(func=cmd_webhook)

    p = sub.add_parser("digest", help="digests: --dry-run shows who would receive what; without it, send one round")
    p.add_argument("--dry-run", action="store_true", help="print, send nothing")
    p.add_argument("--at", metavar="ISO-DATETIME", help="the moment to evaluate (default: now; no zone = UTC)")
    p.set_defaults(func=cmd_digest)
    p = sub.add_parser("subscribers", help="subscriber counts by state")
    p.set_defaults(func=cmd_subscribers)

    p = sub.add_parser("stats", help="admin statistics from the database (what /stats shows)")
    p.add_argument(
        "--days", type=int, default=7, choices=range(1, 367), metavar="N", help="days of questions (default 7)"
    )
    p.set_defaults(func=cmd_stats)
    p = sub.add_parser("unanswered", help="most frequent unanswered questions, grouped (what /unanswered shows)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="from this date (default: 30 days ago)")
    p.add_argument("--limit", type=int, default=50, metavar="N", help="groups to print (default 50)")
    p.set_defaults(func=cmd_unanswered)

    p = sub.add_parser("chat", help="interactive session in the terminal")
    p.add_argument("--lang", choices=["en", "ru"])
    p.set_defaults(func=cmd_chat)
    return parser


def _fail(message: str) -> int:
    """One line on stderr, with every known secret removed, and a non-zero status."""
    print("cisbot: " + redact(" ".join(message.split()), _environment_secrets()), file=sys.stderr)
    return 1


def _environment_secrets() -> list[str]:
    """Secrets as given in the environment, for a failure before the settings were read."""
    token = os.environ.get("TELEGRAM_BOT_TOKEN", "")
    secret_half = token.partition(":")[2]
    return [token, secret_half if len(secret_half) >= 20 else "", os.environ.get("WEBHOOK_SECRET", "")]


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:
        # The reader went away (``cisbot ask … | head``): not an error worth a traceback.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    # PTB's InvalidToken message quotes the token: it is never printed, nor any message unredacted.
    except InvalidToken:
        return _fail(
            "Telegram rejected TELEGRAM_BOT_TOKEN (revoked or mistyped): "
            "get the bot's current token from @BotFather and set it"
        )
    except NetworkError as exc:
        where = "TELEGRAM_API_URL" if os.environ.get("TELEGRAM_API_URL") else "Telegram"
        return _fail(f"cannot reach {where}: {exc}")
    except TelegramError as exc:
        return _fail(f"Telegram refused a start-up request: {exc}")
    except StorageUnavailable as exc:
        return _fail(str(exc))
    except Exception as exc:  # the last resort: one line rather than a traceback that may quote a secret
        logging.getLogger(__name__).debug("the command failed", exc_info=True)  # redacted, when logging is set up
        return _fail(f"stopped by an unexpected error: {type(exc).__name__}: {exc}")
