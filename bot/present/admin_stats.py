"""``/stats`` and ``/unanswered`` in words: the figures of ``bot.admin.stats`` as Telegram HTML."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from bot.admin.stats import SHOW_GROUPS, Stats, UnansweredReport
from bot.present.i18n import last_days
from bot.present.render import esc
from bot.present.ui import text


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def stats_html(stats: Stats, lang: str, name: Callable[[str], str] | None = None) -> str:
    subs = {"active": 0, "paused": 0, "deactivated": 0, **stats.subscribers}
    lines = [text("stats_title", lang), ""]
    lines.append(text("stats_subscribers", lang, **{k: subs[k] for k in ("active", "paused", "deactivated")}))
    lines += ["", text("stats_days", lang, period=last_days(len(stats.days), lang), zone=esc(stats.zone))]
    for d in stats.days:
        lines.append(f"<code>{d.day.isoformat()}</code>  {d.total}  ({_share(d.answered, d.total)})")
    lines.append(
        text(
            "stats_answered",
            lang,
            share=_share(stats.answered, stats.total),
            answered=stats.answered,
            total=stats.total,
        )
    )
    lines.append(
        text("stats_helpful", lang, share=_share(stats.helpful, stats.votes), helpful=stats.helpful, votes=stats.votes)
    )
    lines += ["", text("stats_top", lang)]
    if stats.top:
        for entity_id, n in stats.top:
            label = name(entity_id) if name else entity_id
            shown = (
                f"{esc(label)} (<code>{esc(entity_id)}</code>)"
                if label != entity_id
                else f"<code>{esc(entity_id)}</code>"
            )
            lines.append(f"{n} — {shown}")
    else:
        lines.append(text("none", lang))
    lines.append("")
    if stats.deliveries_day is None:
        lines.append(text("stats_no_deliveries", lang))
    else:
        counts = ", ".join(f"{esc(status)} {n}" for status, n in sorted(stats.deliveries.items()))
        lines.append(text("stats_deliveries", lang, day=stats.deliveries_day.isoformat(), counts=counts))
        if stats.deliveries.get("unknown"):
            lines.append(text("stats_unknown", lang, n=stats.deliveries["unknown"]))
        if stats.deliveries_repeated:
            lines.append(text("stats_repeated", lang, n=stats.deliveries_repeated))
    return "\n".join(lines)


def _number(n: int, lang: str) -> str:
    return f"{n:,}".replace(",", "\u00a0" if lang == "ru" else ",")


REASONS = ("declined", "doubtful", "disliked")


def _reasons(reasons: Counter[str], lang: str) -> str:
    """Why the questions are here, in a fixed order: " (declined 2, doubtful 1)"."""
    parts = [
        f"{text('reason_' + reason, lang)} {_number(reasons[reason], lang)}" for reason in REASONS if reasons[reason]
    ]
    return f" ({', '.join(parts)})" if parts else ""


def unanswered_html(report: UnansweredReport, since: date, lang: str, limit: int = SHOW_GROUPS) -> str:
    groups = report.groups
    if not groups:
        return text("unanswered_none", lang, since=since.isoformat())
    if report.capped:
        title = text(
            "unanswered_title_latest",
            lang,
            since=since.isoformat(),
            all=_number(report.total, lang),
            latest=_number(report.latest, lang),
            total=_number(report.grouped, lang),
            groups=_number(len(groups), lang),
        )
    else:
        title = text(
            "unanswered_title",
            lang,
            since=since.isoformat(),
            total=_number(report.grouped, lang),
            groups=_number(len(groups), lang),
        )
    lines = [title + _reasons(report.reasons(), lang)]
    for number, group in enumerate(groups[:limit], 1):
        variants = len(group.texts)
        more = text("unanswered_variants", lang, n=variants) if variants > 1 else ""
        lines.append(
            f"{number}) {group.count} × <i>{esc(group.example[:200])}</i>{more}{_reasons(group.reasons, lang)}"
        )
    if len(groups) > limit:
        rest = groups[limit:]
        lines.append(text("unanswered_more", lang, groups=len(rest), n=sum(g.count for g in rest)))
    return "\n".join(lines)
