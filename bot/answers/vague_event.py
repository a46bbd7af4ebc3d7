"""A vague word for an event ("that June thing", "the Moscow get-together", "на той июньской тусовке")
read as the meeting the words before it say ("that June meeting").

Not when those words name an entry that is no meeting: "what's this CIS Plus thing?" asks what the
CIS Plus format is, "that ATC thing" is the Anti-Terrorism Center; read as "this CIS Plus meeting"
the question was answered by a statement about the October meetings instead of the definition.
There the vague word is left as typed (the search drops it as a stop word).

Cheap: the regex runs behind the cue test of `cues.cued`; the words before the vague one
are searched only when the regex matched.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.search.text import cyrillic_share, surface_words
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine

_VAGUE_EVENT = re.compile(
    r"\b((?:that|the|teh|this|those)\s+(?:[\w-]+\s+){1,2}?)(?:thing(?:y|ie)?|do|gathering|get-together|affair|shindig|meet-?up)s?\b"
    r"|\b((?:та|той|ту|тот|том|эта|этой|эту|этом)\s+(?:[\w-]+\s+)?)(?:штук|тусовк|сходк|движух)\w*",
    re.IGNORECASE,
)
_VAGUE_CUE = cued(_VAGUE_EVENT)
_DETERMINER = re.compile(r"^\s*(?:that|the|teh|this|those|та|той|ту|тот|том|эта|этой|эту|этом)\s+", re.IGNORECASE)
# Entries that are never an event: a vague word after their name means the entry itself.
_NO_EVENT = frozenset({"body", "organisation", "document", "fact"})


def _names_no_event(engine: Engine, words: str) -> bool:
    """Whether the words between the determiner and the vague word are wholly an entry's name, and
    that entry is no meeting."""
    tokens = text_tokens(words)
    if not tokens:
        return False
    query = engine.index.analyse(tokens, lambda: surface_words(words), cyrillic_share(words) < 0.5)
    hits = engine.index.search(query, limit=1)
    if not hits or engine.kb.kind(hits[0].entity) not in _NO_EVENT:
        return False
    return set(range(len(query.tokens))) <= set(hits[0].name_tokens)


def rewrite(engine: Engine, text: str) -> str:
    """The text with each vague event word that follows a pointing word read as "meeting"."""
    if _VAGUE_CUE.search(text) is None:
        return text

    def meeting(found: re.Match[str]) -> str:
        lead = found.group(1) or found.group(2)
        if _names_no_event(engine, _DETERMINER.sub("", lead)):
            return found.group(0)
        return f"{lead}meeting" if found.group(1) else f"{lead}встрече"

    return _VAGUE_EVENT.sub(meeting, text)
