"""When is a subscriber's digest (or reminder) due? Pure functions of the subscriber and "now".

Due times are computed in the subscriber's own time zone with ``zoneinfo``, so "09:00 every
Monday" stays 09:00 local across daylight-saving changes. A local hour that does not exist on a
spring-forward day resolves as ``zoneinfo`` resolves it (the offset before the change), and an
hour that occurs twice in autumn is taken at its first occurrence; either way the period key is
the local date or ISO week, so the digest goes out exactly once.

A digest that fell due while the bot was down is still sent when it comes back, once, if no
more than ``GRACE`` has passed since it was due; older ones are skipped as stale.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.storage.subscribers import Subscriber

GRACE = timedelta(hours=12)


@dataclass(frozen=True)
class Due:
    period: str  # ledger key: "2026-11-24" (daily) or "2026-W48" (weekly)
    at: datetime  # when it fell due, UTC


def local_due(day: date, hour: int, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=zone).astimezone(UTC)


def latest_due(sub: Subscriber, now: datetime) -> Due | None:
    """The most recent digest period whose due time is at or before ``now`` (UTC)."""
    if sub.frequency == "off":
        return None
    zone = ZoneInfo(sub.timezone)
    today = now.astimezone(zone).date()
    for back in range(0, 8):
        day = today - timedelta(days=back)
        if sub.frequency == "weekly" and day.weekday() != sub.weekday:
            continue
        at = local_due(day, sub.hour, zone)
        if at <= now:
            if sub.frequency == "daily":
                return Due(day.isoformat(), at)
            year, week, _ = day.isocalendar()
            return Due(f"{year}-W{week:02d}", at)
    return None


def due_digest(sub: Subscriber, now: datetime, grace: timedelta = GRACE) -> Due | None:
    """The digest to send now, if any: due, within the grace window, and not due before the
    subscription existed (a new subscriber does not get this morning's digest at noon)."""
    if sub.status != "active":
        return None
    due = latest_due(sub, now)
    if due is None or now - due.at > grace or due.at < sub.created_at:
        return None
    return due


def next_due(sub: Subscriber, now: datetime) -> datetime | None:
    """When the next digest will fall due (UTC), for showing in the settings."""
    if sub.frequency == "off" or sub.status != "active":
        return None
    zone = ZoneInfo(sub.timezone)
    today = now.astimezone(zone).date()
    for ahead in range(0, 9):
        day = today + timedelta(days=ahead)
        if sub.frequency == "weekly" and day.weekday() != sub.weekday:
            continue
        at = local_due(day, sub.hour, zone)
        if at > now:
            return at
    return None


def reminder_due(sub: Subscriber, meeting_day: date, now: datetime, grace: timedelta = GRACE) -> bool:
    """A reminder goes out the day before the meeting, at the subscriber's hour."""
    if sub.status != "active" or not sub.reminders:
        return False
    at = local_due(meeting_day - timedelta(days=1), sub.hour, ZoneInfo(sub.timezone))
    return at <= now and now - at <= grace and at >= sub.created_at
