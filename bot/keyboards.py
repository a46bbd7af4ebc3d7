"""Inline keyboards: browse lists with pages, entity cards with related entries, choices."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot import callbacks as cb
from bot.kb import KnowledgeBase
from bot.schema import Body, Meeting, Organisation, Person, Place, State
from bot.ui import BUTTONS

PAGE_SIZE = 8
BUTTON_TEXT = 60


def _short(text: str) -> str:
    return text if len(text) <= BUTTON_TEXT else text[: BUTTON_TEXT - 1] + "…"


def button_label(kb: KnowledgeBase, entity_id: str, lang: str) -> str:
    entity = kb.entities[entity_id]
    short = entity.short.ru if lang == "ru" else entity.short.en
    label = short[0] if short and len(entity.name.get(lang)) > BUTTON_TEXT else entity.name.get(lang)
    if isinstance(entity, Meeting) and entity.date:
        label = f"{entity.date} · {label}"
    return _short(label)


def pages(total: int) -> int:
    return max(1, -(-total // PAGE_SIZE))


def entity_page(kb: KnowledgeBase, ids: list[str], page: int, lang: str, nav: tuple[str, ...]) -> InlineKeyboardMarkup:
    """One page of entity buttons and ◀ ▶ navigation; ``nav`` = ("list", kind) or ("related", id, rel)."""
    page = min(max(page, 0), pages(len(ids)) - 1)
    chunk = ids[page * PAGE_SIZE : (page + 1) * PAGE_SIZE]
    rows = [[InlineKeyboardButton(button_label(kb, i, lang), callback_data=cb.card(i))] for i in chunk]
    row = []

    def target(p: int) -> str:
        return cb.browse(nav[1], p) if nav[0] == "list" else cb.related(nav[1], nav[2], p)

    if page > 0:
        row.append(InlineKeyboardButton(BUTTONS["prev"][lang], callback_data=target(page - 1)))
    if page < pages(len(ids)) - 1:
        row.append(InlineKeyboardButton(BUTTONS["next"][lang], callback_data=target(page + 1)))
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(rows)


def related_ids(kb: KnowledgeBase, entity_id: str, relation: str) -> list[str]:
    if relation == "meetings":
        return [m.id for m in kb.meetings_of(entity_id)]
    if relation == "documents":
        return [d.id for d in kb.documents_of(entity_id)]
    if relation == "people":
        return [p.id for p in kb.people_of(entity_id)]
    if relation == "children":
        return list(kb.children.get(entity_id, []))
    return []


def card_keyboard(kb: KnowledgeBase, entity_id: str, lang: str) -> InlineKeyboardMarkup | None:
    """Buttons from a card to what it links: a meeting's body and documents, a body's meetings..."""
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
            rows.append([InlineKeyboardButton(button_label(kb, link, lang), callback_data=cb.card(link))])
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
                InlineKeyboardButton(BUTTONS[label][lang], callback_data=cb.related(entity_id, relation))
            )
    if relation_buttons:
        rows.append(relation_buttons)
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
        InlineKeyboardButton(BUTTONS[f"view_{other}"][lang], callback_data=cb.view(token, other))
        for other in ("a", "m", "s")
        if other != view and has.get(other)
    ]
    rows = [views] if views else []
    return combine(
        InlineKeyboardMarkup(rows) if rows else None,
        card_keyboard(kb, entity, lang) if entity and entity in kb.entities else None,
        choices(kb, alternatives, lang),
        feedback_keyboard(feedback) if feedback else None,
    )


def feedback_keyboard(answer_key: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("👍", callback_data=cb.vote(answer_key, True)),
                InlineKeyboardButton("👎", callback_data=cb.vote(answer_key, False)),
            ]
        ]
    )


def choices(kb: KnowledgeBase, ids: list[str], lang: str) -> InlineKeyboardMarkup | None:
    """ "Did you mean" buttons."""
    rows = [
        [InlineKeyboardButton(button_label(kb, i, lang), callback_data=cb.card(i))] for i in ids if i in kb.entities
    ]
    return InlineKeyboardMarkup(rows) if rows else None


def combine(*keyboards: InlineKeyboardMarkup | None) -> InlineKeyboardMarkup | None:
    rows = [list(row) for kb in keyboards if kb is not None for row in kb.inline_keyboard]
    return InlineKeyboardMarkup(rows) if rows else None


def start_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(BUTTONS["bodies"][lang], callback_data=cb.browse("body")),
                InlineKeyboardButton(BUTTONS["meetings"][lang], callback_data=cb.browse("meeting")),
            ],
            [InlineKeyboardButton(BUTTONS["programmes"][lang], callback_data=cb.browse("document"))],
        ]
    )


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("English", callback_data=cb.language("en")),
                InlineKeyboardButton("Русский", callback_data=cb.language("ru")),
            ]
        ]
    )
