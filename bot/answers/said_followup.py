"""Follow-ups about what someone said or who reported it ("what did he say?", "who reported it?",
"what did he tell the media?", "what was said at it?", "а что он сказал про …").

The speaker or source is taken from the previous answer; the statements come from the record.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import meeting_names, provenance
from bot.answers.facts import not_stated
from bot.answers.previous import _meeting, _person, _subject, names_meeting, speaker_meetings
from bot.answers.verdict import Statement, Verdict
from bot.kb.schema import Document, Meeting
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


def publisher_of(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """Who published the record the previous answer rests on (its first source)."""
    source = engine.kb.source(context.sources[0])
    about = [i for i in [*context.focus, *context.items] if i in engine.kb.entities][:1]
    if source is None or not about:
        return None
    base = Verdict(parsed.text, parsed.lang, "fact", True, intent="source")
    base.attribute = "source"
    base.focus = about
    base.value = {"source": source.id, "field": "publisher"}
    base.statements = [provenance.publisher_statement(source)]
    base.sources = [source.id]
    return base

_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she|он|она|on|ona)\b")
_ENGLISH_SUBJECT = re.compile(r"\b(?:he|she)\b")
# "anything from him on migration?", "что-нибудь от него о миграции?": his words, without a verb of saying.
FROM_HIM = re.compile(
    r"\b(?:from|by|according to) (?:him|her)\b|\b(?:от|у) (?:него|неё|нее)\b|\b(?:ot|u) (?:nego|nee)\b"
    r"|\bпо (?:его|её|ее) словам\b|\bpo (?:ego|ee) slovam\b"
)
_OBJECT_PRONOUN = re.compile(r"\b(?:him|her|него|неё|нее|nego|nee|его|её|ее|ego|ee)\b")


def _named_for_pronoun(match: re.Match[str], name: str) -> str:
    """ "from him" → "from Klemez"; "по его словам" → "по словам Клемез" (the name after the noun)."""
    words = match.group(0).split()
    if words[-1] in ("словам", "slovam"):
        return f"{words[0]} {words[-1]} {name}"
    return _OBJECT_PRONOUN.sub(name, match.group(0), count=1)


def pronoun_said(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The question with the previous answer's one person named in place of "he"/"он": what that
    person said (or that the sources record nothing of theirs on it)."""
    person = _person(engine, context) or _meeting_speaker(engine, context)
    if person is None:
        return None
    name = engine.kb.name(person, parsed.lang)
    # "from him" first: in "anything from him on migration" the English "on" is no Latin-typed "он".
    question = FROM_HIM.sub(lambda match: _named_for_pronoun(match, name), parsed.text, count=1)
    if question == parsed.text:
        question = (_ENGLISH_SUBJECT if parsed.lang == "en" else _SUBJECT_PRONOUN).sub(name, parsed.text, count=1)
    if question == parsed.text:
        return None
    verdict = engine.answer(question, parsed.lang, today)
    said = (
        verdict.kind == "quote"
        or (verdict.kind == "not_recorded" and verdict.reason == "not_said")
        # "did he say anything about corruption?": yes or no on what that person said
        or (verdict.kind == "yes_no" and verdict.focus[:1] == [person] and verdict.grounds in ("stated", "not_said"))
        # "which documents did he say would be signed?": a list from the record of his words
        or (
            verdict.kind == "list"
            and verdict.attribute == "document"
            and bool(set(verdict.sources) & set(engine.kb.entities[person].sources))
        )
    )
    if verdict.answered and said and _person(engine, verdict) is None:
        verdict.filters = {**verdict.filters, "person": person}  # still "he" in the next turn
    return verdict if verdict.answered and said else None


def _meeting_speaker(engine: Engine, context: Verdict) -> str | None:
    """The one person whose words the previous answer's meeting records ("did he say anything about
    corruption?" after where the interior ministers met: Klemez, who spoke of it to the media)."""
    meeting_id = _meeting(engine, context)
    meeting = engine.kb.get(meeting_id) if meeting_id else None
    if not isinstance(meeting, Meeting):
        return None
    speakers = {part.person for part in meeting.participants.people if part.said}
    speakers |= {statement.person for statement in meeting.media_statements if statement.said}
    return speakers.pop() if len(speakers) == 1 else None


_ABOUT_WORD = re.compile(r"^(?:про|о|об|обо|насчет|насчёт|pro|ob|about|on|regarding) ")


