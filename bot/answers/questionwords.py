"""Question words typed fast: "wen", "hw many", "skolko", "скока", "каво". A misspelt question word
is read as the word it stands for before the question's kind is detected.

The lexicon is data: each correct form with the misspellings and colloquial forms that are not
words of their own. A word within one edit of a question word is corrected too, unless it is a
word in its own right (a stop word such as "were", or a word of the knowledge base).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot.answers.cues import literal_cue
from bot.search.words import STOP_EN, STOP_RU, STOP_TRANSLIT

# Correct form -> spoken or misspelt forms that are not words of their own.
QUESTION_WORDS: dict[str, tuple[str, ...]] = {
    "when": ("wen", "whn", "wehn", "whe"),
    "where": ("wher", "wehre", "whre", "were's"),
    "which": ("wich", "whihc", "whcih", "whic"),
    "what": ("wat", "waht", "wht", "whta"),
    "who": ("hwo", "whoo"),
    "how": ("hw", "hoe", "hou"),
    "many": ("meny", "mny", "manny"),
    "сколько": ("скока", "скоко", "скольк", "сколко", "скольо", "скольео", "скок", "скоко-то"),
    "когда": ("кагда", "када", "кода", "когад", "кгда"),
    "где": ("гдэ", "гд"),
    "кто": ("хто", "кт"),
    "кого": ("каво", "кого-то"),
    "что": ("што", "шо", "чё", "чо", "чтоо"),
    "какой": ("какои", "кокой", "какоц"),
    "какие": ("какии", "кокие", "какте"),
    # the other forms, so that a slip in one ("ккаих", "какуб") is read as it and no form is taken
    # for a slip of another
    "какая": (), "какое": (), "каких": (), "каком": (), "какую": (), "каким": (), "какими": (),
    # "что такое", "кто такой": the second word carries the kind of question as much as the first
    "такое": (), "такой": (), "такая": (), "такие": (),
    # verbs of saying spelt as spoken ("што там клемез гаварил"), "discus" for "discuss"
    "говорил": ("гаварил", "гаворил", "говарил"),
    "говорила": ("гаварила", "гаворила", "говарила"),
    "говорили": ("гаварили", "гаворили", "говарили"),
    "discuss": ("discus", "dicuss", "discsus", "disscuss"),
    "skolko": ("skoka", "skoko", "skolka", "skolco", "skok"),
    "kogda": ("kagda", "kada", "kogad"),
}
_FIXED = {wrong: right for right, wrongs in QUESTION_WORDS.items() for wrong in wrongs}
# A slip that stands for two question words: the next word says which ("hwo many" is "how many",
# "hwo spoke" is "who spoke"). Slip -> (the usual word, the other, the words after which it is the other).
_EITHER: dict[str, tuple[str, str, frozenset[str]]] = {
    "hwo": ("who", "how", frozenset({"many", "much", "long", "often", "far", "old", "meny", "mny", "manny"})),
}
# Words the kind of a question is read from ("which countries", "who attended", "the welcoming
# speech"): one slip in one of these ("atended", "welcomming", "speach", "delegatons") is read as the
# word, since no search repairs the kind asked. Long words only, none one slip from another real
# word of a different sense ("states" is one from "stated", "meetings" from "meeting").
CUE_WORDS = (
    "countries", "organisations", "organizations", "delegations", "attended", "participated",
    "participants", "represented", "speech", "welcoming", "congratulatory", "discussed", "agenda",
    "meetings",
    # the Russian ones ("расшшифровывается", "участвовали", "председатльствовал")
    "расшифровывается", "расшифруйте", "аббревиатура", "означает", "участвовали", "председательствовал",
    "обсуждались", "делегации",
)
_MIN_CUE_FUZZY = 6
# "countrys", "secretarys", "bodys": a plural typed as the singular with an "s".
_PLURAL_SLIP = re.compile(r"(?<=[^\W\daeiouy])ys$")
# Real words one edit from a question word that the knowledge base's texts may not hold: "тогда"
# ("кто тогда председательствовал …?" asked who, not when).
_OWN_WORDS = frozenset({"тогда", "togda"})
# Words one edit away from a question word are corrected when at least this long.
_MIN_FUZZY = 4
_WORD = re.compile(r"[^\W\d_]+(?:'s)?", re.UNICODE)


@lru_cache(maxsize=20_000)
def _nearest(word: str) -> str | None:
    if len(word) < _MIN_FUZZY:
        return None
    for right in QUESTION_WORDS:
        # two letters swapped ("mnay", "kgoda") are one slip of the fingers, as one wrong letter is
        if abs(len(right) - len(word)) <= 1 and OSA.distance(word, right, score_cutoff=1) <= 1:
            return right
    return _cue_slip(word)


@lru_cache(maxsize=20_000)
def _cue_slip(word: str) -> str | None:
    if len(word) < _MIN_CUE_FUZZY or word in CUE_WORDS:
        return None
    for right in CUE_WORDS:
        if right.startswith(word) or word.startswith(right):
            continue  # another form of the word ("organisation", "participant"), no slip
        if abs(len(right) - len(word)) <= 1 and OSA.distance(word, right, score_cutoff=1) <= 1:
            return right
    return None


def fix_question_words(text: str, is_word: Callable[[str], bool]) -> str:
    """``text`` with misspelt question words read as meant (other words keep their case).
    ``is_word`` says whether a lower-case word stands for itself (a stop word, a word of the
    knowledge base)."""

    def replace(match: re.Match[str]) -> str:
        written = match.group(0)
        word = written.lower()
        if word in QUESTION_WORDS:
            return written
        either = _EITHER.get(word)
        if either is not None:
            usual, other, cues = either
            following = text[match.end() :].split(None, 1)
            return other if following and following[0].lower().strip("?!.,;:") in cues else usual
        fixed = _FIXED.get(word)
        if fixed is not None:
            return fixed
        if word[-2:] == "ys" and _PLURAL_SLIP.search(word):
            return f"{written[:-2]}ies"
        cue = _cue_slip(word)
        if cue is not None:
            return cue
        if len(word) < _MIN_FUZZY:
            if match.start() == _first_word_at(text) and not is_word(word):
                return _key_slip(word) or written
            return written
        if is_word(word) or word in _OWN_WORDS:
            return written
        return _nearest(word) or written

    return _WORD.sub(replace, text)


# Three-letter question words: one of their letters hit on a neighbouring key ("hiw", "wgo", "кьо",
# "гж"). Short words are one edit from many others, so only a neighbouring key counts, and only
# in the first word of the question, where a question word stands.
_SHORT_QUESTION_WORDS = ("who", "how", "why", "кто", "где", "что", "kto", "gde")
_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")
_NEIGHBOUR_KEYS = {
    letter: row[max(0, at - 1) : at] + row[at + 1 : at + 2] for row in _KEY_ROWS for at, letter in enumerate(row)
}
_LEADING = re.compile(r"[^\w]*")


def _first_word_at(text: str) -> int:
    found = _LEADING.match(text)
    return found.end() if found else 0


@lru_cache(maxsize=5_000)
def _key_slip(word: str) -> str | None:
    for right in _SHORT_QUESTION_WORDS:
        if len(word) != len(right):
            continue
        slips = [(typed, meant) for typed, meant in zip(word, right, strict=True) if typed != meant]
        if len(slips) == 1 and slips[0][0] in _NEIGHBOUR_KEYS.get(slips[0][1], ""):
            return right
    return None


# A chatty message: greetings and thanks around the question ("Good morning! I'm preparing a memo
# and need one detail: at the Moscow meeting, what did ...? Many thanks in advance.").
# Sentence ends: "!" or "?", or a full stop after a word of four letters or more ("St. Petersburg"
# and "D. Trefilov" are not ends) before a capital.
_SENTENCE_END = re.compile(r"(?<=[!?…])\s+|(?<=[^\W\d_]{4}\.)\s+(?=[A-ZА-ЯЁ])")


def _sentences(text: str) -> list[str]:
    """The sentences of ``text``, stripped. A sentence ends at a mark followed by a space, so a text
    with no mark before its last character (most questions) is one sentence without a split."""
    head = text[:-1]
    parts = _SENTENCE_END.split(text) if "?" in head or "!" in head or "." in head or "…" in head else [text]
    return [sentence.strip() for sentence in parts if sentence.strip()]


_ASKS = re.compile(
    r"\b(?:what|which|who|whom|whose|when|where|why|how|did|does|do|was|were|is|are|has|have|can|could"
    r"|что|какой|какая|какое|какие|каких|кто|кого|кому|когда|где|почему|зачем|сколько|ли|как"
    r"|chto|kakoy|kakie|kto|kogda|gde|skolko)\b",
    re.IGNORECASE,
)


# A greeting typed without a stop before the question ("привет кто такой Клемез", "hi where did ...")
# and thanks after it ("... спасибо", "... thx"): one anchored pattern each, so a plain question is
# passed over at its first letters.
_GREETING = re.compile(
    r"^\W*(?:привет\w*|здравствуй\w*|здрасьте|здрасте|добр\w+\s+(?:день|утро|вечер)|доброе\s+утро|салют|хай"
    r"|hi|hii|hello|hey|hiya|greetings|good\s+(?:morning|afternoon|evening|day)"
    # a bare "Morning!" greets only before a mark ("morning session" is no greeting)
    r"|(?:morning|afternoon|evening)(?=\s*[!,.:;)(])"
    r"|privet\w*|zdravstvu\w*|dobr\w*\s+(?:den|den'|utro|vecher))\b(?:\s+(?:there|all|team|bot|бот|всем))?[\s,!.:;)]+",
    re.IGNORECASE,
)
_THANKS = re.compile(
    r"[\s,!.;)]+(?:(?:заранее\s+)?спасибо(?:\s+(?:большое|заранее))?|благодарю|спс|(?:many\s+)?thanks(?:\s+a\s+lot)?(?:\s+in\s+advance)?"
    r"|thank\s+you|thx|ty|cheers|(?:zaranee\s+)?spasibo|sps)[\s!.)]*$",
    re.IGNORECASE,
)
_THANKS_CUE = literal_cue([_THANKS])  # a look-up of its words before the search


# Spoken openers and asides around a question ("ну привет) слушай а сколько ..., не помню", "so how
# big is ... I mean", "tl;dr pls — ...", "Коротко, в двух словах: кто ..."): they ask for nothing and
# their words would pull the search; the request for brevity is met anyway (answers are short).
_OPENER = re.compile(
    r"^\W*(?:(?:ну|так|итак|слушай(?:те)?|смотри(?:те)?|короче|коротко|кратко|вкратце|в\s+двух\s+словах"
    r"|одним\s+словом|кстати|плиз|пожалуйста|nu|slushai|slushay|koroche|korotko|kratko"
    r"|so|well|ok|okay|listen|btw|tl;?\s?dr|pls|plz|please|briefly|in\s+short|in\s+a\s+nutshell"
    # "pls quick:", "quick q -", "срочно:", "быстрый вопрос:": haste asks for nothing either
    r"|quick(?:ly)?(?:\s+(?:one|q|qn|question))?|short\s+(?:q|qn|question)|urgent(?:ly)?|asap"
    r"|срочно|быстр(?:ый|ей)\s+вопрос|короткий\s+вопрос|srochno|bystryi\s+vopros|bystryj\s+vopros"
    r"|in\s+(?:one|two|a\s+few)\s+words"
    # an apology for asking: "сорри за тупой вопрос, но …", "sorry for the dumb question but …"
    r"|(?:sorry|sry|сорри|сори|извини(?:те)?|прости(?:те)?|izvini(?:te)?|sorri)(?:\s+(?:for|за|za)\s+(?:(?:the|a|my|this|such\s+a"
    r"|тупой|глупый|дурацкий|наивный|dumb|stupid|silly|basic|naive|tupoy|glupyi|glupyy)\s+){0,2}(?:question|вопрос|vopros))?"
    # Format requests ("one word: ...", "just the date pls — ...", "в одном предложении: ...",
    # "объясни простыми словами, как ребёнку: ...") and a call ("ЭЙ БОТ ..."): the plain question
    # gets the same short answer.
    r"|(?:in\s+)?one\s+(?:word|sentence|line)|(?:just|only)\s+the\s+(?P<asked>date|year|number|name|city|place|country"
    r"|answer)(?:\s+(?:pls|plz|please))?|(?:explain\s+)?(?:in\s+)?(?:simple|plain)\s+(?:words|terms|english)"
    r"|like\s+i'?m\s+(?:five|5)|eli5|(?:hey|yo)\s+bot|(?:в\s+)?одн(?:ом|им)\s+предложени(?:и|ем)|одной\s+фразой"
    r"|(?:объясни(?:те)?\s+)?простыми\s+словами|как\s+реб[её]нку|эй\s+бот|v\s+odnom\s+predlozhenii"
    r"|odnim\s+(?:slovom|predlozheniem)|(?:obyasni\s+)?prostymi\s+slovami|kak\s+rebenku|e[iy]\s+bot)"
    r"(?:\s*[-–—]\s+|[\s,!.:;)]+))+(?:(?:а|и|and|but|но)\s+)?",
    re.IGNORECASE,
)
MAX_ASIDE_CHARS = 40
_ASIDE = re.compile(
    r"[\s,;)]*[-–—]?\s*(?:(?:я\s+)?не\s+помню|(?:я\s+)?забыл\w*|если\s+(?:знаешь|знаете|помнишь|помните)|i\s+mean"
    r"|i\s+forget|i\s+(?:don't|do\s+not|can't|cannot)\s+remember|if\s+you\s+(?:know|remember)|ne\s+pomnyu"
    r"|pls|plz|плиз)[\s!.?)]*$",
    re.IGNORECASE,
)
_ASIDE_CUE = literal_cue([_ASIDE])  # a look-up of its words before the search
# "в итоге", "in the end" inside a question ("концепцию в итоге утвердили?", "где в итоге прошли эти
# заседания?"): they ask whether a plan came true, which the plain question asks too; read as words of
# a name they made "a document called «концепцию в итоге»".
_IN_THE_END = re.compile(
    r"\s*,?\s*\b(?:в\s+(?:конечном\s+)?итоге|в\s+конце\s+концов|v\s+(?:konechnom\s+)?itoge|v\s+kontse\s+kontsov"
    r"|in\s+the\s+end|eventually|ultimately)\b,?",
    re.IGNORECASE,
)
_IN_THE_END_CUE = literal_cue([_IN_THE_END])
# "их в итоге подписали?" leans on the documents in context, whose plan is no yes: there the words stay, and so
# they do at the start of a follow-up completed with its subject ("в итоге подписали <meeting>?")
_POINTER = re.compile(r"\b(?:их|его|её|ее|они|оно|она|ih|ego|ee|oni|it|they|them)\b", re.IGNORECASE)


def without_courtesy(text: str) -> str:
    """``text`` without a greeting or a spoken opener before its question and thanks or an aside
    ("не помню", "I mean") after it, when a question is left."""
    rest = text
    asked = ""
    while True:
        opening = _GREETING.match(rest) or _OPENER.match(rest)
        if opening is None or not opening.end():
            break
        if opening.re is _OPENER and opening.group("asked") and opening.group("asked").lower() != "answer":
            # "just the date pls — ...": the word names what is asked, it stays after the question.
            asked = " " + opening.group("asked")
        rest = rest[opening.end() :]
    thanks = _THANKS.search(rest) if _THANKS_CUE(rest) else None
    if thanks:
        rest = rest[: thanks.start()]
    # An aside ends the message: only its last words are searched.
    tail = max(0, len(rest) - MAX_ASIDE_CHARS)
    aside = _ASIDE.search(rest, tail) if _ASIDE_CUE(rest) else None
    if aside and aside.start() > 0:
        rest = rest[: aside.start()]
    if _IN_THE_END_CUE(rest) and not _POINTER.search(rest) and not _IN_THE_END.match(rest):
        plain = _IN_THE_END.sub(" ", rest).strip()
        if _content_words(plain) >= 1:
            rest = re.sub(r"\s+(?=[?!.,])", "", " ".join(plain.split()))
    return rest + asked if rest != text and _content_words(rest) >= 1 else text


def courtesy_only(text: str) -> bool:
    """Whether ``text`` is only a greeting or thanks ("привет", "thanks!"): no question to search for."""
    rest = _GREETING.sub("", text.strip() + " ", count=1)
    rest = _THANKS.sub("", " " + rest.strip())
    return _content_words(rest) == 0


# Words of a question that only point back at what a sentence before it told ("Which ones?",
# "Какие именно?", "Who was it?").
_POINTING = frozenset(["ones", "one", "exactly", "specifically", "именно", "конкретно", "imenno", "konkretno"])


def _stub(asking: list[str]) -> bool:
    """Whether the asking sentences hold no content of their own, only a question word pointing back
    ("Klemez said some crimes transcend national borders. Which ones?"): the statement before them
    is what they ask about."""
    words = [word.lower() for sentence in asking for word in _WORD.findall(sentence)]
    return len(words) <= 4 and not any(
        len(word) >= 3 and word not in FUNCTION_WORDS and word not in _POINTING and not _ASKS.fullmatch(word)
        for word in words
    )


def point_back(text: str) -> str:
    """ "Klemez said some crimes transcend national borders. Which ones?": the question that only
    points back at the sentence before it, with its pointing words dropped ("one" is no number) and
    its question word in lower case (no name); any other text as it is."""
    if "?" not in text:
        return text
    sentences = _sentences(text)
    if len(sentences) < 2 or not sentences[-1].endswith("?") or not _stub([sentences[-1]]):
        return text
    if not any(_content_words(sentence) for sentence in sentences[:-1]):
        return text  # "Hi! Which ones?": nothing before it to point at
    asked = " ".join(
        word.lower() if _ASKS.fullmatch(word.strip("?!.,")) else word
        for word in sentences[-1].split()
        if word.strip("?!.,").lower() not in _POINTING
    )
    return " ".join([*sentences[:-1], asked if asked.endswith("?") else asked + "?"])


def question_part(text: str) -> str:
    """The part of a chatty message that asks the question: the sentence that ends with "?" (or asks
    with a question word) among greetings and thanks, and after a colon the part that asks. A plain
    question comes back as it is."""
    sentences = _sentences(text)
    if len(sentences) > 1:
        asking = [s for s in sentences if s.endswith("?")] or [s for s in sentences if _ASKS.search(s)]
        if asking and len(asking) < len(sentences) and not _stub(asking):
            text = " ".join(asking)
    head, colon, tail = text.partition(":")
    if colon and tail.strip() and _ASKS.search(tail) and not _ASKS.search(head):
        # What the lead-in says besides chatter stays ("Пишу статью про дерадикализацию: ...").
        kept = [w for w in re.findall(r"[^\W_]+", head) if w.lower() not in CHATTER]
        text = " ".join([tail.strip(), *kept])
        return text
    return _after_lead_in(text)


# A second question joined to the first in one sentence: "..., and will ...", "... and how many ...",
# "... и кто ...", "..., а где ...".
_SECOND_QUESTION = re.compile(
    r"(?:,\s*|\s+)(?:and|also|plus|и|а|а\s+также)\s+(?=(?:what|which|who|whom|whose|when|where|why|how|will|would"
    r"|did|does|do|is|are|was|were|has|have|can|could|что|какой|какая|какое|какие|каких|кто|кого|кому|когда|где"
    r"|почему|зачем|сколько|chto|kakoy|kakie|kto|kogda|gde|skolko)\b)",
    re.IGNORECASE,
)
# A second question about a part of what the first counts ("... and how many of them were named")
# asks both together.
_PART_OF_FIRST = re.compile(r"\b(?:of\s+(?:them|those|these)|из\s+(?:них|этих|тех|которых))\b", re.IGNORECASE)
# Words that carry no content of their own, for telling a whole question from a bare question word.
FUNCTION_WORDS = STOP_EN | STOP_RU | STOP_TRANSLIT


def _content_words(text: str) -> int:
    words = _WORD.findall(text)
    return sum(1 for word in words if len(word) >= 3 and word.lower() not in FUNCTION_WORDS and not _ASKS.fullmatch(word))


def asks_on_its_own(text: str) -> bool:
    """Whether ``text`` is a whole question: a question word and at least two words of content
    ("where did the ministers meet", not "where and" or "ATC?")."""
    return bool(_ASKS.search(text)) and _content_words(text) >= 2


def first_question(text: str) -> str:
    """The message without its second question, when it asks two and the first is a whole question:
    "Where did they meet? Who spoke?" and "When was the XVIII meeting and how many sessions did it
    have?" are answered as their first question (run together, the second's words pull the search
    and the question's kind away from it). "Кто и когда учредил АТЦ?", "how many and which
    countries ..." and "СМВД? где?" ask one thing and stay whole."""
    sentences = _sentences(text)
    asking = [number for number, sentence in enumerate(sentences) if sentence.endswith("?")]
    changed = False
    if len(asking) > 1 and asks_on_its_own(sentences[asking[0]]):
        sentences = [sentence for number, sentence in enumerate(sentences) if number not in asking[1:]]
        changed = True
    first = next((number for number, sentence in enumerate(sentences) if _ASKS.search(sentence)), None)
    if first is not None:
        sentence = sentences[first]
        for found in _SECOND_QUESTION.finditer(sentence):
            head, tail = sentence[: found.start()], sentence[found.end() :]
            if asks_on_its_own(head) and _content_words(tail) >= 1 and not _PART_OF_FIRST.search(tail):
                sentences[first] = head.rstrip(" ,;") + "?"
                changed = True
                break
    return " ".join(sentences) if changed else text


