"""Telegram-safe HTML for answers: entity cards, single facts, lists and the source line.

Everything taken from the knowledge base passes through :func:`esc`; only the tags written
here (``b``, ``i``) appear in the output, so the text is always valid for parse_mode=HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html import escape, unescape

from bot.kb.base import KnowledgeBase, meeting_date
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
    State,
)
from bot.present.i18n import (
    KIND_LABEL,
    ROLE_LABEL,
    STATUS_LABEL,
    format_date,
    format_list,
    format_period,
    localise_date_text,
)
from bot.present.messages import to_translate, translate, translate_plural

MAX_LIST = 25
MAX_LISTED = 40


def esc(text: str) -> str:
    return escape(text, quote=False)


def label(message: str, lang: str) -> str:
    """A bold ``Label:`` before a value (``message`` is the English text, translated here)."""
    return f"<b>{esc(translate(message, lang))}:</b>"


def name(kb: KnowledgeBase, entity_id: str, lang: str) -> str:
    return esc(kb.name(entity_id, lang))


def bullets(items: Iterable[str], limit: int = MAX_LIST, lang: str = "en") -> list[str]:
    items = list(items)
    lines = [f"• {item}" for item in items[:limit]]
    if len(items) > limit:
        lines.append(f"• {esc(translate('and {n} more', lang, n=len(items) - limit))}")
    return lines


def place_text(kb: KnowledgeBase, meeting: Meeting, lang: str) -> str:
    if not meeting.place:
        return ""
    place = kb.get(meeting.place)
    text = name(kb, meeting.place, lang)
    if isinstance(place, Place) and place.country:
        text += f", {name(kb, place.country, lang)}"
    return text


def meeting_line(kb: KnowledgeBase, meeting: Meeting, lang: str) -> str:
    parts = [f"<b>{esc(meeting.name.get(lang))}</b>", esc(format_date(meeting_date(meeting), lang))]
    place = place_text(kb, meeting, lang)
    if place:
        parts.append(place)
    if meeting.status == "planned":
        parts.append(esc(translate(STATUS_LABEL["planned"], lang)))
    return " — ".join(parts)


def document_line(document: Document, lang: str) -> str:
    extra = [format_period(document.period_start, document.period_end, lang)]
    if document.status != "unknown":
        extra.append(translate(STATUS_LABEL[document.status], lang))
    extra_text = ", ".join(e for e in extra if e)
    return f"<b>{esc(document.name.get(lang))}</b>" + (f" ({esc(extra_text)})" if extra_text else "")


def entity_line(kb: KnowledgeBase, entity: Entity, lang: str) -> str:
    if isinstance(entity, Meeting):
        return meeting_line(kb, entity, lang)
    if isinstance(entity, Document):
        return document_line(entity, lang)
    short = (entity.short.ru if lang == "ru" else entity.short.en)[:1]
    text = f"<b>{esc(entity.name.get(lang))}</b>"
    if short and is_common_usage(entity, short[0], lang):
        return text + f" ({esc(translate('commonly {term}', lang, term=short[0]))})"
    return text + (f" ({esc(short[0])})" if short else "")


# --- names the documents do not use ---------------------------------------------------------


def is_common_usage(entity: Entity, term: str, lang: str) -> bool:
    """Whether a name of the entity is common usage rather than the documents' own."""
    return term in (entity.common_usage.ru if lang == "ru" else entity.common_usage.en)


def usage_lines(entity: Entity, lang: str, shown: list[str]) -> list[str]:
    """What a card says about names that rest on common usage: the expansion of an
    abbreviation and the short forms shown with the name."""
    lines = []
    name_text = entity.name.get(lang)
    if entity.expansion is not None:
        expansion = entity.expansion.get(lang)
        if is_common_usage(entity, entity.expansion.en, "en"):
            lines.append(esc(translate("{name} — commonly the {expansion}; the sources give only the abbreviation.", lang, name=name_text, expansion=expansion)))
        else:
            lines.append(f"{esc(name_text)} — {esc(expansion)}")
    lines += [esc(translate("{term}: common usage; the sources do not use this form.", lang, term=t)) for t in shown if is_common_usage(entity, t, lang)]
    return [f"<i>{line}</i>" for line in lines]


# --- dates and the sources an answer rests on ---------------------------------------------------


