"""Russian typed in Latin letters the chat way: "4" for ч, "w" for ш, "x" for х, "j" for a final й,
"ja"/"ju"/"jo"/"je" for я/ю/ё/е, "bila" for "была";
and a plus glued to a name ("SNG+", "CIS+") written out as the word "plus".

"4to zna4it SNG+?", "Kto otve4aet za zagrjaznenie vozduxa?", "wtab": the letters that look like the
Cyrillic ones (ч is a 4 upside down, ш a w, х an x) are written out the way the rest of the search
reads Latin-typed Russian ("chto", "otvechaet", "vozdukha", "shtab"). Only in a text that is Russian
in Latin letters (more of its little words Russian than English), and only in a word that is not a
word of its own ("Executive", "XVIII" and "4th" stay).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.search.text import in_cyrillic
from bot.search.words import STOP_EN, STOP_TRANSLIT

# Little words of Latin-typed Russian that STOP_TRANSLIT leaves to the question-word rules.
_RUSSIAN_LITTLE = frozenset(
    ["kto", "chto", "4to", "kogda", "kagda", "gde", "skolko", "li", "kak", "kakoy", "kakoi", "kakie", "kakaya", "pravda", "eto", "zna4it"]
)
# A chat letter inside a word: a 4 (ч) or a 6 (ш, "sove6anie", "Du6anbe") next to a letter, a w or an x, and "j" for a final "й" after a
# vowel ("takoj", "kakoj", "novyj"), which the question-word rules know as "y".
_CHAT_LETTER = re.compile(r"(?<=[a-z])4|4(?=[a-z])|(?<=[a-z])6|6(?=[a-z])|w|x|(?<=[aeiouy])j\b|j(?=[aeou])", re.I)
# "i" typed for "ы" in the forms of "быть" ("o chem bila vstrecha"): "bila" is no other word asked.
_BYL = {"bil": "byl", "bila": "byla", "bilo": "bylo", "bili": "byli"}
# A plus glued to a name ("SNG+"): the name's own word for it, as "SNG plus" is written out.
_GLUED_PLUS = re.compile(r"(?<=[A-Za-z])\+(?=[\s?!.,]|$)")
_WORD = re.compile(r"[A-Za-z0-9']+")
_RUSSIAN_ENDING = re.compile(r"(?:ogo|ykh|ikh|aya|oy|yy|iy|ami|akh|ov|a|u)$")
_BYL_CUE = re.compile(r"\bbil[aoi]?\b", re.I)
_CHAT = {"4": "ch", "6": "sh", "w": "sh", "x": "kh", "j": "y"}


def _latin_russian(words: list[str]) -> bool:
    russian = english = 0
    for word in words:
        lower = word.lower()
        if len(lower) < 2:
            continue  # "i", "a", "v", "s": either language
        if lower in STOP_TRANSLIT or lower in _RUSSIAN_LITTLE:
            russian += 1
        elif lower in STOP_EN:
            english += 1
    if russian > english:
        return True
    # No little word at all ("Imja direktora ATC SNG?"): a word with a Russian case ending says it.
    return english == 0 and any(len(word) >= 5 and _RUSSIAN_ENDING.search(word) for word in words)


def chat_latin(text: str, is_word: Callable[[str], bool]) -> str:
    """``text`` with the chat letters of Latin-typed Russian written out; any other text as it is."""
    if not (_CHAT_LETTER.search(text) or "+" in text or _BYL_CUE.search(text)) or re.search("[\u0400-\u04ff]", text):
        return text
    if "+" in text:
        text = _GLUED_PLUS.sub(" plus", text)  # in English too: "what is CIS+?"
    words = _WORD.findall(text)
    if not _latin_russian(words):
        return text

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        if word.lower() in _BYL:
            return _BYL[word.lower()] if word.islower() else _BYL[word.lower()].capitalize()
        if word.isupper() or word.isdigit() or not _CHAT_LETTER.search(word) or is_word(word.lower()):
            return word
        if re.fullmatch(r"\d+(?:st|nd|rd|th|x)", word, re.I):
            return word
        return _CHAT_LETTER.sub(lambda found: _chat(found.group(0)), word)

    return _WORD.sub(replace, text)


def _chat(letter: str) -> str:
    written = _CHAT[letter.lower()]
    return written.capitalize() if letter.isupper() else written


# Words of a Latin-typed Russian question kept in Latin letters: a Roman numeral.
_ROMAN_WORD = re.compile(r"[IVXL]+|[ivxl]{2,}(?<!li)")
_LATIN_TOKEN = re.compile(r"[A-Za-z']+")
# "V kakom gorode", "I kto": a one-letter capital before a lower-case word starts the sentence.
_BEFORE_LOWER = re.compile(r" +[a-z0-9]")
# Words whose Latin spelling the letter-by-letter reading gets wrong.
_SPELT = {
    "plus": "плюс", "pljus": "плюс",
    # a soft sign left out of a word the rules for Russian ask by its letters ("v kakoy den nedeli")
    "den": "день", "ranshe": "раньше", "ranse": "раньше", "skolko": "сколько", "tolko": "только",
    "statya": "статья", "statja": "статья", "statia": "статья", "statyu": "статью", "statju": "статью", "statiu": "статью",
    "statye": "статье", "statje": "статье",
    # "e" for "э" at the start of "этот" and its forms ("v etom godu" is "в этом году")
    **{f"e{rest}": f"э{rest_ru}" for rest, rest_ru in (
        ("to", "то"), ("tot", "тот"), ("ta", "та"), ("ti", "ти"), ("toy", "той"), ("toi", "той"), ("tom", "том"),
        ("togo", "того"), ("tomu", "тому"), ("tu", "ту"), ("tikh", "тих"), ("tih", "тих"), ("timi", "тими"),
    )},
}


_RUSSIAN_ONE_LETTER = frozenset("vks")


def russian_little_words(text: str) -> bool:
    """Whether a Latin text is Russian by its little words alone ("kto", "v", "na", "li" outnumber
    "the", "of", "is"): the strict test, with no guess from the endings of longer words."""
    russian = english = 0
    for word in _WORD.findall(text):
        lower = word.lower()
        if lower in _RUSSIAN_ONE_LETTER:
            russian += 1  # "v", "k", "s" are Russian prepositions, no English word ("a", "i", "u" may be)
            continue
        if len(lower) < 2:
            continue
        if lower in STOP_TRANSLIT or lower in _RUSSIAN_LITTLE:
            russian += 1
        elif lower in STOP_EN:
            english += 1
    return russian > english


def cyrillic_reading(text: str, latin_names: frozenset[str]) -> str | None:
    """A question of Russian typed in Latin letters written in Cyrillic ("kakie koncepcii byli utverzhdeny
    v Dushanbe?" -> "какие концепции были утверждены в Душанбе?"), so that every rule written for
    Russian reads it; None for any other text. An abbreviation in capitals stays Latin when the
    knowledge base knows it so ("CSTO", "ATC"), else it is Russian letters ("SMVD" -> "СМВД"); a
    Roman numeral stays as typed."""
    if re.search("[\u0400-\u04ff]", text) or not _latin_russian(_WORD.findall(text)):
        # (no little word at all, "V sfere bezopasnosti SNG deistvuiut 20 otraslevykh organov?":
        # its Russian case endings say it; the reading is only taken when it answers from a record)
        return None

    def replace(match: re.Match[str]) -> str:
        word = match.group(0)
        lower = word.lower()
        if _ROMAN_WORD.fullmatch(word) and not (len(word) == 1 and _BEFORE_LOWER.match(text, match.end())):
            return word
        if lower in _SPELT:
            return _SPELT[lower]
        if word.isupper() and len(word) > 1:
            if lower in latin_names:
                return word
            return in_cyrillic(lower).upper()  # Russian letters typed in Latin ("SMVD", "OPG", "MSG")
        if lower == "antiterror" and word.islower() and (noun := _NOUN_AFTER.match(text, match.end())):
            # "na antiterror soveshchanii": the clipped adjective of the anti-terrorist meeting, not
            # the exercise "Sodruzhestvo-Antiterror" (the Russian rules know that word as its name)
            return "антитеррористическ" + _adjective_ending(noun.group(1))
        reading = in_cyrillic(lower.replace("'", "ь"))
        if reading.startswith("совешан"):
            reading = "совещан" + reading[7:]  # "sovewanij", "soveshanii": щ typed as ш (w, sh)
        elif reading.startswith("исполз"):
            reading = "использ" + reading[6:]  # "ispolzuesh": the soft sign of "использовать"
        if len(reading) >= 5 and reading.endswith(_SOFT_ENDINGS):
            # "predsedatel", "bezopasnost", "ispolzuesh": the soft sign left out of a word's end
            reading += "ь"
        return reading[:1].upper() + reading[1:] if word[:1].isupper() else reading

    return _LATIN_TOKEN.sub(replace, text)


# Endings that Russian writes with a final soft sign ("председатель", "безопасность", and the verb's
# "-ешь"/"-ишь": "используешь", "говоришь"), typed without it in Latin letters.
_SOFT_ENDINGS = ("тел", "ост", "еш", "ёш", "иш")
_NOUN_AFTER = re.compile(r" +([a-z]+)")


def _adjective_ending(noun: str) -> str:
    """An adjective's ending agreeing, roughly, with the Latin-typed noun after it."""
    if noun.endswith(("ii", "e")) and not noun.endswith(("ie", "oe")):
        return "ом"
    if noun.endswith(("iya", "ija", "ia", "a")):
        return "ого" if noun.endswith(("iya", "ija", "ia")) else "ая"
    return "ое"
