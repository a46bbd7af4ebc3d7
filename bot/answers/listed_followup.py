"""Follow-ups that pick an entry of the previous list ("the second one", "tell me more about the
last", "which of them was the earliest", "второе заседание"), or compare with the previous answer
("and the one before?").

The entry chosen is asked about as a full question would be.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import listed_dates, listed_period, meeting_names, meeting_sessions, time_elapsed
from bot.answers.previous import CLEAR_LEAD, NAMED, POINTING, THERE, _meeting, _meeting_there, name_tokens
from bot.answers.verdict import Verdict
from bot.kb.schema import Fact, Meeting
from bot.search.text import has_cyrillic, is_stop, ordinal_stem
from bot.search.text import tokens as text_tokens

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase


# Words that point back at several things the previous answer named ("which of them was later").
# ("между ними": the instrumental of "они" too)
SEVERAL = re.compile(r"\b(?:them|they|these|those|both|них|ними|они|эти|оба|обе|обоих|nikh|nih|nimi|oni)\b")


# --- one of the entries the previous answer listed, and the previous subject against another ------

# Ordinals typed in Latin letters ("a vtoroy?"): the stems, as ordinal_stem knows the Cyrillic ones.
_LATIN_ORDINALS = (("perv", 1), ("vtor", 2), ("tret", 3), ("chetvert", 4), ("pyat", 5), ("shest", 6))
# What may follow an ordinal that points into a list: "one", "of them", "из них", or nothing.
_ENTRY_WORD = re.compile(r"^(?:one|ones|of|entry|item|из|iz|в|v|on|the)?$")
# Words of the pointing phrase itself, dropped from what is asked of the entry.
_ENTRY_PHRASE = re.compile(
    r"\b(?:the|one|of them|of those|of these|in the list|из них|из списка|из этих|iz nikh|iz nih|and|а|и|a|so|ok|ну)\b"
)
_OPENERS = frozenset({"а", "и", "a", "and", "ну", "so", "ok", "i"})
_ASKING_WORD = re.compile(
    r"^(?:когда|где|кто|что|как|каков\w*|сколько|when|where|who|what|how|kogda|gde|kto|chto|kak|skolko)$"
)
# An English word in a Latin-typed follow-up ("and the first?"): English, not Russian in Latin letters.
_ENGLISH_WORD = re.compile(r"\b(?:and|the|what|about|one|of|them|first|second|third|last|when|where|who|how)\b")
LAST_WORDS = frozenset({"last", "последний", "последняя", "последнее", "posledniy", "poslednii", "poslednyaya"})
MAX_LISTED_ORDINAL = 9
# "how long does it last?", "will it last": the verb, no pointer to the last entry.
_BEFORE_LAST_VERB = frozenset({"it", "does", "do", "did", "will", "would", "they", "that", "this", "to", "which"})


def _listed(context: Verdict) -> list[str]:
    """The entries the previous answer listed, in the order it showed them."""
    if context.items and context.kind in ("list", "count"):
        return list(context.items)
    value = context.value if isinstance(context.value, dict) else {}
    groups = {group: ids for group, ids in (value.get("groups") or {}).items() if ids}
    only = value.get("only")
    if isinstance(only, str) and groups.get(only):
        return list(groups[only])
    if len(groups) == 1:
        return list(next(iter(groups.values())))
    return []


def ordinal_word(word: str) -> int | None:
    """The number an ordinal word stands for, in Cyrillic or Latin letters ("первая", "vtoraya")."""
    number = ordinal_stem(word)
    if number is None and word.isascii():
        number = next((n for stem, n in _LATIN_ORDINALS if word.startswith(stem)), None)
    return number


def entry_number(text: str) -> tuple[int, int, int] | None:
    """(ordinal, start, end) of an ordinal pointing into a list ("the third one", "а первый из них")."""
    words = list(re.finditer(r"[^\W\d_]+", text))
    for index, match in enumerate(words):
        word = match.group(0)
        number = ordinal_stem(word) if len(word) > 3 else None
        if number is None and word.isascii():
            number = next((n for stem, n in _LATIN_ORDINALS if word.startswith(stem)), None)
        if number is None and word in LAST_WORDS and not (index and words[index - 1].group(0) in _BEFORE_LAST_VERB):
            number = -1
        if number is None or number > MAX_LISTED_ORDINAL:
            continue
        following = words[index + 1].group(0) if index + 1 < len(words) else ""
        # "а второй когда создан?": the ordinal opens the question and a question word follows it
        opened = all(w.group(0) in _OPENERS for w in words[:index]) and _ASKING_WORD.match(following) is not None
        if _ENTRY_WORD.match(following) or len(words) <= 3 or opened:
            end = words[index + 1].end() if following in ("one", "ones") else match.end()
            return number, match.start(), end
    return None


def session_of_previous(engine: Engine, parsed: Parsed, context: Verdict, base: Verdict) -> Verdict | None:
    """ "О чём была четвёртая?" after the sessions of a meeting were counted or listed, "а третья?"
    after one of them: the session of the same meeting with that number."""
    meeting = engine.kb.get(context.focus[0]) if context.focus else None
    if not isinstance(meeting, Meeting) or not meeting.sessions:
        return None
    found = entry_number(parsed.text.lower().strip(" ?!."))
    if found is None or found[0] < 1:
        return None
    # The previous answer was about the sessions: their titles or one session's points.
    shown = {s.en for s in context.statements}
    recorded = {t for session in meeting.sessions for t in (session.title.en, *(p.en for p in session.points))}
    if not shown & recorded and not any("session" in text.lower() for text in shown):
        return None  # an agenda naming its sessions ("... (third session)") counts
    index = meeting_sessions.session_index(meeting, found[0])
    if index is None:
        return None
    verdict = meeting_sessions.session_points(base, meeting, index)
    verdict.question = base.question
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict


# Nothing asked of a listed entry but more about it ("tell me more about", "расскажи подробнее
# про", "что это"): every word one of these ("что там докладывал ..." asks something).
_TELL_MORE = re.compile(
    r"(?:tell|me|more|about|расскажи|подробнее|о|об|про|что|what|is|это|there|там)(?: (?:tell|me|more|about|расскажи"
    r"|подробнее|о|об|про|что|what|is|это|there|там))*"
)
# An entry of the list called by a word of its name: "the border one", "та, что про границы",
# "та, которая по терроризму".
# "the other one", "а другая?", "a drugoy?": the other of two listed entries
_OTHER = re.compile(
    r"\b(?:the\s+)?other(?:\s+one)?\b|\bдруг(?:ой|ая|ое|ую|ие)\b|\bоставш\w+|\bdrug(?:oy|oi|aya|oe|uyu)\b"
)
_ONE_BY_WORD = re.compile(
    r"\b(?:the|that)\s+(?P<en>[^\W\d_]+(?:\s+[^\W\d_]+)?)\s+ones?\b"
    r"|\b(?:та|тот|то|те|ta|tot|te)\s*,?\s*(?:что|которая|который|которое|которые|chto|kotoraya|kotoryi)\s+"
    r"(?:про|о|об|по|pro|o|ob|po)\s+(?P<ru>[^\W\d_]+(?:\s+[^\W\d_]+)?)"
)


def _entry_by_word(kb: KnowledgeBase, text: str, listed: list[str]) -> tuple[int, int, int] | None:
    """(number, start, end) of the one listed entry whose name has the words of "the <words> one"."""
    found = _ONE_BY_WORD.search(text)
    if found is None:
        return None
    words = {token for token in text_tokens(found.group("en") or found.group("ru") or "") if not is_stop(token)}
    if not words:
        return None
    matching = [n for n, entry in enumerate(listed, 1) if entry in kb.entities and words <= name_tokens(kb, entry)]
    if len(matching) != 1:
        return None  # none or several have the word: which one is meant is not said
    return matching[0], found.start(), found.end()


def _enumerated(engine: Engine, context: Verdict) -> list[str]:
    """The entries of one kind the previous question named one after another ("ШОС, ОДКБ и ЕАГ"),
    in its order; empty unless it named two or more."""
    asked = engine.parse(context.question, context.lang)
    named = [h for h in asked.hits[:6] if h.name_cover >= NAMED and h.score >= 0.3]
    # Where each is named: the first word only its name explains ("организации" is in two names).
    shared = {i for h in named for i in h.name_tokens if sum(i in other.name_tokens for other in named) > 1}
    placed: list[tuple[int, str]] = []
    for hit in named:
        own = hit.name_tokens - shared
        if own:
            placed.append((min(own), hit.entity))
    kinds = {engine.kb.kind(entity) for _, entity in placed}
    if len(placed) < 2 or len(kinds) != 1:
        return []
    return [entity for _, entity in sorted(placed)]


def _asked_of_two(context: Verdict) -> str | None:
    """The entry asked a turn before: the subject, or the one entry a "which of them" picked from the two
    ("которая из них закончится раньше?" is a list of one)."""
    return context.focus[0] if context.focus else (context.items[0] if len(context.items) == 1 else None)


def other_of_two(context: Verdict, text: str) -> str | None:
    """ "а другая до какого года?", "and the other one - until when?" after one of two listed entries was
    asked about: the entry not asked yet; None when the turn says no "other" or the context has no pair."""
    kept = context.filters.get("listed")
    listed = _listed(context)
    if len(listed) < 2 and isinstance(kept, list):
        listed = [str(entry) for entry in kept]
    asked = _asked_of_two(context)
    if len(listed) != 2 or asked not in listed or _OTHER.search(text.lower()) is None:
        return None
    return listed[1] if listed[0] == asked else listed[0]


def listed_entry(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """ "Tell me more about the third one", "а первый из них когда создан?", "and the second?" after
    a list: the question asked of that entry of the list (its card when nothing else is asked)."""
    # After "а первый из них когда создан?", "а второй?" points into the same list, asking the same.
    kept = context.filters.get("listed")
    listed = _listed(context)
    if len(listed) < 2 and isinstance(kept, list):
        listed = list(kept)
    if len(listed) < 2:
        return None
    text = parsed.text.lower().strip(" ?!.")
    found = entry_number(text) if not _WHICH_OF.search(text) else None
    asked = _asked_of_two(context)
    other = _OTHER.search(text) if found is None and len(listed) == 2 and asked is not None else None
    if other is not None and asked in listed:
        # "and the other one?", "а другая?" after one of two listed entries: the one not asked yet
        found = (2 if listed[0] == asked else 1, other.start(), other.end())
    if found is None and _ONE_BY_WORD.search(text):
        found = _entry_by_word(engine.kb, text, listed)
    if found is None:
        return None
    number, start, end = found
    enumerated = _enumerated(engine, context) if number > 0 else []
    if 0 < number <= len(enumerated):
        # "а что докладывал секретариат третьей из них?" after "какие организации представляли ШОС,
        # ОДКБ и ЕАГ": the third the question named, in the order it named them.
        listed = enumerated
    if number > len(listed):
        return None
    entry = listed[number - 1] if number > 0 else listed[-1]
    if entry not in engine.kb.entities:
        return None
    name = engine.kb.name(entry, parsed.lang)
    rest = _ENTRY_PHRASE.sub(" ", text[:start] + " " + text[end:])
    rest = POINTING.sub(" ", SEVERAL.sub(" ", rest))
    rest = " ".join(rest.split())
    words = re.findall(r"[^\W_]+", rest)
    # "where was the second one?": a question word alone asks something of the entry
    asks = [word for word in words if not is_stop(word)] or [word for word in words if _ASKING_WORD.match(word)]
    previous = context.filters.get("entry_rest")
    # ("tell me about the first one", read as "about the first one": its card, not the last question again)
    if not asks and isinstance(previous, str) and not _listed(context) and not re.match(r"(?:about|про|об?)\b", text):
        rest, asks = previous, previous.split()
    verdict = None
    lang = parsed.lang
    if not has_cyrillic(text) and _ENGLISH_WORD.search(text) is None:
        # "a pervaya?" in Latin letters has no language of its own: the conversation's
        lang = context.lang
        name = engine.kb.name(entry, lang)
    if asks and not _TELL_MORE.fullmatch(rest):
        verdict = engine.answer(f"{rest} {name}?", lang, today)
        # A fact about the entry ("when the ATC was established") is about it too.
        related = {r for i in verdict.focus if isinstance(fact := engine.kb.get(i), Fact) for r in fact.related}
        # A list the entry only filters (the meetings it attended) does not answer what was asked of it.
        about = (*verdict.items,) if verdict.kind == "list" else (*verdict.focus, *verdict.items, *related)
        if not verdict.answered or entry not in about:
            verdict = None
    if verdict is None:
        # Nothing else asked (or nothing the sources answer of it): what the entry is.
        entity = engine.kb.entities[entry]
        verdict = Verdict(parsed.text, parsed.lang, "card", True, focus=[entry], intent="card")
        verdict.sources = list(entity.sources)
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question, "listed": listed}
    if asks:
        verdict.filters["entry_rest"] = rest
    return verdict


# "was that before or after the Dushanbe summit?", "это было до или после саммита?"
RELATIVE = re.compile(
    r"\b(?:before|after|earlier than|later than|prior to|до|после|раньше|позже|позднее|прежде|posle|ranshe|pozzhe)\b"
)


# whole months or years are counted by the full question
_IN_UNITS = re.compile(r"\b(?:months?|years?)\b|\bмесяц\w*|\bлет\b|\bгод(?:а|ов)?\b|\bmesyats\w*|\blet\b")


def compared_with_previous(engine: Engine, parsed: Parsed, context: Verdict, own: str | None) -> Verdict | None:
    """Whether the previous answer's meeting came before or after the one the question names."""
    text = parsed.text.lower()
    if own is None or not RELATIVE.search(text) or not (POINTING.search(text) or THERE.search(text)):
        return None
    kb = engine.kb
    subject = _meeting(engine, context)
    named = [m for m, _ in meeting_names.named_meetings(engine, parsed) if m != subject]
    other = named[0] if named else (own if kb.kind(own) == "meeting" else None)
    if subject is None or other is None or other == subject:
        return None
    base = Verdict(parsed.text, parsed.lang, "decline", False, intent="time:order")
    if time_elapsed.HOW_MANY_DAYS.search(text) and not _IN_UNITS.search(text):
        # "сколько дней прошло от него до совета МВД?", "how long after the June meeting was it?":
        # the days between the two, not only which came first.
        pair = sorted([subject, other], key=lambda m: kb.date_key.get(m, (9999, 0, 0)))
        verdict = time_elapsed.days_of_pair(kb, base, pair)
        if verdict is not None:
            verdict.filters["follow_up"] = context.question
            return verdict
    verdict = time_elapsed.order_of(kb, base, [subject, other])
    if verdict is None:
        return None
    verdict.value["relative_to"] = other
    verdict.value["subject"] = subject
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict


