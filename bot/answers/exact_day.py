"""The exact day asked after a date known only to the month: "more exactly?", "а точнее?", "which day
exactly?", "can you be more precise?", "tochnaya data?" right after "when was the Dushanbe summit?"
(October 2025) or "when is the Commonwealth-Antiterror exercise?" (October 2025).

The sources give the month only, so the answer says so with the month, of the entry the previous
answer dated. Searched alone, the words found nothing ("more exactly?" was declined), or a note about
another entry's month ("which day exactly?" after the exercise quoted the Dushanbe summit's note), or
"Да." put before the card.

Cheap: a short turn matched against a few words, and only after an answer that has a dated subject.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.kb.base import meeting_date
from bot.kb.schema import Document, Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

MAX_WORDS = 7
CUE = re.compile(
    r"^(?:(?:and|so|ok|okay|but|а|и|ну|a|i|nu|no|но)[ ,]+)?(?:(?:can|could) you (?:be |say it )?)?"
    r"(?:more (?:exactly|precisely|precise|specific|specifically)|(?:the )?exact (?:date|day)|(?:which|what) (?:day|date)(?: exactly| precisely)?"
    r"|exactly|precisely|on which day|on what day"
    r"|(?:по)?точнее|конкретнее|точн\w+ дат\w*|точн\w+ день|как\w+ (?:именно )?(?:числа|день|дат\w*)|в какой (?:именно )?день"
    r"|(?:po)?tochnee|konkretnee|tochn\w+ dat\w*|tochn\w+ den|kak\w+ (?:imenno )?(?:chisla|den|dat\w*)|v kakoy (?:imenno )?den)"
    r"(?: (?:please|пожалуйста|pozhaluysta|plz|pls))?$"
)


def answer(engine: Engine, base: Verdict, text: str, context: Verdict) -> Verdict | None:
    """ "The sources do not give the day" with the month, when the previous answer dated an entry to the month."""
    if len(text.split()) > MAX_WORDS or not CUE.match(text):
        return None
    kb = engine.kb
    subject = next((i for i in context.focus[:1] if isinstance(kb.get(i), Meeting | Document)), None)
    entity = kb.get(subject) if subject is not None else None
    if not isinstance(entity, Meeting | Document) or not entity.date:
        return None
    when = meeting_date(entity)
    if when is None or when.precision == "day":
        return None  # a day known is said by the usual answers
    base.kind, base.answered, base.focus = "fact", True, [entity.id]
    base.attribute, base.value = "day", {"date": entity.date}
    base.sources = list(entity.sources)
    base.filters = {**base.filters, "follow_up": context.question}
    return base
