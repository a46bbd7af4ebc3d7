"""Slang for the bodies whose meetings the records report, written as the records name them.

"police chiefs", "полицейские", "менты" are the interior ministers (the CIS Ministers of Internal
Affairs Council, whose meeting in St Petersburg the sources report); "spy chiefs", "spooks",
"разведчики" are the heads of the security and intelligence services (their Moscow meeting). None of
these words is in the knowledge base: "police" alone found the tax investigators' council (its
description says "financial police") and "spy" nothing, so "did they talk about drugs at the police
chiefs meeting" answered of the intelligence heads' meeting, and "скока стран было у ментов в питере"
of the city.
"""

from __future__ import annotations

import re

from bot.answers.cues import cued

_GATE = cued(re.compile(r"polic|politse|полиц|мент|ment|spy|spie|spook|разведчик|razvedchik|cops|шник|shnik", re.IGNORECASE))
# Each slang word or phrase and the records' words for it, by the script the question is typed in.
_POLICE = re.compile(
    r"\b(?:police|cops?)\s+(?:chiefs?|ministers?|bosses|heads|leaders|officials)\b|\bcops\b"
    r"|\bполицейск\w*|\bмент(?:ов|ы|ам|ами|ах)\b"
    # "у эмвэдэшников в питере", "мвдшники": the MVD's people
    r"|\b(?:эмвэдэ|эмвэде|эмвде|мвд)шник\w*"
    r"|\bpolitseysk\w*|\bpoliceysk\w*|\bment(?:ov|y|am|ami|akh|ah)\b|\b(?:emvede|emvde|mvd)shnik\w*",
    re.IGNORECASE,
)
_SPIES = re.compile(
    r"\b(?:spy|spies)\s+(?:chiefs?|bosses|heads|masters|agencies)\b|\bspymasters?\b|\bspooks?\b"
    r"|\bразведчик\w*|\brazvedchik\w*",
    re.IGNORECASE,
)
# A council named with the slang word ("Council of Police Chiefs", "Совет полицейских") is a body's
# name the sources do not record: it stays as typed, to be said so.
_COUNCIL_BEFORE = re.compile(r"(?:council|совет\w*|sovet\w*)(?:\s+(?:of|the|of the))*\s*$", re.IGNORECASE)


def _kept(found: re.Match[str]) -> bool:
    return _COUNCIL_BEFORE.search(found.string[: found.start()]) is not None


def _police(found: re.Match[str]) -> str:
    word = found.group(0)
    if _kept(found):
        return word
    if re.match(r"[а-яё]", word, re.IGNORECASE):
        return "министров внутренних дел"
    if word.lower().startswith(("politse", "policeysk", "ment", "emv", "mvd")):
        return "ministrov vnutrennih del"
    return "interior ministers"


def _spies(found: re.Match[str]) -> str:
    word = found.group(0)
    if _kept(found):
        return word
    if re.match(r"[а-яё]", word, re.IGNORECASE):
        return "руководителей спецслужб"
    if word.lower().startswith("razved"):
        return "rukovoditeley specsluzhb"
    return "intelligence chiefs"


# A season asked ("the winter meeting of the police chiefs"): ``field_meeting`` reads the field's
# words and checks the season against the body's meeting; the words are left to it.
_SEASON = re.compile(r"winter|spring|summer|autumn|\bfall\b|зим|весн|летн|летом|осен|zim|vesn|letn|letom|osen", re.IGNORECASE)


def written_out(text: str) -> str:
    """The text with slang for the interior ministers and the intelligence heads in the records' words."""
    if not _GATE.search(text) or _SEASON.search(text):
        return text
    return _SPIES.sub(_spies, _POLICE.sub(_police, text))
