"""``/stats`` and ``/unanswered`` (and ``cisbot stats`` / ``cisbot unanswered``): figures from the
database, formatted once as Telegram HTML; the command line prints the same as plain text.

Unanswered questions are the declined ones plus those answered with a weak top score; they are
grouped so that an admin sees *what* is missing rather than every wording of it: questions
with the same analysed tokens (stems, folded to one script, stop words out — ``bot.text.tokens``)
are one group, and groups whose token strings are close (rapidfuzz ``token_sort_ratio`` ≥ 85)
are merged into the larger one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from rapidfuzz import fuzz, process

from bot.render import esc
from bot.storage import Storage
from bot.text import tokens
from bot.ui import text

# Answered, but below this top score the answer was probably a stretch (the engine answers at 0.5).
LOW_CONFIDENCE = 0.6
SIMILAR = 85
DEFAULT_SINCE_DAYS = 30
SHOW_GROUPS = 20
SHOW_TOP = 10


# --- /stats --------------------------------------------------------------------------------------


@dataclass
class DayCount:
    day: date
    total: int
    answered: int


@dataclass
class Stats:
    subscribers: dict[str, int]
    days: list[DayCount]
    top: list[tuple[str, int]]
    deliveries_day: date | None
    deliveries: dict[str, int]
    zone: str = "UTC"
    deliveries_repeated: int = 0  # sent again after a crash found them in flight

    @property
    def total(self) -> int:
        return sum(d.total for d in self.days)

    @property
    def answered(self) -> int:
        return sum(d.answered for d in self.days)


def _midnight(day: date, zone: tzinfo) -> datetime:
    return datetime.combine(day, time(), tzinfo=zone).astimezone(UTC)


async def collect_stats(storage: Storage, *, days: int = 7, zone: tzinfo = UTC, now: datetime | None = None) -> Stats:
    """Questions per day of the last ``days`` days (days as the admin's zone counts them)."""
    today = (now or datetime.now(UTC)).astimezone(zone).date()
    per_day = []
    for back in range(days - 1, -1, -1):
        day = today - timedelta(days=back)
        total, answered = await storage.questions.count(_midnight(day, zone), _midnight(day + timedelta(days=1), zone))
        per_day.append(DayCount(day, total, answered))
    since = _midnight(per_day[0].day, zone)
    top = await storage.questions.top_entities(since, SHOW_TOP)
    subscribers = await storage.subscribers.counts()
    run_day, run = await storage.insight.last_delivery_run()
    repeated = await storage.insight.delivery_repeats(run_day) if run_day is not None else 0
    return Stats(subscribers, per_day, top, run_day, run, zone=str(zone), deliveries_repeated=repeated)


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "—"


def stats_html(stats: Stats, lang: str, name: Callable[[str], str] | None = None) -> str:
    subs = {"active": 0, "paused": 0, "deactivated": 0, **stats.subscribers}
    lines = [text("stats_title", lang), ""]
    lines.append(text("stats_subscribers", lang, **{k: subs[k] for k in ("active", "paused", "deactivated")}))
    lines += ["", text("stats_days", lang, days=len(stats.days), zone=esc(stats.zone))]
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


# --- /unanswered ---------------------------------------------------------------------------------


@dataclass
class QuestionGroup:
    texts: Counter[str] = field(default_factory=Counter)

    @property
    def count(self) -> int:
        return sum(self.texts.values())

    @property
    def example(self) -> str:
        return self.texts.most_common(1)[0][0]


def group_questions(texts: Iterable[str], threshold: int = SIMILAR) -> list[QuestionGroup]:
    """Most frequent first. Questions with no meaningful token (only stop words, emoji) are left out:
    there is nothing in them to add to the knowledge base."""
    by_tokens: dict[frozenset[str], Counter[str]] = {}
    for raw in texts:
        analysed = frozenset(tokens(raw))
        if analysed:
            by_tokens.setdefault(analysed, Counter())[" ".join(raw.split())] += 1
    # Largest first, so each group is represented by its most common form and small variants
    # join it rather than the other way round.
    ordered = sorted(by_tokens.items(), key=lambda kv: (-sum(kv[1].values()), sorted(kv[0])))
    groups: list[QuestionGroup] = []
    keys: list[str] = []
    for toks, counter in ordered:
        key = " ".join(sorted(toks))
        match = process.extractOne(key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=threshold) if keys else None
        if match is not None:
            groups[match[2]].texts.update(counter)
        else:
            groups.append(QuestionGroup(Counter(counter)))
            keys.append(key)
    groups.sort(key=lambda g: (-g.count, g.example))
    return groups


def parse_since(arg: str | None, today: date) -> date:
    """``YYYY-MM-DD``, or 30 days ago; ValueError for anything else."""
    if not arg:
        return today - timedelta(days=DEFAULT_SINCE_DAYS)
    if len(arg) != 10:
        raise ValueError(arg)
    return date.fromisoformat(arg)


async def collect_unanswered(storage: Storage, since: date, zone: tzinfo = UTC) -> tuple[int, list[QuestionGroup]]:
    """(how many questions, their groups) since the start of ``since``."""
    texts = await storage.questions.unanswered(_midnight(since, zone), LOW_CONFIDENCE)
    # Oldest first, so that among equally frequent wordings the example is the first one asked.
    return len(texts), group_questions(reversed(texts))


def unanswered_html(total: int, groups: list[QuestionGroup], since: date, lang: str, limit: int = SHOW_GROUPS) -> str:
    if not groups:
        return text("unanswered_none", lang, since=since.isoformat())
    lines = [text("unanswered_title", lang, since=since.isoformat(), total=total, groups=len(groups))]
    for group in groups[:limit]:
        variants = len(group.texts)
        more = text("unanswered_variants", lang, n=variants) if variants > 1 else ""
        lines.append(f"{group.count} × <i>{esc(group.example[:200])}</i>{more}")
    if len(groups) > limit:
        lines.append(text("more", lang, n=len(groups) - limit))
    return "\n".join(lines)