# A polite request around a question word ("could you tell me who ...", "подскажите, когда ...") asks
# nothing itself: "tell" is no question about what someone said, "could you" no yes/no question.
_REQUEST = re.compile(
    # after a dash too: "Preparing a briefing for my ambassador — could you remind me which …"
    r"(?:^|(?<=[.!?,:;]\s)|(?<=[.!?,:;])|(?<=\s[-–—]\s))\s*(?:(?:and|so|also|а|и)\s+)?"
    # ("can u tell me quickly which …": chat spelling, an adverb before the question word)
    r"(?:(?:could|can|would|will)\s+(?:you|u|ya)\s+(?:please\s+|pls\s+|plz\s+|kindly\s+)?(?:tell|remind|show)\s+(?:me|us)(?:\s+(?:quickly|briefly|again|pls|please))?"
    r"|(?:please\s+)?(?:tell|remind)\s+(?:me|us)|do\s+you\s+(?:happen\s+to\s+)?know"
    # "I would be most grateful if you could kindly tell me which …"
    r"|(?:i(?:'d|\s+would)\s+be\s+(?:most\s+|very\s+|really\s+|so\s+)?(?:grateful|thankful|obliged)\s+if\s+)?(?:you|u)\s+(?:could|can|would)"
    r"\s+(?:please\s+|kindly\s+)?(?:tell|remind|show)\s+(?:me|us)"
    r"|i(?:'d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i\s+wonder"
    r"|(?:не\s+)?подскаж(?:и|ите|ете)|скаж(?:и|ите)|напомн(?:и|ите)|(?:вы\s+)?не\s+знаете|хочу\s+узнать"
    r"|(?:ne\s+)?podskazh(?:i|ite|ete)|skazh(?:i|ite)|napomn(?:i|ite))"
    r",?\s+(?:(?:please|пожалуйста|pozhaluysta),?\s+)?"
    r"(?=(?:who|whom|whose|what|which|when|where|why|how|кто|кого|кому|что|какой|какая|какое|какие|каких|когда|где"
    r"|почему|зачем|сколько|как|kto|chto|kakoy|kakie|kogda|gde|skolko)\b"
    # "tell me about the ATC" asks for the entry, not for what was said about it
    r"|(?<=me )about\b|(?<=us )about\b)",
    re.IGNORECASE,
)
_REQUEST_CUE = literal_cue([_REQUEST])  # a look-up of its words before the search


