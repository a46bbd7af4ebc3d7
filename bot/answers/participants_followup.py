"""Follow-ups about the participants of the previous meeting or body ("who took part?", "how many
states were there?", "was Armenia there too?", "which of them are members?", "and who from its
staff?").

The list comes from the record of the meeting or body the previous answer named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import meeting_names, question_form, set_operations, topic_there, unknown_names, yesno
from bot.answers.facts import answer_attribute
from bot.answers.previous import NAMED, POINTING, THERE, _meeting, _subject, ask_about_meeting, names_meeting
from bot.answers.verdict import Verdict
from bot.kb.schema import Meeting
from bot.search.chatlatin import chat_latin, cyrillic_reading
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase


def mostly_foreign(engine: Engine, parsed: Parsed) -> bool:
    """Whether at least half the question's searched words are unknown to the knowledge base
    ("capital" and "France", "Eiffel" of "Eiffel tower"): a question about something else. Russian
    typed in Latin letters ("skolko stran prislali delegatsii?") is judged by its Cyrillic reading."""
    if not _unknown_half(parsed):
        return False
    reading = cyrillic_reading(chat_latin(parsed.text, engine._is_word), engine._latin_abbreviations)
    return reading is None or _unknown_half(engine.parse(reading, "ru"))


def _unknown_half(parsed: Parsed) -> bool:
    """Every searched word unknown, or half of them with a capitalised name among the unknown
    ("Eiffel"): one unknown verb ("prislali") beside a known word is no other subject."""
    query = parsed.query
    unknown = {token for token, flag in zip(query.tokens, query.unknown, strict=False) if flag}
    if not unknown or 2 * len(unknown) < len(query.tokens):
        return False
    if len(unknown) == len(query.tokens):
        return True
    names = [word for word in parsed.text.split()[1:] if word[:1].isupper()]
    return any(set(text_tokens(word)) and set(text_tokens(word)) <= unknown for word in names)


GROUPS = {"state": "states", "body": "bodies", "organisation": "organisations", "person": "people"}
_GROUP_WORDS = [
    ("states", re.compile(r"\b(?:states|countries|государств\w*|стран\w*|gosudarstv\w*|stran\w*)")),
    ("organisations", re.compile(r"\b(?:organi[sz]ations|организаци\w*|organizac\w*)")),
    ("people", re.compile(r"\b(?:people|persons|человек|людей|lyudei)\b")),
]


# "who else was there apart from the countries?", "кто ещё участвовал кроме стран?": the group left out.
_APART_FROM = re.compile(
    r"\b(?:apart from|besides|except(?: for)?|other than|aside from|not counting|кроме|помимо|за исключением|krome|pomimo)"
    r"\s+(?:the\s+)?(?P<group>\w+)"
)


def unknown_country_there(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """Whether a country the knowledge base does not know (or its people) was at the previous
    answer's meeting: not among the states its source lists."""
    meeting_id = _meeting(engine, context)
    name = unknown_names.unknown_word(parsed) or unknown_names.named_country(engine, parsed)
    if meeting_id is None or name is None:
        return None
    base = Verdict(parsed.text, parsed.lang, "decline", False, focus=[meeting_id], intent="yes_no")
    return unknown_names.unknown_state_at(engine, parsed, base, name)


