"""Sending people to a meeting is taking part in it: "Did the Coordinating Transport Conference send
people to the June 10 meeting in Moscow?", "Направлял ли КТС своих представителей на июньское
совещание?", "prislal li BKBOP delegaciyu na zasedanie?".

The records list the bodies, states and organisations that took part; no record says "sent
people", so the question read "people" as the list asked and answered that the meeting's people are
not listed. The phrase is written as the participation it means before the question is read.
Cheap: a cue test first, then one substitution.
"""

from __future__ import annotations

import re

from bot.answers.cues import cued

_SENT = cued(
    re.compile(
        r"\b(?:send|sent|sending)\s+(?:(?:its|their|any|some|a)\s+)?"
        r"(?:people|delegates?|delegations?|representatives?|reps|officials|anyone|someone|staff)\s+(?:to|over\s+to)\b",
        re.IGNORECASE,
    )
)
_SENT_RU = cued(
    re.compile(
        r"\b(?:направ|присла|присыл|отправ|napravl|napravi|prisla|prisyl|otprav)\w*(\s+(?:ли|li)\b)?([^?.!]{0,60}?)\s+"
        r"(?:(?:своих|svoih|svoikh)\s+)?"
        r"(?:представител|делегаци|людей|сотрудник|predstavitel|delegaci|delegatsi|lyudei|lyudey|sotrudnik)\w*\s+"
        r"(на|в|во|na|v|vo)\b",
        re.IGNORECASE,
    )
)


def _ru(found: re.Match[str]) -> str:
    verb = "участвовал" if found.group(0)[:1].lower() in "нпо" else "uchastvoval"
    return f"{verb}{found.group(1) or ''}{found.group(2)} {found.group(3)}"


def written_out(text: str) -> str:
    """The text with "send people to" written as "take part in" (in the question's language)."""
    text = _SENT.sub("take part in", text)
    return _SENT_RU.sub(_ru, text)
