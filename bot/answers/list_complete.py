""""и всё?" / "is that all?" / "only those?" after a list: that list again, said to be all the sources
record.

Read alone, such a turn has no subject: it was answered as a yes/no about some other entry ("Нет… Совет
глав государств не в их числе") or as a card of the previous answer's statement. A question about the
completeness of the list just given is answered by that list, with its count, headed "That is all the
sources list" — the sources are all we know, so the list is complete as recorded, no more.

Cheap: a word test, then one regex on a turn of up to six words; no engine question.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.verdict import Verdict

MAX_WORDS = 6
# the previous answer was a group: a list, a count of listed items, or a meeting's participants
_GROUP_ATTRIBUTES = frozenset(["participants", "speakers", "outcomes", "agenda", "documents"])
_WORDS = frozenset(
    ["всё", "все", "vse", "vsyo", "vsjo", "all", "it", "only", "только", "tolko", "никого", "ничего", "nikogo", "nichego",
     "others", "other", "else", "more", "nobody", "список", "spisok", "list", "full", "complete", "whole", "полный", "весь"]
)
CUE = re.compile(
    r"^(?:(?:and|so|а|и|a|i|ну|nu|то\s+есть|to\s+est)\s+)?"
    r"(?:(?:это|eto|that'?s|thats|that\s+is|is\s+that|are\s+th[oe]se|were\s+th[oe]se|is\s+this|is\s+it|it'?s)\s+)?"
    r"(?:вс[её]|vs[eyj]?o?|all|it|everything|the\s+(?:full|whole|complete)\s+list|(?:полный|весь|polnyj|polnyy|ves)\s+(?:список|spisok)"
    r"|(?:только|tolko|only)\s+(?:они|эти|те|oni|eti|te|those|these|them|they)"
    r"|(?:больше|bolshe)\s+(?:никого|ничего|нет|nikogo|nichego|net)|(?:никого|nikogo)\s+(?:больше|bolshe)"
    r"|no\s*(?:one|body)\s+else|no(?:\s+more|\s+others?)|(?:there\s+are\s+)?no\s+others|nothing\s+(?:else|more)|(?:any|no)\s+other\s+ones)"
    r"(?:\s+(?:больше|bolshe|then|тогда|there|там))?$"
)


def _group(context: Verdict) -> bool:
    if context.kind in ("list", "count") and context.items:
        return True
    return context.kind == "fact" and context.attribute in _GROUP_ATTRIBUTES and bool(context.value)


def answer(short: str, context: Verdict, question: str) -> Verdict | None:
    """The previous list again, marked as all the sources record, or None."""
    words = short.split()
    if not words or len(words) > MAX_WORDS or not _WORDS.intersection(w.strip("?!.,") for w in words):
        return None
    if CUE.match(short) is None or not _group(context):
        return None
    # "asserts_nothing": "is that all?" is no claim for the yes/no check to weigh
    filters = {**context.filters, "follow_up": context.question, "asserts_nothing": True}
    return replace(context, question=question, yes=None, grounds="complete", intent="list_complete", filters=filters, also=[], context=None)
