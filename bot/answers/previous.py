"""What the previous turn was about, for follow-ups: its meeting, subject or person
(:func:`_meeting`, :func:`_subject`, :func:`_person`), whether a follow-up names a subject of its
own, and the completed question that asks the engine about it (:func:`ask_about`,
:func:`replace_mention`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import entry_choice, list_answers
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Fact, Person
from bot.search.text import is_stop
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase


THERE = re.compile(
    r"\bthere\b(?= *[?!.]* *$)|(?<=\bwere )there\b|\b(?:там|tam)\b(?= *(?:\w+ *)?[?!.]* *$)", re.IGNORECASE
)

# Words that point back at the previous answer's subject.
POINTING = re.compile(
    r"\b(?:that|it|its|there|then|this|he|him|his|she|her|they|them|these|those"
    r"|это|этом|этого|эта|этой|тот|том|там|тогда|туда|он|его|ему|она|её|ее|они|их|нем|нём|ней|него|неё|нее"
    # "кто им руководит?", "что с ними?": the instrumental and dative forms
    r"|им|ими|ним|ними|нему"
    # "сколько прошло с тех пор?": since then, the previous answer's time
    r"|тех"
    r"|eto|etom|tam|togda|on|ego|ona|oni|ikh|im|nim)\b"
)

NAMED = 0.6  # a hit covering this share of its name is a subject of the question's own
CLEAR_LEAD = 0.2


def _meeting(engine: Engine, context: Verdict, named: bool = False) -> str | None:
    """The meeting the previous answer was about: its subject, or the meeting beside it ("was
    Azerbaijan at the meeting?" is about Azerbaijan and the meeting). ``named``: the question says
    "that meeting", so the meeting a fact or quote is about counts too."""
    subject = _subject(context)
    if subject is not None and engine.kb.kind(subject) == "meeting":
        return subject
    own = _fact_meetings(engine, subject) if subject is not None else []
    if len(own) == 1:
        # "где было это заседание?" after what Klemez named threats: the meeting of that fact, not a
        # meeting whose record the answer quoted beside it (the XVIII meeting's talk of threats)
        return own[0]
    meetings = [i for i in context.focus if i in engine.kb.entities and engine.kb.kind(i) == "meeting"]
    if not meetings:
        # "When was that?" after "where did he speak": the one meeting the answer listed.
        meetings = [i for i in context.items if i in engine.kb.entities and engine.kb.kind(i) == "meeting"]
    if not meetings and named:
        # "what did the meeting discuss?" after the listed bodies that were at a meeting: that one
        meetings = [str(i) for i in context.filters.get("meetings") or [] if str(i) in engine.kb.entities]
    if not meetings and named:
        # "Кто ещё участвовал в том заседании?" after what Klemez called the main threats: the
        # meeting the fact answered or quoted is about
        quoted = [s.entity for s in context.statements]
        meetings = list(
            dict.fromkeys(
                [
                    *(i for i in quoted if i in engine.kb.entities and engine.kb.kind(i) == "meeting"),
                    *(m for i in [subject, *quoted] if i is not None for m in _fact_meetings(engine, i)),
                ]
            )
        )
        if not meetings:
            # A person's own words: the meeting of the same source that names the speaker.
            meetings = list(dict.fromkeys(m for s in context.statements for m in speaker_meetings(engine, s)))
    if not meetings and named and isinstance(carried := context.filters.get("meeting"), str) and carried in engine.kb.entities:
        # The meeting of an earlier turn, kept while the conversation turned to an entry or a person.
        return carried
    person = subject if subject is not None and engine.kb.kind(subject) == "person" else context.filters.get("person")
    if not meetings and named and isinstance(person, str) and person in engine.kb.entities:
        # "What was the meeting itself about?" after who someone is (or a list of what he said):
        # the one meeting they spoke at.
        meetings = [meeting.id for meeting in engine.kb.meetings_of(person)]
    return meetings[0] if len(meetings) == 1 else None


def speaker_meetings(engine: Engine, statement: Statement) -> list[str]:
    """The meetings of a statement's source that the knowledge base links its speaker to (as a
    speaker, or as the one who told the media of it)."""
    if statement.speaker is None or statement.source is None:
        return []
    return [meeting.id for meeting in engine.kb.meetings_of(statement.speaker) if statement.source in meeting.sources]


def _fact_meetings(engine: Engine, subject: str) -> list[str]:
    """The meetings a fact is about (a fact has no participants, its meeting has)."""
    fact = engine.kb.get(subject)
    if not isinstance(fact, Fact):
        return []
    return [i for i in fact.related if i in engine.kb.entities and engine.kb.kind(i) == "meeting"]


def own_subject(parsed: Parsed, engine: Engine | None = None, context: Verdict | None = None) -> str | None:
    """The entity the question names itself, if any."""
    for hit in parsed.hits[:3]:
        if hit.name_cover >= NAMED and hit.score >= 0.5:
            if engine is not None and engine.kb.kind(hit.entity) == "place" and MEETING_WORD.search(parsed.text.lower()):
                # "а с антитеррористического совещания в москве?": the meeting there the other words
                # describe, not the city
                return _meeting_there(engine, parsed, hit.entity) or hit.entity
            if engine is not None and engine.kb.kind(hit.entity) == "body" and _AT_MEETING_OF.search(parsed.text.lower()):
                # "а в заседании СМВД?": the one meeting the body held, not the body itself
                own_meetings = [m.id for m in engine.kb.meetings_of(hit.entity) if m.body == hit.entity]
                return own_meetings[0] if len(own_meetings) == 1 else hit.entity
            return hit.entity
    if engine is not None and parsed.intent.list_kind and parsed.hits and list_answers.says_who(engine, parsed, parsed.hits[0]):
        # "а какие программы упомянул замгенсека?": a person named by his post attributes the list
        return parsed.hits[0].entity
    if engine is None or context is None or parsed.intent.question in ("card", "count") or parsed.intent.list_kind:
        return None
    # A long name called by one of its words when an attribute is asked ("до какого года
    # концепция?" after the council): all the question's words are its name's, nothing else comes
    # close, and it is another kind of thing than the previous subject (a new topic).
    hits = parsed.hits
    subject = _subject(context)
    clear = bool(hits) and (len(hits) == 1 or hits[1].score <= hits[0].score - CLEAR_LEAD)
    other_kind = subject is None or subject not in engine.kb.entities or (
        engine.kb.kind(subject) != engine.kb.kind(hits[0].entity) if hits else False
    )
    # "And when was it held?": a word pointing back says the subject is the previous one, whatever
    # entry a verb of the question ("held") happens to name.
    pointing = POINTING.search(parsed.text.lower()) is not None
    if pointing and hits:
        # ... unless the entry is a fact about that subject ("когда его создали?" after the ATC).
        fact = engine.kb.get(hits[0].entity)
        pointing = not (isinstance(fact, Fact) and subject in fact.related)
    if clear and other_kind and not pointing and hits[0].name_query_cover >= 0.8 and hits[0].score >= 0.5:
        return hits[0].entity
    return None


# "в заседании СМВД", "на совещании СМВД", "v zasedanii SMVD": one meeting of the body named after it
_AT_MEETING_OF = re.compile(
    r"\b(?:в|на|v|na)\s+(?:заседании|совещании|встрече|zasedanii|soveshchanii|vstreche)\s+(?!в\b|на\b|v\b|na\b)\w"
)


def _meeting_there(engine: Engine, parsed: Parsed, place: str) -> str | None:
    """The meeting held at ``place`` that the question's words describe, as the engine tells a city's
    meetings apart (by the word for a meeting, year, month); None when no meeting there is found."""
    held = set(engine.kb.meetings_held_in.get(place, []))
    found = next((h.entity for h in parsed.hits if h.entity in held), None)
    return entry_choice.meeting_meant(engine, parsed, found) if found is not None else None


def _subject(context: Verdict) -> str | None:
    return context.focus[0] if context.focus else (context.items[0] if len(context.items) == 1 else None)


def _person(engine: Engine, context: Verdict) -> str | None:
    """The one person the previous answer named: its subject, a speaker, who said its statements."""
    kb = engine.kb
    values = context.value if isinstance(context.value, list) else []
    related = [r for i in context.focus if isinstance(fact := kb.get(i), Fact) for r in fact.related]
    found = [
        *context.focus,
        *related,
        *context.items,
        *(v.get("person") for v in values if isinstance(v, dict)),
        *(s.speaker for s in context.statements),
    ]
    people = list(dict.fromkeys(i for i in found if isinstance(i, str) and i in kb.entities and kb.kind(i) == "person"))
    if not people and isinstance(context.filters.get("person"), str):
        # "What is his position?" two turns after the speaker was named ("who spoke?", "when?").
        return str(context.filters["person"])
    return people[0] if len(people) == 1 else None


MEETING_WORD = re.compile(
    r"\b(?:meeting|summit|session|заседани\w*|совещани\w*|встреч\w*|саммит\w*|zasedani\w*|soveshchani\w*|vstrech\w*|sammit\w*)"
)
# "who chaired the meeting?", "кто вёл заседание?": the meeting referred to as the one in context, by the
# bare word and nothing that names one ("the meeting in Moscow", "которое заседание" name or ask another)
THE_MEETING = re.compile(
    r"\b(?:the|that|this) (?:meeting|session|gathering)\b(?!\s+(?:of|in|on|at|with|before|after|that|which|where|last|this|next|held|between|\d)\b)(?!-)"
    # (a word that picks one out is no bare reference: "когда было последнее заседание?")
    r"|^\W*(?:кто|что|где|когда|kto|chto)\s+(?:(?!(?:последн|следующ|перв|ближайш|предыдущ|прошл|очередн|ранн|послед|sledu|posledn|perv)\w*)[^\W\d_]+\s+){0,2}?"
    r"(?:заседани[еяи]|совещани[еяи]|встреч[аеуи]|zasedanie|soveshchanie|vstrechu)\W*$"
)


def names_meeting(text: str) -> bool:
    return MEETING_WORD.search(text) is not None


# A preposition left at the end of an English question ("what was it about?", "what was it for?").
_STRANDED = re.compile(r" (about|for)\s*$")


def ask_about_meeting(engine: Engine, parsed: Parsed, meeting_id: str, today: date) -> Verdict | None:
    """:func:`ask_about` a meeting by its short name: a long official one drowns the question."""
    terms = engine.kb.entities[meeting_id].short
    shorts = terms.ru if parsed.lang == "ru" else terms.en
    return ask_about(engine, parsed, meeting_id, today, shorts[0] if shorts else None)


def ask_about(engine: Engine, parsed: Parsed, subject: str, today: date, name: str | None = None) -> Verdict | None:
    """The question completed with ``subject``'s name, answered when the answer is about it."""
    name = name or engine.kb.name(subject, parsed.lang)
    # "which states were there?": "there" stands for "at the meeting", and says who took part.
    text = THERE.sub(lambda match: {"there": "at", "tam": "na"}.get(match.group(0).lower(), "на"), parsed.text)
    completed = f"{POINTING.sub(' ', text).rstrip(' ?!.')} {name}?"
    stranded = _STRANDED.search(completed, 0, len(completed) - len(name) - 1) if parsed.lang == "en" else None
    if stranded is not None:
        # "what was that meeting about?": the name goes before the preposition it was the object of
        # ("... about <name>?" reads as the card of the name, "<name> about?" as its agenda).
        head = completed[: stranded.start()]
        completed = f"{head} {name} {stranded.group(1)}?"
    verdict = engine.answer(completed, parsed.lang, today)
    # A statement the subject holds is about it too ("когда он это заявил?" after Peskov's statement),
    # and so is a list it filters ("which meetings did he attend?" after a person).
    about = {*verdict.focus, *verdict.items, *(s.entity for s in verdict.statements)}
    if verdict.kind == "list":
        about |= {i for values in verdict.filters.values() if isinstance(values, list) for i in values}
    if parsed.intent.question == "head":
        # "who is its director?" after the department: the card of the person holding its post
        about |= {
            role.body for i in verdict.focus[:1] if isinstance(person := engine.kb.get(i), Person) for role in person.roles if role.body
        }
    if not verdict.answered or subject not in about:
        return None
    return verdict


