"""``python -m bot.fake_telegram [--port 8081]``: run the fake Telegram Bot API as a process on 127.0.0.1.

The first line printed is the server's URL (``http://127.0.0.1:PORT``); point the bot at
``base_url=URL/bot`` and ``base_file_url=URL/file/bot`` with the printed token. State lives in memory until
the process ends (Ctrl-C / SIGTERM). Drive and inspect it through the ``/_test/...`` endpoints described
in ``bot/fake_telegram/server.py``.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import sys
import time

from bot.fake_telegram.clock import ManualClock
from bot.fake_telegram.core import FakeTelegram
from bot.fake_telegram.latency import Latency, parse_tails
from bot.fake_telegram.limits import Limits
from bot.fake_telegram.server import BotApiServer


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot.fake_telegram", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1", choices=["127.0.0.1", "localhost", "::1"])
    parser.add_argument("--port", type=int, default=8081, help="0 picks a free port (default 8081)")
    parser.add_argument("--token", default="123456:TEST")
    parser.add_argument("--username", default="cis_security_bot")
    parser.add_argument("--seed", type=int, default=0, help="seed for probabilistic faults")
    parser.add_argument("--strict", action="store_true", help="also reject what Telegram tolerates")
    parser.add_argument("--no-privacy", action="store_true", help="the bot sees all group messages")
    parser.add_argument(
        "--manual-clock", action="store_true", help="time moves only via POST /_test/call advance_clock"
    )
    parser.add_argument(
        "--no-rate-limits", action="store_true", help="switch off flood control (429s): for load and crash tests"
    )
    parser.add_argument("--max-poll-wait", type=float, default=None, help="cap on long-poll waits, seconds")
    parser.add_argument("--no-admin", action="store_true", help="disable the /_test/ endpoints")
    latency = parser.add_argument_group("latency (the request takes effect at once; only the reply is late)")
    latency.add_argument(
        "--latency", type=float, default=os.environ.get("BOTAPI_LATENCY") or "0", help="seconds every reply waits"
    )
    latency.add_argument(
        "--latency-jitter",
        type=float,
        default=os.environ.get("BOTAPI_LATENCY_JITTER") or "0",
        help="plus a uniformly random 0..this many seconds",
    )
    latency.add_argument(
        "--slow",
        action="append",
        default=[os.environ["BOTAPI_SLOW"]] if os.environ.get("BOTAPI_SLOW") else [],
        metavar="SHARE:SECONDS",
        help="a slow tail: that share of replies takes that long (repeatable; BOTAPI_SLOW='0.05:6,0.01:40')",
    )
    latency.add_argument(
        "--latency-methods",
        default=os.environ.get("BOTAPI_LATENCY_METHODS", ""),
        help="comma-separated methods to delay (default: all)",
    )
    return parser


def latency_of(args: argparse.Namespace) -> Latency | None:
    methods = frozenset(m.strip() for m in args.latency_methods.split(",") if m.strip())
    latency = Latency(args.latency, args.latency_jitter, parse_tails(args.slow), methods or None)
    return latency if latency.active else None


async def run(args: argparse.Namespace) -> None:
    clock = ManualClock() if args.manual_clock else time.monotonic
    fake = FakeTelegram(
        args.token,
        username=args.username,
        clock=clock,
        strict=args.strict,
        group_privacy=not args.no_privacy,
        seed=args.seed,
        limits=Limits(rate_limits=False) if args.no_rate_limits else None,
    )
    fake.set_latency(latency_of(args))
    server = BotApiServer(fake, args.host, args.port, admin=not args.no_admin, max_poll_wait=args.max_poll_wait)
    await server.start()
    print(server.url, flush=True)
    print(f"token {fake.token}; bot @{args.username}; Ctrl-C to stop", file=sys.stderr, flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    try:
        await stop.wait()
    finally:
        await server.close()


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        latency_of(args)
    except ValueError as exc:
        parser.error(str(exc))
    asyncio.run(run(args))
    return 0


if __name__ == "__main__":
    sys.exit(main())
