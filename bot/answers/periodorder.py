"""Which programme ends first or last, starts first, runs longest ("какая программа закончится
раньше всех?", "which programme ends first?", "what is the longest programme?"): the documents with
a recorded period, ordered by it; a tie gives every document of the extreme.

Only documents whose period the sources give take part: a document known without a period (the
joint statement, a treaty to be signed) is neither first nor last.

Cheap: one precompiled pattern, whose literal first words gate it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import literal_cue
from bot.answers.verdict import Verdict
from bot.kb.schema import Document

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

_DOCUMENT_WORD = re.compile(
    r"\b(?:programmes?|programs?|concepts?|documents?|программ\w*|концепци\w*|документ\w*|programm\w*|koncepci\w*|dokument\w*)\b"
)
_KINDS = [
    ("programme", re.compile(r"\b(?:programmes?|programs?|программ\w*|programm\w*)\b")),
    ("concept", re.compile(r"\b(?:concepts?|концепци\w*|koncepci\w*)\b")),
]
# (order, which end of the period): "ends first" is the earliest end, "starts last" the latest start
_ORDER = re.compile(
    r"(?P<end_first>\b(?:ends?|expires?|runs? out|finish\w*)\s+(?:the\s+)?(?:first|earliest|soonest|sooner|earlier)"
    r"|\b(?:закончится|заканчивается|истекает|истечёт|истечет|завершится|завершается|кончится)\s+(?:раньше|первой|первым|скорее)"
    r"|\b(?:раньше|первой|первым)\s+(?:всех\s+)?(?:закончится|заканчивается|истекает|истечёт|истечет|завершится)"
    r"|\b(?:zakonchitsya|zakanchivaetsya|istekaet)\s+(?:ranshe|pervoy))"
    r"|(?P<end_last>\b(?:ends?|expires?|runs?|lasts?)\s+(?:the\s+)?(?:last|latest|longest|later|longer)"
    r"|\b(?:закончится|заканчивается|истекает|истечёт|истечет|завершится|действует|продлится)\s+(?:позже|последней|последним|дольше)"
    r"|\b(?:позже|дольше)\s+(?:всех\s+)?(?:закончится|заканчивается|истекает|действует|продлится)"
    r"|\b(?:zakonchitsya|zakanchivaetsya|istekaet|deystvuet)\s+(?:pozzhe|dolshe))"
    r"|(?P<start_first>\b(?:starts?|begins?)\s+(?:the\s+)?(?:first|earliest)"
    r"|\b(?:начнётся|начнется|начинается)\s+(?:раньше|первой))"
)
ORDER_CUE = literal_cue([_ORDER])


def answer(engine: Engine, parsed: Parsed, base: Verdict, context: Verdict | None = None) -> Verdict | None:
    """The documents first or last by their period; None when the question asks no such order.
    After two documents just compared ("and the border programme?"), "which (of them) ends
    earlier" orders those two."""
    text = parsed.text.lower()
    found = _ORDER.search(text)
    pair = context.filters.get("pair") if context is not None else None
    if found is None or not (_DOCUMENT_WORD.search(text) or pair):
        return None
    documents = [d for d in engine.kb.of_kind("document") if isinstance(d, Document)]
    if pair:
        documents = [d for d in documents if d.id in pair]
    # "какая программа …": programmes only (the concept is no programme); "документ" is any
    kind = next((name for name, pattern in _KINDS if pattern.search(text)), None)
    if kind is not None:
        documents = [d for d in documents if kind in d.name.en.lower()]
    if found.group("start_first"):
        dated = [(d.period_start, d) for d in documents if d.period_start]
        pick = min
    else:
        dated = [(d.period_end, d) for d in documents if d.period_end]
        pick = min if found.group("end_first") else max
    if not dated:
        return None
    extreme = pick(year for year, _ in dated)
    chosen = [d.id for year, d in dated if year == extreme]
    base.kind, base.answered = "list", True
    base.intent = "list:document"
    base.attribute = "document"
    base.items = chosen
    base.focus = chosen[:1]
    base.filters = {"order": "start" if found.group("start_first") else "end", "year": extreme}
    base.sources = list(dict.fromkeys(s for i in chosen for s in engine.kb.entities[i].sources))
    return base
