"""A state the sources never name, asked of a list of states just shown: "а Молдова?", "and
Moldova?", "was Moldova?" after "which states were at the interior ministers meeting?".

The name is unknown to the knowledge base, so nothing was found for it: the English ellipsis said
"the sources do not mention Moldova", and the Russian one, asked again with the meeting's full name
("… государств – участников СНГ …"), took the Council of Heads of State for the subject and said it
was not on the list. The list just shown answers it: the name is not one of those states.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import among_shown
from bot.answers.unknown_names import names_known
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict

_WORD = re.compile(r"[^\W\d_][\w'-]*")
_CAPITALISED = re.compile(r"[A-ZА-ЯЁ][a-zа-яё'-]{2,}$")
MAX_WORDS = 6  # an ellipsis or a short question; a longer one asks something of its own


def answer(engine: Engine, parsed: Parsed, context: Verdict, base: Verdict) -> Verdict | None:
    """"No: not one of those shown" for an unknown capitalised name after a list of states, or None."""
    entries = among_shown.shown(context)
    kb = engine.kb
    if not entries or any(kb.kind(i) != "state" for i in entries):
        return None
    words = _WORD.findall(parsed.text)
    if len(words) > MAX_WORDS or names_known(engine, parsed):
        return None
    query = parsed.query
    unknown = {token for token, missing in zip(query.tokens, query.unknown, strict=True) if missing}
    names = [w for w in words if _CAPITALISED.match(w) and (own := set(text_tokens(w))) and own <= unknown]
    if len(names) != 1:
        return None
    base.kind, base.answered, base.intent = "yes_no", True, "yes_no"
    base.yes = False
    base.grounds = "in_previous"
    base.focus = []
    base.value = {"member": names[0], "shown": entries}
    base.sources = list(context.sources)  # where the list shown came from
    return base
