"""The /subscribe settings panel: its text and keyboard, and applying a pressed button.

Callback data ``s:<what>[:<value>]`` (all within 64 bytes):
``s:f:daily|weekly|off``  frequency      ``s:w``      next weekday      ``s:h:+1|-1`` hour
``s:z`` zone menu, ``s:z:<n>`` pick zone  ``s:b:<page>`` bodies menu   ``s:t:<body id>`` toggle body
``s:a`` all bodies  ``s:d:7|30|90`` horizon  ``s:e`` empty note   ``s:r`` reminders
``s:m`` back to the panel  ``s:p`` preview  ``s:u`` unsubscribe?  ``s:x`` unsubscribe, confirmed
``s:c:<page>`` states menu  ``s:g:<state id>`` toggle state  ``s:n`` no states
(keywords are added and removed with /follow and /unfollow)
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import get_day_names
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.digest.follow import state_ids
from bot.digest.schedule import next_due
from bot.kb.base import KnowledgeBase
from bot.present.freshness import freshness_line
from bot.present.i18n import babel_locale, count
from bot.present.messages import to_translate, translate
from bot.present.render import esc
from bot.present.snippets import bold, italic
from bot.storage.subscribers import HORIZONS, Subscriber
from bot.userinput import ascii_int

# The member states' zones first; any other IANA zone via /timezone.
ZONES = [
    "Europe/Moscow",
    "Europe/Minsk",
    "Asia/Baku",
    "Asia/Yerevan",
    "Asia/Almaty",
    "Asia/Bishkek",
    "Asia/Dushanbe",
    "Asia/Ashgabat",
    "Asia/Tashkent",
    "UTC",
]
BODIES_PAGE = 8

FREQUENCIES = {"daily": to_translate("daily"), "weekly": to_translate("weekly"), "off": to_translate("off")}


def weekday_name(weekday: int, lang: str) -> str:
    """``Monday`` / ``понедельник`` (0 is Monday), from Babel."""
    return get_day_names("wide", "format", locale=babel_locale(lang))[weekday]


def panel_text(sub: Subscriber, kb: KnowledgeBase, now: datetime) -> str:
    lang = sub.lang
    freq = translate(FREQUENCIES[sub.frequency], lang)
    if sub.frequency == "weekly":
        freq += f", {weekday_name(sub.weekday, lang)}"
    onoff = {True: translate("on", lang), False: translate("off", lang, context="switch")}
    lines = [
        bold(translate("Digest settings", lang)),
        f"{translate('Frequency', lang)}: {esc(freq)}",
        f"{translate('Time', lang)}: {sub.hour:02d}:00 ({esc(sub.timezone)})",
        *following_lines(sub, kb),
        f"{translate('Horizon', lang)}: {count(sub.horizon_days, 'day', lang)}",
        f"{translate('“Nothing scheduled” note', lang)}: {onoff[sub.empty_note]}",
        f"{translate('Reminder the day before', lang)}: {onoff[sub.reminders]}",
    ]
    if sub.status != "active":
        lines.append(translate("⏸ Paused: /subscribe to resume.", lang))
    due = next_due(sub, now)
    if due is not None:
        local = due.astimezone(ZoneInfo(sub.timezone))
        lines.append(f"{translate('Next digest', lang)}: {local:%Y-%m-%d %H:%M}")
    lines += ["", italic(freshness_line(kb, lang))]
    return "\n".join(lines)


def following_lines(sub: Subscriber, kb: KnowledgeBase) -> list[str]:
    """What the subscriber follows, as HTML lines: everything, or the bodies, states and keywords."""
    lang = sub.lang
    if sub.follows_everything:
        return [f"{translate('Following', lang)}: {esc(translate('everything (choose bodies, states, or /follow a keyword)', lang))}"]

    def names(ids: tuple[str, ...]) -> str:
        shown = [esc(kb.name(i, lang)) for i in ids if i in kb.entities]
        return ", ".join(shown) or translate("—", lang)

    keywords = ", ".join(f"«{esc(k)}»" for k in sub.keywords) or translate("—", lang)
    return [
        f"{translate('Bodies', lang)}: {names(sub.bodies)}",
        f"{translate('States', lang)}: {names(sub.states)}",
        f"{translate('Keywords', lang)}: {keywords}",
    ]


def _b(text: str, data: str) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=data)


def panel_keyboard(sub: Subscriber) -> InlineKeyboardMarkup:
    lang = sub.lang

    def mark(on: bool, text: str) -> str:
        return f"• {text}" if on else text

    return InlineKeyboardMarkup(
        [
            [_b(mark(sub.frequency == f, translate(FREQUENCIES[f], lang)), f"s:f:{f}") for f in FREQUENCIES],
            [
                _b(f"📆 {weekday_name(sub.weekday, lang)}", "s:w"),
                _b("🕘 −1h", "s:h:-1"),
                _b(f"{sub.hour:02d}:00", "s:m"),
                _b("+1h", "s:h:+1"),
            ],
            [
                _b(f"🌐 {sub.timezone}", "s:z"),
                _b(f"🏛 {translate('Bodies', lang)}", "s:b:0"),
                _b(f"🗺 {translate('States', lang)}", "s:c:0"),
            ],
            [_b(mark(sub.horizon_days == d, count(d, "day", lang)), f"s:d:{d}") for d in HORIZONS],
            [
                _b(f"{'✅' if sub.empty_note else '⬜'} {translate('“Nothing scheduled” note', lang)}", "s:e"),
                _b(f"{'✅' if sub.reminders else '⬜'} {translate('Reminder the day before', lang)}", "s:r"),
            ],
            [_b(translate("👁 Preview", lang), "s:p"), _b(translate("🚫 Unsubscribe", lang), "s:u")],
        ]
    )


def zones_keyboard(lang: str) -> InlineKeyboardMarkup:
    rows = [[_b(zone, f"s:z:{i}") for i, zone in enumerate(ZONES)][j : j + 2] for j in range(0, len(ZONES), 2)]
    rows.append([_b(translate("↩ Back", lang), "s:m")])
    return InlineKeyboardMarkup(rows)


def bodies_keyboard(sub: Subscriber, kb: KnowledgeBase, page: int) -> InlineKeyboardMarkup:
    lang = sub.lang
    ids = [b.id for b in kb.of_kind("body")]
    pages = max(1, -(-len(ids) // BODIES_PAGE))
    page = min(max(page, 0), pages - 1)
    rows = []
    for body_id in ids[page * BODIES_PAGE : (page + 1) * BODIES_PAGE]:
        entity = kb.entities[body_id]
        short = entity.short.ru if lang == "ru" else entity.short.en
        label = (short[0] if short else entity.name.get(lang))[:50]
        rows.append([_b(f"{'✅' if body_id in sub.bodies else '⬜'} {label}", f"s:t:{body_id}")])
    nav = []
    if page > 0:
        nav.append(_b("◀", f"s:b:{page - 1}"))
    if page < pages - 1:
        nav.append(_b("▶", f"s:b:{page + 1}"))
    if nav:
        rows.append(nav)
    rows.append([_b(f"{'• ' if not sub.bodies else ''}{translate('All bodies', lang)}", "s:a"), _b(translate("↩ Back", lang), "s:m")])
    return InlineKeyboardMarkup(rows)


def states_keyboard(sub: Subscriber, kb: KnowledgeBase, page: int) -> InlineKeyboardMarkup:
    lang = sub.lang
    ids = state_ids(kb)
    pages = max(1, -(-len(ids) // BODIES_PAGE))
    page = min(max(page, 0), pages - 1)
    rows = []
    for state_id in ids[page * BODIES_PAGE : (page + 1) * BODIES_PAGE]:
        label = kb.name(state_id, lang)[:50]
        rows.append([_b(f"{'✅' if state_id in sub.states else '⬜'} {label}", f"s:g:{state_id}")])
    nav = []
    if page > 0:
        nav.append(_b("◀", f"s:c:{page - 1}"))
    if page < pages - 1:
        nav.append(_b("▶", f"s:c:{page + 1}"))
    if nav:
        rows.append(nav)
    rows.append([_b(f"{'• ' if not sub.states else ''}{translate('No states', lang)}", "s:n"), _b(translate("↩ Back", lang), "s:m")])
    return InlineKeyboardMarkup(rows)


def confirm_keyboard(lang: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[_b(translate("Yes, unsubscribe", lang), "s:x"), _b(translate("Cancel", lang), "s:m")]])


@dataclass
class Change:
    """What pressing a settings button did: a new subscriber and which view to show."""

    sub: Subscriber
    view: str = "panel"  # panel, zones, bodies, states, confirm, preview, stopped
    page: int = 0


# Actions that take no value, and those that need one (``s:<what>:<value>``).
_BARE = frozenset("wzaermpuxn")
_VALUED = frozenset("fhzbtdcg")


def apply(sub: Subscriber, data: str, kb: KnowledgeBase) -> Change | None:
    """Apply one settings button; None for data that is not a valid settings action (forged,
    malformed or from an older keyboard): nothing is changed then."""
    parts = data.split(":")
    if len(parts) not in (2, 3) or parts[0] != "s":
        return None
    what = parts[1]
    if len(parts) == 2:
        return _apply_bare(sub, what) if what in _BARE else None
    value = parts[2]
    if what not in _VALUED or not value:
        return None
    number = ascii_int(value, max_digits=4)
    if what == "f" and value in ("daily", "weekly", "off"):
        return Change(sub.with_(frequency=value, status="active"))
    if what == "h" and value in ("+1", "-1"):
        return Change(sub.with_(hour=(sub.hour + int(value)) % 24))
    if what == "z" and number is not None and number < len(ZONES):
        return Change(sub.with_(timezone=ZONES[number]))
    if what == "b" and number is not None:
        return Change(sub, "bodies", number)  # a page past the end shows the last one
    if what == "t" and value in kb.entities and kb.kind(value) == "body":
        bodies = tuple(b for b in sub.bodies if b != value) if value in sub.bodies else (*sub.bodies, value)
        ids = [b.id for b in kb.of_kind("body")]
        page = ids.index(value) // BODIES_PAGE
        return Change(sub.with_(bodies=bodies), "bodies", page)
    if what == "c" and number is not None:
        return Change(sub, "states", number)
    if what == "g" and value in kb.entities and kb.kind(value) == "state":
        states = tuple(x for x in sub.states if x != value) if value in sub.states else (*sub.states, value)
        return Change(sub.with_(states=states), "states", state_ids(kb).index(value) // BODIES_PAGE)
    if what == "d" and number in HORIZONS:
        return Change(sub.with_(horizon_days=number))
    return None


def _apply_bare(sub: Subscriber, what: str) -> Change:
    if what == "w":
        return Change(sub.with_(weekday=(sub.weekday + 1) % 7))
    if what == "z":
        return Change(sub, "zones")
    if what == "a":
        return Change(sub.with_(bodies=()), "bodies", 0)
    if what == "n":
        return Change(sub.with_(states=()), "states", 0)
    if what == "e":
        return Change(sub.with_(empty_note=not sub.empty_note))
    if what == "r":
        return Change(sub.with_(reminders=not sub.reminders))
    if what == "p":
        return Change(sub, "preview")
    if what == "u":
        return Change(sub, "confirm")
    if what == "x":
        # Paused, every setting kept: /subscribe resumes exactly what was there.
        return Change(sub.with_(status="paused"), "stopped")
    return Change(sub)  # "m": back to the panel
