"""A follow-up typed in Latin letters read in Cyrillic when, as typed, it finds only a card or nothing:
"a na XVIII soveshchanii on byl?" after the Bureau's meetings, "a na iyunskom soveshchanii po terrorizmu on
byl?".

The user's own first question is read in Cyrillic first when its little words are Russian (see
`Engine._answer_read`); a follow-up is read as typed, so that the rules of the conversation see the turn
the user wrote. The Latin letters meet only the few rules that know Latin-typed Russian words: "a na XVIII
soveshchanii on byl?" was the meeting's card with "Да", and the June meeting named by "iyunskom" the St
Petersburg meeting's card. When the typed reading gives no more than a card (or nothing, or a "did you
mean"), the Cyrillic reading is asked with the same context and taken when it answers from a record.

Cheap: only a follow-up without Cyrillic whose little words are Russian, and only after a card.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.search.chatlatin import chat_latin, cyrillic_reading, russian_little_words
from bot.search.text import has_cyrillic

if TYPE_CHECKING:
    from bot.answers.engine import Engine
    from bot.answers.verdict import Verdict

_NO_ANSWER = ("clarify", "not_recorded", "card", "decline")


def weak(verdict: Verdict) -> bool:
    """Whether the typed reading's answer is one the Cyrillic reading may better: a card, a "did you
    mean", or nothing."""
    return not verdict.answered or verdict.kind in ("card", "clarify")


def reread(engine: Engine, asked: str, lang: str | None, today: date | None, context: Verdict) -> Verdict | None:
    """The Cyrillic reading's answer of a Latin-typed Russian follow-up, or None."""
    if has_cyrillic(asked):
        return None
    latin = chat_latin(asked, engine._is_word)
    if not russian_little_words(latin):
        return None
    reading = cyrillic_reading(latin, engine._latin_abbreviations)
    if reading is None or reading == asked:
        return None
    again = engine._answer(reading, lang, today, context)
    return again if again.answered and again.kind not in _NO_ANSWER else None
