""""why not?" / "почему?" / "а почему нет?" right after a yes/no answer.

Asked alone, such a turn named nothing the engine knows and was declined as out of scope. After a
yes/no whose answer is "no" (Azerbaijan is not on the list) or "the sources do not say" (the source
says 9 states but names 8), the user asks for the reason: the sources give none, and the grounds of
the previous answer are what they do say — the same verdict with reason "no_reason", which the
presentation words as "The sources give no reason." before those grounds. After a "Yes" ("why?"
after "did Armenia attend?") the sources give no reason either. Only attendance answers: a decision's
or a statement's reason may be in the record, and is left to the usual reading.

Cheap: a length test and one anchored regex on a turn of up to four words.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.answers.verdict import Verdict

MAX_WORDS = 4
# Whether someone was at a meeting: the sources list who came and never say why anyone did or did not.
_ATTENDANCE = frozenset({"listed", "not_listed", "host_not_listed", "not_named", "part_listed", "listed_other_group"})
CUE = re.compile(
    r"^(?:(?:and|but|so|а|но|и|a|no|i)\s+)?(?:why|почему|отчего|зачем|pochemu|otchego)"
    r"(?:\s+(?:not|so|нет|не|так|net|ne|tak))?$"
)


def answer(short: str, context: Verdict, question: str) -> Verdict | None:
    """The previous "no" (or "not said") again, as the reason asked, or None."""
    if len(short.split()) > MAX_WORDS or CUE.match(short) is None:
        return None
    if context.kind != "yes_no" or not context.answered or context.grounds not in _ATTENDANCE:
        return None  # a decision's or a statement's "why" may be in the record: the usual reading
    return replace(context, question=question, reason="no_reason", context=None)
