"""A verdict in words: the first message (the asked fact first, then a short source line), the
full card behind **More**, and the supporting sentences of the sources behind **Sources**.

All wording of answers lives here and in :mod:`bot.present.i18n`, in English, translated through the
message catalog (:mod:`bot.present.messages`: the tables below map codes to English texts marked
with ``to_translate``); everything from the knowledge base passes through :func:`bot.present.render.esc`.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from babel.dates import format_date as babel_format_date
from babel.dates import format_skeleton, get_month_names

from bot.answers.engine import Engine
from bot.answers.facts import participant_groups
from bot.answers.followup import offered
from bot.answers.ordinal_asked import roman
from bot.answers.verdict import Match, Verdict
from bot.kb.base import KnowledgeBase, meeting_date
from bot.kb.schema import Document, Entity, Fact, Meeting, PartialDate, Person, Place, Source
from bot.present.i18n import (
    KIND_LABEL,
    ROLE_LABEL,
    UNITS,
    count,
    examples,
    format_date,
    format_day,
    format_list,
    format_period,
    format_range,
    format_weekday,
    localise_date_text,
    unit_word,
)
from bot.present.messages import to_translate, translate, translate_plural
from bot.present.render import card, entity_line, entity_list, esc, stated_sessions, usage_lines
from bot.search.text import tokens

# The first message lists at most this many entries; the rest are behind More.
FIRST_ITEMS = 12
# A session's points, or a meeting's sessions, shown at most.
SESSION_POINTS = 6
SESSION_POINTS_CHARS = 850  # all the points of one session shown at first, together
# A list shows this many entries in its first message (within Telegram's 4,096 characters).
LIST_ITEMS = 20
# A statement quoted in a first message is cut at this many characters (whole words).
QUOTE_CHARS = 320
QUOTE_CHARS_ALONE = 480  # one statement alone may run longer
QUOTE_CHARS_SEVERAL = 200  # one of several meetings' statements, each under its meeting
TITLE_CHARS = 140  # a source's title beside its citation (one of them is the long name of a meeting)
# One statement that answers "which ... did he list" is shown up to this length.
LIST_QUOTE_CHARS = 700
MIN_LIST_SEMICOLONS = 2  # a statement with this many semicolons enumerates
MIN_LIST_COMMAS = 2  # ... or with this many commas after a colon
_WHAT_FIRST = re.compile(r"^\W*(?:what|что|chto)\b")
_ENUMERATION = re.compile(
    r"^(?:which|what) \w+s (?:did|do|does|were|are|has|have)\b|\blist\w*|\benumerat\w*|^(?:какие|каких|какими)\b|\bперечисл\w*"
    r"|^(?:kakie|kakikh)\b|\bperechisl\w*"
    # "give me all of them", "name them all", "назови все": every item asked, whatever the question word
    r"|\ball of them\b|\bthem all\b|\b(?:give|tell|show) me all\b|\b(?:назови|перечисли|укажи)(?: их)? все\b|\bвсе из них\b"
    r"|\bnazovi(?: ikh| ih)? vse\b"
)
DESCRIPTION_CHARS = 260
ENUMERATED_CHARS = 200  # one item of a counted enumeration
CAVEAT_CHARS = 220
# Participants of every group are named in the first message while their names fit in this.
PARTICIPANTS_CHARS = 500
# Attributes whose answer shows the first note that bears on it (an inferred year, a reported date).
CAVEATED = {"date", "place", "speakers", "established", "stated", "state"}
TELEGRAM_LIMIT = 4096
QUOTED_SENTENCES = 3

WORDS: dict[str, str] = {
    "yes": to_translate("Yes."),
    "no": to_translate("No."),
    "unknown": to_translate("The sources do not say."),
    "not_itself": to_translate("Not itself."),
    "named_instead": to_translate("The sources name someone else."),
    "no_delegates": to_translate("The sources name no members of any delegation."),
    "premise_wrong": to_translate("That is not so."),
    "no_reason": to_translate("The sources give no reason."),
    "only_planned": to_translate("The sources record only a plan; they do not say it was done."),
    "unconfirmed": to_translate("The sources do not say so directly. What they record:"),
    "complete": to_translate("That is all the sources list:"),
    "source_line": to_translate("Source"),
    "sources_line": to_translate("Sources"),
    "no_source_text": to_translate("The text of this source is not available to quote."),
    "quoted": to_translate("From the source (original text):"),
    "no_upcoming": to_translate("No meeting after today is recorded in the sources."),
    "latest": to_translate("The most recent one recorded:"),
    "no_items": to_translate("The sources record no {what} that match."),
    "established": to_translate("{date} — {name} established"),
    # "more exactly?" after a date known to the month (bot/answers/exact_day.py)
    "speakers_named": to_translate("People the sources name as speaking: {n}"),
    "month_only": to_translate("{month}; the sources do not give the year — {name}"),
    "day_not_given": to_translate("{date} — the sources do not give the day of {name}"),
    "stated_vs_named": to_translate("The source says {stated} but names {named}."),
    "said_at": to_translate("at"),
    "adopted_at": to_translate("adopted at"),
    "approved_at": to_translate("approved at"),
    # "who approved it?" (the meeting's name stays in the nominative in Russian)
    "approved_by_meeting": to_translate("Approved at the {meeting}"),
    "adopted_by_meeting": to_translate("Adopted at the {meeting}"),
    "and_more": to_translate("…and {n} more (More)"),
    "also": to_translate("Also: {what} (More)."),
    "series_count": to_translate(
        "it is the {ordinal} of its series by its number, so the series has met {times} times (the sources record the earlier meetings only by that numbering)."
    ),
    "numeral": to_translate("{asked} is the Roman numeral for {number}: the {ordinal} in the series."),
    "term_usage": to_translate("A common expansion, not taken from the sources."),
    "shortened": to_translate("(shortened)"),
    "not_sure": to_translate("I am not sure what you mean. Did you mean:"),
    "speakers_unnamed": to_translate("The participants"),
    "none_of_group": to_translate("The source lists {sizes} at {a}; no {what} among them."),
    "media_only": to_translate("{person} told the media about this meeting; the source does not say he spoke at it."),
    "no_speaker": to_translate("the source names no one speaker"),
    # Set operations over participant lists ({what}: "7 states"; {a}, {b}: meetings).
    "op_both": to_translate("{what} — on the lists of both {a} and {b}:"),
    "op_only_first": to_translate("{what} — at {a} but not at {b}:"),
    "op_only_one": to_translate("{what} — at only one of {a} and {b}:"),
    "op_all": to_translate("{what} — on the lists of all {k} meetings that have them:"),
    "op_any": to_translate("{what} — on the lists of {k} meetings taken together:"),
    "op_all_named": to_translate("{what} — on the lists of all {k} meetings named:"),
    "op_any_named": to_translate("{what} — on the lists of the {k} meetings named, taken together:"),
    "op_any_place": to_translate("{what} — at the meetings held in {place} (their lists taken together):"),
    "op_exactly": to_translate("{what} — on the lists of exactly {n} of the {k} meetings that have them:"),
    "op_outside": to_translate("{what} — at {a}, outside the categories: {cats}:"),
    "op_filter": to_translate("{what} — at {a}:"),
    "op_absent": to_translate("{what} — CIS member states not on the list of {a}:"),
    "op_none": to_translate("None: no {what} match."),
    "op_neither": to_translate("{what} — CIS member states on neither the list of {a} nor that of {b}:"),
    "op_neither_none": to_translate("None: every CIS member state the sources name is on the list of {a} or of {b}."),
    "region_none": to_translate("None: the source lists no {what} at {a}."),
    "region_note": to_translate("{region} by geography (the sources do not group states by region): {names}."),
    "region_missing": to_translate("Not listed: {names}."),
    "capacity": to_translate("took part in {meeting} as one of the {what} ({count} in all)."),
    "op_exactly_none": to_translate("None: no {what} are on the lists of exactly {n} of the {k} meetings that have them."),
    "op_sum": to_translate("{parts} — {a}."),
    "op_kinds": to_translate("{what} at {a}, by kind:"),
    "op_named_as": to_translate("of the {k} {what} at {a}, those with “{word}” in their names:"),
    "op_named_as_not": to_translate("of the {k} {what} at {a}, those without “{word}” in their names:"),
    "no_list": to_translate("The sources do not list the participants of: {what}."),
    "participants": to_translate("participants"),
    # Time.
    "days_between": to_translate("from {a} ({d1}) to {b} ({d2})"),
    "days_published": to_translate("{a} was held on {d1}; the source reporting it is dated {d2}"),
    "elapsed": to_translate("{span} since {a} ({d1})."),
    "elapsed_by": to_translate("{span} by {year} since {a} ({d1})."),
    "elapsed_about": to_translate("about"),
    "days_publication": to_translate("from the publication of the source on {a} ({d1}) to {b} ({d2})"),
    "days_ago_published": to_translate("since the source on {a} was published ({d1})"),
    "spoke_label": to_translate("people who spoke, sent addresses or made statements"),
    "our_sources": to_translate("Documents the answers are based on"),
    "reported_by": to_translate("Who reported each (the publisher of its source):"),
    "none_after": to_translate("No meeting after {a} ({d1}) is recorded in the sources"),
    "none_before": to_translate("No meeting before {a} ({d1}) is recorded in the sources"),
    "none_before_in_series": to_translate("No earlier meeting of {body} than {a} ({d1}) is recorded in the sources"),
    "tense_past": to_translate("Already past: {a} was held on {d1}"),
    "tense_upcoming": to_translate("Still ahead: {a} is due {d1}"),
    "remaining": to_translate("{span} left until {a} ends (its period runs to the end of {end})."),
    "planned": to_translate("planned"),
    "was_planned": to_translate("was planned; not reported as held"),
    "days_range": to_translate("Between {low} and {high}"),
    "came_first": to_translate("{a} came first ({d1}); {b} followed on {d2}{later}."),
    "later": to_translate(", {span} later"),
    "came_later": to_translate("{b} came later ({d2}{later}); {a} was earlier ({d1})."),
    "was_before": to_translate("Before: {a} ({d1}) came before {b} ({d2})."),
    "was_after": to_translate("After: {a} ({d1}) came after {b} ({d2})."),
    "dated_yes": to_translate("{a}: {when} — {relative} ({year})"),
    "dated_no": to_translate("{a}: {when} — not {relative} ({year})."),
    "dated_since": to_translate("{a}: decided {when}; the sources record no change since"),
    "dated_planned": to_translate("{a} was planned for {when}; no source reports whether it took place"),
    "this_year": to_translate("this year"),
    "last_year": to_translate("last year"),
    "now": to_translate("in the current year"),
    "no_upcoming_document": to_translate("No {what} after today is recorded in the sources."),
}

_SEASON_WORDS: dict[str, str] = {
    "summer": to_translate("summer"),
    "autumn": to_translate("autumn"),
    "spring": to_translate("spring"),
    "winter": to_translate("winter (January–February)"),
    "first_half": to_translate("first half"),
    "second_half": to_translate("second half"),
    "last_year": to_translate("last year", context="season"),
    "this_year": to_translate("this year", context="season"),
}
_DOCUMENT_KIND_WORDS: dict[str, str] = {
    "programme": to_translate("programme"),
    "concept": to_translate("concept"),
    "treaty": to_translate("treaty"),
    "statement": to_translate("statement"),
    "decision": to_translate("decision"),
    "protocol": to_translate("protocol"),
    "report": to_translate("report"),
}
_CATEGORY_WORDS: dict[str, str] = {
    "sectoral": to_translate("sectoral"),
    "specialised": to_translate("specialised"),
}

_CATEGORY_GENITIVE: dict[str, str] = {
    "sectoral": to_translate("sectoral", context="genitive plural"),
    "specialised": to_translate("specialised", context="genitive plural"),
}

# A group's name without a number ("states", "органы СНГ").
_GROUP_WORDS: dict[str, dict[str, str]] = {
    group: {"en": unit_word(group, 5, "en"), "ru": unit_word(group, 2, "ru")}
    for group in ("states", "bodies", "organisations", "basic_organisations", "people", "sessions")
}
# The form after "2" is the plural's for most groups ("государства"), not for "органа СНГ": the label
# is the plural ("органы СНГ (13)").
_BODIES_RU = translate("CIS bodies", "ru")
_GROUP_WORDS["bodies"]["ru"] = _BODIES_RU[:1].lower() + _BODIES_RU[1:]


# The group a yes/no asked the member to be among (listed_group), named as the question would.
_ASKED_GROUPS = {
    "organisations": to_translate("international organisations"),
    "bodies": to_translate("CIS bodies"),
    "states": to_translate("states"),
}


def _group_asked(group: str, lang: str) -> str:
    """A group of participants named inside a sentence ("органы СНГ", "international organisations")."""
    text = translate(_ASKED_GROUPS.get(group, group), lang)
    return esc(text[:1].lower() + text[1:] if lang == "ru" else text)


def group_words(group: str, number: int, lang: str) -> str:
    """ "8 states" / "8 государств", "2 органа СНГ": the group's word in the form the number takes."""
    return count(number, group, lang) if group in UNITS else f"{number} {group}"


@dataclass
class Reply:
    """What a user gets for one question: the first message and the views behind its buttons."""

    verdict: Verdict
    html: str
    related: list[str] = field(default_factory=list)
    kb: KnowledgeBase | None = field(default=None, repr=False)

    # The views behind the buttons are worded only when asked for (a button press, --json).
    @property
    def more(self) -> str | None:
        return more_view(self.kb, self.verdict) if self.kb is not None else None

    @property
    def sources(self) -> str | None:
        return sources_of(self.kb, self.verdict) if self.kb is not None else None

    @property
    def answered(self) -> bool:
        return self.verdict.answered

    @property
    def lang(self) -> str:
        return self.verdict.lang

    @property
    def entity(self) -> str | None:
        return self.verdict.entity

    @property
    def matches(self) -> list[Match]:
        return self.verdict.matches

    @property
    def intent(self) -> str:
        return self.verdict.intent

    @property
    def alternatives(self) -> list[str]:
        return self.verdict.alternatives

    def to_json(self) -> dict[str, Any]:
        verdict = self.verdict
        return {
            "question": verdict.question,
            "answered": verdict.answered,
            "answer": self.html,
            "lang": verdict.lang,
            "intent": verdict.intent,
            "matches": [{"id": m.id, "kind": m.kind, "score": round(m.score, 3)} for m in verdict.matches],
            "verdict": verdict.to_json(),
            "more": self.more,
        }


def present(kb: KnowledgeBase, verdict: Verdict, today: date | None = None) -> Reply:
    """Word a verdict for Telegram."""
    lang = verdict.lang
    body = _first(kb, verdict, today or date.today()) if not verdict.also else _parts(kb, verdict, today or date.today())
    if verdict.yes is not None and _YES_NO_ONLY.search(verdict.question):
        body = _just_the_verdict(body, with_ground=not verdict.yes)
    if verdict.filters.get("brief"):
        body = _brief(body)  # "короче" after an answer: its first line
    body = _capital(body)  # a short name may start the answer lower-case ("заседание … — повестка")
    weekday = verdict.filters.get("weekday") if verdict.answered else None
    if isinstance(weekday, str):
        # "which day of the week": the weekday first, the answer that dated it after
        day = date.fromisoformat(weekday)
        named = f"<b>{esc(format_weekday(day, lang))}</b>"
        body = translate("{date} was a {weekday}.", lang, date=esc(format_day(day, lang)), weekday=named) + "\n" + body
    line = source_line(kb, verdict.sources, lang)
    html = body + (f"\n<i>{line}</i>" if line and verdict.answered else "")
    related = [i for i in verdict.focus if i in kb.entities]
    return Reply(verdict, html, related, kb)


# "…, yes/no only", "just yes or no", "только да или нет": the verdict and its first ground, no card.
_YES_NO_ONLY = re.compile(
    r"\byes\s*(?:/|or)\s*no\s+only\b|\b(?:just|only)\s+(?:a\s+)?yes\s*(?:/|or)\s*no\b"
    r"|\b(?:только|просто)\s+да\s*(?:/|или)\s*нет\b|\bда\s*(?:/|или)\s*нет\s+только\b"
    r"|\b(?:tolko|prosto)\s+da\s*(?:/|ili)\s*net\b",
    re.I,
)
_SHORT_VERDICT_CHARS = 160
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# Words after which a full stop ends no sentence ("St. Petersburg", "2025 г. в Москве", "т. е."); an
# initial ("D. Trefilov") neither.
_ABBREVIATED = frozenset({"st", "mr", "dr", "no", "nos", "vs", "jr", "sr", "gen", "col", "lt", "mt", "им", "ст", "см", "св"})
# Russian abbreviations that also end sentences ("в 2025 г."): a sentence goes on only in lower case
_ABBREVIATED_MIDWAY = frozenset({"г", "гг", "т", "п", "пп", "е", "чел", "тыс", "млн", "etc"})


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """The spaces that end a sentence of ``text``."""
    ends = []
    for match in _SENTENCE_END.finditer(text):
        before = text[: match.start()].rstrip(".!?")
        word = before[before.rfind(" ") + 1 :].lstrip("(«\"")
        if text[match.start() - 1] == "." and (word.lower() in _ABBREVIATED or (len(word) == 1 and word.isupper())):
            continue
        if text[match.start() - 1] == "." and word.lower() in _ABBREVIATED_MIDWAY and text[match.end() : match.end() + 1].islower():
            continue
        ends.append(match)
    return ends


