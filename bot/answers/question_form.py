"""How a question is worded: whether it asks for yes or no (:func:`is_yes_no`, a statement asked by
its tone: :func:`tone_question`), whether it asks an opinion, and the years, days, months,
numbers and meeting ordinals it names.

Plain readings of the text, no knowledge base: every yes/no answerer and several others ask them.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz.distance import Levenshtein

from bot.answers import evaluated, unmarked
from bot.answers.cues import cued, literal_cue
from bot.search.text import has_cyrillic, ordinal_stem, prepare, roman_to_int, surface_number, without_soft_signs

if TYPE_CHECKING:
    from bot.answers.engine import Parsed

_YES_NO_EN = re.compile(
    r"^\W*(?:did|was|were|is|are|does|do|has|have|had|can|could|will|would|should|isn't|wasn't|didn't|doesn't)\b",
    re.I,
)
# Russian "ли" after the first word or two, in Cyrillic or typed in Latin letters; "правда ли".
_YES_NO_RU = re.compile(r"^\W*(?:\w+[\s,]+){1,3}?ли\b|^\W*(?:правда|верно)\b", re.I)
_YES_NO_TRANSLIT = cued(re.compile(r"^\W*(?:\w+\s+){1,2}li\b|^\W*(?:pravda|verno)\s*,?\s+(?:chto|shto)\b", re.I))
# "CSTO @ XVIII?? y/n", "ОДКБ на XVIII? да или нет": a terse claim closed by the choice of answers
# asks for yes or no whatever its first word.
_YES_NO_MARK = cued(re.compile(
    r"(?:^|[\s?,.(\[-])(?:y\s*/\s*n|yes\s*(?:/|or)\s*no|да\s*(?:/|или)\s*нет|da\s*(?:/|ili)\s*net)\W*$", re.I
))
# A statement followed by a tag asks for yes or no too ("..., right?", "..., didn't it?", "..., так?").
_TAG_QUESTION = cued(re.compile(
    r"[,\s]\s*(?:right|correct|true|yes|no|is(?:n't)? (?:that|it) (?:so|right|correct|true)|(?:is|was|were|are|did|does|do|has|have)"
    r"(?:n't| not)? (?:it|they|he|she|there|that)|так|верно|правильно|правда|да|не так ли|ведь так|не правда ли"
    r"|tak|verno|pravilno|pravda|ne tak li)\W*$",
    re.I,
))
# "а про ПДД на совете что-то было?", "a pro X … chto-to bylo?": whether anything was said of a topic,
# a yes or no despite the question word "что" and the "про" of a bare follow-up.
_ANYTHING_SAID = re.compile(r"(?:что|chto)[- ]?(?:то|нибудь|to|nibud)\s+(?:было|bylo|звучал\w*|zvuchal\w*)\W*$", re.I)
# A meeting's ordinal: "12th", "13-е", "XVIII", "thirteenth", "тринадцатое", followed within two
# words by a meeting word ("XVIII counter-terrorism meeting", "13-е заседание").
_MEETING_WORD = re.compile(
    r"^(?:meeting|summit|conference|заседани\w*|совещани\w*|встреч\w*|саммит\w*|конференци\w*"
    r"|zasedani\w*|soveshchani\w*|vstrech\w*)$",
    re.I,
)
# Russian endings typed in Latin letters count too ("15-e", "15-go", "15-oe zasedanie").
_ORDINAL_DIGITS = re.compile(
    r"^(\d{1,3})(?:st|nd|rd|th|-?(?:[ея]|й|го|м|ое|ая|ий|ом|ему|ой)|-?(?:e|ye|ya|y|go|ogo|m|oe|aya|iy|ij|om|omu|oy))$", re.I
)
# Meeting words a typo away still number a meeting ("the 11th meting"): the plain forms compared
# by edit distance, only for words long enough that one edit cannot turn them into another word.
_MEETING_FORMS = (
    "meeting", "заседание", "заседании", "заседания", "совещание", "совещании", "совещания", "zasedanie",
    "zasedaniya", "soveshchanie", "soveshchaniya",
)
_ONE_MEETING = re.compile(r"^(?:заседани[еи]|совещани[еи]|zasedani[ei]i?|soveshchani[ei]i?)$", re.I)
ROMAN = re.compile(r"^[XVIL]{2,}$")
WORD = re.compile(r"[\w'-]+")


@lru_cache(maxsize=16)  # asked several times of the same question by the answerers and confirm
def is_yes_no(text: str) -> bool:
    """Whether a question asks for yes or no: an English auxiliary first, or the Russian "ли"."""
    # "Погода — это тоже безопасность? Правда ли, что …?": the last sentence is the question asked.
    last = LAST_SENTENCE.split(text.strip())[-1]
    # "ok so uzbekistan — was it at …": the question after a lead-in or a topic set off by a dash.
    # A reply to "did you mean" first ("yes, him - did he …") is left to the follow-up it is.
    # "How many bodies in total - sectoral plus specialised - does the review list?": a count or a
    # "which" asked first keeps its dashes as an aside, no topic set off before a yes/no.
    lead_off = (
        last
        if _REPLY_FIRST.match(last) or _HOW_MANY_OR_WHICH.match(last)
        else _LEAD_IN.sub("", _TOPIC_DASH.split(_COLON_LEAD.split(last)[-1])[-1])
    )
    if _YES_NO_MARK.search(last) and ("/" in last or "или" in last or " or " in last or "ili" in last):
        return True
    return _ANYTHING_SAID.search(last) is not None or any(
        _YES_NO_EN.search(part)
        or _YES_NO_RU.search(part)
        or _YES_NO_TRANSLIT.search(part)
        # "the interior ministers meeting — which states were there?": a question word after the topic
        # makes its "were there?" no tag of the whole
        or (part.rstrip().endswith("?") and _is_tag(part) and (part == lead_off or not WH_START.match(lead_off)))
        for part in dict.fromkeys((text, last, lead_off))
    )


def _is_tag(part: str) -> bool:
    """A tag closes a statement ("..., right?"); after a question word, with no comma before them,
    an auxiliary and a pronoun end the question itself ("how many bodies are there?", "what is it?")."""
    tag = _TAG_QUESTION.search(part)
    return tag is not None and (tag.group(0)[0] == "," or not _AUX_TAG.match(tag.group(0)) or not WH_START.match(part))


_AUX_TAG = re.compile(r"\s*(?:is|was|were|are|did|does|do|has|have)\b", re.I)


_LEAD_IN = re.compile(
    r"^\W*(?:(?:ok(?:ay)?|so|and|well|hmm+|also|anyway|quick question|ну|так|ладно|хорошо|слушай)\b[\s,:]*"
    # "I was wondering, is …", "just curious - did …": a chatty opening, then the question
    r"|(?:i\s+(?:was\s+|am\s+|'m\s+)?wonder(?:ing)?|just\s+curious|i'?d\s+like\s+to\s+know)\b(?:\s+if)?[\s,:]*"
    # "According to the Executive Committee, do …?", "По словам Исполкома, …": whose claim, then the question
    r"|(?:according\s+to|по\s+(?:словам|данным|мнению|версии)|po\s+(?:slovam|dannym|mneniyu))\s+[^,?]{2,60},\s*)+",
    re.I,
)
_TOPIC_DASH = re.compile(r"\s+[—–-]+\s+")
# "Quick question for a briefing I'm writing: is …": what a colon opens is the question asked.
_COLON_LEAD = re.compile(r":\s+")
_REPLY_FIRST = re.compile(r"^\W*(?:yes|yeah|yep|no|nope|да|нет|ага)\b", re.I)


# A question word first ("where was that?" ends like a tag question but asks where).
_HOW_MANY_OR_WHICH = re.compile(
    r"^\W*(?:how many|how much|which|сколько|какие|какой|какая|каких|skol'?ko|kakie|kakoy|kakaya)\b", re.I
)
WH_START = re.compile(
    r"^\W*(?:(?:and|but|а|и|но)\s+)?(?:who|whom|whose|what|which|where|when|why|how|кто|кого|кому|что|где|когда|куда"
    r"|откуда|почему|зачем|как|какой|какая|какое|какие|каких|сколько|чей|чья|kto|chto|gde|kogda|pochemu|kak|skolko)\b",
    re.I,
)
LAST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=\S)")


RELATIVE_YEARS: list[tuple[re.Pattern[str], int]] = [
    (
        re.compile(
            r"\b(?:this|current) year\b|\bв (?:этом|текущем|нынешнем) году\b|\bv (?:etom|tekushchem) godu\b", re.I
        ),
        0,
    ),
    (re.compile(r"\b(?:last|previous) year\b|\bв прошлом году\b|\bv proshlom godu\b", re.I), -1),
    (re.compile(r"\bnext year\b|\bв следующем году\b|\bv sleduyushchem godu\b", re.I), 1),
]


def asked_years(parsed: Parsed, today: date) -> list[int]:
    """The years a question names, "this year" and "last year" counted from ``today``."""
    years = list(parsed.intent.years)
    for pattern, offset in RELATIVE_YEARS:
        if pattern.search(parsed.text):
            years.append(today.year + offset)
    return years

# A question word: a question without one that ends in "?" asks for yes or no ("Было 13 августа?");
# "каком-нибудь", "что-то" are no question words.
_WH_WORD = re.compile(
    r"\b(?:who|whom|whose|what|which|where|when|why|how)\b"
    r"|(?<!\w)(?:кто|кого|кому|кем|ком|что|чего|чем|чём|чему|где|когда|куда|откуда|почему|зачем|как|как\w+|сколько|насколько|чей|чья|чьи|чь[её]|чьего|чьей|чьих|чьим|котор(?:ого|ое)\s+числа?)(?!\w|-(?:нибудь?|либо|то)\b)",  # "что-нибуд": "chto-nibud" transliterated; "которого числа" asks the day
    re.I,
)
_DAY_MONTH = re.compile(r"#(\d{1,2})(?:\s+of)?\s+([a-zа-я]+)")
_MONTH_DAY = re.compile(r"\b([a-zа-я]+)\s+#(\d{1,2})\b(?!\d)")
_MONTH_STEMS = (
    ("jan", "январ", "yanvar"),
    ("feb", "феврал", "fevral"),
    ("mar", "март", "mart"),
    ("apr", "апрел", "aprel"),
    ("may", "ма", "ma"),
    ("jun", "июн", "iyun"),
    ("jul", "июл", "iyul"),
    ("aug", "август", "avgust"),
    ("sep", "сентябр", "sentyabr"),
    ("oct", "октябр", "oktyabr"),
    ("nov", "ноябр", "noyabr"),
    ("dec", "декабр", "dekabr"),
)
_MAY = re.compile(r"^(?:may|ма[йяе]|maya?)$")


def asks_by_tone(parsed: Parsed) -> bool:
    """Whether a Russian question asks for yes or no by its tone alone, in Cyrillic or Latin letters."""
    return tone_question(parsed.text) or latin_tone_question(parsed)


def tone_question(text: str) -> bool:
    """A Russian question asking for yes or no by its tone: no question word, a question mark."""
    # A question word typed in Latin letters counts too: a follow-up completed with a Cyrillic name
    # ("gde bylo 13-е заседание ...?") asks where, not whether.
    return (
        (text.rstrip().endswith("?") or unmarked.asks_unmarked(text))
        and has_cyrillic(text)
        # "Клемез считает, что эффективность растёт?": "что" after a comma joins the claim, asks nothing.
        and _WH_WORD.search(unmarked.without_said_that(evaluated.without_as_evaluation(_THAT_CLAUSE.sub(" ", text)))) is None
        and _LATIN_WH.search(text) is None
        and _ABOUT_TOPIC.match(text) is None
        and text.rstrip(" ?!.").rpartition(" ")[2].lower() not in _ASKED_LAST
        and not _asked_first(text)
    )


def _asked_first(text: str) -> bool:
    """ "количество государств на XVIII совещании?", "дата 13-го заседания?": a fragment opening with
    the value it asks for and no verb claiming anything (as "число участников выросло?" has)."""
    first = text.lstrip(" -—–\"«").partition(" ")[0].lower()
    # ("Программы утверждались на 13-м заседании?": a verb in the past claims something of them)
    return first in _ASKED_FIRST and unmarked.claim_verb(text) is None and unmarked.PAST_VERB.search(text.lower()) is None


# ... after a verb of saying or thinking; "Помимо X, что обсуждали?" asks what.
_THAT_CLAUSE = cued(re.compile(
    r"(?<!\w)(?:счита\w*|говор\w*|сказа\w*|заяв\w*|отмет\w*|отмеча\w*|подчеркн\w*|подчеркива\w*|полага\w*"
    r"|утвержда\w*|сообщ\w*|дума\w*|уверен\w*|признал\w*|признава\w*|указ\w*|замети\w*|предупред\w*|ли)\s*,\s*что(?!\w)"
    # "Исполком писал что …": the comma is often left out after a verb of writing or saying
    # ("говорил что про миграцию?" asks what he said about it: "что" before "про" is the question word)
    r"|(?<!\w)(?:писал\w*|пишет|написа\w*|говорил\w*|сказал\w*|заявил\w*|сообщил\w*)\s+что(?=\s+(?!(?:про|о|об|обо|насч[её]т)\b)\w)",
    re.I,
))


# "13-е заседание — дата?", "XVIII совещание — город?": a fragment that ends with what it asks for
# names a value, not a claim to confirm.
_ASKED_LAST = frozenset(
    {
        "дата", "даты", "число", "город", "место", "страна", "срок", "сроки", "год", "должность", "повестка",
        "итоги", "участники", "председатель", "руководитель", "глава", "источник", "месяц",
        "data", "gorod", "mesto", "strana", "srok", "god", "dolzhnost", "povestka", "itogi", "uchastniki",
    }
)


_ASKED_FIRST = frozenset(
    {
        "количество", "кол-во", "число", "список", "перечень", "дата", "даты", "место", "срок", "сроки", "состав",
        "kolichestvo", "kol-vo", "chislo", "spisok", "perechen", "data", "mesto", "srok", "sostav",
        # "заседания СМВД?", "участники XVIII совещания?": the entries asked for, listed
        "заседания", "встречи", "совещания", "участники", "программы", "документы", "решения", "итоги",
        "zasedaniya", "vstrechi", "soveshchaniya", "uchastniki", "programmy", "dokumenty", "resheniya", "itogi",
    }
)  # fmt: skip


# "а про границы?", "а насчёт ШОС?": the previous question about another topic, not a yes or no.
_ABOUT_TOPIC = re.compile(r"^\W*(?:(?:а|и|ну)\s+)?(?:про|об?|обо|насч[её]т|как насч[её]т|что насч[её]т)\s", re.I)


def month_of(word: str) -> int | None:
    if _MAY.match(word):
        return 5
    for number, stems in enumerate(_MONTH_STEMS, start=1):
        if number != 5 and any(word.startswith(stem) for stem in stems):
            return number
    return None


def asked_day(text: str) -> tuple[int, int] | None:
    """The day and month a question names ("13 августа", "August 13", "13th of August")."""
    prepared = prepare(text)
    found = [(m.group(1), m.group(2)) for m in _DAY_MONTH.finditer(prepared)]
    found += [(m.group(2), m.group(1)) for m in _MONTH_DAY.finditer(prepared)]
    for day, word in found:
        month = month_of(word)
        if month and 1 <= int(day) <= 31:
            return int(day), month
    return None

# "more than 10", "больше десяти", "at least 3": the number is a bound, not the count.
_MORE_THAN = re.compile(r"(?:more|greater|over|above|больше|более|свыше|mor|bolshe|bolee)(?:\s+than|\s+чем)?\s*$", re.I)
_ONE_OF = re.compile(
    r"\b(?:of|among|amongst|from|из|числ[оеу]|числа|среди|iz|chislo|chisle|sredi)\s+(?:the\s+|these\s+|those\s+|всех\s+)?$",
    re.I,
)
_FEWER_THAN = re.compile(r"(?:fewer|less|under|below|меньше|менее|menshe|menee)(?:\s+than|\s+чем)?\s*$", re.I)


# Numerals in the oblique cases a bound takes ("больше трёх", "меньше пяти"), which the search's
# number words (nominative) do not hold.
_OBLIQUE_NUMBERS = {
    "двух": 2,
    "трёх": 3,
    "трех": 3,
    "четырёх": 4,
    "четырех": 4,
    "пяти": 5,
    "шести": 6,
    "семи": 7,
    "восьми": 8,
    "девяти": 9,
    "десяти": 10,
    "пятнадцати": 15,
    "двадцати": 20,
    "тридцати": 30,
}


def number_of(word: str) -> int:
    """The number a word writes, in digits or words; 0 when none (a Roman ordinal is none)."""
    if word.isdigit():
        return int(word)
    tens, dash, one = word.partition("-")
    if dash and not tens.isdigit() and number_of(tens) in _TENS and 0 < number_of(one) < 10 and not one.isdigit():
        return number_of(tens) + number_of(one)  # "twenty-five"
    if word in _OBLIQUE_NUMBERS:
        return _OBLIQUE_NUMBERS[word]
    token = surface_number(word)
    return int(token[1:]) if token and not ROMAN.match(word.upper()) else 0


_TENS = {20, 30, 40, 50, 60, 70, 80, 90}


def asserted_numbers(text: str) -> list[tuple[int, str, list[str]]]:
    """Numbers a question asserts, each with its comparison ("=", ">", "<") and the words after it;
    years, days of a month and ordinals ("13-е заседание") are no counts."""
    found: list[tuple[int, str, list[str]]] = []
    lowered = text.lower()
    words = list(WORD.finditer(lowered))
    units = -1  # the position of a units word already read with its tens ("двадцать пять")
    for position, match in enumerate(words):
        word = match.group()
        if position == units:
            continue
        number = number_of(word)
        after = words[position + 1] if position + 1 < len(words) else None
        one = number_of(after.group()) if after is not None and not after.group().isdigit() else 0
        if number in _TENS and 0 < one < 10 and re.fullmatch(r"[\s-]", lowered[match.end() : after.start()] if after else ""):
            # "двадцать пять", "twenty-five": one number, never 20 and then 5
            number, units = number + one, position + 1
            following = [w.group() for w in words[position + 2 : position + 5]]
        else:
            following = [w.group() for w in words[position + 1 : position + 4]]
            spelt = "-" in word and number > 20 and not word[0].isdigit()  # "twenty-five"
            if ("-" in word and not spelt) or (match.end() < len(lowered) and lowered[match.end()] in "-–"):
                continue  # "13-е", "2026–2028": an ordinal or a period
        if not number or number >= 1900 or (following and month_of(following[0]) is not None):
            continue
        before = lowered[: match.start()]
        if _ONE_OF.search(before):
            continue  # "one of the 16 sectoral bodies": a membership asked, the figure only names the set
        comparison = ">" if _MORE_THAN.search(before) else "<" if _FEWER_THAN.search(before) else "="
        found.append((number, comparison, following))
    return found


def meeting_ordinals(text: str) -> list[int]:
    """Ordinals that number a meeting in the question ("12th meeting", "XVIII совещание")."""
    words = WORD.findall(text)
    found = []
    for position, word in enumerate(words):
        number = None
        digits = _ORDINAL_DIGITS.match(word)
        if digits:
            number = int(digits.group(1))
        elif ROMAN.match(word.upper()) and word.lower() != "li":
            # typed in lower case too ("xix совещание"); "li" is the Russian particle ("proshlo li zasedanie")
            number = roman_to_int(word)
        elif len(word) > 4 and not word[0].isdigit():
            number = ordinal_stem(word.lower())
        elif word.isdigit() and len(word) <= 3 and position + 1 < len(words) and _ONE_MEETING.match(words[position + 1]):
            # "на 14 заседании": bare digits before one meeting (singular) number it; "14 заседаний" counts.
            number = int(word)
        if number and position + 1 < len(words) and _SESSION_WORD.match(words[position + 1]):
            continue  # "третья сессия июньского совещания": the ordinal numbers the session, not the meeting
        if number and any(_is_meeting_word(w) for w in words[position + 1 : position + 4]):
            found.append(number)
    return found


# A part of a meeting an ordinal can number ("the third session of the June meeting").
_SESSION_WORD = re.compile(r"(?i)(?:sessions?|сесси\w*|sessi\w*|секци\w*|sekci\w*|sektsi\w*|day|день|дня|point|пункт\w*|item)$")


def _is_meeting_word(word: str) -> bool:
    if _MEETING_WORD.match(word):
        return True
    lowered = word.lower()
    return len(lowered) >= 6 and any(
        abs(len(form) - len(lowered)) <= 1 and Levenshtein.distance(lowered, form, score_cutoff=1) <= 1
        for form in _MEETING_FORMS
    )
# The bot's own opinion or a forecast: the sources record what happened and what was said or planned.
_OPINION = re.compile(
    r"\b(?:what do you think|do you (?:think|like|believe)|your (?:opinion|view|assessment)"
    r"|how do you (?:rate|assess|evaluate|see|feel)|who will win|will (?:\w+ ){1,4}(?:win|collapse|fall apart|break up))\b"
    r"|\bкак (?:ты|вы) (?:оценива|относи|счита|думае)\w*|\bчто (?:ты|вы) (?:думае|скаже)\w*|\b(?:тво[её]|ваше) мнение\b"
    r"|\b(?:думаешь|думаете|считаешь|считаете|оцениваешь|оцениваете|относишься|относитесь)\b|\bкто (?:победит|выиграет)\b|\b(?:развалится|распад[её]тся)\b"
    r"|\bkak (?:ty|vy) (?:o(?:c|ts)enivae|otnosi|schita|dumae)\w*|\bchto (?:ty|vy) dumae\w*|\btvo[eyё] mnenie\b"
    r"|\bkto (?:pobedit|vyigraet)\b|\b(?:dumaesh|schitaesh|o(?:c|ts)enivaesh)\b"
    # A judgement asked of a thing: "is Dushanbe a nice city", "which is better", "кто лучше".
    r"|\b(?:is|are) (?:\w+ ){1,3}?(?:a |an )?(?:nice|good|bad|beautiful|pleasant|worth visiting)\b(?! practices?)"
    r"|\b(?:which|who|what) is (?:better|worse|the best|stronger)\b|\b(?:кто|что|какая|какой|какое) (?:лучше|хуже|сильнее)\b"
    r"|\bхорош\w* ли\b|\bkto luchshe\b"
    # Words not yet said: what someone will say is no record (what is planned to be adopted is).
    r"|\bwhat will (?:\w+ ){1,3}(?:say|tell|announce)\b|\bчто (?:\w+ ){0,2}(?:скажет|заявит)\b"
    r"|\bchto (?:\w+ ){0,2}(?:skazhet|zayavit)\b",
    re.I,
)
_OPINION_CUE = literal_cue([_OPINION])  # a look-up of its words before the search


def asks_opinion(text: str) -> bool:
    """Whether the question asks the bot's own opinion or a forecast: declined, never answered with a card."""
    return _OPINION_CUE(text) and _OPINION.search(text) is not None


