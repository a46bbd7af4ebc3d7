"""The knowledge service: the current :class:`Engine`, swapped whole on reload; and the
conversation context follow-ups read.

A reload builds a complete new engine (load, validate, index) away from the event loop and then
swaps one reference, so a question is always answered by the whole old or the whole new
knowledge base.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from bot.kb.base import KnowledgeBase, open_knowledge_base
from bot.kb.loader import ParseCache
from bot.search.collector import collector_paused


@dataclass
class ReloadResult:
    version: str
    added: list[str]
    removed: list[str]
    changed: list[str]
    seconds: float


def build_engine(directory: Path, cache: ParseCache | None = None, previous: Engine | None = None) -> Engine:
    """Load, validate, link and index ``directory``; ``cache`` and ``previous`` (the engine being
    replaced) spare the work on what did not change."""
    with collector_paused():
        return Engine(open_knowledge_base(directory, cache), previous=previous)


def diff(old: KnowledgeBase | None, new: KnowledgeBase) -> tuple[list[str], list[str], list[str]]:
    before = old.entities if old else {}
    after = new.entities
    added = sorted(set(after) - set(before))
    removed = sorted(set(before) - set(after))
    changed = sorted(i for i in set(after) & set(before) if after[i] != before[i])
    return added, removed, changed


class KnowledgeService:
    def __init__(self, directory: Path, engine: Engine | None = None):
        self.directory = directory
        self._engine = engine
        self._lock = asyncio.Lock()
        self._parsed = ParseCache()  # files validated by earlier reloads, by content
        self.reloaded_at = time.time() if engine else 0.0

    @property
    def loaded(self) -> bool:
        return self._engine is not None

    @property
    def engine(self) -> Engine:
        if self._engine is None:
            raise RuntimeError("knowledge base not loaded")
        return self._engine

    @property
    def kb(self) -> KnowledgeBase:
        return self.engine.kb

    async def reload(self) -> ReloadResult:
        """Load and index the directory, then swap; raises KnowledgeError and keeps the old one."""
        async with self._lock:
            started = time.perf_counter()
            engine = await asyncio.to_thread(build_engine, self.directory, self._parsed, self._engine)
            retired = [self._engine]
            self._engine = engine
            self.reloaded_at = time.time()
            added, removed, changed = diff(retired[0].kb if retired[0] else None, engine.kb)
            seconds = time.perf_counter() - started
            # The old index is millions of objects: they are freed on a worker thread, not on the
            # event loop between two questions.
            await asyncio.to_thread(retired.clear)
            return ReloadResult(engine.kb.version, added, removed, changed, seconds)


def remembered(verdict: Verdict, previous: Verdict | None) -> Verdict | None:
    """What a conversation keeps after ``verdict``: an answer; a clarification with its candidates,
    holding the answer before it (the next turn may choose a candidate or go on with that answer);
    else what it kept before (a refusal changes nothing)."""
    if verdict.answered:
        return verdict
    if verdict.kind == "clarify" and verdict.alternatives:
        verdict.context = previous.context if previous is not None and previous.kind == "clarify" else previous
        return verdict
    return previous


class Conversations:
    """The last verdict in each chat, for follow-ups ("where was that?") within ``ttl`` seconds."""

    def __init__(self, ttl: float = 600.0, limit: int = 50_000):
        self.ttl = ttl
        self._limit = limit
        self._last: OrderedDict[int, tuple[float, Verdict]] = OrderedDict()

    def get(self, chat_id: int, now: float | None = None) -> Verdict | None:
        entry = self._last.get(chat_id)
        if entry is None or (now or time.monotonic()) - entry[0] > self.ttl:
            return None
        return entry[1]

    def put(self, chat_id: int, verdict: Verdict, now: float | None = None) -> None:
        self._last[chat_id] = (now or time.monotonic(), verdict)
        self._last.move_to_end(chat_id)
        while len(self._last) > self._limit:
            self._last.popitem(last=False)
