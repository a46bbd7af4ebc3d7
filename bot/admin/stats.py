"""``/stats`` and ``/unanswered`` (and ``cisbot stats`` / ``cisbot unanswered``): figures from the
database (``bot.present.admin_stats`` words them as Telegram HTML; the command line prints the
same as plain text).

Unanswered questions are the declined ones plus those answered with a weak top score; they are
grouped so that an admin sees *what* is missing rather than every wording of it: questions
with the same analysed tokens (stems, folded to one script, stop words out — ``bot.search.text.tokens``)
are one group, and groups whose token strings are close (rapidfuzz ``token_sort_ratio`` ≥ 85)
are merged into the larger one.

The cost of a report is bounded whatever the size of the log: /unanswered groups only the latest
:data:`UNANSWERED_ROWS` questions (the header says so, with how many there are in all), compares
their token strings all at once (``process.cdist``, about 0.1 s at the cap) and does the
grouping in a worker thread, so the event loop — everyone else's answers — never waits for it.
/stats is a handful of indexed SQL aggregates, run in the database driver's thread.
"""

from __future__ import annotations

import asyncio
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

import numpy as np
from rapidfuzz import fuzz, process

from bot.search.text import tokens
from bot.storage import Storage
from bot.storage.questions import UnansweredRow

# Answered, but below this top score the answer was probably a stretch (the engine answers at 0.5).
LOW_CONFIDENCE = 0.6
SIMILAR = 85
DEFAULT_SINCE_DAYS = 30
SHOW_GROUPS = 20
SHOW_TOP = 10
# /unanswered groups at most this many of the latest questions: comparing every pair of their
# token strings is then ~2,000² cheap comparisons (4 MB of scores), a tenth of a second.
UNANSWERED_ROWS = 2_000
_BLOCK = 256  # keys scored at once: at most 256 × (keys so far) float64 scores in memory


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
    helpful: int = 0  # 👍 votes over the days shown
    votes: int = 0  # 👍 and 👎 votes over the days shown

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
    helpful, votes = await storage.questions.helpful(since)
    subscribers = await storage.subscribers.counts()
    run_day, run = await storage.insight.last_delivery_run()
    repeated = await storage.insight.delivery_repeats(run_day) if run_day is not None else 0
    return Stats(
        subscribers,
        per_day,
        top,
        run_day,
        run,
        zone=str(zone),
        deliveries_repeated=repeated,
        helpful=helpful,
        votes=votes,
    )


# --- /unanswered ---------------------------------------------------------------------------------


@dataclass
class QuestionGroup:
    texts: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)  # declined, doubtful, disliked
    langs: Counter[str] = field(default_factory=Counter)  # the languages its questions were answered in

    @property
    def count(self) -> int:
        return sum(self.texts.values())

    @property
    def example(self) -> str:
        return self.texts.most_common(1)[0][0]


def _normalised(raw: str) -> str:
    return " ".join(raw.split())


