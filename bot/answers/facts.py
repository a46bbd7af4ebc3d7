"""Answerers for one entity's attribute: when, where, who took part, who spoke, who heads it...

Each takes the knowledge base and the chosen entity and returns a :class:`Verdict`, or None when
the entity has nothing particular to say about that attribute (the caller then answers with what
the entity is). Values are ids and ISO dates: wording is :mod:`bot.present`'s job.
"""

from __future__ import annotations

import re
from typing import Any

from bot.answers import held
from bot.answers.verdict import Statement, Verdict
from bot.kb.base import KnowledgeBase
from bot.kb.schema import Bilingual, Body, Document, Entity, Fact, Meeting, Organisation, Person, Place, State

# A body's meeting asked by its verb: "where did it meet", "где заседал", "когда собирался".
_MET = re.compile(
    r"\b(?:meet|met|meets|meeting|convene\w*|sat|session\w*|заседа\w*|собира\w*|собрал\w*|встреча\w*"
    r"|проводил\w* заседани\w*|zaseda\w*|sobira\w*|vstrecha\w*)\b"
)

# Which notes of an entry an answer about one attribute must carry: a note about the date goes
# with a date answer, one about the participant list with a participants answer.
_NOTE_TOPICS: dict[str, re.Pattern[str]] = {
    "date": re.compile(r"\b(?:dated?|dateline|year|month|days?|inferred|calendar)\b", re.I),
    "place": re.compile(r"\b(?:place|venue|city|held in|location)\b", re.I),
    "participants": re.compile(r"\b(?:participants?|attend\w*|delegations?|took part|represented|names? only)\b", re.I),
    "speakers": re.compile(r"\b(?:speakers?|spoke|told the media|press service|participant)\b", re.I),
    "count": re.compile(r"\b(?:number|counts?|names? only|listed|sessions?)\b", re.I),
    "outcomes": re.compile(r"\b(?:approv\w*|adopt\w*|decid\w*|grant\w*|outcomes?|signed)\b", re.I),
}
# A note is a caveat when it hedges: says what the source does not give, or what was inferred.
_HEDGE = re.compile(r"\b(?:not|no|without|only|infer\w*|unclear|assum\w*|guess\w*|whether|but)\b", re.I)
# "What was <meeting> about", "о чём было <meeting>": its topics, whatever the record holds of them.
_WHAT_ABOUT = re.compile(r"\babout\W*$|\bо ч[её]м\b|\bo ch?em\b")
_SESSIONS = re.compile(r"\bsessions?\b|\bсесси\w*|\bсекци\w*|\bsessi\w*|\bsek(?:ts|c)i\w*")
_SESSION_KIND = re.compile(
    r"\b(?:plenary|пленарн\w*|plenarn\w*|speciali[sz]ed|специализированн\w*|spe(?:ts|c)ializirovann\w*)"
    r"(?= (?:sessions?|meetings?|сесси\w*|секци\w*|заседани\w*|sessi\w*|sek(?:ts|c)i\w*|zasedani\w*))"
)


def caveats_for(entity: Entity, attribute: str) -> list[Statement]:
    """The entity's notes that bear on one attribute."""
    topic = _NOTE_TOPICS.get(attribute)
    if topic is None:
        return []
    return [_note(entity, note) for note in entity.notes if topic.search(note.en) and _HEDGE.search(note.en)]


def _note(entity: Entity, note: Bilingual) -> Statement:
    return Statement(note.en, note.ru, entity.id, entity.sources[0] if entity.sources else None)


MIN_ENUMERATED = 2


def enumerated(text: Bilingual) -> list[tuple[str, str]]:
    """The items a text lists after its one colon, separated by semicolons ("aimed at: ensuring
    stability; countering threats; ..."), paired across the languages; none unless both list
    the same number of them."""
    parts = []
    for side in (text.en, text.ru):
        if side.count(": ") != 1:
            return []
        items = [item.strip().rstrip(".").strip() for item in side.split(": ", 1)[1].split("; ")]
        parts.append([item for item in items if item])
    english, russian = parts
    if len(english) < MIN_ENUMERATED or len(english) != len(russian):
        return []
    return list(zip(english, russian, strict=True))