def participants_of(engine: Engine, parsed: Parsed, context: Verdict, group: str) -> Verdict | None:
    """ "Which states were there?" after a meeting: who took part in it; "how many international
    organisations were there?": how many."""
    meeting_id = _meeting(engine, context, names_meeting(parsed.text.lower()))
    if meeting_id is None or set_operations.SESSIONS.search(parsed.text):
        # "сколько там было специализированных сессий": the meeting's sessions, not its specialised bodies
        return None
    kb = engine.kb
    if group == "organisations" and "basic_organisation" in parsed.intent.categories:
        group = "basic_organisations"  # "and how many basic organisations?": not the international ones
    counting = parsed.intent.question == "count"
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="count" if counting else "participants")
    categories = [c for c in parsed.intent.categories if c in ("sectoral", "specialised")]
    if categories:
        # "How many specialised bodies were there": the meeting's list of that category.
        return set_operations.participants_of(kb, base, meeting_id, [group], categories, counting)
    apart = _APART_FROM.search(parsed.text.lower()) if not counting else None
    left_out = next((name for name, pattern in _GROUP_WORDS if apart and pattern.match(apart.group("group"))), None)
    if left_out is not None:
        # The others: every group the meeting lists but the one named after "apart from".
        others = answer_attribute(kb, base, kb.entities[meeting_id], "participants", None, parsed.text)
        groups = others.value.get("groups") if others is not None and isinstance(others.value, dict) else None
        if others is not None and isinstance(groups, dict) and any(ids for name, ids in groups.items() if name != left_out):
            others.value = {**others.value, "groups": {name: ids for name, ids in groups.items() if name != left_out and ids}}
            return others
    verdict = answer_attribute(
        kb, base, kb.entities[meeting_id], "count" if counting else "participants", group, parsed.text
    )
    groups = verdict.value.get("groups") if verdict is not None and isinstance(verdict.value, dict) else None
    if not counting and isinstance(groups, dict) and group in _GROUP_NAMES and not groups.get(group):
        # "а органов СНГ?" after the states of a meeting that lists states only: that it names none
        # (was the list of states again, as if they were the bodies)
        counted = Verdict(parsed.text, parsed.lang, "decline", False, intent="count")
        return answer_attribute(kb, counted, kb.entities[meeting_id], "count", group, parsed.text)
    if verdict is not None and counting and isinstance(verdict.value, dict):
        verdict.items = list(verdict.value.get("items") or [])
    return verdict


def count_previous(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """ "How many were there?" after a list: the group the previous answer listed or asked about."""
    kb = engine.kb
    value = context.value if isinstance(context.value, dict) else {}
    # The group the question names itself comes first ("сколько всего государств участвовало" after
    # the organisations: "государств участвовало" reads as "member states" to the intent).
    named = [group for group, pattern in _GROUP_WORDS if pattern.search(parsed.text.lower())]
    if len(named) == 1 and _meeting(engine, context):
        return participants_of(engine, parsed, context, named[0])
    group = value.get("only") or context.filters.get("group")
    listed_groups = context.filters.get("groups")
    if group is None and isinstance(listed_groups, list) and len(listed_groups) == 1:
        group = listed_groups[0]  # "Государства: 8 — среди участников": a list of one group
    if group is None:
        groups = [g for g, ids in (value.get("groups") or {}).items() if ids]
        asked = [i for i in context.focus if i in kb.entities and kb.kind(i) in GROUPS and kb.kind(i) != "meeting"]
        if len(groups) == 1:
            group = groups[0]
        elif asked:
            group = GROUPS[kb.kind(asked[0])]
    if group is not None and _meeting(engine, context):
        return participants_of(engine, parsed, context, str(group))
    if context.kind == "list" and context.items:
        return replace(context, kind="count", value=len(context.items), question=parsed.text)
    return None


def member_of(engine: Engine, parsed: Parsed, context: Verdict, other: str, today: date) -> Verdict | None:
    """ "What about Azerbaijan?" after the states at a meeting: whether it was among them."""
    kb = engine.kb
    meeting_id = _meeting(engine, context)
    own = [named for named, _ in meeting_names.named_meetings(engine, parsed)]
    if len(own) == 1:
        meeting_id = own[0]  # "а на июньском совещании Азербайджан был?": the meeting the turn names by its month
    value = context.value if isinstance(context.value, dict) else {}
    listed = {i for ids in (value.get("groups") or {}).values() for i in ids} | set(context.items)
    if isinstance(value.get("member"), str):
        # "а Азербайджан?" after "Туркменистан там был?": the same question about another member.
        listed.add(value["member"])
    kinds = {kb.kind(i) for i in listed if i in kb.entities}
    if meeting_id is None or kb.kind(other) not in kinds or kb.kind(other) not in _PARTICIPANT_KINDS:
        # a document among a meeting's outcomes takes no part in it ("а та, что про границы?")
        return None
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="yes_no")
    verdict = yesno.took_part(engine, base, [meeting_id], other)
    verdict.filters = {**verdict.filters, "group": GROUPS.get(kb.kind(other))}
    return verdict


