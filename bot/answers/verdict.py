"""The typed verdict: what the engine decided about a question, with its evidence.

Plain data, serialisable to JSON (``cisbot ask --json`` prints it as ``verdict``); no HTML and no
wording. :mod:`bot.present.answer` turns a verdict into the messages a user reads.

Kinds of verdict:

``fact``       one entity's asked attribute (``attribute``) and its ``value``
``card``       what an entity is (a definition): the entity itself is the answer
``yes_no``     ``yes`` is True / False, or None when the sources do not say; ``grounds`` say why
``list``       ``items`` (entity ids) that satisfy ``filters``
``count``      ``value`` is the number; ``items`` what was counted when we counted ourselves
``quote``      ``statements`` (what was said, by whom, where)
``not_recorded`` the sources do not record what was asked; ``alternatives`` hold the nearest records
``clarify``    not sure: ``alternatives`` are the candidates ("did you mean")
``decline``    out of scope (``reason``: out_of_scope, empty)
"""

from __future__ import annotations

import dataclasses
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Match:
    """A search candidate and its score."""

    id: str
    kind: str
    score: float


@dataclass(frozen=True)
class Statement:
    """One recorded statement (a knowledge-base translation of a source sentence).

    ``entity`` is the entry that holds it; ``speaker`` the person who said it, if any; ``source``
    the source document's id.
    """

    en: str
    ru: str
    entity: str
    source: str | None = None
    speaker: str | None = None

    def get(self, lang: str) -> str:
        return self.ru if lang == "ru" else self.en


@dataclass
class Verdict:
    question: str
    lang: str
    kind: str
    answered: bool
    focus: list[str] = field(default_factory=list)  # entity ids the answer is about, main one first
    attribute: str | None = None  # date, place, participants, speakers, head, agenda, outcomes, ...
    value: Any = None  # JSON-able value of the attribute, or the number of a count
    items: list[str] = field(default_factory=list)
    yes: bool | None = None
    grounds: str | None = None  # why a yes/no holds: listed, not_listed, not_stated, category, ...
    filters: dict[str, Any] = field(default_factory=dict)
    statements: list[Statement] = field(default_factory=list)
    caveats: list[Statement] = field(default_factory=list)  # notes the answer needs (source gaps, inferences)
    sources: list[str] = field(default_factory=list)  # source ids that support the answer
    alternatives: list[str] = field(default_factory=list)
    reason: str | None = None
    matches: list[Match] = field(default_factory=list)
    confidence: float = 0.0
    intent: str = "card"
    # Kept on a clarification only: the answered verdict before it, so that a turn choosing none of
    # its candidates is still read against the conversation (not serialised).
    context: Verdict | None = field(default=None, repr=False, compare=False)
    # The verdicts on the other parts of a question asked in several parts (bot.answers.parts).
    also: list[Verdict] = field(default_factory=list)

    @property
    def entity(self) -> str | None:
        """The main entity of the answer, if there is one."""
        return self.focus[0] if self.focus else None

    def to_json(self) -> dict[str, Any]:
        context, self.context = self.context, None
        try:
            data = asdict(self)
        finally:
            self.context = context
        data.pop("context")
        data.pop("question")
        data.pop("matches")
        data["also"] = [part.to_json() for part in self.also]
        return data


_FIELDS = frozenset(f.name for f in dataclasses.fields(Verdict))


def replace(obj: Any, /, **changes: Any) -> Any:
    """:func:`dataclasses.replace`; a verdict copied unchanged (the engine hands each answerer its own
    copy of a question's base verdict, some twenty a question) is made without the generic field
    walk: the same fields holding the same objects, a tenth of the time."""
    if changes or type(obj) is not Verdict or obj.__dict__.keys() != _FIELDS:
        return dataclasses.replace(obj, **changes)
    copy = object.__new__(Verdict)
    copy.__dict__.update(obj.__dict__)
    return copy