def fact_verdict(base: Verdict, entity: Entity, attribute: str, value: Any, **extra: Any) -> Verdict:
    base.kind = "fact"
    base.answered = True
    base.focus = [entity.id, *extra.pop("also", [])]
    base.attribute = attribute
    base.value = value
    base.sources = list(extra.pop("sources", answer_sources(entity, attribute)))
    base.caveats = [*inferred_date(entity, attribute), *caveats_for(entity, attribute)]
    for key, item in extra.items():
        setattr(base, key, item)
    return base


def person_roles(person: Person) -> list[dict[str, Any]]:
    """A person's posts as a role verdict's value: the title, where it is held, as of when."""
    return [
        {"title": role.title.model_dump(), "of": role.body or role.organisation or role.state, "as_of": role.as_of}
        for role in person.roles
    ]


def answer_sources(entity: Entity, attribute: str) -> list[str]:
    """The sources to cite: for a date or a place only those that give it."""
    dated = isinstance(entity, Meeting | Document) and entity.date_sources
    if attribute in ("date", "place") and dated:
        return list(entity.date_sources)  # type: ignore[attr-defined]
    return list(entity.sources)


def inferred_date(entity: Entity, attribute: str) -> list[Statement]:
    """How a date was inferred, where no source states it whole: the first caveat of a date answer."""
    inferred = getattr(entity, "date_inferred", None)
    if attribute != "date" or inferred is None:
        return []
    return [Statement(inferred.en, inferred.ru, entity.id, entity.sources[0] if entity.sources else None)]


def not_stated(base: Verdict, entity: Entity, attribute: str) -> Verdict:
    """The entity is known but the sources do not give the asked attribute."""
    verdict = fact_verdict(base, entity, attribute, None)
    verdict.reason = "not_stated"
    return verdict


def head_not_stated(kb: KnowledgeBase, base: Verdict, entity: Entity) -> Verdict:
    """The head of a body is not named; the heads of its units are, when the sources name them ("who
    directs the Executive Committee?": Klemez, Director of its Security Cooperation Department), and
    are said after it."""
    unstated = not_stated(base, entity, "head")
    units = [
        {"person": person.id, "title": role.title.model_dump(), "body": unit.id}
        for unit in kb.of_kind("body")
        if isinstance(unit, Body) and unit.parent == entity.id
        for person in kb.people_of(unit.id)
        for role in person.roles
        if role.body == unit.id
    ]
    if units:
        unstated.value = {"units": units}
    return unstated


def meeting_statements(meeting: Meeting, person: str | None = None) -> list[Statement]:
    source = meeting.sources[0] if meeting.sources else None
    return [
        Statement(said.en, said.ru, meeting.id, source, part.person)
        for part in meeting.participants.people
        if person is None or part.person == person
        for said in part.said
    ]


def media_statements(meeting: Meeting) -> list[Statement]:
    """What people told the media about a meeting: not speeches at it."""
    source = meeting.sources[0] if meeting.sources else None
    return [
        Statement(said.en, said.ru, meeting.id, source, statement.person)
        for statement in meeting.media_statements
        for said in statement.said
    ]


# "Where is the statement to be distributed?": a document's way after its adoption, not its place.
_SENT_ELSEWHERE = re.compile(
    r"\b(?:distribut\w*|circulat\w*|sent|send|submit\w*|present(?:ed)?|forward\w*|publish\w*|shared?"
    r"|распростран\w*|разосл\w*|рассыла\w*|направ\w*|отправ\w*|представ\w*|передад\w*|переда\w*|опублик\w*"
    r"|rasprostran\w*|napravi\w*|otprav\w*)\b",
    re.I,
)


# When a document's period ends or starts, not when it was adopted.
_PERIOD_EDGE = re.compile(
    r"\b(?:ends?|ending|expires?|expiring|runs? out|starts?|begins?|comes? into force)\b"
    r"|\bзаканчива\w*|\bзакончи\w*|\bистека\w*|\bистеч\w*|\bначина\w*|\bначн[её]\w*|\bвступа\w*|\bвступит\b"
    r"|\bzakanchiva\w*|\bistekaet\b|\bnachina\w*",
    re.I,
)


