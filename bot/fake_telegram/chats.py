"""Bot API methods about the bot itself and its chats: getMe, close, logOut, getChat, getChatMember."""

from __future__ import annotations

from typing import Any

from bot.fake_telegram.checks import RequestChecks
from bot.fake_telegram.errors import bad_request, forbidden
from bot.fake_telegram.params import Params
from bot.fake_telegram.state import (
    TelegramState,
)

JSON = dict[str, Any]
_ADMIN_RIGHTS = (
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
    "can_pin_messages",
)
_RESTRICTIONS = (
    "can_send_messages",
    "can_send_audios",
    "can_send_documents",
    "can_send_photos",
    "can_send_videos",
    "can_send_video_notes",
    "can_send_voice_notes",
    "can_send_polls",
    "can_send_other_messages",
    "can_add_web_page_previews",
    "can_change_info",
    "can_invite_users",
    "can_pin_messages",
    "can_manage_topics",
    "can_react_to_messages",
)


def chat_member(user: JSON, status: str) -> JSON:
    """A ChatMember object with the fields Telegram sends for each status."""
    member: JSON = {"status": status, "user": user}
    if status == "creator":
        member["is_anonymous"] = False
    elif status == "administrator":
        member.update(can_be_edited=False, is_anonymous=False, **dict.fromkeys(_ADMIN_RIGHTS, True))
    elif status == "restricted":
        member.update(is_member=True, until_date=0, can_edit_tag=False, **dict.fromkeys(_RESTRICTIONS, False))
    elif status == "kicked":
        member["until_date"] = 0
    return member


class ChatMethods:
    """The bot's identity and lifecycle, chats and their members."""

    def __init__(self, state: TelegramState, checks: RequestChecks) -> None:
        self.state = state
        self.checks = checks

    def get_me(self, params: Params) -> JSON:
        me = self.state.bot.to_telegram()
        me.update(
            can_join_groups=True,
            can_read_all_group_messages=not self.state.group_privacy,
            supports_inline_queries=True,
            can_connect_to_business=False,
            has_main_web_app=False,
        )
        return me

    def close(self, params: Params) -> bool:
        self.state.closed_count += 1
        return True

    def log_out(self, params: Params) -> bool:
        return True

    def get_chat(self, params: Params) -> JSON:
        chat = self.checks.chat(params, sending=False)
        info = chat.to_telegram()
        info.update(
            accent_color_id=chat.id % 7 if chat.id > 0 else 0,
            max_reaction_count=11,
            accepted_gift_types={
                "unlimited_gifts": False,
                "limited_gifts": False,
                "unique_gifts": False,
                "premium_subscription": False,
                "gifts_from_channels": False,
            },
        )
        return info

    def get_chat_member(self, params: Params) -> JSON:
        chat = self.checks.chat(params, sending=False)
        if chat.type != "private" and chat.bot_status in ("left", "kicked"):
            raise forbidden(f"bot is not a member of the {chat.type} chat")
        user_id = params.get_int("user_id")
        if user_id is None:
            raise bad_request("user_id is empty")
        if user_id == self.state.bot.id:
            return chat_member(self.state.bot.to_telegram(), "member" if chat.type == "private" else chat.bot_status)
        user = self.state.users.get(user_id)
        if user is None or (chat.type == "private" and user_id != chat.id):
            raise bad_request("user not found")
        status = "member" if chat.type == "private" else chat.members.get(user_id, "left")
        return chat_member(user.to_telegram(), status)
