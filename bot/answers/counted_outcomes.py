"""The documents just shown, counted: "skolko ih?" / "how many is that?" / "how many documents is that?"
after what a meeting adopted ("chto tam prinyali?": its outcomes) or after the card of a fact that names
the documents ("what was adopted there?": the Dushanbe summit's security documents).

Asked again of the meeting, "how many" found the meetings of its month (1) or every document of the
sources (12); the answer is the count of the documents the previous answer listed or its fact names.

Cheap: only for a count turn naming no subject of its own, after an outcomes answer or a fact's card.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.kb.schema import Fact

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict


def answer(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """A count of the documents the previous answer listed (outcomes) or its fact's card names."""
    kb = engine.kb
    if parsed.intent.list_kind not in (None, "document"):
        return None
    documents: list[str] = []
    if context.kind == "fact" and context.attribute == "outcomes" and isinstance(context.value, list):
        documents = [i for i in context.value if isinstance(i, str) and kb.kind(i) == "document"]
        if len(documents) != len(context.value):
            return None  # outcomes that are no documents ("the meeting was held"): not a count of these
    elif context.kind == "card" and context.focus and isinstance(fact := kb.get(context.focus[0]), Fact):
        documents = [i for i in fact.related if i in kb.entities and kb.kind(i) == "document"]
    if len(documents) < 2:
        return None
    meeting = [i for i in context.focus[:1] if kb.kind(i) == "meeting"]
    return replace(
        context,
        kind="count",
        attribute="document",
        value=len(documents),
        items=documents,
        question=parsed.text,
        intent="list:document",
        filters={**context.filters, **({"meeting": meeting} if meeting else {})},
    )