def said_about_other(engine: Engine, parsed: Parsed, context: Verdict, rest: str, today: date) -> Verdict | None:
    """What the person of the previous quote said about another topic (or that the sources hold
    nothing of theirs on it)."""
    person = _person(engine, context)
    topic = _ABOUT_WORD.sub("", rest.strip(" ?!.")).strip()
    if person is None or not topic:
        return None
    # The topic as the user typed it: "ШОС" lower-cased is no longer the abbreviation.
    start = parsed.text.lower().rfind(topic)
    topic = parsed.text[start : start + len(topic)] if start >= 0 else topic
    name = engine.kb.name(person, parsed.lang)
    question = f"что {name} сказал про {topic}?" if parsed.lang == "ru" else f"what did {name} say about {topic}?"
    verdict = engine.answer(question, parsed.lang, today)
    said = (
        verdict.kind == "quote"
        or (verdict.kind == "not_recorded" and verdict.reason == "not_said")
        # "did he say anything about corruption?": yes or no on what that person said
        or (verdict.kind == "yes_no" and verdict.focus[:1] == [person] and verdict.grounds in ("stated", "not_said"))
    )
    # A quote of a meeting's note that names the person is what the same question asked in full gets.
    return verdict if verdict.answered and said and (person in verdict.focus or verdict.kind == "quote") else None


def source_or_more(engine: Engine, parsed: Parsed, context: Verdict, source: bool) -> Verdict | None:
    """ "Source?" after an answer: who published the record it rests on; "more details": the card of
    its subject (the person, meeting or document it was about)."""
    if source:
        return publisher_of(engine, parsed, context) if context.sources else None
    subject = _subject(context)
    if subject is None or subject not in engine.kb.entities:
        return None
    card = Verdict(parsed.text, parsed.lang, "card", True, focus=[subject], intent="card")
    card.sources = list(engine.kb.entities[subject].sources)
    return card


