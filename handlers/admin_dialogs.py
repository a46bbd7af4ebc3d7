"""Admin dialogs over several messages: teaching from /unanswered, and the /addmeeting wizard.

The logic is in ``bot.admin.teach`` and ``bot.admin.meetingwizard``; these handlers only move
text and buttons. A dialog's state lives in the admin's ``chat_data`` under :data:`DIALOG`; while
one is open, the admin's plain text goes to it (a handler registered before the question
handler, matching only chats with an open dialog) instead of being answered as a question.
/cancel closes it at any step. Buttons are checked again here (admins only, private chats),
since a callback query carries no command filter.
"""

from __future__ import annotations

import asyncio
import secrets
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.admin import meetingwizard as wizard
from bot.admin.stats import QuestionGroup
from bot.admin.teach import TeachGroup, candidates, teach_alias, teach_group
from bot.present import ui
from bot.present.admin_replies import upload_html
from bot.present.messages import translate
from bot.present.render import esc
from bot.present.snippets import preformatted
from handlers import callbacks
from handlers.common import Context, edit_html, send_html, services, ui_lang
from handlers.keyboards import button_label

DIALOG = "admin_dialog"
REPORTS = "teach_reports"
KEEP_REPORTS = 3  # /unanswered messages whose teach buttons still work
TEACH_ROW = 5


class OpenDialog(filters.MessageFilter):
    """A message in a chat where an admin dialog is waiting for typed input."""

    def __init__(self, app: Application) -> None:
        super().__init__(name="OpenDialog")
        self._app = app

    def filter(self, message: Message) -> bool:
        return DIALOG in self._app.chat_data.get(message.chat.id, {})


def _chat_data(context: Context) -> dict[str, Any]:
    assert context.chat_data is not None
    return context.chat_data


def _is_admin(update: Update, context: Context) -> bool:
    user, chat = update.effective_user, update.effective_chat
    return (
        user is not None
        and chat is not None
        and chat.type == "private"
        and user.id in services(context).settings.admin_ids
    )


# --- teaching from /unanswered ----------------------------------------------------------------------


def teach_keyboard(context: Context, groups: list[QuestionGroup]) -> InlineKeyboardMarkup | None:
    """Remember the report's groups and give each a ✏️ button."""
    if not groups:
        return None
    token = secrets.token_hex(4)
    reports: dict[str, list[TeachGroup]] = _chat_data(context).setdefault(REPORTS, {})
    reports[token] = [teach_group(g) for g in groups]
    while len(reports) > KEEP_REPORTS:
        reports.pop(next(iter(reports)))
    buttons = [InlineKeyboardButton(f"✏️ {n + 1}", callback_data=callbacks.teach(token, n)) for n in range(len(groups))]
    return InlineKeyboardMarkup([buttons[i : i + TEACH_ROW] for i in range(0, len(buttons), TEACH_ROW)])


def _group(context: Context, token: str, number: int) -> TeachGroup | None:
    groups = _chat_data(context).get(REPORTS, {}).get(token)
    return groups[number] if groups is not None and 0 <= number < len(groups) else None


async def _offer(update: Update, context: Context, token: str, number: int, query_text: str, lang: str) -> None:
    engine = services(context).knowledge.engine
    found = candidates(engine, query_text)
    rows = [[InlineKeyboardButton(button_label(engine.kb, i, lang), callback_data=callbacks.pick(token, number, i))] for i in found]
    group = _group(context, token, number)
    assert group is not None
    if found:
        html = translate("Teach: «{question}» ({alias_lang}). Which entry should it have found? Or type a search (/cancel to stop).", lang, question=esc(group.example), alias_lang=group.lang)
    else:
        html = translate("Nothing found for «{search}». Type another search, or /cancel.", lang, search=esc(query_text))
    await send_html(update, context, html, InlineKeyboardMarkup(rows) if rows else None)


async def teach_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = await ui_lang(update, context)
    data = callbacks.decode(query.data)
    if not _is_admin(update, context) or data is None:
        await query.answer(translate("Not allowed.", lang))
        return
    group = _group(context, data.token, data.group)
    if group is None:
        await query.answer(translate("This button is out of date. Please send the command again.", lang))
        return
    await query.answer()
    if data.action == "teach":
        _chat_data(context)[DIALOG] = ("teach", data.token, data.group)
        await _offer(update, context, data.token, data.group, group.example, lang)
        return
    if data.entity not in services(context).knowledge.kb.entities:
        await send_html(update, context, translate("This button is out of date. Please send the command again.", lang))
        return
    _chat_data(context).pop(DIALOG, None)
    taught = await teach_alias(services(context).admin, data.entity, group.lang, group.example)
    kb = services(context).knowledge.kb
    if taught.outcome is None:
        html = translate(ui.TEACH_ALREADY, lang, alias=esc(taught.alias), name=esc(kb.name(taught.entity, lang)))
    elif taught.outcome.ok:
        html = translate(
            ui.TEACH_DONE,
            lang, alias=esc(taught.alias), alias_lang=taught.lang, name=esc(kb.name(taught.entity, lang))
        )
        html += f"\n{preformatted(taught.diff)}\n{upload_html(taught.outcome, lang)}"
    else:
        html = upload_html(taught.outcome, lang)
    await send_html(update, context, html)