def name_tokens(kb: KnowledgeBase, entity_id: str) -> set[str]:
    entity = kb.entities[entity_id]
    names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
    return {token for name in names for token in text_tokens(name)}


_YEAR_WORDS = frozenset(text_tokens("year years года году год лет goda godu god"))


# "13-е", "18-go", "13th" split at the hyphen: the ending after the number is part of naming the meeting
# (left behind, "когда было 13-е <другое заседание>" asked for a 13th meeting of the other council)
_ORDINAL_ENDINGS = frozenset(["е", "й", "я", "го", "ое", "ая", "ый", "ий", "e", "y", "ya", "go", "oe", "th", "st", "nd", "rd"])


def _ordinal_tail(words: list[re.Match[str]], i: int) -> bool:
    return words[i].group(0).lower() in _ORDINAL_ENDINGS and words[i - 1].group(0).isdigit()


def replace_mention(kb: KnowledgeBase, question: str, entity_id: str, replacement: str) -> str | None:
    """``question`` with the longest run of words naming ``entity_id`` replaced, or None."""
    tokens = name_tokens(kb, entity_id)
    place = getattr(kb.entities[entity_id], "place", None)
    if isinstance(place, str) and place in kb.entities:
        # "с совещания мвд в питере": the meeting's city, by any of its names, is part of naming it
        tokens |= name_tokens(kb, place)
    words = list(re.finditer(r"[^\W_]+", question))
    # Year words name no entry ("до какого года концепция": only "концепция" is the Concept).
    named = [bool(set(text_tokens(m.group(0))) & tokens - _YEAR_WORDS) for m in words]
    # A little word between two words of the name is part of it ("заседания СМВД в Петербурге").
    for i in range(1, len(words) - 1):
        if not named[i] and named[i - 1] and named[i + 1] and (is_stop(words[i].group(0).lower()) or _ordinal_tail(words, i)):
            named[i] = True
    best: tuple[int, int] | None = None
    start = None
    for i, flag in enumerate([*named, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            if best is None or i - start > best[1] - best[0]:
                best = (start, i)
            start = None
    if best is None:
        return None
    first, last = words[best[0]], words[best[1] - 1]
    return question[: first.start()] + replacement + question[last.end() :]