def strip_request(text: str) -> str:
    """``text`` without the polite request that wraps its question word."""
    return _REQUEST.sub(lambda match: " " if match.start() else "", text).strip() if _REQUEST_CUE(text) and _REQUEST.search(text) else text


# A comma or a dash between a lead-in and the question ("Готовлю справку, кто такой ...?").
_CLAUSE_BREAK = re.compile(r",\s+|\s+[-–—]\s+")


def _after_lead_in(text: str) -> str:
    """The question after a lead-in of chatter set off by a comma or a dash: the lead-in asks
    nothing and is mostly chatter ("I'm preparing a briefing for my boss, could you tell me who ...");
    its other words stay after the question, as after a colon."""
    breaks = list(_CLAUSE_BREAK.finditer(text))
    if not breaks:
        first = text.split(None, 1)[0].lower() if text.strip() else ""
        if first in CHATTER:
            # no stop at all ("коллеги посоветовали ваш бот мне для справки сколько ..."): the first
            # question word ends the lead-in
            asks = _ASKS.search(text)
            if asks is not None and asks.start() > 0:
                head, tail = text[: asks.start()], text[asks.start() :]
                words = re.findall(r"[^\W_]+", head)
                chatter = [w for w in words if w.lower() in CHATTER]
                if len(words) >= 2 and len(chatter) * 3 >= len(words) * 2 and not any(c.isdigit() for c in head):
                    return " ".join([tail.strip(), *(w for w in words if w.lower() not in CHATTER)])
        return text
    for found in breaks:
        head, tail = text[: found.start()], text[found.end() :]
        if _ASKS.search(head):
            return text  # the question starts before this break: nothing to cut
        if not _ASKS.search(tail):
            continue
        words = re.findall(r"[^\W_]+", head)
        chatter = [w for w in words if w.lower() in CHATTER]
        if len(chatter) * 3 < len(words) * 2 or any(c.isdigit() for c in head):
            return text  # a clause with content ("In 2025, how many ...") is part of the question
        kept = [w for w in words if w.lower() not in CHATTER]
        # A second lead-in may follow ("Начальник спросил, а я забыл — сколько ...").
        return " ".join([_after_lead_in(tail.strip()), *kept])
    return text


