""""In connection with what is X mentioned": where the sources mention X.

"В связи с чем упоминается ФАТФ?", "ФАТФ — в каком контексте упоминается?", "v svyazi s chem upominaetsya
SVR?", "in what context is FATF mentioned?": the words ask for nothing the records hold a field for
("связи", "контексте") and the bot asked back with X's name alone. They ask what "Где упоминается ФАТФ?"
asks, which the entry's card and its mentions answer; the question is read so (grid21).
Cheap: one word test first.
"""

from __future__ import annotations

import re

_GATE = re.compile(r"связи|контекст|svyaz|svjaz|kontekst|context|connection", re.I)
_ASKED = re.compile(
    r"(?:\bв\s+связи\s+с\s+чем|\bв\s+как\w+\s+контекст\w*|\bv\s+svya?zi\s+s\s+chem|\bv\s+kak\w+\s+kontekst\w*"
    r"|\bin\s+what\s+(?:context|connection))(?=\s|$|\?)",
    re.I,
)
_WHERE = {True: "где", False: "gde"}


def as_where(text: str) -> str:
    """The text with "в связи с чем" / "в каком контексте" (before a verb of mentioning) read as "где"."""
    if not _GATE.search(text) or not re.search(r"упомина|упомян|upomina|upomyan|mention", text, re.I):
        return text
    found = _ASKED.search(text)
    if found is None:
        return text
    if found.group(0).lower().startswith("in "):
        return text[: found.start()] + "where" + text[found.end() :]
    return text[: found.start()] + _WHERE[bool(re.search(r"[а-яё]", found.group(0), re.I))] + text[found.end() :]
