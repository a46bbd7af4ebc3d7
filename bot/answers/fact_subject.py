"""The entry a conversation is about, kept through a fact about it: "Антитеррористический центр СНГ —
специализированный орган?" -> "когда его создали?" is answered by the fact of its establishment, and
"а в каких встречах он участвовал?" next still means the ATC, not the fact (which had been read as
another entry and asked again: "20 meetings were held").

`mark` notes on a follow-up's verdict the previous subject when the answer is a fact related to it;
`pointed` gives the next turn that subject first when it points back with a pronoun.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.kb.schema import Fact

if TYPE_CHECKING:
    from bot.answers.verdict import Verdict
    from bot.kb.base import KnowledgeBase

KEY = "about"
# (a body or organisation: a meeting or document a fact is about may be what "it" points past, to the
# document the fact names: "will it be sent anywhere?" after who adopted the Joint Statement)
_KINDS = ("body", "organisation")
# "он", "его", "it", "its", "они": the entry pointed back at (people are `previous._person`'s)
_POINTS = re.compile(r"\b(?:он|его|ему|им|нём|нем|она|её|ее|ей|оно|it|its|on|ego|ona|eyo)\b", re.IGNORECASE)


def mark(kb: KnowledgeBase, verdict: Verdict, context: Verdict) -> None:
    """Notes the previous subject on ``verdict`` when it answers with a fact related to that subject."""
    if not verdict.answered or not verdict.focus or not context.focus:
        return
    fact = kb.get(verdict.focus[0])
    subject = context.filters.get(KEY) if isinstance(context.filters.get(KEY), str) else context.focus[0]
    if isinstance(fact, Fact) and isinstance(subject, str) and subject in fact.related and kb.kind(subject) in _KINDS:
        verdict.filters = {**verdict.filters, KEY: subject}


def pointed(text: str, context: Verdict) -> Verdict:
    """The context with its noted subject first when the turn points back at it with a pronoun."""
    subject = context.filters.get(KEY)
    if not isinstance(subject, str) or not _POINTS.search(text) or context.focus[:1] == [subject]:
        return context
    return replace(context, focus=[subject], items=[], statements=[], value=None, filters={k: v for k, v in context.filters.items() if k != "person"})
