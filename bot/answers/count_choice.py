"""A count offered with its two guesses: "сколько стран было на встрече МВД в Питере, восемь или
девять?", "how many sessions were there, three or four?", "skolko stran bylo, 8 ili 9?".

The guesses are no part of what is counted: read with the question, "девять" is searched for as a
figure the sources should hold and the bot asks back, or says no record has the number 9. The count
is asked all the same, and its answer (the recorded number, first) settles which guess was right.
So the closing "A or B" of two numbers is dropped from a "how many" question before it is read.
"""

from __future__ import annotations

import re

from bot.answers.cues import literal_cue

_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    "|eighteen|nineteen|twenty|thirty|forty|fifty"
    "|од(?:ин|на|но|ного|ной)|дв(?:а|е|ух)|тр(?:и|[её]х)|четыр(?:е|[её]х)|пят(?:ь|и)|шест(?:ь|и)|сем(?:ь|и)|вос(?:емь|ьми)"
    "|девят(?:ь|и)|десят(?:ь|и)|одиннадцат(?:ь|и)|двенадцат(?:ь|и)|тринадцат(?:ь|и)|четырнадцат(?:ь|и)|пятнадцат(?:ь|и)"
    "|шестнадцат(?:ь|и)|семнадцат(?:ь|и)|восемнадцат(?:ь|и)|девятнадцат(?:ь|и)|двадцат(?:ь|и)|тридцат(?:ь|и)"
    "|odin|odna|dva|dve|tri|chetyre|pyat|shest|sem|vosem|devyat|desyat|dvadtsat|dvadcat"
)
_NUMBER = rf"(?:\d{{1,3}}|(?:{_NUMBER_WORDS})'?)"
_HOW_MANY = r"(?:how\s+many|how\s+much|сколько|скока|skol'?ko|skoka)"
_GUESSES = re.compile(
    rf"^(?P<head>.*\b{_HOW_MANY}\b.*?)\s*(?:[,—–:;-]+\s*|\s+)(?:(?:maybe|perhaps|like|то\s+ли|ли|может|li|mozhet)\s+)?"
    rf"{_NUMBER}\s+(?:or|или|либо|ili|libo)\s+(?:(?:maybe|perhaps|то\s+ли|может|mozhet)\s+)?{_NUMBER}\s*(?P<end>[?!.]*)\s*$",
    re.IGNORECASE,
)
_CUE = literal_cue([re.compile(r"\b(?:or|или|либо|ili|libo)\b", re.IGNORECASE)])


def without_guesses(text: str) -> str:
    """The "how many" question without the two numbers guessed at its end; else the text."""
    if not _CUE(text.lower()):
        return text
    found = _GUESSES.match(text)
    if found is None:
        return text
    return found.group("head").rstrip(" ,—–-") + (found.group("end") or "?")


# "— и сходится ли число с перечнем?", ", and does the number match the list?": a check of the count against
# the names listed, which the count's answer makes itself ("The source says 9 but names 8"); read with the
# question, its words ("число", "перечень") took the count for the number of meetings or asked back (p24-044).
_LIST_CHECK = re.compile(
    rf"^(?P<head>.*\b{_HOW_MANY}\b.*?)\s*(?:[,—–:;-]+\s*|\s+)(?:(?:and|but|so|и|а|но|i|a|no)\s+)?"
    r"(?:(?:does|do|did|is|ли|li)\s+)?(?:(?:the|that|this|это|eto)\s+)?(?:(?:number|count|figure|число|цифра|количество|chislo|cifra)\s+)?"
    r"(?:match\w*|agree\w*|tall(?:y|ies)|add\s+up|correspond\w*|fit\w*|сход(?:ит|ят)ся|совпада\w*|соответству\w*|skhodit\w*|shoditsya|sovpada\w*|sootvetstvu\w*)\b"
    r"(?:\s+(?:ли|li))?[^?]{0,50}?(?:list\w*|names?|named|перечн\w*|списк\w*|названн\w*|perechn\w*|spisk\w*|nazvann\w*)[^?]{0,20}?\s*(?P<end>[?!.]*)\s*$",
    re.IGNORECASE,
)
_LIST_CHECK_CUE = literal_cue([re.compile(r"(?:match|agree|tall|add\s+up|correspond|сход|совпада|соответств|skhod|shod|sovpad|sootvet)", re.IGNORECASE)])


def without_list_check(text: str) -> str:
    """The "how many" question without its closing check against the list; else the text."""
    if not _LIST_CHECK_CUE(text.lower()):
        return text
    found = _LIST_CHECK.match(text)
    if found is None:
        return text
    return found.group("head").rstrip(" ,—–-?") + (found.group("end") or "?")