def date_line(entity: Meeting | Document, lang: str) -> str:
    """``Date: October 2025``, with how the date was inferred when no source states it whole."""
    line = f"{label('Date', lang)} {esc(format_date(meeting_date(entity), lang))}"
    if entity.date and entity.date_inferred is not None:
        line += f" <i>({esc(entity.date_inferred.get(lang))})</i>"
    return line


def adopted_at(document: Document, lang: str) -> str:
    """ "Adopted at:", or "Approved at:" for what the source says was approved."""
    return label("Approved at", lang) if document.status == "approved" else label("Adopted at", lang)


def answer_sources(entity: Entity, question: str) -> list[str]:
    """The sources to cite for an answer: for a date or a place only those that give it."""
    if question in ("when", "where") and isinstance(entity, Meeting | Document) and entity.date_sources:
        return list(entity.date_sources)
    return list(entity.sources)


def stated_sessions(meeting: Meeting, lang: str) -> str:
    """The sessions as the source counts them ("a plenary session and 4 specialised sessions");
    empty when it counts them by kind nowhere."""
    counts = meeting.stated_counts
    parts = []
    plenary, specialised = counts.plenary_sessions, counts.specialised_sessions
    if plenary == 1:
        parts.append(translate("a plenary session", lang))
    elif plenary:
        parts.append(translate_plural("{number} plenary session", "{number} plenary sessions", plenary, lang))
    if specialised:
        parts.append(translate_plural("{number} specialised session", "{number} specialised sessions", specialised, lang))
    return format_list(parts, lang)


def sources_footer(kb: KnowledgeBase, source_ids: Iterable[str], lang: str) -> str:
    lines = []
    for source_id in dict.fromkeys(source_ids):
        source = kb.source(source_id)
        if source is None:
            continue
        # A full date is written in the reader's language; anything less exactly as the source has it.
        full = PartialDate.parse(source.date) if source.date else None
        when = format_date(full, lang) if full and full.day else localise_date_text(source.date_text or "", lang)
        parts = [esc(source.publisher.get(lang))]
        if when:
            parts.append(esc(when))
        parts.append(f"«{esc(source.title.get(lang))}»")
        if source.url:
            parts.append(esc(source.url))
        if source.file:
            parts.append(f"[{esc(source.file)}]")
        lines.append(", ".join(parts))
    if not lines:
        return ""
    heading = translate("Source", lang) if len(lines) == 1 else translate("Sources", lang)
    return f"<i>{esc(heading)}: " + "; ".join(lines) + "</i>"


def notes_block(notes: list[Bilingual], lang: str) -> list[str]:
    return [f"<i>{esc(translate('Note', lang))}: {esc(n.get(lang))}</i>" for n in notes]


# --- pieces of a meeting ------------------------------------------------------------------------


def participants_lines(kb: KnowledgeBase, meeting: Meeting, lang: str, only: str | None = None) -> list[str]:
    p = meeting.participants
    counts = meeting.stated_counts
    lines: list[str] = []
    basic = [o for o in p.organisations if getattr(kb.get(o), "category", "") == "basic_organisation"]
    others = [o for o in p.organisations if o not in basic]
    groups = [
        ("states", to_translate("States"), p.states, counts.states),
        ("bodies", to_translate("CIS bodies"), p.bodies, counts.bodies),
        ("organisations", to_translate("Organisations"), others, counts.organisations),
        ("basic_organisations", to_translate("Basic organisations of the CIS member states"), basic, counts.basic_organisations),
    ]
    for key, heading, ids, stated in groups:
        if (only and only != key and not (only == "organisations" and key == "basic_organisations")) or not ids:
            continue
        names = format_list((name(kb, i, lang) for i in ids), lang)
        count = f" ({len(ids)})"
        if stated is not None and stated != len(ids):
            count = f" ({esc(translate('the source states {stated}; it names {named}', lang, stated=stated, named=len(ids)))})"
        lines.append(f"{label(heading, lang)}{count} {names}")
    if (not only or only == "people") and p.people:
        people = []
        for person in p.people:
            people.append(f"{name(kb, person.person, lang)} ({esc(translate(ROLE_LABEL[person.role], lang))})")
        lines.append(f"{label('People', lang)} " + ", ".join(people))
    return lines