# Setting a body up ("when was it founded", "когда создан"), asked by its verb.
SET_UP = re.compile(
    r"\b(?:established|founded|created|set\s+up|formed|launched|establishment|founding|creation)\b"
    r"|\b(?:создан|основан|учрежд|образован|sozdan|osnovan|uchrezhd|obrazovan)\w*"
    # the active past ("когда его создали?", "kogda ego sozdali?") as well as the participle
    r"|\b(?:созда|основа|учреди|образова|sozda|osnova|uchredi|obrazova)(?:л|ли|ла|l|li|la)\b",
    re.I,
)


def answer_attribute(
    kb: KnowledgeBase, base: Verdict, entity: Entity, question: str, group: str | None, text: str
) -> Verdict | None:
    """The verdict for ``question`` (an intent's question type) about ``entity``."""
    if isinstance(entity, Meeting):
        return _meeting(kb, base, entity, question, group, text)
    if isinstance(entity, Document) and question in ("when", "where"):
        meeting = kb.get(entity.meeting) if entity.meeting else None
        also = [meeting.id] if isinstance(meeting, Meeting) else []
        if question == "where":
            if _SENT_ELSEWHERE.search(text):
                return None  # where it goes is not where it was adopted: the entry's card says
            if isinstance(meeting, Meeting) and meeting.place:
                return fact_verdict(base, entity, "place", {"place": meeting.place}, also=also)
            return not_stated(base, entity, "place")
        if _PERIOD_EDGE.search(text) and (entity.period_start or entity.period_end):
            # "When does the programme end?": its period, not the day it was approved
            period = {"start": entity.period_start, "end": entity.period_end}
            return fact_verdict(base, entity, "period", period)
        date = entity.date or (meeting.date if isinstance(meeting, Meeting) else None)
        if date is None:
            return not_stated(base, entity, "date")
        verdict = fact_verdict(base, entity, "date", {"date": date, "status": entity.status}, also=also)
        if isinstance(meeting, Meeting) and not entity.date:
            verdict.caveats += [*inferred_date(meeting, "date"), *caveats_for(meeting, "date")]
            verdict.sources = answer_sources(meeting, "date")
        return verdict
    if isinstance(entity, Fact) and question == "count" and entity.number is None:
        # "На сколько направлений была нацелена деятельность": the items the fact enumerates.
        items = enumerated(entity.value)
        if items:
            source = entity.sources[0] if entity.sources else None
            statements = [Statement(en, ru, entity.id, source) for en, ru in items]
            return fact_verdict(base, entity, "items", len(items), statements=statements)
        return None
    if isinstance(entity, Person) and question == "role":
        roles = person_roles(entity)
        if not roles:
            return not_stated(base, entity, "role")
        return fact_verdict(base, entity, "role", roles)
    if isinstance(entity, Document) and _asks_period(entity, question):
        period = {"start": entity.period_start, "end": entity.period_end}
        return fact_verdict(base, entity, "period", period)
    if isinstance(entity, Document) and question == "period":
        return not_stated(base, entity, "period")
    if isinstance(entity, Body | Organisation) and question == "head":
        heads = [
            {"person": person.id, "title": role.title.model_dump()}
            for person in kb.people_of(entity.id)
            for role in person.roles
            if entity.id in (role.body, role.organisation)
        ]
        if not heads:
            return head_not_stated(kb, base, entity)
        return fact_verdict(base, entity, "head", heads)
    if isinstance(entity, Body) and question == "when" and entity.established:
        return fact_verdict(base, entity, "established", {"date": entity.established})
    if isinstance(entity, Body | Organisation) and question == "when" and SET_UP.search(text):
        # "When was the BCOC founded?": when a body was set up is not when it met; only the
        # ATC's founding year is recorded.
        return not_stated(base, entity, "established")
    if isinstance(entity, Person | State | Organisation | Place | Body) and question in (
        "when",
        "where",
    ):
        meetings = kb.meetings_of(entity.id)
        own = [m for m in meetings if m.body == entity.id]
        chosen = own or meetings
        if not chosen:
            if isinstance(entity, Body) and _MET.search(text.lower()):
                # "Где в 2025 году заседал совет по гидрометеорологии?": a body the sources only
                # list, asked where or when it met, held no meeting they record.
                return held.no_meetings_ahead(kb, base, entity.id)
            return None
        if isinstance(entity, Body) and not own:
            # Meetings a body only attended are not when or where it met.
            unheld = held.unheld_meetings(kb, text, base, entity.id, [m.id for m in meetings])
            if unheld is not None:
                return unheld
        base.kind = "list"
        base.answered = True
        base.attribute = "meeting"
        base.focus = [entity.id]
        base.items = [m.id for m in chosen]
        base.filters = {"of": [entity.id]}
        base.sources = [s for m in chosen for s in m.sources]
        return base
    if isinstance(entity, Person) and question in ("speakers", "card"):
        said = [st for m in kb.meetings_of(entity.id) for st in meeting_statements(m, entity.id)]
        if said and question == "speakers":
            base.kind = "quote"
            base.answered = True
            base.focus = [entity.id]
            base.statements = said
            base.sources = list(dict.fromkeys(s.source for s in said if s.source))
            return base
    if isinstance(entity, Fact):
        return None
    return None