_PARTICIPANT_KINDS = frozenset(GROUPS)
_GROUP_NAMES = frozenset(GROUPS.values())


def member_elsewhere(engine: Engine, parsed: Parsed, context: Verdict, other: str) -> Verdict | None:
    """ "And at the Moscow meeting?" after "was Azerbaijan at the St Petersburg one?": the same member
    asked about another meeting."""
    value = context.value if isinstance(context.value, dict) else {}
    member = value.get("member")
    if engine.kb.kind(other) != "meeting" or not isinstance(member, str) or member not in engine.kb.entities:
        return None
    if engine.kb.kind(member) not in _PARTICIPANT_KINDS:
        return None
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="yes_no")
    verdict = yesno.took_part(engine, base, [other], member)
    verdict.filters = {**verdict.filters, "group": GROUPS.get(engine.kb.kind(member))}
    return verdict


def _other_member(engine: Engine, parsed: Parsed, context: Verdict, other: str) -> Verdict | None:
    """ "What about Kazakhstan?" after "was Azerbaijan there?": another member of the same kind asked
    about the same meeting. Asking the previous question again would lose the meeting its "there"
    pointed at, and leave the next "how many countries?" nothing to count but every meeting's states."""
    value = context.value if isinstance(context.value, dict) else {}
    member = value.get("member")
    kb = engine.kb
    if context.kind != "yes_no" or not isinstance(member, str) or member not in kb.entities or member == other:
        return None
    if kb.kind(other) != kb.kind(member) or kb.kind(other) not in _PARTICIPANT_KINDS:
        return None
    meetings = [i for i in context.focus if i in kb.entities and kb.kind(i) == "meeting"]
    if len(meetings) != 1:
        return None
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="yes_no")
    verdict = yesno.took_part(engine, base, meetings, other)
    verdict.filters = {**verdict.filters, "group": GROUPS.get(kb.kind(other))}
    return verdict


def _after_participants(engine: Engine, parsed: Parsed, context: Verdict) -> bool:
    """Whether the previous answer listed or counted a meeting's participants and the question names
    no meeting of its own: "Туркменистан был?" right after them needs no "там"."""
    if context.attribute not in ("participants", "count") or _meeting(engine, context) is None:
        return False
    kb = engine.kb
    return not any(kb.kind(h.entity) == "meeting" and h.name_cover >= NAMED for h in parsed.hits[:3])


def carried_meeting(engine: Engine, parsed: Parsed, context: Verdict, own: str) -> str | None:
    """The meeting an earlier turn was about, kept while the conversation turned to a person at it:
    "азербайджан участвовал?" after the post of the one who spoke at the St Petersburg meeting asks
    of that meeting, not of every meeting Azerbaijan attended."""
    carried = context.filters.get("meeting")
    kb = engine.kb
    if not isinstance(carried, str) or carried not in kb.entities or kb.kind(own) not in _PARTICIPANT_KINDS:
        return None
    if (person := _subject(context)) is None or person not in kb.entities or kb.kind(person) != "person":
        return None  # only a turn about a person at the meeting keeps it (not one gone astray to a body)
    if parsed.intent.question != "participants" or any(
        kb.kind(h.entity) == "meeting" and h.name_cover >= NAMED for h in parsed.hits[:3]
    ):
        return None
    return carried


# "was Russia among the listed delegations?", "а Азербайджан был среди перечисленных?": the list of
# the meeting in context, pointed at by the word for it (no "there")
_AMONG_LISTED = re.compile(
    r"\b(?:among|среди|в числе|sredi|v chisle)\b.{0,30}?\b(?:listed|named|delegat\w*|participants?|attendees"
    r"|перечисл\w*|названн\w*|делегац\w*|участник\w*|perechisl\w*|nazvann\w*|delegac\w*|uchastnik\w*)"
)


