"""A status asked that the sources record as another: "When did the SCO become a dialogue partner of
the CIS?" (the sources record observer status), "Когда ШОС стала ассоциированным членом СНГ?".

Statuses at an organisation are a small vocabulary; an entry that names one (the decision granting
observer status) is what the question means, but answering with its date or text would confirm a
status the sources never give. The answer says which status is recorded instead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from bot.answers import subjects
from bot.answers.question_form import is_yes_no, tone_question
from bot.answers.verdict import Verdict
from bot.kb.schema import Entity, State
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed

# Statuses by their words in English, Russian and Russian typed in Latin letters (lower case).
_STATUSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("observer", re.compile(r"\bobserver\w*|\bнаблюдател\w*|\bnabl[yj]?udatel\w*")),
    ("dialogue_partner", re.compile(r"\bdialog(?:ue)?[\s-]+partner\w*|\bпартн[её]р\w* по диалогу|\bpartn[eyo]\w* po dialogu")),
    (
        "associate_member",
        re.compile(r"\bassociate(?:d)?[\s-]+member\w*|\bассоциированн\w* член\w*|\bassociirovann\w* chlen\w*"),
    ),
    (
        "full_member",
        re.compile(
            r"\bfull(?:[\s-]+fledged)?[\s-]+member\w*|\bполноправн\w* член\w*|\bполноценн\w* член\w*"
            r"|\bpolnopravn\w* chlen\w*"
        ),
    ),
    ("candidate", re.compile(r"\bcandidate(?:\s+(?:for|to)\s+membership)?\b|\bкандидат\w* в член\w*")),
    ("partner_state", re.compile(r"\bpartner[\s-]+(?:state|country)\b|\bгосударств\w*[\s-]+партн[её]р\w*")),
)
# One cheap look first: every status word holds one of these.
_GATE = re.compile(
    r"observ|наблюд|nabl|dialog|диалог|associat|ассоциир|full|полноправн|полноценн|polnopravn|candidat|кандидат"
    r"|partner[\s-]+(?:state|countr)|государств\w*[\s-]+партн",
)
MENTION_AT = 0.3


def _statuses(text: str) -> list[str]:
    return [status for status, pattern in _STATUSES if pattern.search(text)]


def status_lookalike(engine: Engine, parsed: Parsed, base: Verdict) -> Verdict | None:
    """Not recorded, with the status the sources do record, when the question asks a status that
    an entry it names records as another one, or asks it of an organisation or state the sources
    record no such status for; None otherwise."""
    text = parsed.text.lower()
    if not _GATE.search(text):
        return None
    text = text.replace("ё", "е")
    asked = _statuses(text)
    if not asked or is_yes_no(parsed.text) or tone_question(parsed.text):
        return None  # "Did the CSTO become an observer?": the yes or no is checked where asked
    kb = engine.kb
    subject = next(
        (
            kb.entities[hit.entity]
            for hit in parsed.hits[:5]
            if hit.score >= MENTION_AT and hit.name_cover >= 0.8 and kb.kind(hit.entity) in ("organisation", "state")
        ),
        None,
    )
    if subject is not None:
        if isinstance(subject, State) and "full_member" in asked:
            return None  # a member state's membership is the usual answer's
        own = " ".join([subject.description.en, subject.description.ru, *_fact_texts(engine, subject.id)])
        if set(asked) & set(_statuses(own.lower())):
            return None  # the subject's own record names the status asked: the usual answer
    subject_words = _name_words(subject) if subject is not None else set()
    others: list[str] = []
    for hit in parsed.hits[:5]:
        if hit.score < MENTION_AT:
            break
        entity = kb.entities[hit.entity]
        names = " ".join([entity.name.en, entity.name.ru, *entity.short.en, *entity.short.ru])
        recorded = _statuses(names.lower().replace("ё", "е"))
        if not recorded:
            continue
        if subject is not None and not subject_words & set(text_tokens(names)):
            others.append(entity.id)  # a status of another organisation
            continue
        if set(asked) & set(recorded):
            return None  # the status asked is the one recorded: the usual answer
        base.value = {"asked": asked[0], "recorded": recorded[0], "entry": entity.id}
        return _not_recorded(base, [entity.id], list(entity.sources))
    if subject is None:
        return None
    if others:
        # The status is recorded of another organisation: the subject look-alike says whose, when
        # it reads the question so.
        return subjects.subject_lookalike(engine, parsed, base) or _not_recorded(
            _with_value(base, {"asked": asked[0], "subject": subject.id}), others, list(subject.sources)
        )
    base.value = {"asked": asked[0], "subject": subject.id}
    return _not_recorded(base, others, list(subject.sources))


def _not_recorded(base: Verdict, nearest: list[str], sources: list[str]) -> Verdict:
    base.kind, base.answered = "not_recorded", True
    base.reason, base.intent = "status", "not_recorded"
    base.alternatives = nearest[:3]
    base.focus = nearest[:1]
    base.sources = sources
    return base


def _with_value(base: Verdict, value: dict[str, str]) -> Verdict:
    base.value = value
    return base


def _fact_texts(engine: Engine, entity_id: str) -> list[str]:
    return [f"{fact.value.en} {fact.value.ru}" for fact in engine.kb.facts_of(entity_id)]


def _name_words(entity: Entity) -> set[str]:
    """The tokens of an entry's names, short forms and aliases."""
    names = [entity.name.en, entity.name.ru, *entity.short.en, *entity.short.ru, *entity.aliases.en, *entity.aliases.ru]
    return set(text_tokens(" ".join(names))) - _GENERIC


_GENERIC = frozenset(text_tokens("organization organisation cooperation организация сотрудничества republic республика"))
