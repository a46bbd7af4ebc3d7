"""End-to-end throughput and latency of the whole bot: Update in, reply recorded by the local Bot API.

Runs the real ``Application`` (handlers, storage, rate limiter, flood control) against the
in-process Bot API double, with Telegram's rate limits switched off on both sides so that the
bot's own processing cost is what is measured (Telegram would cap a broadcast at 30 messages a
second anyway). Prints questions per second and p50/p99 from update to reply for 1 chat and for
N concurrent chats. Not a test: it only prints.

    python benchmarks/bench_bot.py [--questions 2000] [--chats 1,100] [--json]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml
from telegram import Update

from bot.app import build_application, start_offline, stop_offline
from bot.config import load_settings
from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.limits import Limits
from bot.fake_telegram.transport import make_request
from bot.runtime.ratelimit import SendSchedule, TelegramRateLimiter
from bot.runtime.throttle import UserThrottle

ROOT = Path(__file__).resolve().parent.parent
TARGET_QPS, TARGET_P99_MS = 500, 50


def questions() -> list[str]:
    cases = yaml.safe_load((ROOT / "tests" / "dev_questions.yaml").read_text(encoding="utf-8"))
    extra = ["/start", "/help", "/bodies", "What is the CSTO?", "Какие заседания прошли в Москве?", "jlr,"]
    return [c["q"] for c in cases] + extra


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


async def run(total: int, chats: int, db_dir: Path, rate: float | None = None) -> dict[str, Any]:
    """Closed loop (each chat asks again as soon as it is answered) or, with ``rate``, open loop:
    questions arrive at ``rate`` per second spread over the chats, whether or not the bot keeps up."""
    fake = FakeTelegram(limits=dataclasses.replace(Limits(), rate_limits=False))
    unlimited = SendSchedule(global_per_second=10**9, private_burst=10**9, group_per_minute=10**9)
    settings = load_settings(
        telegram_bot_token=fake.token, database_url=f"sqlite+aiosqlite:///{db_dir / f'bench{chats}.sqlite3'}"
    )
    app = build_application(
        settings,
        request=make_request(fake),
        rate_limiter=TelegramRateLimiter(unlimited),
        throttle=UserThrottle(burst=10**9, per_second=10**9),
    )
    await start_offline(app)
    qs = questions()
    latencies: list[float] = []

    async def chat_worker(chat: int, count: int) -> None:
        for i in range(count):
            update = Update.de_json(fake.user_message(qs[(chat + i) % len(qs)], user_id=10_000 + chat), app.bot)
            start = time.perf_counter()
            await app.process_update(update)
            latencies.append((time.perf_counter() - start) * 1000)

    async def arrival(chat: int, i: int, due: float) -> None:
        update = Update.de_json(fake.user_message(qs[(chat + i) % len(qs)], user_id=10_000 + chat), app.bot)
        await app.process_update(update)
        latencies.append((time.perf_counter() - due) * 1000)

    # Warm-up: caches, connections, every chat's first database look-up.
    await asyncio.gather(*(chat_worker(c, 1) for c in range(chats)))
    latencies.clear()
    started = time.perf_counter()
    if rate is None:
        await asyncio.gather(*(chat_worker(c, max(1, total // chats)) for c in range(chats)))
    else:
        tasks = []
        for i in range(total):
            due = started + i / rate
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            tasks.append(asyncio.create_task(arrival(i % chats, i, due)))
        await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - started
    await stop_offline(app)
    refused = [r for r in fake.requests if r.status not in (200, None)]
    return {
        "chats": chats,
        "mode": "closed" if rate is None else f"open@{rate:g}/s",
        "questions": len(latencies),
        "qps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(statistics.median(latencies), 2),
        "p99_ms": round(percentile(latencies, 99), 2),
        "refused_requests": len(refused),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--questions", type=int, default=2000)
    parser.add_argument("--chats", default="1,100")
    parser.add_argument("--rate", type=float, default=400.0, help="offered load for the open-loop run")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        runs = [(int(c), None) for c in args.chats.split(",")] + [
            (max(int(c) for c in args.chats.split(",")), args.rate)
        ]
        for chats, rate in runs:
            result = asyncio.run(run(args.questions, chats, Path(tmp), rate))
            results[f"{chats}" if rate is None else f"{chats}@{rate:g}"] = result
            print(
                f"{chats:>4} chats, {result['mode']:>12}: {result['questions']} questions, {result['qps']} q/s, "
                f"p50 {result['p50_ms']} ms, p99 {result['p99_ms']} ms, refused {result['refused_requests']}"
            )
        print(f"targets: >= {TARGET_QPS} q/s end to end, p99 <= {TARGET_P99_MS} ms (closed loop measures capacity;")
        print("with 100 chats waiting at once its latency is queueing, N/throughput; the open-loop run shows latency")
        print("at an offered load below capacity)")
    if args.json:
        print(json.dumps({"chats": results}))


if __name__ == "__main__":
    main()
