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


# "the most recent meeting recorded in the sources", "последнее заседание, упомянутое в источниках": the
# meeting is the latest of those the bot answers from anyway; the tail only made the question a decline.
_RANKED_TAIL = re.compile(
    r"(?P<ranked>\b(?:(?:the\s+)?(?:most\s+recent|latest|last|first|earliest|newest|oldest)"
    r"|(?:самое\s+|самая\s+|самой\s+)?(?:последн|первы?|ранн|поздн)\w*|(?:samoe\s+)?(?:posledn|perv|rann)\w*)"
    r"\s+(?:meeting|event|session|gathering|заседани\w*|встреч\w*|совещани\w*|мероприяти\w*|zasedani\w*|vstrech\w*"
    r"|soveshchani\w*|meropriyati\w*))"
    r"\s*,?\s+(?:(?:that|which)\s+(?:is|was)\s+)?(?:recorded|mentioned|listed|described|covered|reported|named"
    r"|упомянут\w*|записан\w*|описан\w*|указан\w*|упоминаем\w*|upomyanut\w*|opisan\w*)?\s*"
    r"(?:in|by|within|according\s+to|в|во|по|v|po)\s+(?:(?:these|the|your|этих|ваших|etih)\s+)?"
    r"(?:docs?|documents?|sources?|records?|materials?|документ\w*|источник\w*|материал\w*|dokument\w*|istochnik\w*)\b",
    re.IGNORECASE,
)


def without_source_tail(text: str) -> str:
    """The question without a closing "in these docs" after a "who is / what is X" head, nor after
    "the most recent meeting"."""
    lower = text.lower()
    if not any(stem in lower for stem in _GATE):
        return text
    ranked = _RANKED_TAIL.search(text)
    if ranked is not None:
        return text[: ranked.start()] + ranked.group("ranked") + text[ranked.end() :]
    found = _TAIL.match(text)
    if found is None or _ABOUT_SOURCES.search(found.group("subject")):
        return text
    return found.group("head") + (found.group("end") or "?")
