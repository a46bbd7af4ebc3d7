"""Russian yes/no questions typed as on a phone: no question mark, no comma before "что".

"Turkmeniya uchastvovala vo vstreche glav specsluzhb v moskve", "россия была на 18м совещании",
"шос получила статус наблюдателя при снг": a message of one sentence with no question word and no
closing punctuation, whose verb is one of the relations the bot checks (was, took part, was held,
spoke, said, received, adopted, signed, discussed, is part of), states a claim for the bot to
confirm or correct — nobody tells a reference bot a fact unasked. ``asks_unmarked`` says so; the
callers (``question_form.tone_question`` and its Latin twin) still require no question word. A request
("расскажи …", "список тем …", "инфа по …") has no such verb and keeps its usual answer; a reply
to "did you mean" ("да, он был там") is left to the follow-up it is.

``said_that`` is the clause after a verb of saying with its comma left out ("Клемез говорил что
миграция это угроза …"): a claim asked about, not "what" asked ("говорил что про миграцию" asks
what, so a short rest or "про"/"о" right after it is no claim).
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answers.cues import cued

# Finite forms of the verbs a yes/no answerer checks, in Cyrillic and in Latin letters.
_CLAIM_VERB = cued(re.compile(
    r"(?<!\w)(?:был[аои]?|участвова(?:л|ла|ли|ло)|принима(?:л|ла|ли|ло)\s+участие|прош(?:[её]л|ла|ло|ли)"
    r"|проходил[аои]?|проводил[аои]?|провел[аои]?|провёл|состоял(?:ся|ась|ось|ись)|выступал[аи]?|выступил[аи]?"
    r"|говорил[аи]?|сказал[аи]?|упоминал[аи]?|упомянул[аи]?|получил[аи]?|принял[аи]?|подписал[аи]?"
    r"|утвердил[аи]?|одобрил[аи]?|обсуждал[аи]?|обсудил[аи]?|присутствовал[аи]?|входит|входят|входил[аи]?"
    r"|является|являются|являлся|являлась|поздравлял[аи]?|поздравил[аи]?|заявлял[аи]?|заявил[аи]?|разошлют"
    r"|направят|распространят|будет|будут|budet|budut"
    r"|byl[aoi]?|uchastvoval[aio]?|prinimal[aio]?\s+uchastie|proshl[aoi]|proshel|prohodil[aoi]?|provodil[aoi]?"
    r"|sostoyal(?:sya|as'?|os'?|is'?)|vystupal[ai]?|vystupil[ai]?|govoril[ai]?|skazal[ai]?|upominal[ai]?"
    r"|poluchil[ai]?|prinyal[ai]?|prinjal[ai]?|podpisal[ai]?|utverdil[ai]?|obsuzhdal[ai]?|obsudil[ai]?"
    r"|prisutstvoval[ai]?|vhodit|vkhodit|yavlyaetsya|javljaetsja|pozdravlyal[ai]?)(?!\w)",
    re.I,
))
# Words a request or a reply starts with: no claim to confirm.
_NOT_A_CLAIM = re.compile(
    r"^\W*(?:да|нет|ага|не|yes|no|da|net|aga|расскажи\w*|покажи\w*|дай\w*|перечисл\w*|назови\w*|скажи\w*"
    r"|объясни\w*|напиши\w*|список|инфа|rasskazh\w*|pokazh\w*|daj|dai|perechisl\w*|nazovi\w*|skazhi\w*|spisok|infa)\b",
    re.I,
)
_SENTENCE_END = re.compile(r"[.!?…]\s+\S")


@lru_cache(maxsize=256)
def asks_unmarked(text: str) -> bool:
    """A one-sentence claim with no closing punctuation that a yes/no answerer can check."""
    stripped = text.strip()
    if not stripped or not (stripped[-1].isalnum() or stripped[-1] in "\"»)”'"):
        return False
    if _SENTENCE_END.search(stripped) or _NOT_A_CLAIM.match(stripped):
        return False
    # The verb must have something after it that it asserts ("… прошло в Москве"); a fragment
    # ending in it ("совещание совета секретарей прошло") asks about the meeting, as before.
    verb = _CLAIM_VERB.search(stripped)
    return verb is not None and re.search(r"\w", stripped[verb.end() :]) is not None


# a verb in the past or a short participle ("учения планировались на декабрь?", "запланированы на
# сентябрь?"): a claim about the ones named, no list
PAST_VERB = re.compile(
    r"\b\w{2,}(?:ли|лис|лись|лос|лось|лас|лась|лся|li|lis|los|las|lsya)\b"
    r"|\b\w{3,}(?:ованы|ована|овано|ены|ена|ено|аны|яты|ята|иты|ovany|ovana|eny|eno|yaty)\b"
)


def claim_verb(text: str) -> re.Match[str] | None:
    """The first verb of a relation the yes/no answerer checks ("был", "прошло", "утвердили"), if any."""
    return _CLAIM_VERB.search(text)


# "говорил что <claim of three words or more>": the comma before "что" left out.
_SAID_THAT = re.compile(
    r"(?<!\w)(?:счита\w*|говор\w*|сказа\w*|заяв\w*|отмет\w*|отмеча\w*|подчеркн\w*|подчеркива\w*|полага\w*"
    r"|утвержда\w*|сообщ\w*|дума\w*|уверен\w*|признал\w*|признава\w*|указ\w*|замети\w*|предупред\w*)\s+что"
    r"(?=\s+(?!про\b|о\b|об\b|обо\b|насч)\w+\s+\w+\s+\w+)",
    re.I,
)
_SAID_THAT_LATIN = re.compile(
    r"(?<!\w)(?:schita|govor|skaza|zayav|zajav|otmet|otmecha|podcherk|soobsh|ukaza|napisa|dumae)\w*\s+chto"
    r"(?=\s+(?!pro\b|o\b|ob\b|nasch)\w+\s+\w+\s+\w+)",
    re.I,
)


def without_said_that(text: str) -> str:
    """The text with "<verb of saying> что <claim>" left without its "что", which asks nothing."""
    if "что" not in text.lower() and "chto" not in text.lower():
        return text
    return _SAID_THAT_LATIN.sub(" ", _SAID_THAT.sub(" ", text))
