""""По Клемезу", "po Trefilovu": a person's surname in the dative after "по" is "according to" him,
as "по словам Клемеза" is ("Насколько важен, по Клемезу, СМВД для безопасности государств СНГ?"
listed the meeting's states: "по Клемезу" was no one's words). The surname is written out as the
sources' "по словам <surname in the genitive>", which the statement answers read.

Only the surnames of people the knowledge base knows, ending in a consonant (the dative adds "у",
the genitive "а"); cheap: a look for "по " / "po " first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.kb.base import KnowledgeBase

_PO = re.compile(r"\b(по|po)\s+([A-Za-zА-Яа-яЁё]{3,})(?:у|u)\b", re.IGNORECASE)
_CONSONANT_END = re.compile(r"[бвгджзклмнпрстфхцчшщbcdfghjklmnpqrstvwxz]$", re.IGNORECASE)


def surnames(kb: KnowledgeBase) -> frozenset[str]:
    """The people's surnames as the sources and Latin typing write them, lower case."""
    found: set[str] = set()
    for person in kb.of_kind("person"):
        for name in (person.name.en, person.name.ru):
            last = name.split()[-1].lower() if name else ""
            if _CONSONANT_END.search(last):
                found.add(last)
    return frozenset(found)


def written_out(text: str, known: frozenset[str]) -> str:
    """``text`` with "по <known surname>у" written as "по словам <surname>а"."""
    lowered = text.lower()
    if "по " not in lowered and "po " not in lowered:
        return text

    def sub(found: re.Match[str]) -> str:
        stem = found.group(2)
        if stem.lower() not in known:
            return found.group(0)
        if found.group(1).lower() == "po":
            return f"{found.group(1)} slovam {stem}a"
        return f"{found.group(1)} словам {stem}а"

    return _PO.sub(sub, text)
