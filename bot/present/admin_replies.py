"""Replies to /reload, uploads and /rollback as Telegram HTML (every name and error escaped).

Errors are listed one per line as ``file:line:column: message``; a very long list is cut after
:data:`MAX_ERRORS` (``cisbot validate`` prints them all) and the reply is split by the sender.
"""

from __future__ import annotations

from bot.admin.knowledge import ReloadOutcome, RollbackOutcome, UploadOutcome
from bot.kb.base import KnowledgeBase
from bot.kb.loader import LoadError
from bot.present.messages import to_translate, translate
from bot.present.render import esc

MAX_ERRORS = 100
MAX_NAMES = 30


def errors_html(errors: list[LoadError], lang: str) -> str:
    lines = [f"<code>{esc(str(e))}</code>" for e in errors[:MAX_ERRORS]]
    if len(errors) > MAX_ERRORS:
        lines.append(translate("… and {n} more errors (<code>cisbot validate</code> lists them all)", lang, n=len(errors) - MAX_ERRORS))
    return "\n".join(lines)


def _names(kb: KnowledgeBase | None, ids: list[str], lang: str) -> str:
    shown = [esc(kb.name(i, lang)) if kb else esc(i) for i in ids[:MAX_NAMES]]
    line = "; ".join(shown)
    if len(ids) > MAX_NAMES:
        line += " " + translate("… and {n} more", lang, n=len(ids) - MAX_NAMES)
    return line


def reload_html(outcome: ReloadOutcome, lang: str) -> str:
    if not outcome.ok or outcome.result is None:
        head = translate("❌ Reload failed; nothing changed, still serving version <code>{version}</code>. Errors ({n}):", lang, version=esc(outcome.version), n=len(outcome.errors))
        return f"{head}\n{errors_html(outcome.errors, lang)}"
    result = outcome.result
    lines = [translate("✅ Knowledge base reloaded: version <code>{version}</code> in {seconds} s.", lang, version=esc(result.version), seconds=f"{result.seconds:.2f}")]
    parts = [
        (to_translate("Added ({n})"), result.added, outcome.after),
        (to_translate("Removed ({n})"), result.removed, outcome.before),
        (to_translate("Changed ({n})"), result.changed, outcome.after),
    ]
    for heading, ids, kb in parts:
        if ids:
            lines.append(f"{translate(heading, lang, n=len(ids))}: {_names(kb, ids, lang)}")
    if not (result.added or result.removed or result.changed):
        lines.append(translate("No entries added, removed or changed.", lang))
    return "\n".join(lines)


def upload_html(outcome: UploadOutcome, lang: str) -> str:
    if outcome.refused is not None:
        return translate("❌ Upload refused: {reason}", lang, reason=esc(outcome.refused))
    name = esc(outcome.name or "")
    if not outcome.ok or outcome.reload is None:
        head = translate("❌ <code>{name}</code> rejected; nothing changed. Errors ({n}):", lang, name=name, n=len(outcome.errors))
        return f"{head}\n{errors_html(outcome.errors, lang)}"
    if outcome.created:
        head = translate("📥 <code>{name}</code> added (the previous files are kept: /rollback restores them).", lang, name=name)
    else:
        head = translate("📥 <code>{name}</code> replaced (the previous files are kept: /rollback restores them).", lang, name=name)
    return f"{head}\n{reload_html(outcome.reload, lang)}"


def rollback_html(outcome: RollbackOutcome, lang: str) -> str:
    if outcome.nothing:
        return translate("There is no earlier version to roll back to.", lang)
    at = outcome.restored.strftime("%Y-%m-%d %H:%M:%S UTC") if outcome.restored else "?"
    if not outcome.ok or outcome.reload is None:
        head = translate("❌ Rollback to the version before {at} failed; nothing changed. Errors ({n}):", lang, at=at, n=len(outcome.errors))
        return f"{head}\n{errors_html(outcome.errors, lang)}"
    return f"{translate('↩️ Restored the knowledge base as it was before the change of {at}.', lang, at=at)}\n{reload_html(outcome.reload, lang)}"
