"""The start and about texts of the Telegram interface, and the command menus."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.kb.base import KnowledgeBase
from bot.present.i18n import KIND_LABEL, examples
from bot.present.messages import to_translate, translate
from bot.present.render import esc

COMMANDS: list[tuple[str, str]] = [
    ("start", to_translate("Start and examples")),
    ("help", to_translate("How to ask")),
    ("ask", to_translate("Ask a question (also in groups)")),
    ("bodies", to_translate("CIS bodies in the security sphere")),
    ("meetings", to_translate("Meetings and summits")),
    ("programmes", to_translate("Programmes and documents")),
    ("upcoming", to_translate("Upcoming meetings")),
    ("subscribe", to_translate("Digest of upcoming meetings")),
    ("settings", to_translate("Digest settings")),
    ("unsubscribe", to_translate("Stop digests")),
    ("digest", to_translate("Preview the digest now")),
    ("follow", to_translate("Follow a keyword (/unfollow to stop)")),
    ("calendar", to_translate("Calendar file (.ics)")),
    ("lang", to_translate("Interface language")),
    ("about", to_translate("About the knowledge base")),
]

# Shown, after the ordinary commands, in the menus of the admins' private chats only.
ADMIN_COMMANDS: list[tuple[str, str]] = [
    ("reload", to_translate("Admin: reload the knowledge base")),
    ("rollback", to_translate("Admin: restore the previous version")),
    ("kb", to_translate("Admin: export the knowledge-base files")),
    ("stats", to_translate("Admin: statistics")),
    ("unanswered", to_translate("Admin: unanswered questions")),
    ("addmeeting", to_translate("Admin: add an upcoming meeting")),
]
# Messages with HTML, written here in the presentation layer and translated where they are sent.
KB_EXPORT = to_translate("Knowledge base version <code>{version}</code>: {files}.")
TEACH_ALREADY = to_translate("«{alias}» is already an alias of <b>{name}</b>; nothing changed.")
TEACH_DONE = to_translate("Taught: «{alias}» is now an alias ({alias_lang}) of <b>{name}</b>.")
MEETING_ADDED = to_translate("Added: <b>{name}</b>.")
STATISTICS_TITLE = to_translate("<b>Statistics</b>")
UNANSWERED_TITLE = to_translate("<b>Unanswered since {since}</b>: {total} questions in {groups} groups")
UNANSWERED_TITLE_LATEST = to_translate(
    "<b>Unanswered since {since}</b>: {all} questions; of the latest {latest}, {total} in {groups} groups"
)

# The languages of the command menus: English is the default menu, Russian for Russian clients.
MENU_LANGUAGES = ("en", "ru")


def command_menu(lang: str, *, admin: bool = False) -> list[tuple[str, str]]:
    """The command menu (name, description) in ``lang``; with ``admin``, the admin commands after it."""
    listed = [*COMMANDS, *ADMIN_COMMANDS] if admin else COMMANDS
    return [(name, translate(description, lang)) for name, description in listed]


def start_text(lang: str) -> str:
    listed = "\n".join(f"• <i>{esc(example)}</i>" for example in examples(lang))
    intro = translate(
        "<b>CIS security cooperation — reference bot</b>\n"
        "Ask me, in English or Russian, about the bodies, meetings and programmes of cooperation "
        "among the CIS states in the security sphere. Every answer cites its source.",
        lang,
    )
    return f"{intro}\n\n{translate('Examples:', lang)}\n{listed}"


def help_text(lang: str, username: str) -> str:
    """/help, and the answer to an unknown command."""
    return translate(
        "<b>How to ask</b>\nJust type a question. Typos, Latin transliteration and the wrong keyboard "
        "layout are fine.\n\n<b>Commands</b>\n/bodies — CIS bodies\n/meetings — meetings and summits\n"
        "/programmes — programmes and documents\n/upcoming — upcoming meetings\n"
        "/subscribe — digest of upcoming meetings (/settings, /unsubscribe, /digest, /calendar)\n"
        "/follow — follow a keyword in the digest\n"
        "/lang — interface language\n/about — about the data\n\n"
        "In any chat: type @{username} and a query.",
        lang,
        username=username,
    )


def about_text(kb: KnowledgeBase, reloaded_at: float, lang: str) -> str:
    counts = kb.counts()
    lines = ", ".join(f"{translate(KIND_LABEL[k], lang)}: {n}" for k, n in sorted(counts.items()))
    loaded = datetime.fromtimestamp(reloaded_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
    return translate("<b>Knowledge base</b> version {version}\n{counts}\nLast loaded: {loaded}\nSources: {sources} documents.", lang, version=esc(kb.version), counts=esc(lines), loaded=loaded, sources=len(kb.data.sources))
