"""A topic claimed of one session of a meeting that the record gives to another: "Was the first
session of the XVIII meeting about deradicalization?", "Четвёртая сессия XVIII совещания была
посвящена международному сотрудничеству?".

Looking in the asked session alone found nothing, and the answer was "the sources do not say"
(or the asked session's points, with no yes or no), although the record says which session the
topic belongs to. When another session's title or points hold the topic (judged as a "discussed"
yes is), the answer is "No", with that session's title and the point, so the user reads where the
topic was taken up.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Statement
from bot.answers.yesno_topics import _session_of

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.schema import Meeting

# A topic claimed as what a session was devoted to ("была посвящена …", "was devoted to / about …"):
# its title says that, not a point it touched on.
DEVOTED = re.compile(
    r"\bпосвящ[её]н\w*|\bposvyashch?en\w*|\bdevoted to\b|\bdedicated to\b|\b(?:was|were) (?:it |they )?about\b"
    r"|\bбыла? (?:о|об|про)\b"
)


def title_claim(
    engine: Engine, parsed: Parsed, meeting: Meeting, rest: list[int], asked: int, enough: float
) -> tuple[bool, Statement] | None:
    """For a session claimed devoted to the topic at ``rest``: (True, its title) when the asked
    session's title holds the topic, (False, the other title) when another session's does; None
    when no title does (its points are then looked at as usual)."""
    index, query = engine.index, parsed.query
    best: tuple[float, bool, Statement] | None = None
    for doc_id in index.statements(meeting.id):
        said = index.statement(doc_id)
        session = next((s for s in meeting.sessions if said == s.title), None)
        found = _session_of(meeting, said) if session is not None else None
        if session is None or found is None:
            continue
        score = index.score_doc(doc_id, query, rest)
        if score >= enough and (best is None or score > best[0] or (score == best[0] and found == asked)):
            best = (score, found == asked, Statement(session.title.en, session.title.ru, meeting.id, meeting.sources[0]))
    return None if best is None else (best[1], best[2])


def in_other_session(
    engine: Engine, parsed: Parsed, meeting: Meeting, rest: list[int], asked: int, enough: float
) -> tuple[float, Statement, int] | None:
    """The best statement of another session than ``asked`` that covers the topic at ``rest`` at
    ``enough`` or more, with the session's title before it, its score and the session's ordinal."""
    index, query = engine.index, parsed.query
    best: tuple[float, Statement, int] | None = None
    for doc_id in index.statements(meeting.id):
        said = index.statement(doc_id)
        found = _session_of(meeting, said)
        if found is None or found == asked:
            continue
        score = index.score_doc(doc_id, query, rest)
        if score < enough or (best is not None and score <= best[0]):
            continue
        session = next(s for s in meeting.sessions if said == s.title or said in s.points)
        en, ru = getattr(said, "en", ""), getattr(said, "ru", "")
        if said != session.title:
            en, ru = f"{session.title.en} — {en}", f"{session.title.ru} — {ru}"
        best = (score, Statement(en, ru, meeting.id, meeting.sources[0]), found)
    return best