def media_lines(kb: KnowledgeBase, meeting: Meeting, lang: str) -> list[str]:
    """Statements to the media about a meeting, said to be that and not speeches at it."""
    lines = []
    for statement in meeting.media_statements:
        head = f"<b>{name(kb, statement.person, lang)}</b>"
        roles = _role_titles(kb, statement.person, lang)
        if roles:
            head += f" ({roles})"
        head += f" — {esc(translate('told the media about the meeting; the source neither lists this person among the participants nor says they spoke there', lang))}"
        if statement.via is not None:
            head += f" ({esc(statement.via.get(lang))})"
        lines.append(head + ":")
        lines.extend(bullets((esc(s.get(lang)) for s in statement.said), lang=lang))
    return lines


def agenda_lines(meeting: Meeting, lang: str) -> list[str]:
    lines = []
    if meeting.agenda:
        lines.append(label("Agenda", lang))
        lines.extend(bullets((esc(a.get(lang)) for a in meeting.agenda), lang=lang))
    if meeting.sessions:
        lines.append(label("Sessions", lang))
        for session in meeting.sessions:
            lines.append(f"<i>{esc(session.title.get(lang))}</i>")
            lines.extend(bullets((esc(pt.get(lang)) for pt in session.points), lang=lang))
    return lines


def outcomes_lines(kb: KnowledgeBase, meeting: Meeting, lang: str) -> list[str]:
    if not meeting.outcomes:
        return []
    return [label("Outcomes", lang), *bullets((esc(o.text.get(lang)) for o in meeting.outcomes), lang=lang)]


def _role_titles(kb: KnowledgeBase, person_id: str, lang: str) -> str:
    person = kb.get(person_id)
    if not isinstance(person, Person):
        return ""
    return "; ".join(esc(r.title.get(lang)) for r in person.roles)


# --- cards --------------------------------------------------------------------------------------


def card(kb: KnowledgeBase, entity_id: str, lang: str, *, footer: bool = True) -> str:
    """The full card of an entity."""
    entity = kb.entities[entity_id]
    short = (entity.short.ru if lang == "ru" else entity.short.en)[:2]
    head = f"<b>{esc(entity.name.get(lang))}</b>"
    documented = [t for t in short if not is_common_usage(entity, t, lang)]
    if documented:
        head += f" ({esc(', '.join(documented))})"
    lines = [head, *usage_lines(entity, lang, short), esc(entity.description.get(lang))]
    if isinstance(entity, Meeting):
        lines += _meeting_body(kb, entity, lang)
    elif isinstance(entity, Body):
        lines += _body_body(kb, entity, lang)
    elif isinstance(entity, Document):
        lines += _document_body(kb, entity, lang)
    elif isinstance(entity, Person):
        lines += _person_body(kb, entity, lang)
    elif isinstance(entity, Fact):
        lines += _fact_body(kb, entity, lang)
    elif isinstance(entity, State | Organisation | Place):
        lines += _related_meetings(kb, entity_id, lang)
    lines += notes_block(entity.notes, lang)
    if footer:
        lines.append(sources_footer(kb, entity.sources, lang))
    return "\n".join(line for line in lines if line)


def _meeting_body(kb: KnowledgeBase, m: Meeting, lang: str) -> list[str]:
    lines = [date_line(m, lang)]
    if m.status == "planned":
        lines.append(f"{label('Status', lang)} {esc(translate(STATUS_LABEL['planned'], lang))}")
    place = place_text(kb, m, lang)
    if place:
        lines.append(f"{label('Place', lang)} {place}")
    if m.body:
        lines.append(f"{label('Body', lang)} {name(kb, m.body, lang)}")
    parts = participants_lines(kb, m, lang)
    if parts:
        lines.append(label("Participants", lang))
        lines += parts
    lines += agenda_lines(m, lang)
    lines += outcomes_lines(kb, m, lang)
    speakers = [p for p in m.participants.people if p.said]
    if speakers:
        for p in speakers:
            lines.append(f"<b>{name(kb, p.person, lang)}</b> — {esc(translate(ROLE_LABEL[p.role], lang))}:")
            lines += bullets((esc(s.get(lang)) for s in p.said), lang=lang)
    lines += media_lines(kb, m, lang)
    return lines


def _body_body(kb: KnowledgeBase, b: Body, lang: str) -> list[str]:
    lines = []
    if b.parent:
        lines.append(f"{label('Part of', lang)} {name(kb, b.parent, lang)}")
    if b.established:
        lines.append(f"{label('Established', lang)} {esc(format_date(PartialDate.parse(b.established), lang))}")
    heads = head_lines(kb, b.id, lang)
    if heads:
        lines.append(f"{label('Head', lang)} " + "; ".join(heads))
    if b.facts:
        lines += bullets((esc(f.get(lang)) for f in b.facts), lang=lang)
    lines += _related_facts(kb, b.id, lang)
    children = [kb.get(c) for c in kb.children.get(b.id, [])]
    lines += [f"• {entity_line(kb, c, lang)}" for c in children if c is not None]
    lines += _related_meetings(kb, b.id, lang)
    docs = kb.documents_of(b.id)
    if docs:
        lines.append(label("Documents", lang))
        lines += bullets((document_line(d, lang) for d in docs), lang=lang)
    return lines