# Words of the lead-in to a question that say nothing about what is asked.
CHATTER = frozenset(
    [
        "i",
        "m",
        "s",
        "d",
        "ll",
        "re",
        "ve",
        "i'm",
        "im",
        "am",
        "my",
        "me",
        "we",
        "our",
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "for",
        "of",
        "to",
        "in",
        "on",
        "with",
        "about",
        "need",
        "needs",
        "want",
        "would",
        "like",
        "could",
        "you",
        "your",
        "please",
        "kindly",
        "thanks",
        "thank",
        "many",
        "advance",
        "hi",
        "hello",
        "hey",
        "good",
        "morning",
        "afternoon",
        "evening",
        "dear",
        "preparing",
        "prepare",
        "writing",
        "write",
        "working",
        "memo",
        "briefing",
        "brief",
        "note",
        "notes",
        "article",
        "piece",
        "report",
        "story",
        "paper",
        "ministry",
        "office",
        "boss",
        "chief",
        "editor",
        "colleague",
        "colleagues",
        # "my boss wants to know quick, wen …", "so he asked to know": who wants the answer asks nothing
        "so",
        "he",
        "she",
        "wants",
        "wanted",
        "know",
        "asks",
        "asked",
        "asking",
        "just",
        "urgent",
        "urgently",
        "fast",
        "lol",
        "pls",
        "plz",
        "quick",
        "question",
        "one",
        "detail",
        "details",
        "remind",
        "tell",
        "help",
        "sorry",
        "bother",
        "bothering",
        "cheers",
        "reporter",
        "journalist",
        "outlet",
        "filing",
        "tonight",
        "извините",
        "простите",
        "коллеги",
        "посоветовали",
        "справки",
        "ваш",
        "вашего",
        "бот",
        "бота",
        "bot",
        "я",
        "мне",
        "мой",
        "моя",
        "моё",
        "мы",
        "наш",
        "пишу",
        "пишем",
        "готовлю",
        "готовим",
        "статью",
        "статья",
        "заметку",
        "справку",
        "доклад",
        "материал",
        "про",
        "о",
        "об",
        "для",
        "по",
        "в",
        "на",
        "и",
        "а",
        "но",
        "помогите",
        "помоги",
        "подскажите",
        "подскажи",
        "разобраться",
        "уточнить",
        "вопрос",
        "один",
        "одна",
        "спасибо",
        "заранее",
        "пожалуйста",
        "привет",
        "здравствуйте",
        "добрый",
        "день",
        "утро",
        "вечер",
        "нужно",
        "нужна",
        "нужен",
        "хочу",
        # whom the lead-in is for ("справку для руководства", "an article for my newspaper")
        "руководства",
        "начальства",
        "начальника",
        "шефа",
        "редакции",
        "газеты",
        "журнала",
        "newspaper",
        "magazine",
        "editor",
        "manager",
        "team",
        # why the asker asks ("my manager just asked me and I'm blanking — ...", "начальник спросил, а я
        # забыл — ..."): the reason says nothing about what is asked
        "just",
        "asked",
        "blanking",
        "forgot",
        "colleague",
        "colleagues",
        "wondering",
        "curious",
        "спросил",
        "спросила",
        "спрашивает",
        "забыл",
        "забыла",
        "коллега",
        "начальник",
        "шеф",
        "тут",
        "вот",
    ]
)


