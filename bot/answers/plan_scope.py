"""Whether a plan governs a clause: "plans are in place to adopt new programmes …, and to sign the
treaty … and the optional protocol …" is cut into clauses at ", and", so the clause holding "to sign
the optional protocol" has no word of planning of its own, yet it is planned as much as the first.

Asked "was the optional protocol signed?" (or "did Klemez say it was signed?"), a clause is read
with what precedes it in its sentence: a plan said before it in the same sentence makes it no "yes"
to whether the thing was done.
"""

from __future__ import annotations

import re

# Where a sentence ends: a full stop, "!" or "?" before a capital (the clause cuts of
# assertions.CLAUSE_END are finer: ";", ", and").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁ«\"])")

_ANCHOR = 60


def planned_before(clause: str, texts: list[str], plan: re.Pattern[str]) -> bool:
    """Whether ``plan`` matches ``clause`` or the part of its sentence (in one of ``texts``) that
    leads up to it."""
    if plan.search(clause) is not None:
        return True
    # A quote shortened to the part asked starts (or ends) with an ellipsis the text does not have.
    core = clause.strip().strip("…").strip(".").strip()
    if not core:
        return False
    # A framed item ("… security matters: … and to sign the treaty …" read as frame + item) is no
    # substring of the text: its item's end is.
    anchor = core if len(core) <= _ANCHOR else core[-_ANCHOR:]
    for text in texts:
        if not text or anchor not in text:
            continue
        for sentence in _SENTENCE_END.split(text):
            at = sentence.find(anchor)
            if at > 0 and plan.search(sentence[:at]) is not None:
                return True
    return False
