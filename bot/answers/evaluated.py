"""A claim that someone singled something out as a worry: "Did Klemez single out cybercrime as a
worry?", "Klemez flagged weapons smuggling among the concerns?", "Клемез назвал киберпреступность
угрозой?", "vydelyal li Klemez migratsiyu kak ugrozu".

The verb ("single out", "flag", "name … as", "выделял") only frames what the person said, and the
evaluation noun ("worry", "threat", "поводом для беспокойства") is held by any statement that itself
presents what it lists as threats, concerns or challenges ("Significant concerns include weapons
smuggling and the escalating scale of cybercrime"; "Illegal migration flows pose a direct threat"):
the topic asked (cybercrime) is what must be in the statement. A statement with no such word
(Trefilov on youth and "destructive ideological movements") leaves the noun asked, so no "yes" is
drawn from a mere mention.
"""

from __future__ import annotations

import re

from bot.answers.cues import literal_cue
from bot.search.text import tokens as text_tokens

# Verbs of singling out: with _CLAIMED in yesno.py they make the question one about what the person
# said. "name" / "list" / "count" only with "as" or "among" after them ("Did the report list Georgia?"
# asks a list).
SINGLED_OUT = re.compile(
    r"\b(?:singl(?:e|ed|es|ing)\s+out|flag(?:s|ged|ging)?|highlight\w*|identif(?:y|ies|ied)"
    r"|(?:nam|list|count|cit|regard|consider)(?:e|es|ed|s|ing)?\b(?=[^?]*\b(?:as|among)\b))"
    # "Was cybercrime among the threats Klemez listed?"
    r"|\bamong\s+(?:the\s+|his\s+|her\s+)?(?:threats|concerns|worries|dangers|risks|problems|challenges)\b"
    r"|\bвыдел(?:ял|ил|яет|ить)\w*|\bотн[её]с\w*\s+к\b|\bотносил\w*\s+к\b|\bvydel(?:yal|il|yaet|it)\w*|\bnazyva\w*",
    re.I,
)

# The frame words themselves: no part of what was said.
FRAME_WORDS = (
    "single singled singles singling out flag flags flagged highlight highlighted highlights identify identified"
    " name named names list listed count counted cite cited regard regarded consider considered among"
    " выделял выделяла выделил выделила выделяет отнёс отнес относил к среди в качестве kak как"
    " vydelyal vydelil vydelyaet sredi nazyval nazyvala"
    # "одну из угроз", "one of the threats"
    " одну одной одна odnu odnoi odna one"
)

# The evaluation asked: "as a worry", "among the threats", "поводом для беспокойства", "угрозой".
_EVALUATION = re.compile(
    r"\b(?:worr(?:y|ies)|concerns?|threats?|dangers?|risks?|problems?|challenges?|menaces?)\b"
    r"|\bугроз\w*|\bопасност\w*|\bбеспокойств\w*|\bповод\w*\s+для\b|\bозабоченн\w*|\bпроблем\w*|\bвызов\w*|\bриск\w*"
    r"|\bugroz\w*|\bopasnost\w*|\bbespokoistv\w*|\bbespokojstv\w*|\bozabochenn\w*|\bproblem\w*|\bvyzov\w*",
    re.I,
)
_EVALUATION_CUE = literal_cue([_EVALUATION])
# What a statement says when it presents what it lists as threats (in either language).
_EVALUATED = re.compile(
    r"\b(?:threat|concern|danger|challeng|pressing|risk|worr|alarm|menac)\w*"
    r"|угроз\w*|озабоч\w*|опасн\w*|вызов\w*|риск\w*|беспоко\w*|остр(?:ая|ой|ее|ые)",
    re.I,
)


def evaluation_positions(query_tokens: list[str], text: str) -> set[int]:
    """Positions of the question's evaluation words ("worry", "угрозой"), asked of what a person
    said."""
    if not _EVALUATION_CUE(text):
        return set()
    words = {tok for match in _EVALUATION.finditer(text) for tok in text_tokens(match.group())}
    return {i for i, tok in enumerate(query_tokens) if tok in words}


def presents_as_threat(*texts: str) -> bool:
    """Whether a statement itself calls what it lists threats, concerns or challenges."""
    return any(_EVALUATED.search(text) for text in texts if text)


# "как угрозу", "kak odnu iz ugroz", "как подтверждение": "как" compares, asks nothing (the question
# still asks by tone).
_AS_EVALUATION = re.compile(
    r"(?<!\w)(?:как|kak)\s+(?:(?:одн\w*|odn\w*)\s+(?:из\s+|iz\s+)?)?"
    r"(?:угроз|опасн|проблем|вызов|риск|повод|ugroz|opasn|problem|vyzov|risk|povod"
    # "представил решения как подтверждение открытости": "как" compares here too
    r"|подтвержд|доказат|свидетельств|podtverzhd|dokazat|svidetelstv)\w*",
    re.I,
)
_AS_CUE = literal_cue([_AS_EVALUATION])


def without_as_evaluation(text: str) -> str:
    """The question without its "как угрозу" (so that "как" is read as no question word)."""
    return _AS_EVALUATION.sub(" ", text) if _AS_CUE(text) else text