# Russian typed as it sounds: unstressed "о" written "а" ("падгатовка"), a final "в" written "ф"
# ("кадраф"), "е" written "и". Each variant is tried only for words the knowledge base does not know.
_VOWELS = {"а": "о", "о": "а", "и": "е", "е": "и"}
_FINAL = {"ф": "в", "с": "з", "т": "д"}
MAX_SPOKEN_SWAPS = 3


@lru_cache(maxsize=20_000)
def _spoken_variants(word: str) -> tuple[str, ...]:
    positions = [i for i, letter in enumerate(word) if letter in _VOWELS][: MAX_SPOKEN_SWAPS + 1]
    variants: set[str] = set()
    for mask in range(1, 1 << len(positions)):
        if bin(mask).count("1") > MAX_SPOKEN_SWAPS:
            continue
        letters = list(word)
        for bit, i in enumerate(positions):
            if mask >> bit & 1:
                letters[i] = _VOWELS[letters[i]]
        variants.add("".join(letters))
    finals = {v[:-1] + _FINAL[v[-1]] for v in [word, *variants] if v and v[-1] in _FINAL}
    return tuple(sorted(variants | finals))


# Words of asking that the knowledge base does not hold, spelt as they sound already: "насчет" is no
# "насчит" (a stem of "насчитывает"), which made "что там решили насчет ШОС?" a question of counts.
_PLAIN_WORDS = frozenset({"насчет", "насчёт"})


