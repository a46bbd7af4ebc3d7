"""Which body met last: "Which body met most recently?", "Какой орган собирался последним?", "kakoy sovet
zasedal poslednim?".

Read as it stands, "met" and "body" found the headline figure of 2025's meetings (with a "did you mean"),
or no body "for this field". The body that met last is the one whose meeting is the latest recorded:
the question is read as "when was the most recent meeting?", whose answer names that meeting (and so
its body), its date and its city.
"""

from __future__ import annotations

import re

from bot.answers.cues import cued

_GATE = cued(re.compile(r"recent|last|latest|последн|posledn", re.I))
_BODY_MET_LAST = re.compile(
    r"^\W*(?:which|what)\s+(?:cis\s+)?(?:body|council|organ|agency|structure)\s+(?:has\s+)?"
    r"(?:met|convened|gathered|held\s+(?:a|its|the)\s+meeting)\s+(?:most\s+recently|last|latest)\b"
    r"|^\W*(?:какой|который|kakoy|kakoj)\s+(?:орган|совет|organ|sovet)\s+(?:снг\s+|sng\s+)?"
    r"(?:собирался|заседал|проводил\s+заседание|sobiralsya|zasedal)\s+(?:последним|последний\s+раз|poslednim|posledniy\s+raz)\b",
    re.I,
)


def as_latest_meeting(text: str) -> str:
    """The question "which body met last" as the question of the latest meeting, in its language."""
    if not _GATE.search(text):
        return text
    found = _BODY_MET_LAST.search(text)
    if found is None:
        return text
    if re.search(r"[а-яё]", found.group(0), re.I):
        return "Когда было последнее заседание?"
    if found.group(0).lower().lstrip(" ?").startswith(("kakoy", "kakoj", "kotoryy")):
        return "Kogda bylo poslednee zasedanie?"
    return "When was the most recent meeting?"