# "which of them was in Moscow?", "какие из них были в Москве?", "a kakaya iz nih ... SHOS?"
_WHICH_OF = re.compile(
    r"\b(?:which|what|who) (?:ones? )?of (?:them|these|those)\b|^(?:(?:and|so) )?which one\b|\b(?:как|кто|котор)\w* из (?:них|этих|тех|перечисленн\w*)"
    r"|\b(?:kak|kto|kotor)\w* iz (?:nih|nikh|etih|etikh)\b"
    # terse, right after a list: "which were at the St Petersburg meeting", "какие были на заседании в Питере"
    r"|^(?:(?:and|а|и|a|i) )?(?:which|какие|которые|kakie|kotorye)(?= (?:were|was|attended|took part|participated"
    r"|был[иа]?|участвовал[иа]?|присутствовал[иа]?|byl[ia]?|uchastvoval[ia]?)\b)"
)
# "which of them was earlier?", "какое из них было раньше?" (of two, the earlier is the first)
_EARLIEST = re.compile(r"\b(?:first|earliest|earlier|перв\w*|раньше|ранее|прежде|самым ранним|pervy\w*|ranshe)\b")
_LATEST = re.compile(r"\b(?:last|latest|later|most recent|последн\w*|позже|позднее|самым поздним|posledn\w*|pozzhe)\b")


