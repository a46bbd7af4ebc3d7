"""Long-lived services shared by the handlers: built by ``bot.app.build_application``, kept as
the typed ``bot_data`` of the application (:class:`BotData`), read by handlers through
``handlers.common.services``."""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections import OrderedDict
from dataclasses import dataclass, field

from bot.admin.knowledge import KnowledgeAdmin
from bot.answers.knowledge import Conversations, KnowledgeService
from bot.answers.verdict import Verdict
from bot.config import Settings
from bot.digest.delivery import DigestRunner
from bot.runtime.chatadmins import ChatAdminCache
from bot.runtime.questionlog import QuestionLogger
from bot.runtime.throttle import UserThrottle
from bot.storage import Storage, is_storage_error

log = logging.getLogger(__name__)
STORAGE_WARNING_EVERY = 60.0  # seconds between two warnings that the /lang lookup fails


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
    admin: KnowledgeAdmin = field(init=False)  # reload, upload, rollback: one at a time

    _langs: dict[int, str | None] = field(default_factory=dict)
    _storage_warned_at: float = 0.0

    def __post_init__(self) -> None:
        self.admin = KnowledgeAdmin(self)

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


class BotData:
    """The application's ``bot_data`` (``ContextTypes(bot_data=BotData)``): typed attributes
    instead of string keys. PTB creates it empty; ``build_application`` sets :attr:`services`."""

    def __init__(self) -> None:
        self._services: Services | None = None
        self.reload_on_sighup = False  # cisbot run / webhook: SIGHUP reloads the knowledge base
        self.sighup_installed = False
        self.watcher: asyncio.Task[None] | None = None  # KNOWLEDGE_WATCH: the file-watching task
        self.watch_stop: asyncio.Event | None = None

    @property
    def services(self) -> Services:
        if self._services is None:
            raise RuntimeError("services not built: use bot.app.build_application")
        return self._services

    @services.setter
    def services(self, services: Services) -> None:
        self._services = services