# --- /addmeeting ----------------------------------------------------------------------------------


def _keyboard(prompt: wizard.Prompt) -> InlineKeyboardMarkup | None:
    rows = [
        [InlineKeyboardButton(label, callback_data=callbacks.wizard(action, entity)) for label, action, entity in row]
        for row in prompt.buttons
    ]
    return InlineKeyboardMarkup(rows) if rows else None


async def add_meeting(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    draft = wizard.MeetingDraft(lang)
    _chat_data(context)[DIALOG] = ("meeting", draft)
    prompt = wizard.prompt(draft, services(context).knowledge.kb)
    await send_html(update, context, prompt.html, _keyboard(prompt))


async def _show(update: Update, context: Context, draft: wizard.MeetingDraft, prompt: wizard.Prompt | None) -> None:
    kb = services(context).knowledge.kb
    if prompt is None:  # every answer given: the card as users will see it
        card = await asyncio.to_thread(wizard.preview, kb, draft)
        prompt = wizard.prompt(draft, kb, card)
    await send_html(update, context, prompt.html, _keyboard(prompt))


async def typed(update: Update, context: Context) -> None:
    """Text while a dialog is open: a teaching search, or the wizard's answer."""
    message = update.effective_message
    dialog = _chat_data(context).get(DIALOG)
    if message is None or not message.text or dialog is None:
        return
    lang = await ui_lang(update, context)
    if dialog[0] == "teach":
        _, token, number = dialog
        if _group(context, token, number) is None:
            _chat_data(context).pop(DIALOG, None)
            await send_html(update, context, translate("This button is out of date. Please send the command again.", lang))
            return
        await _offer(update, context, token, number, message.text[:200], lang)
        return
    zone = ZoneInfo(services(context).settings.default_timezone)
    draft, prompt = wizard.answer(dialog[1], message.text, services(context).knowledge.engine, datetime.now(zone).date())
    _chat_data(context)[DIALOG] = ("meeting", draft)
    await _show(update, context, draft, prompt)


async def wizard_button(update: Update, context: Context) -> None:
    query = update.callback_query
    if query is None:
        return
    lang = await ui_lang(update, context)
    data = callbacks.decode(query.data)
    dialog = _chat_data(context).get(DIALOG)
    if not _is_admin(update, context) or data is None:
        await query.answer(translate("Not allowed.", lang))
        return
    if dialog is None or dialog[0] != "meeting":
        await query.answer(translate("This button is out of date. Please send the command again.", lang))
        return
    draft: wizard.MeetingDraft = dialog[1]
    kb = services(context).knowledge.kb
    if data.step == "cancel" and draft.step == "confirm":
        await query.answer()
        await cancel(update, context)
        return
    if data.step == "confirm" and draft.step == "confirm":
        await query.answer()
        _chat_data(context).pop(DIALOG, None)
        _, outcome = await wizard.save(services(context).admin, kb, draft)
        if outcome is None:
            await send_html(update, context, translate("Nothing to add.", lang))
        else:
            head = translate(ui.MEETING_ADDED, lang, name=esc(draft.name_en if lang == "en" else draft.name_ru))
            await send_html(update, context, f"{head}\n{upload_html(outcome, lang)}" if outcome.ok else upload_html(outcome, lang))
        return
    draft, prompt = wizard.choose(draft, data.step, data.entity, kb)
    if prompt is None:  # a button of an earlier step: nothing to do
        await query.answer()
        return
    await query.answer()
    _chat_data(context)[DIALOG] = ("meeting", draft)
    if data.step == "state":  # toggled: the same message shows the new selection
        await edit_html(update, context, prompt.html, _keyboard(prompt))
    else:
        await _show(update, context, draft, prompt)


async def cancel(update: Update, context: Context) -> None:
    lang = await ui_lang(update, context)
    dialog = _chat_data(context).pop(DIALOG, None)
    if dialog:
        await send_html(update, context, translate("Cancelled; nothing was changed.", lang))
    else:
        await send_html(update, context, translate("Nothing to cancel.", lang))


def register(app: Application, admin_here: filters.BaseFilter) -> None:
    """Before the question handler: an admin's text goes to the open dialog."""
    app.add_handler(CommandHandler("addmeeting", add_meeting, filters=admin_here))
    app.add_handler(CommandHandler("cancel", cancel, filters=admin_here))
    app.add_handler(MessageHandler(admin_here & filters.TEXT & ~filters.COMMAND & OpenDialog(app), typed))
    app.add_handler(CallbackQueryHandler(teach_button, pattern=r"^[tp]:"))
    app.add_handler(CallbackQueryHandler(wizard_button, pattern=r"^w:"))
