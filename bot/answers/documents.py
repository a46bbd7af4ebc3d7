"""Turn knowledge-base entities into the small documents the search index scores.

What a user may type to find an entity goes into its ``name`` documents (names, short
forms, aliases); what surrounds it (description, date, place, roles...) into one
``context`` document; each statement it holds into a ``statement`` document, so that
"what did the XVIII meeting say about drones" can point at the very session point.
"""

from __future__ import annotations

from collections.abc import Iterator

from bot.kb.base import KnowledgeBase
from bot.kb.schema import (
    Bilingual,
    Body,
    Document,
    Entity,
    Fact,
    Meeting,
    Organisation,
    PartialDate,
    Person,
    Place,
)
from bot.present.i18n import date_search_text, format_period
from bot.search.index import EntityText, SearchIndex

# Words that describe a kind of entry, so "the sectoral bodies" finds every sectoral body.
CATEGORY_WORDS: dict[str, str] = {
    "sectoral": "sectoral cooperation body отраслевой орган сотрудничества",
    "specialised": "specialised specialized body специализированный орган",
    "supreme": "supreme body высший орган",
    "executive": "executive body исполнительный орган",
    "department": "department департамент",
    "international": "international organisation organization международная организация",
    "basic_organisation": "basic organisation organization базовая организация",
    "national_agency": "national agency service национальная служба",
    "media": "news agency media информационное агентство СМИ",
}


def _names(entity: Entity) -> list[tuple[str, str]]:
    """(language, name) of each name of an entity, the first of those that are one name in lower case."""
    # Built in place, not yielded to a loop that keeps the first of each: ten thousand entities
    # name themselves eight times each.
    names: dict[str, tuple[str, str]] = {}
    keep = names.setdefault
    name, short, aliases = entity.name, entity.short, entity.aliases
    keep(name.en.lower(), ("en", name.en))
    keep(name.ru.lower(), ("ru", name.ru))
    for term in short.en:
        keep(term.lower(), ("en", term))
    for term in short.ru:
        keep(term.lower(), ("ru", term))
    for term in aliases.en:
        keep(term.lower(), ("en", term))
    for term in aliases.ru:
        keep(term.lower(), ("ru", term))
    if entity.expansion is not None:
        keep(entity.expansion.en.lower(), ("en", entity.expansion.en))
        keep(entity.expansion.ru.lower(), ("ru", entity.expansion.ru))
    if isinstance(entity, Person):
        # "Trefilov" alone is how people are asked about.
        surname_en, surname_ru = name.en.split()[-1], name.ru.split()[-1]
        keep(surname_en.lower(), ("en", surname_en))
        keep(surname_ru.lower(), ("ru", surname_ru))
    return list(names.values())


class _NamesText:
    """The names of a referenced entity as one text, made once per entity: the same places and
    bodies are referred to by thousands of meetings."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        self.made: dict[str, str] = {}

    def __call__(self, entity_id: str | None) -> str:
        if not entity_id:
            return ""
        text = self.made.get(entity_id)
        if text is None:
            entity = self.kb.get(entity_id)
            text = self.made[entity_id] = (
                " ".join([entity.name.en, entity.name.ru, *entity.short.all()]) if entity is not None else ""
            )
        return text


def _context(kb: KnowledgeBase, entity: Entity, _names_text: _NamesText) -> list[str]:
    parts = [entity.description.en, entity.description.ru]
    if isinstance(entity, Meeting):
        if entity.date:
            parts.append(date_search_text(PartialDate.parse(entity.date)))
        parts.append(_names_text(entity.place))
        if entity.place:
            parts.append(_names_text(kb.country_of_place(entity.place)))
        parts.append(_names_text(entity.body))
        parts.extend(_names_text(p.person) for p in entity.participants.people)
        parts.extend(_names_text(s.person) for s in entity.media_statements)
    elif isinstance(entity, Document):
        if entity.date:
            parts.append(date_search_text(PartialDate.parse(entity.date)))
        parts.append(format_period(entity.period_start, entity.period_end, "en"))
        parts.append(_names_text(entity.meeting))
        parts.append(_names_text(entity.body))
    elif isinstance(entity, Body):
        parts.append(CATEGORY_WORDS.get(entity.category, ""))
        parts.append(_names_text(entity.parent))
    elif isinstance(entity, Organisation):
        parts.append(CATEGORY_WORDS.get(entity.category, ""))
    elif isinstance(entity, Person):
        for role in entity.roles:
            parts.extend([role.title.en, role.title.ru, _names_text(role.body), _names_text(role.organisation)])
    elif isinstance(entity, Place):
        parts.append(_names_text(entity.country))
    elif isinstance(entity, Fact):
        parts.extend([entity.value.en, entity.value.ru])
    return [p for p in parts if p]


def statements_of(entity: Entity) -> Iterator[Bilingual]:
    """Every statement an entity holds, in display order."""
    if isinstance(entity, Meeting):
        yield from entity.agenda
        for session in entity.sessions:
            yield session.title
            yield from session.points
        for outcome in entity.outcomes:
            yield outcome.text
        for person in entity.participants.people:
            yield from person.said
        for statement in entity.media_statements:
            yield from statement.said
    elif isinstance(entity, Body):
        yield from entity.facts
    elif isinstance(entity, Fact):
        yield entity.value
    yield from entity.notes


def said_by(kb: KnowledgeBase, person_id: str) -> Iterator[Bilingual]:
    """What a person said at meetings: statements of the meetings, found from the person too."""
    for meeting in kb.meetings_of(person_id):
        for part in meeting.participants.people:
            if part.person == person_id:
                yield from part.said
        for statement in meeting.media_statements:
            if statement.person == person_id:
                yield from statement.said


def entity_texts(kb: KnowledgeBase) -> Iterator[EntityText]:
    names_text = _NamesText(kb)
    for entity_id, entity in kb.entities.items():
        statements = [*statements_of(entity), *(said_by(kb, entity_id) if isinstance(entity, Person) else ())]
        yield EntityText(
            entity_id,
            _names(entity),
            _context(kb, entity, names_text),
            [(f"{s.en} {s.ru}", s) for s in statements],
        )


def stem_texts(kb: KnowledgeBase, index: SearchIndex | None = None) -> Iterator[str]:
    """The names, descriptions and statements of every entry, for the stems of its words
    (:func:`bot.search.doubled.text_stems`). ``index``: built from ``kb``; its statement documents
    ("English Russian") stand for each statement's two sides, without walking every entry's
    statements again (a twentieth of the build at 10,000 entries): the stems are read from the
    texts' pieces between spaces, the same pieces either way. Its documents hold what people said
    twice (the meeting's and the person's), each a statement of a meeting too."""
    for entity in kb.entities.values():
        yield entity.name.en
        yield entity.name.ru
        yield entity.description.en
        yield entity.description.ru
    if index is None:
        for entity in kb.entities.values():
            for statement in statements_of(entity):
                yield statement.en
                yield statement.ru
        return
    for text, _ in index.docs:
        yield text


def build_index(kb: KnowledgeBase, previous: SearchIndex | None = None) -> SearchIndex:
    groups = [(g.id, g.terms) for g in kb.data.synonyms]
    return SearchIndex.build(entity_texts(kb), groups, previous)
