"""Colloquial words for the parts of a meeting, written as the records write them.

"тематические секции" / "thematic sessions" are the specialised sessions of a meeting's programme,
"пленарка" its plenary session: neither word is in the knowledge base, so a question using them
("Сколько было тематических секций на XVIII совещании помимо пленарки?") found no session at all and
asked back. Only before a word for a session ("тематические органы" stays as typed). The colloquial
verb "порешали" ("settled") is "решили" ("decided").
"""

from __future__ import annotations

import re

from bot.answers.cues import cued

_GATE = cued(re.compile(r"темат|themat|temat|пленарк|plenark", re.IGNORECASE))
_THEMATIC = re.compile(
    r"\b(?:тематическ(\w*)|thematic|tematichesk(\w*))(?=\s+(?:секци|сесси|session|sekci|sektsi|sessi))",
    re.IGNORECASE,
)
_PLENARY = re.compile(r"\bпленарк\w*|\bplenark\w*", re.IGNORECASE)
# Adjective endings after "к" become those after "нн": "тематических" → "специализированных".
_ENDINGS = {"их": "ых", "ие": "ые", "ий": "ый", "ими": "ыми", "ih": "yh", "ie": "ye", "iy": "yy", "imi": "ymi"}


def _specialised(found: re.Match[str]) -> str:
    russian, latin = found.group(1), found.group(2)
    if russian is not None:
        return "специализированн" + _ENDINGS.get(russian.lower(), russian)
    if latin is not None:
        return "spetsializirovann" + _ENDINGS.get(latin.lower(), latin)
    return "specialised"


def _plenary(found: re.Match[str]) -> str:
    return "пленарного заседания" if found.group(0)[:1] in "пП" else "plenarnogo zasedaniya"


# "что порешали по ШОС?": the colloquial "порешать" (to settle) is "решить" (to decide).
_SETTLED_GATE = cued(re.compile(r"пореш|poresh", re.IGNORECASE))
_SETTLED = re.compile(r"\b(?:пореш(?:али|или|ал|ил|ала|ила|ено)|poresh(?:ali|ili|al|il|ala|ila|eno))\b", re.IGNORECASE)


def _decided(found: re.Match[str]) -> str:
    return "решили" if found.group(0)[:1] in "пП" else "reshili"


# "сколько секторальных органов", "skolko sektoralnyh organov": the loanword for "отраслевых" (sectoral),
# which no record uses; left as typed it was an unknown grouping ("the sources do not single it out").
_SECTORAL_GATE = cued(re.compile(r"секторальн|sektoral", re.IGNORECASE))
_SECTORAL = re.compile(r"\b(?:секторальн(\w*)|sektoral'?n(\w*))", re.IGNORECASE)


def _sectoral(found: re.Match[str]) -> str:
    russian, latin = found.group(1), found.group(2)
    return "отраслев" + russian if russian is not None else "otraslev" + (latin or "")


def written_out(text: str) -> str:
    """The text with colloquial words for sessions (and "порешали", "секторальных") replaced by the records' words."""
    if _SETTLED_GATE.search(text):
        text = _SETTLED.sub(_decided, text)
    if _SECTORAL_GATE.search(text):
        text = _SECTORAL.sub(_sectoral, text)
    if not _GATE.search(text):
        return text
    return _PLENARY.sub(_plenary, _THEMATIC.sub(_specialised, text))