def took_part_pointing(engine: Engine, parsed: Parsed, context: Verdict, own: str) -> Verdict | None:
    """ "Туркменистан там был?" after a meeting, "was it at the St Petersburg meeting?" after a
    state: whether the one (named or pointed at) took part in the other."""
    text = parsed.text.lower()
    if topic_there.TOPIC_ASKED.search(text):
        # "did they talk about forensic activities?" after a meeting: a topic of its record (the
        # Forensic Expert Council's name holds the words), not whether that council was there
        return None
    carried = carried_meeting(engine, parsed, context, own)
    if (
        not (POINTING.search(text) or THERE.search(text) or _AMONG_LISTED.search(text))
        and not _after_participants(engine, parsed, context)
        and carried is None
    ):
        return None
    # "and the Russians, were they there?": the question after the topic set off by a comma
    after_topic = parsed.text.rsplit(",", 1)[-1]
    if not (question_form.is_yes_no(parsed.text) or question_form.asks_by_tone(parsed) or question_form.is_yes_no(after_topic)):
        return None
    kb = engine.kb
    meeting_id: str | None
    member: str | None
    if kb.kind(own) in _PARTICIPANT_KINDS:
        meeting_id, member = _meeting(engine, context) or carried, own
        named_own = [m for m, _ in meeting_names.named_meetings(engine, parsed) if kb.kind(m) == "meeting"]
        if len(named_own) == 1:
            # "and was its RATS at the june meeting" after the SCO's status: the meeting it names
            # itself, not the summit in context ("its" points at the SCO)
            meeting_id = named_own[0]
    else:
        named = [
            h.entity
            for h in parsed.hits[:3]
            if kb.kind(h.entity) == "meeting" and h.score >= 0.5 and max(h.name_cover, h.name_query_cover) >= NAMED
        ]
        values = [v for v in context.filters.values() if isinstance(v, list)]
        candidates = [*context.focus, *(i for v in values for i in v)]
        members = list(
            dict.fromkeys(i for i in candidates if isinstance(i, str) and kb.get(i) and kb.kind(i) in _PARTICIPANT_KINDS)
        )
        if not named:
            # "was it at the june meeting?" after the CSTO: a meeting named by its month or city
            named = [m for m, _ in meeting_names.named_meetings(engine, parsed) if kb.kind(m) == "meeting"][:2]
            named = named if len(named) == 1 else []
        meeting_id = named[0] if named else None
        member = members[0] if len(members) == 1 else None
    if meeting_id is None or member is None:
        return None
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="yes_no")
    verdict = yesno.took_part(engine, base, [meeting_id], member)
    verdict.filters = {**verdict.filters, "group": GROUPS.get(kb.kind(member))}
    return verdict


def among_previous(engine: Engine, parsed: Parsed, context: Verdict, own: str, today: date) -> Verdict | None:
    """ "Кто из исполкома выступал?", "who from the ATC took part?" after a meeting: its speakers or
    participants, asked of that meeting (by its short name: a long official one drowns the question)."""
    if parsed.intent.question not in ("speakers", "participants") or engine.kb.kind(own) == "meeting":
        return None
    meeting_id = _meeting(engine, context) or _one_with_staff_of(engine, context, own)
    if meeting_id is None or question_form.is_yes_no(parsed.text):
        return None
    verdict = ask_about_meeting(engine, parsed, meeting_id, today)
    if verdict is None:
        return None
    kb = engine.kb
    people = _people_named(engine, verdict)
    # "who represented the Executive Committee there?": the body is no listed participant, but one of
    # its staff spoke at the meeting; he is who represented it (was "the sources name no delegation")
    asked_plainly = parsed.intent.question == "speakers" and verdict.kind == "quote"
    asked_plainly |= parsed.intent.question == "participants" and (
        verdict.kind in ("yes_no", "decline") or own not in [*verdict.focus, *verdict.items]
    )
    if not people and asked_plainly:
        # "who spoke for the Executive Committee?": the body is who spoke for, not a topic of what
        # was said; a note merely naming the body is no answer. The meeting's speakers, asked plainly.
        short = kb.entities[meeting_id].short
        name = (short.ru if parsed.lang == "ru" else short.en)[:1] or [kb.name(meeting_id, parsed.lang)]
        plain = engine.answer(f"{_WHO_SPOKE_AT[parsed.lang]} {name[0]}?", parsed.lang, today)
        found = _people_named(engine, plain) if plain.answered and meeting_id in plain.focus else set()
        # "who represented …" takes only someone of the body asked
        if found and (parsed.intent.question == "speakers" or any(_works_for(kb, p, own) for p in found)):
            verdict, people = plain, found
    if people and not any(_works_for(kb, person, own) for person in people):
        return None  # the people it names are none of the asked body's: no answer to "who from it"
    return verdict