def _asks_period(document: Document, question: str) -> bool:
    """A period answers "what period" and, for a document with no date, "when"."""
    if not (document.period_start or document.period_end):
        return False
    return question == "period" or (question == "when" and not (document.date or document.meeting))


# A match this strong names an entry the question is about ("what did the summit decide on the SCO").
NAMED_SCORE = 0.5


def _written_in(entity: Entity, text: str) -> bool:
    """Whether the question writes the entry's name or one of its short forms as it is ("SCO", "ШОС")."""
    names = (entity.name.en, entity.name.ru, *entity.short.all())
    return any(
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text, re.IGNORECASE) for name in names if len(name) >= 3
    ) or any(
        # "what did the UN get": a two-letter form only in capitals, as written ("un" is a word elsewhere).
        re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in names if len(name) == 2 and name.isupper()
    )


def _outcomes_about(kb: KnowledgeBase, base: Verdict, meeting: Meeting, text: str) -> list[Any]:
    """The meeting's outcomes that name what else the question names by name (an organisation, a
    state, a document), or all of them when none does or the question names nothing else
    ("какие документы утвердили" names no document)."""
    named = [
        kb.entities[m.id]
        for m in base.matches
        if m.id != meeting.id
        and m.id in kb.entities
        and m.kind in ("organisation", "state", "document")
        and m.score >= NAMED_SCORE
        and _written_in(kb.entities[m.id], text)
    ]
    # "what was decided at the CIS summit": a name in the meeting's own name ("CIS summit") names
    # the meeting, no outcome of it
    own = " ".join([meeting.name.en, meeting.name.ru, *meeting.short.all()]).lower()
    named = [
        entity
        for entity in named
        if not any(len(n) >= 3 and n.lower() in own for n in (entity.name.en, entity.name.ru, *entity.short.all()))
    ]
    if not named:
        return list(meeting.outcomes)
    names = {
        name.lower()
        for entity in named
        for name in (entity.name.en, entity.name.ru, *entity.short.all())
        if len(name) >= 3
    }
    chosen = [
        o
        for o in meeting.outcomes
        if o.document in {e.id for e in named} or any(n in o.text.en.lower() or n in o.text.ru.lower() for n in names)
    ]
    return chosen or list(meeting.outcomes)


