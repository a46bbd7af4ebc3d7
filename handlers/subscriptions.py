"""Subscriptions: /subscribe and /settings (one settings panel), /unsubscribe, /digest (preview),
/upcoming [days], /calendar (.ics), /timezone Area/City, and /follow, /unfollow (keywords).

In groups, /subscribe, /unsubscribe, /timezone, /follow and /unfollow with a keyword and the
panel's buttons are for the group's administrators; /settings, /digest, /upcoming, /calendar and
/follow alone only show things and are for all."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.digest.calendar import calendar_ics
from bot.digest.follow import (
    MAX_KEYWORDS,
    follows_meeting,
    keyword_meetings,
    keyword_tokens,
    named_state,
    normalise_keyword,
    state_meetings,
)
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Meeting
from bot.present.digest import build_digest, upcoming_html, upcoming_meetings
from bot.present.freshness import freshness_line
from bot.present.i18n import format_date, next_days
from bot.present.messages import translate
from bot.present.render import esc
from bot.present.snippets import bold, italic
from bot.storage.subscribers import Status, Subscriber
from bot.userinput import ascii_int, find_zone, shorten
from handlers import callbacks
from handlers.common import Context, edit_html, is_chat_admin, send_html, services, ui_lang
from handlers.keyboards import button_label
from handlers.settings_panel import (
    apply,
    bodies_keyboard,
    confirm_keyboard,
    following_lines,
    panel_keyboard,
    panel_text,
    states_keyboard,
    zones_keyboard,
)


async def _subscriber(
    update: Update, context: Context, *, create: bool, status: Status = "active"
) -> Subscriber | None:
    chat = update.effective_chat
    storage = services(context).storage
    if chat is None or storage is None:
        return None
    sub = await storage.subscribers.get(chat.id)
    if sub is None and create:
        user = update.effective_user
        sub = Subscriber(
            chat_id=chat.id,
            user_id=user.id if user else None,
            chat_type=chat.type,
            lang=await ui_lang(update, context),
            timezone=services(context).settings.default_timezone,
            status=status,
        )
        await storage.subscribers.save(sub)
    return sub


async def _may_manage(update: Update, context: Context) -> bool:
    """In groups only administrators change the digest; others get a polite refusal (an alert
    for a button). Private chats: always."""
    if await is_chat_admin(update, context):
        return True
    refusal = translate("Only the group's administrators can change its digest.", await ui_lang(update, context))
    if update.callback_query is not None:
        await update.callback_query.answer(refusal, show_alert=True)
    else:
        await send_html(update, context, esc(refusal))
    return False


async def subscribe(update: Update, context: Context) -> None:
    if not await _may_manage(update, context):
        return
    sub = await _subscriber(update, context, create=True)
    if sub is None:
        return
    if sub.status != "active":
        # Resume with every setting as it was; only a subscription that would deliver nothing
        # at all (no digest, no reminders) gets the weekly digest back.
        silent = sub.frequency == "off" and not sub.reminders
        sub = await services(context).storage.subscribers.save(  # type: ignore[union-attr]
            sub.with_(status="active", failures=0, frequency="weekly" if silent else sub.frequency)
        )
    kb = services(context).knowledge.kb
    await send_html(update, context, panel_text(sub, kb, datetime.now(UTC)), panel_keyboard(sub))


async def settings(update: Update, context: Context) -> None:
    sub = await _subscriber(update, context, create=False)
    if sub is None:
        await send_html(update, context, translate("You are not subscribed. /subscribe to start.", await ui_lang(update, context)))
        return
    kb = services(context).knowledge.kb
    await send_html(update, context, panel_text(sub, kb, datetime.now(UTC)), panel_keyboard(sub))


async def unsubscribe(update: Update, context: Context) -> None:
    if not await _may_manage(update, context):
        return
    sub = await _subscriber(update, context, create=False)
    lang = sub.lang if sub else await ui_lang(update, context)
    if sub is None or sub.status != "active":
        await send_html(update, context, translate("You are not subscribed. /subscribe to start.", lang))
        return
    await send_html(update, context, esc(translate("Stop all digests and reminders?", lang)), confirm_keyboard(lang))


async def pressed(update: Update, context: Context) -> None:
    """A settings button. Every query is answered: a change silently, forged or out-of-date data
    with a notice, a group member who is not an administrator with an alert."""
    query = update.callback_query
    if query is None:
        return
    if not await _may_manage(update, context):
        return
    sub = await _subscriber(update, context, create=False)
    if sub is None:
        await query.answer(translate("You are not subscribed. /subscribe to start.", await ui_lang(update, context)))
        return
    kb = services(context).knowledge.kb
    change = apply(sub, query.data or "", kb)
    if change is None:
        await query.answer(translate("This button is out of date. Please send the command again.", await ui_lang(update, context)))
        return
    await query.answer()
    storage = services(context).storage
    if change.sub != sub and storage is not None:
        await storage.subscribers.save(change.sub)
    new = change.sub
    if change.view == "zones":
        await edit_html(update, context, esc(translate("Choose a time zone (or send /timezone Area/City):", new.lang)), zones_keyboard(new.lang))
    elif change.view == "bodies":
        await edit_html(update, context, esc(translate("Bodies to follow (✅ = followed; nothing followed at all = everything):", new.lang)), bodies_keyboard(new, kb, change.page))
    elif change.view == "states":
        await edit_html(update, context, esc(translate("Member states to follow: meetings they attend or host (✅ = followed):", new.lang)), states_keyboard(new, kb, change.page))
    elif change.view == "confirm":
        await edit_html(update, context, esc(translate("Stop all digests and reminders?", new.lang)), confirm_keyboard(new.lang))
    elif change.view == "stopped":
        await edit_html(update, context, esc(translate("Subscription stopped. /subscribe to start again.", new.lang)))
    elif change.view == "preview":
        await _send_preview(update, context, new)
    else:
        await edit_html(update, context, panel_text(new, kb, datetime.now(UTC)), panel_keyboard(new))


async def _send_preview(update: Update, context: Context, sub: Subscriber) -> None:
    kb = services(context).knowledge.kb
    today = datetime.now(ZoneInfo(sub.timezone)).date()
    digest = build_digest(kb, sub.with_(empty_note=True), today, [], None)
    if digest is not None:
        await send_html(update, context, digest.html)


async def digest_now(update: Update, context: Context) -> None:
    """/digest: what the next digest would say, now (not recorded as delivered)."""
    sub = await _subscriber(update, context, create=False)
    if sub is None:
        chat = update.effective_chat
        sub = Subscriber(
            chat_id=chat.id if chat else 0,
            lang=await ui_lang(update, context),
            timezone=services(context).settings.default_timezone,
        )
    await _send_preview(update, context, sub)


async def upcoming(update: Update, context: Context) -> None:
    """/upcoming [days]: the meetings ahead that this chat follows (everything when it follows
    nothing), with how current the knowledge base is; with nothing ahead, the latest meetings."""
    lang = await ui_lang(update, context)
    days = 30
    if context.args:
        number = ascii_int(context.args[0])
        if number is None:
            await send_html(update, context, esc(translate("Usage: /upcoming [days], e.g. /upcoming 30 (from 1 to 366 days)", lang)))
            return
        days = max(1, min(number, 366))
    kb = services(context).knowledge.kb
    sub = await _subscriber(update, context, create=False)
    filtered = sub is not None and not sub.follows_everything
    today = datetime.now(ZoneInfo(services(context).settings.default_timezone)).date()
    meetings = upcoming_meetings(kb, sub, today, days)
    period = next_days(days, lang)
    note = [italic(esc(translate("Only what this chat follows (/follow shows it).", lang)))] if filtered else []
    fresh = italic(freshness_line(kb, lang))
    if meetings:
        lines = [bold(translate("Meetings in {days}", lang, days=esc(period))), *note, *upcoming_html(kb, meetings, lang), "", fresh]
        await send_html(update, context, "\n".join(lines))
        return
    latest = _latest_meetings(kb, sub, today)
    if filtered:
        nothing = translate("The knowledge base has no meetings you follow in {days}.", lang, days=period)
    else:
        nothing = translate("The knowledge base has no meetings in {days}.", lang, days=period)
    lines = [esc(nothing), *note, fresh]
    keyboard = None
    if latest:
        lines += ["", esc(translate("The latest meetings it records:", lang))]
        lines += [f"• {esc(format_date(meeting_date(m), lang))} — {esc(m.name.get(lang))}" for m in latest]
        keyboard = InlineKeyboardMarkup(
            [[InlineKeyboardButton(button_label(kb, m.id, lang), callback_data=callbacks.card(m.id))] for m in latest]
        )
    await send_html(update, context, "\n".join(lines), keyboard)


LATEST = 5


def _latest_meetings(kb: KnowledgeBase, sub: Subscriber | None, today: date) -> list[Meeting]:
    """The latest dated meetings up to today, newest first: those followed, else any."""
    past = [
        m
        for m in kb.of_kind("meeting")
        if isinstance(m, Meeting) and m.id in kb.date_key and kb.date_key[m.id] <= (today.year, today.month, today.day)
    ]
    past.sort(key=lambda m: kb.date_key[m.id], reverse=True)
    followed = [m for m in past if follows_meeting(kb, sub, m)]
    return (followed or past)[:LATEST]


async def calendar(update: Update, context: Context) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    lang = await ui_lang(update, context)
    sub = await _subscriber(update, context, create=False)
    kb = services(context).knowledge.kb
    today = datetime.now(ZoneInfo(services(context).settings.default_timezone)).date()
    meetings = upcoming_meetings(kb, sub, today - timedelta(days=1), 366)
    # calendar_ics leaves out what is known only to the year: an empty file helps nobody.
    if not any((d := meeting_date(m)) is not None and d.month is not None for m in meetings):
        await send_html(update, context, f"{esc(translate('No upcoming meetings with a known date in the knowledge base: there is no calendar file to send.', lang))}\n{italic(freshness_line(kb, lang))}")
        return
    data = calendar_ics(kb, meetings, lang)
    await context.bot.send_document(
        chat.id, InputFile(data, filename="cis-security-meetings.ics"), caption=translate("Upcoming meetings for your calendar app.", lang)
    )


async def follow(update: Update, context: Context) -> None:
    """``/follow``: what this chat follows; ``/follow <keyword>``: follow meetings that mention it,
    or, when the keyword names a member state, the meetings that state attends or hosts."""
    lang = await ui_lang(update, context)
    kb = services(context).knowledge.kb
    if not context.args:
        sub = await _subscriber(update, context, create=False)
        shown = sub or Subscriber(chat_id=0, lang=lang)
        lines = [*following_lines(shown.with_(lang=lang), kb), "", esc(translate("Follow a keyword: /follow migration. Stop: /unfollow migration. Bodies and member states: /subscribe → 🏛 Bodies, 🗺 States.", lang))]
        await send_html(update, context, "\n".join(lines))
        return
    if not await _may_manage(update, context):
        return
    keyword = normalise_keyword(" ".join(context.args))
    if keyword is None:
        await send_html(update, context, esc(translate("That has no word to look for. Try, for example: /follow migration", lang)))
        return
    sub = await _subscriber(update, context, create=True, status="paused")
    storage = services(context).storage
    if sub is None or storage is None:
        return
    state = named_state(kb, keyword)
    if state is not None:
        name = kb.name(state, lang)
        if state in sub.states:
            await send_html(update, context, esc(translate("Already following «{keyword}».", lang, keyword=name)))
            return
        sub = await storage.subscribers.save(sub.with_(states=(*sub.states, state)))
        lines = [esc(translate("Following {state}: meetings it attends or hosts ({n} in the knowledge base now).", lang, state=name, n=len(state_meetings(kb, state))))]
        if sub.status != "active":
            lines.append(esc(translate("No digest is sent to this chat yet: /subscribe to get it.", lang)))
        await send_html(update, context, "\n".join(lines))
        return
    wanted = keyword_tokens(keyword)
    same = next((k for k in sub.keywords if k == keyword or keyword_tokens(k) == wanted), None)
    if same is not None:
        await send_html(update, context, esc(translate("Already following «{keyword}».", lang, keyword=same)))
        return
    if len(sub.keywords) >= MAX_KEYWORDS:
        await send_html(update, context, esc(translate("At most {n} keywords: /unfollow one first.", lang, n=MAX_KEYWORDS)))
        return
    sub = await storage.subscribers.save(sub.with_(keywords=(*sub.keywords, keyword)))
    lines = [esc(translate("Following «{keyword}»: meetings whose name, agenda or description mention it ({n} in the knowledge base now).", lang, keyword=keyword, n=len(keyword_meetings(kb, keyword))))]
    if sub.status != "active":
        lines.append(esc(translate("No digest is sent to this chat yet: /subscribe to get it.", lang)))
    await send_html(update, context, "\n".join(lines))


async def unfollow(update: Update, context: Context) -> None:
    """``/unfollow <keyword>``: stop following a keyword (any spelling with the same words) or a
    state named by it."""
    lang = await ui_lang(update, context)
    if not context.args:
        await follow(update, context)
        return
    if not await _may_manage(update, context):
        return
    typed = " ".join(" ".join(context.args).split())
    keyword = normalise_keyword(typed)
    sub = await _subscriber(update, context, create=False)
    storage = services(context).storage
    wanted = keyword_tokens(keyword) if keyword else ()
    same = None
    if sub is not None and keyword is not None:
        state = named_state(services(context).knowledge.kb, keyword)
        if state is not None and state in sub.states and storage is not None:
            await storage.subscribers.save(sub.with_(states=tuple(x for x in sub.states if x != state)))
            name = services(context).knowledge.kb.name(state, lang)
            await send_html(update, context, esc(translate("No longer following «{keyword}».", lang, keyword=name)))
            return
        same = next((k for k in sub.keywords if k == keyword or keyword_tokens(k) == wanted), None)
    if sub is None or storage is None or same is None:
        await send_html(update, context, esc(translate("«{keyword}» is not followed. /follow lists what is.", lang, keyword=shorten(keyword or typed))))
        return
    await storage.subscribers.save(sub.with_(keywords=tuple(k for k in sub.keywords if k != same)))
    await send_html(update, context, esc(translate("No longer following «{keyword}».", lang, keyword=same)))


async def timezone(update: Update, context: Context) -> None:
    """``/timezone Area/City``: any IANA zone. Without a subscription the zone is kept (in a
    paused one) for when the chat subscribes; nobody is subscribed by this command."""
    lang = await ui_lang(update, context)
    if not context.args:
        await send_html(update, context, esc(translate("Usage: /timezone Area/City, e.g. /timezone Asia/Almaty", lang)))
        return
    if not await _may_manage(update, context):
        return
    # The zone list is read from disk once (about 25 ms): not on the event loop.
    zone = await asyncio.to_thread(find_zone, context.args[0])
    if zone is None:
        await send_html(update, context, esc(translate("Unknown time zone: {zone}. Send an IANA name, e.g. /timezone Asia/Almaty", lang, zone=shorten(context.args[0]))))
        return
    sub = await _subscriber(update, context, create=True, status="paused")
    storage = services(context).storage
    if sub is None or storage is None:
        return
    sub = await storage.subscribers.save(sub.with_(timezone=zone))
    if sub.status != "active":
        await send_html(update, context, esc(translate("Time zone set to {zone}. You are not subscribed: /subscribe to get the digest (in this zone).", sub.lang, zone=zone)))
        return
    await send_html(
        update, context, panel_text(sub, services(context).knowledge.kb, datetime.now(UTC)), panel_keyboard(sub)
    )


def register(app: Application) -> None:
    app.add_handler(CommandHandler("subscribe", subscribe))
    app.add_handler(CommandHandler("settings", settings))
    app.add_handler(CommandHandler("unsubscribe", unsubscribe))
    app.add_handler(CommandHandler("digest", digest_now))
    app.add_handler(CommandHandler("upcoming", upcoming))
    app.add_handler(CommandHandler("calendar", calendar))
    app.add_handler(CommandHandler("timezone", timezone))
    app.add_handler(CommandHandler("follow", follow))
    app.add_handler(CommandHandler("unfollow", unfollow))
    app.add_handler(CallbackQueryHandler(pressed, pattern=r"^s:"))
