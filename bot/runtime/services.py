"""Long-lived services shared by the handlers, built in ``post_init`` and kept in ``bot_data``.

``KnowledgeService`` holds the current :class:`Engine`. A reload builds a complete new
engine (load, validate, index) away from the event loop and then swaps one reference, so a
question is always answered by the whole old or the whole new knowledge base.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

from bot.answers.engine import Engine
from bot.answers.verdict import Verdict
from bot.config import Settings
from bot.digest.delivery import DigestRunner
from bot.kb.base import KnowledgeBase, open_knowledge_base
from bot.kb.loader import ParseCache
from bot.runtime.chatadmins import ChatAdminCache
from bot.runtime.questionlog import QuestionLogger
from bot.runtime.throttle import UserThrottle
from bot.search.collector import collector_paused
from bot.storage import Storage, is_storage_error

log = logging.getLogger(__name__)
STORAGE_WARNING_EVERY = 60.0  # seconds between two warnings that the /lang lookup fails


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


def one_line(exc: BaseException) -> str:
    """An exception as one short line (SQLAlchemy's messages run to several, with a link)."""
    first = (str(exc).splitlines() or [""])[0]
    return f"{type(exc).__name__}: {first}"[:300]


@dataclass
class StoredReply:
    """The views of one answer that its buttons switch between."""

    html: str
    verdict: Verdict  # its More and Sources views are worded when their button is pressed
    entity: str | None
    alternatives: list[str]
    lang: str
    key: str | None = None  # the question-log key its 👍/👎 buttons carry


class ReplyStore:
    """Recent answers' views by a short token, so that **More** and **Sources** can edit the
    message in place. Bounded: the oldest are forgotten (their buttons then say they are out of date)."""

    def __init__(self, limit: int = 5_000):
        self._limit = limit
        self._replies: OrderedDict[str, StoredReply] = OrderedDict()

    def put(self, reply: StoredReply) -> str:
        token = secrets.token_hex(4)
        self._replies[token] = reply
        while len(self._replies) > self._limit:
            self._replies.popitem(last=False)
        return token

    def get(self, token: str) -> StoredReply | None:
        return self._replies.get(token)


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


@dataclass
class Services:
    settings: Settings
    knowledge: KnowledgeService
    storage: Storage | None = None
    throttle: UserThrottle = field(default_factory=UserThrottle)
    digests: DigestRunner | None = None
    question_log: QuestionLogger | None = None
    started_at: float = field(default_factory=time.time)
    replies: ReplyStore = field(default_factory=ReplyStore)
    conversations: Conversations = field(default_factory=Conversations)
    chat_admins: ChatAdminCache = field(default_factory=ChatAdminCache)  # who may change a group's digest

    _langs: dict[int, str | None] = field(default_factory=dict)
    _storage_warned_at: float = 0.0

    async def user_lang(self, user_id: int | None) -> str | None:
        """The user's /lang choice; read once from the database, then from memory. None when the
        database cannot be read: the caller falls back to Telegram's language code, so answers never
        depend on the database."""
        if self.storage is None or user_id is None:
            return None
        if user_id not in self._langs:
            try:
                lang = await self.storage.user_lang(user_id)
            except Exception as exc:
                if not is_storage_error(exc):
                    raise
                now = time.monotonic()
                if now - self._storage_warned_at > STORAGE_WARNING_EVERY:
                    self._storage_warned_at = now
                    log.warning("database unavailable, languages fall back to Telegram's: %s", one_line(exc))
                return None  # not cached: the choice is read again once the database is back
            if len(self._langs) > 100_000:
                self._langs.clear()
            self._langs[user_id] = lang
        return self._langs[user_id]

    async def set_user_lang(self, user_id: int, lang: str | None) -> None:
        if self.storage is not None:
            await self.storage.set_user_lang(user_id, lang)
        self._langs[user_id] = lang

    def record_question(self, verdict: Verdict, user_id: int | None, answer_key: str | None = None) -> None:
        """The handlers' one call: log this question if a question log is configured."""
        if self.question_log is not None:
            self.question_log.submit(verdict, user_id, answer_key)

    async def record_vote(self, answer_key: str, user_id: int, helpful: bool) -> bool | None:
        """Store a 👍 (``helpful``) or 👎 for an answer: True when recorded, False when the user had
        already voted exactly so (nothing to do), None when there is no question log to keep it in."""
        if self.question_log is None or self.storage is None:
            return None
        digest = self.question_log.user_hash(user_id)
        return await self.storage.questions.vote(answer_key, digest, 1 if helpful else -1)