def _meeting(
    kb: KnowledgeBase, base: Verdict, meeting: Meeting, question: str, group: str | None, text: str
) -> Verdict | None:
    if question == "when":
        if meeting.date is None:
            return not_stated(base, meeting, "date")
        return fact_verdict(base, meeting, "date", {"date": meeting.date, "end_date": meeting.end_date})
    if question == "where":
        if not meeting.place:
            return not_stated(base, meeting, "place")
        return fact_verdict(base, meeting, "place", {"place": meeting.place, "date": meeting.date})
    if question == "holder":
        # "which body held it": the body the record gives; the XVIII meeting and the exercise have none.
        if not meeting.body:
            return not_stated(base, meeting, "holder")
        return fact_verdict(base, meeting, "holder", {"body": meeting.body})
    if question == "participants":
        return _participants(kb, base, meeting, group)
    if question == "speakers":
        return _speakers(base, meeting)
    if question == "outcomes":
        if not meeting.outcomes and meeting.status == "planned":
            # "What were the results of the exercise?": recorded only as planned, no results reported.
            return not_stated(base, meeting, "outcomes")
        if not meeting.outcomes:
            if not any(document.meeting == meeting.id for document in kb.documents_of(meeting.id)):
                # "What was adopted at the 13th meeting?": nothing is recorded as adopted there; a
                # note that mentions other bodies' decisions is no answer to it.
                return not_stated(base, meeting, "documents")
            return None
        chosen = _outcomes_about(kb, base, meeting, text)
        outcomes = [Statement(o.text.en, o.text.ru, o.document or meeting.id, meeting.sources[0]) for o in chosen]
        documents = [o.document for o in chosen if o.document]
        return fact_verdict(base, meeting, "outcomes", documents, statements=outcomes)
    if question == "agenda":
        if not meeting.agenda and not meeting.sessions:
            if meeting.outcomes and _WHAT_ABOUT.search(text.lower()):
                # "What was the Dushanbe summit about?": no agenda recorded; what it decided says.
                return answer_attribute(kb, base, meeting, "outcomes", group, text)
            return None
        items = [Statement(a.en, a.ru, meeting.id, meeting.sources[0]) for a in meeting.agenda]
        items += [Statement(s.title.en, s.title.ru, meeting.id, meeting.sources[0]) for s in meeting.sessions]
        return fact_verdict(base, meeting, "agenda", None, statements=items)
    if question == "count":
        return _count(kb, base, meeting, group, text)
    return None


def _participants(kb: KnowledgeBase, base: Verdict, meeting: Meeting, group: str | None) -> Verdict:
    lists = participant_groups(kb, meeting)
    if group and lists.get(group):
        lists = {group: lists[group]}
    if not any(lists.values()):
        return not_stated(base, meeting, "participants")
    counts = meeting.stated_counts.model_dump(exclude_none=True)
    return fact_verdict(base, meeting, "participants", {"groups": lists, "stated": counts, "only": group})


def participant_groups(kb: KnowledgeBase, meeting: Meeting) -> dict[str, list[str]]:
    p = meeting.participants
    basic = [o for o in p.organisations if getattr(kb.get(o), "category", "") == "basic_organisation"]
    return {
        "states": list(p.states),
        "bodies": list(p.bodies),
        "organisations": [o for o in p.organisations if o not in basic],
        "basic_organisations": basic,
        "people": [x.person for x in p.people if x.role == "participant"],
    }


def _speakers(base: Verdict, meeting: Meeting) -> Verdict:
    """Who spoke at a meeting (addressed it, chaired it, reported to it), or "not stated"."""
    statements = meeting_statements(meeting)
    speakers = [
        {"person": part.person, "role": part.role}
        # the kind of address the source names ("a congratulatory address"), when it names one
        | ({"address": part.address.model_dump()} if part.address is not None else {})
        for part in meeting.participants.people
        if part.role in ("speaker", "chair", "addressed", "reported")
    ]
    if not speakers:
        verdict = not_stated(base, meeting, "speakers")
        verdict.statements = media_statements(meeting)
        return verdict
    return fact_verdict(base, meeting, "speakers", speakers, statements=statements)


