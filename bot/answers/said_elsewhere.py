"""Who else said it: "did Trefilov speak of cybercrime?" when none of Trefilov's recorded statements
holds the topic but another person's does (Klemez: "the escalating scale of cybercrime").

The asked person's answer stays "the sources do not say" (their recorded words are not all they
said); the other speaker's statement is shown beside it, named, so the user learns where the topic is
recorded instead of a bare refusal. Only recorded statements count (no descriptions or facts), each
judged as :func:`bot.answers.said.person_said` judges a "yes": enough of the topic's weight and its
weightiest word held.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.answers.verdict import Statement
from bot.kb.schema import Bilingual, Person

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


def best_other_quote(engine: Engine, parsed: Parsed, person: Person, rest: list[int]) -> tuple[float, str, Statement] | None:
    """The other person whose quoted statement best covers the topic at ``rest``: its score, the
    person and the statement; None when nobody else is quoted on it at all (whether the score is
    enough is :mod:`bot.answers.said`'s to judge)."""
    best: tuple[float, str, Statement | None] = (0.0, "", None)
    for other in engine.kb.of_kind("person"):
        if other.id == person.id or not isinstance(other, Person) or not other.sources:
            continue
        quoted = quoted_words(engine, other)
        for doc_id in engine.index.statements(other.id):
            if engine.index.statement(doc_id) not in quoted:
                continue  # a note about the person (how the source names them) is nothing they said
            score = engine.index.score_doc(doc_id, parsed.query, rest)
            if score > best[0]:
                text = engine.index.statement(doc_id)
                statement = Statement(getattr(text, "en", ""), getattr(text, "ru", ""), other.id, other.sources[0], other.id)
                best = (score, other.id, statement)
    score, speaker, found = best
    return None if found is None else (score, speaker, found)


def only_record(engine: Engine, person: Person) -> Statement | None:
    """What the sources record a person without quoted statements saying: the one fact about them
    that is theirs (listed first among its related entries; Peskov's October statement), or None."""
    if quoted_words(engine, person):
        return None  # quoted statements: the nearest of those is for the caller to weigh
    own = [fact for fact in engine.kb.facts_of(person.id) if fact.related[:1] == [person.id]]
    if len(own) != 1:
        return None
    fact = own[0]
    return Statement(fact.value.en, fact.value.ru, fact.id, (fact.sources or person.sources)[0], person.id)


def quoted_words(engine: Engine, person: Person) -> list[Bilingual]:
    """What the meetings' records quote or report the person saying (to the meeting or the media)."""
    words: list[Bilingual] = []
    for meeting in engine.kb.meetings_of(person.id):
        for speaker in meeting.participants.people:
            if speaker.person == person.id:
                words.extend(speaker.said)
        for told in meeting.media_statements:
            if told.person == person.id:
                words.extend(told.said)
    return words
