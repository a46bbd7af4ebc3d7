"""Pydantic models of the knowledge-base YAML files.

Every file in ``knowledge/`` is a mapping whose keys are sections (``sources``, ``states``,
``places``, ``organisations``, ``bodies``, ``meetings``, ``documents``, ``people``, ``facts``,
``synonyms``, ``topics``, ``aliases``); each section is a list of entries. Models forbid unknown keys so a typo in a
field name is an error with its location, not silently ignored data.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

ID_PATTERN = r"^[a-z0-9][a-z0-9_]*$"
# Ids travel in callback data (64 bytes with a prefix) and deep links (64 characters).
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=48)]
NonEmpty = Annotated[str, Field(min_length=1)]

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year."""

    year: int
    month: int | None = None
    day: int | None = None

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        parts = [f"{self.year:04d}"]
        if self.month is not None:
            parts.append(f"{self.month:02d}")
        if self.day is not None:
            parts.append(f"{self.day:02d}")
        return "-".join(parts)

    def sort_key(self) -> tuple[int, int, int]:
        return (self.year, self.month or 0, self.day or 0)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        return _parse_partial_date(text)

    @classmethod
    def _parse(cls, text: str) -> PartialDate:
        m = _PARTIAL_DATE.match(text.strip())
        if not m:
            raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if month is not None and not 1 <= month <= 12:
            raise ValueError(f"impossible date {text!r}: month {month}")
        if day is not None and month is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise ValueError(f"impossible date {text!r}: {calendar.month_name[month]} {year} has {last} days")
        if not 1900 <= year <= 2200:
            raise ValueError(f"implausible year in date {text!r}")
        return cls(year, month, day)


@lru_cache(maxsize=65_536)
def _parse_partial_date(text: str) -> PartialDate:
    # Lists and digests parse the same few thousand date strings again and again.
    return PartialDate._parse(text)


def _check_partial_date(value: str) -> str:
    PartialDate.parse(value)
    return value


