"""The bot's own rate limiter: conversations keep a reserve of the global budget over bulk sends."""

from __future__ import annotations

import asyncio
from typing import Any

from bot.ratelimit import BULK, WINDOW, SendOptions, SendSchedule, TelegramRateLimiter


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


def test_bulk_sends_leave_conversations_their_reserve() -> None:
    clock = Clock()
    schedule = SendSchedule(clock=clock)  # 30 a second, 5 of them kept for conversations
    for chat in range(25):
        assert schedule.wait_time(chat, sending=True, bulk=True) == 0
    assert schedule.wait_time(100, sending=True, bulk=True) > 0  # the 26th digest waits...
    for chat in range(200, 205):
        assert schedule.wait_time(chat, sending=True) == 0  # ...while answers still go at once
    assert schedule.wait_time(300, sending=True) > 0  # the overall limit holds for everyone
    clock.now += WINDOW
    assert schedule.wait_time(100, sending=True, bulk=True) == 0


def test_bulk_waits_exactly_until_the_window_has_room_for_it() -> None:
    clock = Clock()
    schedule = SendSchedule(clock=clock)
    for chat in range(28):  # 28 in the window: a bulk send needs 4 of them gone
        clock.now += 0.01
        assert schedule.wait_time(chat, sending=True) == 0
    start = clock.now
    wait = schedule.wait_time(500, sending=True, bulk=True)
    assert abs(start + wait - (1000.0 + 0.04 + WINDOW)) < 1e-9


async def test_an_answer_overtakes_a_fan_out_waiting_in_the_limiter() -> None:
    clock = Clock()
    limiter = TelegramRateLimiter(SendSchedule(clock=clock), sleep=clock.sleep)
    order: list[str] = []

    async def send(label: str) -> dict[str, Any]:
        order.append(label)
        return {"ok": True}

    async def through(label: str, chat: int, options: SendOptions | None) -> None:
        await limiter.process_request(send, (label,), {}, "sendMessage", {"chat_id": chat}, options)

    digests = [asyncio.create_task(through(f"digest {i}", 10_000 + i, BULK)) for i in range(60)]
    await asyncio.sleep(0)
    assert len(order) == 25  # the digests' share of this second; 35 wait in the limiter
    answer = asyncio.create_task(through("answer", 1, None))
    await asyncio.sleep(0)
    assert order[-1] == "answer"  # at once, not after three seconds of digests
    while not all(t.done() for t in digests):
        clock.now += 0.1
        await asyncio.sleep(0)
    await answer
    assert len(order) == 61
    assert clock.now - 1000.0 >= 2 * WINDOW  # 25 digests a window
