"""Look-alike periods: a document named by its subject ("the border security programme", "the
programme against terrorism") with a period it does not have ("for 2026–2028", "до 2030 года").
The period may be another document's: the name's subject words decide which document is meant,
never the years alone. The verdict is "not recorded" with the period the document has, and the
document whose period was asked, if any, as the next record.

Cheap: a year range or "until <year>" in the question, and a document among the first hits.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.verdict import Verdict
from bot.answers.yesno import is_yes_no
from bot.kb.schema import Document
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

MENTION_SCORE = 0.3  # as in yesno: a hit this good may be a mention
SUBJECT_WEIGHT = 5.0  # the subject words a document's name must share with the question
SUBJECT_LEAD = 1.5  # times the next document's: the subject clearly names one
# Words of a period, not of a subject: "until 2030" in a name says nothing about what it is for.
_PERIOD_WORDS = frozenset(text_tokens("until till to up for до по на годы годов года год year years do po na gody goda"))
# A question word: without one, a question ending in "?" asks yes or no by its tone.
_ASKS = re.compile(
    r"\b(?:what|when|which|who|where|how|why|tell|что|чем|когда|какие|какой|какая|каковы|кто|где|как|зачем|почему"
    r"|chto|kogda|kakie|kakoy|kto|gde|kak)\b|—|\s-\s",
    re.I,
)
_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:[–—-]|\s(?:to|по|до)\s)\s*((?:19|20)\d\d)\b")


def period_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "not_recorded" (reason "constraint") when the document the question names by its subject
    has another period than the one asked; None otherwise."""
    found = _RANGE.search(parsed.text)
    until = parsed.intent.until
    if found is None and until is None:
        return None
    if is_yes_no(parsed.text) or (parsed.text.rstrip().endswith("?") and not _ASKS.search(parsed.text)):
        # "рассчитана до 2030?", by its tone alone too: the yes/no answer checks the period itself.
        return None
    kb, query = engine.kb, parsed.query
    documents = [
        h for h in parsed.hits[:5] if h.score >= MENTION_SCORE and isinstance(kb.entities[h.entity], Document)
    ]
    if not documents:
        return None

    def subject(position: int) -> float:
        token = query.tokens[position]
        if token.startswith("#") or token in engine._generic or token in _PERIOD_WORDS:
            return 0.0
        return query.weights[position]

    ranked = sorted(((sum(subject(i) for i in h.name_tokens), h) for h in documents), key=lambda pair: -pair[0])
    best, hit = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if best < SUBJECT_WEIGHT or best < SUBJECT_LEAD * runner_up:
        return None
    document = kb.entities[hit.entity]
    assert isinstance(document, Document)
    if document.period_end is None:
        return None
    start: int | None
    end: int | None
    if found is not None:
        start, end = int(found.group(1)), int(found.group(2))
        if end == document.period_end and document.period_start in (None, start):
            return None
        asked: int | str | None = f"{start}–{end}"
    else:
        start, end = None, until
        if until == document.period_end:
            return None
        asked = until
    # An end year asked is answered with the end year recorded, a period with the period.
    recorded: int | str = document.period_end
    if found is not None and document.period_start:
        recorded = f"{document.period_start}–{document.period_end}"
    # The document that has the period asked is the next record ("2026–2028" is the terrorism programme's).
    others = [
        other.id
        for other in kb.of_kind("document")
        if isinstance(other, Document)
        and other.id != document.id
        and other.period_end == end
        and (start is None or other.period_start in (None, start))
        and any(h.entity == other.id for h in documents)
    ]
    base.kind = "not_recorded"
    base.answered = True
    base.reason = "constraint"
    base.value = {"what": "year", "asked": asked, "recorded": recorded}
    base.alternatives = [document.id, *others][:3]
    base.focus = [document.id]
    base.sources = list(document.sources)
    base.intent = "not_recorded"
    return base
