"""Scale-out: two bot processes send the same digest round at the same time against one PostgreSQL
database and one Bot API. The delivery ledger lets exactly one of them claim each chat: every
subscriber receives the digest, and no one receives it twice.

Needs PostgreSQL (``TEST_DATABASE_URL``; ``.ci/run`` provides one): SQLite is for one process.
The double's flood control is off here: two processes each pacing at 25 messages/s together exceed
Telegram's 30/s, which this test does not exercise (see README, "Scale-out").
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import create_postgres_database, drop_postgres_database, postgres_server_url
from tests.test_digest_crash import (
    bot_api_process,
    finish,
    ledger_statuses,
    report_line,
    seed_subscribers,
    sent_of,
    start_digest,
    stop_process,
)


@pytest.fixture
def postgres_url() -> Iterator[str]:
    server = postgres_server_url()
    if server is None:
        pytest.skip("TEST_DATABASE_URL is not set: scale-out needs PostgreSQL")
    url = create_postgres_database(server)
    try:
        yield url
    finally:
        drop_postgres_database(url, server)


async def test_two_processes_share_one_round_without_duplicates(tmp_path: Path, postgres_url: str) -> None:
    subscribers = 500
    with bot_api_process(tmp_path / "botapi.log", "--no-rate-limits") as api:
        chats = await seed_subscribers(postgres_url, api, subscribers)
        started = time.monotonic()
        procs = [start_digest(tmp_path, name, api, postgres_url) for name in ("a", "b")]
        try:
            outputs = [finish(proc, tmp_path, name, timeout=120) for proc, name in zip(procs, ("a", "b"), strict=True)]
        finally:
            for proc in procs:
                stop_process(proc)
        seconds = time.monotonic() - started
        per_chat = api.per_chat()

    sent = [sent_of(output) for output in outputs]
    print(f"\nscale-out, {subscribers} subscribers in {seconds:.1f} s:")
    for name, output in zip(("a", "b"), outputs, strict=True):
        print(f"  process {name}: {report_line(output)}")
    assert [c for c in chats if per_chat[c] == 0] == []
    assert {c: n for c, n in per_chat.items() if n > 1} == {}
    assert sum(sent) == subscribers, outputs
    assert all(n > 0 for n in sent), f"one process did all the work: {sent}"
    assert await ledger_statuses(postgres_url) == {"sent": subscribers}