def fix_spoken_spelling(text: str, is_word: Callable[[str], bool]) -> str:
    """Cyrillic words the knowledge base does not know, read as spelt when one of their spoken
    spellings is a word it knows ("падгатовку кадраф" -> "подготовку кадров")."""
    if not _HAS_CYRILLIC.search(text):
        return text  # no word could be all Cyrillic once lower-cased: every one would stay as written

    def replace(match: re.Match[str]) -> str:
        written = match.group(0)
        word = written.lower()
        if len(word) < _MIN_FUZZY or not _CYRILLIC_WORD.fullmatch(word) or is_word(word) or word in _PLAIN_WORDS:
            return written
        spoken = next((variant for variant in _spoken_variants(word) if is_word(variant)), None)
        return spoken or _cue_verb(word) or written

    return _WORD.sub(replace, text)


# The verbs a question's kind is read from ("кто участвовал", "что обсуждали"), in the forms asked:
# one slip in a long one ("учавствовали", "обсуждалли", "присуствовали") is read as the verb, since
# the kind of the question hangs on it and no search repairs it.
CUE_VERBS = (
    "участвовали", "участвовал", "участвовала", "участвовало", "участвуют", "участвует", "присутствовали",
    "присутствовал", "присутствовала", "обсуждали", "обсуждалось", "обсуждался", "обсуждалась", "обсудили",
    "рассматривали", "выступали", "выступал", "выступил", "выступила", "комментировал", "комментировали",
    "рассказал", "рассказали", "сообщил", "сообщили", "состоялось", "состоялась", "состоялся",
    "проводилось", "организовали",
    # "как расшшифровывается СРМО?": an abbreviation asked
    "расшифровывается", "расшифровываются", "расшифровать",
)
# Shorter words are one edit from other real words ("вступила" is no slip of "выступила"), and
# "проходило" is one from "приходило": only long slips are read as a verb.
MIN_CUE_SLIP = 9


