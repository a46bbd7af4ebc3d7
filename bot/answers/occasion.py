"""The occasion a person spoke at, asked as "which meeting": "which meeting did Trefilov speak at?".

"Where did Trefilov speak?" lists the meetings whose records hold his words. Asked as "which meeting /
at what event / на какой встрече … выступал", the meeting word was read as the topic of his words
("what did he say about meetings") and the answer was a quote with no meeting in it. With a verb of
speaking in the question, the phrase asks where, and is read as "where" / "где".
"""

from __future__ import annotations

import re

from bot.search.text import has_cyrillic

_GATE = re.compile(r"which|what|каком|какой|kakom|kakoj|kakoy", re.IGNORECASE)
_WHICH_OCCASION = re.compile(
    r"\b(?:(?:at|on|in|during)\s+)?(?:which|what)\s+(?:meetings?|events?|sessions?|occasions?|summits?|conferences?"
    r"|gatherings?|talks)\b"
    r"|\b(?:на|во?)\s+(?:каком|какой|каких)\s+(?:заседани\w*|встреч\w*|мероприяти\w*|совещани\w*|саммит\w*|событи\w*)"
    r"|\b(?:na|vo?)\s+(?:kakom|kakoj|kakoy|kakih)\s+(?:zasedani\w*|vstrech\w*|meropriyati\w*|soveshch?ani\w*|sammit\w*)",
    re.IGNORECASE,
)
_SPOKE = re.compile(
    r"\b(?:speak|speaks|spoke|spoken|speaking|talk|talked|comment|commented|address|addressed|remarks?|speech)\b"
    r"|\b(?:выступ|говорил|сказал|заявил|vystup|govoril|skazal|zayavil)\w*",
    re.IGNORECASE,
)


def as_where(text: str) -> str:
    """``text`` with "which meeting" read as "where" when it asks where someone spoke; else as typed."""
    if not _GATE.search(text) or not _SPOKE.search(text):
        return text
    found = _WHICH_OCCASION.search(text)
    if found is None:
        return text
    russian = has_cyrillic(found.group(0))
    latin_russian = not russian and found.group(0).lower().startswith(("na ", "v "))
    word = "где" if russian else "gde" if latin_russian else "where"
    return f"{text[: found.start()]}{word}{text[found.end():]}"
