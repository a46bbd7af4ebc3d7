"""Words that say where a person spoke, not what about: "Какие угрозы назвал Клемез на заседании
СМВД?", "what threats did Klemez list at the interior ministers meeting", "… in St Petersburg".

Read as the topic, "заседание СМВД" picked his remark about the Council itself ("the Interior
Ministers Council plays a crucial role … counter modern threats") over his list of threats. A
meeting or city after "на / at / in / during" only places the words; "о заседании", "about the
Council" keep them as the topic.
"""

from __future__ import annotations

import re

from bot.search.text import tokens as text_tokens

_GATE = re.compile(r"\b(?:на|во|в|at|in|during|na|v)\b")
_MEETING = (
    r"(?:заседани\w*|встреч\w*|совещани\w*|саммит\w*|сессии|zasedani\w*|vstrech\w*|soveshchani\w*"
    r"|meeting|session|summit|talks|gathering)"
)
_AT_MEETING = re.compile(
    # "на заседании СМВД (СНГ)", "во время встречи в Москве", "at the (St Petersburg) interior ministers meeting"
    # with the genitive chain naming whose ("Совета министров внутренних дел", "секретарей совбезов"):
    # capitalised words and genitive endings, so an accusative topic after it ("миграцию") stays
    rf"\b(?:на|во время|na|vo vremya)\s+(?:(?:том|этом|последнем|tom|etom)\s+)?{_MEETING}"
    r"(?:\s+(?:[A-ZА-ЯЁ][\w-]*|[а-яё-]+(?:а|я|ов|ев|их|ых|ей|ий|ого|его|ы|и)|дел|\d+\w*"
    r"|[a-z-]+(?:a|ya|ov|ev|ih|yh|ikh|ykh|ey|iy|ogo|ego|y|i)|del)){0,5}"
    rf"|\b(?:at|during)\s+(?:the\s+|that\s+|this\s+)?(?:[\w.'-]+\s+){{0,5}}?{_MEETING}"
    r"(?:\s+of\s+(?:the\s+)?(?:(?!about\b|on\b|regarding\b)[\w.'-]+\s*){1,5})?"
    r"|\b(?:в|in|v)\s+(?:St\.?\s*|Saint\s+|Санкт-)?(?:Петербург\w*|Питер\w*|Москв\w*|Душанбе|Минск\w*"
    r"|Petersburg|Moscow|Dushanbe|Minsk|Peterburg\w*|Moskv\w*)",
)


# After "about" a meeting or a city is the topic ("what did Trefilov say about the October meetings in
# Dushanbe"): only the words before any "about" place anything.
# ("О каких угрозах …", "about what": the question word's own preposition names no topic.)
_ABOUT = re.compile(
    r"\b(?:about|regarding|concerning|on the subject of|про|о|об|обо|pro|ob)\b"
    r"(?!\s+(?:как\w*|ч[её]м|что|kak\w*|ch?[eo]m|what|which))",
    re.IGNORECASE,
)


def venue_tokens(text: str) -> set[str]:
    """The tokens of the words placing what was said at a meeting or in a city (none when none do)."""
    if not _GATE.search(text.lower()):
        return set()
    about = _ABOUT.search(text)
    before = text[: about.start()] if about is not None else text
    return {token for found in _AT_MEETING.finditer(before) for token in text_tokens(found.group(0))}


PREFIX = 5


def is_placed(token: str, placed: set[str]) -> bool:
    """Whether a query token is one of the placing words: the same token, or the same start of a
    long one (Latin-typed Russian is stemmed otherwise in the text than in the query)."""
    return token in placed or (
        len(token) >= PREFIX and any(len(word) >= PREFIX and word[:PREFIX] == token[:PREFIX] for word in placed)
    )
