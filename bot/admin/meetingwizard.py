"""/addmeeting: an admin adds an upcoming meeting from Telegram, one question at a time.

A small state machine with no Telegram in it: :class:`MeetingDraft` holds the answers so far and
its ``step``; :func:`answer` takes a typed answer and :func:`choose` a pressed button, and each
returns a :class:`Prompt` (text and buttons) for the handler to show. On confirmation
:func:`save` writes the meeting (status planned) and a new source to :data:`PLANNED_FILE` through
:meth:`KnowledgeAdmin.edit` — the upload path: validated with the whole knowledge base, kept in
history for /rollback, written atomically and reloaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import yaml

from bot.admin.knowledge import KnowledgeAdmin, UploadOutcome
from bot.answers.engine import Engine
from bot.kb.base import KnowledgeBase, build_knowledge_base
from bot.kb.loader import KnowledgeData
from bot.kb.schema import Meeting, PartialDate, Source
from bot.present.messages import to_translate, translate
from bot.present.render import card, esc
from bot.present.snippets import bold

PLANNED_FILE = "planned.yaml"
STEPS = (
    "name_en",
    "name_ru",
    "body",
    "date",
    "place",
    "states",
    "publisher",
    "source_date",
    "title",
    "link",
    "confirm",
)
MAX_TEXT = 300
MAX_BUTTONS = 8
_HEADER = (
    "# Upcoming meetings added from Telegram (/addmeeting), each with the source that announced it.\n"
)
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"\d{4}-\d{2}")
_LINK = re.compile(r"https?://[^\s<>\"']{3,500}")

NEW_MEETING = to_translate("New meeting")
PROMPTS: dict[str, str] = {
    "name_en": to_translate("(/cancel at any step)\nIts name in English?"),
    "name_ru": to_translate("Its name in Russian?"),
    "body": to_translate("Which body meets? Press a button or type part of its name."),
    "date": to_translate("The date: YYYY-MM-DD, or YYYY-MM when only the month is known."),
    "place": to_translate("Where? Type the city (one the knowledge base knows), or - if not known yet."),
    "states": to_translate("Participating states: press each, then Done."),
    "publisher": to_translate("The source. Who published it (e.g. CIS Executive Committee)?"),
    "source_date": to_translate("Its date, YYYY-MM-DD?"),
    "title": to_translate("Its title?"),
    "link": to_translate("Its link (https://…)?"),
    "confirm": to_translate("This is the card users will see. Add it?"),
}
ERRORS: dict[str, str] = {
    "empty": to_translate("Please type some text."),
    "no_body": to_translate("No body matches “{query}”. Type another part of its name."),
    "date_format": to_translate("“{value}” is not a date: use YYYY-MM-DD, or YYYY-MM for a month."),
    "date_impossible": to_translate("There is no such date: {reason}. Please send the date again."),
    "date_past": to_translate("{value} is already past; an upcoming meeting needs a date from {today} on."),
    "source_date": to_translate("“{value}” is not a date: use YYYY-MM-DD (a real day)."),
    "no_place": to_translate("I do not know the place “{query}”. Type another name, or - to leave it out."),
    "link": to_translate("Please send a link starting with http:// or https://."),
    "buttons": to_translate("Please use the buttons."),
}


@dataclass
class MeetingDraft:
    lang: str  # the admin's interface language
    step: str = "name_en"
    name_en: str = ""
    name_ru: str = ""
    body: str = ""
    date: str = ""
    place: str | None = None
    states: list[str] = field(default_factory=list)
    publisher: str = ""
    source_date: str = ""
    title: str = ""
    link: str = ""


@dataclass
class Prompt:
    """What to show: HTML and buttons (``(label, action, id)``, action as in ``cb.wizard``)."""

    html: str
    buttons: list[list[tuple[str, str, str]]] = field(default_factory=list)
    error: bool = False  # the answer was refused; the same step is asked again


def _error(key: str, lang: str, **details: object) -> str:
    return translate(ERRORS[key], lang, **{detail: esc(str(value)) for detail, value in details.items()})


def _next(draft: MeetingDraft) -> MeetingDraft:
    return replace(draft, step=STEPS[STEPS.index(draft.step) + 1])


def _bodies(kb: KnowledgeBase, ids: list[str], lang: str) -> list[list[tuple[str, str, str]]]:
    return [[(_short(kb.name(i, lang)), "body", i)] for i in ids[:MAX_BUTTONS]]


def _short(label: str) -> str:
    return label if len(label) <= 60 else label[:59] + "…"


def prompt(draft: MeetingDraft, kb: KnowledgeBase, preview: str = "") -> Prompt:
    """The question of the draft's current step."""
    lang = draft.lang
    html = translate(PROMPTS[draft.step], lang)
    if draft.step == "name_en":  # the first question: the dialog's title over it
        html = f"{bold(translate(NEW_MEETING, lang))} {html}"
    if draft.step == "body":
        bodies = [e.id for e in kb.of_kind("body")]
        return Prompt(html, _bodies(kb, bodies, lang))
    if draft.step == "states":
        rows = [
            [(("✅ " if s.id in draft.states else "⬜ ") + _short(s.name.get(lang)), "state", s.id)]
            for s in kb.of_kind("state")
            if getattr(s, "cis_member", True)
        ]
        rows.append([(translate("✔ Done", lang), "done", "")])
        return Prompt(html, rows)
    if draft.step == "confirm":
        buttons = [[(translate("✅ Add", lang), "confirm", ""), (translate("✖ Cancel", lang), "cancel", "")]]
        return Prompt(f"{preview}\n\n{bold(html)}", buttons)
    return Prompt(html)


