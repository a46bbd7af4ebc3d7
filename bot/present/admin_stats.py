"""``/stats`` and ``/unanswered`` in words: the figures of ``bot.admin.stats`` as Telegram HTML."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date

from babel.numbers import format_decimal

from bot.admin.stats import SHOW_GROUPS, Stats, UnansweredReport
from bot.present import ui
from bot.present.i18n import babel_locale, last_days
from bot.present.messages import to_translate, translate
from bot.present.render import esc


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def stats_html(stats: Stats, lang: str, name: Callable[[str], str] | None = None) -> str:
    subs = {"active": 0, "paused": 0, "deactivated": 0, **stats.subscribers}
    lines = [translate(ui.STATISTICS_TITLE, lang), ""]
    lines.append(translate("Subscribers: active {active}, paused {paused}, deactivated {deactivated}", lang, active=subs["active"], paused=subs["paused"], deactivated=subs["deactivated"]))
    lines += ["", translate("Questions per day, {period} ({zone}), share answered:", lang, period=last_days(len(stats.days), lang), zone=esc(stats.zone))]
    for d in stats.days:
        lines.append(f"<code>{d.day.isoformat()}</code>  {d.total}  ({_share(d.answered, d.total)})")
    lines.append(
        translate(
            "Answered: {share} ({answered} of {total})",
            lang,
            share=_share(stats.answered, stats.total),
            answered=stats.answered,
            total=stats.total,
        )
    )
    lines.append(
        translate("Helpful: {share} ({helpful} of {votes} votes)", lang, share=_share(stats.helpful, stats.votes), helpful=stats.helpful, votes=stats.votes)
    )
    lines += ["", translate("Most asked:", lang)]
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
        lines.append(translate("none", lang))
    lines.append("")
    if stats.deliveries_day is None:
        lines.append(translate("No digest deliveries yet.", lang))
    else:
        counts = ", ".join(f"{esc(status)} {n}" for status, n in sorted(stats.deliveries.items()))
        lines.append(translate("Last digest run ({day}): {counts}", lang, day=stats.deliveries_day.isoformat(), counts=counts))
        if stats.deliveries.get("unknown"):
            lines.append(translate("Unknown outcome: {n} (Telegram did not answer in time; probably delivered, not resent)", lang, n=stats.deliveries["unknown"]))
        if stats.deliveries_repeated:
            lines.append(translate("Sent again after a crash: {n} (may have arrived twice)", lang, n=stats.deliveries_repeated))
    return "\n".join(lines)


def _number(n: int, lang: str) -> str:
    # CLDR groups digits with a no-break space in Russian, a comma in English.
    return format_decimal(n, locale=babel_locale(lang))


REASONS = {
    "declined": to_translate("declined"),
    "doubtful": to_translate("doubtful"),
    "disliked": to_translate("👎"),
}


def _reasons(reasons: Counter[str], lang: str) -> str:
    """Why the questions are here, in a fixed order: " (declined 2, doubtful 1)"."""
    parts = [
        f"{translate(word, lang)} {_number(reasons[reason], lang)}" for reason, word in REASONS.items() if reasons[reason]
    ]
    return f" ({', '.join(parts)})" if parts else ""


def unanswered_html(report: UnansweredReport, since: date, lang: str, limit: int = SHOW_GROUPS) -> str:
    groups = report.groups
    if not groups:
        return translate("No declined or doubtful questions since {since}.", lang, since=since.isoformat())
    if report.capped:
        title = translate(
            ui.UNANSWERED_TITLE_LATEST,
            lang,
            since=since.isoformat(),
            all=_number(report.total, lang),
            latest=_number(report.latest, lang),
            total=_number(report.grouped, lang),
            groups=_number(len(groups), lang),
        )
    else:
        title = translate(
            ui.UNANSWERED_TITLE,
            lang,
            since=since.isoformat(),
            total=_number(report.grouped, lang),
            groups=_number(len(groups), lang),
        )
    lines = [title + _reasons(report.reasons(), lang)]
    for number, group in enumerate(groups[:limit], 1):
        variants = len(group.texts)
        more = translate(" ({n} wordings)", lang, n=variants) if variants > 1 else ""
        lines.append(f"{number}) {group.count} × <i>{esc(group.example[:200])}</i>{more}{_reasons(group.reasons, lang)}")
    if len(groups) > limit:
        rest = groups[limit:]
        lines.append(translate("… and {groups} more groups: {n} questions", lang, groups=len(rest), n=sum(g.count for g in rest)))
    return "\n".join(lines)
