"""Bot API methods that answer what users trigger: callback queries (button presses) and inline queries."""

from __future__ import annotations

from typing import Any

from bot.fake_telegram.checks import RequestChecks
from bot.fake_telegram.errors import bad_request
from bot.fake_telegram.keyboards import validate_inline_keyboard
from bot.fake_telegram.params import Params
from bot.fake_telegram.state import (
    TelegramState,
)

JSON = dict[str, Any]


class QueryMethods:
    """answerCallbackQuery, answerInlineQuery."""

    def __init__(self, state: TelegramState, checks: RequestChecks) -> None:
        self.state = state
        self.checks = checks

    def answer_callback_query(self, params: Params) -> bool:
        query = self.checks.live_query(
            self.state.callback_queries, params.get_str("callback_query_id"), self.state.limits.callback_query_ttl
        )
        query.answered = True
        self.state.answered_callbacks.append(
            {
                "callback_query_id": query.id,
                "user_id": query.user_id,
                "chat_id": query.chat_id,
                "message_id": query.message_id,
                "text": params.get_str("text"),
                "show_alert": params.get_bool("show_alert"),
                "url": params.get_str("url"),
                "cache_time": params.get_int("cache_time"),
            }
        )
        return True

    def answer_inline_query(self, params: Params) -> bool:
        query = self.checks.live_query(
            self.state.inline_queries, params.get_str("inline_query_id"), self.state.limits.inline_query_ttl
        )
        results = params.get_json("results", "inline query results")
        if not isinstance(results, list):
            raise bad_request("can't parse inline query results JSON object")
        if len(results) > self.state.limits.inline_results_max:
            raise bad_request("RESULTS_TOO_MUCH")
        seen: set[str] = set()
        for result in results:
            if not isinstance(result, dict) or not isinstance(result.get("type"), str):
                raise bad_request('can\'t find field "type"')
            result_id = result.get("id")
            max_bytes = self.state.limits.inline_result_id_max_bytes
            if not isinstance(result_id, str) or not 1 <= len(result_id.encode()) <= max_bytes:
                raise bad_request("RESULT_ID_INVALID")
            if result_id in seen:
                raise bad_request("RESULT_ID_DUPLICATE")
            seen.add(result_id)
            if result["type"] == "article" and not result.get("title"):
                raise bad_request('can\'t find field "title"')
            content = result.get("input_message_content")
            if isinstance(content, dict) and "message_text" in content:
                self.checks.format(
                    content.get("message_text"),
                    content.get("parse_mode"),
                    content.get("entities"),
                    caption=False,
                )
            if result.get("reply_markup") is not None:
                validate_inline_keyboard(
                    result["reply_markup"],
                    strict=self.state.strict,
                    callback_data_max_bytes=self.state.limits.callback_data_max_bytes,
                )
        query.answered = True
        self.state.inline_answers.append(
            {
                "inline_query_id": query.id,
                "user_id": query.user_id,
                "results": results,
                "cache_time": params.get_int("cache_time"),
                "is_personal": params.get_bool("is_personal"),
                "next_offset": params.get_str("next_offset"),
                "button": params.get_json("button", "button"),
            }
        )
        return True
