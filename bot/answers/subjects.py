"""Look-alike subjects: a recorded event or fact asked of another organisation or state ("When did
the CSTO get observer status at the CIS?" when the SCO did; "what did the Prosecutor General of
Kazakhstan propose" when Russia's did). The record belongs to the one its name holds; asked of
another, the verdict is "not recorded" with the real record, never its date or content as if it
were the one asked.

Cheap: it needs an organisation or a state and a fact or a document among the first hits.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from bot.answers import provenance
from bot.answers.mentions import MENTION_SCORE
from bot.answers.question_form import is_yes_no, tone_question
from bot.answers.verdict import Verdict
from bot.kb.schema import Entity, Meeting
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.search.index import Hit

NAMED = 0.8  # share of a name the question must hold to name it
EVENT_COVER = 0.4  # share of a record's name the question must hold to be about it
RECORD_BESIDE = 0.9  # a record scoring this near the body it is about is what is asked
_SUBJECTS = ("organisation", "state")
_RECORDS = ("fact", "document")


def subject_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """ "not_recorded" (reason "subject") when the record the question reaches names another
    organisation or state than the one asked; None otherwise."""
    asked_yes_no = is_yes_no(parsed.text) or tone_question(parsed.text)
    if parsed.intent.question == "participants":
        # "Which organisations represented the SCO, the CSTO and the EAG at the June meeting": who
        # took part is asked of a meeting; a fact or document that names one of them is no answer.
        return None
    kb = engine.kb
    top = [h for h in parsed.hits[:5] if h.score >= MENTION_SCORE]
    asked = [h for h in top if h.name_cover >= NAMED and kb.kind(h.entity) in _SUBJECTS]
    if any(kb.kind(h.entity) == "organisation" for h in asked) and provenance.about_a_source(parsed.text.lower()):
        return None  # "когда вышла новость БелТА о …?": an outlet's news item is asked, not its subject
    records = [h for h in top if h.name_cover >= EVENT_COVER and kb.kind(h.entity) in _RECORDS]
    if not asked or not records:
        return None
    if asked_yes_no and any(kb.kind(h.entity) != "state" for h in asked):
        # "Is the CSTO a CIS body?", "ОДКБ получила статус наблюдателя?": the yes/no answer weighs an
        # organisation's relation itself. A state is only ever whose record it is: "Реформу предлагал
        # генпрокурор Казахстана?" of Russia's Prosecutor General is a "no", said of Russia.
        return None
    record_hit = records[0]
    if record_hit.name_tokens <= set().union(*(h.name_tokens for h in asked)):
        # "chto takoe RATS SHOS": the record matched only words that name the subjects asked
        # ("SHOS" is the SCO's), nothing else the question asks of it.
        return None
    record = kb.entities[record_hit.entity]
    # The record must be what the rest of the question asks about: the best hit besides the
    # subjects ("did the Dushanbe summit make the SCO a member" is about the summit), or a body the
    # record is about that scores as well ("генпрокурор Казахстана по реформе Координационного
    # совета генпрокуроров": the council's name is asked, the reform is the record).
    first = next(h for h in top if kb.kind(h.entity) not in _SUBJECTS)
    if first is not record_hit and not (
        first.entity in getattr(record, "related", []) and record_hit.score >= RECORD_BESIDE * first.score
    ):
        return None
    named = {h.entity for h in asked}
    name_tokens = set(text_tokens(_names(record)))
    whole = name_tokens | set(text_tokens(_texts(record)))
    related = set(getattr(record, "related", []))
    for subject_hit in asked:
        subject = kb.entities[subject_hit.entity]
        if subject_hit.name_tokens & record_hit.name_tokens or subject.id in related or _holds(subject, whole):
            continue
        if _in_outcomes(engine, subject, top):
            # "что получила ООН по итогам саммита": a meeting the question reaches decided something
            # about it (the statement to be distributed at the UN), whatever record scored first.
            continue
        # The record's own subject: one of the same kind its name holds, not asked about too.
        others = [
            other
            for other, forms in _name_forms(engine, kb.kind(subject.id))
            if other not in named and any(words <= name_tokens for words in forms)
        ]
        if len(others) != 1:
            continue
        base.kind = "not_recorded"
        base.answered = True
        base.reason = "subject"
        base.value = {"asked": subject.id, "other": others[0], "record": record.id, "yes_no": asked_yes_no}
        base.alternatives = [record.id]
        base.focus = [record.id]
        base.sources = list(record.sources)
        base.intent = "not_recorded"
        return base
    return None


# Per engine (its knowledge base never changes) and kind: each entity's name and short forms as
# token sets, so that a question does not tokenise every organisation's name again.
_FORMS: weakref.WeakKeyDictionary[Engine, dict[str, list[tuple[str, list[set[str]]]]]] = weakref.WeakKeyDictionary()


def _name_forms(engine: Engine, kind: str) -> list[tuple[str, list[set[str]]]]:
    cached = _FORMS.setdefault(engine, {})
    if kind not in cached:
        cached[kind] = [
            (entity.id, [words for name in _forms(entity) if (words := set(text_tokens(name)))])
            for entity in engine.kb.of_kind(kind)
        ]
    return cached[kind]


def _forms(entity: Entity) -> list[str]:
    return [entity.name.en, entity.name.ru, *entity.short.all()]


def _names(entity: Entity) -> str:
    return " ".join([entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()])


def _texts(entity: Entity) -> str:
    value = getattr(entity, "value", None)
    return " ".join([entity.description.en, entity.description.ru, *([value.en, value.ru] if value else [])])


def _in_outcomes(engine: Engine, subject: Entity, hits: list[Hit]) -> bool:
    """Whether the outcomes of a meeting among ``hits`` name the subject."""
    for hit in hits:
        meeting = engine.kb.entities[hit.entity]
        if isinstance(meeting, Meeting) and meeting.outcomes:
            texts = " ".join(f"{outcome.text.en} {outcome.text.ru}" for outcome in meeting.outcomes)
            if _holds(subject, set(text_tokens(texts))):
                return True
    return False


def _holds(entity: Entity, tokens: set[str]) -> bool:
    """Whether a text's tokens hold the entity's name or one of its short forms whole."""
    for name in _forms(entity):
        words = set(text_tokens(name))
        if words and words <= tokens:
            return True
    return False
