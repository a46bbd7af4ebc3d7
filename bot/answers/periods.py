"""Look-alike periods: a document named by its subject ("the border security programme", "the
programme against terrorism") with a period it does not have ("for 2026–2028", "до 2030 года").
The period may be another document's: the name's subject words decide which document is meant,
never the years alone. The verdict is "not recorded" with the period the document has, and the
document whose period was asked, if any, as the next record.

Cheap: a year range or "until <year>" in the question, and a document among the first hits.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.answers.mentions import MENTION_SCORE
from bot.answers.question_form import is_yes_no
from bot.answers.verdict import Verdict
from bot.kb.schema import Document
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

SUBJECT_WEIGHT = 5.0  # the subject words a document's name must share with the question
SUBJECT_LEAD = 1.5  # times the next document's: the subject clearly names one
# Words of a period, not of a subject: "until 2030" in a name says nothing about what it is for.
_PERIOD_WORDS = frozenset(text_tokens("until till to up for до по на годы годов года год year years do po na gody goda"))
# A question word: without one, a question ending in "?" asks yes or no by its tone.
_ASKS = re.compile(
    r"\b(?:what|when|which|who|where|how|why|tell|что|чем|когда|какие|какой|какая|какую|какое|каких|каковы|кто|где|как"
    r"|зачем|почему|chto|kogda|kakie|kakoy|kakaya|kakuyu|kakoe|kto|gde|kak)\b|—|\s-\s",
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
        return _kind_lookalike(engine, parsed, base, found)

    def subject(position: int) -> float:
        token = query.tokens[position]
        if token.startswith("#") or token in engine._generic or token in _PERIOD_WORDS:
            return 0.0
        return query.weights[position]

    ranked = sorted(((sum(subject(i) for i in h.name_tokens), h) for h in documents), key=lambda pair: -pair[0])
    best, hit = ranked[0]
    runner_up = ranked[1][0] if len(ranked) > 1 else 0.0
    if best < SUBJECT_WEIGHT or best < SUBJECT_LEAD * runner_up:
        return _kind_lookalike(engine, parsed, base, found)
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


# A document's kind named without its subject ("which programme for 2021–2025"): the stems its
# name and the question share, in either language and Latin-typed Russian.
_KINDS = (("programm", "программ"), ("concept", "концепц", "kontsep", "koncep"))


@dataclass
class _Kind:
    """The documents of one kind that have a period, indexed once per engine."""

    documents: dict[str, Document]
    ranged: list[Document]  # with a start year, in the knowledge base's order
    open_ended: list[Document]  # "until <year>" only
    periods: set[tuple[int, int | None]]  # (end, start)

    def documents_by_id(self, ids: dict[str, int]) -> list[Document]:
        return [self.documents[i] for i in ids if i in self.documents]


_KIND_INDEX: weakref.WeakKeyDictionary[Engine, dict[tuple[str, ...], _Kind]] = weakref.WeakKeyDictionary()


def index_documents(engine: Engine) -> None:
    """Index the documents of every kind with a period for ``engine`` (once, at its build)."""
    for stems in _KINDS:
        _documents_of_kind(engine, stems)


def _documents_of_kind(engine: Engine, stems: tuple[str, ...]) -> _Kind:
    """The documents whose name holds one of ``stems`` and that have a period (once per engine:
    the knowledge base of an engine never changes)."""
    cached = _KIND_INDEX.setdefault(engine, {})
    kind = cached.get(stems)
    if kind is None:
        documents = [
            d
            for d in engine.kb.of_kind("document")
            if isinstance(d, Document)
            and d.period_end is not None
            and any(stem in f"{d.name.en} {d.name.ru}".lower() for stem in stems)
        ]
        kind = _Kind(
            {d.id: d for d in documents},
            [d for d in documents if d.period_start is not None],
            [d for d in documents if d.period_start is None],
            {(d.period_end, d.period_start) for d in documents if d.period_end is not None},
        )
        cached[stems] = kind
    return kind


def _kind_lookalike(engine: Engine, parsed: Parsed, base: Verdict, found: re.Match[str] | None) -> Verdict | None:
    """ "Which programme for 2021–2025 did the heads of state approve?": no subject names one
    document, only its kind, and no document of that kind has the period asked: none is recorded,
    and the documents of the kind are the nearest records (they were listed as if they were it)."""
    if found is None:
        return None
    text = parsed.text.lower()
    stems = next((kind for kind in _KINDS if any(stem in text for stem in kind)), None)
    if stems is None:
        return None
    start, end = int(found.group(1)), int(found.group(2))
    if start >= end:
        return None
    kind = _documents_of_kind(engine, stems)
    if not kind.documents or (end, start) in kind.periods or (end, None) in kind.periods:
        return None
    # The nearest: a range asked is nearest to a document with a range ("2026–2028", not "until
    # 2030"), the question's own hits first, then in the knowledge base's order.
    order = {h.entity: n for n, h in enumerate(parsed.hits)}
    hit = sorted((d for d in kind.documents_by_id(order)), key=lambda d: (d.period_start is None, order[d.id]))
    with_range = [d for d in hit if d.period_start is not None] + [d for d in kind.ranged if d.id not in order]
    without = [d for d in hit if d.period_start is None] + [d for d in kind.open_ended if d.id not in order]
    of_kind = [*with_range[:3], *without[:3]]
    nearest = of_kind[0]
    recorded: int | str | None = f"{nearest.period_start}–{nearest.period_end}" if nearest.period_start else nearest.period_end
    base.kind = "not_recorded"
    base.answered = True
    base.reason = "constraint"
    base.value = {"what": "year", "asked": f"{start}–{end}", "recorded": recorded}
    base.alternatives = [d.id for d in of_kind][:3]
    base.focus = [nearest.id]
    base.sources = list(nearest.sources)
    base.intent = "not_recorded"
    return base