_WHO_SPOKE_AT = {"en": "who spoke at", "ru": "кто выступал на"}


def _people_named(engine: Engine, verdict: Verdict) -> set[str]:
    """The people a verdict names: its subject or entries, who said its statements, its people."""
    kb = engine.kb
    found = [*verdict.focus, *verdict.items, *(s.speaker for s in verdict.statements)]
    if isinstance(verdict.value, list):
        found += [v.get("person") for v in verdict.value if isinstance(v, dict)]
    return {i for i in found if isinstance(i, str) and kb.get(i) is not None and kb.kind(i) == "person"}


def _one_with_staff_of(engine: Engine, context: Verdict, own: str) -> str | None:
    """Of the meetings a list answer named, the one where someone working for ``own`` spoke ("а от
    исполкома кто там говорил?" after the summer's two meetings: Klemez, at the interior ministers');
    None unless exactly one."""
    kb = engine.kb
    found = []
    for item in context.items:
        meeting = kb.get(item) if isinstance(item, str) else None
        if not isinstance(meeting, Meeting):
            continue
        people = {part.person for part in meeting.participants.people}
        people |= {statement.person for statement in meeting.media_statements}
        if any(_works_for(kb, person, own) for person in people if kb.get(person) is not None):
            found.append(meeting.id)
    return found[0] if len(found) == 1 else None


def _works_for(kb: KnowledgeBase, person_id: str, employer: str) -> bool:
    """Whether one of a person's roles is at ``employer`` or at a body under it."""
    person = kb.entities[person_id]
    for role in getattr(person, "roles", []):
        place = role.body or role.organisation or role.state
        seen: set[str] = set()
        while place is not None and place not in seen:
            if place == employer:
                return True
            seen.add(place)
            place = getattr(kb.get(place), "parent", None)
    return False


# "was it at the june meeting?", "а она была на июньском совещании?", "а был ли её представитель …":
# a pronoun for the state, organisation or body the previous answer was about
_MEMBER_PRONOUN = re.compile(r"\b(?:it|its|they|them|она|оно|он|её|ее|его|их|они|ona|ono|ee|ego|ih|oni)\b")


def member_at_named_meeting(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """ "Was it at the june meeting?" after the CSTO's card: whether the pointed-at member took part in
    the one meeting the question names (by its month or city too); was that meeting's list of bodies."""
    text = parsed.text.lower()
    if not (question_form.is_yes_no(parsed.text) or question_form.asks_by_tone(parsed)) or not _MEMBER_PRONOUN.search(text):
        return None
    kb = engine.kb
    member = _subject(context)
    if member is None or member not in kb.entities or kb.kind(member) not in _PARTICIPANT_KINDS:
        return None
    named = [m for m, _ in meeting_names.named_meetings(engine, parsed) if kb.kind(m) == "meeting"]
    if len(named) != 1:
        return None
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="yes_no")
    verdict = yesno.took_part(engine, base, named, member)
    verdict.filters = {**verdict.filters, "group": GROUPS.get(kb.kind(member))}
    return verdict

