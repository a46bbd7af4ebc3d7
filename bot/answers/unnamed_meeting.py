"""A question about "the meeting" that names none, asked out of any conversation: which one is meant.

"who chaired the meeting?", "when was the meeting?", "кто вёл заседание?" alone name no meeting: any
answer picks one of the nine recorded by chance of the question's other words ("chaired" found the
greeting of the Chair of the Council of Heads of State heard at the XVIII meeting, "when" the count of
2025's meetings). Asked back instead, with the latest meetings to choose from. In a conversation the
same words are the meeting in context (``followup``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.lookalike import named_by_generic_only
from bot.answers.meeting_names import derived_for
from bot.answers.previous import THE_MEETING
from bot.answers.verdict import Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_NAMED_SCORE = 0.5  # a hit this strong, found by words of its own, names what the question is about
_CHOICES = 4  # the latest meetings offered
_MEETING_WORDS = ("meeting", "session", "gathering", "заседани", "совещани", "встреч", "zasedani", "soveshchani", "vstrech")


def answer(engine: Engine, parsed: Parsed) -> Verdict | None:
    """A "which meeting?" verdict, or None when the question names something or is not of this form."""
    lower = parsed.text.lower()
    # (asked of every question out of a conversation: a look-up of the words the pattern needs first)
    if not any(word in lower for word in _MEETING_WORDS) or not THE_MEETING.search(lower):
        return None
    if any(h.score >= _NAMED_SCORE and not named_by_generic_only(parsed, h) for h in parsed.hits[:5]):
        return None  # "what did Klemez say at the meeting?" names him
    latest = derived_for(engine.kb).dated_ids[::-1][:_CHOICES]
    if not latest:
        return None
    return Verdict(parsed.text, parsed.lang, "clarify", False, reason="unsure", intent=parsed.intent.question, alternatives=latest)
