"""A state named by its adjective and its soil: "on Kazakh soil", "on Russian territory", "на
казахстанской земле", "na tadzhikskoy territorii" are "in Kazakhstan", "in Russia", "в Казахстане".

The records name states by their names; an adjective with "soil", "territory" or "land" found no
state, so "were the drills to be held on Kazakh soil?" read no place to check and answered with the
exercise's card instead of its "no, in Tajikistan". Only the adjective before a word for land is
rewritten ("Kazakh delegation" stays). Cheap: a cue test first, then one substitution.
"""

from __future__ import annotations

import re

from bot.answers.cues import cued

# adjective stem -> (English name, Russian locative, Latin-typed Russian locative)
_STATES: dict[str, tuple[str, str, str]] = {
    "kazakh": ("Kazakhstan", "Казахстане", "Kazahstane"),
    "russian": ("Russia", "России", "Rossii"),
    "belarus": ("Belarus", "Беларуси", "Belarusi"),
    "byelorussian": ("Belarus", "Беларуси", "Belarusi"),
    "tajik": ("Tajikistan", "Таджикистане", "Tadzhikistane"),
    "kyrgyz": ("Kyrgyzstan", "Кыргызстане", "Kyrgyzstane"),
    "uzbek": ("Uzbekistan", "Узбекистане", "Uzbekistane"),
    "turkmen": ("Turkmenistan", "Туркменистане", "Turkmenistane"),
    "armenian": ("Armenia", "Армении", "Armenii"),
    "azerbaijani": ("Azerbaijan", "Азербайджане", "Azerbaidzhane"),
    "azeri": ("Azerbaijan", "Азербайджане", "Azerbaidzhane"),
    "georgian": ("Georgia", "Грузии", "Gruzii"),
    "ukrainian": ("Ukraine", "Украине", "Ukraine"),
    "moldovan": ("Moldova", "Молдове", "Moldove"),
}
_RU_STEMS: dict[str, str] = {
    "казахстанск": "kazakh", "казахск": "kazakh", "российск": "russian", "русск": "russian",
    "белорусск": "belarus", "таджикск": "tajik", "киргизск": "kyrgyz", "кыргызск": "kyrgyz",
    "узбекск": "uzbek", "туркменск": "turkmen", "армянск": "armenian", "азербайджанск": "azerbaijani",
    "грузинск": "georgian", "украинск": "ukrainian", "молдавск": "moldovan", "молдовск": "moldovan",
    "kazahstansk": "kazakh", "kazakhstansk": "kazakh", "kazahsk": "kazakh", "rossiisk": "russian",
    "rossiysk": "russian", "belorussk": "belarus", "tadzhiksk": "tajik", "tadjiksk": "tajik",
    "kirgizsk": "kyrgyz", "kyrgyzsk": "kyrgyz", "uzbeksk": "uzbek", "turkmensk": "turkmen",
    "armyansk": "armenian", "azerbaidzhansk": "azerbaijani", "azerbaydzhansk": "azerbaijani",
    "gruzinsk": "georgian", "ukrainsk": "ukrainian", "moldavsk": "moldovan",
}
_EN = cued(
    re.compile(
        r"\b(?:on|in|onto|upon)\s+(kazakh|kazakhstani|russian|belarusian|belarussian|byelorussian|tajik|tajikistani"
        r"|kyrgyz|kyrgyzstani|uzbek|uzbekistani|turkmen|armenian|azerbaijani|azeri|georgian|ukrainian|moldovan)"
        r"\s+(?:soil|territory|land|ground)\b",
        re.IGNORECASE,
    )
)
_RU = cued(
    re.compile(
        r"\b(на|na)\s+(" + "|".join(sorted(_RU_STEMS, key=len, reverse=True)) + r")\w*\s+"
        r"(?:земле|территории|почве|zemle|territorii|pochve)\b",
        re.IGNORECASE,
    )
)


def _en(found: re.Match[str]) -> str:
    word = found.group(1).lower()
    stem = next((s for s in _STATES if word.startswith(s)), None)  # "kazakhstani" is "kazakh"
    return f"in {_STATES[stem][0]}" if stem is not None else found.group(0)


def _ru(found: re.Match[str]) -> str:
    state = _STATES[_RU_STEMS[found.group(2).lower()]]
    return f"в {state[1]}" if found.group(1).lower() == "на" else f"v {state[2]}"


def written_out(text: str) -> str:
    """The text with "on <adjective> soil" written as the state's name."""
    return _RU.sub(_ru, _EN.sub(_en, text))
