"""A meeting named as "the <month / season / city> one" in a follow-up: "and at the june one in moscow?",
"what about the St Petersburg one?", "and the summer one?" after a yes/no on another meeting.

"one" stands for "meeting"; read as it stands the turn lost the meeting's word and was answered by a
session of the June meeting's record ("National experience … (first session)"). The word is put back,
so the turn reads as "and at the june meeting in moscow?", which the follow-ups about another meeting read.

Cheap: a word test for "one", then one regex.
"""

from __future__ import annotations

import re

_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_ONE = re.compile(
    rf"\bthe\s+((?:{_MONTHS}|summer|autumn|fall|spring|winter|moscow|dushanbe|minsk|(?:st\.?\s+|saint\s+)?petersburg"
    r"|counter-?terrorism|interior(?:\s+ministers'?)?|intelligence|security)(?:\s+\d{4})?)\s+one\b",
    re.IGNORECASE,
)


# "no, I meant the June one": a correction of the bot's choice, which the corrections read as typed
_CORRECTING = re.compile(r"^\W*(?:no|nope|not)\b|\b(?:mean|meant|maent|ment|mea?nt)\b", re.IGNORECASE)


# only an elliptical turn carrying the previous question on ("and at the june one in moscow?", "what about the
# St Petersburg one?"); "who spoke at the November one?" is read by the rules of the next or named meeting
_CARRIED = re.compile(r"^\W*(?:and|so|what about|how about)\b", re.IGNORECASE)


def rewrite(text: str) -> str | None:
    """The turn with "meeting" for "one" after a month, season or city, or None."""
    if "one" not in text.lower() or _CORRECTING.search(text) or not _CARRIED.match(text):
        return None
    replaced = _ONE.sub(lambda match: f"the {match.group(1)} meeting", text)
    return replaced if replaced != text else None