def which_of_listed(engine: Engine, parsed: Parsed, context: Verdict) -> Verdict | None:
    """The entries of the previous list the rest of the question names or points at (a place, a body,
    an organisation they belong to), or the earliest or latest of them."""
    text = parsed.text.lower().strip(" ?!.")
    match = _WHICH_OF.search(text)
    if match is None:
        return None
    kb = engine.kb
    kept = context.filters.get("listed")
    listed = _listed(context)
    if len(listed) < 2 and isinstance(kept, list):
        listed = list(kept)
    listed = [i for i in listed if i in kb.entities]
    if len(listed) < 2:
        return None
    rest = " ".join((text[: match.start()] + " " + text[match.end() :]).split())
    chosen: list[str] = []
    dated = [i for i in listed if i in kb.date_key]
    by_date = listed_dates.picked(kb, listed, rest)  # "which of them had a date?", "какие из них в 2025 году?"
    by_period = listed_period.picked(kb, listed, rest) if by_date is None else None  # "какая из них дольше действует?"
    by_meeting: list[str] = []  # the meeting the list is filtered by, if one
    if by_date is not None:
        chosen = by_date
    elif by_period is not None:
        chosen = by_period
    elif len(dated) == len(listed) and (_EARLIEST.search(rest) or _LATEST.search(rest)):
        ordered = sorted(listed, key=lambda i: kb.date_key[i])
        chosen = [ordered[-1] if _LATEST.search(rest) else ordered[0]]
    else:
        meant = engine.parse(rest, parsed.lang)
        scores: dict[str, float] = {}
        for hit in meant.hits[:5]:
            if hit.score < 0.5 or hit.name_cover < NAMED:
                continue
            related = {
                hit.entity,
                *kb.meetings_by.get(hit.entity, []),
                *kb.documents_by.get(hit.entity, []),
                *kb.people_by.get(hit.entity, []),
                *kb.children.get(hit.entity, []),
            }
            named = kb.entities[hit.entity]
            if kb.kind(hit.entity) == "place" and (there := _meeting_there(engine, meant, hit.entity)) is not None:
                # "which of them were at the St Petersburg meeting?": the city names the meeting held
                # there, whose participants are asked (the city's own relations are its meetings)
                held = kb.entities[there]
                by_meeting.append(there)
                taking = held.participants if isinstance(held, Meeting) else None
                related |= set() if taking is None else {*taking.states, *taking.bodies, *taking.organisations, *(x.person for x in taking.people)}
            if isinstance(named, Meeting):
                # "Which of them were at the Moscow meeting": its participants.
                by_meeting.append(named.id)
                taking = named.participants
                related |= {*taking.states, *taking.bodies, *taking.organisations, *(x.person for x in taking.people)}
            # "Which of them belongs to the SCO": an entry whose own name holds the named one's.
            words = set(text_tokens(named.name.en)) | set(text_tokens(named.name.ru))
            for entry in listed:
                own_words = name_tokens(kb, entry)
                if entry in related or (len(words) > 1 and words <= own_words):
                    scores[entry] = max(scores.get(entry, 0.0), hit.score)
        if scores:
            best = max(scores.values())
            chosen = [i for i in listed if scores.get(i, 0.0) >= best - CLEAR_LEAD]
    if not chosen:
        return None
    kind = kb.kind(chosen[0])
    if by_period is not None and len(chosen) == 1:
        # "какая из них рассчитана на больший срок?": that document with its period, and "it" next
        # ("сколько лет осталось до её окончания?") is the document, not the list of one
        verdict = Verdict(parsed.text, parsed.lang, "card", True, focus=chosen, intent="card")
        verdict.sources = list(kb.entities[chosen[0]].sources)
        verdict.filters = {"follow_up": context.question, "listed": listed}
        return verdict
    verdict = Verdict(parsed.text, parsed.lang, "list", True, attribute=kind, items=chosen, intent=f"list:{kind}")
    verdict.sources = list(dict.fromkeys(s for i in chosen for s in kb.entities[i].sources))
    verdict.filters = {"follow_up": context.question, "listed": listed}
    if len(set(by_meeting)) == 1:
        # the meeting the list was filtered by: "what did the meeting discuss?" next is of it
        verdict.filters["meetings"] = [by_meeting[0]]
    return verdict