DateText = Annotated[str, AfterValidator(_check_partial_date)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


class Bilingual(Strict):
    """The same text in English and Russian."""

    en: NonEmpty
    ru: NonEmpty

    def get(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.en


class Terms(Strict):
    """Alternative names in each language (abbreviations, short forms, informal names)."""

    en: list[NonEmpty] = []
    ru: list[NonEmpty] = []

    def all(self) -> list[str]:
        return [*self.en, *self.ru]


class Source(Strict):
    """A document the facts come from."""

    id: Id
    file: NonEmpty | None = Field(
        None, description="file name of the seed document; none for a source entered from Telegram (give its url)"
    )
    publisher: Bilingual
    cite: Bilingual | None = Field(None, description="short name for a one-line citation, e.g. BelTA")
    date: DateText | None = None
    date_text: str | None = Field(None, description="the date exactly as the document writes it")
    title: Bilingual
    url: str | None = None
    notes: list[Bilingual] = []

    @model_validator(mode="after")
    def _file_or_url(self) -> Source:
        if self.file is None and not self.url:
            raise ValueError("a source needs its seed document (file) or a link (url)")
        return self


class Entity(Strict):
    """Fields shared by every kind of entry.

    ``short`` forms are shown with the name; ``aliases`` only help search. ``expansion`` is the
    full form of a name that is an abbreviation ("FATF"). ``common_usage`` lists the short forms,
    aliases or expansion that the source documents never use (users type them; answers that show
    one say it is common usage): validation requires every abbreviation among the short forms,
    and every expansion, to be found in the documents or listed here.
    """

    id: Id
    name: Bilingual
    short: Terms = Terms()
    aliases: Terms = Terms()
    expansion: Bilingual | None = None
    common_usage: Terms = Terms()
    description: Bilingual
    sources: list[Id] = Field(min_length=1)
    notes: list[Bilingual] = []

    @field_validator("sources")
    @classmethod
    def _unique_sources(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("a source is listed twice")
        return v


class State(Entity):
    official_name: Bilingual | None = None
    cis_member: bool = True


class Place(Entity):
    country: Id | None = None


OrganisationCategory = Literal["international", "basic_organisation", "national_agency", "media", "other"]


class Organisation(Entity):
    category: OrganisationCategory
    state: Id | None = None


BodyCategory = Literal["sectoral", "specialised", "supreme", "executive", "department", "other"]


class Body(Entity):
    category: BodyCategory
    parent: Id | None = None
    established: DateText | None = None
    facts: list[Bilingual] = []


class Role(Strict):
    title: Bilingual
    body: Id | None = None
    organisation: Id | None = None
    state: Id | None = None
    as_of: DateText | None = None
    source: Id | None = None


class Person(Entity):
    roles: list[Role] = []


ParticipationRole = Literal["speaker", "chair", "addressed", "participant", "reported"]


class MediaStatement(Strict):
    """What a person told the media about a meeting. Not a speech at it, nor a sign that the
    person took part: the source reports it only as a statement to the media."""

    person: Id
    via: Bilingual | None = Field(None, description="how the report reached the publisher, e.g. a press service")
    said: list[Bilingual] = []


class Participation(Strict):
    person: Id
    role: ParticipationRole
    address: Bilingual | None = Field(
        None, description="the kind of address or speech as the source words it (\"a congratulatory address\")"
    )
    said: list[Bilingual] = []


class Participants(Strict):
    states: list[Id] = []
    bodies: list[Id] = []
    organisations: list[Id] = []
    people: list[Participation] = []


class StatedCounts(Strict):
    """Numbers of participants exactly as the source states them (may differ from the names listed)."""

    states: int | None = Field(None, ge=0)
    bodies: int | None = Field(None, ge=0)
    organisations: int | None = Field(None, ge=0)
    basic_organisations: int | None = Field(None, ge=0)
    sessions: int | None = Field(None, ge=0, description="a total of sessions, only where the source states one")
    plenary_sessions: int | None = Field(None, ge=0)
    specialised_sessions: int | None = Field(None, ge=0)


class Session(Strict):
    title: Bilingual
    points: list[Bilingual] = []


class Outcome(Strict):
    text: Bilingual
    document: Id | None = None


MeetingKind = Literal["meeting", "summit", "exercise", "conference"]
MeetingStatus = Literal["held", "planned"]


class Meeting(Entity):
    kind: MeetingKind = "meeting"
    status: MeetingStatus = "held"
    body: Id | None = None
    number: int | None = Field(None, ge=1)
    date: DateText | None = None
    end_date: DateText | None = None
    place: Id | None = None
    date_inferred: Bilingual | None = Field(
        None, description="how the date was inferred where no source states it whole"
    )
    date_sources: list[Id] = Field(
        [], description="the sources that give the date and place; those answers cite only them"
    )
    participants: Participants = Participants()
    media_statements: list[MediaStatement] = []
    stated_counts: StatedCounts = StatedCounts()
    agenda: list[Bilingual] = []
    sessions: list[Session] = []
    outcomes: list[Outcome] = []


DocumentKind = Literal["programme", "concept", "statement", "treaty", "protocol", "decision", "report", "other"]
DocumentStatus = Literal["adopted", "approved", "planned", "in_preparation", "in_force", "unknown"]


class Document(Entity):
    kind: DocumentKind
    status: DocumentStatus = "unknown"
    date: DateText | None = None
    date_inferred: Bilingual | None = Field(
        None, description="how the date was inferred where no source states it whole"
    )
    date_sources: list[Id] = Field(
        [], description="the sources that give the date and place; those answers cite only them"
    )
    period_start: int | None = Field(None, ge=1900, le=2200)
    period_end: int | None = Field(None, ge=1900, le=2200)
    meeting: Id | None = None
    body: Id | None = None


class Fact(Entity):
    """A headline figure or statement, e.g. the number of sectoral bodies."""

    value: Bilingual
    number: int | None = None
    year: int | None = Field(None, ge=1900, le=2200)
    related: list[Id] = []


class SynonymGroup(Strict):
    """Words and phrases that mean the same thing to a user (e.g. drone, UAV, беспилотник)."""

    id: Id
    terms: list[NonEmpty] = Field(min_length=2)


class TopicWords(Strict):
    """Everyday words for what a body or organisation deals with ("police", "floods")."""

    entity: Id
    en: list[NonEmpty] = []
    ru: list[NonEmpty] = []

    def all(self) -> list[str]:
        return [*self.en, *self.ru]


class TaughtAliases(Strict):
    """Aliases an admin taught from Telegram (/unanswered): added to the entry's own ``aliases``
    when the knowledge base loads, so the hand-written files stay as their authors wrote them."""

    entity: Id
    en: list[NonEmpty] = []
    ru: list[NonEmpty] = []


class KnowledgeFile(Strict):
    sources: list[Source] = []
    states: list[State] = []
    places: list[Place] = []
    organisations: list[Organisation] = []
    bodies: list[Body] = []
    meetings: list[Meeting] = []
    documents: list[Document] = []
    people: list[Person] = []
    facts: list[Fact] = []
    synonyms: list[SynonymGroup] = []
    topics: list[TopicWords] = []
    aliases: list[TaughtAliases] = []


# Section name -> entity kind used everywhere else (answers, JSON output, callback data).
SECTION_KIND: dict[str, str] = {
    "states": "state",
    "places": "place",
    "organisations": "organisation",
    "bodies": "body",
    "meetings": "meeting",
    "documents": "document",
    "people": "person",
    "facts": "fact",
}
