"""A person claimed to have chaired a meeting whose chair the sources never name: "did trefilov chair
the 13th security secretaries meeting", "Трефилов председательствовал на 13-м заседании?".

The yes/no answerer read the claim as "was he at the meeting" and, the source naming him there for a
welcoming speech, said "Yes" — to a chairmanship no source records. When the question asks of
chairing (:data:`bot.answers.lookalike.CHAIR`) and the verdict is that participation check of one
person at one meeting whose record names no chair, the answer is "the sources do not say": they do
not name who chaired it, and name the person there for what they did (the address kind is kept).

Cheap: a cued regex on the question, then a look at the verdict.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.lookalike import CHAIR
from bot.kb.schema import Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict


def guard(engine: Engine, question: str, verdict: Verdict) -> Verdict:
    """``verdict``, or "not said" when it confirms a person at a meeting for a chairmanship not recorded."""
    if verdict.kind != "yes_no" or verdict.yes is not True or verdict.grounds != "listed":
        return verdict
    value = verdict.value if isinstance(verdict.value, dict) else {}
    results = value.get("meetings")
    if value.get("group") != "people" or not isinstance(results, list) or len(results) != 1:
        return verdict
    if not CHAIR.search(question):
        return verdict
    meeting = engine.kb.get(str(results[0].get("meeting")))
    if not isinstance(meeting, Meeting) or any(p.role == "chair" for p in meeting.participants.people):
        return verdict
    result = {**results[0], "result": "chair_unnamed", "yes": None}
    return replace(verdict, yes=None, grounds="chair_unnamed", value={**value, "meetings": [result]})
