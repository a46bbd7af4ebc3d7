"""Fixed texts of the Telegram interface in both languages, and the command menus."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.kb.base import KnowledgeBase
from bot.present.i18n import EXAMPLES, KIND_LABEL
from bot.present.render import esc

TEXTS: dict[str, dict[str, str]] = {
    "start": {
        "en": (
            "<b>CIS security cooperation — reference bot</b>\n"
            "Ask me, in English or Russian, about the bodies, meetings and programmes of cooperation "
            "among the CIS states in the security sphere. Every answer cites its source."
        ),
        "ru": (
            "<b>Справочный бот о сотрудничестве СНГ в сфере безопасности</b>\n"
            "Спрашивайте по-русски или по-английски об органах, заседаниях и программах "
            "сотрудничества государств – участников СНГ в сфере безопасности. Каждый ответ — со ссылкой "
            "на источник."
        ),
    },
    "help": {
        "en": (
            "<b>How to ask</b>\nJust type a question. Typos, Latin transliteration and the wrong keyboard "
            "layout are fine.\n\n<b>Commands</b>\n/bodies — CIS bodies\n/meetings — meetings and summits\n"
            "/programmes — programmes and documents\n/upcoming — upcoming meetings\n"
            "/subscribe — digest of upcoming meetings (/settings, /unsubscribe, /digest, /calendar)\n"
            "/follow — follow a keyword in the digest\n"
            "/lang — interface language\n/about — about the data\n\n"
            "In any chat: type @{username} and a query."
        ),
        "ru": (
            "<b>Как спрашивать</b>\nПросто напишите вопрос. Опечатки, латиница и неправильная раскладка "
            "не помешают.\n\n<b>Команды</b>\n/bodies — органы СНГ\n/meetings — заседания и саммиты\n"
            "/programmes — программы и документы\n/upcoming — предстоящие заседания\n"
            "/subscribe — рассылка о заседаниях (/settings, /unsubscribe, /digest, /calendar)\n"
            "/follow — подписка на ключевое слово\n"
            "/lang — язык интерфейса\n/about — о данных\n\n"
            "В любом чате: наберите @{username} и запрос."
        ),
    },
    "examples": {"en": "Examples:", "ru": "Примеры:"},
    "about": {
        "en": (
            "<b>Knowledge base</b> version {version}\n{counts}\nLast loaded: {loaded}\nSources: {sources} documents."
        ),
        "ru": ("<b>База знаний</b>, версия {version}\n{counts}\nЗагружена: {loaded}\nИсточников: {sources}."),
    },
    "lang_prompt": {"en": "Choose the interface language:", "ru": "Выберите язык интерфейса:"},
    "lang_set": {
        "en": "Menus and buttons in English. Questions are answered in their own language.",
        "ru": "Меню и кнопки — по-русски. На вопросы отвечаю на языке вопроса.",
    },
    "throttled": {
        "en": "You are sending messages too fast. Please wait a few seconds.",
        "ru": "Слишком много сообщений подряд. Подождите несколько секунд.",
    },
    "vote_thanks": {"en": "Thank you for the feedback!", "ru": "Спасибо за отзыв!"},
    "vote_failed": {
        "en": "Sorry, the vote could not be saved; please try later.",
        "ru": "Не удалось сохранить оценку; попробуйте позже.",
    },
    "stale": {
        "en": "This button is out of date. Please send the command again.",
        "ru": "Эта кнопка устарела. Отправьте команду ещё раз.",
    },
    "error": {
        "en": "Sorry, something went wrong on my side. Please try again.",
        "ru": "Извините, у меня что-то пошло не так. Попробуйте ещё раз.",
    },
    "storage_unavailable": {
        "en": "Subscriptions, settings and statistics are unavailable right now (storage problem). "
        "Questions still work.",
        "ru": "Подписки, настройки и статистика сейчас недоступны (сбой хранилища). На вопросы я отвечаю.",
    },
    "text_only": {
        "en": "I understand text questions only. Type your question, for example: {example}",
        "ru": "Я понимаю только текстовые вопросы. Например: {example}",
    },
    "not_found": {"en": "Nothing found.", "ru": "Ничего не найдено."},
    "page": {"en": "Page {page} of {pages}", "ru": "Страница {page} из {pages}"},
    "source_button": {"en": "Source", "ru": "Источник"},
    # --- admin (handlers/admin.py, bot/admin/) ---
    "not_allowed": {"en": "Not allowed.", "ru": "Нет доступа."},
    "admin_private_only": {
        "en": "Admin commands work only in a private chat with the bot.",
        "ru": "Команды администратора работают только в личном чате с ботом.",
    },
    "reload_ok": {
        "en": "✅ Knowledge base reloaded: version <code>{version}</code> in {seconds} s.",
        "ru": "✅ База знаний перезагружена: версия <code>{version}</code>, {seconds} с.",
    },
    "reload_failed": {
        "en": "❌ Reload failed; nothing changed, still serving version <code>{version}</code>. Errors ({n}):",
        "ru": "❌ Перезагрузка не удалась; ничего не изменилось, работает версия <code>{version}</code>. Ошибки ({n}):",
    },
    "reload_same": {
        "en": "No entries added, removed or changed.",
        "ru": "Записи не добавлены, не удалены и не изменены.",
    },
    "added": {"en": "Added ({n})", "ru": "Добавлено ({n})"},
    "removed": {"en": "Removed ({n})", "ru": "Удалено ({n})"},
    "changed": {"en": "Changed ({n})", "ru": "Изменено ({n})"},
    "more": {"en": "… and {n} more", "ru": "… и ещё {n}"},
    "more_errors": {
        "en": "… and {n} more errors (<code>cisbot validate</code> lists them all)",
        "ru": "… и ещё ошибок: {n} (все покажет <code>cisbot validate</code>)",
    },
    "upload_refused": {"en": "❌ Upload refused: {reason}", "ru": "❌ Файл не принят: {reason}"},
    "upload_rejected": {
        "en": "❌ <code>{name}</code> rejected; nothing changed. Errors ({n}):",
        "ru": "❌ <code>{name}</code> отклонён; ничего не изменилось. Ошибки ({n}):",
    },
    "upload_created": {
        "en": "📥 <code>{name}</code> added (the previous files are kept: /rollback restores them).",
        "ru": "📥 <code>{name}</code> добавлен (прежние файлы сохранены: /rollback вернёт их).",
    },
    "upload_replaced": {
        "en": "📥 <code>{name}</code> replaced (the previous files are kept: /rollback restores them).",
        "ru": "📥 <code>{name}</code> заменён (прежние файлы сохранены: /rollback вернёт их).",
    },
    "rollback_none": {
        "en": "There is no earlier version to roll back to.",
        "ru": "Нет более ранней версии для отката.",
    },
    "rollback_ok": {
        "en": "↩️ Restored the knowledge base as it was before the change of {at}.",
        "ru": "↩️ База знаний восстановлена в состоянии до изменения {at}.",
    },
    "rollback_failed": {
        "en": "❌ Rollback to the version before {at} failed; nothing changed. Errors ({n}):",
        "ru": "❌ Откат к версии до {at} не удался; ничего не изменилось. Ошибки ({n}):",
    },
    "kb_export": {
        "en": "Knowledge base version <code>{version}</code>: {files}.",
        "ru": "База знаний, версия <code>{version}</code>: {files}.",
    },
    "kb_export_empty": {"en": "The knowledge directory has no files.", "ru": "В каталоге базы знаний нет файлов."},
    "stats_title": {"en": "<b>Statistics</b>", "ru": "<b>Статистика</b>"},
    "stats_subscribers": {
        "en": "Subscribers: active {active}, paused {paused}, deactivated {deactivated}",
        "ru": "Подписчики: активны {active}, на паузе {paused}, отключены {deactivated}",
    },
    "stats_days": {
        "en": "Questions per day, {period} ({zone}), share answered:",
        "ru": "Вопросов в день за {period} ({zone}), доля отвеченных:",
    },
    "stats_answered": {
        "en": "Answered: {share} ({answered} of {total})",
        "ru": "Отвечено: {share} ({answered} из {total})",
    },
    "stats_helpful": {
        "en": "Helpful: {share} ({helpful} of {votes} votes)",
        "ru": "Полезно: {share} ({helpful} из {votes} оценок)",
    },
    "stats_top": {"en": "Most asked:", "ru": "Чаще всего спрашивали:"},
    "stats_deliveries": {
        "en": "Last digest run ({day}): {counts}",
        "ru": "Последняя рассылка ({day}): {counts}",
    },
    "stats_no_deliveries": {"en": "No digest deliveries yet.", "ru": "Рассылок ещё не было."},
    "stats_unknown": {
        "en": "Unknown outcome: {n} (Telegram did not answer in time; probably delivered, not resent)",
        "ru": "Исход неизвестен: {n} (Telegram не ответил вовремя; скорее всего доставлено, повторно не отправлялось)",
    },
    "stats_repeated": {
        "en": "Sent again after a crash: {n} (may have arrived twice)",
        "ru": "Отправлено повторно после сбоя: {n} (могли прийти дважды)",
    },
    "none": {"en": "none", "ru": "нет"},
    "unanswered_title": {
        "en": "<b>Unanswered since {since}</b>: {total} questions in {groups} groups",
        "ru": "<b>Без ответа с {since}</b>: {total} вопросов, групп — {groups}",
    },
    "unanswered_title_latest": {
        "en": "<b>Unanswered since {since}</b>: {all} questions; of the latest {latest}, {total} in {groups} groups",
        "ru": "<b>Без ответа с {since}</b>: {all} вопросов; из последних {latest} — {total} в группах, групп — {groups}",
    },
    "teach_pick": {
        "en": "Teach: «{question}» ({alias_lang}). Which entry should it have found? Or type a search (/cancel to stop).",
        "ru": "Обучение: «{question}» ({alias_lang}). Какую запись бот должен был найти? Или напишите запрос (/cancel — отмена).",
    },
    "teach_nothing": {
        "en": "Nothing found for «{search}». Type another search, or /cancel.",
        "ru": "По запросу «{search}» ничего не найдено. Напишите другой запрос или /cancel.",
    },
    "teach_done": {
        "en": "Taught: «{alias}» is now an alias ({alias_lang}) of <b>{name}</b>.",
        "ru": "Готово: «{alias}» теперь псевдоним ({alias_lang}) записи <b>{name}</b>.",
    },
    "teach_already": {
        "en": "«{alias}» is already an alias of <b>{name}</b>; nothing changed.",
        "ru": "«{alias}» уже псевдоним записи <b>{name}</b>; ничего не изменилось.",
    },
    "addmeeting_done": {"en": "Added: <b>{name}</b>.", "ru": "Добавлено: <b>{name}</b>."},
    "addmeeting_same": {"en": "Nothing to add.", "ru": "Добавлять нечего."},
    "dialog_cancelled": {"en": "Cancelled; nothing was changed.", "ru": "Отменено; ничего не изменено."},
    "dialog_none": {"en": "Nothing to cancel.", "ru": "Отменять нечего."},
    "unanswered_more": {
        "en": "… and {groups} more groups: {n} questions",
        "ru": "… и ещё групп: {groups}, вопросов: {n}",
    },
    "reason_declined": {"en": "declined", "ru": "без ответа"},
    "reason_doubtful": {"en": "doubtful", "ru": "неуверенно"},
    "reason_disliked": {"en": "👎", "ru": "👎"},
    "unanswered_variants": {"en": " ({n} wordings)", "ru": " (формулировок: {n})"},
    "unanswered_none": {
        "en": "No declined or doubtful questions since {since}.",
        "ru": "С {since} не было вопросов без ответа или с сомнительным ответом.",
    },
    "unanswered_usage": {
        "en": "Usage: /unanswered [YYYY-MM-DD] (default: the last 30 days)",
        "ru": "Формат: /unanswered [ГГГГ-ММ-ДД] (по умолчанию — последние 30 дней)",
    },
}

BUTTONS: dict[str, dict[str, str]] = {
    "bodies": {"en": "🏛 Bodies", "ru": "🏛 Органы"},
    "meetings": {"en": "📅 Meetings", "ru": "📅 Заседания"},
    "programmes": {"en": "📄 Programmes", "ru": "📄 Программы"},
    "help": {"en": "❓ Help", "ru": "❓ Помощь"},
    "prev": {"en": "◀", "ru": "◀"},
    "next": {"en": "▶", "ru": "▶"},
    "back": {"en": "↩ Back to list", "ru": "↩ К списку"},
    "meetings_of": {"en": "📅 Meetings", "ru": "📅 Заседания"},
    "documents_of": {"en": "📄 Documents", "ru": "📄 Документы"},
    "people_of": {"en": "👤 People", "ru": "👤 Лица"},
    "children_of": {"en": "🏛 Units", "ru": "🏛 Подразделения"},
    "view_a": {"en": "↩ Short answer", "ru": "↩ Кратко"},
    "view_m": {"en": "📖 More", "ru": "📖 Подробнее"},
    "view_s": {"en": "🔎 Sources", "ru": "🔎 Источники"},
}

COMMANDS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("start", "Start and examples"),
        ("help", "How to ask"),
        ("ask", "Ask a question (also in groups)"),
        ("bodies", "CIS bodies in the security sphere"),
        ("meetings", "Meetings and summits"),
        ("programmes", "Programmes and documents"),
        ("upcoming", "Upcoming meetings"),
        ("subscribe", "Digest of upcoming meetings"),
        ("settings", "Digest settings"),
        ("unsubscribe", "Stop digests"),
        ("digest", "Preview the digest now"),
        ("follow", "Follow a keyword (/unfollow to stop)"),
        ("calendar", "Calendar file (.ics)"),
        ("lang", "Interface language"),
        ("about", "About the knowledge base"),
    ],
    "ru": [
        ("start", "Начало и примеры"),
        ("help", "Как задавать вопросы"),
        ("ask", "Задать вопрос (и в группах)"),
        ("bodies", "Органы СНГ в сфере безопасности"),
        ("meetings", "Заседания и саммиты"),
        ("programmes", "Программы и документы"),
        ("upcoming", "Предстоящие заседания"),
        ("subscribe", "Рассылка о заседаниях"),
        ("settings", "Настройки рассылки"),
        ("unsubscribe", "Отписаться"),
        ("digest", "Пример рассылки сейчас"),
        ("follow", "Подписка на ключевое слово (/unfollow — отменить)"),
        ("calendar", "Файл календаря (.ics)"),
        ("lang", "Язык интерфейса"),
        ("about", "О базе знаний"),
    ],
}

# Shown, after the ordinary commands, in the menus of the admins' private chats only.
ADMIN_COMMANDS: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("reload", "Admin: reload the knowledge base"),
        ("rollback", "Admin: restore the previous version"),
        ("kb", "Admin: export the knowledge-base files"),
        ("stats", "Admin: statistics"),
        ("unanswered", "Admin: unanswered questions"),
        ("addmeeting", "Admin: add an upcoming meeting"),
    ],
    "ru": [
        ("reload", "Админ: перезагрузить базу знаний"),
        ("rollback", "Админ: вернуть прежнюю версию"),
        ("kb", "Админ: выгрузить файлы базы знаний"),
        ("stats", "Админ: статистика"),
        ("unanswered", "Админ: вопросы без ответа"),
        ("addmeeting", "Админ: добавить предстоящее заседание"),
    ],
}


def text(key: str, lang: str, **kwargs: object) -> str:
    return TEXTS[key][lang].format(**kwargs)


def start_text(lang: str) -> str:
    examples = "\n".join(f"• <i>{esc(e)}</i>" for e in EXAMPLES[lang])
    return f"{text('start', lang)}\n\n{text('examples', lang)}\n{examples}"


def about_text(kb: KnowledgeBase, reloaded_at: float, lang: str) -> str:
    counts = kb.counts()
    lines = ", ".join(f"{KIND_LABEL[k][lang]}: {n}" for k, n in sorted(counts.items()))
    loaded = datetime.fromtimestamp(reloaded_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
    return text("about", lang, version=esc(kb.version), counts=esc(lines), loaded=loaded, sources=len(kb.data.sources))
