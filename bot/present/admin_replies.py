"""Replies to /reload, uploads and /rollback as Telegram HTML (every name and error escaped).

Errors are listed one per line as ``file:line:column: message``; a very long list is cut after
:data:`MAX_ERRORS` (``cisbot validate`` prints them all) and the reply is split by the sender.
"""

from __future__ import annotations

from bot.admin.knowledge import ReloadOutcome, RollbackOutcome, UploadOutcome
from bot.kb.base import KnowledgeBase
from bot.kb.loader import LoadError
from bot.present.render import esc
from bot.present.ui import text

MAX_ERRORS = 100
MAX_NAMES = 30


def errors_html(errors: list[LoadError], lang: str) -> str:
    lines = [f"<code>{esc(str(e))}</code>" for e in errors[:MAX_ERRORS]]
    if len(errors) > MAX_ERRORS:
        lines.append(text("more_errors", lang, n=len(errors) - MAX_ERRORS))
    return "\n".join(lines)


def _names(kb: KnowledgeBase | None, ids: list[str], lang: str) -> str:
    shown = [esc(kb.name(i, lang)) if kb else esc(i) for i in ids[:MAX_NAMES]]
    line = "; ".join(shown)
    if len(ids) > MAX_NAMES:
        line += " " + text("more", lang, n=len(ids) - MAX_NAMES)
    return line


def reload_html(outcome: ReloadOutcome, lang: str) -> str:
    if not outcome.ok or outcome.result is None:
        head = text("reload_failed", lang, version=esc(outcome.version), n=len(outcome.errors))
        return f"{head}\n{errors_html(outcome.errors, lang)}"
    result = outcome.result
    lines = [text("reload_ok", lang, version=esc(result.version), seconds=f"{result.seconds:.2f}")]
    parts = [
        ("added", result.added, outcome.after),
        ("removed", result.removed, outcome.before),
        ("changed", result.changed, outcome.after),
    ]
    for key, ids, kb in parts:
        if ids:
            lines.append(f"{text(key, lang, n=len(ids))}: {_names(kb, ids, lang)}")
    if not (result.added or result.removed or result.changed):
        lines.append(text("reload_same", lang))
    return "\n".join(lines)


def upload_html(outcome: UploadOutcome, lang: str) -> str:
    if outcome.refused is not None:
        return text("upload_refused", lang, reason=esc(outcome.refused))
    name = esc(outcome.name or "")
    if not outcome.ok or outcome.reload is None:
        head = text("upload_rejected", lang, name=name, n=len(outcome.errors))
        return f"{head}\n{errors_html(outcome.errors, lang)}"
    head = text("upload_created" if outcome.created else "upload_replaced", lang, name=name)
    return f"{head}\n{reload_html(outcome.reload, lang)}"


def rollback_html(outcome: RollbackOutcome, lang: str) -> str:
    if outcome.nothing:
        return text("rollback_none", lang)
    at = outcome.restored.strftime("%Y-%m-%d %H:%M:%S UTC") if outcome.restored else "?"
    if not outcome.ok or outcome.reload is None:
        head = text("rollback_failed", lang, at=at, n=len(outcome.errors))
        return f"{head}\n{errors_html(outcome.errors, lang)}"
    return f"{text('rollback_ok', lang, at=at)}\n{reload_html(outcome.reload, lang)}"
