"""An ``.ics`` calendar of upcoming meetings that calendar apps import (RFC 5545 via icalendar)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar, Event

from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Meeting
from bot.present.digest import month_end
from bot.present.messages import translate


def calendar_ics(kb: KnowledgeBase, meetings: list[Meeting], lang: str, now: datetime | None = None) -> bytes:
    cal = Calendar()
    cal.add("prodid", "-//CIS security cooperation bot//cisbot//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", translate("CIS security meetings", lang))
    stamp = now or datetime.now(UTC)
    for m in meetings:
        d = meeting_date(m)
        if d is None or d.month is None:
            continue
        event = Event()
        event.add("uid", f"{m.id}@cisbot")
        event.add("dtstamp", stamp)
        event.add("summary", m.name.get(lang))
        if d.day is not None:
            start = date(d.year, d.month, d.day)
            event.add("dtstart", start)
            event.add("dtend", start + timedelta(days=1))
        else:
            # Known only to the month: an all-month event, marked tentative.
            start = date(d.year, d.month, 1)
            end = month_end(d.year, d.month) + timedelta(days=1)
            event.add("dtstart", start)
            event.add("dtend", end)
            event.add("status", "TENTATIVE")
        place = kb.get(m.place) if m.place else None
        if place is not None:
            event.add("location", place.name.get(lang))
        sources = [kb.source(s) for s in m.sources]
        cited = "; ".join(f"{s.publisher.get(lang)}: {s.title.get(lang)}" for s in sources if s)
        event.add("description", f"{m.description.get(lang)}\n\n{cited}")
        cal.add_component(event)
    return cal.to_ical()
