"""Reading a question's text before the search: a wrong keyboard layout undone (words meant in Latin
kept, words run together split), and the words that weigh less or come first in the parse (a clause
set aside with "besides", a count of items, the meeting named apart from its month or body).

The engine's ``fix_layout`` and ``parse`` call these; the functions take the engine for its index.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from bot.answers import define, mentions, yesno
from bot.answers.verdict import Verdict
from bot.search.index import AnalysedQuery, Hit
from bot.search.text import (
    cyrillic_share,
    few_latin_vowels,
    is_stop,
    prepare,
    roman_to_int,
    swap_layout_to_cyrillic,
    swap_layout_to_latin,
    word_token,
)
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed


_ROMAN_LETTERS = frozenset("ivxlc")

_CYRILLIC_WORD = re.compile(r"[а-яё]+")

# A Roman numeral typed on the Russian layout: X V I L are Ч М Ш Д ("ЧМШШШ совещание" is XVIII).
_CYRILLIC_ROMAN = re.compile(r"(?<![А-ЯЁа-яё])[ЧМШД]{2,}(?![А-ЯЁа-яё])")
_ROMAN_KEYS = str.maketrans("ЧМШД", "XVIL")


def _russian_layout_slips(text: str) -> str:
    """Keys pressed as on the English layout inside Russian text: a Roman numeral ("ЧМШШШ" → XVIII;
    three letters or an I, so "ЧМ" stays an abbreviation), and a final "," that was Shift+/ meant
    as the question mark ("… безопасности," asks)."""
    if "Ш" in text or "Ч" in text:
        text = _CYRILLIC_ROMAN.sub(_roman_of_keys, text)
    if text[-1:] == "," and cyrillic_share(text) > 0.5:
        text = text[:-1] + "?"
    return text


def _roman_of_keys(found: re.Match[str]) -> str:
    word = found.group(0)
    numeral = word.translate(_ROMAN_KEYS)
    return numeral if (len(word) >= 3 or "Ш" in word) and is_roman(numeral.lower()) else word


def is_roman(word: str) -> bool:
    """A Roman numeral of two letters or more ("XVIII", "xiii")."""
    lower = word.lower()
    return len(lower) >= 2 and set(lower) <= _ROMAN_LETTERS and roman_to_int(lower) is not None


# Words that ask what an abbreviation stands for or who deals with a field, known to the layout
# repair (no entry's text has them).
_LAYOUT_CUES = frozenset(
    text_tokens(
        "расшифруй расшифруйте расшифровка расшифровывается расшифровать аббревиатура означает значит полное название"
        " занимается отвечает курирует ловит следит борется"
    )
    # and the words that name the value asked for ("трефилов должность", "что происходило осенью")
    + text_tokens(
        "должность дата число город место срок сроки повестка итоги статус председатель руководитель"
        " происходило проходило осенью весной летом зимой position role date venue status chair"
    )
)

BODY_MEETING_RIVAL = 0.8  # another meeting scored this much of the body is named too

# "What else, besides illegal migration, did they discuss": the items other than the one named.
# A cardinal before a plural noun counts the items asked for ("what were the four aims", "назови три
# органа"): the record rarely writes that figure, so it must not outweigh the words of what is counted.
_ITEM_COUNT = re.compile(
    r"(?:\b(?:two|three|four|five|six|seven|eight|nine|ten|twelve|sixteen)|(?<![\w.,/-])\d{1,2})"
    r"\s+(?:[a-z-]+\s+)?[a-z]{2,}s\b"
    r"|\b(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять)"
    r"\s+(?:[a-zа-яё-]+\s+)?[а-яё]{3,}",
    re.I,
)
ITEM_COUNT_WEIGHT = 0.5  # the weight left to such a figure: it still names the count (numbers.py weighs it)

BESIDES = re.compile(r"\b(?:besides|except|excluding|apart from|aside from|other than|кроме|помимо|krome|pomimo)\b")
# The words a "besides" sets aside run to the end of their clause.
CLAUSE_END = re.compile(
    r"[,;:?!.—–]|\s-\s|\b(?:what|which|who|что|какие|какой|chto|kakie)\b"
    # or at the verb of the question ("other than CIS bodies took part in ..."), four words at most
    r"|\b(?:took|take|attended|attend|was|were|is|are|did|do|does|has|have|had|sent|came|discussed)\b"
    r"|\b(?:участвова|обсужда|был|приня|утверди|прислал|направил|рассматрива)\w*"
)
_ASIDE_WORDS = 4
BESIDES_GATE = re.compile(r"besid|except|exclud|apart|aside|other than|кроме|помимо|krome|pomimo")
BESIDES_WEIGHT = 0.5
ASIDE_NAME_COVER = 0.5  # words set aside weigh little only when they name an entry this fully


def aside_clause(text: str) -> str | None:
    """The words after "besides" / "кроме" up to the end of their clause, if any (lower-case text)."""
    found = BESIDES.search(text)
    if found is None:
        return None
    clause = " ".join(CLAUSE_END.split(text[found.end() :], maxsplit=1)[0].split()[:_ASIDE_WORDS])
    return clause or None


def fix_layout(engine: Engine, text: str) -> tuple[str, bool]:
    if text[-1:] == "," or "Ш" in text or "Ч" in text:
        text = _russian_layout_slips(text)
    # Most questions are typed as meant: known words end it before the other layout is built
    # (the same answer as below, where an unchanged swap and a known text both keep the text).
    before = engine.index.knownness(text_tokens(text))
    if before >= 0.75:
        return text, False
    share = cyrillic_share(text)
    swapped = swap_layout_to_latin(text) if share > 0.5 else swap_layout_to_cyrillic(text)
    if share <= 0.5:
        # A Roman numeral is typed in Latin letters on either layout ("ult ghjikj xviii cjdtofybt"),
        # and so is a name or abbreviation typed in Latin on purpose ("rnj djpukfdkztn ATC").
        swapped = " ".join(
            word if is_roman(word) or _kept_latin(engine, word, new) else new
            for word, new in zip(text.split(" "), swapped.split(" "), strict=True)
        )
    if swapped == text:
        return text, False
    if share <= 0.5:
        # Typed blind on the wrong layout, words run together ("секретарейбезопасности").
        swapped = _split_glued(engine, swapped)
    if share <= 0.5 and before < 0.4 and few_latin_vowels(text):
        # Latin letters with hardly a vowel are no English nor Russian in Latin letters: Russian
        # typed on the English layout, though its words are chatter, misspelt or not the
        # sources' ("Ghbdtn! Yt gjlcrf;tim? rfrfz gjujlf ..."): read in Cyrillic all the same.
        return swapped, True
    swapped_tokens = text_tokens(swapped)
    words = [word.strip("?!.,;:'\"") for word in text.lower().split()]
    swapped_words = [word.strip("?!.,;:'\"") for word in swapped.lower().split()]
    if (
        len(swapped_words) >= 2
        and all(swapped_words)
        and 2 * sum(is_stop(word) for word in swapped_words) >= len(swapped_words)
        and not any(is_stop(word) for word in words)
        and before < 0.2
    ):
        # A follow-up of little words mostly ("ult 'nj ,skj?" = "где это было?", "rnj gjldtk 'nb
        # bnjub?" = "кто подвел эти итоги?"): no entry's word to recognise, but half the words or
        # more are little words once swapped, and none was before.
        return swapped, True
    # Words typed on the wrong layout come out whole when swapped back: if hardly any does,
    # the other layout is noise and not worth a fuzzy look at every one of its "words".
    if engine.index.knownness(swapped_tokens, exact=True) < 0.2:
        return text, False
    after = engine.index.knownness(swapped_tokens)
    # Everyday topic words and the words that ask for an abbreviation are known too, though no
    # entry's text holds them ("кто занимается тюрьмами", "расшифруй АТЦ").
    extra = layout_words(engine)
    size = sum(len(token) for token in swapped_tokens) or 1
    after = min(1.0, after + sum(len(t) for t in swapped_tokens if t in extra) / size)
    # Question and little words ("кто", "когда", "what") are no tokens, yet they show the text
    # is now written in a language: one of them lowers the bar ("кто занимается терроризмом").
    bar = 0.45 if any(is_stop(word) for word in swapped.lower().split()) else 0.6
    if after >= bar and after > before + 0.25:
        return swapped, True
    return text, False


def _kept_latin(engine: Engine, word: str, swapped: str) -> bool:
    """Whether a Latin word inside a question typed on the wrong layout was meant in Latin: it
    has a vowel, its words are words of the sources, and swapped it is none ("ATC", "CSTO",
    "Commonwealth-Antiterror", not "FNW" = АТЦ)."""
    core = word.strip("?!.,;:'\"()«»")
    if len(core) < 3 or not any(letter in "aeiouAEIOU" for letter in core):
        return False
    known = engine.index.known
    own = text_tokens(core)
    if not own or any(token not in known for token in own):
        return False
    other = swapped.strip("?!.,;:'\"()«»")
    return not any(token in known for token in text_tokens(other)) and not is_stop(other.lower())


def _split_glued(engine: Engine, text: str) -> str:
    """The text with each long unknown Cyrillic word that is two known words run together
    written as the two ("прошлозаседание" → "прошло заседание"); the cut that leaves the
    shorter part longest wins. Bounded: a cut per letter of the few long words (the question
    typed on the wrong layout only)."""
    known = engine.index.known
    words = text.split(" ")
    for position, word in enumerate(words):
        core = word.rstrip("?!.,;:")
        lower = core.lower()
        if len(core) < 8 or not _CYRILLIC_WORD.fullmatch(lower) or word_token(lower) in known:
            continue
        # Both parts words of the sources (the first may be a little word such as "прошло"), four
        # letters or more: a preposition glued on is a prefix ("посоветуй", "наметили"), not a word run in.
        cuts = [
            cut
            for cut in range(4, len(lower) - 3)
            if (word_token(lower[:cut]) in known or is_stop(lower[:cut])) and word_token(lower[cut:]) in known
        ]
        if cuts:
            cut = max(cuts, key=lambda at: min(at, len(lower) - at))
            words[position] = f"{core[:cut]} {core[cut:]}{word[len(core):]}"
    return " ".join(words)


def layout_words(engine: Engine) -> frozenset[str]:
    """The topic words and the layout cues that the index does not know: they depend only on
    the knowledge base, so they are gathered on the first look and kept with the engine."""
    if engine._layout_extra is None:
        engine._layout_extra = (define.topic_index(engine.kb).vocabulary | _LAYOUT_CUES) - engine.index.known
    return engine._layout_extra


def with_meeting_named_apart_from_month(engine: Engine, query: AnalysedQuery, hits: list[Hit]) -> list[Hit]:
    """The hits with the meeting the question's other words name, when its month kept it out:
    a month is a rare word, so the search looks only among what that month reaches ("Has the
    counter-terrorism heads' meeting taken place in August 2025?" found only August's
    meetings, the June one not at all). Searched again with the month weighing nothing (token
    positions kept, as hits refer to them), a meeting found by most of its name is put after
    the first meeting hit, for :meth:`_named_meeting_first` to weigh."""
    kept = [token not in engine._month_words for token in query.tokens]
    if sum(kept) < 2:
        return hits  # the month is all there is to search by
    dateless = replace(
        query,
        weights=[w if keep else 0.0 for w, keep in zip(query.weights, kept, strict=True)],
        matches=[m if keep else [] for m, keep in zip(query.matches, kept, strict=True)],
    )
    found = engine.index.search(dateless, limit=1)
    if not found or engine.kb.kind(found[0].entity) != "meeting" or found[0].name_cover < yesno.NAMED_APART_COVER:
        return hits
    if any(h.entity == found[0].entity for h in hits[:4]):
        return hits
    first = next((i for i, h in enumerate(hits[:3]) if engine.kb.kind(h.entity) == "meeting"), None)
    if first is None:
        return hits
    at = first + 1
    return [*hits[:at], found[0], *[h for h in hits[at:] if h.entity != found[0].entity]]


def body_meeting_first(engine: Engine, query: AnalysedQuery, hits: list[Hit]) -> list[Hit]:
    """The hits with a body's one recorded meeting first when the question names the body with
    a meeting word outside its name ("статья БелТА о заседании СМВД", "the SMVD meeting"): the
    meeting is asked, not the council, which otherwise ranks first by its name and leaves the
    two to ask back between."""
    top = hits[0]
    if engine.kb.kind(top.entity) != "body":
        return hits
    meeting_at = query.tokens.index("~meeting")
    if meeting_at in top.name_tokens:
        return hits
    own = [m.id for m in engine.kb.meetings_of(top.entity) if m.body == top.entity]
    if len(own) != 1:
        return hits
    found = next((h for h in hits[1:5] if h.entity == own[0]), None)
    if found is None:
        return hits
    if any(
        h.entity != own[0] and engine.kb.kind(h.entity) in ("meeting", "person") and h.score >= BODY_MEETING_RIVAL * top.score
        for h in hits[1:5]
    ):
        # another meeting named as well ("… на момент XVIII совещания"), or a person asked
        # about ("did Klemez speak to journalists after the interior ministers met"): the
        # usual answers weigh them
        return hits
    first = replace(found, score=max(found.score, top.score))
    return [first, *(h for h in hits if h is not found)]


def named_meeting_first(engine: Engine, query: AnalysedQuery, hits: list[Hit]) -> list[Hit]:
    """The hits with the meeting the question names by its own words first, when the best meeting
    hit is another found only by a month or year its name holds ("the meeting of the Security
    Secretaries Council in August 2025": "в августе 2025 года" is in the St Petersburg meeting's
    name, "Security Secretaries" only in the 13th's). The month is then a date asked of the
    meeting named, which the answer checks, never a pointer to the other one (tuning17_look)."""
    first = next((i for i, h in enumerate(hits[:3]) if engine.kb.kind(h.entity) == "meeting"), None)
    if first is None or len(hits) < 2:
        return hits
    top = hits[first]
    for index, other in enumerate(hits[first + 1 : 5], start=first + 1):
        if (
            engine.kb.kind(other.entity) == "meeting"
            and other.score >= mentions.GUESS_SCORE
            and yesno.named_by_its_month_only(engine, query, hits, top, other)
        ):
            return [*hits[:first], other, *hits[first + 1 : index], top, *hits[index + 1 :]]
    return hits


def without_set_aside(engine: Engine, parsed: Parsed, listed: Verdict) -> Verdict | None:
    """A list without the entries the question sets aside ("кроме программы по границам, какие
    программы утвердили"); None when those were all the list held: the words set aside chose
    it, and the usual answer says what else there is."""
    clause = aside_clause(prepare(parsed.text))
    if clause is None:
        return listed
    words = text_tokens(clause)
    if not words:
        return listed
    # The entries of the list whose names hold most of the words set aside ("the counter-terrorism
    # one" of the programmes listed); a tie sets none aside.
    aside_words = {word for word in aside_tokens(engine, clause) if word[:1] != "#"} - engine._generic
    shares: dict[str, float] = {}
    for item in listed.items:
        entity = engine.kb.entities[item]
        names = " ".join([*entity.name.model_dump().values(), *entity.short.en, *entity.short.ru])
        named = aside_tokens(engine, names.lower())
        shares[item] = len(aside_words & named) / len(aside_words) if aside_words else 0.0
    best = max(shares.values(), default=0.0)
    aside = {item for item, share in shares.items() if share == best} if best >= 0.5 else set()
    if len(aside) > 1 and len(aside) < len(listed.items):
        aside = set()  # several name the words alike: which one is meant is unclear
    kept = [i for i in listed.items if i not in aside]
    if len(kept) == len(listed.items):
        return listed
    if not kept:
        parsed.hits = [hit for hit in parsed.hits if hit.entity not in aside] or parsed.hits
        return None
    listed.items = kept
    if listed.kind == "count":
        listed.value = len(kept)
    listed.filters["set_aside"] = sorted(aside)
    return listed


def aside_positions(engine: Engine, parsed: Parsed) -> set[int]:
    """The question's token positions that a "besides" sets aside (none without one)."""
    if not BESIDES_GATE.search(parsed.text.lower()):
        return set()
    clause = aside_clause(prepare(parsed.text))
    aside = aside_tokens(engine, clause) if clause else set()
    return {i for i, token in enumerate(parsed.query.tokens) if token in aside}


def aside_tokens(engine: Engine, clause: str) -> set[str]:
    """The query tokens of the words a clause sets aside, synonym groups included."""
    words = text_tokens(clause)
    return set(words) | set(engine.index.fold_synonyms(words))


def besides_words_light(engine: Engine, query: AnalysedQuery, clause: str) -> None:
    """Give the words a question sets aside ("besides migration", "кроме терроризма") little
    weight for the search: the asker knows them, so they must not choose what is asked about
    (the Migration Bodies Council for "what did the St Petersburg council discuss besides migration")."""
    aside = aside_tokens(engine, clause)
    if not aside or set(query.tokens) <= aside:
        return  # nothing but the words set aside: they are all there is to search by
    named = engine.index.search(engine.index.analyse(sorted(aside - {t for t in aside if t[:1] == "~"}) or sorted(aside)), limit=1)
    if not named or named[0].name_cover < ASIDE_NAME_COVER:
        # Words that name no entry ("кого ещё, помимо компетентных органов, предлагали
        # привлекать") may be in the very statement asked for: they keep their weight.
        return
    for position, token in enumerate(query.tokens):
        if token in aside:
            query.weights[position] = min(query.weights[position], BESIDES_WEIGHT)


def count_words_light(query: AnalysedQuery, text: str) -> None:
    """Give a figure that counts the items asked for little weight (see ``_ITEM_COUNT``)."""
    counted = {
        token
        for found in _ITEM_COUNT.finditer(text)
        if (word := found.group(0).split()[0].lower())
        and (token := f"#{int(word)}" if word.isdigit() else word_token(word)) is not None
        and token[:1] == "#"
    }
    for position, token in enumerate(query.tokens):
        if token in counted:
            query.weights[position] = min(query.weights[position], ITEM_COUNT_WEIGHT)
