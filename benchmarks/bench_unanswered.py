"""/unanswered and /stats on a big question log: how long the report takes, and how long the
event loop stalls meanwhile (every other user waits that long for an answer).

A SQLite question log (a file in a temporary directory, through the bot's own ``Storage``) is
filled with ``--rows`` logged questions from ``--distinct`` distinct wordings (plainly made-up
questions, drawn mostly rarely, a few often, about half of them declined), spread over the
last 20 days. Then ``collect_unanswered`` and ``collect_stats`` — what /unanswered and /stats
call — run while a ticker coroutine wakes every 10 ms and records how late it woke: the largest
lateness is the longest stretch the event loop was blocked.

    python benchmarks/bench_unanswered.py [--rows 100000] [--distinct 40000] [--json]

With ``--json`` the last line printed is one JSON object. Not a test: it only prints.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the project importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.admin.stats import collect_stats, collect_unanswered
from bot.storage import Storage
from bot.storage.questions import QuestionRecord

TICK = 0.010
SYLLABLES = ["ka", "lo", "mi", "re", "tu", "sa", "ven", "dor", "pil", "ast", "ro", "ne", "gul", "fi", "ber", "tan"]
FORMS = [
    "What is the {a} {b} in {c}?",
    "Where is the {a} {b} near {c}",
    "how much does {a} {b} cost in {c} in {y}",
    "Tell me about {a} {b} of {c} {y}",
    "who runs the {a} {b} in {c}?",
]


def vocabulary(rng: random.Random, size: int = 3000) -> list[str]:
    """Made-up words of two to four syllables: real questions about things the knowledge base
    lacks are varied, and few of them share a token set."""
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def wordings(n: int, rng: random.Random) -> list[str]:
    """``n`` distinct made-up questions; most have a token set of their own."""
    words = vocabulary(rng)
    seen: set[str] = set()
    out: list[str] = []
    while len(out) < n:
        a, b, c = rng.sample(words, 3)
        text = rng.choice(FORMS).format(a=a, b=b, c=c.title(), y=rng.randint(1990, 2030))
        if text not in seen:
            seen.add(text)
            out.append(text)
    return out


async def fill(storage: Storage, rows: int, distinct: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    texts = wordings(distinct, rng)
    now = datetime.now(UTC)
    batch: list[QuestionRecord] = []
    for i in range(rows):
        # Every wording at least once; then a fifth of the questions go to a few favourites (a
        # long tail) and the rest to any wording: most unanswered questions are asked rarely.
        if i < distinct:
            text = texts[i]
        elif rng.random() < 0.2:
            text = texts[min(int(rng.paretovariate(1.2)) - 1, distinct - 1)]
        else:
            text = rng.choice(texts)
        answered = rng.random() < 0.5
        batch.append(
            QuestionRecord(
                at=now - timedelta(seconds=rng.uniform(0, 20 * 86400)),
                lang="en",
                text=text,
                answered=answered,
                intent="card",
                top_id="csto" if answered else None,
                top_score=0.9 if answered else rng.choice([None, 0.3]),
                user_hash=f"{rng.getrandbits(64):016x}",
            )
        )
        if len(batch) == 5000:
            await storage.questions.add_many(batch)
            batch = []
    await storage.questions.add_many(batch)


async def timed(work: Callable[[], Awaitable[Any]]) -> tuple[float, float, Any]:
    """(seconds the work took, the longest event-loop stall meanwhile, its result)."""
    stalls: list[float] = []
    done = asyncio.Event()

    async def ticker() -> None:
        loop = asyncio.get_running_loop()
        while not done.is_set():
            expected = loop.time() + TICK
            await asyncio.sleep(TICK)
            stalls.append(max(0.0, loop.time() - expected))

    ticking = asyncio.create_task(ticker())
    await asyncio.sleep(TICK * 3)  # the ticker is running before the work starts
    start = time.perf_counter()
    result = await work()
    seconds = time.perf_counter() - start
    done.set()
    await ticking
    return seconds, max(stalls, default=0.0), result


async def run(rows: int, distinct: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="bench-unanswered-") as tmp:
        storage = await Storage.open(f"sqlite+aiosqlite:///{Path(tmp) / 'log.sqlite3'}")
        try:
            start = time.perf_counter()
            await fill(storage, rows, distinct)
            fill_seconds = time.perf_counter() - start
            since = (datetime.now(UTC) - timedelta(days=30)).date()
            unanswered_seconds, unanswered_stall, report = await timed(lambda: collect_unanswered(storage, since))
            stats_seconds, stats_stall, _ = await timed(lambda: collect_stats(storage))
        finally:
            await storage.close()
    groups = report[1] if isinstance(report, tuple) else report.groups  # a tuple before the report was capped
    return {
        "rows": rows,
        "distinct": distinct,
        "fill_seconds": round(fill_seconds, 2),
        "unanswered_seconds": round(unanswered_seconds, 3),
        "unanswered_max_stall_ms": round(unanswered_stall * 1000, 1),
        "unanswered_groups": len(groups),
        "stats_seconds": round(stats_seconds, 3),
        "stats_max_stall_ms": round(stats_stall * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--distinct", type=int, default=40_000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = asyncio.run(run(args.rows, min(args.distinct, args.rows)))
    print(
        f"{figures['rows']:,} logged questions ({figures['distinct']:,} distinct wordings), filled in "
        f"{figures['fill_seconds']} s\n"
        f"/unanswered: {figures['unanswered_seconds']} s, {figures['unanswered_groups']:,} groups, "
        f"longest event-loop stall {figures['unanswered_max_stall_ms']} ms\n"
        f"/stats:      {figures['stats_seconds']} s, longest event-loop stall {figures['stats_max_stall_ms']} ms"
    )
    if args.json:
        print(json.dumps(figures))


if __name__ == "__main__":
    main()