def head_lines(kb: KnowledgeBase, body_id: str, lang: str) -> list[str]:
    out = []
    for person in kb.people_of(body_id):
        for role in person.roles:
            if body_id in (role.body, role.organisation):
                out.append(f"{esc(person.name.get(lang))} — {esc(role.title.get(lang))}")
    return out


def _document_body(kb: KnowledgeBase, d: Document, lang: str) -> list[str]:
    lines = []
    period = format_period(d.period_start, d.period_end, lang)
    if period:
        lines.append(f"{label('Period', lang)} {esc(period)}")
    lines.append(f"{label('Status', lang)} {esc(translate(STATUS_LABEL[d.status], lang))}")
    if d.date:
        lines.append(date_line(d, lang))
    if d.meeting:
        meeting = kb.get(d.meeting)
        if isinstance(meeting, Meeting):
            lines.append(f"{adopted_at(d, lang)} {meeting_line(kb, meeting, lang)}")
    if d.body:
        lines.append(f"{label('Body', lang)} {name(kb, d.body, lang)}")
    return lines


def _related_facts(kb: KnowledgeBase, entity_id: str, lang: str) -> list[str]:
    return [f"• <b>{esc(f.name.get(lang))}</b>: {esc(f.value.get(lang))}" for f in kb.facts_of(entity_id)]


def _person_body(kb: KnowledgeBase, p: Person, lang: str) -> list[str]:
    lines = _related_facts(kb, p.id, lang)
    if p.roles:
        lines.append(label("Roles", lang))
        lines += bullets((esc(r.title.get(lang)) for r in p.roles), lang=lang)
    for meeting in kb.meetings_of(p.id):
        lines.append(f"• {meeting_line(kb, meeting, lang)}")
        for part in meeting.participants.people:
            if part.person == p.id:
                lines += [f"  – {esc(s.get(lang))}" for s in part.said]
        for statement in meeting.media_statements:
            if statement.person == p.id:
                lines.append(f"  <i>{esc(translate('told the media about it', lang))}:</i>")
                lines += [f"  – {esc(s.get(lang))}" for s in statement.said]
    return lines


def _fact_body(kb: KnowledgeBase, f: Fact, lang: str) -> list[str]:
    lines = [f"<b>{esc(f.value.get(lang))}</b>"]
    related = [kb.get(r) for r in f.related]
    lines += bullets((entity_line(kb, e, lang) for e in related if e is not None), limit=40, lang=lang)
    return lines


def _related_meetings(kb: KnowledgeBase, entity_id: str, lang: str) -> list[str]:
    meetings = kb.meetings_of(entity_id)
    if not meetings:
        return []
    return [label("Meetings", lang), *bullets((meeting_line(kb, m, lang) for m in meetings), lang=lang)]


def entity_list(kb: KnowledgeBase, ids: list[str], kind: str, lang: str, title: str = "") -> str:
    """A list answer; the sources of every listed entity are cited."""
    if not ids:
        return esc(translate("No {what} in the knowledge base match that.", lang, what=translate(KIND_LABEL[kind], lang)))
    lines = [f"<b>{esc(title)}</b>" if title else ""]
    lines.append(f"<i>{esc(translate(KIND_LABEL[kind], lang).capitalize())}: {esc(translate('{n} found', lang, n=len(ids)))}</i>")
    entities = [kb.entities[i] for i in ids[:MAX_LISTED]]
    lines += bullets((entity_line(kb, e, lang) for e in entities), limit=MAX_LISTED, lang=lang)
    if len(ids) > MAX_LISTED:
        lines.append(f"• {esc(translate('and {n} more', lang, n=len(ids) - MAX_LISTED))}")
    sources = [s for e in entities for s in e.sources]
    lines.append(sources_footer(kb, sources, lang))
    return "\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    """Plain text for terminals: tags dropped, entities decoded."""
    return unescape(re.sub(r"</?(?:b|i|u|s|code|pre|a)(?: [^>]*)?>", "", html))
