"""A name asked in the frame of the news it was seen in: "Что за АТЦ упоминается в новости про питерское
совещание МВД?", "in the St Petersburg news, what's BelTA?", "what's the EAG they mention in the news about
the June counter-terror meeting?", "chto takoe ATC v novosti pro soveshchanie v Pitere?".

The frame says where the asker met the name, not what is asked: its words (the meeting, the city, a person
who spoke there) outweighed a short abbreviation, so the answer was the city's card or what Rahmon said of the
ATC. The question is read as its head and the name ("что за АТЦ?", "what's BelTA?"), when the name is short
(one to four words, with a capital) and the frame names a news item, article, story or report about something.
"""

from __future__ import annotations

import re

from bot.answers.cues import cued

_HEAD = (
    r"(?:what(?:'s|’s|\s+is|\s+are)|who(?:'s|’s|\s+is|\s+are)"
    r"|что\s+(?:за|такое|так\w*|значит|означает)|кто\s+(?:так(?:ой|ая|ие|ое)|это)|что\s+это\s+за"
    r"|chto\s+(?:za|takoe|znachit|oznachaet)|kto\s+(?:tak(?:oi|oy|aya|ie)|eto))"
)
_RECORD = (
    r"(?:the\s+|that\s+|this\s+)?(?:news(?:\s+(?:item|story|piece))?|stor(?:y|ies)|article|piece|report|write-?up|item"
    r"|новост\w*|стать\w*|сообщени\w*|публикаци\w*|заметк\w*|отч[её]т\w*"
    r"|novost\w*|stat(?:ya|ye|yi|e|i)\b|soobshcheni\w*|publikaci\w*)"
)
_SEEN = (
    r"(?:\s*,?\s*(?:(?:that|which)\s+)?(?:(?:they|you|it)\s+)?(?:mention(?:s|ed)?|cite[sd]?|named|упоминается|упоминают"
    r"|упомянут\w*|фигурирует|названн?\w*|upominaetsya|upominayut))?"
)
_ABOUT = r"(?:about|on|of|from|про|о|об|обо|из|pro|o|ob)"
# "<head> <name> [they mention] in the news about …?"
_TAIL = re.compile(
    rf"^(?P<head>\W*{_HEAD}\s+(?P<name>[^\s?!.]+(?:\s+[^\s?!.]+){{0,3}}?)){_SEEN}\s*,?\s+(?:in|from|в|во|из|v|vo|iz)\s+{_RECORD}"
    rf"\s+{_ABOUT}\s+[^?]+?(?P<end>[?!.]*)\s*$",
    re.IGNORECASE,
)
# "in the St Petersburg news, what's BelTA?", "In the story about the Dushanbe summit, what is the SCO?"
_LEAD = re.compile(
    rf"^\W*(?:in|в|во|v)\s+(?:[^,?]{{0,60}}?\s)?{_RECORD}(?:\s+{_ABOUT}\s+[^,?]{{1,80}}?)?\s*[,:—–-]\s*"
    rf"(?P<head>{_HEAD}\s+(?P<name>[^\s?!.]+(?:\s+[^\s?!.]+){{0,3}}?))(?P<end>[?!.]*)\s*$",
    re.IGNORECASE,
)
_CUE = cued(re.compile(
    r"\bnews\b|\bstor(?:y|ies)\b|\barticle\b|\bpiece\b|\breport\b|\bwrite-?up\b|\bitem\b|новост|стать|сообщени|публикаци"
    r"|заметк|отч[её]т|otch|novost|stat|soobshch|publikac",
    re.IGNORECASE,
))


def without_news_frame(text: str) -> str:
    """The question without the news item it says the name was seen in (see the module)."""
    if not _CUE.search(text):
        return text
    found = _TAIL.match(text) or _LEAD.match(text)
    if found is None or not any(ch.isupper() for ch in found.group("name")):
        # a name is typed with a capital (an abbreviation, a proper name): "what is discussed in the
        # news about …" asks about the news
        return text
    return found.group("head") + (found.group("end") or "?")