@lru_cache(maxsize=20_000)
def _cue_verb(word: str) -> str | None:
    if len(word) < MIN_CUE_SLIP:
        return None
    return next(
        (verb for verb in CUE_VERBS if abs(len(verb) - len(word)) <= 1 and OSA.distance(word, verb, score_cutoff=1) <= 1),
        None,
    )


_CYRILLIC_WORD = re.compile(r"[а-яё]+")
_HAS_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


# A lead-in clause before a dash that gives the context of a "what is" question after it: "Rahmon
# praised the ATC - what is the ATC?", "ООН - что это и при чём тут СНГ?". The question after the
# dash is what is asked; the clause's other words (a speaker, a report) would pull the search.
_DASH_BREAK = re.compile(r"\s[-–—]+\s")
_WHAT_IS = re.compile(
    r"^\s*(?:(?:and|so|but|а|и|так)\s+)?(?:"
    r"what(?:'s|\s+is|\s+are|\s+was|\s+does|\s+do)|who\s+(?:is|are)|what\s+exactly\s+is"
    r"|что\s+(?:же\s+)?(?:такое|это|значит|означает|за)|кто\s+(?:такой|такая|такие|это)|как\s+расшифровывается"
    r"|chto\s+(?:takoe|eto|znachit|oznachaet|za)|kto\s+(?:takoy|takie|eto))\b",
    re.IGNORECASE,
)
# The words of a "what is" question that point back at the clause before it ("what is it", "что это
# за организация") or only ask (stand for, mean): with nothing else the clause names the subject.
_POINTING_BACK = frozenset(
    ["it", "this", "that", "they", "these", "those", "them", "its", "это", "этот", "эта", "эти", "такое", "такой", "такая", "такие", "за", "eto", "takoe", "za", "stand", "stands", "mean", "means", "for", "organisation", "organization", "body", "entity", "thing", "организация", "орган", "структура", "штука"]
)
MAX_LEAD_IN_WORDS = 25
MAX_NAMED_WORDS = 3  # a clause this short is the name itself ("ООН", "CIS ATC")
_CAPITALS = re.compile(r"(?<!\w)[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,7}(?!\w)")


def _subject_words(text: str) -> list[str]:
    return [
        word.lower()
        for word in _WORD.findall(text)
        if word.lower() not in FUNCTION_WORDS and word.lower() not in _POINTING_BACK and not _ASKS.fullmatch(word)
    ]


