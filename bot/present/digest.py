"""What a digest says: upcoming meetings of the followed bodies, grouped by date, and what is
new in the knowledge base since the subscriber's last digest. Both languages."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from bot.digest.follow import follows_meeting
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Meeting, PartialDate
from bot.present.freshness import freshness_line
from bot.present.i18n import format_date, next_days
from bot.present.messages import translate
from bot.present.render import entity_line, esc, meeting_line, name, place_text, sources_footer
from bot.storage.kbchanges import KbChange
from bot.storage.subscribers import Subscriber


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def in_window(d: PartialDate, start: date, end: date) -> bool:
    """A meeting known to the day, or only to the month, that may fall in [start, end]."""
    if d.day is not None and d.month is not None:
        return start <= date(d.year, d.month, d.day) <= end
    if d.month is not None:
        return date(d.year, d.month, 1) <= end and month_end(d.year, d.month) >= start
    return False


def upcoming_meetings(kb: KnowledgeBase, sub: Subscriber | None, start: date, days: int) -> list[Meeting]:
    end = start + timedelta(days=days)
    found = []
    for entity in kb.of_kind("meeting"):
        if not isinstance(entity, Meeting):
            continue
        d = meeting_date(entity)
        if d is None or not in_window(d, start, end):
            continue
        if not follows_meeting(kb, sub, entity):
            continue
        found.append(entity)
    return sorted(found, key=lambda m: (meeting_date(m) or PartialDate(9999)).sort_key())


def upcoming_html(kb: KnowledgeBase, meetings: list[Meeting], lang: str, deep_link: str | None = None) -> list[str]:
    """Meetings grouped under their date headings."""
    lines: list[str] = []
    current = None
    for m in meetings:
        heading = format_date(meeting_date(m), lang)
        if heading != current:
            lines.append(f"\n<b>{esc(heading)}</b>")
            current = heading
        parts = [f"• {esc(m.name.get(lang))}"]
        if m.body:
            parts.append(name(kb, m.body, lang))
        place = place_text(kb, m, lang)
        if place:
            parts.append(place)
        line = " — ".join(parts)
        if deep_link:
            line += f' <a href="{esc(deep_link)}?start=meeting_{m.id}">{esc(translate("open", lang))}</a>'
        lines.append(line)
    return lines


@dataclass
class Digest:
    html: str
    meetings: int
    changes: int

    @property
    def empty(self) -> bool:
        return self.meetings == 0 and self.changes == 0


def build_digest(
    kb: KnowledgeBase,
    sub: Subscriber,
    today: date,
    changes: list[KbChange],
    deep_link: str | None = None,
) -> Digest | None:
    """The digest for one subscriber, or None when there is nothing to say and they asked
    not to be told so."""
    lang = sub.lang
    meetings = upcoming_meetings(kb, sub, today, sub.horizon_days)
    added, changed = _changes(kb, changes, sub)
    end = today + timedelta(days=sub.horizon_days)
    lines = [f"<b>{esc(translate('📅 Upcoming CIS security meetings', lang))}</b>"]
    lines.append(
        f"<i>{esc(translate('{start} – {end}', lang, start=format_date(_pd(today), lang), end=format_date(_pd(end), lang)))}</i>"
    )
    if meetings:
        lines += upcoming_html(kb, meetings, lang, deep_link)
    else:
        if not sub.empty_note and not (added or changed):
            return None
        lines.append(esc(translate("The knowledge base has no meetings in {days}.", lang, days=next_days(sub.horizon_days, lang))))
    if added:
        lines += [
            "",
            f"<b>{esc(translate('🆕 New in the knowledge base', lang))}</b>",
            *(f"• {entity_line(kb, kb.entities[i], lang)}" for i in added[:15]),
        ]
    if changed:
        lines += [
            "",
            f"<b>{esc(translate('✏️ Updated', lang))}</b>",
            *(f"• {entity_line(kb, kb.entities[i], lang)}" for i in changed[:15]),
        ]
    sources = [s for m in meetings for s in m.sources]
    if sources:
        lines += ["", sources_footer(kb, sources, lang)]
    lines += ["", f"<i>{freshness_line(kb, lang)}</i>"]
    return Digest("\n".join(lines), len(meetings), len(added) + len(changed))


def build_reminder(kb: KnowledgeBase, meeting: Meeting, lang: str) -> str:
    lines = [
        f"<b>{esc(translate('⏰ Tomorrow', lang))}</b>",
        meeting_line(kb, meeting, lang),
        sources_footer(kb, meeting.sources, lang),
    ]
    return "\n".join(lines)


def _pd(d: date) -> PartialDate:
    return PartialDate(d.year, d.month, d.day)


def _changes(kb: KnowledgeBase, changes: list[KbChange], sub: Subscriber) -> tuple[list[str], list[str]]:
    added: dict[str, None] = {}
    changed: dict[str, None] = {}
    for change in changes:
        for i in change.added:
            added[i] = None
        for i in change.changed:
            if i not in added:
                changed[i] = None
        for i in change.removed:
            added.pop(i, None)
            changed.pop(i, None)
    # Only what still exists and is worth a line; meetings only when followed.
    keep = ("meeting", "document", "body", "fact")

    def wanted(entity_id: str) -> bool:
        if entity_id not in kb.entities or kb.kind(entity_id) not in keep:
            return False
        entity = kb.entities[entity_id]
        return not isinstance(entity, Meeting) or follows_meeting(kb, sub, entity)

    return [i for i in added if wanted(i)], [i for i in changed if wanted(i)]