MONTH_NAMES = cued(re.compile(
    r"\b(?:(january|jan|yanvar[a-z]*)|(february|feb|fevral[a-z]*)|(march|mart[aeu]?)|(april|apr|aprel[a-z]*)|(May)"
    r"|(june|iyun[a-z]*)|(july|iyul[a-z]*)|(august|aug|avgust[a-z]*)|(september|sept?|sentyabr[a-z]*)"
    r"|(october|oct|oktyabr[a-z]*)|(november|nov|noyabr[a-z]*)|(december|dec|dekabr[a-z]*))\b"
    r"|(?<!\w)(?:(январ\w*)|(феврал\w*)|(март\w*)|(апрел\w*)|(ма[йяю])|(июн\w*)|(июл\w*)|(август\w*)|(сентябр\w*)"
    r"|(октябр\w*)|(ноябр\w*)|(декабр\w*))(?!\w)",
    re.I,
))


def months_named(text: str) -> set[int]:
    """The months a text names (English capitalised "May" only: "may" is a verb)."""
    return set(_months_named(text))


@lru_cache(maxsize=8192)
def _months_named(text: str) -> frozenset[int]:
    # The same statements are checked for every question that lands on them.
    found = set()
    for match in MONTH_NAMES.finditer(text):
        group = next(i for i, value in enumerate(match.groups()) if value)
        if group == 4 and match.group(0) != "May":
            continue
        found.add(group % 12 + 1)
    return frozenset(found)


