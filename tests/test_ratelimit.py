"""The bot's own rate limiter: answers go before bulk sends (digests) waiting for the same slots."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.runtime.ratelimit import BULK, WINDOW, SendOptions, SendSchedule, TelegramRateLimiter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        """Sleeps on this clock: only the test moves it."""
        wake = self.now + seconds
        while self.now < wake:
            await asyncio.sleep(0)


def test_bulk_sends_leave_waiting_answers_their_slots() -> None:
    clock = Clock()
    schedule = SendSchedule(clock=clock)
    for chat in range(25):
        assert schedule.wait_time(chat, sending=True, bulk=True) == 0
    schedule.waiting = 3  # three answers are waiting for a slot
    assert schedule.wait_time(100, sending=True, bulk=True) == 0  # 26 of 27
    assert schedule.wait_time(101, sending=True, bulk=True) == 0  # 27 of 27
    assert schedule.wait_time(102, sending=True, bulk=True) > 0  # the last 3 are theirs
    for chat in range(200, 203):
        assert schedule.wait_time(chat, sending=True) == 0
    assert schedule.wait_time(300, sending=True) > 0  # the overall limit holds for everyone
    schedule.waiting = 30
    assert schedule.wait_time(103, sending=True, bulk=True) > 0
    schedule.waiting = 0
    clock.now += WINDOW
    for chat in range(400, 430):  # nobody waiting: bulk sends use the whole second
        assert schedule.wait_time(chat, sending=True, bulk=True) == 0


def test_bulk_waits_exactly_until_the_window_has_room_for_it() -> None:
    clock = Clock()
    schedule = SendSchedule(clock=clock)
    for chat in range(30):
        clock.now += 0.01
        assert schedule.wait_time(chat, sending=True) == 0
    schedule.waiting = 2  # a bulk send needs 3 of the 30 gone
    start = clock.now
    wait = schedule.wait_time(500, sending=True, bulk=True)
    assert abs(start + wait - (1000.0 + 0.03 + WINDOW)) < 1e-9


async def test_an_answer_overtakes_a_fan_out_waiting_in_the_limiter() -> None:
    clock = Clock()
    limiter = TelegramRateLimiter(SendSchedule(clock=clock), sleep=clock.sleep)
    order: list[str] = []

    async def send(label: str) -> dict[str, Any]:
        order.append(label)
        return {"ok": True}

    async def through(label: str, chat: int, options: SendOptions | None) -> None:
        await limiter.process_request(send, (label,), {}, "sendMessage", {"chat_id": chat}, options)

    digests = [asyncio.create_task(through(f"digest {i}", 10_000 + i, BULK)) for i in range(90)]
    await asyncio.sleep(0)
    assert len(order) == 30  # a full second of digests; 60 wait in the limiter
    answer = asyncio.create_task(through("answer", 1, None))
    await asyncio.sleep(0)
    while not answer.done():
        clock.now += 0.01
        await asyncio.sleep(0)
    # The answer goes as soon as the first second's sends expire, before 60 digests that were
    # waiting longer (without the priority it would wait for them: two more seconds).
    assert clock.now - 1000.0 <= WINDOW + 0.02
    assert order.index("answer") < 60
    while not all(t.done() for t in digests):
        clock.now += 0.01
        await asyncio.sleep(0)
    assert len(order) == 91
