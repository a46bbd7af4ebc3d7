"""The periods of the documents just listed, asked of them together: "until when do they run?", "how
many years does it cover?", "на какой срок каждая?" after "which programmes were approved in 2025?"
or "which one is the longest?".

Such a turn names nothing; asked of a list of several documents it was asked back between them, or
(with "it") counted the list or was declined. Each listed document's line shows its period ("until
2030", "2026–2028"), so the list again, marked as answering the period, is the answer; a document
without a recorded period shows none, which is what the sources give.

Cheap: the previous verdict's kind and items, then the intent already read.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers.listed_followup import ordinal_word
from bot.answers.previous import POINTING
from bot.kb.schema import Document

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 8
MAX_LISTED = 8
_NAMED = 0.4  # a hit this good, this much of its name in the question, names an entry of its own
_NAMED_COVER = 0.5
# "when does it end?", "how many years does it cover?": the period asked by its end or length
_RUNS = re.compile(
    r"\b(?:ends?|expires?|runs?|lasts?|covers?|valid|in force|заканчива\w*|законч\w*|истека\w*|истеч\w*|действ\w*|рассчитан\w*"
    r"|zakanchiva\w*|zakonch\w*|deystvu\w*)\b"
)
_EACH = ("each", "every", "all of them", "каждая", "каждый", "каждой", "каждого", "все", "kazhdaya", "kazhdyi")


def answer(engine: Engine, parsed: Parsed, context: Verdict, question: str) -> Verdict | None:
    """The previous list of documents, answering the period asked of them; None otherwise."""
    if context.kind != "list" or not 2 <= len(context.items) <= MAX_LISTED or len(parsed.text.split()) > MAX_WORDS:
        return None
    lower = parsed.text.lower()
    if not (parsed.intent.question == "period" or (parsed.intent.question in ("when", "count") and _RUNS.search(lower))):
        return None
    if not (POINTING.search(lower) or any(word in lower for word in _EACH)):
        return None  # ("до какого года?" alone after one programme asked: that one's, period_followup)
    if any(h.score >= _NAMED and (h.entity in context.items or h.name_cover >= _NAMED_COVER) for h in parsed.hits[:3]):
        return None  # "до какого года концепция?" names one of them, "… the border programme …" another
    if any(ordinal_word(word) for word in re.findall(r"[^\W\d_]{4,}", lower)):
        return None  # "the second one — until when?": that entry (listed_followup)
    kb = engine.kb
    if not all(isinstance(kb.entities.get(i), Document) for i in context.items):
        return None
    filters = {**context.filters, "follow_up": context.question, "asserts_nothing": True}
    return replace(context, question=question, lang=parsed.lang, filters=filters, yes=None, grounds=None, also=[], context=None)