def latin_tone_question(parsed: Parsed) -> bool:
    """Russian typed in Latin letters, asking by its tone ("kazakhstan byl na vstreche ...?")."""
    text = without_soft_signs(parsed.text)  # "skol'ko" is a question word
    return (
        parsed.lang == "ru"
        and not has_cyrillic(text)
        and (text.rstrip().endswith("?") or unmarked.asks_unmarked(text))
        and _WH_WORD.search(text) is None
        and _LATIN_WH.search(unmarked.without_said_that(evaluated.without_as_evaluation(_LATIN_THAT_CLAUSE.sub(" ", text)))) is None
        and text.rstrip(" ?!.").rpartition(" ")[2].lower() not in _ASKED_LAST
        and not _asked_first(text)
    )


# "v otchete govoritsya, chto ...?": "chto" after a verb of saying joins the claim (as _THAT_CLAUSE).
_LATIN_THAT_CLAUSE = re.compile(
    r"(?<!\w)(?:schita|govor|skaza|zayav|zajav|otmet|otmecha|podcherk|soobsh|ukaza|napisa|dumae)\w*\s*,\s*chto(?!\w)"
    # "ispolkom pisal chto …": Latin typists leave the comma out
    r"|(?<!\w)(?:pisal|pishet|napisa|govoril|skazal|zayavil|soobshil|soobshchil)\w*\s+chto(?=\s+\w)",
    re.I,
)


_LATIN_WH = re.compile(
    r"\b(?:kto|kogo|komu|kem|chto|chego|chem|gde|kogda|kuda|otkuda|pochemu|zachem|kak\w*|skol'?ko|skoka|chei|chey|chya|chyo"
    # "EAG dokladyvala chto-nibud …?": an indefinite pronoun asks nothing (as "что-нибудь" in _WH_WORD)
    r"|chyi)\b(?!-(?:nibud|nibut|libo|to)\b)",
    re.I,
)
