"""Look-alike owners: a recorded body named as another organisation's ("Совет министров обороны
ОДКБ", "the CSTO Defence Ministers Council", "Совет глав разведок ОДКБ"). The CIS council is not
the CSTO's: the sources mention no such body, and the CIS one is the nearest record, never
answered as if it were the body asked.

Cheap: it needs a body and an organisation among the first hits, their names next to each other.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers.mentions import MENTION_SCORE
from bot.answers.verdict import Verdict
from bot.kb.schema import Body
from bot.search.index import Hit
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

NAMED = 0.8  # share of a name the question must hold to name it
_WORD = re.compile(r"[\w'-]+")
# The words that may join a body's name to its owner's ("Council of the CSTO", "Совет при ОДКБ").
_GLUE = re.compile(r"^(?:of|the|при|pri)$", re.I)
_JOINED = re.compile(r"[+&/,]|\b(?:and|with|и|с|i|s)\b", re.I)


def owner_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "not_recorded" (reason "no_body") when a body is named as belonging to an organisation
    that is not its own; None otherwise."""
    kb = engine.kb
    top = [h for h in parsed.hits[:5] if h.score >= MENTION_SCORE and h.name_cover >= NAMED]
    bodies = [h for h in top if kb.kind(h.entity) == "body"]
    owners = [h for h in top if kb.kind(h.entity) == "organisation"]
    if not bodies or not owners:
        return None
    body_hit, owner_hit = bodies[0], owners[0]
    if body_hit.name_tokens & owner_hit.name_tokens or not _adjacent(body_hit, owner_hit):
        return None
    # Another entry whose name holds the organisation's is the one named ("RATS of the SCO").
    if any(h.entity not in (body_hit.entity, owner_hit.entity) and owner_hit.name_tokens <= h.name_tokens for h in top):
        return None
    body = kb.entities[body_hit.entity]
    if not isinstance(body, Body) or _belongs(engine, body, owner_hit.entity):
        return None
    query = parsed.query
    owner_tokens = {query.tokens[i] for i in owner_hit.name_tokens}
    words = _WORD.findall(parsed.text)
    spots = [i for i, word in enumerate(words) if set(text_tokens(word)) & owner_tokens]
    if not spots:
        return None
    # The word next to the organisation on the body's side, past "of", "the", "при", must be a word
    # of the name: a stop word there makes them two entries ("the ATC's work with the SCO").
    after = min(owner_hit.name_tokens) > max(body_hit.name_tokens)
    step = -1 if after else 1
    position = (min(spots) if after else max(spots)) + step
    while 0 <= position < len(words) and _GLUE.match(words[position]):
        position += step
    if not 0 <= position < len(words) or not text_tokens(words[position]):
        return None
    # The name as typed: the body's words the question holds, then the organisation's.
    body_tokens = {query.tokens[i] for i in body_hit.name_tokens}
    body_spots = [
        i
        for i, word in enumerate(words)
        if {*text_tokens(word), *engine.index.fold_synonyms(text_tokens(word))} & body_tokens
    ] or [position]
    span = [*body_spots, *spots]
    # "EAG + ATC", "ЕАГ и АТЦ": a sign or a conjunction between them makes them two entries.
    places = [match.span() for match in _WORD.finditer(parsed.text)]
    if len(places) == len(words) and _JOINED.search(parsed.text[places[min(span)][1] : places[max(span)][0]]):
        return None
    name = " ".join(words[min(span) : max(span) + 1])[:80]
    base.kind = "not_recorded"
    base.answered = True
    base.reason = "no_body"
    base.value = {"name": name}
    base.alternatives = [body.id]
    base.focus = [body.id]
    base.sources = list(body.sources)
    base.intent = "not_recorded"
    return base


def _adjacent(first: Hit, second: Hit) -> bool:
    """Whether two names stand side by side in the question (stop words between do not count)."""
    if not first.name_tokens or not second.name_tokens:
        return False
    return min(second.name_tokens) == max(first.name_tokens) + 1 or max(second.name_tokens) == min(first.name_tokens) - 1


def _belongs(engine: Engine, body: Body, owner: str) -> bool:
    """Whether the organisation is the body's own: a parent up its chain, or named in its names."""
    kb = engine.kb
    seen: set[str] = set()
    entity: Body | None = body
    while entity is not None and entity.id not in seen:
        seen.add(entity.id)
        if entity.parent == owner:
            return True
        parent = kb.entities.get(entity.parent or "")
        entity = parent if isinstance(parent, Body) else None
    other = kb.entities[owner]
    own_names = set(text_tokens(" ".join([body.name.en, body.name.ru, *body.short.all(), *body.aliases.all()])))
    # Its abbreviations only: a full name shares plain words ("security") with many.
    theirs = set(text_tokens(" ".join(other.short.all())))
    return bool(own_names & theirs)