def _sentences(text: str) -> list[str]:
    pieces, start = [], 0
    for match in _sentence_ends(text):
        pieces.append(text[start : match.start()])
        start = match.end()
    return [*pieces, text[start:]]


def _parts(kb: KnowledgeBase, verdict: Verdict, today: date) -> str:
    """A question asked in several parts: each part's answer in turn, the first part's first; a
    part the sources cannot answer says so for that part alone."""
    answers = []
    # Several abbreviations decoded at once: one line each, the full name.
    decoding = any(part.kind == "card" and part.attribute in ("full_name", "term") for part in verdict.also)
    for part in verdict.also:
        if part.kind in ("decline", "clarify"):
            asked = part.question.strip().rstrip("?")
            answers.append(esc(translate("On “{asked}”: the sources do not say.", verdict.lang, asked=asked)))
        elif decoding:
            answers.append(_first(kb, part, today).split("\n")[0])
        else:
            answers.append(_first(kb, part, today))
    return ("\n" if decoding else "\n\n").join(answers)


_BRIEF_HEAD_CHARS = 24


def _brief(body: str) -> str:
    """The first line of an answer; after a bare "Yes." / "No." the line that says why too, after a
    list's heading ("Meetings: 3") its items (a list cut short would be another list)."""
    lines = body.split("\n")
    kept = lines[:1]
    if len(lines) > 1 and len(re.sub(r"<[^>]+>", "", lines[0])) <= _BRIEF_HEAD_CHARS:
        items = [line for line in lines[1:] if line.startswith("•")]
        kept += items if lines[1].startswith("•") else lines[1:2]
    text = "\n".join(kept)
    balanced = text.count("<b>") == text.count("</b>") and text.count("<i>") == text.count("</i>")
    return text if balanced else body


def _just_the_verdict(body: str, with_ground: bool) -> str:
    """The yes, or the no and the sentence after it that corrects the question, its tags closed (a
    sentence is cut only where every <b> and <i> opened before it is closed)."""
    kept = ""
    for piece in _sentences(body.replace("\n", " "))[: 2 if with_ground else 1]:
        candidate = f"{kept} {piece}".strip()
        if kept and len(re.sub(r"<[^>]+>", "", candidate)) > _SHORT_VERDICT_CHARS:
            break
        kept = candidate
        if kept.count("<b>") == kept.count("</b>") and kept.count("<i>") == kept.count("</i>") and len(
            re.sub(r"<[^>]+>", "", kept)
        ) > len("Yes."):
            break
    balanced = kept.count("<b>") == kept.count("</b>") and kept.count("<i>") == kept.count("</i>")
    return kept if balanced else body


def has_more(verdict: Verdict) -> bool:
    return verdict.answered and bool(verdict.items or verdict.focus)


def has_sources(verdict: Verdict) -> bool:
    return verdict.answered and bool(verdict.sources)


def more_view(kb: KnowledgeBase, verdict: Verdict) -> str | None:
    """The HTML behind **More**, or None when the answer has none."""
    return _more(kb, verdict) if verdict.answered else None


def sources_of(kb: KnowledgeBase, verdict: Verdict) -> str | None:
    """The HTML behind **Sources**, or None when the answer cites none."""
    return sources_view(kb, verdict) if has_sources(verdict) else None


# --- the first message --------------------------------------------------------------------------


def _first(kb: KnowledgeBase, verdict: Verdict, today: date) -> str:
    lang = verdict.lang
    kind = verdict.kind
    if kind == "decline":
        if verdict.reason == "empty":
            return with_examples(translate("Please type a question about CIS security cooperation.", lang), lang)
        if verdict.reason == "help":
            return with_examples(translate("I answer questions about the bodies, meetings and programmes of CIS cooperation in the security sphere, each with its source, in English or Russian.", lang), lang)
        if verdict.reason == "thanks":
            return esc(translate("You are welcome. Ask me anything else about CIS security cooperation.", lang))
        return with_examples(translate("Sorry, I can only answer questions about the bodies, meetings and programmes of CIS cooperation in the security sphere, and I found nothing on that.", lang), lang)
    if kind == "clarify":
        lines = [esc(translate(WORDS["not_sure"], lang))]
        lines += [f"• {entity_line(kb, kb.entities[g], lang)}" for g in verdict.alternatives if g in kb.entities]
        return "\n".join(lines)
    if kind == "fact":
        text = _fact(kb, verdict)
    elif kind == "card" and verdict.attribute == "numeral":
        number = verdict.value["number"]
        ordinal = _ordinal(number) if lang == "en" else f"{number}-е"
        text = esc(translate(WORDS["numeral"], lang, asked=verdict.value["asked"], number=number, ordinal=ordinal))
    elif kind == "count" and verdict.attribute == "series_count":
        number = verdict.value
        ordinal = _ordinal(number) if lang == "en" else f"{number}-е"
        said = translate(WORDS["series_count"], lang, ordinal=ordinal, times=number)
        text = f"<b>{number}</b> — {esc(short_plain(kb, verdict.focus[0], lang))}: {esc(said)}"
    elif kind == "card" and verdict.attribute == "term":
        terms = "; ".join(_expansions(verdict.value["terms"]))
        text = f"<b>{esc(verdict.value['asked'])}</b> — {esc(terms)}\n<i>{esc(translate(WORDS['term_usage'], lang))}</i>"
    elif kind == "card" and verdict.attribute == "full_name":
        text = _full_name(kb.entities[verdict.focus[0]], lang, verdict.value.get("name_lang"))
    elif kind == "card" and verdict.attribute == "spelled":
        text = _spelled(kb.entities[verdict.focus[0]], verdict.value, lang)
    elif kind == "card" and verdict.attribute == "approved_by" and (approved := _approved_at(kb, verdict.focus[0], lang)):
        text = approved
    elif kind == "card":
        enumerating = bool(_ENUMERATION.search(verdict.question.lower()))
        text = _card_summary(kb, kb.entities[verdict.focus[0]], lang, LIST_QUOTE_CHARS if enumerating else None)
    elif kind == "quote":
        text = _quotes(kb, verdict)
    elif kind == "count" and verdict.attribute == "compare":
        text = _compared(kb, verdict)
    elif kind in ("list", "count"):
        text = _list(kb, verdict, today)
    elif kind == "yes_no":
        text = _yes_no(kb, verdict)
    elif kind == "not_recorded":
        text = _not_recorded(kb, verdict)
    else:
        text = _card_summary(kb, kb.entities[verdict.focus[0]], lang) if verdict.focus else ""
    if kind != "yes_no" and verdict.yes is not None:
        # A yes/no question the usual answer responds to (bot.answers.yesno.confirm): yes or no first.
        text = f"{esc(translate(WORDS['yes' if verdict.yes else 'no'], lang))} {text}"
    elif kind != "yes_no" and verdict.grounds == "only_planned":
        text = f"{esc(translate(WORDS['only_planned'], lang))} {text}"
    elif kind != "yes_no" and verdict.grounds == "unconfirmed":
        text = f"{esc(translate(WORDS['unconfirmed'], lang))}\n{text}"
    elif kind != "yes_no" and verdict.grounds == "complete":
        # "и всё?" after a list (bot.answers.list_complete): complete as recorded, the list again
        text = f"{esc(translate(WORDS['complete'], lang))}\n{text}"
    shown = verdict.attribute in CAVEATED or verdict.reason == "not_stated" or verdict.kind == "card"
    lines = [text]
    # An inferred date is explained beside it; other notes about the date would say it twice.
    inferred = "<i>(" in text and verdict.attribute == "date"
    caveats = [] if inferred else [c for c in verdict.caveats if c.get(lang) not in text]
    lines += [f"<i>{esc(first_sentence(c.get(lang), CAVEAT_CHARS))}</i>" for c in caveats[:1] if shown]
    # "Did you mean" offers entries that could be confused with the answer's; under the answer to
    # a date or a place, only those of the same kind (a meeting's own council has no date to give).
    others = [short_name(kb, a, lang) for a in offered(kb, verdict)]
    if others and verdict.kind != "clarify":
        lines.append(f"<i>{esc(translate('Did you mean', lang))}: {'; '.join(others)}?</i>")
    return "\n".join(lines)


def with_examples(message: str, lang: str) -> str:
    lines = [esc(message), "", esc(translate("You can ask, for example:", lang))]
    lines += [f"• <i>{esc(example)}</i>" for example in examples(lang)]
    return "\n".join(lines)


def _name(kb: KnowledgeBase, entity_id: str, lang: str) -> str:
    return esc(kb.name(entity_id, lang))


def _date_text(value: str | None, lang: str, end: str | None = None) -> str:
    if not value:
        return translate("date not stated in the source", lang)
    start = PartialDate.parse(value)
    if end:
        finish = PartialDate.parse(end)
        if start.day and finish.day and start.month and finish.month:
            return format_range(date(start.year, start.month, start.day), date(finish.year, finish.month, finish.day), lang)
        return f"{format_date(start, lang)} – {format_date(finish, lang)}"
    return format_date(start, lang)


def _without_month(name: str, value: str, lang: str) -> str:
    """A name that ends in its date's month and year ("…meeting, August 2025") without them, so the
    date after it does not say them twice ("…, August 2025, 12 August 2025")."""
    start = PartialDate.parse(value)
    tail = f", {format_date(PartialDate(start.year, start.month), lang)}" if start.month else ""
    if tail and name.endswith(tail):
        return name[: -len(tail)]
    # "…СНГ в августе 2025 года": the month in the prepositional case
    spoken = _RU_IN_MONTH.search(name) if lang == "ru" and start.month else None
    return name[: spoken.start()] if spoken is not None and spoken.group(1) == str(start.year) else name


_RU_IN_MONTH = re.compile(r" в (?:январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре) (\d{4}) года$")


def _place_text(kb: KnowledgeBase, place_id: str, lang: str) -> str:
    place = kb.get(place_id)
    text = _name(kb, place_id, lang)
    if isinstance(place, Place) and place.country:
        text += f", {_name(kb, place.country, lang)}"
    return text


NOT_GIVEN: dict[str, str] = {
    "head": to_translate("The sources do not name the head of {name}."),
    "contact": to_translate("The sources give no contact details (phone, e-mail, address) of {name}."),
    "funding": to_translate("The sources give no figures on the funding of {name}."),
    "cost": to_translate("The sources do not say what {name} cost."),
    "headquarters": to_translate("The sources do not say where {name} is based."),
    "signatories": to_translate("The sources do not name any state that has signed the {name}."),
    "personal": to_translate(
        "The sources give nothing personal about {name} (pay, age, family): only the title and what was said."
    ),
    "staff": to_translate("The sources do not give the staff numbers of {name}."),
    "plan": to_translate("The sources give no plan of action or work of {name}."),
    "documents": to_translate("{name}: the sources record no documents adopted there."),
    "speakers_for": to_translate("The sources do not say who spoke at {name} on behalf of {body}."),
    "speakers_named": to_translate("They name only: {people}."),
    "tenure": to_translate("The sources do not say since when {name} has held the post."),
    "country": to_translate("The sources do not say which country {name} is from; they give only the post:"),
    "established": to_translate("The sources do not say when {name} was established."),
    "vote": to_translate("The sources do not say how any state voted on {name}: they record only the decision."),
    "other": to_translate("The sources do not say this about {name}."),
    "outcomes": to_translate("The sources record {name} only as planned; they report no results."),
    "results": to_translate("The sources report no results of {name}; they record only this:"),
    "sessions": to_translate("The sources do not say how many sessions {name} had."),
    "premise_wrong": to_translate("That is not so."),
    "no_reason": to_translate("The sources give no reason."),
    "only_planned": to_translate("They record its signing only as planned."),
}


OUTCOME_ITEMS_CHARS = 600  # a meeting's outcomes in full up to this; beyond, its documents by name
YES_ITEMS_CHARS = 700  # the items of a record shown under a yes or a no