def _refuse(draft: MeetingDraft, kb: KnowledgeBase, message: str) -> tuple[MeetingDraft, Prompt]:
    again = prompt(draft, kb)
    return draft, Prompt(f"{message}\n{again.html}" if draft.step != "date" else message, again.buttons, error=True)


def _date_error(value: str, today: date) -> tuple[str, dict[str, str]] | None:
    """None when ``value`` is a real day or month from ``today`` on; else the error's key and details."""
    if not (_DAY.fullmatch(value) or _MONTH.fullmatch(value)):
        return "date_format", {"value": value}
    try:
        when = PartialDate.parse(value)
    except ValueError as exc:
        reason = str(exc).split(": ", 1)[-1] if ": " in str(exc) else str(exc)
        return "date_impossible", {"reason": reason}
    last = when.day if when.day else 31
    if (when.year, when.month or 12, last) < (today.year, today.month, today.day if when.day else 1):
        return "date_past", {"value": value, "today": today.isoformat()}
    return None


def answer(draft: MeetingDraft, text: str, engine: Engine, today: date) -> tuple[MeetingDraft, Prompt | None]:
    """A typed answer to the current step: the next draft and its prompt. A Prompt with ``error``
    asks the same step again; a None prompt means "show the preview" (the handler builds it)."""
    kb = engine.kb
    lang = draft.lang
    value = " ".join(text.split())[:MAX_TEXT]
    if not value:
        return _refuse(draft, kb, translate("Please type some text.", lang))
    step = draft.step
    if step in ("states", "confirm"):
        return _refuse(draft, kb, translate("Please use the buttons.", lang))
    if step == "body":
        found = [h.entity for h in engine.parse(value).hits if kb.data.kinds.get(h.entity) == "body"]
        if not found:
            return _refuse(draft, kb, _error("no_body", lang, query=value))
        return draft, Prompt(translate("Which body meets? Press a button or type part of its name.", lang), _bodies(kb, list(dict.fromkeys(found)), lang))
    if step == "date":
        error = _date_error(value, today)
        if error is not None:
            return _refuse(draft, kb, _error(error[0], lang, **error[1]))
        draft = replace(draft, date=value)
    elif step == "place":
        if value == "-":
            draft = replace(draft, place=None)
        else:
            place = find_place(engine, value)
            if place is None:
                return _refuse(draft, kb, _error("no_place", lang, query=value))
            draft = replace(draft, place=place)
    elif step == "source_date":
        if not _DAY.fullmatch(value) or _date_error(value, date.min) is not None:
            return _refuse(draft, kb, _error("source_date", lang, value=value))
        draft = replace(draft, source_date=value)
    elif step == "link":
        if not _LINK.fullmatch(value):
            return _refuse(draft, kb, translate("Please send a link starting with http:// or https://.", lang))
        draft = replace(draft, link=value)
    else:  # name_en, name_ru, publisher, title: free text
        setattr(draft := replace(draft), step, value)
    draft = _next(draft)
    return draft, (None if draft.step == "confirm" else prompt(draft, kb))


