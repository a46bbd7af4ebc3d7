"""Inline keyboards: browse lists with pages, entity cards with related entries, choices."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

from telegram import InlineKeyboardButton, InlineKeyboardMarkup
from telegram._utils.types import JSONDict

from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Body, Meeting, Organisation, Person, Place, State
from bot.present.i18n import format_short_date
from bot.present.messages import to_translate, translate
from handlers import callbacks

PAGE_SIZE = 8
BUTTON_TEXT = 60


# Related entries and views of an answer, by code (``callbacks.RELATIONS``, ``callbacks.view``).
RELATION_BUTTONS = {
    "meetings_of": to_translate("📅 Meetings"),
    "documents_of": to_translate("📄 Documents"),
    "people_of": to_translate("👤 People"),
    "children_of": to_translate("🏛 Units"),
}
VIEW_BUTTONS = {"a": to_translate("↩ Short answer"), "m": to_translate("📖 More"), "s": to_translate("🔎 Sources")}


_Value = TypeVar("_Value")
# A button's fields as PTB itself lists them (its base class adds only private ones and api_kwargs).
_BUTTON_FIELDS: tuple[str, ...] = tuple(InlineKeyboardButton.__slots__)


class _Keyboard(InlineKeyboardMarkup):
    """An answer's keyboard, serialised field by field from PTB's own list of a button's fields:
    PTB's generic ``to_dict`` walks every attribute of every object through several layers and
    cost ~20 µs for an answer's five buttons, a tenth of the time of posting it. A button holding
    anything but text, numbers and flags (a login URL, a web app...) is left to PTB, whole."""

    __slots__ = ()

    def to_dict(self, recursive: bool = True) -> JSONDict:
        if not recursive or self.api_kwargs:
            return super().to_dict(recursive)
        rows = []
        for row in self.inline_keyboard:
            buttons = []
            for button in row:
                fields = _plain_fields(button)
                if fields is None:
                    return super().to_dict(recursive)
                buttons.append(fields)
            rows.append(buttons)
        return {"inline_keyboard": rows}


def _plain_fields(button: InlineKeyboardButton) -> JSONDict | None:
    """The button as PTB serialises it, when its set fields are all plain values; else None."""
    if type(button) is not InlineKeyboardButton or button.api_kwargs:
        return None
    fields: JSONDict = {}
    for name in _BUTTON_FIELDS:
        value = getattr(button, name)
        if value is None:
            continue
        if not isinstance(value, str | int):  # bool is an int
            return None
        fields[name] = value
    return fields


class _PerKnowledgeBase:
    """Keyboards that depend only on the knowledge base and the arguments (entry buttons, a card's
    links), built once per knowledge base instead of once per answer: PTB's buttons are immutable, so
    one object can go under any number of messages. A reload swaps the knowledge base whole, which
    empties the memo; so does growing past ``limit`` (browse pages make the keys many). The knowledge
    base is held weakly: a reload frees the old one away from the event loop, and this must not keep it."""

    def __init__(self, limit: int = 20_000) -> None:
        self._limit = limit
        self._kb: weakref.ref[KnowledgeBase] | None = None
        self._values: dict[Hashable, object] = {}

    def get(self, kb: KnowledgeBase, key: Hashable, build: Callable[[], _Value]) -> _Value:
        if self._kb is None or self._kb() is not kb or len(self._values) >= self._limit:
            self._kb, self._values = weakref.ref(kb), {}
        if key not in self._values:
            self._values[key] = build()
        return self._values[key]  # type: ignore[return-value]


_memo = _PerKnowledgeBase()


def _short(text: str) -> str:
    if len(text) <= BUTTON_TEXT:
        return text
    cut = text[: BUTTON_TEXT - 1]
    # Cut at a word boundary when there is one in the last third: no half-words before the ellipsis.
    space = cut.rfind(" ")
    return (cut[:space] if space > BUTTON_TEXT * 2 // 3 else cut).rstrip(" ,·–-") + "…"


def _is_abbreviation(text: str) -> bool:
    return " " not in text.strip()


def button_label(kb: KnowledgeBase, entity_id: str, lang: str) -> str:
    """Every label is a name, never an abbreviation: the entry's name, or, when that does not fit a
    button, its shortened name (a short form that is itself a name, not letters), else the name cut.
    Meetings start with their date (Babel, the reader's language), "date not given" when unknown."""
    entity = kb.entities[entity_id]
    name = entity.name.get(lang)
    label = name
    if len(name) > BUTTON_TEXT:
        short = entity.short.ru if lang == "ru" else entity.short.en
        named = [s for s in short if not _is_abbreviation(s) and len(s) <= BUTTON_TEXT]
        label = max(named, key=len) if named else name
    if isinstance(entity, Meeting):
        when = meeting_date(entity)
        label = f"{format_short_date(when, lang) if when else translate('date not given', lang)} · {label}"
    return _short(label)


def by_date(kb: KnowledgeBase, ids: list[str]) -> list[str]:
    """Meetings newest first, undated ones last (in their file order); other entries as they are."""

    def key(entity_id: str) -> tuple[int, tuple[int, int, int]]:
        entity = kb.entities[entity_id]
        when = meeting_date(entity) if isinstance(entity, Meeting) else None
        if when is None:
            return (1, (0, 0, 0))
        year, month, day = when.sort_key()
        return (0, (-year, -month, -day))

    return sorted(ids, key=key)


def pages(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def entity_page(kb: KnowledgeBase, ids: list[str], page: int, lang: str, nav: tuple[str, ...]) -> InlineKeyboardMarkup:
    """One page of entity buttons and ◀ ▶ navigation; ``nav`` = ("list", kind) or ("related", id, rel)."""
    page = min(max(page, 0), pages(len(ids)) - 1)
    chunk = ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]

    def target(p: int) -> str:
        return callbacks.browse(nav[1], p) if nav[0] == "list" else callbacks.related(nav[1], nav[2], p)

    # Each card remembers this page, so that it can offer "back to list".
    rows = [[InlineKeyboardButton(button_label(kb, i, lang), callback_data=callbacks.card(i, target(page)))] for i in chunk]
    row = []

    if page > 0:
        row.append(InlineKeyboardButton(translate("◀", lang), callback_data=target(page - 1)))
    if page < pages(len(ids)) - 1:
        row.append(InlineKeyboardButton(translate("▶", lang), callback_data=target(page + 1)))
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(rows)


def related_ids(kb: KnowledgeBase, entity_id: str, relation: str) -> list[str]:
    if relation == "meetings":
        return by_date(kb, [m.id for m in kb.meetings_of(entity_id)])
    if relation == "documents":
        return [d.id for d in kb.documents_of(entity_id)]
    if relation == "people":
        return [p.id for p in kb.people_of(entity_id)]
    if relation == "children":
        return list(kb.children.get(entity_id, []))
    return []


def card_keyboard(
    kb: KnowledgeBase, entity_id: str, lang: str, back: str = ""
) -> InlineKeyboardMarkup | None:
    """Buttons from a card to what it links: a meeting's body and documents, a body's meetings...;
    ``back``: the callback data of the list page the card was opened from ("↩ Back to list")."""
    return _memo.get(kb, ("card", entity_id, lang, back), lambda: _card_keyboard(kb, entity_id, lang, back))


def _card_keyboard(kb: KnowledgeBase, entity_id: str, lang: str, back: str) -> InlineKeyboardMarkup | None:
    entity = kb.entities[entity_id]
    rows: list[list[InlineKeyboardButton]] = []
    if isinstance(entity, Meeting):
        links = [entity.body, entity.place] + [
            i
            for i in [
                *entity.participants.bodies[:3],
                *(p.person for p in entity.participants.people),
                *(s.person for s in entity.media_statements),
            ]
        ]
        for link in dict.fromkeys(x for x in links if x and x in kb.entities):
            rows.append([InlineKeyboardButton(button_label(kb, link, lang), callback_data=callbacks.card(link))])
    relation_buttons = []
    for relation, label in (
        ("meetings", "meetings_of"),
        ("documents", "documents_of"),
        ("people", "people_of"),
        ("children", "children_of"),
    ):
        if isinstance(entity, Meeting) and relation == "meetings":
            continue
        if related_ids(kb, entity_id, relation) and isinstance(
            entity, Body | Meeting | Organisation | Person | Place | State
        ):
            relation_buttons.append(
                InlineKeyboardButton(translate(RELATION_BUTTONS[label], lang), callback_data=callbacks.related(entity_id, relation))
            )
    if relation_buttons:
        rows.append(relation_buttons)
    if back:
        rows.append([InlineKeyboardButton(translate("↩ Back to list", lang), callback_data=back)])
    return InlineKeyboardMarkup(rows) if rows else None


def answer_keyboard(
    kb: KnowledgeBase,
    token: str,
    view: str,
    has: dict[str, bool],
    entity: str | None,
    alternatives: list[str],
    lang: str,
    feedback: str | None = None,
) -> InlineKeyboardMarkup | None:
    """Buttons under an answer: its other views (answer, More, Sources) in one row, then the
    entries it links to and any "did you mean" choices, and last 👍 / 👎 when the answer has a
    question-log key (``feedback``) to keep the vote with."""
    views = [
        InlineKeyboardButton(translate(VIEW_BUTTONS[other], lang), callback_data=callbacks.view(token, other))
        for other in ("a", "m", "s")
        if other != view and has.get(other)
    ]
    card = card_keyboard(kb, entity, lang) if entity and entity in kb.entities else None
    choice = choices(kb, alternatives, lang)
    # Rows joined directly: a markup per part only to be taken apart again cost as much as its buttons.
    return _combined_rows(
        [views] if views else (),
        card.inline_keyboard if card is not None else (),
        choice.inline_keyboard if choice is not None else (),
        _feedback_rows(feedback) if feedback else (),
    )


def _feedback_rows(answer_key: str) -> list[list[InlineKeyboardButton]]:
    return [
        [
            InlineKeyboardButton("👍", callback_data=callbacks.vote(answer_key, True)),
            InlineKeyboardButton("👎", callback_data=callbacks.vote(answer_key, False)),
        ]
    ]


def feedback_keyboard(answer_key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(_feedback_rows(answer_key))


def choices(kb: KnowledgeBase, ids: list[str], lang: str) -> InlineKeyboardMarkup | None:
    """ "Did you mean" buttons."""
    if not ids:
        return None
    return _memo.get(kb, ("choices", tuple(ids), lang), lambda: _choices(kb, ids, lang))


def _choices(kb: KnowledgeBase, ids: list[str], lang: str) -> InlineKeyboardMarkup | None:
    rows = [
        [InlineKeyboardButton(button_label(kb, i, lang), callback_data=callbacks.card(i))] for i in ids if i in kb.entities
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def combine(*keyboards: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    """The keyboards' rows in order; a button that an earlier one already offers (same callback data,
    e.g. the meeting's body that is also a "did you mean" choice) is left out, and so is a row left empty."""
    return _combined_rows(*(keyboard.inline_keyboard if keyboard is not None else () for keyboard in keyboards))


def _combined_rows(*parts: Sequence[Sequence[InlineKeyboardButton]]) -> InlineKeyboardMarkup | None:
    seen: set[str] = set()
    rows = []
    for part in parts:
        for row in part:
            kept = [button for button in row if button.callback_data is None or button.callback_data not in seen]
            seen.update(str(button.callback_data) for button in kept if button.callback_data is not None)
            if kept:
                rows.append(kept)
    return _Keyboard(rows) if rows else None


def start_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(translate("🏛 Bodies", lang), callback_data=callbacks.browse("body")),
                InlineKeyboardButton(translate("📅 Meetings", lang), callback_data=callbacks.browse("meeting")),
            ],
            [InlineKeyboardButton(translate("📄 Programmes", lang), callback_data=callbacks.browse("document"))],
        ]
    )


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("English", callback_data=callbacks.language("en")),
                InlineKeyboardButton("Русский", callback_data=callbacks.language("ru")),
            ]
        ]
    )
