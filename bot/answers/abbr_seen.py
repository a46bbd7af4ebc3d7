"""An abbreviation asked with where it was seen: "whats SCO in the observer news", "what's RATS in the
counter-terrorism meeting list", "what does EAG stand for in the june report", "что за ОДКБ в новости про
июньское совещание".

Read whole, the words of the place it was seen won the search (the observer decision, the Executive
Committee's card, the RATS's part at the meeting), and the abbreviation was never spelt out. The place is
only where the user met it: the question is "what does <abbreviation> mean?", asked without it. Only an
abbreviation typed in capitals right after the question words, and a place that is a record or a list
("news", "report", "list", "article", "новости", "статье", "списке") count.

Cheap: a word test, then one regex; the caller asks the engine again only when it matched.
"""

from __future__ import annotations

import re

_CUE_WORDS = (" in the ", " in that ", " in this ", " from the ", " в ", " из ", " v ", " iz ")
_PLACE = (
    r"(?i:news|report|list|article|item|story|text|statement|document|piece|summary|page|post|release|coverage"
    r"|новост\w*|отч[её]т\w*|списк\w*|стать\w*|сообщени\w*|текст\w*|документ\w*|заметк\w*|публикаци\w*"
    r"|novost\w*|otchet\w*|spisk\w*|stat'?(?:ya|ye|yu|yi|ia|ie|ja|je|ju)|stat'e|soobshcheni\w*|tekst\w*|dokument\w*)"
)
_SEEN = re.compile(
    r"^\W*(?i:(?:so\s+|and\s+|ok\s+)?(?:what(?:'s|s|\s+is|\s+does)|wats?|что\s+(?:за|такое|значит)|chto\s+(?:za|takoe|znachit)))\s+"
    r"(?:(?i:the)\s+)?(?P<abbr>[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,7})\s+"
    r"(?:(?i:mean|means|stand\s+for|stands\s+for|означает)\s+)?"
    r"(?i:in|from|on|в|во|из|v|vo|iz)\s+(?:(?i:the|that|this|a|an|этой|этом|той|том)\s+)?[^?]{0,60}?\b" + _PLACE + r"\b[^?]{0,60}?\W*$"
)


def cued(question: str) -> bool:
    lower = f" {question.lower()} "
    return any(word in lower for word in _CUE_WORDS)


def rewrite(question: str) -> str | None:
    """ "what is <abbreviation>?" in the question's language, or None when it is not of this kind."""
    found = _SEEN.match(question.strip())
    if found is None:
        return None
    abbr = found.group("abbr")
    # "what does X mean?" spells it out (a term the sources use unexpanded, "UAV", too), as "what is X?"
    # may quote where it is used
    if re.search(r"[А-Яа-яЁё]", question) is not None:
        return f"что означает {abbr}?"
    if question.strip().lower().startswith(("chto", "что")):
        return f"chto oznachaet {abbr}?"
    return f"what does {abbr} mean?"
