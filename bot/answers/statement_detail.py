"""A detail of the statement just quoted, asked by one noun: "based on what standards?" /
"на основе каких стандартов?" / "po kakim standartam?" after the EAG's report on its joint work with
the ATC.

The quoted sentence may be one record's short account of something another record tells in full
(the ATC's description mentions the EAG's report; the XVIII meeting's agenda adds that it is
monitored "based on international FATF standards"). The noun asked ("standards") is looked for in
the statements that retell the quoted one (those sharing most of its long words), and the one
holding it is quoted — never the card of the previous subject, where "based" read as "where is it
based" gave a confident "the sources do not say where it is based". None when no such statement
holds the noun (the other mechanisms go on)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.cues import cued
from bot.answers.documents import statements_of
from bot.answers.verdict import Statement, Verdict

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# "based on what standards", "according to which criteria", "на основе каких стандартов", "по каким
# стандартам", "po kakim standartam", "which standards?": a preposition of basis, a question word, one noun
CUE = cued(
    re.compile(
        r"^(?:(?:and|so|а|и|a|i)\s+)?"
        r"(?:(?:based\s+on|on\s+the\s+basis\s+of|according\s+to|under|by|на\s+основе|на\s+основании|согласно|по"
        r"|na\s+osnove|na\s+osnovanii|soglasno|po)\s+)?"
        r"(?:what|which|каких|каким|какие|какому|kakih|kakim|kakie|kakomu)\s+(?P<noun>[^\W\d_]{5,})$"
    )
)
_SOURCE_STEMS = ("источ", "sourc", "istoc")
_STEM = 5  # letters of a word that tell it across its endings ("standards" / "standartam" / "стандартов")
_LONG = 6  # words this long tell what a sentence is about
_RETOLD = 3  # long words a statement shares with the quoted one to retell it


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in re.findall(r"[^\W\d_]+", text.lower()) if len(w) >= _LONG}


def answer(engine: Engine, parsed: Parsed, text: str, context: Verdict) -> Verdict | None:
    """The statement retelling the quoted one that holds the noun asked, or None."""
    if not context.statements or context.kind not in ("quote", "fact"):
        return None
    match = CUE.match(text)
    if match is None:
        return None
    noun = match.group("noun").lower()[:_STEM]
    if noun in _SOURCE_STEMS:
        return None  # "какие источники?" asks where the answer comes from, not a detail of the statement
    quoted = [s for s in context.statements if s.en]
    if any(noun in s.en.lower() or noun in s.ru.lower() for s in quoted):
        return None  # the noun is in what was quoted already: the other mechanisms read it
    told = set().union(*(_stems(s.en) for s in quoted))
    best: tuple[int, str, str, str] | None = None
    kb = engine.kb
    for entity in kb.entities.values():
        for said in statements_of(entity):
            if noun not in said.en.lower() and noun not in said.ru.lower():
                continue
            shared = len(told & _stems(said.en))
            if shared >= _RETOLD and (best is None or shared > best[0]):
                best = (shared, entity.id, said.en, said.ru)
    if best is None:
        return None
    _, owner, en, ru = best
    source = kb.entities[owner].sources[0] if kb.entities[owner].sources else None
    verdict = Verdict(parsed.text, parsed.lang, "quote", True, intent="quote")
    verdict.focus = [owner]
    verdict.statements = [Statement(en, ru, owner, source, None)]
    verdict.sources = [source] if source else []
    verdict.filters = {"follow_up": context.question}
    return verdict
