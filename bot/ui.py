"""The start and about texts of the Telegram interface, and the command menus."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.i18n import KIND_LABEL, examples
from bot.kb import KnowledgeBase
from bot.present.messages import to_translate, translate
from bot.render import esc

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


def about_text(kb: KnowledgeBase, reloaded_at: float, lang: str) -> str:
    counts = kb.counts()
    lines = ", ".join(f"{translate(KIND_LABEL[k], lang)}: {n}" for k, n in sorted(counts.items()))
    loaded = datetime.fromtimestamp(reloaded_at, UTC).strftime("%Y-%m-%d %H:%M UTC")
    return translate("<b>Knowledge base</b> version {version}\n{counts}\nLast loaded: {loaded}\nSources: {sources} documents.", lang, version=esc(kb.version), counts=esc(lines), loaded=loaded, sources=len(kb.data.sources))
