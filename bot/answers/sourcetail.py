""""In these docs", "according to the sources": a tail that says where to look, not what.

"who's Rahmon in these docs", "what is BKBOP in the sources", "kto takoy Trefilov v dokumentah": the
tail names the documents the bot answers from anyway, but its words ("documents") match the title of
a record ("Security documents adopted … in Dushanbe"), so the search found two things and asked back
instead of saying who Rahmon is. Only after a "who is / what is" head with a short subject, and not
when the subject is itself a word about the sources ("what is mentioned in the sources" asks for a
list of what they mention).
"""

from __future__ import annotations

import re

_GATE = ("doc", "sourc", "materi", "record", "документ", "источник", "материал", "dokument", "istochnik")
_TAIL = re.compile(
    r"^(?P<head>\W*(?:who(?:'s|’s|\s+is|\s+was|\s+are|\s+were)|what(?:'s|’s|\s+is|\s+are|\s+was)"
    r"|кто\s+(?:так(?:ой|ая|ие|ов)|это|был\w*)|что\s+такое|что\s+это\s+за"
    r"|kto\s+(?:tak(?:oi|oy|aya|ie|ov)|eto|byl\w*)|chto\s+takoe|chto\s+eto\s+za)\s+"
    r"(?P<subject>\S+(?:\s+\S+){0,3}?))"
    r"\s*,?\s+(?:in|within|according\s+to|from|в|во|по|v|vo|po)\s+"
    r"(?:(?:these|the|your|those|our|this|этих|этим|ваших|вашим|твоих|etih|etim|vashih|tvoih)\s+)?"
    r"(?:docs?|documents?|sources?|materials?|records?|документ\w*|источник\w*|материал\w*|dokument\w*"
    r"|istochnik\w*|material\w*)\s*(?P<end>[?!.]*)\s*$",
    re.IGNORECASE,
)
# Words that make the sources themselves the subject: "what is said in the documents".
_ABOUT_SOURCES = re.compile(
    r"\b(?:mentioned|said|written|known|stated|recorded|described|there|listed|named|сказано|написано|известно"
    r"|говорится|упомина\w*|упомянут\w*|перечислен\w*|указано|skazano|napisano|izvestno|govoritsya|ukazano)\b",
    re.IGNORECASE,
)


def without_source_tail(text: str) -> str:
    """The question without a closing "in these docs" after a "who is / what is X" head."""
    lower = text.lower()
    if not any(stem in lower for stem in _GATE):
        return text
    found = _TAIL.match(text)
    if found is None or _ABOUT_SOURCES.search(found.group("subject")):
        return text
    return found.group("head") + (found.group("end") or "?")
