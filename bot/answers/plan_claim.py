"""A claim put as an intention: "текст собираются распространить в ООН?", "sobirayutsya razoslat …?",
"they're going to circulate it at the UN?".

The record says the text "планируется распространить" / "is planned to be distributed": a plan, which is
what such a claim asks. The yes/no check read "собираются" as a word of the fact the record did not hold
("the sources do not say so directly"), and did not count the claim as asking a plan, so a plan in the
record could only be "only planned". A verb of intending followed by an infinitive ("собираются
распространить", "намерены подписать") is the claim's tense, not its content: its words count as held
by a clause that states a plan, and the claim asks a plan. "Собираются" alone ("когда собираются
секретари?") is a verb of meeting and is left alone.

Cheap: a literal cue of the verbs before the regex; one parse of the verb when it is found.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine

# A verb of intending and the infinitive it governs (Cyrillic and Latin-typed Russian).
_INTENDS = cued(re.compile(
    r"(?<!\w)(собира(?:ется|ются|емся|ешься|етесь)|намерен[аоы]?|намерева(?:ется|ются)"
    r"|sobira(?:etsya|etsja|yutsya|jutsja|yutsa|utsya|emsya)|nameren[aoy]?|namereva(?:etsya|yutsya))"
    r"\s+(?:\w+\s+)?\w+(?:ть|ти|t'?|ti)(?!\w)",
    re.I,
))


def intention_words(engine: Engine, text: str) -> set[str]:
    """The query tokens of a verb of intending that governs an infinitive in ``text`` (as typed and
    as the question is read); empty when there is none."""
    found = _INTENDS.search(text)
    if found is None:
        return set()
    verb = found.group(1)
    return {*text_tokens(verb), *engine.parse(verb).query.tokens}
