"""Small talk around a question: whole sentences of chatter before or after the one that asks.

"Hi! quick one for a briefing: Did Putin say …? thanks!", "Здравствуйте. Готовлю материал для
руководства. Говорится ли …? Буду благодарен за ответ.": the greeting and the thanks at the ends go
in `questionwords.without_courtesy`; what is left are sentences (and a lead-in before a colon) made
only of chatter words. They ask nothing, and left in the text they hide how the question opens, so a
yes/no question ("Did …", "Говорится ли …") is read as a request for a card. A sentence with a name
(a capital inside it), a number or a word that is no chatter stays: it may be what the question
points back at ("Klemez spoke in St. Petersburg. Which crimes did he name?").
"""

from __future__ import annotations

import re

from bot.answers.questionwords import CHATTER, FUNCTION_WORDS, _sentences, asks_on_its_own

# Chatter of a closing sentence or a lead-in that CHATTER (shared with other lead-in rules) lacks.
_MORE_CHATTER = frozenset(
    [
        *("hope", "well", "quick", "quickly", "short", "urgent", "urgently", "sir", "madam", "again"),
        *("буду", "будем", "благодарен", "благодарна", "благодарны", "признателен", "признательна", "ответ"),
        *("срочно", "быстро", "коротко", "небольшой", "короткий", "короткую", "краткую", "справочку"),
    ]
)
_WORDS = re.compile(r"[^\W\d_]+")
# "CSTO at XVIII? yes/no": a format request after the question says how to answer, no chatter.
_ANSWER_WORDS = frozenset(["yes", "no", "да", "нет", "da", "net"])


def _only_chatter(text: str) -> bool:
    """Whether ``text`` holds only chatter words: no digit, no name inside it, no word of content."""
    if any(character.isdigit() for character in text):
        return False
    words = _WORDS.findall(text)
    if not words:
        return True
    for number, word in enumerate(words):
        lower = word.lower()
        if number and word[:1].isupper() and lower not in CHATTER:
            return False
        if lower in _ANSWER_WORDS or (lower not in CHATTER and lower not in _MORE_CHATTER and lower not in FUNCTION_WORDS):
            return False
    return True


def without_small_talk(text: str) -> str:
    """``text`` without sentences of chatter around the one sentence that asks, and without a
    lead-in of chatter before a colon in it; any other text as it is."""
    if "?" not in text:
        return text
    sentences = _sentences(text)
    if len(sentences) > 1:
        asking = [sentence for sentence in sentences if sentence.endswith("?")]
        if len(asking) == 1 and all(_only_chatter(sentence) for sentence in sentences if sentence is not asking[0]):
            text = asking[0]
    head, colon, tail = text.partition(":")
    if colon and "?" not in head and _only_chatter(head) and asks_on_its_own(tail):
        text = tail.strip()
    return text
