"""A count follow-up asking for another figure than the one just given: "а сколько заседаний они
провели?" after the aims of the security bodies in 2025 (or after "16 sectoral bodies") asks for the
meetings they held, which the sources state (20); completed with the previous figure's name it was
that figure again ("16") or its enumerated items counted ("4").

The counted word ("заседаний", "meetings") is not in the previous figure's names: the one stated
figure (a fact with a number) of the same source whose name holds it answers.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from bot.kb.schema import Fact
from bot.search.text import in_cyrillic
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.answers.verdict import Verdict


def other_figure(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The stated figure a count follow-up asks for when it counts something the previous figure
    does not; None when it counts the same thing or no stated figure answers."""
    intent = parsed.intent
    if intent.question != "count" or not intent.kind_words or not context.focus:
        return None
    previous = engine.kb.entities.get(context.focus[0])
    if not isinstance(previous, Fact):
        return None
    # Each counted word as folded tokens, typed in Latin letters also in Cyrillic ("zasedanij").
    counted = [
        {token for form in (word, in_cyrillic(word.lower()) if word.isascii() else "") for token in engine.index.fold_synonyms(text_tokens(form))}
        for word in intent.kind_words
    ]
    counted = [tokens for tokens in counted if tokens]
    names = [previous.name.en, previous.name.ru, *previous.short.all(), *previous.aliases.all()]
    named = {token for name in names for token in engine.index.fold_synonyms(text_tokens(name))}
    if not counted or any(tokens & named for tokens in counted):
        return None  # "а специализированных?" after the bodies: the same figure's own words
    # A figure of the same report whose names hold the counted word ("Число заседаний …").
    shared = set(previous.sources)
    candidates = [
        fact
        for fact in engine.kb.of_kind("fact")
        if isinstance(fact, Fact)
        and fact.number is not None
        and fact.id != previous.id
        and shared & set(fact.sources)
        and _holds_all(engine, counted, fact)
    ]
    if len(candidates) != 1:
        return None
    figure = candidates[0]
    verdict = engine.answer(f"{engine.kb.name(figure.id, parsed.lang)}?", parsed.lang, today)
    if not verdict.answered or verdict.kind != "count" or verdict.focus[:1] != [figure.id]:
        return None
    return verdict


def _holds_all(engine: Engine, counted: list[set[str]], fact: Fact) -> bool:
    name = {token for text in (fact.name.en, fact.name.ru) for token in engine.index.fold_synonyms(text_tokens(text))}
    return all(tokens & name for tokens in counted)
