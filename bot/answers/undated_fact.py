"""When a recorded fact happened, when its record gives no date: "a kogda eto bylo?" / "when was that?"
after the Russian Prosecutor General's recommended reforms ("Formerly, …" — no date, no year).

Asked again with the fact's name, the question found the fact itself and its card was the answer, which
reads as if the date were in it. The answer is "the sources do not give a date for <fact>".

Cheap: a "when" turn of a few words, only after an answer about a fact that records no year.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.kb.schema import Fact

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

MAX_WORDS = 6


def answer(engine: Engine, parsed: Parsed, base: Verdict, context: Verdict, own: str | None) -> Verdict | None:
    """ "The sources do not give a date" for the undated fact the previous answer was about."""
    if own is not None or parsed.intent.question != "when" or len(parsed.text.split()) > MAX_WORDS:
        return None
    fact = engine.kb.get(context.focus[0]) if context.focus else None
    if not isinstance(fact, Fact) or fact.year is not None or context.kind not in ("card", "quote", "fact"):
        return None
    base.kind, base.answered, base.focus = "fact", True, [fact.id]
    base.attribute, base.reason, base.value = "date", "not_stated", None
    base.sources = list(fact.sources)
    base.filters = {**base.filters, "follow_up": context.question}
    return base
