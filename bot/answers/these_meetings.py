"""Meetings the previous question named in passing, pointed at by "these meetings": "и где прошли эти заседания?",
"when were those meetings held?", "a gde proshli eti zasedaniya?" after "what did Klemez say the supreme bodies
would adopt at their meetings?".

The answer before was a person's words (Klemez at the St Petersburg meeting), so "these meetings" read as the
meeting of that record ("St Petersburg"), while the question had named other meetings in its own words ("на
заседаниях высших органов СНГ"). The words after the previous question's meeting noun are put in place of "these
meetings", and the turn is asked alone; taken when it answers from one meeting other than the one in context.

Cheap: a regex on a short turn; one engine question when it matches and the previous question has a meeting noun.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 8
_THESE = re.compile(
    r"\b(?:these|those|эти|этих|те|тех|eti|etikh|etih)\s+(?:meetings|sessions|talks|заседани[яй]|совещани[яй]|встреч[иа]?"
    r"|zasedaniya|zasedaniy|soveshchaniya|vstrechi)\b",
    re.I,
)
# the meeting noun of the previous question and the words that say whose meetings they were
_NAMED = re.compile(
    r"\b(?P<phrase>(?:meetings?|sessions?|summits?|заседани\w*|совещани\w*|встреч\w*|саммит\w*|zasedani\w*|soveshchani\w*)"
    r"(?:\s+(?!(?:по|by|according|where|when|that|which|где|когда|что|kotor|по\s+словам)\b)[\w-]+){1,5})",
    re.I,
)
_STOP = re.compile(r"\s+(?:по\s+словам|po\s+slovam|according\s+to|said|говорил\w*|сказал\w*)\b.*$", re.I)
_ASKED = ("fact", "card")


def answer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The turn asked of the meetings the previous question named, or None."""
    text = parsed.text
    if len(text.split()) > MAX_WORDS:
        return None
    these = _THESE.search(text)
    if these is None:
        return None
    named = _NAMED.search(context.question or "")
    if named is None:
        return None
    phrase = _STOP.sub("", named.group("phrase")).strip(" ,?!.")
    if len(phrase.split()) < 2:
        return None
    question = f"{text[: these.start()]}{phrase}{text[these.end():]}"
    verdict = engine.answer(question, parsed.lang, today)
    if verdict.kind not in _ASKED or not verdict.answered or not verdict.focus:
        return None
    meeting = verdict.focus[0]
    if engine.kb.kind(meeting) != "meeting" or meeting in context.focus:
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict
