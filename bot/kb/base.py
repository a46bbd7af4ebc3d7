"""The loaded knowledge base: entities by id plus the relations derived from their links.

Links are typed once (a meeting names its body and participants); the reverse directions
(a body's meetings, a state's meetings, a person's roles in a body) are computed here.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from bot.kb.loader import KnowledgeData, ParseCache, load_knowledge
from bot.kb.schema import (
    Body,
    Document,
    Entity,
    Fact,
    Meeting,
    Organisation,
    PartialDate,
    Person,
    Place,
    Source,
    State,
)


@dataclass
class KnowledgeBase:
    data: KnowledgeData
    version: str
    loaded_at: float
    meetings_by: dict[str, list[str]] = field(default_factory=dict)
    documents_by: dict[str, list[str]] = field(default_factory=dict)
    people_by: dict[str, list[str]] = field(default_factory=dict)
    children: dict[str, list[str]] = field(default_factory=dict)
    facts_by: dict[str, list[str]] = field(default_factory=dict)
    meetings_in_year: dict[int, list[str]] = field(default_factory=dict)
    meetings_held_in: dict[str, list[str]] = field(default_factory=dict)  # place or state -> meetings
    date_key: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # dated entries' sort keys
    position: dict[str, int] = field(default_factory=dict)  # order in the files
    _by_kind: dict[str, list[Entity]] = field(default_factory=dict)
    _sentences: dict[str, list[str]] = field(default_factory=dict)

    # --- access ---------------------------------------------------------------------------

    @property
    def entities(self) -> dict[str, Entity]:
        return self.data.entities

    def kind(self, entity_id: str) -> str:
        return self.data.kinds[entity_id]

    def get(self, entity_id: str) -> Entity | None:
        return self.data.entities.get(entity_id)

    def name(self, entity_id: str, lang: str) -> str:
        entity = self.data.entities.get(entity_id)
        return entity.name.get(lang) if entity else entity_id

    def source(self, source_id: str) -> Source | None:
        return self.data.sources.get(source_id)

    def source_sentences(self, source_id: str) -> list[str]:
        """The sentences of a source document's text (``seeds/<file>`` beside the knowledge files),
        read on first need; empty when the text is not there."""
        if source_id not in self._sentences:
            source = self.source(source_id)
            sentences: list[str] = []
            if source is not None and source.file and self.data.files:
                path = self.data.files[0].parent / "seeds" / source.file
                try:
                    text = path.read_text(encoding="utf-8")[:SOURCE_TEXT_LIMIT]
                except (OSError, UnicodeDecodeError):
                    text = ""
                sentences = split_sentences(text)
            self._sentences[source_id] = sentences
        return self._sentences[source_id]

    def of_kind(self, kind: str) -> list[Entity]:
        """Entities of one kind in file order (computed once per load)."""
        if not self._by_kind:
            for entity_id, entity in self.data.entities.items():
                self._by_kind.setdefault(self.data.kinds[entity_id], []).append(entity)
        return self._by_kind.get(kind, [])

    def counts(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for kind in self.data.kinds.values():
            counts[kind] += 1
        return dict(counts)

    # --- derived relations ----------------------------------------------------------------

    def meetings_of(self, entity_id: str) -> list[Meeting]:
        return [m for m in (self.get(i) for i in self.meetings_by.get(entity_id, [])) if isinstance(m, Meeting)]

    def documents_of(self, entity_id: str) -> list[Document]:
        docs = (self.get(i) for i in self.documents_by.get(entity_id, []))
        return [d for d in docs if isinstance(d, Document)]

    def people_of(self, entity_id: str) -> list[Person]:
        return [p for p in (self.get(i) for i in self.people_by.get(entity_id, [])) if isinstance(p, Person)]

    def facts_of(self, entity_id: str) -> list[Fact]:
        return [f for f in (self.get(i) for i in self.facts_by.get(entity_id, [])) if isinstance(f, Fact)]

    def country_of_place(self, place_id: str) -> str | None:
        place = self.get(place_id)
        if isinstance(place, Place):
            return place.country
        return place_id if isinstance(place, State) else None


# A source text is read to quote from it; anything past this is not a press release.
SOURCE_TEXT_LIMIT = 200_000
_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+(?=[A-ZА-ЯЁ«“\"(0-9])|\n\s*\n|\n(?=[A-ZА-ЯЁ•*-])")


def split_sentences(text: str) -> list[str]:
    """Sentences of a document, whitespace collapsed; headings and list items count as sentences."""
    parts = (" ".join(part.split()) for part in _SENTENCE_END.split(text))
    return [part for part in parts if len(part) > 2]


def meeting_date(meeting: Meeting | Document) -> PartialDate | None:
    return PartialDate.parse(meeting.date) if meeting.date else None


def _build_relations(kb: KnowledgeBase) -> None:
    meetings_by: dict[str, list[str]] = defaultdict(list)
    documents_by: dict[str, list[str]] = defaultdict(list)
    people_by: dict[str, list[str]] = defaultdict(list)
    children: dict[str, list[str]] = defaultdict(list)
    facts_by: dict[str, list[str]] = defaultdict(list)

    seen: set[tuple[int, str, str]] = set()

    def link(target: dict[str, list[str]], key: str | None, value: str) -> None:
        # A set of seen links keeps this linear: lists are only appended to.
        if key and (id(target), key, value) not in seen:
            seen.add((id(target), key, value))
            target[key].append(value)

    for entity_id, entity in kb.entities.items():
        if isinstance(entity, Meeting):
            link(meetings_by, entity.body, entity_id)
            link(meetings_by, entity.place, entity_id)
            if entity.place:
                link(meetings_by, kb.country_of_place(entity.place), entity_id)
            p = entity.participants
            for ref in [*p.states, *p.bodies, *p.organisations, *(x.person for x in p.people)]:
                link(meetings_by, ref, entity_id)
            # Whoever told the media about a meeting is linked to it too (their card shows it as that).
            for statement in entity.media_statements:
                link(meetings_by, statement.person, entity_id)
            for outcome in entity.outcomes:
                if outcome.document:
                    link(documents_by, entity_id, outcome.document)
        elif isinstance(entity, Document):
            link(documents_by, entity.meeting, entity_id)
            link(documents_by, entity.body, entity_id)
        elif isinstance(entity, Person):
            for role in entity.roles:
                for role_ref in (role.body, role.organisation, role.state):
                    link(people_by, role_ref, entity_id)
        elif isinstance(entity, Body):
            link(children, entity.parent, entity_id)
        elif isinstance(entity, Organisation):
            link(children, entity.state, entity_id)
        elif isinstance(entity, Fact):
            for ref in entity.related:
                link(facts_by, ref, entity_id)

    # One sort key per dated entry, not one per link (a place's meetings are sorted with the place's).
    kb.date_key = {
        i: d.sort_key() for i, e in kb.entities.items() if isinstance(e, Meeting | Document) and (d := meeting_date(e))
    }

    def by_date(ids: list[str]) -> list[str]:
        return sorted(ids, key=lambda i: kb.date_key.get(i, (0, 0, 0)))

    kb.meetings_by = {k: by_date(v) for k, v in meetings_by.items()}
    kb.documents_by = dict(documents_by)
    kb.people_by = dict(people_by)
    kb.children = dict(children)
    kb.facts_by = dict(facts_by)
    kb.position = {entity_id: i for i, entity_id in enumerate(kb.entities)}
    for entity_id, entity in kb.entities.items():
        if isinstance(entity, Meeting):
            if entity.date:
                kb.meetings_in_year.setdefault(PartialDate.parse(entity.date).year, []).append(entity_id)
            if entity.place:
                kb.meetings_held_in.setdefault(entity.place, []).append(entity_id)
                country = kb.country_of_place(entity.place)
                if country and country != entity.place:
                    kb.meetings_held_in.setdefault(country, []).append(entity_id)


def build_knowledge_base(data: KnowledgeData) -> KnowledgeBase:
    digest = hashlib.sha256()
    for path in data.files:  # names and the digests of the bytes the loader read and validated
        digest.update(path.name.encode())
        digest.update(data.digests.get(path.name, "").encode())
    kb = KnowledgeBase(data=data, version=digest.hexdigest()[:12], loaded_at=time.time())
    _build_relations(kb)
    return kb


def open_knowledge_base(directory: str | Path, cache: ParseCache | None = None) -> KnowledgeBase:
    """Load, validate and link a knowledge directory (raises KnowledgeError)."""
    return build_knowledge_base(load_knowledge(directory, cache))
