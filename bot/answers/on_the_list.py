"""Whether a state, body or organisation is "on the list" of a meeting: "Is Russia in the list of participants
of the St Petersburg meeting?", "Azerbaijan on the list for the interior ministers meeting?", "Россия есть в
списке участников заседания в Питере?", "a Rossiya v spiske v Pitere est?".

The list is the meeting's list of participants, so the question is whether it took part; read as it stands,
"list" asked for a list (the meetings, or the participants with "the sources do not say so directly"), and
"есть" / "est" made no yes/no of it. The words of the list are put as the verb of taking part ("took part
in", "участвовал в"), which the check of presence (`yesno.took_part`) answers: "yes" when the meeting lists
it, "not among those named" when it lists others.

Cheap: a word test, then one regex substitution; the caller asks the engine again only when it changed.
"""

from __future__ import annotations

import re

_CUE_WORDS = ("list", "списк", "spisk", "among the participants", "среди участник", "sredi uchastnik")
_EN = re.compile(
    # "on the list of observers", "in the list of sectoral bodies": another list, not who took part
    r"\b(?:(?:on|in)\s+the\s+(?:list|lists|roster)(?:\s+of\s+(?:participants|delegations|attendees|states|countries)|(?!\s+of\b))"
    r"|among\s+the\s+(?:participants|delegations|attendees))(?:\s+(?:for|of|at|from|in))?\b",
    re.IGNORECASE,
)
_RU = re.compile(
    r"(?:\bесть\s+)?\b(?:в|во)\s+списк\w*(?:\s+(?:участник\w*|делегаци\w*|государств|стран))?(?:\s+(?:у|для))?(?:\s+есть\b)?"
    r"|\bсреди\s+участник\w*(?:\s+(?:на|у))?",
    re.IGNORECASE,
)
_LATIN = re.compile(
    r"(?:\best'?\s+)?\bv\s+spisk\w*(?:\s+(?:uchastnik\w*|delegac\w*|delegats\w*|gosudarstv|stran))?(?:\s+(?:u|dlya))?(?:\s+est'?\b)?"
    r"|\bsredi\s+uchastnik\w*(?:\s+(?:na|u))?",
    re.IGNORECASE,
)
# a question word makes it another question ("which of them are on the list?", "которые в списке?")
_OTHER_QUESTION = re.compile(
    r"\b(?:who|what|which|how|when|where|кто|что|какие|какой|каких|которы\w*|сколько|когда|где|kto|chto|kakie|kotory\w*|skolko|kogda|gde)\b",
    re.IGNORECASE,
)
_AT = re.compile(r"^\s*(?:в|во|на|v|vo|na)\s", re.IGNORECASE)
_AT_PLACE = re.compile(
    r"^\s*(?:в|во|v|vo)\s+(?!засед|встреч|совещ|саммит|сбор|zased|vstrech|sovesh|sammit)[^\W\d_]", re.IGNORECASE
)
_TRAILING_EST = re.compile(r"\s+(?:есть|est'?|в|v|in)\s*(?=[?!.]*\s*$)", re.IGNORECASE)
_AUX_FIRST = re.compile(r"^\s*(?:(?:and|so|but)\s+)?(?:is|was|are|were)\b", re.IGNORECASE)


def cued(question: str) -> bool:
    lower = question.lower()
    return any(word in lower for word in _CUE_WORDS)


def rewrite(question: str) -> str | None:
    """The question with its list put as taking part, or None when it speaks of no list of participants."""
    if _OTHER_QUESTION.search(question):
        return None
    if _EN.search(question):
        text = _EN.sub("take part in", question, count=1)
        # "Is Russia take part in …?" is read as the yes/no it is; without an auxiliary, "did" makes it one
        text = _TRAILING_EST.sub("", text)
        return text if _AUX_FIRST.match(text) else f"did {text[:1].lower()}{text[1:]}"
    for pattern, verb, meeting in ((_RU, "участвовал", "в заседании"), (_LATIN, "uchastvoval", "v zasedanii")):
        found = pattern.search(question)
        if found is None:
            continue
        rest = question[found.end() :]
        if _AT_PLACE.match(rest):
            # "в списке в Питере": taking part in the meeting there (a city alone after the verb is no meeting)
            put = f"{verb} {meeting}"
        elif _AT.match(rest):
            put = verb  # "в списке на встрече спецслужб": the preposition stays
        else:
            put = f"{verb} в" if verb == "участвовал" else f"{verb} v"  # "в списке участников заседания …"
        return _TRAILING_EST.sub("", f"{question[: found.start()]}{put}{rest}")
    return None
