"""A count or list of a meeting's participants asked, naming no meeting, while the conversation
is about a person at a meeting: "how many states attended?" / "skolko stran uchastvovalo?" after
"what's his position" about the one who spoke at the St Petersburg meeting.

The meeting an earlier turn was about is kept as the verdict's ``meeting`` filter while the turns go
on about a person at it; without it the count went to every state any source names (9), a confident
wrong answer. The question is asked again with the meeting's short name; a question naming a meeting
or an entry of its own, or a turn not about a person, is left to the other mechanisms."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_GROUP_KINDS = frozenset({"state", "body", "organisation"})
# The question's own entry: named by most of its name, with a fair score (as followup.NAMED).
_NAMED = 0.6


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The count or list of the carried meeting's group, or None when the turn is not of this kind."""
    kb = engine.kb
    carried = context.filters.get("meeting")
    if not isinstance(carried, str) or carried not in kb.entities or kb.kind(carried) != "meeting":
        return None
    subject = context.focus[0] if context.focus else None
    if subject is None or subject not in kb.entities or kb.kind(subject) != "person":
        return None
    if parsed.intent.question not in ("count", "participants") or parsed.intent.list_kind not in _GROUP_KINDS:
        return None
    if any(h.name_cover >= _NAMED and h.score >= 0.5 and kb.kind(h.entity) not in _GROUP_KINDS for h in parsed.hits[:3]):
        return None
    shorts = kb.entities[carried].short
    name = (shorts.ru if parsed.lang == "ru" else shorts.en)[:1] or [kb.name(carried, parsed.lang)]
    joint = "на" if parsed.lang == "ru" else "at"
    verdict = engine.answer(f"{parsed.text.rstrip(' ?!.')} {joint} {name[0]}?", parsed.lang, today)
    if not verdict.answered or carried not in (*verdict.focus, *verdict.items):
        return None
    verdict.filters = {**verdict.filters, "follow_up": context.question, "meeting": carried}
    return verdict
