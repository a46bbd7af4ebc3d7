"""Lists named by their meetings' city or month: "How many different states appear across the St Petersburg and
June lists?" is "… the lists of the St Petersburg and June meetings": with no meeting word, "St Petersburg" named
the city and the question was a "did you mean" between the city and its meeting.
"""

from __future__ import annotations

import re

_NAMED_LISTS = re.compile(
    r"\b(?:the\s+)?(?P<names>(?:[A-Z][\w.'’-]*\s+){1,3}(?:and|&|or)\s+(?:[A-Z][\w.'’-]*\s+){1,3})lists\b"
)
_MEETING_WORD = re.compile(r"\b(?:meetings?|sessions?|summits?|talks)\b", re.I)


def written_out(text: str) -> str:
    """The question with "the A and B lists" as "the lists of the A and B meetings" (see the module)."""
    if "lists" not in text or _MEETING_WORD.search(text):
        return text
    return _NAMED_LISTS.sub(lambda found: f"the lists of the {found.group('names')}meetings", text)