def _told_media(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """ "Who talked to the press about it?" after a meeting: the one person the sources say told the
    media about it (not a speaker at it)."""
    meeting = engine.kb.get(_meeting(engine, context, names_meeting(parsed.text.lower())) or "")
    people = list(dict.fromkeys(s.person for s in meeting.media_statements)) if isinstance(meeting, Meeting) else []
    if len(people) != 1 or people[0] not in engine.kb.entities:
        return None
    card = Verdict(parsed.text, parsed.lang, "card", True, focus=[people[0]], intent="card")
    card.sources = list(meeting.sources) if isinstance(meeting, Meeting) else []
    card.filters = {"follow_up": context.question, "told_media": meeting.id if isinstance(meeting, Meeting) else None}
    return card


def fact_person(engine: Engine, context: Verdict) -> str | None:
    """The one person the records about the previous subject name ("who reminded everyone of that?"
    after when the ATC was set up: Rahmon, whose address recalled it)."""
    subject = _subject(context)
    if subject is None or subject not in engine.kb.entities:
        return None
    kb = engine.kb
    people = {r for fact in kb.facts_of(subject) for r in fact.related if r in kb.entities and kb.kind(r) == "person"}
    return people.pop() if len(people) == 1 else None


def record_speaker(engine: Engine, context: Verdict) -> str | None:
    """The one person whose words the records behind the previous answer report ("кто об этом
    рассказывал?" after the SCO's observer status: Trefilov, whose address on the Dushanbe outcomes
    is the record of it): a speaker at, or the one who told the media about, a meeting of those
    sources. Someone who only sent an address (Rahmon) or is quoted in passing is not such a person."""
    kb = engine.kb
    subject = _subject(context)
    sources = set(context.sources) or (set(kb.entities[subject].sources) if subject in kb.entities else set())
    if not sources:
        return None
    people: dict[str, str] = {}  # person -> the date of the meeting of his words
    for entity in kb.entities.values():
        if not isinstance(entity, Meeting) or not sources & set(entity.sources):
            continue
        for person in [x.person for x in entity.participants.people if x.role == "speaker"] + [x.person for x in entity.media_statements]:
            people[person] = max(people.get(person, ""), entity.date or "")
    people = {p: d for p, d in people.items() if p in kb.entities}
    document = kb.entities.get(subject) if subject is not None else None
    done = document.date if isinstance(document, Document) and document.status in ("approved", "adopted", "in_force") else None
    if len(people) > 1 and done:
        # "кто это всё озвучил?" after the approved programme: who told of it once it was approved,
        # not who spoke of the plan to adopt it months before (Trefilov, not Klemez)
        after = {p: d for p, d in people.items() if d[: len(done)] >= done}
        people = after or people
    return next(iter(people)) if len(people) == 1 else None


def meetings_telling(engine: Engine, parsed: Parsed, context: Verdict, place: str | None) -> list[str]:
    """The meetings a "who told of it at the <place> meeting" may mean (those named, or held at the
    place) whose one speaker's record also reports the previous subject."""
    kb = engine.kb
    candidates = [m for m, _ in meeting_names.named_meetings(engine, parsed)]
    if place is not None:
        candidates += [e.id for e in kb.entities.values() if isinstance(e, Meeting) and e.place == place]
    return [m for m in dict.fromkeys(candidates) if speaker_told(engine, context, m) is not None]


def speaker_told(engine: Engine, context: Verdict, audience: str) -> str | None:
    """The one speaker at the one meeting of ``audience`` (a council, or the meeting itself) whose
    source also reports the previous subject."""
    kb = engine.kb
    subject = _subject(context)
    if subject is None or subject not in kb.entities or subject == audience:
        return None
    named = kb.get(audience)
    meetings = [named] if isinstance(named, Meeting) else kb.meetings_of(audience) if kb.kind(audience) == "body" else []
    if len(meetings) != 1 or not isinstance(meetings[0], Meeting):
        return None
    meeting = meetings[0]
    speakers = list(dict.fromkeys(x.person for x in meeting.participants.people if x.role == "speaker"))
    shared = set(meeting.sources) & set(kb.entities[subject].sources)
    return speakers[0] if len(speakers) == 1 and shared and speakers[0] in kb.entities else None


def _words_at(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """ "At which meeting?" / "на каком заседании?" after what a person said: the one meeting whose
    record holds his words (not a search for "meeting", which finds the count of meetings)."""
    subject = _subject(context)
    if subject is None or subject not in engine.kb.entities or parsed.intent.list_kind:
        return None  # "which meetings did he attend?" lists them
    if engine.kb.kind(subject) != "person":
        # "What did the EAG Secretariat report on?" answered with the ATC's record: the one meeting
        # the record quoted is about, if any (a session title, found above, comes first)
        if engine.kb.kind(subject) == "meeting":
            return None
        named = _meeting(engine, context, named=True)
        if named is None:
            # the one meeting of the sources of the statements shown
            cited = {s.source for s in context.statements if s.source}
            of_source = [e.id for e in engine.kb.entities.values() if isinstance(e, Meeting) and cited & set(e.sources)]
            named = of_source[0] if cited and len(of_source) == 1 else None
        if named is None:
            # else the one meeting the subject is linked to (the EAG: the XVIII meeting)
            linked = engine.kb.meetings_of(subject)
            named = linked[0].id if len(linked) == 1 else None
            if len(linked) > 1:
                # the ATC was at two: which one is meant is asked back, not "20 meetings in 2025"
                ask = Verdict(parsed.text, parsed.lang, "clarify", False, reason="unsure", intent="card")
                ask.alternatives = [m.id for m in linked[:3]]
                return ask
        if named is None:
            return None
        card = Verdict(parsed.text, parsed.lang, "card", True, focus=[named], intent="card")
        card.sources = list(engine.kb.entities[named].sources)
        card.filters = {"asserts_nothing": True}
        return card
    # The meeting of the words quoted, else the one meeting he is linked to (not one that a fact
    # about him names: Trefilov spoke of the Dushanbe summit at the Security Secretaries' meeting).
    quoted = list(dict.fromkeys(m for s in context.statements for m in speaker_meetings(engine, s)))
    meetings = engine.kb.meetings_of(subject)
    if not quoted and not meetings:
        # Peskov's October statement: the sources tie his words to no meeting, and say so.
        base = Verdict(parsed.text, parsed.lang, "decline", False, intent="card")
        return not_stated(base, engine.kb.entities[subject], "meeting")
    if len(quoted) == 1:
        meeting_id: str | None = quoted[0]
    elif len(meetings) == 1:
        meeting_id = meetings[0].id
    else:
        meeting_id = _meeting(engine, context, named=True)
    if meeting_id is None:
        return None
    card = Verdict(parsed.text, parsed.lang, "card", True, focus=[meeting_id], intent="card")
    card.sources = list(engine.kb.entities[meeting_id].sources)
    # "person": he stays "he"; "asserts_nothing": "at what meeting was that?" is no yes/no question
    card.filters = {"person": subject, "asserts_nothing": True}
    return card


def discussed_at(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """ "At which meeting was it discussed?" after something discussed rather than met at (an
    exercise, a document): the meeting sessions whose titles name it by one of its short names."""
    kb = engine.kb
    subject = _subject(context)
    entity = kb.get(subject or "")
    if entity is None or (isinstance(entity, Meeting) and entity.sessions):
        return None  # a meeting with sessions of its own: "which session" asks about those
    names = [set(text_tokens(name)) for name in (*entity.short.en, *entity.short.ru) if len(text_tokens(name)) >= 2]
    found: list[Statement] = []
    for meeting in (e for e in kb.entities.values() if isinstance(e, Meeting) and e.id != subject):
        for session in meeting.sessions:
            title = set(text_tokens(session.title.en)) | set(text_tokens(session.title.ru))
            if any(name <= title for name in names):
                found.append(Statement(session.title.en, session.title.ru, meeting.id, meeting.sources[0] if meeting.sources else None))
    meetings = list(dict.fromkeys(s.entity for s in found))
    if len(meetings) != 1:
        return None
    verdict = Verdict(parsed.text, parsed.lang, "quote", True, focus=meetings, intent="agenda")
    verdict.statements = found
    verdict.sources = list(kb.entities[meetings[0]].sources)
    verdict.filters = {"follow_up": context.question, "discussed": subject}
    return verdict