def _count(kb: KnowledgeBase, base: Verdict, meeting: Meeting, group: str | None, text: str) -> Verdict:
    counts = meeting.stated_counts
    by_kind = {"plenary": counts.plenary_sessions, "specialised": counts.specialised_sessions}
    # "Сколько пленарных заседаний": a kind of session, though its noun is a meeting's.
    kind = _SESSION_KIND.search(text.lower())
    asked = ("plenary" if kind.group(0)[:1] in "pп" else "specialised") if kind is not None else None
    if (_SESSIONS.search(text.lower()) or asked) and (any(by_kind.values()) or meeting.sessions):
        number = sum(n or 0 for n in by_kind.values()) or len(meeting.sessions)
        items = [Statement(s.title.en, s.title.ru, meeting.id, meeting.sources[0]) for s in meeting.sessions]
        value = {"number": number, "of": "sessions", "by_kind": by_kind}
        if asked is not None and by_kind[asked] is not None:
            # the kind asked, as the source counts it, first; the whole count stays beside it
            value["asked"] = asked
        verdict = fact_verdict(base, meeting, "count", value, statements=items)
        verdict.caveats = caveats_for(meeting, "count")
        return verdict
    if _SESSIONS.search(text.lower()):
        return not_stated(base, meeting, "sessions")  # sessions not recorded: never its states counted instead
    lowered = text.lower().replace("ё", "е")
    documents = _DOCUMENT_WORDS.search(lowered) and [
        d for d in kb.documents_of(meeting.id) if d.status not in ("planned", "in_preparation")
    ]
    if documents == []:
        return not_stated(base, meeting, "documents")  # never its participants counted instead
    if documents:
        # "How many documents were adopted at the Dushanbe summit": what it adopted, not who came.
        if _PROGRAMME_WORDS.search(lowered):
            documents = [d for d in documents if d.kind == "programme"]
        base.kind, base.answered, base.intent = "count", True, "list:document"
        base.attribute, base.items, base.value = "document", [d.id for d in documents], len(documents)
        base.sources = list(dict.fromkeys(s for d in documents for s in d.sources))
        return base
    if _SPOKE.search(lowered):
        # "How many people spoke at the XVIII meeting?": the speakers the source names, not the
        # states; their number first.
        spoke = _speakers(base, meeting)
        if spoke.reason != "not_stated":
            spoke.filters["count_asked"] = True
        return spoke
    groups = participant_groups(kb, meeting)
    # "How many delegates / people": the sources count states and bodies, not persons; the answer
    # says so and gives the groups they do count, rather than a number of states as if of people.
    headcount = (
        group in (None, "people")
        and not groups["people"]
        and (group == "people" or _HEADCOUNT.search(lowered) is not None)
    )
    if headcount:
        group = "states"
    group = group or "states"
    listed = groups.get(group, [])
    stated = getattr(counts, group, None) if group != "people" else None
    if stated is None and not listed:
        return not_stated(base, meeting, "participants")
    number = stated if stated is not None else len(listed)
    if listed and _NAMED_ONLY.search(lowered):
        number = len(listed)  # "how many are named": the names the source gives, its own figure beside
    value = {"number": number, "of": group, "stated": stated, "listed": len(listed), "items": listed}
    if headcount:
        value["headcount"] = True
    return fact_verdict(base, meeting, "count", value)


# A count of what a meeting adopted ("how many documents / programmes"), not of its participants.
_DOCUMENT_WORDS = re.compile(
    r"\bdocuments\b|\bprogram(?:me)?s\b|\bдокумент\w*|\bпрограмм\w*|\bdokument\w*|\bprogramm\w*"
)
_PROGRAMME_WORDS = re.compile(r"\bprogram(?:me)?s\b|\bпрограмм\w*|\bprogramm\w*")
# Speaking counted ("how many people spoke", "сколько человек выступило"): the speakers named.
_SPOKE = re.compile(r"\b(?:spoke|speak\w*|speakers?|addressed|выступ\w*|vystup\w*)")
# Words that count persons ("how many delegates", "сколько человек"), not states or bodies.
_HEADCOUNT = re.compile(
    r"\bdelegates?\b|\bpeople\b|\bpersons\b|\battendees\b|\bhead ?count\b|\bчеловек\b|\bделегат\w*"
    r"|\bлюд(?:ей|и)\b|\bchelovek\b|\bdelegat\w*|\blyudey\b"
)
# "How many are named / listed by name": the names the source gives, not the figure it states.
_NAMED_ONLY = re.compile(
    r"\bby name\b|\bnam(?:e|es|ed)\b|\blisted\b|\bпоименно\b|\bназван\w*|\bперечислен\w*|\bpoimenno\b|\bnazvan\w*"
    r"|\bperechislen\w*"
)