def _fact(kb: KnowledgeBase, verdict: Verdict) -> str:
    lang = verdict.lang
    entity = kb.entities[verdict.focus[0]]
    name = short_name(kb, entity.id, lang)
    attribute, value = verdict.attribute, verdict.value
    if verdict.reason == "not_stated":
        shared = {
            "date": to_translate("The sources do not give a date for {name}."),
            "place": to_translate("The sources do not give a place for {name}."),
            "participants": to_translate("The sources do not list the participants of {name}."),
            "speakers": to_translate("The sources do not say who spoke at {name}."),
            "period": to_translate("The sources do not give the period of {name}."),
            "role": to_translate("The sources do not give the post of {name}."),
            "holder": to_translate("The sources do not say which body held {name}."),
        }
        # What is missing is said of the entry by a name the reader knows: "МСПБ" alone is not one.
        full = _unless_acronym(kb, entity.id, lang)
        if attribute == "speakers_for" and isinstance(value, dict):
            # "on behalf of" a body nobody there holds a post in: said, then who the record names
            sentence = translate(NOT_GIVEN["speakers_for"], lang, name=full, body=short_plain(kb, value["body"], lang))
            people = ", ".join(short_plain(kb, person, lang) for person in value.get("people", []))
            if people:
                sentence += " " + translate(NOT_GIVEN["speakers_named"], lang, people=people)
        elif attribute in shared:
            sentence = translate(shared[attribute], lang, name=full)
        else:
            # An attribute without a message of its own must not be worded as a missing date.
            message = NOT_GIVEN.get(attribute or "", NOT_GIVEN["other"])
            sentence = translate(message, lang, name=full)
        lines = [esc(sentence)]
        if attribute == "head" and isinstance(value, dict) and value.get("units"):
            # the heads of its units the sources do name
            lines.append(esc(translate("They name the head of a unit of it:", lang)))
            lines += [f"• <b>{_name(kb, h['person'], lang)}</b> — {esc(h['title'][lang])}" for h in value["units"]]
        if isinstance(entity, Meeting):
            media = _media_lines(kb, entity, lang)
            # "Кто комментировал СМИ заседание": who told the media is the answer, first
            asks_media = attribute == "speakers" and media and _ASKS_MEDIA.search(verdict.question)
            lines = [*media, *lines] if asks_media else lines + media
        if attribute == "country" and isinstance(entity, Person):
            # what the sources do give: the posts, none of them a state's
            lines.append("; ".join(esc(role.title.get(lang)) for role in entity.roles))
        if attribute == "results":
            # the nearest thing recorded: what the document is and when it was approved
            lines.append(esc(first_sentence(entity.description.get(lang), DESCRIPTION_CHARS)))
        if (
            attribute == "signatories"
            and isinstance(entity, Document)
            and entity.status in ("planned", "in_preparation")
        ):
            lines.append(esc(translate(NOT_GIVEN["only_planned"], lang)))
        return "\n".join(lines)
    if attribute == "date":
        when = f"<b>{esc(_date_text(value['date'], lang, value.get('end_date')))}</b>"
        dated = kb.get(verdict.focus[1]) if not getattr(entity, "date", None) and len(verdict.focus) > 1 else entity
        inferred = getattr(dated, "date_inferred", None)
        if inferred is not None:  # how the date was inferred belongs right beside it
            when += f" <i>({esc(inferred.get(lang))})</i>"
        if isinstance(entity, Meeting):
            where = f", {_place_text(kb, entity.place, lang)}" if entity.place else ""
            return _full_stop(f"{when}{where} — {name}")
        meeting = kb.get(verdict.focus[1]) if len(verdict.focus) > 1 else None
        at = "approved_at" if isinstance(entity, Document) and entity.status == "approved" else "adopted_at"
        occasion = short_plain(kb, meeting.id, lang) if isinstance(meeting, Meeting) else ""
        occasion = ru_prepositional(occasion) if lang == "ru" else occasion
        if isinstance(meeting, Meeting) and lang == "ru":
            # "одобрено на саммите …: Программа …": the impersonal verb first agrees with any name
            return _full_stop(f"{when} — {translate(WORDS[at], lang)} {esc(occasion)}: {name}")
        adopted = f", {translate(WORDS[at], lang)} {esc(occasion)}" if isinstance(meeting, Meeting) else ""
        return _full_stop(f"{when} — {name}{adopted}")
    if attribute == "month_only":  # a statement dated by its month alone (an undated article)
        month = f"<b>{esc(_month_name(value['month'], lang))}</b>"
        return _full_stop(translate(WORDS["month_only"], lang, name=name, month=month))
    if attribute == "day":
        return _full_stop(translate(WORDS["day_not_given"], lang, name=name, date=f"<b>{esc(_date_text(value['date'], lang))}</b>"))
    if attribute == "established":
        return _full_stop(translate(WORDS["established"], lang, name=name, date=f"<b>{esc(_date_text(value['date'], lang))}</b>"))
    if attribute == "place":
        where = f"<b>{_place_text(kb, value['place'], lang)}</b>"
        dated = entity if isinstance(entity, Meeting) else kb.get(verdict.focus[1]) if len(verdict.focus) > 1 else None
        when = ""
        if isinstance(dated, Meeting | Document) and dated.date:
            name = _without_month(name, dated.date, lang)
            when = f", {esc(_date_text(dated.date, lang, getattr(dated, 'end_date', None)))}"
        return _full_stop(f"{where} — {name}{when}")
    if attribute == "holder":  # the body that held a meeting
        holder = f"<b>{esc(short_plain(kb, value['body'], lang))}</b>"
        when = f", {esc(_date_text(entity.date, lang))}" if isinstance(entity, Meeting) and entity.date else ""
        return _full_stop(f"{holder} — {name}{when}")
    if attribute == "capacity":  # the group of a meeting's participants that lists the entry
        what = translate(_CAPACITY_WORDS[value["group"]], lang)
        occasion = short_plain(kb, value["meeting"], lang)
        return f"<b>{name}</b> — " + esc(translate(WORDS["capacity"], lang, what=what, meeting=occasion, count=value["count"]))
    if attribute == "participants":
        return _participants(kb, verdict, name)
    if attribute == "speakers":
        lines = []
        for speaker in value:
            role = translate(ROLE_LABEL[speaker["role"]], lang) if speaker["role"] in ROLE_LABEL else ""
            if speaker.get("address"):  # "what kind of address": the source's own words for it
                role = speaker["address"]["ru" if lang == "ru" else "en"]
            posts = _posts_at(kb, speaker["person"], entity, lang)
            lines.append(f"<b>{_name(kb, speaker['person'], lang)}</b>{posts} — {esc(role)}")
        if verdict.filters.get("count_asked"):  # "how many people spoke?": the number first
            lines.insert(0, translate(WORDS["speakers_named"], lang, n=f"<b>{len(value)}</b>"))
        return "\n".join([*lines, name])
    if attribute == "country":  # the state of a person's posts, then the posts that name it
        states = ", ".join(esc(kb.name(state, lang)) for state in value["states"])
        titles = "; ".join(esc(t.get(lang) or t["en"]) for t in value["titles"])
        return f"<b>{states}</b> — {esc(entity.name.get(lang))}: {titles}"
    if attribute == "role":
        titles = "; ".join(esc(_with_state(kb, r, lang)) for r in value)
        return f"<b>{esc(entity.name.get(lang))}</b> — {titles}"
    if attribute == "period":
        period = format_period(value["start"], value["end"], lang)
        return f"<b>{esc(period)}</b> — {name}."
    if attribute == "items":  # the items a fact enumerates, counted
        return _enumerated(verdict, name)
    if attribute == "session":  # one session's points
        title = value["title"]["ru" if lang == "ru" else "en"]
        # Within a budget: five long points made a first message of 1,300 characters.
        texts: list[str] = []
        for statement in verdict.statements[:SESSION_POINTS]:
            text = shorten(statement.get(lang), QUOTE_CHARS)
            if texts and sum(map(len, texts)) + len(text) > SESSION_POINTS_CHARS:
                break
            texts.append(text)
        points = [f"• {esc(text)}" for text in texts]
        if len(verdict.statements) > len(texts):
            points.append(esc(translate(WORDS["and_more"], lang, n=len(verdict.statements) - len(texts))))
        return "\n".join([f"<b>{esc(title)}</b> — {name}:", *points])
    if attribute == "sessions":  # the titles of a meeting's sessions
        session_titles = [f"• {esc(s.get(lang))}" for s in verdict.statements[:SESSION_POINTS]]
        meeting = kb.entities[verdict.focus[0]] if verdict.focus else None
        by_kind = stated_sessions(meeting, lang) if isinstance(meeting, Meeting) else ""
        # The source's own count ("a plenary session and 4 specialised sessions") when all are listed.
        counted = f" ({esc(by_kind)})" if by_kind and "plenary" in verdict.statements[0].en.lower() else ""
        return "\n".join([f"{name} — <b>{esc(_units_sessions(value, lang))}</b>{counted}:", *session_titles])
    if attribute == "period_length":
        period = format_period(value["start"], value["end"], lang)
        return f"<b>{esc(_units(value['years'], 'year', lang))}</b> ({esc(period)}) — {name}."
    if attribute == "head":
        lines = [f"<b>{_name(kb, h['person'], lang)}</b> — {esc(h['title'][lang])}" for h in value]
        return "\n".join(lines)
    if attribute in ("outcomes", "agenda"):
        label = translate("Outcomes", lang) if attribute == "outcomes" else translate("Agenda", lang)
        items = [f"• {esc(s.get(lang))}" for s in verdict.statements[:6]]
        whole = isinstance(entity, Meeting) and len(verdict.statements) >= len(entity.outcomes)
        if verdict.yes is None and attribute == "outcomes" and whole and sum(map(len, items)) > OUTCOME_ITEMS_CHARS:
            # "What did the Dushanbe summit decide?": six decisions in the source's own long
            # sentences make a page; each adopted document by its short name answers, and the
            # sentences are under "more". A part of them ("besides the Concept, what …") is shown
            # in the source's words.
            items = [
                f"• {esc(short_name(kb, s.entity, lang))}" if isinstance(kb.get(s.entity or ""), Document) else item
                for s, item in zip(verdict.statements[:6], items, strict=True)
            ]
        if verdict.yes is not None:
            # A yes or no stands on the first items (the best matching): the rest of a long record
            # is left to "more", so that the answer stays short.
            kept = items[:1]
            for item in items[1:]:
                if sum(map(len, kept)) + len(item) > YES_ITEMS_CHARS:
                    break
                kept.append(item)
            items = kept
        return "\n".join([f"<b>{name}</b> — {esc(label.lower())}:", *items])
    if attribute == "count":
        return _count(kb, verdict, name)
    if attribute == "number":  # a meeting's number in its series: as the sources write it, and in figures
        return _full_stop(f"<b>{roman(value['number'])}</b> ({value['number']}) — {name}")
    if attribute == "source":
        return "\n".join(esc(shorten(s.get(lang), QUOTE_CHARS)) for s in verdict.statements[:1])
    if attribute == "which_source":
        return _which_source(kb, verdict)
    if attribute == "elapsed":
        return _elapsed(verdict, name)
    if attribute == "tense":
        if verdict.value.get("planned"):
            return _end(translate(WORDS["dated_planned"], lang, a=f"<b>{name}</b>", when=esc(_when(verdict.value["date"], lang))))
        tense = "tense_past" if verdict.value["past"] else "tense_upcoming"
        return _end(translate(WORDS[tense], lang, a=f"<b>{name}</b>", d1=esc(_when(verdict.value["date"], lang))))
    if attribute == "remaining":
        value = verdict.value
        span = f"<b>{esc(translate(WORDS['elapsed_about'], lang))} {esc(_span(value['years'], value['months'], None, lang))}</b>"
        return _capital(translate(WORDS["remaining"], lang, span=span, a=name, end=value["end"]))
    if attribute == "order":
        return _order(kb, verdict)
    return _card_summary(kb, entity, lang)


_ASKS_MEDIA = re.compile(r"\b(?:media|press|journalists?|reporters?|сми|прессе?|журналист\w*|smi|zhurnalist\w*)\b", re.IGNORECASE)


def _posts_at(kb: KnowledgeBase, person_id: str, meeting: Entity, lang: str) -> str:
    """ " (President of the Republic of Tajikistan)": the posts the meeting's sources give a
    speaker, which say on whose behalf they spoke ("which country's president sent an address")."""
    person = kb.get(person_id)
    if not isinstance(person, Person):
        return ""
    titles = [role.title.get(lang) for role in person.roles if role.source is None or role.source in meeting.sources]
    return f" ({esc('; '.join(titles[:2]))})" if titles else ""


def _media_lines(kb: KnowledgeBase, meeting: Meeting, lang: str) -> list[str]:
    """People who told the media about a meeting, said to be that and not speakers at it."""
    lines = []
    for statement in meeting.media_statements:
        head = f"<b>{_name(kb, statement.person, lang)}</b> {esc(translate('told the media about the meeting; the source neither lists this person among the participants nor says they spoke there', lang))}"
        if statement.via is not None:
            head += f" ({esc(statement.via.get(lang))})"
        lines.append(head + ".")
    return lines


def _full_stop(line: str) -> str:
    """A line ended with one full stop ("октябрь 2025 г." takes none more)."""
    return line if line.endswith(".") else line + "."


def _participants(kb: KnowledgeBase, verdict: Verdict, name: str) -> str:
    """The asked group in full; without one, the states in full and the other groups counted."""
    lang = verdict.lang
    value = verdict.value
    groups = {group: ids for group, ids in value["groups"].items() if ids}
    lines = [f"{name}:"]
    everything = sum(len(short_name(kb, i, lang)) + 2 for ids in groups.values() for i in ids)
    brief = len(groups) > 1 and not value.get("only") and everything > PARTICIPANTS_CHARS
    shown = list(groups)[:1] if brief else list(groups)
    for group in shown:
        ids = groups[group]
        # "…and 1 more" would take the place of the one name it hides.
        first = len(ids) if len(ids) <= FIRST_ITEMS + 1 else FIRST_ITEMS
        names = ", ".join(short_name(kb, i, lang) for i in ids[:first])
        if len(ids) > first:
            names += f" {esc(translate(WORDS['and_more'], lang, n=len(ids) - first))}"
        lines.append(f"<b>{esc(group_words(group, len(ids), lang))}</b>: {names}")
        stated = value["stated"].get(group)
        if stated is not None and stated != len(ids):
            said = group_words(group, stated, lang)
            lines.append(f"<i>{esc(translate(WORDS['stated_vs_named'], lang, stated=said, named=len(ids)))}</i>")
    others = [group_words(g, len(groups[g]), lang) for g in groups if g not in shown]
    if others:
        lines.append(esc(translate(WORDS["also"], lang, what=", ".join(others))))
    return "\n".join(lines)




def short_plain(kb: KnowledgeBase, entity_id: str, lang: str) -> str:
    """:func:`short_name` before escaping."""
    entity = kb.get(entity_id)
    if entity is None:
        return entity_id
    shorts = entity.short.ru if lang == "ru" else entity.short.en
    name = entity.name.get(lang)
    return shorts[0] if shorts and len(name) > 40 else name


FULL_NAME_CHARS = 110  # a longer name (the XVIII meeting's runs to 300) keeps its short form


def _unless_acronym(kb: KnowledgeBase, entity_id: str, lang: str) -> str:
    """:func:`short_plain`, but the full name where the short form is only an acronym ("МСПБ")."""
    short = short_plain(kb, entity_id, lang)
    entity = kb.get(entity_id)
    if entity is None or any(letter.islower() for letter in short):
        return short
    name = entity.name.get(lang)
    return name if len(name) <= FULL_NAME_CHARS else short


# The head nouns of the meetings' Russian short names in the prepositional case ("одобрено на
# саммите", not "на саммит"): the names are written in the nominative.
_RU_PREPOSITIONAL = {"саммит": "саммите", "заседание": "заседании", "совещание": "совещании", "встреча": "встрече"}
_RU_HEAD_WORDS = 3  # the head noun stands among a name's first words ("13-е заседание", "XVIII Совещание")


def ru_prepositional(phrase: str) -> str:
    """A Russian meeting name after "на": its head noun, and the ordinal or adjective before it, in
    the prepositional case ("13-е заседание секретарей" → "13-м заседании секретарей"); a name
    without a known head noun is kept as written."""
    words = phrase.split(" ")
    for at, word in enumerate(words[:_RU_HEAD_WORDS]):
        declined = _RU_PREPOSITIONAL.get(word.lower())
        if declined is None:
            continue
        words[at] = declined.capitalize() if word[0].isupper() else declined
        before = words[at - 1] if at else ""
        if before.endswith("-е"):
            words[at - 1] = before[:-1] + "м"
        elif before.endswith(("ский", "ный")):
            words[at - 1] = before[:-2] + "ом"
        return " ".join(words)
    return phrase


def short_name(kb: KnowledgeBase, entity_id: str, lang: str) -> str:
    """An entity's first short form where its name is long, else its name."""
    entity = kb.get(entity_id)
    if entity is None:
        return esc(entity_id)
    shorts = entity.short.ru if lang == "ru" else entity.short.en
    name = entity.name.get(lang)
    return esc(shorts[0] if shorts and len(name) > 40 else name)


def _count(kb: KnowledgeBase, verdict: Verdict, name: str) -> str:
    lang = verdict.lang
    value = verdict.value
    counted = group_words(value["of"], value["number"], lang)
    lines = [f"<b>{esc(counted)}</b> — {name}."]
    if value.get("headcount"):
        # Asked for a number of people: say the sources do not give one before the groups they count.
        head = translate("The sources do not give the number of people who took part, only who was represented:", lang)
        lines = [esc(head), *lines]
    if value["of"] == "sessions":
        meeting = kb.entities[verdict.focus[0]]
        by_kind = stated_sessions(meeting, lang) if isinstance(meeting, Meeting) else ""
        if by_kind:  # the total first, then the source's own count ("a plenary session and 4 specialised sessions")
            lines = [f"{name}: <b>{esc(counted)}</b> ({esc(by_kind)})."]
        asked = value.get("asked")
        if by_kind and asked:  # "how many plenary sessions": that kind first, the whole count beside it
            kind = group_words(f"{asked}_sessions", value["by_kind"][asked], lang)
            whole = translate("{total} in all: {parts}", lang, total=counted, parts=by_kind)
            lines = [f"{name}: <b>{esc(kind)}</b> ({esc(whole)})."]
        lines += [f"• {esc(s.get(lang))}" for s in verdict.statements[:6]]
        return "\n".join(lines)
    items = value.get("items") or []
    if items:
        lines.append(", ".join(short_name(kb, i, lang) for i in items[:FIRST_ITEMS]))
    stated, listed = value.get("stated"), value.get("listed")
    if stated is not None and listed and stated != listed:
        lines.append(f"<i>{esc(translate(WORDS['stated_vs_named'], lang, stated=stated, named=listed))}</i>")
    return "\n".join(lines)


def first_sentence(text: str, limit: int) -> str:
    match = next(iter(_sentence_ends(text)), None)
    sentence = text[: match.start()] if match and match.start() >= 40 else text
    return shorten(sentence, limit)


