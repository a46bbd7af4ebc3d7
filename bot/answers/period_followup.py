"""A period asked of the previous answer: "for what years?", "until when?", "на какие годы?", "до
какого года?" after a programme, a list of documents or a meeting that adopted some.

Such a question names nothing of its own; asked of the previous subject as it stands it would ask a
meeting's "period", and searched alone its one word "years" finds the "Year of Peace and Unity". The
documents the previous answer is about (its subject, the entries it listed, or those a meeting in it
adopted) that have a period are the candidates: one is the answer; of several, the one the previous
question named ("which counter-terrorism programme…" then "for what years?"); otherwise the bot asks
back which one is meant, never guessing.

Cheap: only questions whose intent is "period" and that name no entry, with a previous answer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers import listed_followup, siblings
from bot.answers.facts import fact_verdict, not_stated
from bot.answers.verdict import Verdict
from bot.kb.schema import Document, Meeting

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

NAMED_SCORE = 0.3  # a document the previous question matched this well may be the one it named ...
NAMED_LEAD = 0.1  # ... when it leads the next document by this much


def _with_period(doc: object) -> bool:
    return isinstance(doc, Document) and bool(doc.period_start or doc.period_end)


def candidates(engine: Engine, context: Verdict) -> list[str]:
    """The documents with a period that the previous answer is about, in its order."""
    kb = engine.kb
    found: list[str] = []
    for entity_id in [*context.focus, *context.items]:
        entity = kb.get(entity_id)
        if _with_period(entity):
            found.append(entity_id)
        elif isinstance(entity, Meeting) and not context.items:
            found += [doc.id for doc in kb.documents_of(entity_id) if _with_period(doc)]
    if not found and context.kind == "quote":
        # "the border security one runs until when?" after Trefilov's words naming the Dushanbe
        # documents: the documents of the quoted records whose end year the words give
        said = [(s.source, f"{s.en} {s.ru}") for s in context.statements if s.source]
        found = [
            doc.id
            for doc in kb.entities.values()
            if isinstance(doc, Document)
            and doc.period_end is not None
            and any(source in doc.sources and str(doc.period_end) in text for source, text in said)
        ]
    return list(dict.fromkeys(found))


def _names_more(parsed: Parsed) -> bool:
    """Whether the question has a word of a subject besides kind and period words."""
    return bool(siblings.content_words(parsed.text))


def answer(engine: Engine, parsed: Parsed, context: Verdict | None, ordinal: int | None = None) -> Verdict | None:
    """The period of the one document the previous answer is about (or of the ``ordinal``-th entry it
    listed), a "which one?" among several, or None when it is about no document with a period."""
    if context is None or not context.answered or parsed.intent.question != "period":
        return None
    other_one = listed_followup.other_of_two(context, parsed.text)
    if other_one is not None and ordinal is None and _with_period(engine.kb.get(other_one)):
        # "а другая до какого года?" after one of two programmes: the other one's period, not the one in focus
        docs = [other_one]
    elif ordinal is not None:
        listed = [i for i in context.items if i in engine.kb.entities]
        if not 1 <= ordinal <= len(listed) or not _with_period(engine.kb.get(listed[ordinal - 1])):
            return None
        docs = [listed[ordinal - 1]]
    else:
        subject = engine.kb.get(context.focus[0]) if context.focus else None
        if isinstance(subject, Document) and not _with_period(subject) and not _names_more(parsed):
            # "until when does it run?" after where the Joint Statement was adopted: it has no period
            # (not a "which one?" among the other documents of its meeting)
            return not_stated(Verdict(parsed.text, parsed.lang, "decline", False, intent="period"), subject, "period")
        docs = candidates(engine, context)
    if not docs:
        return None
    if other_one is not None and docs == [other_one]:
        chosen: str | None = other_one
    else:
        chosen = docs[0] if len(docs) == 1 else siblings.named_among(engine.kb, parsed.text, docs)
    if len(docs) == 1 and _names_more(parsed) and "completing" not in context.filters:
        # "а концепция до какого года?", "and the border one, until when?" after the counter-terrorism
        # programme: another document with a period, named by its own words, is the one asked
        others = [d.id for d in engine.kb.entities.values() if _with_period(d)]
        other = siblings.named_among(engine.kb, parsed.text, others, besides=docs[0])
        chosen = other if other is not None else chosen
    if chosen is None and _names_more(parsed):
        return None  # "what period does the Joint Statement cover": a subject the candidates lack
    if chosen is None:
        # "Which counter-terrorism programme was approved in Dushanbe?" answered with all the
        # summit's outcomes: the document the previous question named is the one meant.
        asked = engine.parse(str(context.filters.get("asked") or context.question), context.lang)
        named = [h for h in asked.hits[:8] if h.entity in docs and h.score >= NAMED_SCORE]
        if named and (len(named) == 1 or named[0].score - named[1].score >= NAMED_LEAD):
            chosen = named[0].entity
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="period")
    if chosen is None:
        base.kind = "clarify"
        base.reason = "unsure"
        base.alternatives = docs[:3]
        return base
    doc = engine.kb.get(chosen)
    assert isinstance(doc, Document)
    verdict = fact_verdict(base, doc, "period", {"start": doc.period_start, "end": doc.period_end})
    # The question completed with the document's name, for "and the border one?" to ask of another.
    # "asserts_nothing": "do kakogo goda ona?" asks a period, whatever its Latin letters read as
    verdict.filters = {
        **verdict.filters,
        "asked": f"{engine.kb.name(doc.id, parsed.lang)}: {parsed.text}",
        "asserts_nothing": True,
    }
    return verdict
