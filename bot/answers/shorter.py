""""короче", "in short", "tl;dr" after an answer: the short form of that answer.

Alone, such a word asks for nothing new: the lead-in filter ("короче, кто …") takes it off, nothing
is left, and the bot said it only answers questions about CIS security cooperation. After an answer
it asks for that answer again, shorter: the previous verdict, marked ``brief`` (the reply keeps its
first line, the fact, and the source).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answers.cues import cued
from bot.answers.verdict import Verdict

_SHORTER = cued(
    re.compile(
        r"^\W*(?:(?:а\s+|ну\s+|a\s+|nu\s+)?(?:по)?короче|коротко|кратко|вкратце|в\s+двух\s+словах|одним\s+словом|покороче"
        r"|(?:po)?koroche|korotko|kratko|vkrat(?:ce|tse)|v\s+dvuh\s+slovah"
        r"|in\s+short|shorter|briefly|tl;?\s?dr|in\s+a\s+nutshell|short\s+version|sum\s+(?:it\s+)?up|summar(?:y|i[sz]e)"
        r"|make\s+it\s+short|(?:the\s+)?short\s+answer)"
        r"(?:\s*(?:pls|please|plz|пожалуйста|плиз|pozhaluysta))?\W*$",
        re.IGNORECASE,
    )
)


def asks_shorter(text: str) -> bool:
    """Whether the message only asks for the last answer in short."""
    return len(text) <= 40 and _SHORTER.search(text) is not None


def answer(question: str, context: Verdict) -> Verdict | None:
    """The previous answer again, marked brief; None when there is no answer to shorten."""
    if not context.answered or context.kind in ("clarify", "decline"):
        return None
    return replace(context, question=question, filters={**context.filters, "brief": True})