def shorten(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:—- ")
    return cut + "…"


def _card_summary(kb: KnowledgeBase, entity: Entity, lang: str, value_chars: int | None = None) -> str:
    """The entity's line, or a fact's value (longer when the question asks for what it lists)."""
    head = (
        entity_line(kb, entity, lang)
        if isinstance(entity, Meeting | Document)
        else f"<b>{esc(entity.name.get(lang))}</b>"
    )
    if not isinstance(entity, Meeting | Document):
        shorts = entity.short.ru if lang == "ru" else entity.short.en
        if shorts:
            head += f" ({esc(', '.join(shorts[:2]))})"
    value = getattr(entity, "value", None)
    if value is not None:
        return f"{head}\n<b>{esc(shorten(value.get(lang), value_chars or QUOTE_CHARS_ALONE))}</b>"  # the answer
    shown = (entity.short.ru if lang == "ru" else entity.short.en)[:2]
    usage = usage_lines(entity, lang, shown) if not isinstance(entity, Meeting | Document) else []
    return "\n".join([f"{head} — {esc(first_sentence(entity.description.get(lang), DESCRIPTION_CHARS))}", *usage])


def _expansions(terms: list[str]) -> list[str]:
    """The spelt-out forms of a term (phrases, not plurals or other abbreviations), one per script."""
    phrases = [t for t in terms if " " in t or "-" in t]
    latin = [t for t in phrases if t.isascii()][:1]
    cyrillic = [t for t in phrases if not t.isascii()][:1]
    return [*latin, *cyrillic] or terms[:2]


def _full_name(entity: Entity, lang: str, name_lang: str | None = None) -> str:
    """An abbreviation expanded: the full name first, the short forms of both languages, one line.

    ``name_lang`` is the language the name was asked in ("the Russian name of the ATC"): its name
    and short form lead; the description stays in the question's language.
    """
    first = name_lang or lang
    other = "en" if first == "ru" else "ru"
    shorts = list(
        dict.fromkeys(
            [
                *(entity.short.ru if first == "ru" else entity.short.en)[:1],
                *(entity.short.en if first == "ru" else entity.short.ru)[:1],
            ]
        )
    )
    head = f"<b>{esc(entity.name.get(first))}</b>"
    if shorts:
        head += f" ({esc('; '.join(shorts))})"
    line = esc(first_sentence(entity.description.get(lang), DESCRIPTION_CHARS))
    usage = usage_lines(entity, lang, shorts)
    return "\n".join([head, esc(entity.name.get(other)), *usage, line])


def _spelled(entity: Entity, value: dict[str, Any], lang: str) -> str:
    """Letters the sources never spell out, read from the words they stand for: honest that it is a reading."""
    asked = f"<b>{esc(value['asked'])}</b>"
    if value.get("words") is None:
        note = translate("The sources do not use this abbreviation: its letters begin this name.", lang)
        return f"{asked} — {_full_name(entity, lang)}\n<i>{esc(note)}</i>"
    note = translate("The sources do not spell it out: its letters begin these words in the entry on {name}.", lang, name=entity.name.get(lang))
    return f"{asked} — «{esc(value['words'])}»\n<i>{esc(note)}</i>"


def _quotes(kb: KnowledgeBase, verdict: Verdict) -> str:
    lang = verdict.lang
    lines = []
    previous = ""
    about = verdict.value.get("about", []) if isinstance(verdict.value, dict) else []
    statements = verdict.statements
    if about:  # statements that hold the asked words first; the others only if none does
        holding = [s for s in statements if relevant_clauses(s.get(lang), about)]
        statements = holding or statements
    # "Which threats did he list": an enumeration cut short would leave out what was asked, and
    # a statement that enumerates (clauses separated by semicolons) answers it alone.
    question = verdict.question.lower()
    asks_list = _ENUMERATION.search(question) is not None
    listing = [s for s in statements if s.get(lang).count(";") >= MIN_LIST_SEMICOLONS] if asks_list else []
    statements = listing[:1] or statements
    # "What was he expecting them to adopt": one statement that lists after a colon is the list asked.
    # "and the protocol?" after "what treaty did Klemez say …": a short turn carries on the previous
    # question's form, so the enumeration is not cut before the item it asks of
    previous = str(verdict.filters.get("follow_up") or "").lower() if len(question.split()) <= 4 else ""
    enumerating = len(statements) == 1 and (
        asks_list
        or (any(_WHAT_FIRST.match(asked) is not None for asked in (question, previous) if asked) and _lists_after_colon(statements[0].get(lang)))
    )
    limit = LIST_QUOTE_CHARS if enumerating else QUOTE_CHARS if len(statements) > 1 else QUOTE_CHARS_ALONE
    if verdict.intent == "time:latest_said":  # "the latest thing he said, and when": the date first
        lines.append(f"<b>{esc(_when(verdict.filters['date'], lang))}</b>")
    if isinstance(verdict.value, dict) and verdict.value.get("no_figure"):  # a count the sources do not give
        lines.append(esc(translate("The sources give no figure for this; what they say:", lang)))
    for statement in statements[:2]:
        who = statement.speaker or (statement.entity if kb.kind(statement.entity) == "person" else None)
        occasion = statement.entity if statement.entity in kb.entities and statement.entity != who else None
        head = []
        if who:
            head.append(f"<b>{_name(kb, who, lang)}</b>")
        elif isinstance(kb.get(statement.entity), Fact):
            # A fact about several people: name them all, not one as the speaker.
            people = [r for r in getattr(kb.get(statement.entity), "related", []) if kb.kind(r) == "person"]
            if people:
                head.append(", ".join(f"<b>{_name(kb, p, lang)}</b>" for p in people))
        if occasion and verdict.intent == "topic_meeting":
            # "which meeting talked about drones?": the meeting asked for, with its date and city
            meeting = kb.entities[occasion]
            dated, place = getattr(meeting, "date", None), getattr(meeting, "place", None)
            where = [_date_text(dated, lang)] if dated else []
            where += [_place_text(kb, place, lang)] if place else []
            head.append(" — ".join([short_name(kb, occasion, lang), *map(esc, where)]))
        elif occasion:
            if not head and kb.kind(occasion) == "meeting" and _WHO_SAID.search(question):
                # "who spoke about drones?": the record gives it as the meeting's, naming no one
                head.append(f"<b>{esc(translate(WORDS['speakers_unnamed'], lang))}</b> ({esc(translate(WORDS['no_speaker'], lang))})")
            head.append(short_name(kb, occasion, lang))
        prefix = " — ".join(head)
        text = esc(relevant_part(statement.get(lang), about, limit))
        lines.append(f"{prefix}:\n{text}" if prefix and prefix != previous else text)
        previous = prefix
    if not lines and verdict.focus:
        return _card_summary(kb, kb.entities[verdict.focus[0]], lang)
    return "\n".join(lines)


# "who spoke about …", "кто говорил про …": a speaker is asked
_WHO_SAID = re.compile(
    r"^\W*(?:(?:and|so|а|и|ну)\s+)?(?:who|кто|kto)\b.{0,30}?\b(?:spoke|speak|said|say|talked|talk|mention\w*|raised|stressed|warned"
    r"|говорил\w*|сказал\w*|выступ\w*|упомина\w*|упомянул\w*|заявил\w*|подчерк\w*|отметил\w*|govoril\w*|skazal\w*|vystup\w*)\b"
)


def _lists_after_colon(text: str) -> bool:
    """Whether a statement introduces a list with a colon ("plans are in place: to adopt ..., to
    strengthen ..., and to sign ...")."""
    _, colon, rest = text.partition(": ")
    return bool(colon) and rest.count(",") >= MIN_LIST_COMMAS


def relevant_part(text: str, about: list[str], limit: int) -> str:
    """A long statement cut to the clauses that hold the words it was found by, so the asked part
    is not cut off; whole when short."""
    if len(text) <= limit or not about:
        return shorten(text, limit)
    clauses = re.split(r"(?<=[.;!?])\s+", text)
    chosen = set(relevant_clauses(text, about))
    if not chosen:
        return shorten(text, limit)
    # The clauses that hold the asked words, then, while room is left, the ones that follow them:
    # a remark goes on to say what the asked part leads to ("threats are intertwined. Against
    # the background of declining ... they pose a danger"), which a cut to the asked words drops.
    kept = {number for number, clause in enumerate(clauses) if clause in chosen}
    used = sum(len(clauses[number]) + 3 for number in kept)
    for number in range(min(kept), len(clauses)):
        if number not in kept and number - 1 in kept and used + len(clauses[number]) + 1 <= limit:
            kept.add(number)
            used += len(clauses[number]) + 1
    parts: list[str] = []
    for number in sorted(kept):
        parts.append(clauses[number] if not parts or number - 1 in kept else f"… {clauses[number]}")
    return shorten(" ".join(parts), limit)


def relevant_clauses(text: str, about: list[str]) -> list[str]:
    """The clauses of a text that hold one of the ``about`` tokens (search tokens, compared by
    their first five letters so that inflection does not matter)."""
    stems = {token[:5] for token in about if len(token) >= 3}
    clauses = re.split(r"(?<=[.;!?])\s+", text)
    return [clause for clause in clauses if any(t[:5] in stems for t in tokens(clause))]



def _with_state(kb: KnowledgeBase, role: dict[str, Any], lang: str) -> str:
    """A post's title, with the state it is held for when the title does not name it ("President" of
    Russia: "which country is he president of?" must be answered)."""
    title = str(role["title"][lang])
    state = kb.get(role["of"]) if isinstance(role.get("of"), str) else None
    if state is None or kb.kind(state.id) != "state":
        return title
    name = state.name.get(lang)
    if name[:5].lower() in title.lower():
        return title
    return f"{title} ({name})"


def _enumerated(verdict: Verdict, name: str) -> str:
    """The items one statement enumerates, counted: the number, what lists them, then each item."""
    items = [f"• {esc(shorten(s.get(verdict.lang), ENUMERATED_CHARS))}" for s in verdict.statements[:LIST_ITEMS]]
    return "\n".join([f"<b>{verdict.value}</b> — {name}:", *items])


def _one_meeting_asked(kb: KnowledgeBase, verdict: Verdict) -> str | None:
    """The first line of a where/when question answered with exactly one meeting: its place or date
    in bold, then the meeting."""
    if verdict.intent not in ("where", "when") or len(verdict.items) != 1:
        return None
    meeting = kb.get(verdict.items[0])
    if not isinstance(meeting, Meeting) or not meeting.date or not meeting.place:
        return None
    lang = verdict.lang
    name = _without_month(short_name(kb, meeting.id, lang), meeting.date, lang)
    place = _place_text(kb, meeting.place, lang)
    when = esc(_date_text(meeting.date, lang, meeting.end_date))
    line = _full_stop(f"<b>{place}</b> — {name}, {when}" if verdict.intent == "where" else f"<b>{when}</b>, {place} — {name}")
    people = [i for i in verdict.filters.get("of", []) if kb.kind(i) == "person"]
    if len(people) == 1 and _told_media_only(meeting, people[0]):
        # "where did he speak?" after Klemez: he told the media about the meeting, nothing says he spoke at it
        line += "\n<i>" + esc(translate(WORDS["media_only"], lang, person=short_plain(kb, people[0], lang))) + "</i>"
    return line


def _told_media_only(meeting: Meeting, person: str) -> bool:
    """Whether the record has the person telling the media about the meeting and nowhere among its participants."""
    told = any(statement.person == person for statement in meeting.media_statements)
    return told and all(taking_part.person != person for taking_part in meeting.participants.people)


def _list(kb: KnowledgeBase, verdict: Verdict, today: date) -> str:
    lang = verdict.lang
    if verdict.attribute == "stated":  # a headline figure of the sources
        fact = kb.entities[verdict.focus[0]]
        return f"<b>{verdict.value}</b> — {esc(fact.name.get(lang))}\n{esc(shorten(_fact_value(fact, lang), DESCRIPTION_CHARS))}"
    if verdict.attribute == "source":  # the knowledge base's own sources
        head = f"<b>{esc(translate(WORDS['our_sources'], lang))}: {len(verdict.items)}</b>"
        lines = [head]
        for source_id in verdict.items[:LIST_ITEMS]:
            source = kb.source(source_id)
            if source is not None:
                lines.append(f"• {esc(_cite(source, lang))} — {esc(shorten(source.title.get(lang), 120))}")
        return "\n".join(lines)
    if verdict.attribute == "reported_by":  # "who reported that?" after a list: each entry's publishers
        lines = [f"<b>{esc(translate(WORDS['reported_by'], lang))}</b>"]
        shown = verdict.filters.get("item_sources") or {}
        for item in verdict.items[:LIST_ITEMS]:
            told = shown.get(item) or kb.entities[item].sources  # a fact's own sources, else its entry's
            publishers = dict.fromkeys(s.publisher.get(lang) for s in map(kb.source, told) if s is not None)
            lines.append(f"• <b>{short_name(kb, item, lang)}</b> — {esc('; '.join(shorten(p, 170) for p in publishers))}")
        return "\n".join(lines)
    if verdict.attribute == "enumerated":  # the items one statement lists, counted
        return _enumerated(verdict, esc(kb.entities[verdict.focus[0]].name.get(lang)))
    if verdict.attribute == "stated_sum":  # headline figures of the sources, added
        parts = [f"{number} ({kb.entities[i].name.get(lang)})" for i, number in verdict.filters["parts"].items()]
        return f"<b>{verdict.value}</b> = " + esc(" + ".join(parts))
    if verdict.attribute in ("participant", "days"):
        return _combined(kb, verdict)
    one = _one_meeting_asked(kb, verdict)
    if one is not None:
        # "where did Trefilov speak?": one meeting, its place or date first, not "Meetings: 1"
        return one
    if verdict.reason == "none_upcoming":
        # "After today", not today's date: the reader knows it, and a date here reads like one
        # the sources give.
        document_kind = verdict.filters.get("document_kind")
        if document_kind:
            if document_kind in _DOCUMENT_KIND_WORDS:
                what = translate(_DOCUMENT_KIND_WORDS[document_kind], lang)
            else:
                what = document_kind
            lines = [esc(_end(translate(WORDS["no_upcoming_document"], lang, what=what).rstrip(".")))]
        else:
            lines = [esc(_end(translate(WORDS["no_upcoming"], lang).rstrip(".")))]
        for latest in verdict.alternatives:
            entity = kb.entities[latest]
            lines += [esc(translate(WORDS["latest"], lang)), f"• {entity_line(kb, entity, lang)}"]
        return "\n".join(lines)
    if verdict.reason == "none_before_in_series":
        meeting = kb.entities[verdict.focus[0]]
        when = _when(getattr(meeting, "date", None) or "", lang)
        body = short_plain(kb, verdict.filters["body"][0], lang)
        return esc(_end(translate(WORDS[verdict.reason], lang, body=body, a=short_plain(kb, meeting.id, lang), d1=when)))
    if verdict.reason in ("none_after", "none_before"):
        meeting = kb.entities[verdict.focus[0]]
        when = _when(getattr(meeting, "date", None) or "", lang)
        return esc(_end(translate(WORDS[verdict.reason], lang, a=short_plain(kb, meeting.id, lang), d1=when)))
    kind = verdict.attribute or "meeting"
    items = verdict.items
    what = translate(KIND_LABEL.get(kind, KIND_LABEL["meeting"]), lang)
    if verdict.filters.get("asked_as"):
        # "list the councils": the bodies named so, labelled with the question's own word
        what = translate(_BODY_KIND_WORDS.get(verdict.filters["asked_as"][0], KIND_LABEL["body"]), lang)
    if verdict.filters.get("spoke"):
        what = translate(WORDS["spoke_label"], lang)
        if verdict.filters.get("years"):
            what += " (" + ", ".join(str(year) for year in verdict.filters["years"]) + ")"
    period = _period_label(verdict.filters.get("period"), lang)
    if period:
        what = f"{what} ({period})"
    if verdict.filters.get("missing") in _MISSING_LABELS:
        # "which meetings have no date?": what the records lack
        what = f"{what} ({translate(_MISSING_LABELS[verdict.filters['missing']], lang)})"
    if verdict.filters.get("excluding"):
        # "а без России?": the previous list, said to leave one out
        names = ", ".join(short_plain(kb, i, lang) for i in verdict.filters["excluding"] if i in kb.entities)
        what = f"{what} ({translate(_OTHER_THAN, lang, names=names)})"
    if not items:
        if not period and verdict.filters.get("years"):
            # "в 2026 году": the year asked, so "none" is not read as none at all.
            what = f"{what} ({', '.join(str(year) for year in verdict.filters['years'])})"
        lines = [esc(translate(WORDS["no_items"], lang, what=what))]
        if verdict.filters.get("yes_no_asked"):
            # "Были ли заседания в этом году?": a yes/no answered by an empty list says "No" first
            lines[0] = f"<b>{esc(translate(WORDS['no'], lang))}</b> {lines[0]}"
        for latest in verdict.alternatives[:1]:
            entity = kb.entities[latest]
            if isinstance(entity, Fact) and entity.number is not None:
                # the sources' own count for another year: its figure first
                lines += [esc(translate(WORDS["latest"], lang)), f"• <b>{entity.number}</b> — {esc(entity.name.get(lang))}"]
                continue
            lines += [esc(translate(WORDS["latest"], lang)), f"• {entity_line(kb, entity, lang)}"]
        return "\n".join(lines)
    head = (
        f"<b>{len(items)}</b> — {esc(what)}"
        if verdict.kind == "count"
        else f"<b>{esc(what[:1].upper() + what[1:])}: {len(items)}</b>"
    )
    lines = [head]
    lines += [f"• {_list_line(kb, kb.entities[i], lang, today)}" for i in items[:LIST_ITEMS]]
    if len(items) > LIST_ITEMS:
        lines.append(esc(translate(WORDS["and_more"], lang, n=len(items) - LIST_ITEMS)))
    adopted_at = [i for i in verdict.filters.get("adopted_at", []) if i in kb.entities]
    if adopted_at:
        # "were they adopted in the end?" after a plan: where those adopted were
        lines.append(esc(translate(_ADOPTED_AT, lang, meetings=", ".join(short_plain(kb, i, lang) for i in adopted_at))))
    return "\n".join(lines)


# Lists of bodies by a kind word of their names ("list the councils"), labelled by it.
_BODY_KIND_WORDS = {
    "councils": to_translate("councils"),
    "committees": to_translate("committees"),
    "commissions": to_translate("commissions"),
    "centres": to_translate("centres"),
    "conferences": to_translate("conferences"),
    "bureaus": to_translate("bureaus"),
    "departments": to_translate("departments"),
}
_ENDING_IN = to_translate("ending in {year}")
_OTHER_THAN = to_translate("other than {names}")
_ADOPTED_AT = to_translate("Where adopted: {meetings}.")
_IN_FORCE_IN = to_translate("in force in {year}")
_MORE_OF = to_translate("More {a} bodies: {n1}, against {n2} {b} ones.")
_FEWER_OF = to_translate("Fewer {a} bodies: {n1}, against {n2} {b} ones.")
_MORE_AT = to_translate("More at {a}: {n1}, against {n2} at {b}.")
_FEWER_AT = to_translate("Fewer at {a}: {n1}, against {n2} at {b}.")


def _compared(kb: KnowledgeBase, verdict: Verdict) -> str:
    """ "More at A: 9 states, against 8 at B.", or the same number at both."""
    lang = verdict.lang
    value = verdict.value
    sizes = value["sizes"]
    if "categories" in value:
        words = [translate(_CATEGORY_GENITIVE[category], lang) for category in value["categories"]]
        if sizes[0] == sizes[1]:
            return esc(translate("As many {a} bodies as {b} ones: {n} each.", lang, a=words[0], b=words[1], n=sizes[0]))
        ahead = (sizes[0] < sizes[1]) == bool(value["fewer"])
        order = (0, 1) if ahead else (1, 0)
        message = _FEWER_OF if value["fewer"] else _MORE_OF
        line = translate(message, lang, a=words[order[0]], b=words[order[1]], n1=sizes[order[0]], n2=sizes[order[1]])
        return f"<b>{esc(line)}</b>"
    first, second = (short_plain(kb, meeting, lang) for meeting in value["meetings"])
    group = value["group"]

    def sized(number: int) -> str:
        return group_words(group, number, lang) if group != "participants" else str(number)

    if sizes[0] == sizes[1]:
        return esc(translate("The same number at {a} and {b}: {n} each.", lang, a=first, b=second, n=sized(sizes[0])))
    # The side asked for ("more" or "fewer") first.
    wanted = (sizes[0] < sizes[1]) == bool(value["fewer"])
    a, b = (first, second) if wanted else (second, first)
    n1, n2 = (sizes[0], sizes[1]) if wanted else (sizes[1], sizes[0])
    message = _FEWER_AT if value["fewer"] else _MORE_AT
    line = translate(message, lang, a=a, b=b, n1=sized(n1), n2=sized(n2))
    if group == "participants":
        line += " " + translate("(states, CIS bodies and organisations together)", lang)
    return f"<b>{esc(line)}</b>"


def _fact_value(entity: Entity, lang: str) -> str:
    value = getattr(entity, "value", None)
    return value.get(lang) if value is not None else entity.description.get(lang)


def _list_line(kb: KnowledgeBase, entity: Entity, lang: str, today: date | None = None) -> str:
    """One short line of a list: a meeting's date, place and name; anything else its name."""
    if isinstance(entity, Meeting):
        known = meeting_date(entity)
        parts = [esc(format_date(known, lang))] if known else []
        if entity.place:
            parts.append(_name(kb, entity.place, lang))
        if entity.status == "planned":
            # A plan whose date has passed is no record that the event took place.
            past = (
                today is not None
                and known is not None
                and (known.year, known.month or 12, known.day or 31)
                < (
                    today.year,
                    today.month,
                    today.day,
                )
            )
            parts.append(esc(translate(WORDS["was_planned" if past else "planned"], lang)))
        shorts = entity.short.ru if lang == "ru" else entity.short.en
        label = shorts[0] if shorts else entity.name.get(lang)
        return f"<b>{esc(label)}</b>" + (f" — {', '.join(parts)}" if parts else "")
    return entity_line(kb, entity, lang)


def _yes_no(kb: KnowledgeBase, verdict: Verdict) -> str:
    """ "Yes." / "No." / "The sources do not say." first, then why in a line or two."""
    lang = verdict.lang
    head = translate(WORDS["unknown" if verdict.yes is None else "yes" if verdict.yes else "no"], lang)
    if verdict.reason == "premise" and verdict.yes is not None:
        # "Why did Belarus skip it?": it did take part (the premise is wrong), or the sources list
        # the participants without it but give no reason.
        head = translate(WORDS["premise_wrong" if verdict.yes else "no_reason"], lang)
    if verdict.reason == "no_reason":
        head = translate(WORDS["no_reason"], lang)  # "why not?" after a yes/no (why_followup)
    if verdict.grounds == "part_listed":
        head = translate(WORDS["not_itself"], lang)  # "Did the SCO attend?": its structure did
    if _named_instead(verdict):
        head = translate(WORDS["named_instead"], lang)  # "Was it Putin who greeted it?": another is named
    if isinstance(verdict.value, dict) and verdict.value.get("delegation"):
        # "Who represented Georgia at …": no delegate is named; whether it is on the list follows
        head = translate(WORDS["no_delegates"], lang)
    if verdict.grounds == "dated" and verdict.focus:
        return f"<b>{esc(head)}</b> {_dated(kb, verdict)}"
    if verdict.grounds == "period_today" and verdict.value.get("choice") and verdict.value.get("status") in ("approved", "adopted"):
        return _ground(kb, verdict)  # "in force or only starting?": the state is the answer, no yes or no
    lines = [f"<b>{esc(head)}</b>"]
    if verdict.grounds == "discussed_several":
        # Each meeting of the city that took the topic up, with its own words.
        for statement in verdict.statements[:3]:
            quoted = esc(shorten(statement.get(lang), QUOTE_CHARS_SEVERAL))
            lines.append(f"• <b>{short_name(kb, str(statement.entity), lang)}</b>: <i>{quoted}</i>")
        return "\n".join(lines)
    ground = _ground(kb, verdict)
    if ground:
        lines.append(_capital(ground))  # a short name may start lower-case ("заседание …")
    for statement in verdict.statements[:1]:
        lines.append(f"<i>{esc(shorten(statement.get(lang), QUOTE_CHARS))}</i>")
    return "\n".join(lines)


# Ground sentences of yes/no verdicts; names arrive escaped (HTML), so the templates are escaped
# when the module loads, not the filled-in text.
GROUNDS: dict[str, str] = {
    "listed": to_translate("The source lists {member} among the participants of {meeting} ({n} {group})."),
    "listed_person": to_translate("The source names {member} at {meeting}."),
    "chair_unnamed": to_translate("The sources name no chair of {meeting}; they name {member} there, not as its chair."),
    "in_previous": to_translate("{member} is one of the {n} named above: {names}."),
    "not_in_previous": to_translate("{member} is not one of the {n} named above: {names}."),
    "in_previous_one": to_translate("{member} is the one named above."),
    "not_in_previous_one": to_translate("{member} is not the one named above ({names})."),
    "listed_other_group": to_translate("The source lists {member} among the participants of {meeting}, but among the {group}, not the {asked}."),
    "not_listed": to_translate("The source lists the participants of {meeting} ({counts}); {member} is not among them."),
    "person_not_named": to_translate("The sources do not name {member} at {meeting}."),
    "holder": to_translate("The sources name {holder} as {title} ({date})."),
    "holder_undated": to_translate("The sources name {holder} as {title}."),
    "holder_asked": to_translate("{person} is named as: {roles}."),
    "named_instead": to_translate("At {meeting} the sources name {people}."),
    "to_the_media": to_translate("told the media about it"),
    "spoke_there": to_translate("spoke there"),
    "meeting_person_not_named": to_translate("not named"),
    "not_named": to_translate("The source says {stated} {group} took part in {meeting} but names only {n}; {member} is not among those named."),
    "not_stated": to_translate("The sources do not list the {group} that took part in {meeting}."),
    "host_not_listed": to_translate(
        "The source lists the delegations at {meeting} ({counts}); {member} is not among them, but the meeting was held on its territory ({place}) and the source does not say whether the host is counted."
    ),
    "meeting_host_not_listed": to_translate("not listed; the meeting was held on its territory"),
    "part_listed": to_translate(
        "{member} itself is not on the list of {meeting}, but the source lists {part}, which is part of it."
    ),
    "meeting_part_listed": to_translate("not itself; a part of it is listed"),
    "meeting_listed": to_translate("listed"),
    "meeting_listed_other_group": to_translate("listed, but in another group"),
    "meeting_not_listed": to_translate("not listed"),
    "meeting_not_named": to_translate("not among those named (the list is incomplete)"),
    "meeting_not_stated": to_translate("no list of participants"),
    # Whose meeting it was (holder_check): its own body, never whether the body asked took part.
    "holder_yes": to_translate("{meeting} was a meeting of {asked}."),
    "holder_no": to_translate("{meeting} was a meeting of {holder}, not of {asked}."),
    "holder_none": to_translate("{meeting} was not a meeting of {asked}."),
    "holder_took_part": to_translate("{asked} took part in it."),
    "place_yes": to_translate("{meeting} was held in {place}."),
    "place_no": to_translate("{meeting} was held in {place}, not in {asked}."),
    # Recorded only as planned: where it was to be held, never that it was.
    "planned_place_yes": to_translate("{meeting} was planned to be held in {place}; the sources do not say whether it took place."),
    "planned_place_no": to_translate("{meeting} was planned to be held in {place}, not in {asked}; the sources do not say whether it took place."),
    # The asked city lies in the state recorded, which names no city: neither yes nor no.
    "place_city_unknown": to_translate("{meeting} was held in {place}; the sources do not name the city, so they do not say whether it was in {asked}."),
    "planned_place_city_unknown": to_translate("{meeting} was planned to be held in {place}; the sources name no city (so not whether in {asked}) and do not say whether it took place."),
    "place_unknown": to_translate("The sources do not give a place for {name}."),
    "held": to_translate("{meeting} took place: {when}."),
    "same_meeting": to_translate("{meeting}{when} and {other}{other_when} are different meetings."),
    "planned": to_translate("The sources record {meeting} only as planned ({when}); they do not say whether it took place."),
    "no_date": to_translate("The sources do not give a date for {name}."),
    "category_yes": to_translate("{entity} is {label}."),
    "category_no": to_translate("{entity} is not {asked}: it is {label}."),
    "category_other": to_translate("{entity} is not {asked} listed in the sources: it is {label}."),
    "cis_body_yes": to_translate("{entity} is a CIS body: {label}."),
    "cis_body_plain": to_translate("{entity} is a CIS body."),
    "cis_body_no": to_translate("{entity} is {label}, not a CIS body."),
    "member_org": to_translate("{entity} is {label}, not a member state of the CIS."),
    "member_state_yes": to_translate("{entity} is a CIS member state."),
    "member_state_no": to_translate("{entity} is not a CIS member state."),
    "observer_yes": to_translate("{entity} has observer status at the CIS."),
    "observer_no": to_translate("The sources record no observer status at the CIS for {entity}."),
    "observer_others": to_translate("They record it for: {names}."),
    "role": to_translate("The sources name {person} as: {titles}."),
    "role_holder": to_translate("The sources name {holder} as: {title}."),
    "no_roles": to_translate("The sources do not give the post of {name}."),
    "discussed": to_translate("{meeting}:"),
    "stated": to_translate("{entity}:"),
    "period_yes": to_translate("{document} runs {period}."),
    "period_no": to_translate("{document} runs {period}, not until {asked}."),
    "period_range_no": to_translate("{document} runs {period}, not {asked}."),
    "period_today": to_translate("{document} runs {period}; on {today} it {state}."),
    "period_state_running": to_translate("is running"),
    "period_state_ended": to_translate("has ended"),
    "period_state_not_started": to_translate("has not yet begun"),
    "period_not_adopted": to_translate(" The sources do not report its adoption."),
    "period_unknown": to_translate("The sources do not give the period of {name}."),
    "date_yes": to_translate("{meeting} was held on {when}."),
    "date_no": to_translate("{meeting} was held on {when}, not on {asked}."),
    "count": to_translate("{meeting}: the source gives {counts}."),
    "count_none": to_translate("The sources give no such figure for {meeting}."),
    "adopted_yes": to_translate("{document} was adopted at {meeting}."),
    "adopted_no": to_translate("{document} was adopted not at {asked} but at {meeting}."),
    "adopted_by_yes": to_translate("{document} was adopted by {body}."),
    "adopted_by_no": to_translate("{document} was adopted by {body}, not by {asked}."),
    "adopted_yes_many": to_translate("{document} were adopted at {meeting}."),
    "adopted_no_many": to_translate("{document} were adopted not at {asked} but at {meeting}."),
    "and_list": to_translate("{first} and {last}"),
    "adopted_unknown": to_translate("The sources do not say where {document} was adopted."),
    # A document asked by the city of its adoption: the adoption is the grounds, with the meeting's place.
    "adopted_in_yes": to_translate("{document} was adopted at {meeting}, in {place}."),
    "adopted_in_no": to_translate("{document} was adopted at {meeting}, in {place}, not in {asked}."),
    # "Did Turkmenistan sign it?": the sources name the adopting meeting, never the signatories.
    "signers_unrecorded": to_translate("{document} was adopted at {meeting}; the sources do not say which states signed it or whether {asked} did."),
    "signers_unrecorded_approved": to_translate("{document} was approved at {meeting}; the sources do not say which states signed it or whether {asked} did."),
    "approved_in_yes": to_translate("{document} was approved at {meeting}, in {place}."),
    "approved_in_no": to_translate("{document} was approved at {meeting}, in {place}, not in {asked}."),
    "unknown_member": to_translate("The sources name no {name} among the participants of the meetings they record."),
    "not_chair": to_translate("The sources do not say {member} chaired {meeting}; they name {member} there, but not as its chair."),
    "addressed": to_translate("The source names {member} at {meeting} only for an address read out to the participants; it does not say they attended in person."),
    "meeting_addressed": to_translate("an address only"),
    "not_discussed": to_translate("The recorded agenda and statements of {meeting} do not mention this."),
    "not_discussed_topic": to_translate("The recorded agenda and statements of {meeting} do not mention {topic}."),
    "not_said": to_translate("The recorded statements of {person} do not mention this."),
    "not_said_named": to_translate("The recorded statements of {person} do not mention {asked}; the sources that record them do not name it."),
    "not_said_nearest": to_translate("The nearest they record:"),
    "not_said_other": to_translate("The recorded statements of {person} do not mention this; {other} is recorded saying:"),
    "not_said_beside": to_translate("The recorded statements of {person} do not mention {asked}; the same source names it in:"),
    "not_discussed_in": to_translate("The recorded agendas and statements of the meetings held in {place} do not mention this."),
    "period_year_yes": to_translate("{document} runs {period}, so {asked} is within it."),
    "period_year_open": to_translate("{document} runs {period}; the sources do not say it was in force in {asked}."),
    "period_year_no": to_translate("{document} runs {period}; {asked} is outside it."),
    "address_heard": to_translate("The participants of {meeting} heard an address from {member}, the source says."),
    "meeting_address_heard": to_translate("an address"),
    "address_kind": to_translate("In the source: {kind}."),
}

# "{entity} is {label}" for an organisation's or a body's category. Sectoral and specialised
# carry the number of such bodies recorded.
CATEGORY_LABEL: dict[str, str] = {
    "sectoral": to_translate("one of the {n} sectoral cooperation bodies"),
    "specialised": to_translate("one of the {n} specialised bodies"),
    "supreme": to_translate("a supreme body of the CIS"),
    "executive": to_translate("the executive body of the CIS"),
    "department": to_translate("a department of a CIS body"),
    "other": to_translate("a CIS body outside the sectoral and specialised ones"),
    "international": to_translate("an international organisation"),
    "basic_organisation": to_translate("a basic organisation of the CIS member states"),
    "national_agency": to_translate("a national agency"),
    "media": to_translate("a news outlet"),
    "organisation": to_translate("an organisation"),
}
# "is not {asked}" / "не входит в число {asked}".
ASKED_CATEGORY: dict[str, str] = {
    "sectoral": to_translate("one of the {n} sectoral cooperation bodies", context="not one of"),
    "specialised": to_translate("one of the {n} specialised bodies", context="not one of"),
    "international": to_translate("an international organisation", context="not one of"),
    "basic_organisation": to_translate("a basic organisation", context="not one of"),
}


def _category_label(kb: KnowledgeBase, category: str | None, kind: str, lang: str) -> str:
    if category == "other" and kind == "organisation":
        category = "organisation"
    template = CATEGORY_LABEL.get(category or "", CATEGORY_LABEL["organisation"])
    return translate(template, lang, n=_category_size(kb, category or ""))


def _category_size(kb: KnowledgeBase, category: str) -> int:
    return sum(1 for body in kb.of_kind("body") if getattr(body, "category", None) == category)


def _named_instead(verdict: Verdict) -> bool:
    results = verdict.value.get("meetings") if isinstance(verdict.value, dict) else None
    return isinstance(results, list) and len(results) == 1 and bool(results[0].get("instead"))


def _instead_line(kb: KnowledgeBase, result: dict[str, Any], lang: str, named: Callable[[str | None], str]) -> str:
    """Who the record names at the meeting in the part asked: each with the kind of their address,
    or as speaking to the media."""
    meeting = kb.get(result["meeting"])
    addresses = {p.person: p.address for p in getattr(getattr(meeting, "participants", None), "people", [])}
    parts = []
    for person in result["instead"]:
        address = None if result.get("instead_media") else addresses.get(person)
        if result.get("instead_media"):
            kind = translate(GROUNDS["to_the_media"], lang)
        elif address is not None:
            kind = address.get(lang)
        else:
            kind = translate(GROUNDS["spoke_there"], lang)
        parts.append(f"{named(person)} ({esc(kind)})")
    return translate(GROUNDS["named_instead"], lang, meeting=named(result["meeting"]), people=", ".join(parts))


def _ground(kb: KnowledgeBase, verdict: Verdict) -> str:
    """The sentence that says why a yes/no verdict holds."""
    lang = verdict.lang
    value = verdict.value if isinstance(verdict.value, dict) else {}
    grounds = verdict.grounds or ""

    def say(key: str, **names: Any) -> str:
        return translate(GROUNDS[key], lang, **names)

    def named(entity_id: str | None) -> str:
        return f"<b>{short_name(kb, entity_id, lang)}</b>" if entity_id else ""

    if grounds == "month_only" and "month" in value and verdict.focus:
        # "Peskov made his statement in October, right?": the month recorded, the year not given
        month = f"<b>{esc(_month_name(value['month'], lang))}</b>"
        return _full_stop(translate(WORDS["month_only"], lang, name=named(verdict.focus[0]), month=month))
    if "meetings" in value:
        member, group = value["member"], value["group"]
        results = value["meetings"]
        if len(results) == 1:
            result = results[0]
            key = result["result"]
            if key == "listed" and group == "people":
                key = "listed_person"
            label = _group_asked(group, lang) if key == "listed_other_group" else esc(_GROUP_WORDS[group][lang])
            counts = ", ".join(
                translate("{number} {group}", lang, context="count", number=n, group=_GROUP_WORDS[g][lang])
                for g, n in result.get("counts", {}).items()
            )
            # A country the knowledge base does not know is named as the question wrote it.
            member_text = f"<b>{esc(value['member_name'])}</b>" if value.get("member_name") else named(member)
            line = say(
                key,
                member=member_text,
                meeting=named(result["meeting"]),
                n=result["listed"],
                group=label,
                stated=result["stated"],
                counts=esc(counts),
                place=_place_text(kb, getattr(kb.get(result["meeting"]), "place", None) or "", lang),
                part=named(result.get("part")),
                asked=_group_asked(result.get("asked_group") or group, lang),
            )
            if result.get("address"):  # the kind of address the source names
                line += " " + say("address_kind", kind=esc(result["address"]["ru" if lang == "ru" else "en"]))
            if result.get("instead"):
                return _instead_line(kb, result, lang, named) + "\n" + line
            return line
        lines = [f"{named(member)}:"]
        for result in results:
            lines.append(f"• {named(result['meeting'])} — {esc(translate(GROUNDS['meeting_' + result['result']], lang))}")
        return "\n".join(lines)
    if grounds == "members_listed":  # "did A and B both attend X?": each on the list or not
        lines = [f"{named(value['meeting'])}:"]
        for result in value["members"]:
            lines.append(f"• {named(result['member'])} — {esc(translate(GROUNDS['meeting_' + result['result']], lang))}")
        return "\n".join(lines)
    if grounds == "in_previous":  # "is X among them?": by the entries the previous answer showed
        shown = ", ".join(short_name(kb, i, lang) for i in value["shown"])
        key = ("in_previous" if verdict.yes else "not_in_previous") + ("_one" if len(value["shown"]) == 1 else "")
        return say(key, member=named(value["member"]), n=len(value["shown"]), names=shown)
    if grounds == "meeting_holder":
        names = {"meeting": named(value["meeting"]), "asked": named(value["asked"]), "holder": named(value.get("holder"))}
        if verdict.yes:
            return _capital(say("holder_yes", **names))
        line = _capital(say("holder_no" if value.get("holder") else "holder_none", **names))
        return line + (" " + say("holder_took_part", **names) if value.get("took_part") else "")
    if grounds == "place":
        meeting, place = value.get("meeting"), value.get("place")
        if not place:
            return say("place_unknown", name=named(meeting))
        where = _place_text(kb, place, lang)
        planned = "planned_" if getattr(kb.entities.get(str(meeting)), "status", "") == "planned" else ""
        if value.get("city_unknown"):
            return say(planned + "place_city_unknown", meeting=named(meeting), place=where, asked=_name(kb, value["asked"], lang))
        if verdict.yes or value.get("planned_there"):
            return say(planned + "place_yes", meeting=named(meeting), place=where)
        return say(planned + "place_no", meeting=named(meeting), place=where, asked=_name(kb, value["asked"], lang))
    if grounds == "same_meeting":  # "was the A the B?": two meetings described, each with its date and place

        def dated(index: int) -> str:
            parts = [_date_text(value["dates"][index], lang) if value["dates"][index] else ""]
            parts.append(_place_text(kb, value["places"][index], lang) if value["places"][index] else "")
            shown = ", ".join(esc(part) for part in parts if part)
            return f" ({shown})" if shown else ""

        return say("same_meeting", meeting=named(value["meeting"]), when=dated(0), other=named(value["other"]), other_when=dated(1))
    if grounds == "status":
        meeting = value["meeting"]
        when = esc(_date_text(value.get("date"), lang))
        if value.get("place"):
            when += f", {_place_text(kb, value['place'], lang)}"
        if value.get("status") != "held":
            return say("planned", meeting=named(meeting), when=when)
        if value.get("years") and not value.get("date"):
            return say("no_date", name=named(meeting))
        return say("held", meeting=named(meeting), when=when)
    if grounds == "category":
        # "совет пенитенциарных служб есть в списке?": its name, not an acronym the asker never typed
        entity = f"<b>{esc(_unless_acronym(kb, value['entity'], lang))}</b>"
        label = _category_label(kb, value["category"], value["kind"], lang)
        if verdict.yes:
            return say("category_yes", entity=entity, label=esc(label))
        asked = translate(
            ASKED_CATEGORY.get(value["asked"], ASKED_CATEGORY["sectoral"]), lang, n=_category_size(kb, value["asked"])
        )
        key = "category_other" if lang == "ru" or value["category"] in ("other", None) else "category_no"
        return say(key, entity=entity, asked=esc(asked), label=esc(label))
    if grounds == "cis_body":
        label = _category_label(kb, value["category"], value["kind"], lang)
        if verdict.yes and value["category"] == "other":
            return say("cis_body_plain", entity=named(value["entity"]))
        return say("cis_body_yes" if verdict.yes else "cis_body_no", entity=named(value["entity"]), label=esc(label))
    if grounds == "member":
        entity = named(value["entity"])
        if value["kind"] == "state":
            return say("member_state_yes" if verdict.yes else "member_state_no", entity=entity)
        label = _category_label(kb, value.get("category"), "organisation", lang)
        return say("member_org", entity=entity, label=esc(label))
    if grounds == "observer":
        if verdict.yes:
            return say("observer_yes", entity=named(value["entity"]))
        others = ", ".join(named(entity_id) for entity_id in value.get("observers", []))
        line = say("observer_no", entity=named(value["entity"]))
        return f"{line} {say('observer_others', names=others)}" if others else line
    if grounds == "role":
        roles = value.get("roles") or []
        if not roles:
            return say("no_roles", name=named(value["person"]))
        titles = "; ".join(esc(role["title"][lang]) for role in roles)
        line = say("role", person=named(value["person"]), titles=titles)
        if value.get("holder"):
            holder = say("role_holder", holder=named(value["holder"]), title=esc(value["holder_role"]["title"][lang]))
            line = f"{holder} {line}"
        return line
    if grounds == "discussed":
        return say("discussed", meeting=named(value["meeting"]))
    if grounds == "stated" and value.get("media"):
        return say("stated", entity=f"{named(value['entity'])} ({say('to_the_media')})")
    if grounds == "stated":
        return say("stated", entity=named(value["entity"]))
    if grounds == "period":
        document = named(value["document"])
        if value.get("end") is None:
            return say("period_unknown", name=document)
        period = esc(format_period(value.get("start"), value["end"], lang))
        if verdict.yes:
            return say("period_yes", document=document, period=period)
        return say("period_range_no" if value.get("range") else "period_no", document=document, period=period, asked=value["asked"])
    if grounds == "period_year":
        period = esc(format_period(value.get("start"), value["end"], lang))
        key = "period_year_open" if verdict.yes is None else "period_year_yes" if verdict.yes else "period_year_no"
        return say(key, document=named(value["document"]), period=period, asked=value["asked"])
    if grounds == "period_today":
        period = esc(format_period(value.get("start"), value.get("end"), lang))
        day = date.fromisoformat(value["today"])
        line = say(
            "period_today",
            document=named(value["document"]),
            period=period,
            today=esc(format_date(PartialDate(day.year, day.month, day.day), lang)),
            state=esc(translate(GROUNDS["period_state_" + value["state"]], lang)),
        )
        if value.get("status") not in ("approved", "adopted"):
            line += esc(translate(GROUNDS["period_not_adopted"], lang))
        return line
    if grounds == "date":
        return _date_ground(kb, verdict, value, say, named)
    if grounds == "count":
        return _count_ground(verdict, value, say, named)
    if grounds == "figure":
        # the recorded figure in the source's own sentence: the yes or no above says how it compares
        fact = kb.get(value["fact"])
        return esc(fact.value.get(lang)) if fact is not None and hasattr(fact, "value") else ""
    if grounds == "adopted_at":
        if value.get("meeting") is None:
            return say("adopted_unknown", document=named(value["document"]), asked=named(value["asked"]))
        key = "adopted_yes" if verdict.yes else "adopted_no"
        if len(value.get("documents", ())) > 1:
            # "were the programmes approved at …": the documents of that kind, named together
            listed = [named(d) for d in value["documents"]]
            joined = translate(GROUNDS["and_list"], lang, first=", ".join(listed[:-1]), last=listed[-1])
            return say(key + "_many", document=joined, meeting=named(value["meeting"]), asked=named(value["asked"]))
        return say(key, document=named(value["document"]), meeting=named(value["meeting"]), asked=named(value["asked"]))
    if grounds == "holder":
        # "So the Chair … was Putin?": who the sources record in the post, and when
        title = esc(value["title"]["ru" if lang == "ru" else "en"])
        as_of = value.get("as_of")
        if not as_of:
            return say("holder_undated", holder=named(value["holder"]), title=title)
        day = date.fromisoformat(as_of)
        when = esc(format_date(PartialDate(day.year, day.month, day.day), lang))
        line = say("holder", holder=named(value["holder"]), title=title, date=when)
        claimed = kb.get(value.get("asked") or "")
        roles = [esc(r.title.get(lang)) for r in getattr(claimed, "roles", [])]
        if roles:  # "Putin …?": what the sources do name him as
            line += " " + say("holder_asked", person=named(value["asked"]), roles="; ".join(roles))
        return line
    if grounds == "adopted_by":
        names = {"document": named(value["document"]), "body": named(value["body"]), "asked": named(value["asked"])}
        return say("adopted_by_yes" if verdict.yes else "adopted_by_no", **names)
    if grounds == "adopted_in":
        meeting, place = value.get("meeting"), value.get("place")
        if not place:
            return say("place_unknown", name=named(meeting))
        adopted = kb.get(value["document"])
        key = "approved_in_" if isinstance(adopted, Document) and adopted.status == "approved" else "adopted_in_"
        names = {"document": named(value["document"]), "meeting": named(meeting), "place": _place_text(kb, place, lang)}
        if verdict.yes:
            return say(key + "yes", **names)
        return say(key + "no", asked=_name(kb, value["asked"], lang), **names)
    if grounds == "signers_unrecorded":
        adopted = kb.get(value["document"])
        key = "signers_unrecorded_approved" if isinstance(adopted, Document) and adopted.status == "approved" else "signers_unrecorded"
        return say(key, document=named(value["document"]), meeting=named(value["meeting"]), asked=named(value["asked"]))
    if grounds == "unknown_member":
        return say("unknown_member", name=f"<b>{esc(value['name'])}</b>")
    if grounds == "not_discussed" and value.get("topic"):
        # a topic carried from an earlier turn ("а о беспилотниках?"): "this" would not say which
        return say("not_discussed_topic", meeting=named(value["meeting"]), topic=f"«{esc(value['topic'])}»" if lang == "ru" else f'"{esc(value["topic"])}"')
    if grounds == "not_discussed":
        return say("not_discussed", meeting=named(value["meeting"]))
    if grounds == "not_said" and value.get("beside"):
        line = say("not_said_beside", person=named(value["entity"]), asked=named(value["asked"]))
        beside = kb.get(value["beside"])
        return f"{line}\n• {entity_line(kb, beside, lang)}" if beside is not None else line
    if grounds == "not_said" and value.get("asked"):
        line = say("not_said_named", person=named(value["entity"]), asked=named(value["asked"]))
        return f"{line} {say('not_said_nearest')}" if verdict.statements else line
    if grounds == "not_said" and value.get("other"):
        return say("not_said_other", person=named(value["entity"]), other=named(value["other"]))
    if grounds == "not_said" and value.get("own") and verdict.statements:
        return f"{say('not_said', person=named(value['entity']))} {say('not_said_nearest')}"
    if grounds == "not_said":
        return say("not_said", person=named(value["entity"]))
    if grounds == "not_discussed_in":
        return say("not_discussed_in", place=f"<b>{esc(_name(kb, value['place'], lang))}</b>")
    return ""


def _date_ground(kb: KnowledgeBase, verdict: Verdict, value: dict[str, Any], say: Any, named: Any) -> str:
    """The recorded date beside the day asked, with how the date was inferred where it was."""
    lang = verdict.lang
    meeting = kb.get(value["meeting"])
    if not value.get("date"):
        return say("no_date", name=named(value["meeting"]))
    when = esc(_date_text(value["date"], lang))
    day, month = value["asked"]
    asked = esc(babel_format_date(date(2000, month, day), "d MMMM", locale=lang))
    line = say("date_yes" if verdict.yes else "date_no", meeting=named(value["meeting"]), when=when, asked=asked)
    how = getattr(meeting, "date_inferred", None)
    if how is not None:
        line = f"{line.rstrip('.')} ({esc(how.get(lang))})."
    return _capital(line)


def _capital(line: str) -> str:
    """The first letter upper-cased, past a leading tag (short names may start lower-case)."""
    start = line.find(">") + 1 if line.startswith("<") else 0
    return line[:start] + line[start : start + 1].upper() + line[start + 1 :]


_SESSION_WORDS: dict[str, tuple[str, str]] = {
    # one, several
    "total": (to_translate("session", context="session count"), to_translate("sessions", context="session count")),
    "plenary": (to_translate("plenary session", context="session count"), to_translate("plenary sessions", context="session count")),
    "specialised": (to_translate("specialised session", context="session count"), to_translate("specialised sessions", context="session count")),
}


def _count_ground(verdict: Verdict, value: dict[str, Any], say: Any, named: Any) -> str:
    """The counts the source gives for the meeting: its sessions by kind, or the group asked."""
    lang = verdict.lang
    if "sessions" in value:
        parts = [
            translate(
                "{number} {group}", lang, context="count", number=n, group=translate(_SESSION_WORDS[key][0 if n == 1 else 1], lang)
            )
            for key, n in value["sessions"].items()
        ]
        counts = ", ".join(parts)
    elif value.get("recorded") is not None:
        group = _GROUP_WORDS[value["group"]][lang]
        counts = translate("{number} {group}", lang, context="count", number=value["recorded"], group=group)
    else:
        return say("count_none", meeting=named(value["meeting"]))
    return say("count", meeting=named(value["meeting"]), counts=esc(counts))


NOT_RECORDED: dict[str, str] = {
    "grouping": to_translate("The sources do not group {group} as “{word}”, so I cannot count them."),
    "grouping_list": to_translate("{meeting}: {n} {group} in all —"),
    "number": to_translate("The sources record no {ordinal} meeting of {what}."),
    "number_in_series": to_translate("The sources record no {ordinal} meeting of this series."),
    "before": to_translate("The sources record no earlier meeting of {what}."),
    "year": to_translate("The sources record no such meeting in {year}."),
    "year_figure": to_translate("The sources give no such figure for {year}."),
    "place": to_translate("The sources do not record such a meeting in {place}.", context="city"),
    "place_text": to_translate("The sources do not record such a meeting in {place}."),
    "place_none": to_translate("The sources record no meetings in {place}."),
    "place_state": to_translate("The sources do not record such a meeting in {place}.", context="state"),
    "person": to_translate("The sources do not mention {name}."),
    "unknown_name": to_translate("The sources do not mention {name}."),
    "no_body": to_translate("The sources do not mention a body called {name}."),
    "no_day": to_translate("The sources record no meeting on {date}."),
    "no_document": to_translate("The sources do not mention a document called {name}."),
    "constraint": to_translate("The sources record nothing for {asked}: they give {recorded}."),
    "constraint_none": to_translate("The sources record no such figure as {asked}."),
    "not_said": to_translate("The sources record no such statement by {person}."),
    "not_said_about": to_translate("The sources record no statement by {person} about {topic}."),
    "not_said_at": to_translate("The sources record no such statement by {person} at {meeting}."),
    "person_none": to_translate("They name no one holding a post in {target}."),
    "person_holders": to_translate("The people with such a title they name:"),
    "person_surname": to_translate("With that surname they name:"),
    "title": to_translate("The sources do not name anyone holding that post."),
    "no_meetings": to_translate("The sources record no meetings or decisions of {body}."),
    "title_nearest": to_translate("They name only a similar post:"),
    "join": to_translate("The sources do not record {joiner} joining {target}."),
    "unnamed": to_translate("The sources do not name this person; they say:"),
    "joiners": to_translate("The sources record no state or organisation joining {target}."),
    "members": to_translate("The sources do not list who is part of {target}."),
    "no_other": to_translate("The sources name no other; only this one:"),
    "no_chair": to_translate("The sources name no chair of {meeting}."),
    "absent_unlisted": to_translate("The sources list who attended {meeting}; they do not say who was absent."),
    "absent_unknown": to_translate("The sources do not say which states were absent from {meeting}: they give {stated} states and name {listed}:"),
    "no_chair_any": to_translate("The sources name no chair of any of the meetings held in {place}:"),
    "planned": to_translate("The sources do not record that it was done, only that it was planned:"),
    "event": to_translate("The sources record no such event: “{event}”."),
    "subject": to_translate("The sources do not record this of {asked}: they record it of {other}."),
    "topic_at": to_translate("The sources record no decision or discussion on {topic} at {meeting}."),
    "no_field_body": to_translate("The sources name no CIS security cooperation body that deals with that."),
    "post": to_translate("The sources do not record {person} as “{asked}”."),
    "post_recorded": to_translate("They record: {titles}."),
    "post_heads": to_translate("The sources do not record {person} heading or chairing any body."),
    "nearest": to_translate("The nearest recorded:"),
    "frequency": to_translate("The sources do not say how often {what} meets."),
    "frequency_held": to_translate("The sources do not say how often {what} is held."),
    "status": to_translate("The sources do not record the status “{asked}”; the status they record is “{recorded}”."),
    "status_subject": to_translate("The sources do not record the status “{asked}” for {name}."),
}
# Statuses at an organisation (bot/answers/statuses.py).
_STATUS_WORDS = {
    "observer": to_translate("observer"),
    "dialogue_partner": to_translate("dialogue partner"),
    "associate_member": to_translate("associate member"),
    "full_member": to_translate("full member"),
    "candidate": to_translate("candidate for membership"),
    "partner_state": to_translate("partner state"),
}


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def _not_recorded(kb: KnowledgeBase, verdict: Verdict) -> str:
    """What the question assumed that the sources do not record, then the nearest record."""
    lang = verdict.lang
    if verdict.reason == "no_list":
        names = "; ".join(short_name(kb, i, lang) for i in verdict.filters.get("no_list", []) if i in kb.entities)
        return esc(translate(WORDS["no_list"], lang, what="")).rstrip(".: ") + f": {names}."
    value = verdict.value if isinstance(verdict.value, dict) else {}
    reason = verdict.reason or ""

    def say(key: str, **names: Any) -> str:
        return translate(NOT_RECORDED[key], lang, **names)

    def named(entity_id: str | None) -> str:
        return f"<b>{short_name(kb, entity_id, lang)}</b>" if entity_id else ""

    nearest = True
    if reason == "number":
        what = value.get("body") or value.get("what")
        number = value["number"]
        # English writes "13th"; the Russian message adds its own ending ("13-м").
        ordinal = _ordinal(number) if lang == "en" else str(number)
        if what and kb.kind(what) == "meeting":
            # a series known by one numbered meeting alone ("the XVII counter-terrorism meeting"): no
            # "meeting of <the XVIII meeting>"
            lines = [say("number_in_series", ordinal=ordinal)]
        else:
            lines = [say("number", ordinal=ordinal, what=_name(kb, what, lang) if what else "")]
    elif reason == "before":
        lines = [say("before", what=_name(kb, value["what"], lang))]
    elif reason == "year" and value.get("figure"):
        # A count the sources give for another year only: named as the nearest record, its number
        # left behind the button, where it cannot be read as the figure of the year asked.
        lines = [say("year_figure", year=value["year"])]
    elif reason == "frequency":
        lines = [say("frequency_held" if value.get("held") else "frequency", what=named(value["what"]))]
        nearest = False
    elif reason == "year":
        lines = [say("year", year=value["year"])]
    elif reason == "place":
        if value.get("place"):
            key = "place_state" if kb.kind(value["place"]) == "state" else "place"
            lines = [say(key, place=f"<b>{_name(kb, value['place'], lang)}</b>")]
        else:
            key = "place_none" if value.get("listing") else "place_text"
            lines = [say(key, place=f"<b>{esc(value.get('place_text') or '')}</b>")]
    elif reason == "status" and value.get("subject"):
        asked = translate(_STATUS_WORDS[value["asked"]], lang)
        lines = [say("status_subject", asked=esc(asked), name=named(value["subject"]))]
    elif reason == "status":
        asked, recorded = (translate(_STATUS_WORDS[value[key]], lang) for key in ("asked", "recorded"))
        lines = [esc(say("status", asked=asked, recorded=recorded))]
    elif reason == "person":
        lines = [say("person", name=f"<b>{esc(value.get('person_text') or '')}</b>")]
        if value.get("target") and not value.get("holders"):
            lines.append(say("person_none", target=named(value["target"])))
            nearest = False
        elif value.get("holders"):
            # "kto takoy Dmitriy Trefilov": the one person of that surname, not of that title
            lines.append(esc(say("person_surname" if value.get("surname") else "person_holders")))
            lines += [
                f"• {entity_line(kb, kb.entities[i], lang)}" for i in value["holders"][:3] if i in kb.entities
            ]
            nearest = False
    elif reason == "constraint":
        asked, recorded = value["asked"], value["recorded"]
        if value.get("what") == "month":
            asked, recorded = _month_name(asked, lang), _month_name(recorded, lang)
        elif value.get("what") == "season":
            asked, recorded = translate(_SEASON_NAMES[asked], lang), _month_name(recorded, lang)
        if recorded is None:  # a figure the record has nothing to set against
            lines = [say("constraint_none", asked=esc(str(asked)))]
        else:
            lines = [say("constraint", asked=esc(str(asked)), recorded=esc(str(recorded)))]
    elif reason == "not_said":
        key = "not_said_at" if value.get("meeting") else "not_said_about" if value.get("topic") else "not_said"
        topic = f"<b>{esc(value.get('topic') or '')}</b>"
        lines = [say(key, person=named(value["person"]), meeting=named(value.get("meeting")), topic=topic)]
    elif reason == "unknown_name":
        lines = [say("unknown_name", name=f"<b>{esc(value.get('name') or '')}</b>")]
    elif reason == "no_day":
        day, month, year = value["day"], value["month"], value.get("year")
        if year:
            when = format_date(PartialDate(year, month, day), lang)
        else:
            when = format_skeleton("MMMMd", date(2000, month, day), locale=lang)
        line = say("no_day", date=f"<b>{esc(when)}</b>")
        # One full stop after a date that ends with "г.".
        lines = [line.removesuffix(".") if when.endswith(".") else line]
    elif reason in ("no_body", "no_document"):
        lines = [say(reason, name=f"<b>{esc(value.get('name') or '')}</b>")]
    elif reason == "title" and not value.get("holders"):
        lines = [esc(say("title"))]
    elif reason == "title":
        lines = [esc(say("title")), esc(say("title_nearest"))]
        for holder in value["holders"][:3]:
            person = kb.get(holder)
            titles = "; ".join(role.title.get(lang) for role in getattr(person, "roles", []))
            if person is not None:
                lines.append(f"• {entity_line(kb, person, lang)}" + (f" — {esc(titles)}" if titles else ""))
        nearest = False
    elif reason == "join":
        joiner = named(value["joiner"]) if value.get("joiner") else f"<b>{esc(value.get('joiner_text') or '')}</b>"
        lines = [say("join", joiner=joiner, target=named(value["target"]))]
        nearest = False
        target = kb.get(value["target"])
        if target is not None:
            lines.append(
                f"{entity_line(kb, target, lang)} — {esc(first_sentence(target.description.get(lang), DESCRIPTION_CHARS))}"
            )
    elif reason == "unnamed":
        lines = [say("unnamed")]
        lines += [esc(s.ru if lang == "ru" else s.en) for s in verdict.statements[:1]]
        nearest = False
    elif reason in ("joiners", "members"):
        lines = [say(reason, target=named(value["target"]))]
        nearest = False
        target = kb.get(value["target"])
        if target is not None:
            lines.append(
                f"{entity_line(kb, target, lang)} — {esc(first_sentence(target.description.get(lang), DESCRIPTION_CHARS))}"
            )
    elif reason == "no_other":
        lines = [esc(say("no_other"))]
        nearest = False
        target = kb.get(value.get("target") or "")
        if target is not None:
            lines.append(
                f"• {entity_line(kb, target, lang)} — {esc(first_sentence(target.description.get(lang), DESCRIPTION_CHARS))}"
            )
    elif reason == "no_meetings":
        # The full name: the short form may be common usage the reader does not know.
        lines = [say("no_meetings", body=f"<b>{_name(kb, value['body'], lang)}</b>")]
        nearest = False
        body = kb.get(value["body"])
        if body is not None:
            lines.append(esc(first_sentence(body.description.get(lang), DESCRIPTION_CHARS)))
        # The meetings the body only attended, when there are any, are the nearest records.
        attended = [i for i in value.get("attended") or [] if i in kb.entities][:2]
        if attended:
            lines.append(esc(say("nearest")))
            lines += [f"• {entity_line(kb, kb.entities[i], lang)}" for i in attended]
    elif reason == "grouping":
        # Russian takes the genitive plural here ("государств", "органов СНГ").
        group = unit_word(value["group"], 5, "ru") if lang == "ru" else _GROUP_WORDS[value["group"]][lang]
        lines = [esc(say("grouping", group=group, word=value["word"]))]
        nearest = False
        if value.get("meeting") and verdict.items:
            names = ", ".join(short_name(kb, i, lang) for i in verdict.items)
            head = say("grouping_list", meeting=named(value["meeting"]), n=len(verdict.items), group=esc(group))
            lines.append(f"{head} {names}.")
    elif reason == "no_chair" and len(value.get("meetings") or []) > 1:
        # "who chaired the Moscow meeting?": several were held there, none with a chair named
        lines = [say("no_chair_any", place=esc(_place_text(kb, value.get("place") or "", lang)))]
        lines += [f"• {named(meeting)}" for meeting in value["meetings"]]
        nearest = False
    elif reason == "no_chair":
        lines = [say("no_chair", meeting=named(value.get("meeting")))]
        nearest = False
    elif reason == "absent_unlisted":
        lines = [say("absent_unlisted", meeting=named(value.get("meeting")))]
        nearest = False
    elif reason == "absent_unknown":
        # "which states were absent?" where the source gives more states than it names
        lines = [say("absent_unknown", meeting=named(value.get("meeting")), stated=value["stated"], listed=len(verdict.items))]
        lines.append(esc(format_list([short_name(kb, i, lang) for i in verdict.items if i in kb.entities], lang)))
        nearest = False
    elif reason == "planned":
        lines = [esc(say("planned")), *(esc(statement.get(lang)) for statement in verdict.statements[:1])]
    elif reason == "event":
        lines = [say("event", event=esc(value.get("event") or ""))]
    elif reason == "subject":
        lines = [say("subject", other=named(value.get("other")), asked=named(value.get("asked")))]
        if value.get("yes_no"):
            lines[0] = f"<b>{esc(translate(WORDS['no'], lang))}</b> {lines[0]}"
    elif reason == "no_field_body":
        lines = [esc(say("no_field_body"))]
        nearest = bool(value.get("nearest"))  # the bodies whose meetings touched the field
    elif reason == "topic_at":
        lines = [say("topic_at", topic=f"<b>{esc(value.get('topic') or '')}</b>", meeting=named(value.get("meeting")))]
    elif reason == "post":
        # The person's recorded titles are the nearest record: the asked one stays in quotes.
        person = kb.get(value["person"])
        titles = "; ".join(role.title.get(lang) for role in getattr(person, "roles", []))
        key = "post_heads" if value.get("heads") else "post"
        lines = [say(key, person=named(value["person"]), asked=esc(value.get("asked") or ""))]
        if titles:
            lines.append(say("post_recorded", titles=esc(titles)))
        nearest = False
    else:
        lines = [esc(s.get(lang)) for s in verdict.statements[:1]] or [esc(translate(WORDS["unknown"], lang))]
    shown = [a for a in verdict.alternatives[:2] if a in kb.entities] if nearest else []
    if shown:
        lines.append(esc(say("nearest")))
        lines += [f"• {entity_line(kb, kb.entities[a], lang)}" for a in shown]
    return "\n".join(lines)


# --- set operations and time (bot.answers.timeline) -------------------------------------------


def _units_sessions(number: int, lang: str) -> str:
    return group_words("sessions", number, lang)


# A season asked of a meeting held in another (field_meeting: "the winter meeting of the police chiefs").
_SEASON_NAMES = {
    "summer": to_translate("summer"),
    "autumn": to_translate("autumn"),
    "winter": to_translate("winter"),
    "spring": to_translate("spring"),
}


def _month_name(month: int, lang: str) -> str:
    """The month's name standing alone ("September", "сентябрь")."""
    return str(get_month_names("wide", context="stand-alone", locale=lang)[month])


def _units(number: int, unit: str, lang: str) -> str:
    """ "3 months" / "3 месяца"."""
    forms = {
        "year": (to_translate("{number} year"), to_translate("{number} years")),
        "month": (to_translate("{number} month"), to_translate("{number} months")),
        "day": (to_translate("{number} day"), to_translate("{number} days")),
    }
    return translate_plural(*forms[unit], number, lang)


def _span(years: int, months: int, days: int | None, lang: str) -> str:
    """ "1 year, 3 months and 18 days"; days left out when None."""
    parts = [_units(n, unit, lang) for n, unit in ((years, "year"), (months, "month"), (days, "day")) if n]
    if not parts:
        return _units(0, "day", lang)
    return format_list(parts, lang)


def _end(sentence: str) -> str:
    """A full stop, unless the sentence already ends with one ("2025 г.")."""
    return sentence if sentence.endswith(".") else sentence + "."


def _approved_at(kb: KnowledgeBase, document_id: str, lang: str) -> str | None:
    """ "Who approved it?": the meeting that approved or adopted the document, first; the card's
    long name and description stay behind More. None for a document not recorded as adopted."""
    document = kb.get(document_id)
    if not isinstance(document, Document) or document.status not in ("approved", "adopted") or document.meeting not in kb.entities:
        return None
    meeting = kb.entities[document.meeting]
    held_on = getattr(meeting, "date", None)
    said = translate(WORDS[f"{document.status}_by_meeting"], lang, meeting=kb.name(meeting.id, lang))
    head = f"<b>{esc(said)}</b>"
    dated = f", {_when(held_on, lang)}" if held_on else ""
    # the record's own words next: they say by whom when they do ("Adopted by the CIS Heads of State …")
    said_by = first_sentence(document.description.get(lang), DESCRIPTION_CHARS)
    by_whom = f"\n{esc(said_by)}" if _BY_WHOM.search(said_by) else ""
    return f"{head}{dated} — {esc(short_plain(kb, document.id, lang))}.{by_whom}"


_BY_WHOM = re.compile(r"\bby (?:the )?[A-Z]|\bleaders\b|\bглав\w* государств|\bлидер\w*|\bСовет\w* ")


def _when(value: str | None, lang: str) -> str:
    return esc(_date_text(value, lang))


def _elapsed(verdict: Verdict, name: str) -> str:
    """Time since a dated event: the unit asked for first, the exact span beside it."""
    lang = verdict.lang
    value = verdict.value
    total_days = _units(value["days"], "day", lang)
    exact = _span(value["years"], value["months"], value["rest_days"], lang)
    if value["precision"] != "day":
        # Known to the month or the year: the figure is rounded and says so.
        rough = _span(value["years"], value["months"] if value["precision"] == "month" else 0, None, lang)
        span = f"<b>{esc(translate(WORDS['elapsed_about'], lang))} {esc(rough)}</b>"
    elif value["unit"] == "months":
        span = f"<b>{esc(_units(value['total_months'], 'month', lang))}</b> ({esc(exact)}; {esc(total_days)})"
    elif value["unit"] == "days":
        span = f"<b>{esc(total_days)}</b> ({esc(exact)})"
    elif value["years"]:
        # Over a year: years and months read at a glance; the exact count of days beside them.
        span = f"<b>{esc(_span(value['years'], value['months'], None, lang))}</b> ({esc(total_days)})"
    else:
        span = f"<b>{esc(exact)}</b> ({esc(total_days)})"
    if value.get("by_year"):
        # "How old was it by 2025": the span up to that year, not "ago".
        text = translate(WORDS["elapsed_by"], lang, span=span, year=value["by_year"], a=name, d1=_when(value["date"], lang))
        return _capital(text)
    # No verb to agree with the span ("1 year has", "2 years have"; "прошёл 1 год", "прошло 2 года").
    return _capital(translate(WORDS["elapsed"], lang, span=span, a=name, d1=_when(value["date"], lang)))


def _order(kb: KnowledgeBase, verdict: Verdict) -> str:
    lang = verdict.lang
    value = verdict.value
    days = value.get("days")
    later = translate(WORDS["later"], lang, span=_units(days, "day", lang)) if days else ""

    def when(index: int) -> str:
        # The place too: a meeting's short name may not say where it was.
        meeting = kb.get(value["first" if index == 0 else "second"])
        place = getattr(meeting, "place", None)
        return _when(value["dates"][index], lang) + (f", {_name(kb, place, lang)}" if place else "")

    relative_to = value.get("relative_to")
    if relative_to is not None:
        # "Was that before or after X?": the previous subject against X, in that order.
        before = value["first"] == value["subject"]
        subject, other = (0, 1) if before else (1, 0)
        return _end(
            translate(
                WORDS["was_before" if before else "was_after"],
                lang,
                a=f"<b>{short_name(kb, value['subject'], lang)}</b>",
                b=short_name(kb, relative_to, lang),
                d1=when(subject),
                d2=when(other),
            ).rstrip(".")
        )
    asked_later = value.get("asked") == "later"
    text = translate(
        WORDS["came_later" if asked_later else "came_first"],
        lang,
        a=f"<b>{short_name(kb, value['first'], lang)}</b>" if not asked_later else short_name(kb, value["first"], lang),
        b=short_name(kb, value["second"], lang) if not asked_later else f"<b>{short_name(kb, value['second'], lang)}</b>",
        d1=when(0),
        d2=when(1),
        later=esc(later),
    )
    return _end(text.rstrip("."))


def _dated(kb: KnowledgeBase, verdict: Verdict) -> str:
    """The date behind a yes/no about this year, last year or now."""
    lang = verdict.lang
    value = verdict.value
    name = short_name(kb, verdict.focus[0], lang)
    if "period" in value:
        start, end = value["period"]
        when = esc(format_period(start, end, lang))
    else:
        when = _when(value["date"], lang)
    if value.get("since") and verdict.yes:
        return _end(translate(WORDS["dated_since"], lang, a=name, when=when))
    if value.get("planned") and verdict.yes is not False:
        return _end(translate(WORDS["dated_planned"], lang, a=name, when=when))
    if verdict.yes:
        relative = translate(WORDS[value["relative"]], lang)
        return _end(translate(WORDS["dated_yes"], lang, a=name, when=when, relative=relative, year=value["year"]))
    return translate(WORDS["dated_no"], lang, a=name, when=when, relative=translate(WORDS[value["relative"]], lang), year=value["year"])


def _period_label(period: dict[str, Any] | None, lang: str) -> str:
    """ "summer 2025", "June 2025", "first half 2025"."""
    if not period:
        return ""
    years = ", ".join(str(y) for y in period.get("years", []))
    label = period.get("label", "")
    if label in ("ends", "in_force"):
        message = _ENDING_IN if label == "ends" else _IN_FORCE_IN
        return translate(message, lang, year=years)
    if label == "span" and period.get("form") == "recent":
        return translate_plural("the past month", "the past {number} months", period["months"], lang)
    if label == "span":
        start, end = (_date_text(period.get(bound), lang) if period.get(bound) else "" for bound in ("start", "end"))
        if start and end and start == end:
            return start  # one whole year or month
        if start and end:
            return translate("{start} to {end}", lang, context="span", start=start, end=end)
        if start:
            return translate("{date} and later", lang, date=start)
        if end:
            return translate("before {date}", lang, date=end)
        return ""
    if label == "month":
        month = period["months"][0]
        text = _month_name(month, lang)
    elif label in ("last_year", "this_year"):
        return years or translate(_SEASON_WORDS[label], lang)
    elif label == "quarter":
        first, last = period["months"][0], period["months"][-1]
        text = "–".join(
            dict.fromkeys(translate("Q{number}", lang, number=(month - 1) // 3 + 1) for month in (first, last))
        )
    else:
        text = translate(_SEASON_WORDS[label], lang) if label in _SEASON_WORDS else ""
    return " ".join(part for part in (text, years) if part)


def _group_label(groups: list[str], categories: list[str], lang: str) -> str:
    if len(groups) == 1:
        label = _GROUP_WORDS[groups[0]][lang]
    elif set(groups) == {"organisations", "basic_organisations"}:
        label = _GROUP_WORDS["organisations"][lang]
    elif "states" not in groups:
        label = translate("participants other than states", lang)
    else:
        label = translate(WORDS["participants"], lang)
    kinds = [translate(_CATEGORY_WORDS[c], lang) for c in categories if c in _CATEGORY_WORDS]
    if kinds and lang == "ru" and len(groups) == 1:
        # "Специализированных органов СНГ: 2": a Russian count heading takes the genitive plural.
        kinds = [translate(_CATEGORY_GENITIVE[c], lang) for c in categories if c in _CATEGORY_GENITIVE]
        label = unit_word(groups[0], 5, "ru")
    return f"{' '.join(kinds)} {label}" if kinds else label


def _combined(kb: KnowledgeBase, verdict: Verdict) -> str:
    """Set operations over participant lists, sums of groups, days between dates."""
    lang = verdict.lang
    filters = verdict.filters
    if verdict.attribute == "days":
        if verdict.value is None:
            span = translate(WORDS["days_range"], lang, low=filters["min"], high=_units(filters["max"], "day", lang))
            days = f"<b>{esc(span)}</b>"
        else:
            amount = _units(verdict.value, filters.get("unit", "day"), lang)
            if filters.get("about"):
                amount = f"{translate(WORDS['elapsed_about'], lang).capitalize()} {amount}"
            days = f"<b>{esc(amount)}</b>"
        events = [short_name(kb, i, lang) for i in verdict.focus]
        first, second = _when(filters["from"], lang), _when(filters["to"], lang)
        if "publication_of" in filters:
            between = translate(WORDS["days_publication"], lang, a=events[0], b=events[1], d1=first, d2=second)
            return _end(f"{days} {between}")
        if filters.get("ago"):
            return _end(f"{days} " + translate(WORDS["days_ago_published"], lang, a=events[0], d1=first))
        if "published" in filters:
            return _end(f"{days}. " + translate(WORDS["days_published"], lang, a=events[0], d1=first, d2=second))
        between = translate(WORDS["days_between"], lang, a=events[0], b=events[1], d1=first, d2=second)
        return _end(f"{days} {between}" if verdict.value is not None else f"{days}: {between}")
    op = filters.get("op", "")
    meetings = [short_name(kb, m, lang) for m in filters.get("meetings", [])]
    groups = filters.get("groups", [])
    items = verdict.items
    if op == "sum":
        shown = {g: n for g, n in filters["parts"].items() if n} if sum(1 for n in filters["parts"].values() if n) >= 2 else filters["parts"]
        # (a group none of the list is in adds nothing to a sum of two or more others)
        parts = " + ".join(f"{_GROUP_WORDS[g][lang]} ({n})" for g, n in shown.items())
        head = f"<b>{verdict.value}</b> = " + translate(WORDS["op_sum"], lang, parts=esc(parts), a=meetings[0])
        return "\n".join([head, *_stated_notes(kb, verdict)])
    label = _group_label(groups, filters.get("categories", []), lang)
    if op == "named_as":
        # "Of the 13 CIS bodies at X, how many are councils": the part whose names say so
        words = filters.get("word", {})
        word = words.get(lang) or next(iter(words.values()), "")
        message = WORDS["op_named_as_not" if filters.get("negated") else "op_named_as"]
        of = filters.get("of", 0)
        what = unit_word(groups[0], of, lang) if len(groups) == 1 else label
        head = translate(message, lang, what=what, a=meetings[0], word=word, k=of)
        shown = f"<b>{len(items)}</b> — {esc(head)}"
        return "\n".join([shown, esc(", ".join(short_name(kb, i, lang) for i in items[:LIST_ITEMS]))])
    if op == "kinds":
        # the groups with their sizes: "13 CIS bodies, 4 basic organisations, 3 international organisations"
        units = {"organisations": "international_organisations"} if filters.get("international") else {}
        sizes = [group_words(units.get(g, g), n, lang) for g, n in filters["parts"].items()]
        head = translate(WORDS["op_kinds"], lang, what=label[:1].upper() + label[1:], a=meetings[0])
        return "\n".join([esc(head), f"<b>{esc(', '.join(sizes))}</b>", *_stated_notes(kb, verdict)])
    region = filters.get("region")
    if region in _REGION_LABELS:
        label = translate(_REGION_LABELS[region], lang)
    if not items and op == "exactly":
        count = filters.get("of_meetings", len(meetings))
        return esc(translate(WORDS["op_exactly_none"], lang, what=label, n=filters["times"], k=count))
    if not items and region in _REGION_LABELS:
        first = short_plain(kb, filters["meetings"][0], lang)
        return "\n".join([esc(translate(WORDS["region_none"], lang, what=label, a=first)), _region_note(kb, verdict)])
    if not items and op == "filter" and verdict.yes is False and filters.get("meetings"):
        # "were any international organisations at the St Petersburg meeting?": what its lists hold instead
        meeting = kb.get(filters["meetings"][0])
        if isinstance(meeting, Meeting):
            sizes = [group_words(g, len(ids), lang) for g, ids in participant_groups(kb, meeting).items() if ids]
            said = translate(WORDS["none_of_group"], lang, a=short_plain(kb, meeting.id, lang), sizes=", ".join(sizes), what=label)
            return esc(said)
    if not items and op == "neither":
        # (a list naming fewer states than its source gives cannot put any state back off both)
        first, second = (short_plain(kb, m, lang) for m in filters["meetings"][:2])
        return esc(translate(WORDS["op_neither_none"], lang, a=first, b=second))
    if not items:
        return esc(translate(WORDS["op_none"], lang, what=label))
    what = f"<b>{esc(label[:1].upper() + label[1:])}: {len(items)}</b>"
    key = f"op_{op}" if f"op_{op}" in WORDS else "op_filter"
    if filters.get("named") and op in ("all", "any"):
        key = f"op_{op}_named"  # the meetings the question names, not every meeting with a list
    if filters.get("place") and op == "any":
        key = "op_any_place"  # "which states were in Moscow?": the city's meetings
    first_meeting = meetings[0] if meetings else ""
    second_meeting = meetings[1] if len(meetings) > 1 else ""
    count = filters.get("of_meetings", len(meetings))
    outside = [translate(_CATEGORY_WORDS[c], lang) for c in filters.get("outside", []) if c in _CATEGORY_WORDS]
    head = translate(
        WORDS[key],
        lang,
        what=what,
        a=first_meeting,
        b=second_meeting,
        k=count,
        cats=", ".join(outside),
        n=filters.get("times", 0),
        place=short_name(kb, filters["place"], lang) if filters.get("place") in kb.entities else "",
    )
    names = ", ".join(short_name(kb, i, lang) for i in items[:LIST_ITEMS])
    if len(items) > LIST_ITEMS:
        names += f" {esc(translate(WORDS['and_more'], lang, n=len(items) - LIST_ITEMS))}"
    lines = [head, names]
    if op in ("all", "any", "exactly"):
        lines.append("<i>" + "; ".join(meetings[:6]) + "</i>")
    if filters.get("unlisted"):
        # "which states were in Moscow?": the meetings held there whose sources list nobody
        unlisted = "; ".join(short_name(kb, i, lang) for i in filters["unlisted"] if i in kb.entities)
        lines.append("<i>" + esc(translate(WORDS["no_list"], lang, what="")).rstrip(".: ") + f": {unlisted}.</i>")
    if region in _REGION_LABELS:
        # The grouping is the bot's, not the sources': the region's states are shown, and the
        # sources' stated totals (of all states) are no region's.
        return "\n".join([*lines, _region_note(kb, verdict), *_stated_notes(kb, verdict)])
    return "\n".join([*lines, *_stated_notes(kb, verdict)])


# What a meeting's record lacks ("which meetings have no date?").
_MISSING_LABELS = {
    "date": to_translate("no date in the sources"),
    "participants": to_translate("no participants listed in the sources"),
}
# A meeting's groups of participants, as the capacity an entry took part in.
_CAPACITY_WORDS = {
    "states": to_translate("CIS member states"),
    "bodies": to_translate("CIS bodies"),
    "organisations": to_translate("international organisations"),
    "basic_organisations": to_translate("basic organisations of the CIS member states"),
    "people": to_translate("participants named"),
}
# Regions the engine groups states by (bot/answers/regions.py), as a list's label and by name.
_REGION_LABELS = {
    "central_asia": to_translate("Central Asian states"),
    "south_caucasus": to_translate("South Caucasus states"),
}
_REGION_NAMES = {"central_asia": to_translate("Central Asia"), "south_caucasus": to_translate("South Caucasus")}


def _region_note(kb: KnowledgeBase, verdict: Verdict) -> str:
    """Which states the region counts, and those of them the list leaves out: the reader sees the
    grouping is geography, not a grouping the sources make."""
    lang = verdict.lang
    members = verdict.filters.get("members", [])
    names = ", ".join(short_plain(kb, i, lang) for i in members)
    region = translate(_REGION_NAMES[verdict.filters["region"]], lang)
    note = translate(WORDS["region_note"], lang, region=region, names=names)
    missing = [short_plain(kb, i, lang) for i in members if i not in verdict.items]
    if missing and verdict.items:
        note += " " + translate(WORDS["region_missing"], lang, names=", ".join(missing))
    return f"<i>{esc(note)}</i>"


def _stated_notes(kb: KnowledgeBase, verdict: Verdict) -> list[str]:
    """Where a source states a number of participants other than the names it lists."""
    lang = verdict.lang
    notes = []
    for meeting_id in verdict.filters.get("meetings", []):
        meeting = kb.get(meeting_id)
        if not isinstance(meeting, Meeting):
            continue
        stated = meeting.stated_counts.model_dump(exclude_none=True)
        listed = {group: len(ids) for group, ids in participant_groups(kb, meeting).items()}
        for group in verdict.filters.get("groups", []):
            if group in stated and stated[group] != listed.get(group, 0):
                said = f"{stated[group]} {_GROUP_WORDS[group][lang]}"
                text = translate(WORDS["stated_vs_named"], lang, stated=said, named=listed.get(group, 0))
                notes.append(f"<i>{short_name(kb, meeting_id, lang)}: {esc(text)}</i>")
    return notes[:2]


# --- the source line and the Sources view -------------------------------------------------------


def source_line(kb: KnowledgeBase, source_ids: list[str], lang: str) -> str:
    """ "Source: BelTA, 13 Aug 2025" — publisher and date, never the file name or the full title."""
    cites = []
    for source_id in dict.fromkeys(source_ids):
        source = kb.source(source_id)
        if source is not None:
            cites.append(esc(_cite(source, lang)))
    if not cites:
        return ""
    shown = cites[:2] + ([f"+{len(cites) - 2}"] if len(cites) > 2 else [])
    key = "source_line" if len(cites) == 1 else "sources_line"
    return f"{esc(translate(WORDS[key], lang))}: " + "; ".join(shown)


def _which_source(kb: KnowledgeBase, verdict: Verdict) -> str:
    """ "Which source says ...": each source by its publisher, date and title, then what it says."""
    lang = verdict.lang
    lines = []
    for source_id in verdict.value["sources"][:3]:
        source = kb.source(source_id)
        if source is not None:
            lines.append(f"<b>{esc(_cite(source, lang))}</b> — «{esc(shorten(source.title.get(lang), TITLE_CHARS))}»")
    if len(lines) > 1:
        lines = [f"• {line}" for line in lines]
    lines += [f"<i>{esc(shorten(s.get(lang), QUOTE_CHARS))}</i>" for s in verdict.statements[:1]]
    return "\n".join(lines)


def _cite(source: Source, lang: str) -> str:
    publisher = (source.cite or source.publisher).get(lang)
    when = _cite_date(source.date, source.date_text, lang)
    return f"{publisher}, {when}" if when else publisher


# Every answer's source line dates its sources through Babel (the costliest part of wording a short
# answer); the dates are few (one per source) and their wording depends on nothing else.
@lru_cache(maxsize=4096)
def _cite_date(iso: str | None, date_text: str | None, lang: str) -> str:
    if iso:
        when = babel_format_date(date.fromisoformat(iso), "d MMM y", locale=lang).rstrip(".")
        return when + " г." if lang == "ru" else when
    return localise_date_text(date_text or "", lang)


def sources_view(kb: KnowledgeBase, verdict: Verdict) -> str:
    """Each source's full citation and the sentences of its text that support the answer."""
    lang = verdict.lang
    evidence = _evidence_text(kb, verdict)
    blocks = []
    for source_id in dict.fromkeys(verdict.sources):
        source = kb.source(source_id)
        if source is None:
            continue
        lines = [f"<b>{esc(_cite(source, lang))}</b>", f"«{esc(source.title.get(lang))}»"]
        if source.url:
            lines.append(esc(source.url))
        sentences = best_sentences(kb.source_sentences(source_id), evidence)
        if sentences:
            lines.append(f"<i>{esc(translate(WORDS['quoted'], lang))}</i>")
            lines += [f"<blockquote>{esc(sentence)}</blockquote>" for sentence in sentences]
        else:
            lines.append(f"<i>{esc(translate(WORDS['no_source_text'], lang))}</i>")
        blocks.append("\n".join(lines))
    return fit("\n\n".join(blocks), lang)


def _evidence_text(kb: KnowledgeBase, verdict: Verdict) -> str:
    """English text the supporting sentences should resemble (the sources are in English)."""
    parts = [s.en for s in verdict.statements[:6]]
    for entity_id in verdict.focus[:2]:
        entity = kb.get(entity_id)
        if entity is not None:
            parts.append(entity.name.en)
            if not verdict.statements:
                parts.append(entity.description.en)
    for item in verdict.items[:6]:
        parts.append(kb.name(item, "en"))
    return " ".join(parts)


_WORD = re.compile(r"[a-zа-яё0-9]{3,}")


def _stems(text: str) -> set[str]:
    return {token[:6] for token in _WORD.findall(text.lower())}


def best_sentences(sentences: list[str], evidence: str, limit: int = QUOTED_SENTENCES) -> list[str]:
    """The sentences sharing the most words with the evidence (cosine of word-stem sets), in the
    order of the document."""
    wanted = _stems(evidence)
    if not wanted:
        return []
    scored = []
    for position, sentence in enumerate(sentences):
        stems = _stems(sentence)
        if len(stems) < 3:
            continue
        shared = len(stems & wanted)
        score = shared / math.sqrt(len(stems) * len(wanted))
        if shared >= 3:
            scored.append((score, position, sentence))
    scored.sort(reverse=True)
    chosen = sorted(scored[:limit], key=lambda item: item[1])
    return [shorten(sentence, 600) for _, _, sentence in chosen]


# --- More ---------------------------------------------------------------------------------------


def _more(kb: KnowledgeBase, verdict: Verdict) -> str | None:
    lang = verdict.lang
    # Whole: a card longer than one message is split between lines by the sender.
    if verdict.attribute == "source":
        return None  # a list of the sources is already whole; each is in the Sources view
    if verdict.kind in ("list", "count") and verdict.items:
        label = verdict.attribute if verdict.attribute in KIND_LABEL else kb.kind(verdict.items[0])
        return entity_list(kb, verdict.items, label or "meeting", lang)
    if verdict.focus:
        return card(kb, verdict.focus[0], lang)
    return None


def fit(html: str, lang: str) -> str:
    """Keep a view within one Telegram message, cut between lines, never inside a tag."""
    if len(html) <= TELEGRAM_LIMIT:
        return html
    note = f"\n<i>{esc(translate(WORDS['shortened'], lang))}</i>"
    kept: list[str] = []
    size = len(note)
    for line in html.split("\n"):
        if size + len(line) + 1 > TELEGRAM_LIMIT:
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept) + note


def ask(
    engine: Engine, question: str, lang: str | None = None, today: date | None = None, context: Verdict | None = None
) -> Reply:
    """Answer a question and word the answer: what handlers and ``cisbot ask`` call."""
    verdict = engine.answer(question, lang, today, context)
    return present(engine.kb, verdict, today)
