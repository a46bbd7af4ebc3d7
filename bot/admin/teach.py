"""Teaching the bot from /unanswered: a question it missed becomes an alias of the entry it should
have found.

The aliases go to one file of their own, :data:`TAUGHT_FILE` (section ``aliases``, merged into each
entry's ``aliases`` when the knowledge base loads), so the hand-written files are never rewritten
by a program. The file is changed through :meth:`KnowledgeAdmin.edit` — the upload path: validated
with the whole knowledge base in a child process, snapshotted for /rollback, written atomically and
reloaded. No Telegram here: the handlers show what these functions return.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

import yaml

from bot.admin.knowledge import KnowledgeAdmin, UploadOutcome
from bot.admin.stats import QuestionGroup
from bot.answers.engine import Engine

TAUGHT_FILE = "taught.yaml"
MAX_ALIAS_CHARS = 200
CANDIDATES = 6
_HEADER = (
    "# Aliases taught from Telegram (/unanswered): questions the bot missed, each made an alias\n"
    "# of the entry it should have found. Merged into the entries' own aliases on loading.\n"
)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(frozen=True)
class TeachGroup:
    """What a group of /unanswered offers to teach: its most common wording, in its language."""

    example: str
    lang: str


@dataclass
class Taught:
    """The outcome of teaching one alias. ``outcome`` None: it was an alias already."""

    entity: str
    lang: str
    alias: str
    outcome: UploadOutcome | None
    diff: str = ""


def alias_text(question: str) -> str:
    """The question as an alias: one line, no trailing punctuation, at most MAX_ALIAS_CHARS."""
    return " ".join(question.split()).rstrip("?!.;:, ")[:MAX_ALIAS_CHARS].strip()


def alias_lang(text: str, fallback: str) -> str:
    """The language the alias is written in: its script, else the language it was answered in."""
    cyrillic, latin = len(_CYRILLIC.findall(text)), len(_LATIN.findall(text))
    if cyrillic or latin:
        return "ru" if cyrillic >= latin else "en"
    return fallback if fallback in ("en", "ru") else "en"


def teach_group(group: QuestionGroup) -> TeachGroup:
    fallback = group.langs.most_common(1)[0][0] if group.langs else "en"
    return TeachGroup(group.example, alias_lang(group.example, fallback))


def candidates(engine: Engine, text: str, limit: int = CANDIDATES) -> list[str]:
    """The entries the search finds for ``text``, best first, weak ones included: the question was
    missed, so the right entry is often among the weak hits."""
    ids = dict.fromkeys(hit.entity for hit in engine.parse(text).hits if hit.entity in engine.kb.entities)
    return list(ids)[:limit]


def with_alias(current: bytes | None, entity_id: str, lang: str, alias: str) -> bytes | None:
    """The taught-aliases file with ``alias`` added for ``entity_id`` in ``lang``; None when it is
    there already."""
    data = yaml.safe_load(current.decode("utf-8")) if current else None
    entries = list((data or {}).get("aliases") or [])
    entry = next((e for e in entries if isinstance(e, dict) and e.get("entity") == entity_id), None)
    if entry is None:
        entry = {"entity": entity_id}
        entries.append(entry)
    terms = list(entry.get(lang) or [])
    if any(t.casefold() == alias.casefold() for t in terms if isinstance(t, str)):
        return None
    entry[lang] = [*terms, alias]
    body = yaml.safe_dump({"aliases": entries}, allow_unicode=True, sort_keys=False, width=100)
    return (_HEADER + body).encode("utf-8")


def unified_diff(before: bytes | None, after: bytes | None, name: str) -> str:
    old = (before or b"").decode("utf-8").splitlines()
    new = (after or b"").decode("utf-8").splitlines()
    lines = difflib.unified_diff(old, new, f"a/{name}", f"b/{name}", n=1, lineterm="")
    return "\n".join(line for line in lines if not line.startswith(("---", "+++")))


async def teach_alias(admin: KnowledgeAdmin, entity_id: str, lang: str, question: str) -> Taught:
    """Make ``question`` an alias of ``entity_id`` in ``lang`` through the upload path."""
    alias = alias_text(question)
    seen: dict[str, bytes | None] = {}

    def change(current: bytes | None) -> bytes | None:
        seen["before"] = current
        seen["after"] = with_alias(current, entity_id, lang, alias)
        return seen["after"]

    outcome = await admin.edit(TAUGHT_FILE, change)
    diff = unified_diff(seen.get("before"), seen.get("after"), TAUGHT_FILE) if outcome and outcome.ok else ""
    return Taught(entity_id, lang, alias, outcome, diff)
