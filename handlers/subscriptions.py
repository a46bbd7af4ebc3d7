"""Subscriptions: /subscribe and /settings (one settings panel), /unsubscribe, /digest (preview),
/upcoming [days], /calendar (.ics) and /timezone Area/City.

In groups, /subscribe, /unsubscribe, /timezone and the panel's buttons are for the group's
administrators; /settings, /digest, /upcoming and /calendar only show things and are for all."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from telegram import InputFile, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.digest.calendar import calendar_ics
from bot.digest.content import build_digest, upcoming_html, upcoming_meetings
from bot.digest.settings_ui import (
    apply,
    bodies_keyboard,
    confirm_keyboard,
    l,
    panel_keyboard,
    panel_text,
    zones_keyboard,
)
from bot.i18n import next_days
from bot.render import esc
from bot.storage.subscribers import Status, Subscriber
from bot.ui import text
from bot.userinput import ascii_int, find_zone, shorten
from handlers.common import Context, edit_html, is_chat_admin, send_html, services, ui_lang

UPCOMING = {
    "title": {"en": "<b>Meetings in {period}</b>", "ru": "<b>Заседания на {period}</b>"},
    "none": {
        "en": "The knowledge base has no meetings in {period}.",
        "ru": "В базе знаний нет заседаний на {period}.",
    },
    "usage": {
        "en": "Usage: /timezone Area/City, e.g. /timezone Asia/Almaty",
        "ru": "Формат: /timezone Регион/Город, например /timezone Asia/Almaty",
    },
    "bad_zone": {
        "en": "Unknown time zone: {zone}. Send an IANA name, e.g. /timezone Asia/Almaty",
        "ru": "Неизвестный часовой пояс: {zone}. Укажите название IANA, например /timezone Asia/Almaty",
    },
    "zone_saved": {
        "en": "Time zone set to {zone}. You are not subscribed: /subscribe to get the digest (in this zone).",
        "ru": "Часовой пояс: {zone}. Вы не подписаны: /subscribe — чтобы получать рассылку (в этом поясе).",
    },
    "upcoming_usage": {
        "en": "Usage: /upcoming [days], e.g. /upcoming 30 (from 1 to 366 days)",
        "ru": "Формат: /upcoming [дни], например /upcoming 30 (от 1 до 366 дней)",
    },
    "admins_only": {
        "en": "Only the group's administrators can change its digest.",
        "ru": "Менять рассылку группы могут только её администраторы.",
    },
    "not_subscribed": {
        "en": "You are not subscribed. /subscribe to start.",
        "ru": "Вы не подписаны. /subscribe — чтобы подписаться.",
    },
    "calendar": {"en": "Upcoming meetings for your calendar app.", "ru": "Предстоящие заседания для календаря."},
}


def u(key: str, lang: str, **kwargs: object) -> str:
    return UPCOMING[key][lang].format(**kwargs)


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
    refusal = u("admins_only", await ui_lang(update, context))
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
        await send_html(update, context, u("not_subscribed", await ui_lang(update, context)))
        return
    kb = services(context).knowledge.kb
    await send_html(update, context, panel_text(sub, kb, datetime.now(UTC)), panel_keyboard(sub))


async def unsubscribe(update: Update, context: Context) -> None:
    if not await _may_manage(update, context):
        return
    sub = await _subscriber(update, context, create=False)
    lang = sub.lang if sub else await ui_lang(update, context)
    if sub is None or sub.status != "active":
        await send_html(update, context, u("not_subscribed", lang))
        return
    await send_html(update, context, esc(l("confirm", lang)), confirm_keyboard(lang))


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
        await query.answer(u("not_subscribed", await ui_lang(update, context)))
        return
    kb = services(context).knowledge.kb
    change = apply(sub, query.data or "", kb)
    if change is None:
        await query.answer(text("stale", await ui_lang(update, context)))
        return
    await query.answer()
    storage = services(context).storage
    if change.sub != sub and storage is not None:
        await storage.subscribers.save(change.sub)
    new = change.sub
    if change.view == "zones":
        await edit_html(update, context, esc(l("zone_menu", new.lang)), zones_keyboard(new.lang))
    elif change.view == "bodies":
        await edit_html(update, context, esc(l("bodies_menu", new.lang)), bodies_keyboard(new, kb, change.page))
    elif change.view == "confirm":
        await edit_html(update, context, esc(l("confirm", new.lang)), confirm_keyboard(new.lang))
    elif change.view == "stopped":
        await edit_html(update, context, esc(l("stopped", new.lang)))
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
    lang = await ui_lang(update, context)
    days = 30
    if context.args:
        number = ascii_int(context.args[0])
        if number is None:
            await send_html(update, context, esc(u("upcoming_usage", lang)))
            return
        days = max(1, min(number, 366))
    kb = services(context).knowledge.kb
    today = datetime.now(ZoneInfo(services(context).settings.default_timezone)).date()
    meetings = upcoming_meetings(kb, None, today, days)
    if not meetings:
        await send_html(update, context, esc(u("none", lang, period=next_days(days, lang))))
        return
    await send_html(update, context, "\n".join([u("title", lang, period=next_days(days, lang)), *upcoming_html(kb, meetings, lang)]))


async def calendar(update: Update, context: Context) -> None:
    chat = update.effective_chat
    if chat is None:
        return
    lang = await ui_lang(update, context)
    sub = await _subscriber(update, context, create=False)
    kb = services(context).knowledge.kb
    today = datetime.now(ZoneInfo(services(context).settings.default_timezone)).date()
    meetings = upcoming_meetings(kb, sub, today - timedelta(days=1), 366)
    data = calendar_ics(kb, meetings, lang)
    await context.bot.send_document(
        chat.id, InputFile(data, filename="cis-security-meetings.ics"), caption=u("calendar", lang)
    )


async def timezone(update: Update, context: Context) -> None:
    """``/timezone Area/City``: any IANA zone. Without a subscription the zone is kept (in a
    paused one) for when the chat subscribes; nobody is subscribed by this command."""
    lang = await ui_lang(update, context)
    if not context.args:
        await send_html(update, context, esc(u("usage", lang)))
        return
    if not await _may_manage(update, context):
        return
    # The zone list is read from disk once (about 25 ms): not on the event loop.
    zone = await asyncio.to_thread(find_zone, context.args[0])
    if zone is None:
        await send_html(update, context, esc(u("bad_zone", lang, zone=shorten(context.args[0]))))
        return
    sub = await _subscriber(update, context, create=True, status="paused")
    storage = services(context).storage
    if sub is None or storage is None:
        return
    sub = await storage.subscribers.save(sub.with_(timezone=zone))
    if sub.status != "active":
        await send_html(update, context, esc(u("zone_saved", sub.lang, zone=zone)))
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
    app.add_handler(CallbackQueryHandler(pressed, pattern=r"^s:"))