def asked_after_lead_in(text: str) -> str:
    """The "what is" question after a dash when the clause before it only sets the context: the
    question alone when the clause names the same subject ("The June report mentions the EAG
    Secretariat - what is the EAG?"), "what is <the clause>" when the question points back at a
    clause that is a name ("CSTO - what is it and what does it have to do with the CIS?"), or the
    one abbreviation of a longer clause. Any other text as it is."""
    breaks = list(_DASH_BREAK.finditer(text))
    if not breaks:
        return text
    found = breaks[-1]
    head, tail = text[: found.start()].strip(), text[found.end() :].strip()
    asks = _WHAT_IS.match(tail)
    if asks is None or "?" in head or not head or len(head.split()) > MAX_LEAD_IN_WORDS:
        return text
    # The first question of the tail only ("что это и при чём тут СНГ" asks what it is first).
    first = re.split(r"\s+(?:and|и|а)\s+|[,;?]", tail[asks.end() :], maxsplit=1)[0]
    own = _subject_words(first)
    head_words = {word.lower() for word in _WORD.findall(head)}
    if re.match(r"\s*(?:(?:and|so|but|а|и|так)\s+)?(?:who|кто|kto)\b", tail, re.IGNORECASE):
        return text  # a person's lead-in describes who is meant ("the guy who spoke to BelTA - who is he?")
    if own:
        if all(word in head_words for word in own):
            return tail  # the clause names the same subject: it only says where it was seen
        return text
    cyrillic = bool(re.search(r"[а-яё]", tail, re.IGNORECASE))
    opening = "что такое" if cyrillic else ("chto takoe" if re.match(r"\s*(?:chto|kto)\b", tail, re.IGNORECASE) else "what is")
    last = head.split()[-1].strip(".,;:!\"'»")
    named = {word for word in _CAPITALS.findall(head) if not re.fullmatch(r"[IVXLC]+", word)}
    if len(head.split()) > 1 and named == {last}:
        # "в отчёте упоминается КСГП - что это такое?": "это" points at the one name, just before it
        return f"{opening} {last}?"
    if len(head.split()) <= MAX_NAMED_WORDS:
        return f"{opening} {head}?"
    return text


# A sentence or clause in which the asker introduces themself before the question ("I'm a teacher
# planning a civics class - did any ...", "Я учитель, готовлю урок — говорили ли ..."): it says who
# asks, not what is asked, and its words (teacher, class, урок) would pull the search.
_INTRODUCTION = re.compile(
    # (after a greeting: "Hi! I'm writing a piece on …")
    r"^\s*(?:(?:hi|hello|hey|good\s+(?:morning|afternoon|evening)|привет|здравствуйте|добрый\s+(?:день|вечер)"
    r"|доброе\s+утро|privet|zdravstvuyte)\W+)?"
    r"(?:i'm|i\s+am|i\s+work|i\s+teach|i\s+run|we're|we\s+are|we\s+run|we\s+work|my\s+name\s+is"
    r"|я|мы|меня\s+зовут|ya|my)\b",
    re.IGNORECASE,
)
# Words of an introduction that say what the asker writes, and the Commonwealth's own name: no
# entry the question points back at ("I'm writing a piece on CIS security cooperation - when …").
_WRITING_WORDS = frozenset(
    [
        *("piece", "article", "story", "briefing", "brief", "report", "note", "paper", "thesis", "blog", "post"),
        *("column", "feature", "memo", "материал", "статью", "статья", "справку", "справка", "доклад"),
        *("заметку", "записку", "пост", "колонку", "cis", "снг", "sng", "commonwealth", "содружество", "содружества"),
    ]
)
# An opening that names what the asker cares about ("I'm worried about", "я интересуюсь"), not who they are.
_TOPIC_OPENING = re.compile(
    r"^\W*(?:(?:hi|hello|hey)\W+)?(?:i'm|i\s+am|we're|we\s+are)\s+(?:(?:really|very|a\s+bit|quite|so)\s+)?"
    r"(?:worried|concerned|anxious|scared|afraid|curious|interested|thinking)\s+(?:about|by|of|in)\b"
    r"|^\W*(?:я|мы)\s+(?:беспоко\w+|интересу\w+|волну\w+|переживаю|переживаем)\b",
    re.IGNORECASE,
)
_INTRODUCTION_END = re.compile(r"\s[-–—]+\s|[.!:]\s+")


def without_introduction(text: str, is_word: Callable[[str], bool]) -> str:
    """``text`` without the asker's introduction of themself before the question; the words of the
    introduction that the knowledge base knows stay after the question, as after a colon. An
    introduction that names an entry ("I'm writing about the ATC - when was it founded?") is part of
    the question. Any other text as it is."""
    if _INTRODUCTION.match(text) is None or _TOPIC_OPENING.match(text) is not None:
        # "I'm worried about accidents at chemical plants — which council covers that?": the
        # opening says what is asked about, not who asks
        return text
    for found in _INTRODUCTION_END.finditer(text):
        head, tail = text[: found.start()], text[found.end() :]
        if "?" in head:
            return text
        if not _ASKS.search(tail) or "?" not in tail:
            continue
        if any(character.isdigit() for character in head) or not asks_on_its_own(tail):
            # a date or a number is part of what is asked; a question too short to stand alone
            # ("i'm reading about the Moscow meeting. who attended?") asks about what the sentence names
            return text
        words = _WORD.findall(head)
        kept = [
            word
            for word in words
            if word.lower() not in CHATTER
            and word.lower() not in FUNCTION_WORDS
            and word.lower() not in _WRITING_WORDS
            and is_word(word)
        ]
        if any(word[:1].isupper() for word in kept if word is not words[0]):
            # A name in it ("I'm writing about the Migration Bodies Council - when did it meet?") is
            # what the question points back at: the whole message is the question.
            return text
        # The question after it loses its own courtesy and polite request, as a whole message does
        # ("… - could you tell me when …? Thanks!").
        return " ".join([strip_request(without_courtesy(tail.strip())), *kept])
    return text