def group_questions(rows: Iterable[str | UnansweredRow], threshold: int = SIMILAR) -> list[QuestionGroup]:
    """Most frequent first; every question is in exactly one group, so the counts add up. Questions
    with no meaningful token (a bare follow-up such as "and when?", emoji) are grouped only with
    the same text: there is nothing in them to compare. CPU-bound (quadratic in the number of
    distinct token sets): callers cap the rows and run it off the event loop."""
    by_tokens: dict[frozenset[str], QuestionGroup] = {}
    bare: dict[str, QuestionGroup] = {}
    for row in rows:
        raw, reason, lang = (row, "", "") if isinstance(row, str) else (row.text, row.reason, row.lang)
        analysed = frozenset(tokens(raw))
        text_form = _normalised(raw)
        if analysed:
            group = by_tokens.setdefault(analysed, QuestionGroup())
        else:
            group = bare.setdefault(text_form.casefold(), QuestionGroup())
        group.texts[text_form] += 1
        if reason:
            group.reasons[reason] += 1
        if lang:
            group.langs[lang] += 1
    # Largest first, so each group is represented by its most common form and small variants
    # join it rather than the other way round.
    ordered = sorted(by_tokens.items(), key=lambda kv: (-kv[1].count, sorted(kv[0])))
    # Each key is its tokens sorted and joined (tokens hold no spaces), so plain ``ratio`` between
    # two keys equals their ``token_sort_ratio`` — without sorting again for every pair, which
    # makes the comparisons 5x cheaper. A key joins the earlier representative it scores best
    # with (the first one on a tie), else starts a group of its own: the same greedy pass as one
    # ``extractOne`` per key, but scored a block of keys at a time in C (``cdist``, which releases
    # the GIL), against the keys before them only. Scores under the threshold come back as 0;
    # float64 keeps them exactly as ``extractOne`` compares them.
    keys = [" ".join(sorted(toks)) for toks, _ in ordered]
    representative = np.zeros(len(keys), dtype=bool)
    group_of: dict[int, QuestionGroup] = {}
    groups: list[QuestionGroup] = []
    for block in range(0, len(keys), _BLOCK):
        stop = min(block + _BLOCK, len(keys))
        scores = process.cdist(
            keys[block:stop], keys[:stop], scorer=fuzz.ratio, score_cutoff=threshold, dtype=np.float64
        )
        for index in range(block, stop):
            candidates = np.where(representative[:index], scores[index - block, :index], 0.0)
            best = int(candidates.argmax()) if index else 0
            member = ordered[index][1]
            if index and candidates[best] >= threshold:
                joined = group_of[best]
                joined.texts.update(member.texts)
                joined.reasons.update(member.reasons)
                joined.langs.update(member.langs)
                continue
            group = QuestionGroup(Counter(member.texts), Counter(member.reasons), Counter(member.langs))
            groups.append(group)
            group_of[index] = group
            representative[index] = True
    groups.extend(bare.values())
    groups.sort(key=lambda g: (-g.count, g.example))
    return groups


def parse_since(arg: str | None, today: date) -> date:
    """``YYYY-MM-DD``, or 30 days ago; ValueError for anything else."""
    if not arg:
        return today - timedelta(days=DEFAULT_SINCE_DAYS)
    if len(arg) != 10:
        raise ValueError(arg)
    return date.fromisoformat(arg)


@dataclass
class UnansweredReport:
    total: int  # unanswered questions since the date, all of them
    latest: int  # how many of the most recent ones were read and grouped (at most UNANSWERED_ROWS)
    groups: list[QuestionGroup]

    @property
    def capped(self) -> bool:
        return self.total > self.latest

    @property
    def grouped(self) -> int:
        """Questions in the groups: all ``latest`` of them."""
        return sum(g.count for g in self.groups)

    def reasons(self) -> Counter[str]:
        out: Counter[str] = Counter()
        for group in self.groups:
            out.update(group.reasons)
        return out


async def collect_unanswered(
    storage: Storage, since: date, zone: tzinfo = UTC, *, limit: int | None = None
) -> UnansweredReport:
    """The latest ``limit`` (default :data:`UNANSWERED_ROWS`) unanswered questions since the start
    of ``since``, grouped in a worker thread, and how many there are in all."""
    limit = limit or UNANSWERED_ROWS
    start = _midnight(since, zone)
    rows = await storage.questions.unanswered(start, LOW_CONFIDENCE, limit)
    total = len(rows)
    if total >= limit:
        # max(): rows pruned between the two queries must not make the header contradict itself.
        total = max(total, await storage.questions.count_unanswered(start, LOW_CONFIDENCE))
    # Oldest first, so that among equally frequent wordings the example is the first one asked.
    groups = await asyncio.to_thread(group_questions, rows[::-1])
    return UnansweredReport(total, len(rows), groups)