def choose(draft: MeetingDraft, action: str, entity_id: str, kb: KnowledgeBase) -> tuple[MeetingDraft, Prompt | None]:
    """A pressed button. None for the prompt when the button does not belong to this step (a
    stale button: the handler answers it quietly) or when the preview is next."""
    if action == "body" and draft.step == "body" and kb.data.kinds.get(entity_id) == "body":
        draft = _next(replace(draft, body=entity_id))
        return draft, prompt(draft, kb)
    if action == "state" and draft.step == "states" and kb.data.kinds.get(entity_id) == "state":
        states = [s for s in draft.states if s != entity_id]
        if len(states) == len(draft.states):
            states.append(entity_id)
        draft = replace(draft, states=states)
        return draft, prompt(draft, kb)
    if action == "done" and draft.step == "states":
        draft = _next(draft)
        return draft, prompt(draft, kb)
    return draft, None


def find_place(engine: Engine, text: str) -> str | None:
    """The known place named ``text`` (any language, typos tolerated by the search)."""
    kb = engine.kb
    wanted = text.casefold()
    for entity in kb.of_kind("place"):
        names = [entity.name.en, entity.name.ru, *entity.short.all(), *entity.aliases.all()]
        if any(n.casefold() == wanted for n in names):
            return entity.id
    for hit in engine.parse(text).hits:
        if kb.data.kinds.get(hit.entity) == "place":
            return hit.entity
    return None


# --- the YAML written, and the card shown before it ------------------------------------------------


def _ids(kb: KnowledgeBase, draft: MeetingDraft) -> tuple[str, str]:
    stamp = draft.date.replace("-", "_")
    base = f"mtg_{stamp}_{draft.body}"[:44]
    meeting_id, n = base, 2
    while meeting_id in kb.entities:
        meeting_id, n = f"{base}_{n}", n + 1
    source_base = f"src_{draft.source_date.replace('-', '_')}"
    source_id, n = source_base, 2
    while source_id in kb.data.sources or source_id in kb.entities:
        source_id, n = f"{source_base}_{n}", n + 1
    return meeting_id, source_id


def entries(kb: KnowledgeBase, draft: MeetingDraft) -> tuple[dict[str, Any], dict[str, Any]]:
    """The source and the meeting as YAML mappings."""
    meeting_id, source_id = _ids(kb, draft)
    source: dict[str, Any] = {
        "id": source_id,
        "publisher": {"en": draft.publisher, "ru": draft.publisher},
        "date": draft.source_date,
        "title": {"en": draft.title, "ru": draft.title},
        "url": draft.link,
    }
    body = kb.entities[draft.body].name
    meeting: dict[str, Any] = {
        "id": meeting_id,
        "name": {"en": draft.name_en, "ru": draft.name_ru},
        "description": {
            "en": f"A planned meeting of the {body.en}, as announced by {draft.publisher}.",
            "ru": f"Планируемое заседание: {body.ru} (сообщение: {draft.publisher}).",
        },
        "kind": "meeting",
        "status": "planned",
        "body": draft.body,
        "date": draft.date,
    }
    if draft.place:
        meeting["place"] = draft.place
    if draft.states:
        meeting["participants"] = {"states": list(draft.states)}
    meeting["sources"] = [source_id]
    return source, meeting


def preview(kb: KnowledgeBase, draft: MeetingDraft) -> str:
    """The meeting's card exactly as users will see it. CPU work (relinks a copy of the knowledge
    base, some milliseconds): run it in a worker thread."""
    source, meeting = entries(kb, draft)
    data = KnowledgeData(
        sources={**kb.data.sources, source["id"]: Source.model_validate(source)},
        entities={**kb.data.entities, meeting["id"]: Meeting.model_validate(meeting)},
        kinds={**kb.data.kinds, meeting["id"]: "meeting"},
        synonyms=kb.data.synonyms,
        topics=kb.data.topics,
        files=kb.data.files,
        digests=kb.data.digests,
    )
    trial = build_knowledge_base(data)
    return card(trial, meeting["id"], draft.lang)


def with_meeting(current: bytes | None, source: dict[str, Any], meeting: dict[str, Any]) -> bytes:
    data = yaml.safe_load(current.decode("utf-8")) if current else None
    data = data if isinstance(data, dict) else {}
    sources = [*(data.get("sources") or []), source]
    meetings = [*(data.get("meetings") or []), meeting]
    body = yaml.safe_dump({"sources": sources, "meetings": meetings}, allow_unicode=True, sort_keys=False, width=100)
    return (_HEADER + body).encode("utf-8")


async def save(admin: KnowledgeAdmin, kb: KnowledgeBase, draft: MeetingDraft) -> tuple[str, UploadOutcome | None]:
    """Write the meeting and its source through the upload path; (meeting id, outcome)."""
    source, meeting = entries(kb, draft)
    outcome = await admin.edit(PLANNED_FILE, lambda current: with_meeting(current, source, meeting))
    return str(meeting["id"]), outcome


