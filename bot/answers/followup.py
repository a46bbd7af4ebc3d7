"""Follow-ups: a question that leaves out its subject takes it from the previous verdict in the
same conversation ("where was that?", "кто там выступал?", "а где?"), and "what about X?" asks the
previous question again about X.

Both are answered by asking the engine a completed question, so a follow-up is answered exactly as
the full question would be.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.answers import (
    among_group,
    among_shown,
    anything_about,
    approved_where,
    bare_member,
    body_followup,
    capacity,
    carried_count,
    corrected_meeting,
    counted_outcomes,
    decided_there,
    define,
    described_one,
    each_meeting,
    empty_list_subject,
    exact_day,
    excluding,
    fact_subject,
    figure_switch,
    group_ellipsis,
    he_elsewhere,
    his_post,
    in_person,
    kind_named,
    list_answers,
    list_complete,
    list_sources,
    listed_periods,
    listed_span,
    meeting_names,
    meeting_neighbour,
    meeting_swap,
    member_there,
    nextone,
    ordinal_back,
    org_reported,
    pair_followup,
    pair_member,
    pair_sets,
    participation_followup,
    period_followup,
    period_swap,
    person_country,
    person_org,
    person_state,
    place_followup,
    plan_done,
    planned_back,
    plenary_back,
    pointed_other,
    provenance,
    question_form,
    record_detail,
    reported_meeting,
    said_swap,
    sent_where,
    sessions_followup,
    siblings,
    source_story,
    statement_detail,
    these_meetings,
    topic_asked_there,
    topic_meeting,
    topic_swap,
    topic_there,
    topic_too,
    undated_fact,
    unknown_among,
    which_of_group,
    which_of_pair,
    who_from,
    why_followup,
    year_of_series,
)
from bot.answers.facts import answer_attribute
from bot.answers.intent import replace_categories
from bot.answers.listed_followup import (
    RELATIVE,
    SEVERAL,
    compared_with_previous,
    entry_number,
    listed_entry,
    ordinal_word,
    session_of_previous,
    which_of_listed,
)
from bot.answers.lookalike import named_by_generic_only
from bot.answers.participants_followup import (
    GROUPS,
    _other_member,
    among_previous,
    carried_meeting,
    count_previous,
    member_at_named_meeting,
    member_elsewhere,
    member_of,
    mostly_foreign,
    participants_of,
    took_part_pointing,
    unknown_country_there,
)
from bot.answers.previous import (
    CLEAR_LEAD,
    MEETING_WORD,
    NAMED,
    POINTING,
    THE_MEETING,
    THERE,
    _meeting,
    _person,
    _subject,
    ask_about,
    ask_about_meeting,
    names_meeting,
    own_subject,
    replace_mention,
)
from bot.answers.said_followup import (
    FROM_HIM,
    _told_media,
    _words_at,
    discussed_at,
    fact_person,
    meetings_telling,
    pronoun_said,
    publisher_of,
    record_speaker,
    said_about_other,
    source_or_more,
    speaker_told,
)
from bot.answers.set_operations import ABSENT_FROM, absence_unsaid, absent_states, asked_groups
from bot.answers.verdict import Verdict
from bot.kb.schema import Fact, Meeting
from bot.search.text import has_cyrillic, ordinal_stem

if TYPE_CHECKING:
    from bot.answers.engine import Engine, Parsed
    from bot.kb.base import KnowledgeBase


# "what about Kazakhstan?", "and Minsk?", "а Казахстан?", "а как насчёт ...", "a chto naschet ..."
_WHAT_ABOUT = re.compile(
    # (the longer openers first: "and what about X" is no "and" before a question "what about X")
    r"^(?:and what about |and how about |what about |how about |and |а как насчет |а что насчет |а |и |как насчет |что насчет "
    r"|a |a kak naschet |a chto naschet |chto naschet )(?P<rest>.+)$"
)
# "X too?", "X as well?", "also X?": an English "and X?" (short: a name, not a question of its own)
_TOO = re.compile(
    r"^\W*(?:(?:and|so)\s+)?(?:(?P<x>(?!(?:did|does|do|is|was|were|are|has|have|can|will)\b)[^\W\d_][\w.'-]*(?:\s+[\w.'-]+){0,3}?)\s+(?:too|as\s+well|also)"
    r"|(?:also|what\s+of)\s+(?P<y>[^\W\d_][\w.'-]*(?:\s+[\w.'-]+){0,3}?))\W*$",
    re.IGNORECASE,
)
# "opened by?", "chaired by?", "and adopted by?": who did it, asked of the previous subject
_DONE_BY = re.compile(r"^\W*(?:and\s+)?([a-z]+ed)\s+by\W*$", re.IGNORECASE)
_ENGLISH_WORD = re.compile(r"\b(?:how|what|which|who|when|where|why|many|the|did|does|is|are|was|were)\b")
_ANYONE = re.compile(r"\b(?:anyone|anybody|someone|somebody|кто-нибудь|кто-то|kto-nibud\w*|kto-to)(?!\w)")
# "who chaired?", "кто председательствовал?", "kto vel?": who chaired it, with nothing after the verb
_CHAIRED_BARE = re.compile(
    r"^\W*(?:(?:and|so|а|и|a|i)\s+)?(?:who\s+(?:chaired|presided|led|was\s+(?:the\s+)?chair(?:man)?)"
    r"|кто\s+(?:председательствовал\w*|был\s+председател\w*|вёл|вел|вела)"
    r"|kto\s+(?:predsedatelstvoval\w*|byl\s+predsedatel\w*|vel|vela))"
    r"(?:\s+(?:then|there|it|the\s+meeting|тогда|там|его|её|заседание|совещание|встречу|tam|togda|zasedanie|soveshchanie|vstrechu))?\W*$",
    re.IGNORECASE,
)
# A question that carries on from the previous answer ("and which …", "а какие …").
_AND_LEAD = re.compile(r"^\W*(?:and|а|и|a|i)\s", re.IGNORECASE)
# A pronoun for a person: the person the previous answer named, not its meeting.
_PERSON_PRONOUN = re.compile(
    r"\b(?:he|him|his|she|her|он|его|ему|она|её|ее|ней|нем|нём|него|нему|ним|нее|неё|ego|ona|nego)\b"
    # Latin-typed "он", not the English "on" ("what was on its agenda?" named no person)
    r"|\bon\b(?!\s+(?:its|the|a|an|his|her|their|that|this|these|those|which|what|it|them|agenda|behalf|there)\b)"
)
_YEAR_WORD = re.compile(r"(?:19|20)\d\d")
# "the year before", "годом раньше", "и в следующем году?": a year relative to the one asked before.
_RELATIVE_YEAR = re.compile(
    r"\b(?:(?:the )?(?:year before|previous year|prior year|year earlier)|годом (?:раньше|ранее)|за год до этого"
    r"|(?:в )?предыдущ\w* год\w*|god(?:om)? ran\w*|predydush\w* god\w*"
    r"|(?P<later>(?:the )?(?:year after|following year|next year|year later)|годом позже|(?:в )?следующ\w* год\w*"
    r"|sleduyush\w* god\w*))\b"
)
# A pronoun for a thing: in "when did he say it" the subject is what was said, not who said it.
_THING = re.compile(r"\b(?:it|that|this|это|этого|eto)\b")

# The question word alone, for a follow-up whose other words do not fit its subject ("when did he say it").
_BARE_QUESTION = {"when": {"en": "when", "ru": "когда"}, "where": {"en": "where", "ru": "где"}}

# "List them", "перечисли их": the entries a count or a list just gave.
_LIST_THEM = re.compile(
    r"\b(?:list|name|show|which are)\b.*\b(?:them|those|these)\b|\b(?:перечисли\w*|назови\w*|покажи\w*|какие)\b.*\b(?:их|они|эти)\b"
    r"|^(?:перечисли\w*|назови\w*|list them|name them)$|\bperechisl\w*"
    # Latin-typed: "nazovi ih", "a kakie oni?"
    r"|\b(?:nazovi\w*|pokazhi\w*|kakie)\b.*\b(?:ih|oni|eti)\b|^nazovi\w*$"
    # "какие?", "which ones?" after a count: which they are.
    r"|^(?:(?:and|so|а|и|a|ну) )?(?:какие|каких|which ones|which are they|what are they|kakie|kakiye)(?: именно| exactly| imenno)?$"
)
# "no, I mean the interior ministers", "нет, я про СМВД": the previous question, about another subject.
_CORRECTION = re.compile(
    r"^(?:(?:no|nope|not that one|not that|sorry|oops|my bad)[ ,.!:-]*)*(?:i mean|i meant|i'm asking about|i am asking about"
    r"|i was asking about|i was talking about)\s+(?P<rest>.+)$"
    r"|^(?:(?:нет|не|неа|не то|извини\w*|прости\w*|ой|сорри)[ ,.!:-]*)*(?:я )?(?:имел в виду|имела в виду|имелся в виду|имелось в виду|про|спрашивал про"
    r"|спрашивала про|спрашиваю про|говорю про|говорил про)\s+(?P<rest_ru>.+)$"
    r"|^(?:(?:net|ne|izvini\w*|sorri)[ ,.!:-]*)*(?:ya )?(?:imel v vidu|imela v vidu|pro)\s+(?P<rest_lat>.+)$"
    # ("who chaired the November one?" asks its own question of the meeting, no correction)
    r"|^(?:no|nope|yes|yeah)?[ ,.!:-]*(?:the )?(?!(?:who|what|when|where|which|how|why|did|does|was|were|is)\b)"
    r"(?P<rest_one>[^\W\d_][\w' -]*?) one$"
    # "no, the one in St Petersburg", "нет, то, что в Петербурге", "net, to chto v pitere"
    r"|^(?:no|nope)[ ,.!:-]+(?:i mean |i meant )?the (?:one|meeting) (?:in|at|from) (?P<rest_in>.+)$"
    r"|^(?:нет|не|net|ne)[ ,.!:-]+(?:то|та|тот|to|ta|tot)[ ,]+(?:что|которое|которая|который|chto)[ ,]+(?:было |был |была |bylo )?(?:в|во|v) (?P<rest_v>.+)$"
)
# Words a turn may open with that carry nothing ("fine, and the interior ministers?", "ладно, а где?").
_FILLER = re.compile(
    r"^(?:(?:ok|okay|fine|well|great|thanks|thank you|got it|i see|alright|хорошо|ладно|ок|окей|понятно|ясно|спасибо"
    r"|ладненько|horosho|ladno|ponyatno|spasibo)\b[ ,.!:;-]*)+(?=\w)"
)
# "and the one before?", "а предыдущее?": the same council's meeting before the previous answer's.
_BEFORE = re.compile(
    r"^(?:and |what about |а |и |a )?(?:the )?(?:one before|previous one|previous|earlier one|one before that)$"
    r"|^(?:а |и |a )?(?:предыдущ\w*|прошл\w*|до этого|перед этим|predydush\w*|proshl\w*)(?: (?:заседани\w*|встреч\w*"
    r"|совещани\w*|zasedani\w*|vstrech\w*|soveshch?ani\w*|soveschani\w*))?$"
)
# "а кто это подсчитал?", "who reported the figure?": whose record the previous answer is.
_WHO_REPORTED = re.compile(
    r"^(?:(?:and|so|ok|а|и|a|ну) )?(?:who|кто|kto) (?:\w+ ){0,2}?(?:report\w*|count\w*|publish\w*|announc\w*|wrote"
    r"|compil\w*|подсчит\w*|посчит\w*|сообщ\w*|опубликова\w*|написа\w*|пишет|подв[её]л\w*|soobsh\w*|podschit\w*"
    r"|opublikova\w*)\b"
)
# "did he speak anywhere else?", "выступал ли он где-то ещё?", "gde-to eshche?": his other meetings
_ELSEWHERE = re.compile(
    r"\b(?:anywhere|somewhere) else\b|\belsewhere\b|\bat (?:any )?other (?:meetings?|events?)\b"
    r"|\bгде-?(?:то|нибудь|либо) ещ[её]\b|\bв другом месте\b|\bна других (?:заседаниях|встречах|совещаниях)\b"
    r"|\bgde-?(?:to|nibud|libo) esh?ch?[eyo]\b|\bv drugom meste\b"
)
# "кто об этом напомнил?", "who said that?": the person behind what the previous answer said.
_WHO_SAID = re.compile(
    # ("кто об этом всём рассказал?": three words between)
    r"^(?:(?:and|so|ok|а|и|a|ну) )?(?:who|кто|kto) (?:\w+ ){0,3}?(?:said|say|says|told|tell|noted|recalled|remind\w*|mentioned"
    r"|stressed|emphasi[sz]ed|brought|raised|spoke|talked|addressed|сказал\w*|поднял\w*|затронул\w*|заявил\w*|напомнил\w*|отметил\w*|подчеркнул\w*|рассказал\w*|говорил\w*"
    r"|упомянул\w*|skazal\w*|zayavil\w*|rasskazal\w*|napomnil\w*|upomyanul\w*|govoril\w*|podnyal\w*"
    # the imperfective ("кто об этом рассказывал / упоминал?") and "talked about", "spoke of"
    r"|рассказыва\w*|упомина\w*|сообща\w*|rasskazyva\w*|upomina\w*|talked about|spoke (?:of|about)"
    # "who announced them at the Moscow meeting?": told them there (a record's publisher is asked
    # above, when the previous answer has one source)
    r"|announc\w*|объявил\w*|obyavil\w*"
    # "кто это всё озвучил?", "who voiced that?": said aloud
    r"|voiced|озвучил\w*|озвучива\w*|огласил\w*|ozvuchil\w*|ozvuchiva\w*)\b"
)
# A question opened by "and" / "а" carries the conversation on, however complete it is.
_CARRIED_ON = re.compile(r"^(?:and|so|а|и|a|i|ну)\s")
# "source?", "откуда это?": where the previous answer comes from.
_SOURCE = re.compile(
    r"^(?:(?:and|so|а|и|a|ну) )?(?:(?:what(?:'s| is| was|'re| are) (?:the |your )?|your |the |какой |какие |a kakoy |kakoy |kakie )?sources?"
    # "какие источники?", "а какой источник?": of the answer just given
    r"|(?:какой|какие|kakoy|kakie) (?:источник\w*|istochnik\w*)"
    # "where was it published?", "где это опубликовано?" after a quote: its source, not the speaker's card
    r"|where (?:was|is|were) (?:it|this|that) (?:published|reported|posted|printed)"
    r"|где (?:это|её|ее|его|их|оно) (?:опубликова\w*|напечата\w*|вышл\w*|написа\w*)|gde (?:eto|ee|ego) (?:opublikova\w*|napisa\w*)"
    r"|where (?:is|was|does) (?:it|that|this) (?:from|come from)|where did you (?:get|find) (?:it|that|this)"
    r"|источник\w*|(?:а )?откуда (?:это|эти|информация|данные|сведения)\w*|istochnik\w*|otkuda (?:eto|info\w*|dannye)"
    # "откуда инфа?", "откуда ты это взял?", "where's that from?": the same, as typed on a phone
    r"|(?:а |a )?откуда (?:инф\w*|(?:ты |вы )?(?:это |эти данные )?(?:взял\w*|знаешь|знаете|известно))"
    r"|(?:a )?otkuda (?:inf\w*|(?:ty |vy )?(?:eto )?(?:vzyal\w*|znaesh|izvestno))"
    r"|where(?:'s| is) (?:it|that|this) from|where does (?:it|that|this) come from|says who"
    # "who says so?", "according to whom?", "кто так пишет?", "по чьим данным?": the record behind it
    r"|who says so|who said so|according to whom|по чьим данным|по чьей информации|кто так (?:говорит|пишет|утверждает)"
    r"|kto tak (?:govorit|pishet|utverzhdaet)|po chim dannym)$"
)
# "more details", "подробнее": the previous subject in full.
_MORE = re.compile(
    r"^(?:(?:and|so|а|и|a|ну) )?(?:(?:tell me |give me |any )?more(?: details| detail| info| information| about (?:it|that|this))?"
    r"|(?:in )?(?:more )?details?(?: please)?|(?:расскажи |можно |а )?(?:по)?подробнее(?: пожалуйста)?|детали|ещё подробности"
    r"|(?:rasskazhi )?podrobnee)$"
)
# "and in Russian?", "а по-английски?": the previous answer again, in the other language.
_TELL_ABOUT = re.compile(r"\b(?:tell me|more about|расскажи\w*|подробнее|rasskazhi)\b")
_IN_LANGUAGE = re.compile(
    r"^(?:(?:and|so|now|what about|how about|а|и|a|ну|можно|can you say it|say it|same) )?(?:(?:what(?:'s| is)|how is) (?:its|his|her|the) name "
    r"|(?:its|his|her|the) name )?(?:(?P<ru>in russian|по-русски|по русски|на русском(?: языке)?|po-russki|po russki"
    r"|na russkom)|(?P<en>in english|по-английски|по английски|на английском(?: языке)?|po-angliyski|po angliyski"
    r"|na angliyskom))(?: please| пожалуйста| pozhaluysta)?$"
    # "what's the Russian abbreviation?", "and the English name?", "а английское название?": the name in
    # that language (not the card of Russia)
    r"|^(?:(?:and|so|а|и|a|ну) )?(?:(?:what(?:'s| is| are)|and) )?(?:the |its )?(?:(?P<ru2>russian)|(?P<en2>english)) "
    r"(?:name|names|abbreviation|abbreviations|acronym|title|version|short name|form)s?$"
    r"|^(?:(?:а|и|a|ну) )?(?:како\w+ )?(?:(?P<ru3>русск\w+)|(?P<en3>английск\w+)) (?:назван\w*|сокращени\w*|аббревиатур\w*|вариант\w*)$"
)
# "who talked to the press about it?", "кто рассказал журналистам?": who told the media about the meeting.
_TOLD_MEDIA = re.compile(
    r"^(?:(?:and|so|ok|а|и|a|ну) )?(?:who|кто|kto)\b.*\b(?:press|media|journalists?|reporters?|comment\w*|сми|прессе|пресс\w*"
    r"|журналист\w*|прокомментир\w*|комментир\w*|smi|presse|zhurnalist\w*|prokommentir\w*)\b"
)
# "at which meeting was it discussed?", "на какой сессии это обсуждали?": where the previous subject was on the agenda.
_DISCUSSED_AT = re.compile(
    r"\b(?:(?:which|what) (?:meeting|session|sitting|event)|на как\w* (?:совещани|заседани|встреч|сесси|мероприяти)\w*"
    r"|na kak\w* (?:soveshchani|zasedani|vstrech|sessi|meropriyati)\w*"
    # "это где обсуждали?", "where was it discussed?": the meeting whose record holds it
    r"|где обсужда\w*|gde obsuzhda\w*|where (?:was|were) (?:it|this|that|they) discussed)"
)
# "by whom?", "кем?": who did what the previous answer says was done.
_BY_WHOM = re.compile(r"^(?:(?:and|so|а|и|a|ну) )?(?:by whom|who by|кем|kem)(?: (?:then|же|zhe))?$")
# "yes", "да", "the second one", "нет, второй", "no, the second one you suggested": a reply to the
# bot's own "did you mean".
_AGREE = re.compile(
    r"^(?:yes|yeah|yep|yup|sure|right|correct|exactly|that one|this one|да|ага|угу|конечно|верно|точно|именно|он|она"
    r"|da|aga|konechno|verno|tochno)\b"
)
_OFFER_WORDS = re.compile(
    r"\b(?:yes|yeah|yep|no|nope|not|please|i mean|i meant|the|one|option|choice|you (?:suggested|offered|mentioned|listed)"
    r"|suggested|offered|mentioned|да|нет|не|ага|вариант|пожалуйста|который|которое|которую|ты|вы|предложил\w*|назвал\w*"
    r"|упомянул\w*|da|net|variant)\b"
)
MAX_FOLLOWUP_WORDS = 10
# "remind me", "again", "напомни", "ещё раз": asking to be reminded, no words of the question
_REMINDED = re.compile(
    # ("when will they meet again?" asks the next meeting: "again" after a verb of meeting stays)
    r"^\W*(?:remind me|напомн\w*|napomn\w*)\b[\s,:]*"
    r"|(?<!\bmeet)(?<!\bconvene)(?<!\bgather)(?<!\bhappen)(?<!\bheld)(?<!\bhold)(?<!\bbe)[\s,]+again(?=\W*$)",
    re.IGNORECASE,
)
# a question about what "he" said may be longer: what he said is in it ("what did he say the heads of state …")
MAX_HE_SAID_WORDS = 16
STANDALONE_WORDS = 6  # a question this long that points back at nothing may start a new topic

LOOSE_MENTION = 0.4  # "what about X": X named loosely, but of the previous subject's kind
LINKED_MENTION = 0.3  # a loosely named entry linked to the previous subject is what the turn is about


def _member_there(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    return member_there.answer(engine, parsed, today)


def answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    """A verdict when the question is of this kind, else None (the next answerer is tried)."""
    if context is not None and context.answered and _REMINDED.search(parsed.text):
        # "which city was that meeting in again?", "напомни, где было это заседание?": the words asking
        # to be reminded ask nothing; read whole, the question stood alone and named another meeting
        bare = " ".join(_REMINDED.sub(" ", parsed.text).split()).strip(" ,")
        if len(bare.split()) >= 2:
            parsed = engine.parse(bare, parsed.lang)
    if context is not None and context.answered:
        # "а в каких встречах он участвовал?" after the fact of the ATC's establishment: "он" is the ATC
        context = fact_subject.pointed(parsed.text, context)
    also_topic = topic_too.answer(engine, parsed, parsed.text, context, today) if context is not None and context.answered else None
    if also_topic is not None:
        # "a bezopasnost dorozhnogo dvizheniya tozhe?" after a meeting's agenda: that topic there too
        return also_topic
    if context is not None and context.answered and (topic_there.TOPIC_ASKED.search(parsed.text) or topic_there.LATIN_ABOUT.search(parsed.text)):
        # "а на июньском совещании в Москве беспилотники обсуждали?": a meeting the turn describes
        # itself, not the one in context, is where its topic is asked
        own = own_subject(parsed, engine, context)
        if own is not None and engine.kb.kind(own) == "meeting" and own not in context.focus[:1]:
            discussed = topic_there.answer(engine, parsed, context, today, own) or topic_there.asked_alone(engine, parsed, own, today)
            if discussed is not None:
                discussed.filters = {**discussed.filters, "follow_up": context.question, "meeting": own}
                return discussed
    if context is not None and context.answered:
        # Follow-ups of one kind each, most specific first; each is None when the turn is not its kind.
        for asked in (
            # "а Туркменистан был на обоих?" after two meetings compared: at each of the two, not at one
            pair_member.answer,
            pair_member.again,
            # "и где прошли эти заседания?" after a question that named the supreme bodies' meetings in passing
            these_meetings.answer,
            # "программы в итоге утвердили?" after Klemez's plans: the programmes' own adoption, not his plan
            plan_done.answer,
            # "did the SCO become a member there?": membership of the CIS, not attendance at the meeting
            _member_there,
            # "what's his role?" after the ATC's record naming Rahmon: his post, not the ATC's card
            his_post.answer,
            # "who from the executive committee spoke to the media about it?": who did, checked of the body
            who_from.answer,
        ):
            found = asked(engine, parsed, context, today)
            if found is not None:
                return found
    too = _TOO.match(parsed.text) if context is not None and context.answered else None
    if too is not None:
        # "turkmenistan too?", "armenia as well?", "also Belarus?": "and X?" (was X's card)
        parsed = engine.parse(f"and {too.group('x') or too.group('y')}?", parsed.lang)
    if context is not None and context.answered and _CHAIRED_BARE.match(parsed.text):
        # "who chaired?" after a meeting: read bare it found a "Chair" in another meeting's record
        parsed = engine.parse("кто председательствовал на нём?" if parsed.lang == "ru" else "who chaired it?", parsed.lang)
    bare_name = bare_member.rewrite(engine, parsed, context) if context is not None and context.answered and too is None else None
    if bare_name is not None:
        # "azerbaijan?" right after a meeting's states: "and Azerbaijan?" (was its card)
        parsed = engine.parse(bare_name, parsed.lang)
    done_by = _DONE_BY.match(parsed.text) if context is not None and context.answered else None
    if done_by is not None:
        # "opened by?", "chaired by?": "who opened it?" ("opened" alone had read as "openness")
        parsed = engine.parse(f"who {done_by.group(1)} it?", parsed.lang)
    if context is not None and context.answered and any(word in base.question.lower() for word in ("там", "tam", "there")):
        # "chto tam reshili naschet ShOS?" after the summit: its decision on that ("там" is read as filler)
        there = decided_there.answer(engine, parsed, base.question, context, today)
        if there is not None:
            there.question = base.question
            return there
    elsewhere = he_elsewhere.answer(engine, parsed, context, today) if context is not None and context.answered else None
    if elsewhere is not None and context is not None:
        # "did he speak at the St Petersburg meeting?" after the 13th meeting's speaker: asked of him
        elsewhere.question = base.question
        elsewhere.filters = {**elsewhere.filters, "follow_up": context.question}
        return elsewhere
    on_topic = (
        topic_asked_there.answer(engine, parsed, context, today) or anything_about.answer(engine, parsed, context, today)
        if context is not None and context.answered
        else None
    )
    if on_topic is not None and context is not None:
        # "а что там было про беспилотники?", "и про интернет?": the topic at the conversation's meeting
        # (was its participants, or the previous question asked again of another meeting)
        on_topic.question = base.question
        on_topic.filters = {**on_topic.filters, "follow_up": context.question}
        return on_topic
    if context is not None and context.answered and ordinal_back.KEY in context.filters:
        # "а четвёртая?" after "о чём была третья?" and a turn about the exercise that session named
        back = ordinal_back.answer(engine, parsed, _FILLER.sub("", parsed.text.lower().strip(" ?!.")), context, today)
        if back is not None:
            back.question = base.question
            return back
    if context is not None and context.answered and plenary_back.cued(short := parsed.text.lower().strip(" ?!.")):
        # "who addressed the plenary?" after the exercise a meeting's session discussed: that meeting's
        plenary = plenary_back.answer(engine, parsed, short, context, today)
        if plenary is not None:
            plenary.question = base.question
            return plenary
    verdict = _dispatch(engine, parsed, base, today, context)
    if verdict is not None and context is not None:
        # the meeting whose session was asked by number stays the list of "а четвёртая?" a turn on
        ordinal_back.mark(engine, parsed.text, context, verdict)
        ordinal_back.carry(context, verdict)
        turn_lang = "ru" if has_cyrillic(parsed.text) else "en" if _ENGLISH_WORD.search(parsed.text.lower()) else None
        if turn_lang is not None and verdict.lang != turn_lang and not _IN_LANGUAGE.match(_FILLER.sub("", parsed.text.lower().strip(" ?!."))):
            # "сколько их?" after an English list: answered in the language of the turn, not the list's
            # (Latin letters alone may be Russian: "net, vtoroe" keeps the language)
            verdict.lang = turn_lang
    return verdict


def _dispatch(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    if context is not None and context.answered:
        # "its meetings?" answered "none recorded": that body stays the subject
        context = empty_list_subject.context_of(engine.kb, context)
        # "how many?" after "is Armenia among them?": the entries it was asked among
        context = among_shown.list_kept(context, _FILLER.sub("", parsed.text.lower().strip(" ?!.")))
        # "когда они заседали?" after the interior ministers council: of its one meeting
        short = _FILLER.sub("", parsed.text.lower().strip(" ?!."))
        if not _own_meeting(engine, parsed, short):  # "was it at the june meeting?" names another
            context = body_followup.meeting_context(engine, short, context) or place_followup.meeting_context(engine, short, context) or context
    if context is not None and context.answered:
        # "а осенью?" after the meetings of the summer: the list asked again of that period
        periods = listed_periods.answer(engine, parsed, context, base.question)
        if periods is not None:
            # "until when do they run?" after a list of programmes: each one's period, as listed
            return periods
        swapped = period_swap.answer(engine, parsed, context, today)
        if swapped is not None:
            return swapped
        # "а базовые?" after a meeting's organisations: that group of its participants
        grouped = group_ellipsis.answer(engine, parsed, context, today)
        if grouped is not None:
            return grouped
        span = listed_span.answer(engine, parsed, context)
        if span is not None:
            # "how many days between them?" after a list of two meetings: not a count of the list
            span.question = base.question
            return span
        described = described_one.answer(engine, parsed, context, today)
        if described is not None:
            # "who chaired the November one?": its own question of the meeting that month or city names
            described.question = base.question
            return described
        present = in_person.answer(engine, parsed, context, today)
        if present is not None:
            # "was he there in person?" after who sent an address: of that person at that meeting
            present.question = base.question
            return present
        works_for = person_org.answer(engine, parsed, context, today)
        if works_for is not None:
            # "он из какой структуры?" after who spoke: his post, which names the body he works in
            works_for.question = base.question
            return works_for
        of_kind = kind_named.answer(engine, parsed, context, today)
        if of_kind is not None:
            # "а где проходил саммит?" after the Security Secretaries' meeting: the one summit
            of_kind.question = base.question
            return of_kind
    if context is not None and context.answered and context.attribute == "source":
        # "когда вышла эта новость?" after "откуда инфа?": the record of that source
        record = provenance.after_source(engine, parsed, replace(base), today, context)
        if record is not None:
            record.question = base.question
            return record
    if context is not None and context.answered and among_shown.shown(context):
        # "is the bureau among them?" after the bodies a topic answer named: by those shown
        in_shown = among_shown.answer(engine, parsed, _FILLER.sub("", parsed.text.lower().strip(" ?!.")), context, replace(base))
        # "а Молдова?" after a list of states: a state the sources never name is none of them
        in_shown = in_shown or unknown_among.answer(engine, parsed, context, replace(base))
        if in_shown is not None:
            in_shown.question = base.question
            in_shown.filters = {**in_shown.filters, "follow_up": context.question}
            return in_shown
    if context is not None and context.answered and (context.kind in ("count", "list") or "among_group" in context.filters):
        # "есть среди них совет по ЧС?" after "сколько отраслевых органов …?", then "а таможенный совет?"
        among = among_group.answer(engine, parsed, _FILLER.sub("", parsed.text.lower().strip(" ?!.")), context, today)
        if among is not None:
            among.question = base.question
            return among
    if context is not None and context.answered and meeting_neighbour.cued(short := _FILLER.sub("", parsed.text.lower().strip(" ?!."))):
        # "and the meeting before it, which one was that?": the one before in date order, of any body
        neighbour = meeting_neighbour.answer(engine, parsed, short, context, today)
        if neighbour is not None:
            neighbour.question = base.question
            return neighbour
    if context is not None and context.answered:
        short = _FILLER.sub("", parsed.text.lower().strip(" ?!."))
        about_record = (
            # "и всё?" / "is that all?" after a list: that list, all the sources record
            list_complete.answer(short, context, base.question)
            # "и какой он страны президент?" after who chaired the Council of Heads of State: his state
            or person_state.answer(engine, parsed, short, replace(base), context)
            # "why not?" after a "No": the sources give no reason, and what they do say
            or why_followup.answer(short, context, base.question)
            # "who reported that?" after a list from several sources: each entry's publishers
            or list_sources.answer(engine, short, context, base.question)
            # "more exactly?" / "а точнее?" after a date known to the month: the sources give no day
            or exact_day.answer(engine, replace(base), short, context)
            # "a kogda eto bylo?" after a fact whose record gives no date: not its card again
            or undated_fact.answer(engine, parsed, replace(base), context, own_subject(parsed))
            # "а в 2024 году было?" after the 13th Security Secretaries meeting: the council's meetings that year
            or year_of_series.answer(engine, parsed, short, context, today)
            # "а 2 марта?" / "what about its report of 2 March?" after the news of 5 November: that day's record
            or source_story.after_record(engine, parsed, replace(base), _FILLER.sub("", parsed.text.lower()), context)
            # "о каком заседании?" after what BelTA reported: the meeting it reports
            or reported_meeting.answer(engine, replace(base), short, context)
        )
        if about_record is not None:
            about_record.question = base.question
            return about_record
    if context is not None and context.answered:
        short = _FILLER.sub("", parsed.text.lower().strip(" ?!."))
        # a full question pointing back at nothing is a new one ("Which organisation became an observer
        # at the CIS?"), unless "and" / "а" carries it on
        carried_on = not _complete(short) or _CARRIED_ON.match(short) is not None
        detail = (
            # "how many states attended?" after the post of the one who spoke at a meeting: of that meeting
            carried_count.answer(engine, parsed, context, today)
            # "which one reported on its work with the ATC?" after a meeting's organisations: the one a record names
            or which_of_group.answer(engine, parsed, short, context)
            # "а какая из них проходила в городе, пострадавшем в войну?" after two meetings compared
            or which_of_pair.answer(engine, parsed, short, context)
            # "based on what standards?" after a quoted report: the record retelling it that says
            or statement_detail.answer(engine, parsed, short, context)
            # "and the sessions?" after a meeting's card or list: the meeting's sessions
            or sessions_followup.answer(engine, parsed, short, context, today)
            # "were they adopted in the end?" after a quoted plan: the documents it names, as recorded
            or record_detail.adopted_after(engine, parsed, short, context)
            # "по каким стандартам это оценивается?", "а что планировалось подписать?": the one
            # sentence of the records in context that holds the question's words
            or (record_detail.answer(engine, parsed, short, context) if carried_on else None)
        )
        if detail is not None:
            detail.question = base.question
            return detail
    if context is not None and context.answered:
        # "где её одобрили?" after a document (or after who talked about it): where that document was
        short = _FILLER.sub("", parsed.text.lower().strip(" ?!."))
        # "where are they sending the text?" after the Joint Statement: where it is to be distributed
        # "а на каком совещании про них говорили?" after "а беспилотники?": the meeting that took it up
        where = (
            approved_where.answer(engine, parsed, short, context, today)
            or sent_where.answer(engine, parsed, short, context, today)
            # "а на встрече спецслужб в Москве?" after "а нелегальную миграцию где-нибудь обсуждали?": that topic there
            or meeting_swap.answer(engine, parsed, short, context, today)
            or topic_meeting.answer(engine, parsed, short, context, today)
            # "а беспилотники?" after "was road safety discussed in St Petersburg?": of that meeting
            or topic_swap.answer(engine, parsed, short, context, today)
            # "and the prosecutor general?" after "what did Putin say?": what the prosecutor general said
            or said_swap.answer(engine, parsed, short, context, today)
        )
        if where is not None:
            where.question = base.question
            return where
    if context is not None and context.answered and excluding.CUE.match(text := _FILLER.sub("", parsed.text.lower().strip(" ?!."))):
        # "а без России?" after the states at a meeting: the others, not Russia's card
        without = excluding.answer(engine, parsed, text, context)
        if without is not None:
            without.question = base.question
            return without
    if (
        context is not None
        and context.answered
        and (context.filters.get("pair") or pair_followup.compared(engine, context))
        # "which CIS bodies were at both?": "CIS" says whose bodies, no subject of its own
        and ((own := own_subject(parsed)) is None or (own == _CIS and _CIS_GROUP.search(parsed.text.lower()) is not None))
        # "tell me about the first one" after entries of a list asked in turn: that entry, no order asked
        and not (_TELL_ABOUT.search(base.question.lower()) and entry_number(parsed.text.lower()) is not None)
    ):
        # "which states were at both?", "а какие только на одной из них?": the two lists compared
        common = pair_sets.answer(engine, parsed, parsed.text.lower().strip(" ?!."), context, replace(base))
        if common is not None:
            common.question = base.question
            return common
        # "who spoke at each of them?", "where were both held?": each meeting's own answer first
        each = each_meeting.answer(engine, parsed, context, today)
        if each is not None:
            each.filters = {**each.filters, "follow_up": context.question}
            return each
        # "which was earlier?" after two meetings asked of in turn: of both
        both = pair_followup.answer(engine, parsed, parsed.text.lower().strip(" ?!."), context, today)
        if both is not None:
            both.question = base.question
            return both
    about = _WHAT_ABOUT.match(_FILLER.sub("", parsed.text.lower().strip(" ?!."))) if context is not None and context.answered else None
    if (
        about is not None
        and context is not None
        and len(about.group("rest").split()) <= 2
        # "and international organisations?": a group of participants asked, no other meeting named
        # ("international" shares its first letters with "interior")
        and parsed.intent.list_kind not in ("organisation", "state", "body", "person")
        and (subject := _subject(context)) is not None
        and (other := pair_followup.other_of_kind(engine, about.group("rest"), subject)) is not None
    ):
        # "а антитеррористическое?" after a meeting: the previous question of the other meeting
        switched = _about_other(engine, parsed, context, other, today)
        if switched is None or not switched.answered:
            # the previous question names nothing to put it in place of ("кем?"): the other one's card
            switched = engine.answer(engine.kb.name(other, parsed.lang), parsed.lang, today)
        if switched.answered and other in switched.focus:
            switched.question = base.question
            # "а X?" asserts nothing of X: no "yes" before the answer
            switched.filters = {**switched.filters, "follow_up": context.question, "pair": [subject, other], "asserts_nothing": True}
            return switched
    verdict = _answer(engine, parsed, base, today, context)
    if verdict is not None and context is not None:
        pair_followup.remember(engine, context, verdict)
    if verdict is not None and context is not None and "follow_up" in verdict.filters and "meeting" not in verdict.filters:
        # The meeting the conversation is about stays "this meeting" while its follow-ups ask about
        # an entry of its list or a person at it ("who told journalists about this meeting?" after
        # the full name of the Bureau that attended it).
        meeting = _meeting(engine, context, named=True)
        if meeting is not None and _meeting(engine, verdict) is None and not _elsewhere(engine, verdict, context, meeting):
            verdict.filters["meeting"] = meeting
    if verdict is not None and context is not None and "follow_up" in verdict.filters and "document" not in verdict.filters:
        # The document stays "it" while a follow-up turns to who talked about it ("who talked about
        # it?", then "where was it approved?")
        document = approved_where.document_of(engine, context)
        if document is not None and approved_where.document_of(engine, verdict) is None:
            verdict.filters["document"] = document
    return verdict


def _one_record_behind(engine: Engine, context: Verdict) -> str | None:
    """The one record behind the previous answer; for a list, the one record that names every entry
    ("а кто это подсчитал?" after the 3 specialised bodies: the report that counts them, though the ATC
    is also in two other records)."""
    if len(set(context.sources)) == 1:
        return context.sources[0]
    meetings = [i for i in context.focus if i in engine.kb.entities and engine.kb.kind(i) == "meeting"]
    if len(meetings) == 1:
        # "kto ob etom soobshchil?" after "a Rossiya?" at the intelligence heads' meeting: the record of
        # that meeting among the answer's (the state's own record is no report of it)
        of_meeting = set(getattr(engine.kb.get(meetings[0]), "sources", [])) & set(context.sources)
        if len(of_meeting) == 1:
            return of_meeting.pop()
    if context.kind != "list" or len(context.items) < 2:
        return None
    common = set.intersection(*(set(getattr(engine.kb.get(i), "sources", [])) for i in context.items))
    return common.pop() if len(common) == 1 else None


def _elsewhere(engine: Engine, verdict: Verdict, context: Verdict, meeting: str) -> bool:
    """Whether the verdict turned from one person to another who was not at the first one's meeting:
    "and Trefilov?" after Klemez's card is about the Security Secretaries' meeting, not Klemez's St
    Petersburg one. (After a meeting or decision, "who told of it?" keeps the meeting he told of.)"""
    person = _subject(verdict)
    before = _subject(context)
    kb = engine.kb
    if person is None or person not in kb.entities or kb.kind(person) != "person":
        return False
    if before is None or before == person or before not in kb.entities or kb.kind(before) != "person":
        return False
    meetings = [m.id for m in kb.meetings_of(person)]
    return bool(meetings) and meeting not in meetings


MAX_TOPIC_WORDS = 4
_TOPIC_ASKS = re.compile(
    r"\b(?:what|when|where|which|who|how|why|как\w*|когда|где|кто|что|почему|сколько|kak\w*|kogda|gde|kto|chto)\b"
)


def _answer(engine: Engine, parsed: Parsed, base: Verdict, today: date, context: Verdict | None) -> Verdict | None:
    if context is None or not context.answered or not (context.focus or context.items or _filtered_list(context)):
        return None
    text = _FILLER.sub("", parsed.text.lower().strip(" ?!."))
    back = _GOING_BACK.match(text)
    if back is not None:
        returned = _gone_back(engine, parsed, back, today)
        if returned is not None:
            returned.question = base.question
            returned.filters = {**returned.filters, "follow_up": context.question}
            return returned
    if len(text.split()) > MAX_FOLLOWUP_WORDS:
        # "was that before or after the interior ministers meeting in St Petersburg?": a long name
        # does not make a comparison with the previous answer a new question.
        if RELATIVE.search(text) and POINTING.search(text):
            compared = compared_with_previous(engine, parsed, context, own_subject(parsed, engine, context))
            if compared is not None:
                compared.question = base.question
                return compared
        if len(text.split()) <= MAX_HE_SAID_WORDS and _HE_SAID.search(text) and not _THING.search(text) and not THERE.search(text):
            # "and what did he say the heads of state plan to adopt?": long, and still his words
            named = pronoun_said(engine, parsed, context, today)
            if named is not None:
                named.question = base.question
                named.filters = {**named.filters, "follow_up": context.question}
                return named
        # "and which of them were at the interior ministers' meeting in St Petersburg?": a long meeting
        # name does not make "which of them" after a list a new question
        return which_of_listed(engine, parsed, context)
    each = each_meeting.answer(engine, parsed, context, today)
    if each is not None:
        # "who spoke at each of them?" after two meetings: asked of each (not "who spoke" of one)
        each.filters = {**each.filters, "follow_up": context.question}
        return each
    if nextone.asks_next(text) and (series := _meeting(engine, context, named=True)) is not None:
        # "and when is the next one?": the meeting after the previous one in its series, not its own date
        upcoming = nextone.answer(engine, base, series, today)
        if upcoming is not None:
            upcoming.question = base.question
            upcoming.filters = {**upcoming.filters, "follow_up": context.question, "meeting": series}
            if not upcoming.items:
                # "and where?" next is still about the meeting asked of, not about nothing
                upcoming.focus = [series]
            return upcoming
    if nextone.names_next(text) and not nextone.asks_next(text) and (own_subject(parsed, engine, context) is not None or nextone.names_own(text)):
        # "ок, а где будет следующий саммит СНГ?" names its own series: a new question, answered as it
        # stands ("none recorded after today", the latest one), not the previous subject's place
        # without the "ок," that opens it (read alone it weighs on the search)
        rest = parsed.text[len(parsed.text) - len(_FILLER.sub("", parsed.text.lower())) :]
        alone = engine.answer(rest, parsed.lang, today)
        if alone.answered and alone.kind != "clarify":
            alone.question = base.question
            return alone
    language = _IN_LANGUAGE.match(text)
    if language is not None:
        # The same verdict worded in the language asked for (not the card of Russia).
        russian = language.group("ru") or language.group("ru2") or language.group("ru3")
        return replace(context, lang="ru" if russian else "en", filters={**context.filters, "follow_up": context.question})
    if person_country.asks(text) and (from_whom := _person(engine, context)) is not None:
        # "which country is he from?" after a person: the state of his posts, or "not said"
        origin = person_country.answer(engine.kb, replace(base), from_whom)
        if origin is not None:
            origin.question = base.question
            origin.filters = {**origin.filters, "follow_up": context.question}
            return origin
    if _COUNTRY_OF_POST.search(text) and (post_of := _person(engine, context)) is not None:
        # "what country is he president of?" after who sent the greeting: his post names it.
        post = engine.answer(
            ("какая должность у " if parsed.lang == "ru" else "what is the post of ") + engine.kb.name(post_of, parsed.lang),
            parsed.lang,
            today,
        )
        if post.answered and post.attribute == "role" and post_of in post.focus:
            post.question = base.question
            post.filters = {**post.filters, "follow_up": context.question}
            return post
    country = _THAT_COUNTRY.search(text)
    if country is not None:
        # "who is the president of that country?" after where the exercise was to be held: the
        # country of the previous answer named in place of the words pointing at it.
        in_country = _in_that_country(engine, parsed, context, country, today)
        if in_country is not None:
            in_country.question = base.question
            in_country.filters = {**in_country.filters, "follow_up": context.question}
            return in_country
    own = own_subject(parsed, engine, context)
    part = _capacity_there(engine, parsed, base, context) if own is not None else None
    if part is not None:
        # "а ОДКБ что там делала?" after a meeting's organisations: its part there (was "Да.")
        part.question = base.question
        part.filters = {**part.filters, "follow_up": context.question}
        return part
    if own == _CIS and _CIS_GROUP.search(text):
        # "how many CIS bodies took part": "CIS" says whose bodies, the question is not about the CIS
        own = None
    if (
        own is not None
        and participation_followup.asks(text, _WHAT_ABOUT.match(text) is not None, context.question, context.attribute)
        and (at := _meeting(engine, context, named=True)) is not None
        and (took_part := participation_followup.answer(engine, parsed, at, own)) is not None
    ):
        # "Казахстан участвовал?" after the meeting's date: of that meeting, not of any the state attended
        took_part.question = base.question
        took_part.filters = {**took_part.filters, "follow_up": context.question}
        return took_part
    if own is None and THERE.search(text):
        # "а Грузия там была?", "and the Georgians, were they there?": a country the sources do not
        # know, asked of the previous meeting's list.
        absent = unknown_country_there(engine, parsed, context)
        if absent is not None:
            absent.question = base.question
            absent.filters = {**absent.filters, "follow_up": context.question}
            return absent
    # "was it at the june meeting?" after the CSTO: whether it took part in that meeting
    member_at = member_at_named_meeting(engine, parsed, context) if own is None or engine.kb.kind(own) == "meeting" else None
    if member_at is not None:
        member_at.question = base.question
        member_at.filters = {**member_at.filters, "follow_up": context.question}
        return member_at
    by_month_or_city = _by_month_or_city(engine, parsed, base, context, text, today)
    if by_month_or_city is not None:
        # "no, I meant the June one": not the first session ("one") of the previous meeting
        return by_month_or_city
    session = session_of_previous(engine, parsed, context, base)
    if session is not None:
        return session
    member = _category_of_previous(engine, parsed, context, today) if _CATEGORY_ASKED.search(text) else None
    if member is not None:
        member.question = base.question
        member.filters = {**member.filters, "follow_up": context.question}
        return member
    agenda = _agenda_after_person(engine, parsed, context, today) if own is None else None
    if agenda is not None:
        agenda.question = base.question
        agenda.filters = {**agenda.filters, "follow_up": context.question}
        return agenda
    # "and the second one, until when?", "а первая на какие годы?": that entry of the list
    ordinal = next((n for w in re.findall(r"[^\W\d_]+", text) if len(w) > 3 and (n := ordinal_word(w))), None)
    period = period_followup.answer(engine, parsed, context, ordinal) if own is None else None
    if period is not None:
        # "for what years?" after a programme, or after the summit that approved the one asked about
        period.question = base.question
        period.filters = {**period.filters, "follow_up": context.question}
        if ordinal is not None and period.answered:
            # "the second one — until when?" then "а первая?": the same asked of another entry
            period.filters["listed"] = [i for i in context.items if i in engine.kb.entities]
            period.filters["entry_rest"] = "until when"
        return period
    if own is None and _ELSEWHERE.search(text) and (person := _person(engine, context)) is not None:
        # "did he speak anywhere else?": the meetings his words are recorded at (was "the sources do
        # not say", read as "did he say anything about …")
        name = engine.kb.name(person, parsed.lang)
        asked = f"на каких заседаниях выступал {name}?" if parsed.lang == "ru" else f"which meetings did {name} speak at?"
        meetings = engine.answer(asked, parsed.lang, today)
        if meetings.answered and person in meetings.focus:
            meetings.question = base.question
            meetings.filters = {**meetings.filters, "follow_up": context.question, "person": person}
            return meetings
    if (
        (own is None or engine.kb.kind(own) != "person")
        and parsed.intent.question not in ("when", "where")
        and (_HE_SAID.search(text) or FROM_HIM.search(text) or (parsed.intent.list_kind and _HE_LISTED.search(text)))
        # "when did he say it", "what did he say there": the previous answer's statement or place is meant too
        and not _THING.search(text)
        and not THERE.search(text)
    ):
        # "а про ШОС он что-нибудь говорил?", "did he say anything about corruption?": the person of
        # the previous answer put in place of the pronoun, and the question asked as it stands.
        named = pronoun_said(engine, parsed, context, today)
        if named is not None:
            named.question = base.question
            named.filters = {**named.filters, "follow_up": context.question}
            return named
    entry = which_of_listed(engine, parsed, context) or listed_entry(engine, parsed, context, today)
    if entry is not None:
        return entry
    picked = reply_to_offer(engine, parsed, context, today)
    if picked is not None:
        return picked
    told = _told_media(engine, parsed, context) if _TOLD_MEDIA.match(text) else None
    if told is not None:
        return told
    discussed = discussed_at(engine, parsed, context) if own is None and _DISCUSSED_AT.search(text) else None
    if discussed is not None:
        return discussed
    words_at = _words_at(engine, parsed, context) if own is None and _DISCUSSED_AT.search(text) else None
    if words_at is not None:
        words_at.question = base.question
        words_at.filters = {**words_at.filters, "follow_up": context.question}
        return words_at
    if own is None and (_SOURCE.match(text) or _MORE.match(text)):
        plain = source_or_more(engine, parsed, context, bool(_SOURCE.match(text)))
        if plain is not None:
            plain.question = base.question
            plain.filters = {**plain.filters, "follow_up": context.question}
            return plain
    compared = compared_with_previous(engine, parsed, context, own)
    if compared is not None:
        compared.question = base.question
        return compared
    addressed = planned_back.answer(engine, parsed, context, today) if own is None else None
    if addressed is not None:
        # "Who sent a congratulatory address to it?" after the planned exercise: the meeting that discussed it
        addressed.question = base.question
        return addressed
    planned = (
        _planned_mention(engine, context)
        if own is None and parsed.intent.question in ("when", "where") and (_SUPPOSED.search(text) or _EXERCISE_POINTED.search(text))
        else None
    )
    if planned is not None:
        # "where was that supposed to happen and when?" after a session that discussed an exercise
        # to come: the planned event the answer named, not the meeting that discussed it
        planned_terms = engine.kb.entities[planned].short
        planned_shorts = planned_terms.ru if parsed.lang == "ru" else planned_terms.en
        at_planned = ask_about(engine, parsed, planned, today, planned_shorts[0] if planned_shorts else None)
        if at_planned is not None:
            at_planned.question = base.question
            at_planned.filters = {**at_planned.filters, "follow_up": context.question}
            return at_planned
    linked = _linked_mention(engine, parsed, context) if own is None and not _WHAT_ABOUT.match(text) else None
    if linked is not None:
        # "до какого года рассчитана концепция?" after the summit: the Concept it approved.
        about_linked = ask_about(engine, parsed, linked, today)
        if about_linked is not None:
            about_linked.question = base.question
            about_linked.filters = {**about_linked.filters, "follow_up": context.question}
            return about_linked
    about = _WHAT_ABOUT.match(text)
    # "а учения где прошли?", "and the summit, where was it?": "а X" with a question of its own about X
    own_question = about is not None and _asks_its_own(parsed, context, about.group("rest"))
    if about is not None and len(about.group("rest").split()) >= 3 and _ASKS.match(about.group("rest")):
        # "а что на саммите в Душанбе решили насчёт ШОС?": "а" opens a question of its own, not "what about X".
        about = None
    unanswered_alone = False
    if (
        about is None
        and own is None
        and len(parsed.query.tokens) >= 2  # one unknown word is more likely a follow-up's typo ("а venu?")
        and not _complete(text)
        and _points_nowhere(text)
        and mostly_foreign(engine, parsed)
    ):
        # "where is the Eiffel tower" mid-chat: short, but about something else as it stands
        alone = engine.answer(parsed.text, parsed.lang, today)
        if not alone.answered and alone.reason == "out_of_scope":
            return alone
    if about is None and own is None and _complete(text):
        # A full question that points back at nothing starts a new topic ("How many sectoral bodies
        # work in the CIS security sphere?" after a meeting): it is answered as it stands when it can be.
        alone = engine.answer(parsed.text, parsed.lang, today)
        if alone.answered and alone.kind != "clarify":
            return alone
        if alone.reason == "out_of_scope" and mostly_foreign(engine, parsed):
            # "what is the capital of France" mid-chat: words the sources never use make up much of
            # it, so it is out of scope as it stands; read as a follow-up it would only be "the
            # sources do not mention France" of the previous meeting.
            return alone
        unanswered_alone = True
        # "in which field should religious organisations be involved?" after the XVIII meeting: a full
        # question that alone finds nothing is a detail of the records in context (its word for a
        # group of participants would otherwise list that group of the meeting); two of its words at
        # least, one alone is chance ("which organisation became an observer at the CIS?")
        detail = record_detail.answer(engine, parsed, text, context, min_held=2)
        if detail is not None:
            detail.question = base.question
            return detail
    if context.kind == "count" and _LIST_THEM.match(text):
        listed = _list_of_count(engine, context, base, today)
        if listed is not None:
            return listed
    if about and parsed.intent.categories:
        # "and the specialised ones?" after "how many sectoral bodies": the same question about
        # the other category.
        category = about.group("rest").strip(" ?!.")
        question = replace_categories(context.question, [category])
        if question is not None and question != context.question:
            other = engine.answer(question, parsed.lang, today)
            if other.answered:
                other.question = base.question
                # The completed question, for a "list them" that may follow.
                other.filters = {**other.filters, "follow_up": context.question, "asked": question}
                return other
    behind = _one_record_behind(engine, context) if own is None and _WHO_REPORTED.match(text) else None
    if behind is not None:
        # One record behind the answer: its publisher (several would make "who" ambiguous).
        reported = publisher_of(engine, parsed, replace(context, sources=[behind]))
        if reported is not None:
            reported.question = base.question
            reported.filters = {**reported.filters, "follow_up": context.question}
            return reported
    who_said = _WHO_SAID.match(text) is not None
    # "Who told the Security Secretaries about it?": the council or meeting told, named loosely.
    audience = next(
        (h.entity for h in parsed.hits[:2] if h.name_cover >= NAMED and h.score >= LOOSE_MENTION), None
    ) if who_said else None
    if who_said and audience is None and len(mentioned := meeting_names.named_meetings(engine, parsed)) == 1:
        # A meeting named by its month or place alone ("at the November meeting", "на ноябрьском
        # заседании") covers little of its long name.
        audience = mentioned[0][0]
    if who_said and ((audience is None and MEETING_WORD.search(text)) or (audience and engine.kb.kind(audience) == "place")):
        # "who announced them at the Moscow meeting?": of the meetings held there (or named), the one
        # whose speaker's record also reports the previous subject (was "no such meeting in Moscow")
        telling = meetings_telling(engine, parsed, context, audience)
        audience = telling[0] if len(telling) == 1 else audience
    # The one speaker at its meeting, whose source reports the previous subject too; else the
    # person behind the previous answer.
    speaker = speaker_told(engine, context, audience) if audience is not None else None
    if speaker is None and who_said and own is None:
        speaker = _person(engine, context) or fact_person(engine, context) or record_speaker(engine, context)
    if speaker is not None:
        said = engine.answer(engine.kb.name(speaker, parsed.lang), parsed.lang, today)
        if said.answered and speaker in said.focus:
            said.question = base.question
            said.filters = {**said.filters, "follow_up": context.question}
            if audience is not None and engine.kb.kind(audience) == "meeting":
                said.filters["meeting"] = audience  # "the meeting itself" in the next turn
            return said
    if own is None and _BEFORE.match(text):
        before = _meeting_before(engine, parsed, context, today)
        if before is not None:
            before.question = base.question
            before.filters = {**before.filters, "follow_up": context.question}
            return before
    correction = _CORRECTION.match(text)
    if correction is not None:
        # The words after "I mean" alone name what was meant: the prefix would dilute their match.
        rest = next(group for group in correction.groups() if group)
        meant = engine.parse(rest, parsed.lang)
        corrected = _corrected(engine, parsed, meant, context, own_subject(meant) or _loosely_meant(engine, meant, context) or own, today)
        if corrected is not None:
            corrected.question = base.question
            corrected.filters = {**corrected.filters, "follow_up": context.question}
            return corrected
    # "а Азербайджан там был?": "а" opens a question of its own when it points back ("там")
    # "а Армения участвовала?" after the post of a speaker at a meeting: of that meeting as well
    if own is not None and (discussed := topic_there.answer(engine, parsed, context, today, own)) is not None:
        # "did they talk about forensic stuff?" after a meeting: its topic, not the Forensic Expert Council
        return discussed
    if own is not None and (not about or THERE.search(text) or carried_meeting(engine, parsed, context, own)):
        present = took_part_pointing(engine, parsed, context, own)
        if present is not None:
            present.question = base.question
            present.filters = {**present.filters, "follow_up": context.question}
            return present
        # "а от исполкома кто там говорил?": "а X" is no "what about X" when "там" points back
        among = among_previous(engine, parsed, context, own, today) if not about or THERE.search(text) else None
        if among is not None:
            among.question = base.question
            among.filters = {**among.filters, "follow_up": context.question}
            return among
    if about and context.kind == "quote" and isinstance(context.value, dict) and context.value.get("about"):
        # "а про ШОС?" after what he said about youth: what the same person said about that.
        other_topic = said_about_other(engine, parsed, context, about.group("rest"), today)
        if other_topic is not None:
            other_topic.question = base.question
            other_topic.filters = {**other_topic.filters, "follow_up": context.question}
            return other_topic
    if (
        about
        and own is None
        and context.kind in ("card", "list")
        and (context.kind == "list" or engine.kb.kind(context.focus[0] if context.focus else "") == "person")
        and _person(engine, context) is not None
        # a bare topic ("а про отмывание денег?"), not a question of its own ("а концепцию приняли на какой срок?")
        and len(about.group("rest").split()) <= MAX_TOPIC_WORDS
        and not _TOPIC_ASKS.search(about.group("rest"))
    ):
        # "а про отмывание денег?" after Klemez's card or the documents he named: a topic (no entry
        # of its own) asked of the person the conversation is about is what he said of it.
        person_topic = said_about_other(engine, parsed, context, about.group("rest"), today)
        if person_topic is not None:
            person_topic.question = base.question
            person_topic.filters = {**person_topic.filters, "follow_up": context.question}
            return person_topic
    several = _about_several(engine, parsed, context, today) if own is None else None
    numbered = _other_number(engine, parsed, context, about.group("rest"), today) if about and own is None else None
    if several is not None:
        verdict: Verdict | None = several
    elif numbered is not None:
        verdict = numbered
    elif context.attribute == "count" and context.kind == "fact" and own is None and _LIST_THEM.search(text):
        # "List them" after "how many international organisations were there": the group counted.
        verdict = participants_of(engine, parsed, context, str((context.value or {}).get("of") or "states"))
    elif about and own is not None and (other_meeting := member_elsewhere(engine, parsed, context, own)) is not None:
        verdict = other_meeting
    elif about and own is not None and (other_member := _other_member(engine, parsed, context, own)) is not None:
        verdict = other_member
    elif own is not None and own_question:
        # "а учения где прошли?" after the organisations at a meeting: a question of its own about the
        # exercise, not the previous question ("list them") asked of it
        verdict = None
    elif about and own is not None:
        verdict = _about_other(engine, parsed, context, own, today)
        if verdict is None:
            verdict = member_of(engine, parsed, context, own, today)
    elif own is None and _LIST_THEM.search(text):
        verdict = _list_them(engine, context, parsed.lang)
    elif (
        own is None
        and ABSENT_FROM.search(text)
        and (absent_groups := asked_groups(text)[0])
        and (absent_from := _meeting(engine, context, named=True)) is not None
    ):
        # "which states were missing?", "а каких стран не было?" after a meeting: the member states
        # off its list (or that the sources cannot say), not the list itself
        verdict = (
            absent_states(engine.kb, replace(base), absent_from, parsed.intent.question == "count")
            if absent_groups == ["states"]
            else absence_unsaid(engine.kb, replace(base), absent_from)
        )
    elif own is None and parsed.intent.list_kind in GROUPS and _meeting(engine, context, names_meeting(text)):
        verdict = participants_of(engine, parsed, context, GROUPS[parsed.intent.list_kind or ""])
        if verdict is not None and not question_form.is_yes_no(parsed.text):
            # "а международных организаций?" asks a group, no yes/no: no "Да." before the list
            verdict.filters = {**verdict.filters, "asserts_nothing": True}
    elif own is None and parsed.intent.question == "count" and (counted := counted_outcomes.answer(engine, parsed, context)) is not None:
        # "skolko ih?" / "how many documents is that?" after what a meeting adopted: those documents
        verdict = counted
    elif own is None and parsed.intent.question == "count" and parsed.intent.list_kind is None:
        # "и сколько их было?": the entries the previous answer listed, counted; "сколько было
        # сессий?" after a meeting: the count asked of the previous subject.
        verdict = count_previous(engine, parsed, context) or _about_previous(engine, parsed, context, today)
    elif (
        own is None
        and (THERE.search(text) or (_AND_LEAD.match(text) and parsed.intent.list_kind == "document"))
        and (venue := _venue_of_subject(engine, context) or _else_there(engine, context, text)) is not None
        and (at_venue := ask_about(engine, parsed, venue, today)) is not None
    ):
        # "which programmes were approved there?" (or "and which programmes were approved?") after
        # the CIS Plus decision: at the summit that adopted it.
        verdict = at_venue
    elif about and own is None and (loose := _same_kind_mention(engine, parsed, context)) is not None:
        # "а программа по терроризму?" after a question about the Concept: an entry of the same
        # kind as the previous subject, named loosely, is what the question is now about.
        verdict = None if own_question else _about_other(engine, parsed, context, loose, today)
    elif own is None and _names_another(parsed, context) and not (POINTING.search(text) or SEVERAL.search(text) or about):
        # "where was the summit?" after the organisations at the June meeting: "the summit" names the
        # one summit, a question of its own, not the previous meeting's place
        verdict = None
    elif own is None and (
        parsed.intent.question != "card"
        or POINTING.search(text)
        or THE_MEETING.search(text)
        # "has anyone joined?", "кто-нибудь уже присоединился?": a yes/no naming nothing the sources know
        or ((question_form.is_yes_no(parsed.text) or _ANYONE.search(text)) and all(parsed.query.unknown))
        or SEVERAL.search(text)
        or about
        or parsed.intent.list_kind
        or _BY_WHOM.match(text)
    ):
        verdict = _about_previous(engine, parsed, context, today)
        pointed = bool(about or POINTING.search(text) or SEVERAL.search(text))
        if verdict is not None and verdict.kind == "card" and parsed.intent.list_kind and not verdict.attribute and not pointed:
            # "Какие органы СНГ относятся к специализированным?" after Klemez: a list asked, pointing at
            # nothing; the previous subject's card answers none of it (a new topic).
            verdict = None
    elif unanswered_alone:
        # "Who sent a greeting to the plenary?" after the meeting: unanswerable alone, it is about the
        # previous subject when that gives a particular fact (not just the subject's card).
        verdict = _about_previous(engine, parsed, context, today)
        subject = _subject(context)
        if (verdict is None or verdict.kind == "card") and subject is not None and subject in engine.kb.entities:
            # A long official name can drown the question's own words: its short name then.
            terms = engine.kb.entities[subject].short
            shorts = terms.ru if parsed.lang == "ru" else terms.en
            verdict = ask_about(engine, parsed, subject, today, shorts[0]) if shorts else None
        if verdict is None or verdict.kind == "card":
            return None
    else:
        return None
    if verdict is not None:
        verdict.question = base.question
        verdict.filters = {**verdict.filters, "follow_up": context.question}
        person = _person(engine, context)
        if person is not None and _person(engine, verdict) is None:
            # The person the conversation is about stays "he" while its follow-ups ask about the meeting.
            verdict.filters["person"] = person
    return verdict


# "what country is he president of?", "президентом какой страны он является?", "prezident kakoy strany
# on?": the country a person's post names.
_COUNTRY_OF_POST = re.compile(
    r"\b(?:which|what) (?:country|state)\b.{0,30}\b(?:president|head|leader)\b"
    r"|\b(?:president|head|leader) of (?:which|what) (?:country|state)\b"
    r"|\b(?:президент|глав|руководител|лидер)\w* как\w* (?:стран|государств)\w*"
    r"|\bкак\w* (?:стран|государств)\w*.{0,30}\b(?:президент|глав|руководител|лидер)\w*"
    r"|\b(?:prezident|glav|rukovoditel|lider)\w* kak\w* (?:stran|gosudarstv)\w*"
    r"|\bkak\w* (?:stran|gosudarstv)\w*.{0,30}\b(?:prezident|glav|rukovoditel|lider)\w*"
)


# "that country", "этой страны", "etoy strane": the country of the previous answer.
_THAT_COUNTRY = re.compile(
    r"\b(?:that|this|the same) (?:country|state)\b|\b(?:эт|т|той же|этой же)\w{0,3} (?:стран|государств)\w*"
    r"|\b(?:et|t)(?:oy|oi|ot|a|u) (?:stran|gosudarstv)\w*"
)


def _capacity_there(engine: Engine, parsed: Parsed, base: Verdict, context: Verdict) -> Verdict | None:
    """An entry's part in the previous answer's meeting ("а ОДКБ что там делала?"), or None."""
    if not capacity.asks(parsed.typed or parsed.text):
        return None
    meeting = engine.kb.get(_meeting(engine, context, named=True) or "")
    return capacity.part_at(engine, parsed, replace(base), meeting) if isinstance(meeting, Meeting) else None


def _country_of(engine: Engine, context: Verdict) -> str | None:
    """The one country the previous answer is about or took place in."""
    kb = engine.kb
    found = []
    for entity_id in (*context.focus[:1], *context.items[:1]):
        entity = kb.get(entity_id)
        if entity is None:
            continue
        if kb.kind(entity_id) == "state":
            found.append(entity_id)
        place = getattr(entity, "place", None)
        country = kb.country_of_place(place) if isinstance(place, str) else None
        if country is not None:
            found.append(country)
    countries = list(dict.fromkeys(found))
    return countries[0] if len(countries) == 1 else None


def _in_that_country(engine: Engine, parsed: Parsed, context: Verdict, pointing: re.Match[str], today: date) -> Verdict | None:
    """The question asked with the previous answer's country named where it points at it."""
    country = _country_of(engine, context)
    if country is None:
        return None
    # The pointing words as typed (the match is on the lower-cased, filler-free text).
    start = parsed.text.lower().find(pointing.group(0))
    if start < 0:
        return None
    question = f"{parsed.text[:start]}{engine.kb.name(country, parsed.lang)}{parsed.text[start + len(pointing.group(0)) :]}"
    verdict = engine.answer(question, parsed.lang, today)
    return verdict if verdict.answered and verdict.kind not in ("clarify", "decline") else None


# What happens at a meeting: a question asking it without naming one is asked of the previous one
# ("how many international organisations took part?").
_AT_AN_EVENT = re.compile(
    r"\b(?:took part|take part|taking part|attend\w*|present|participat\w*|spoke|speak\w*|discuss\w*|chair\w*"
    r"|участв\w*|присутств\w*|выступ\w*|обсужд\w*|обсуди\w*|председат\w*|uchastv\w*|prisutstv\w*|vystup\w*"
    r"|obsuzhd\w*)"
)


def _filtered_list(context: Verdict) -> bool:
    """An empty list the question's filters gave ("а в Минске?": no meeting there): "and in St
    Petersburg?" after it still asks the same question of another place."""
    return context.kind == "list" and any(isinstance(v, list) and v for v in context.filters.values())


def _complete(text: str) -> bool:
    """Whether a question is long enough to stand alone and has no word pointing back."""
    return len(text.split()) >= STANDALONE_WORDS and _points_nowhere(text)


def _points_nowhere(text: str) -> bool:
    """Whether a question has no word pointing back at the conversation or asking of its event."""
    return (
        not _AT_AN_EVENT.search(text)
        and not POINTING.search(text)
        and not SEVERAL.search(text)
        and not THERE.search(text)
        and not _PERSON_PRONOUN.search(text)
    )


def _list_them(engine: Engine, context: Verdict, lang: str) -> Verdict | None:
    """The entries behind the previous count or list, listed."""
    kb = engine.kb
    items = list(context.items)
    if not items and context.focus:
        fact = kb.get(context.focus[0])
        related = [r for r in getattr(fact, "related", []) if r in kb.entities]
        kinds = [kb.kind(r) for r in related]
        # A figure's own entries: those of the kind most of them are (not the report it comes from).
        items = [r for r in related if kinds and kb.kind(r) == max(set(kinds), key=kinds.count)]
    groups = context.value.get("groups") if not items and isinstance(context.value, dict) else None
    if isinstance(groups, dict) and len([ids for ids in groups.values() if ids]) == 1:
        # "назови их" after "and international organisations?": the one group of participants given,
        # named again as it was (so "which of them reported …?" still picks from that meeting's group)
        return replace(context, filters={**context.filters, "asserts_nothing": True})
    if not items:
        return None
    verdict = Verdict(context.question, lang, "list", True, focus=[], attribute=kb.kind(items[0]), items=items)
    verdict.sources = list(dict.fromkeys(s for i in items for s in kb.entities[i].sources))
    verdict.intent = f"list:{kb.kind(items[0])}"
    return verdict


# "is it one of the sectoral bodies?", "он входит в число отраслевых органов?", "is that council among
# the 16?": whether the body pointed at is of a category the sources list.
_CATEGORY_ASKED = re.compile(
    r"\b(?:one of|among|part of|belong\w*|входит|входят|относится|относятся|в числе|среди|один из|одна из|одно из"
    r"|vkhodit|vhodit|otnositsya|v chisle|sredi|odin iz)\b"
)
# The pointer replaced by the body's name: "it", "он", "that council", "этот орган".
_BODY_POINTER = re.compile(
    r"\b(?:(?:that|this|the) (?:council|body|organ|center|centre|bureau|commission)|it"
    r"|(?:этот|тот|данный) (?:совет|орган|центр)|(?:эта|та) (?:комиссия)|(?:это|то) (?:бюро)|он|она|оно"
    r"|etot (?:sovet|organ)|on|ona|ono)\b"
)


def _category_of_previous(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """ "Is it one of the sectoral bodies?" after the CIS Council of Prosecutors (or a fact about it):
    the question asked with the body's name for the pointer, as the full question is answered (a
    search for "sectoral bodies" alone finds the count of them, whose figure is no "no")."""
    kb = engine.kb
    subject = _subject(context)
    if subject is None or subject not in kb.entities:
        return None
    if kb.kind(subject) in ("body", "organisation"):
        body: str | None = subject
    else:
        fact = kb.get(subject)
        bodies = [r for r in fact.related if kb.kind(r) in ("body", "organisation")] if isinstance(fact, Fact) else []
        body = bodies[0] if len(bodies) == 1 else None
    pointer = _BODY_POINTER.search(parsed.text.lower())
    if body is None or pointer is None:
        return None
    terms = kb.entities[body].short
    # the short name first: a long official one ("… государств – участников СНГ") reads as a list
    for name in [*(terms.ru if parsed.lang == "ru" else terms.en)[:1], kb.name(body, parsed.lang)]:
        completed = f"{parsed.text[: pointer.start()]}{name}{parsed.text[pointer.end() :]}"
        verdict = engine.answer(completed, parsed.lang, today)
        if verdict.kind == "yes_no" and verdict.yes is not None and body in verdict.focus:
            return verdict
    return None


def _agenda_of_carried(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """The agenda of the meeting a list's turn carried, when the question asks an agenda."""
    if parsed.intent.question != "agenda":
        return None
    verdict = ask_about_meeting(engine, parsed, str(context.filters["meeting"]), today)
    return verdict if verdict is not None and verdict.attribute == "agenda" else None


def _agenda_after_person(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """ "And what was on the agenda?" after what Trefilov said: a person has no agenda; the meeting
    whose record holds his words does (asked by its short name, which the question's words outweigh)."""
    subject = _subject(context)
    # "а что было на повестке?" after the documents he named (a list about no one entry): the meeting
    # carried through the turns about him (p24-c2)
    listed_after = subject is None and context.kind == "list" and isinstance(context.filters.get("meeting"), str)
    if listed_after:
        return _agenda_of_carried(engine, parsed, context, today)
    if subject is None or engine.kb.kind(subject) != "person":
        return None
    # "какие страны там были?" after what Klemez said: "there" is the meeting his words are from.
    asks_who = parsed.intent.question in ("participants", "count") or parsed.intent.list_kind in ("state", "organisation", "body")
    # "and what exercise was planned there?" after the post of the one who greeted a meeting: the
    # meeting carried through the turn about him.
    carried = isinstance(context.filters.get("meeting"), str) and not question_form.is_yes_no(parsed.text)
    there = ((asks_who and context.kind == "quote") or carried) and THERE.search(parsed.text) is not None
    if parsed.intent.question != "agenda" and not there:
        return None
    meeting_id = _meeting(engine, context, named=True)
    if meeting_id is None:
        return None
    verdict = ask_about_meeting(engine, parsed, meeting_id, today)
    if verdict is None:
        return None
    return verdict if verdict.attribute == "agenda" or (there and meeting_id in verdict.focus) else None


# "what else was adopted there?", "а что ещё там приняли?": more of what the meeting in context did
_ELSE_ADOPTED = re.compile(
    r"\b(?:else|ещ[её]|esche|eshche|eshchyo)\b.*\b(?:adopt\w*|approv\w*|decid\w*|sign\w*|принял\w*|приняты|принято"
    r"|одобр\w*|утверд\w*|решил\w*|подписа\w*|prinyal\w*|odobr\w*|utverd\w*|reshil\w*)\b"
)


def _else_there(engine: Engine, context: Verdict, text: str) -> str | None:
    """The meeting of the previous answer when the question asks what else was adopted there."""
    return _meeting(engine, context) if _ELSE_ADOPTED.search(text) else None


def _venue_of_subject(engine: Engine, context: Verdict) -> str | None:
    """The one meeting where the previous answer's documents were adopted, when it named no meeting itself."""
    if _meeting(engine, context) is not None:
        return None
    meetings = {
        meeting
        for i in context.focus
        if isinstance(meeting := getattr(engine.kb.get(i), "meeting", None), str) and meeting in engine.kb.entities
    }
    return meetings.pop() if len(meetings) == 1 else None


# A pronoun that is the subject of a verb of speaking: "did he say", "он говорил", "она упоминала".
_HE_SAID = re.compile(
    r"\b(?:he|she|он|она|on|ona)\b(?=.*\b(?:say|said|tell|told|mention\w*|comment\w*|talk\w*|speak|spoke|note|noted|call|called"
    r"|describe|described|говорил\w*|сказал\w*|упоминал\w*|упомянул\w*|заявлял\w*|заявил\w*|высказ\w*|отмечал\w*|отметил\w*"
    r"|govoril\w*|skazal\w*|upominal\w*)\b)"
)
# Naming and listing, in a question asking for a list: "which documents did he list / name",
# "какие документы он перечислил / назвал" (elsewhere "что он назвал угрозами" asks his words).
_HE_LISTED = re.compile(
    r"\b(?:he|she|он|она|on|ona)\b(?=.*\b(?:list|listed|name|named|cite|cited|перечисл\w*|назвал\w*|называл\w*"
    r"|perechisl\w*|nazval\w*|nazyval\w*|upomyanul\w*)\b)"
)


def _meeting_before(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """ "And the one before?" after a meeting: the previous question asked of the same council's
    meeting before it, or that the sources record none (the one before the 13th is no other meeting)."""
    kb = engine.kb
    meeting_id = _meeting(engine, context)
    meeting = kb.get(meeting_id) if meeting_id else None
    if not isinstance(meeting, Meeting) or not meeting.body or not meeting.date:
        return None
    own_key = kb.date_key.get(meeting.id)
    earlier = [
        m
        for m in kb.meetings_of(meeting.body)
        if m.body == meeting.body and own_key and kb.date_key.get(m.id, own_key) < own_key
    ]
    if earlier:
        previous = max(earlier, key=lambda m: kb.date_key.get(m.id, (0, 0, 0)))
        asked = str(context.filters.get("asked") or context.question)
        question = replace_mention(kb, asked, meeting.id, kb.name(previous.id, context.lang))
        verdict = engine.answer(question, parsed.lang, today) if question else None
        return verdict if verdict is not None and verdict.answered and previous.id in verdict.focus else None
    base = Verdict(parsed.text, parsed.lang, "not_recorded", True, intent="not_recorded")
    base.reason = "number" if meeting.number and meeting.number > 1 else "before"
    base.value = {"number": (meeting.number or 1) - 1, "body": meeting.body, "what": meeting.body, "meeting": meeting.id}
    # the meeting before it in the sources, of any body ("and the one before?" after "the most recent meeting")
    before = [m for m in kb.of_kind("meeting") if isinstance(m, Meeting) and own_key and kb.date_key.get(m.id, own_key) < own_key]
    latest = max(before, key=lambda m: kb.date_key.get(m.id, (0, 0, 0))) if before else None
    base.alternatives = [latest.id, meeting.id] if latest is not None else [meeting.id]
    base.focus = [meeting.id]
    base.sources = list(meeting.sources)
    return base


def _corrected(
    engine: Engine, parsed: Parsed, meant: Parsed, context: Verdict, own: str | None, today: date
) -> Verdict | None:
    """The previous question asked again with its subject replaced by the one the user meant (after
    a "did you mean" or a wrong guess), when the question's words name that subject."""
    kb = engine.kb
    asked = str(context.filters.get("asked") or context.question)
    # One of the answer's "did you mean" entries the words name is what was meant, else the named one.
    offered = [h.entity for h in meant.hits[:3] if h.entity in context.alternatives and h.score >= 0.5]
    candidates = [*offered, *([own] if own is not None else [])]
    subjects = [i for i in context.focus if i in kb.entities and i not in candidates]
    for subject in subjects:
        for new in candidates:
            question = replace_mention(kb, asked, subject, kb.name(new, context.lang))
            if question is None or question == asked:
                continue
            verdict = engine.answer(question, parsed.lang, today)
            about = {*verdict.focus, *verdict.items}
            if verdict.answered and (new in about or about & {m.id for m in kb.meetings_of(new)}):
                # a second correction ("нет, то, что в Петербурге") changes this question, not its own words
                verdict.filters = {**verdict.filters, "asked": question}
                return verdict
    return None


def _by_month_or_city(engine: Engine, parsed: Parsed, base: Verdict, context: Verdict, text: str, today: date) -> Verdict | None:
    """ "нет, я про июньское", "I meant the St Petersburg one": the previous question of the one meeting of
    that month or city (`corrected_meeting`)."""
    correction = _CORRECTION.match(text)
    if correction is None:
        return None
    rest = next(group for group in correction.groups() if group)
    named = corrected_meeting.meant(engine, rest, context)
    if named is None:
        return None
    # "and at the June one?" after "was it (the CSTO) at the St Petersburg meeting?": the same member
    # at the meeting of that month
    elsewhere = member_elsewhere(engine, parsed, context, named) if context.kind == "yes_no" else None
    if elsewhere is not None and elsewhere.answered:
        elsewhere.question = base.question
        elsewhere.filters = {**elsewhere.filters, "follow_up": context.question}
        return elsewhere
    corrected = _corrected(engine, parsed, engine.parse(rest, parsed.lang), context, named, today)
    if corrected is None:
        # the previous question does not spell the meeting's name ("kogda bylo antiterroristicheskoe?"):
        # asked again of the one meant, as "what about X?" is
        corrected = _about_other(engine, parsed, context, named, today)
    if corrected is None or not corrected.answered:
        return None
    corrected.question = base.question
    corrected.filters = {**corrected.filters, "follow_up": context.question}
    return corrected


def _loosely_meant(engine: Engine, meant: Parsed, context: Verdict) -> str | None:
    """The entry "I meant the interior ministers" names loosely: the best of the first hits that is
    of the kind of the subject it corrects (a council for a council), clearly found."""
    kinds = {engine.kb.kind(i) for i in context.focus if i in engine.kb.entities}
    for hit in meant.hits[:3]:
        if hit.score >= LOOSE_MENTION and engine.kb.kind(hit.entity) in kinds and hit.entity not in context.focus:
            return hit.entity
    return None


def _list_of_count(engine: Engine, context: Verdict, base: Verdict, today: date) -> Verdict | None:
    """ "List them" after a count: the names counted, or the list the counted question asks for."""
    if context.items:
        verdict = replace(context, kind="list", value=None, question=base.question)
    else:
        previous = engine.parse(str(context.filters.get("asked", context.question)), context.lang)
        if previous.intent.list_kind is None:
            return None
        # The same question as a list: the source's headline figure is what a count takes.
        previous.intent.question = "card"
        listed = list_answers.list_verdict(engine, previous, replace(base, lang=context.lang), today)
        if listed is None or not listed.items:
            return None
        verdict = listed
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict


def _same_kind_mention(engine: Engine, parsed: Parsed, context: Verdict) -> str | None:
    subject = _subject(context)
    hits = parsed.hits
    if subject is None or subject not in engine.kb.entities or not hits or hits[0].entity == subject:
        return None
    top = hits[0]
    if top.score >= LOOSE_MENTION and engine.kb.kind(top.entity) == engine.kb.kind(subject):
        return top.entity
    about = _WHAT_ABOUT.match(_FILLER.sub("", parsed.text.lower().strip(" ?!.")))
    if about is not None and top.name_cover < NAMED:
        # "а по терроризму?" after the border programme: the other document of its meeting
        return siblings.sibling(engine.kb, subject, about.group("rest"))
    return None


# "that meeting", "на этом заседании": the meeting word points back, it names no meeting of its own
_POINTED_MEETING = re.compile(
    r"\b(?:that|this|same|it'?s|its|their|это\w*|то\w*|та\w*|его|её|ее|их|etom|etoy|eto|tom|tot|tam|ego|ikh|ih)\s+(?:\w+\s+)?"
    r"(?:meeting|session|summit|заседан|совещан|встреч|саммит|zasedan|soveshchan|vstrech|sammit)",
    re.I,
)


def _own_meeting(engine: Engine, parsed: Parsed, lower: str) -> bool:
    """Whether the follow-up names a meeting of its own ("was it at the june meeting?" after a body):
    its first hit, places aside, is a meeting found clearly, and no word points back to one."""
    if _POINTED_MEETING.search(lower):
        return False
    first = next((h for h in parsed.hits if engine.kb.kind(h.entity) != "place"), None)
    if first is None or engine.kb.kind(first.entity) != "meeting" or first.score < 0.6:
        return False
    # "so when did that council meet?" finds every council's meeting alike: none of its own
    runner_up = max((h.score for h in parsed.hits if h is not first and engine.kb.kind(h.entity) == "meeting"), default=0.0)
    return first.score - runner_up >= 0.1


def _about_previous(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    figure = figure_switch.other_figure(engine, parsed, context, today)
    if figure is not None:
        return figure  # "а сколько заседаний они провели?" after another figure: the meetings' own
    subject = _subject(context)
    lower = parsed.text.lower()
    if _PERSON_PRONOUN.search(lower) and (not _THING.search(lower) or subject is None):
        # "What's his position?" after "who addressed the meeting": he is the speaker, not the meeting;
        # "where did he speak about all this?" after a list of what he said: he, not the list.
        subject = _person(engine, context) or subject
    if subject is None and MEETING_WORD.search(lower):
        # "what was that meeting itself about?" after a list of what he said: the meeting kept
        subject = _meeting(engine, context, named=True)
    if subject is None or subject not in engine.kb.entities:
        return None
    he_asked = engine.kb.kind(subject) == "person" and parsed.intent.list_kind == "meeting" and _PERSON_PRONOUN.search(lower) is not None
    person_named = False
    if engine.kb.kind(subject) != "meeting" and MEETING_WORD.search(lower) and not he_asked and not _own_meeting(engine, parsed, lower):
        # "that meeting" after a fact or a quote: the meeting it is about ("which meetings did he
        # attend?" still asks about him)
        person = subject if engine.kb.kind(subject) == "person" else None
        subject = _meeting(engine, context, named=True) or subject
        if person is not None and engine.kb.kind(subject) == "meeting" and question_form.is_yes_no(parsed.text) and _PERSON_PRONOUN.search(lower):
            # "was he at the meeting?" after Klemez's words: whether he was there, his name kept in
            # place of "he" (without it the question asked whether the meeting was held: "Yes.")
            named = _PERSON_PRONOUN.sub(lambda _: engine.kb.name(person, parsed.lang), parsed.text, count=1)
            parsed = engine.parse(named, parsed.lang)
            lower = parsed.text.lower()
            person_named = True
    if context.kind == "yes_no" and engine.kb.kind(subject) == "meeting" and org_reported.REPORT.search(lower):
        # "what did it report?" after "was EAG at the June meeting?": the organisation reported, not the meeting
        subject = next((i for i in context.focus[1:] if engine.kb.kind(i) in ("organisation", "body")), subject)
    bare = _BARE_QUESTION.get(parsed.intent.question)
    if bare is not None and not parsed.query.tokens:
        # "а дата?", "and the place?": nothing but what is asked, so the question word and the
        # subject's name are the whole question (the words "а дата" add to a long name only noise).
        plain_question = engine.answer(f"{bare[parsed.lang]} {engine.kb.name(subject, parsed.lang)}?", parsed.lang, today)
        if plain_question.answered and subject in (*plain_question.focus, *plain_question.items):
            return plain_question
    verdict = ask_about(engine, parsed, subject, today)
    shorts = engine.kb.entities[subject].short
    short = (shorts.ru if parsed.lang == "ru" else shorts.en)[:1]
    # "Why was that place symbolic?": the card of the subject says nothing of the question's words either.
    plain = verdict is not None and verdict.kind == "card" and (not verdict.attribute or parsed.intent.question != "card")
    # or its words make another question of it ("how many sessions" with "Heads of the National
    # Structures" in the name reads as counting heads, which the sources do not list)
    unrecorded = verdict is not None and verdict.kind == "not_recorded"
    # or the words of the name ask another thing ("what did that meeting discuss" with "участников"
    # in the XVIII meeting's name reads as who took part)
    mismatched = verdict is not None and parsed.intent.question == "agenda" and verdict.intent != "agenda"
    # or found nothing ("what meetings did it attend?" after BCOC: its long name's "Commonwealth of
    # Independent States Member States" read as states to filter by)
    empty = verdict is not None and verdict.kind == "list" and not verdict.items
    # or a yes/no about him there read as about the meeting's lists (its long name's "heads of …")
    unasked = person_named and verdict is not None and verdict.kind != "yes_no"
    # or the name's own words made a participant to check ("там что-то про беспилотники было?" with the
    # XVIII meeting's long Russian name read as whether the Council of Heads of State took part)
    borrowed = verdict is not None and _member_borrowed(parsed, verdict)
    if borrowed:
        verdict = None
    if (verdict is None or plain or unrecorded or mismatched or empty or unasked) and short:
        # A long official name can drown the question's own words ("who chaired it?" after the
        # XVIII meeting reads as about the Chair of the Council of Heads of State, or as its card):
        # its short name.
        again = ask_about(engine, parsed, subject, today, short[0])
        if unrecorded:
            # only a fact of the subject itself replaces "not recorded"
            again = again if again is not None and again.kind in ("fact", "list", "count") and again.focus[:1] == [subject] else None
        if mismatched:
            again = again if again is not None and again.intent == "agenda" else None
        if empty:
            again = again if again is not None and again.items else None
        if unasked:
            again = again if again is not None and again.kind == "yes_no" else None
        if again is not None and _member_borrowed(parsed, again):
            again = None
        if again is not None and (verdict is None or again.kind != "card"):
            verdict = again
    bare = _BARE_QUESTION.get(parsed.intent.question)
    if verdict is None and bare is not None:
        # "When did he say it?" after a statement: when the statement was made.
        name = engine.kb.name(subject, parsed.lang)
        verdict = engine.answer(f"{bare[parsed.lang]} {name}?", parsed.lang, today)
        if not verdict.answered or subject not in (*verdict.focus, *verdict.items):
            verdict = None
    entity = engine.kb.entities[subject]
    if verdict is None and isinstance(entity, Fact) and parsed.intent.question in ("when", "where"):
        # "Where?" after a decision: a fact has no place, the meeting or document it is about has.
        for related in entity.related:
            if related in engine.kb.entities and engine.kb.kind(related) in ("meeting", "document"):
                verdict = ask_about(engine, parsed, related, today)
                if verdict is not None:
                    break
    return verdict


def _member_borrowed(parsed: Parsed, verdict: Verdict) -> bool:
    """A yes/no on whether an entry took part in the subject, where that entry is named by no word of
    the turn: the subject's name appended to the turn named it."""
    value = verdict.value if isinstance(verdict.value, dict) else {}
    member = value.get("member")
    return verdict.kind == "yes_no" and isinstance(member, str) and member not in {hit.entity for hit in parsed.hits}


def _about_several(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """ "Which of them was later?" after an answer about two meetings: the question about both."""
    kb = engine.kb
    if not SEVERAL.search(parsed.text.lower()):
        return None
    # After "and since the XVIII meeting?" the two are the one asked about and the one it replaced.
    earlier = context.filters.get("instead_of")
    named = [
        i
        for i in dict.fromkeys([*context.focus, *([earlier] if isinstance(earlier, str) else [])])
        if i in kb.entities and kb.kind(i) in ("meeting", "document")
    ]
    if len(named) != 2:
        return None
    if all(kb.kind(i) == "meeting" for i in named) and pair_followup.DAYS.search(parsed.text.lower()):
        # "сколько дней между ними?" after "which was earlier": asked of the two as a pair, in English
        # (the Russian names "… в августе 2025 года" read as a count of years)
        days = pair_followup.answer(engine, parsed, parsed.text.lower(), replace(context, filters={**context.filters, "pair": named}), today)
        if days is not None and days.kind == "count":
            return days
    rest = POINTING.sub(" ", SEVERAL.sub(" ", parsed.text)).rstrip(" ?!.")
    rest = re.sub(r"\s+(?:из|of)\s*$", "", " ".join(rest.split()))
    joined = f" {'или' if parsed.lang == 'ru' else 'or'} ".join(kb.name(i, parsed.lang) for i in named)
    verdict = engine.answer(f"{rest}: {joined}?", parsed.lang, today)
    if not verdict.answered or not set(named) <= set(verdict.focus):
        return None
    return verdict


# An ordinal in figures: "13-е", "14-го", "13th".
_NUMBERED = re.compile(r"(?<!\d)(\d{1,2})(?=-?(?:е|й|я|го|ому|ое|ый|ая|ом|ем|ого|th|st|nd|rd)(?![^\W\d_]))")


def _other_number(engine: Engine, parsed: Parsed, context: Verdict, rest: str, today: date) -> Verdict | None:
    """ "And at the fourth?" after "what was discussed at the third session": the previous question
    with its ordinal (or year) replaced by the one asked now."""
    figure = _NUMBERED.search(rest) if len(rest.split()) <= 3 else None
    old_figure = _NUMBERED.search(context.question) if figure is not None else None
    if figure is not None and old_figure is not None and figure.group(1) != old_figure.group(1):
        # "а 13-е?" after the 14th: the previous question about the 13th.
        question = context.question[: old_figure.start(1)] + figure.group(1) + context.question[old_figure.end(1) :]
        verdict = engine.answer(question, parsed.lang, today)
        return verdict if verdict.answered else None
    words = re.findall(r"[^\W_]+", rest.lower())
    new = next((w for w in words if ordinal_stem(w) is not None or _YEAR_WORD.fullmatch(w)), None)
    relative = _RELATIVE_YEAR.search(rest.lower()) if new is None else None
    asked_year = _YEAR_WORD.search(context.question)
    if relative is not None and asked_year is not None:
        # "And the year before?": the previous question's year, one back (or on).
        step = 1 if relative.group("later") else -1
        new, words = str(int(asked_year.group(0)) + step), [str(int(asked_year.group(0)) + step)]
    if new is None or len(words) > 3:
        return None
    is_year = bool(_YEAR_WORD.fullmatch(new))
    for match in re.finditer(r"[^\W_]+", context.question):
        old = match.group(0)
        same = bool(_YEAR_WORD.fullmatch(old)) if is_year else ordinal_stem(old.lower()) is not None
        if same and old.lower() != new:
            question = context.question[: match.start()] + new + context.question[match.end() :]
            verdict = engine.answer(question, parsed.lang, today)
            subject = _subject(context)
            bound = is_year and subject in engine.kb.entities and old in engine.kb.name(subject or "", "en")
            if bound and verdict.kind == "not_recorded" and verdict.reason == "year":
                verdict.focus = [str(subject)]  # the figure asked about stays the subject of the talk
                return verdict
            # (A count of none that offers the same figure beside it is that "nothing" too.)
            offered_again = verdict.kind == "count" and not verdict.items and subject in verdict.alternatives
            if bound and (not verdict.answered or verdict.focus[:1] == [subject] or offered_again):
                # "А в 2024?" after the 2025 figure: a record of its own year, and nothing else for
                # the year asked; the sources have nothing for it (not the 2025 figure again).
                base = Verdict(parsed.text, parsed.lang, "not_recorded", True, intent="not_recorded")
                base.reason, base.value = "year", {"year": int(new), "nearest": subject}
                base.alternatives = base.focus = [str(subject)]
                base.sources = list(engine.kb.entities[str(subject)].sources)
                return base
            return verdict if verdict.answered else None
    return None


# The kinds of question a follow-up "а X где/когда/кто …?" asks of X itself.
_OWN_ATTRIBUTES = frozenset({"where", "when", "head", "who"})
# "what did he say", "что говорил": the words of the one named, a question of its own after another attribute
_WORDS_ASKED = re.compile(
    r"\b(?:что|chto|what)\b.{0,20}\b(?:говорил\w*|сказал\w*|заявил\w*|said|say|says|stated|govoril\w*|skazal\w*|zayavil\w*)\b"
    r"|\b(?:говорил\w*|сказал\w*|заявил\w*|govoril\w*|skazal\w*)\b.{0,20}\b(?:что|chto)\b"
)
_ASKING_WORD = re.compile(r"\b(?:где|когда|кто|where|when|who|gde|kogda|kto)\b")


def _asks_its_own(parsed: Parsed, context: Verdict, rest: str) -> bool:
    """Whether "а <X> где прошли?" asks its own question of X (a question word, an attribute other than
    the previous question's, nothing pointing back), not the previous question again about X."""
    asked = parsed.intent.question
    asking = _ASKING_WORD.search(rest)
    # a pronoun after the subject and its question word is the subject ("and the summit, where was it?")
    before = rest[: asking.start()] if asking is not None else rest
    if context.kind != "quote" and _WORDS_ASKED.search(rest) and POINTING.search(rest) is None and THERE.search(rest) is None:
        # "а Путин что говорил?" after Peskov's post: what Putin said, not his post
        return True
    return (
        asking is not None
        and asked in _OWN_ATTRIBUTES
        and asked != context.intent
        and THERE.search(rest) is None
        and POINTING.search(before) is None
        and _PERSON_PRONOUN.search(before) is None
    )


_THEIR = re.compile(r"\b(?:their|its|his|her|его|её|ее|их|ego|ikh|ih)\b", re.IGNORECASE)
OWN_QUESTION_SCORE = 0.8  # "the summit" matches the one summit this well: the question names it


def _names_another(parsed: Parsed, context: Verdict) -> bool:
    """Whether the question's best match is a clear one other than the previous subject, named by more
    than the generic word "meeting" ("where was the meeting?" points back)."""
    if not parsed.hits or _THEIR.search(parsed.text):
        return False
    top = parsed.hits[0]
    return top.score >= OWN_QUESTION_SCORE and top.entity not in context.focus and not named_by_generic_only(parsed, top)


def _about_other(engine: Engine, parsed: Parsed, context: Verdict, other: str, today: date) -> Verdict | None:
    """The previous question again, with the entity of the same kind as ``other`` replaced by it."""
    kb = engine.kb
    kind = kb.kind(other)
    candidates = [
        *context.focus,
        *(i for values in context.filters.values() if isinstance(values, list) for i in values),
    ]
    replaced = next((i for i in candidates if isinstance(i, str) and i in kb.entities and kb.kind(i) == kind), None)
    if replaced is None and kind == "body":
        # "Where did the Security Secretaries Council meet?" answered with its meeting: "what about the
        # interior ministers?" asks it of the other council (the meeting's words name the first one).
        replaced = next(
            (i for i in candidates if isinstance(i, str) and isinstance(kb.get(i), Meeting) and kb.get(i).body), None  # type: ignore[union-attr]
        )
    if replaced is None and kind == "person" and isinstance(person := context.filters.get("person"), str) and person in kb.entities:
        # "at which meeting?" after his words, answered with the meeting: "and Peskov?" is of the person
        replaced = person
    if replaced is None or replaced == other:
        return None
    # After "а в Минске?" the question to change is the one it completed, not "а в Минске?" itself.
    asked = str(context.filters.get("asked") or context.question)
    question = replace_mention(kb, asked, replaced, kb.name(other, context.lang))
    if question is None and (pointed := pointed_other.answer(engine, parsed, asked, context, other, replaced, today)) is not None:
        # "when was it set up?" named its subject by "it" alone: asked again completed with the other
        pointed.filters = {**pointed.filters, "instead_of": replaced, "asked": asked}
        return pointed
    verdict = engine.answer(question, parsed.lang, today) if question is not None else None
    if (
        verdict is not None
        and verdict.answered
        and context.kind == "fact"
        and context.attribute is not None
        and verdict.attribute not in (None, context.attribute)
        and question != context.question
        and (pointed := pointed_other.answer(engine, parsed, context.question, context, other, replaced, today)) is not None
    ):
        # the mention replaced was not the subject's ("… Concept … until 2030: until when does it run?" lost
        # "until when" to the name): the user's own question, asked of the other
        pointed.filters = {**pointed.filters, "instead_of": replaced, "asked": context.question}
        return pointed
    # or the other's long official name drowned the attribute asked ("who heads the Bureau for
    # Coordination of Combating Organized Crime …?" read as what it deals with: its card)
    lost = verdict is not None and verdict.kind == "card" and context.attribute is not None
    if (verdict is None or not verdict.answered or other not in verdict.focus or lost) and context.kind == "fact":
        # "na kakie gody programma po terrorizmu?" names its subject loosely (a word or two of it
        # typed in Latin letters): the same attribute asked of the other entry directly.
        base = Verdict(parsed.text, parsed.lang, "decline", False, intent=context.intent)
        entity = kb.get(other)
        direct = answer_attribute(kb, base, entity, context.intent, None, parsed.text) if entity is not None else None
        if direct is not None and direct.answered and direct.attribute == context.attribute:
            question, verdict = question or f"{kb.name(other, context.lang)}: {asked}", direct
    if verdict is None or question is None or not verdict.answered:
        return None
    if other not in verdict.focus and verdict.kind == "yes_no":
        # "а как они взаимодействуют между собой?" after the count of sectoral bodies: the count's
        # question with the other fact's name read as a yes/no about some third entry (the Council of
        # security heads); a "yes" about what was not asked is no answer
        return None
    verdict.filters = {**verdict.filters, "instead_of": replaced, "asked": question}
    return verdict


# "supposed to happen", "должно было пройти": what was planned is asked, not what discussed it.
# "а когда эти учения?", "when is that exercise?": the exercise the previous answer named, not its meeting
_EXERCISE_POINTED = re.compile(
    r"\b(?:эти|это|этих|эту|те|то|the|that|this|these|those|eti|eto)\s+(?:учени\w*|exercises?|drills?|ucheni\w*)"
)
_SUPPOSED = re.compile(
    r"\b(?:supposed|planned|scheduled|meant|due|expected|going|intended)\s+to\b|\bдолж\w+\s+был\w*|\bпланировал\w*|\bнамеча\w*"
    # "а где их проводить собирались?" after the session on the exercise: where it was to be held
    r"|\bпредполага\w*|\bсобира(?:лись|лся|лась|ются|ется)\b|\bdolzh\w+\s+byl\w*|\bplaniroval\w*|\bsobiral\w*"
    # "where and when will it take place?", "а где и когда их проведут?": the future asks of what is to
    # come, which the meeting that discussed it is not (session 23)
    r"|\bwill\s+(?:it|they|that|this|these|those)\s+(?:be|take|happen|go)\b|\bis\s+(?:it|that)\s+(?:going|to\s+be)\b"
    # "where was it to be held?", "where was it planned?": the past of a plan asks of the plan too (p24-c8)
    r"|\b(?:was|were)\s+(?:it|they|that|this|these|those)\s+(?:to|planned|scheduled)\b"
    r"|\b(?:проведут|пройдут|пройд[её]т|состоится|состоятся|проводиться\s+будут|provedut|projdut|proidut|sostoitsya|sostoyatsya)\b"
)
MIN_MENTION_CHARS = 8  # a name this long written in a statement is that entry, not a word by chance


def _planned_mention(engine: Engine, context: Verdict) -> str | None:
    """The one planned meeting or exercise whose name the previous answer's statements write out."""
    texts = " ".join(f"{s.en} {s.ru}" for s in context.statements).lower()
    if not texts:
        return None
    kb = engine.kb
    found = {
        entity_id
        for entity_id, form in define.name_forms(kb).names
        if len(form) >= MIN_MENTION_CHARS
        and getattr(kb.entities[entity_id], "status", None) in ("planned", "in_preparation")
        and kb.kind(entity_id) in ("meeting", "document")
        and form.lower() in texts
    }
    return found.pop() if len(found) == 1 else None


def _linked_mention(engine: Engine, parsed: Parsed, context: Verdict) -> str | None:
    """An entry the question names loosely ("до какого года рассчитана концепция?") that belongs to
    the previous subject (a document of its meeting, a meeting of its body, a fact about it), clearly
    ahead of every other candidate."""
    subject = _subject(context)
    hits = parsed.hits
    if subject is None or subject not in engine.kb.entities or not hits or hits[0].entity == subject:
        return None
    top = hits[0]
    if top.score < LINKED_MENTION or (len(hits) > 1 and hits[1].score > top.score - CLEAR_LEAD):
        return None
    kb = engine.kb
    linked = {
        *(d.id for d in kb.documents_of(subject)),
        *(m.id for m in kb.meetings_of(subject)),
        *(f.id for f in kb.facts_of(subject)),
    }
    if top.entity in linked:
        return top.entity
    # "what's the exercise they discussed called?" after the XVIII meeting: an event or document
    # its record names (the exercise whose organisation a session discussed).
    return top.entity if _record_names(engine, subject, top.entity) else None


_CIS = "cis"
# The CIS naming a group it owns ("CIS bodies", "органов СНГ", "gosudarstv SNG"), not the subject.
_CIS_GROUP = re.compile(
    r"\b(?:cis|снг|sng)\s+(?:bod(?:y|ies)|states?|countries|member states|structures|agencies|organs)\b"
    r"|\b(?:орган\w*|государств\w*|стран\w*|структур\w*|organ\w*|gosudarstv\w*|stran\w*|struktur\w*)"
    r"(?:\s+(?:-\s*)?(?:участник\w*|uchastnik\w*))?\s+(?:снг|sng)\b"
)


def _record_names(engine: Engine, subject: str, entry: str) -> bool:
    """Whether a meeting's own record (agenda, sessions, outcomes) writes out the name of another
    meeting or exercise."""
    kb = engine.kb
    meeting = kb.get(subject)
    # (events only: a document the record names loosely, "crime prevention programmes", is no subject
    # a count of the meeting's participants asks about)
    if not isinstance(meeting, Meeting) or entry == subject or kb.kind(entry) != "meeting":
        return False
    record = meeting.model_dump_json().lower()
    return any(
        entity_id == entry and len(form) >= MIN_MENTION_CHARS and form.lower() in record
        for entity_id, form in define.name_forms(kb).names
    )


# A question word opening the words after "а"/"and": a question of its own follows.
_ASKS = re.compile(
    r"^(?:what|who|when|where|which|how|why|did|does|do|is|was|were|что|кто|когда|где|куда|какой|какая|какое|какие"
    r"|каких|сколько|почему|зачем|chto|kto|kogda|gde|kakoy|kakaya|kakie|skolko)(?=\s)"  # not "что-нибудь"
)
# "going back to Klemez, where did he speak?", "вернёмся к заседанию секретарей - что было в повестке?"
_GOING_BACK = re.compile(
    r"^(?:(?:and|so|а|и|ну|a)[ ,]+)?(?:going back to|back to|coming back to|returning to|let's go back to|let us go back to"
    r"|to go back to|вернёмся к|вернемся к|возвращаясь к|возвращаемся к|снова про|снова о|опять про|vernemsya k"
    r"|vernyomsya k|snova pro|opyat pro)\s+(?P<what>[^,:;?!–—]+?)\s*(?:[,:;!–—]|\s-)+\s*(?P<ask>.+)$"
)


def _gone_back(engine: Engine, parsed: Parsed, back: re.Match[str], today: date) -> Verdict | None:
    """The question after "going back to X," asked of X, named in the turn itself (an earlier
    subject of the conversation, not the previous answer's)."""
    what = back.group("what").strip()
    what = re.sub(r"^(?:the|к)\s+", "", what)
    what = re.sub(r"\s+(?:itself|сам\w*)$", "", what)
    ask = POINTING.sub(" ", _PERSON_PRONOUN.sub(" ", back.group("ask"))).strip(" ?!.")
    if not what or not ask:
        return None
    # X must be named clearly: a loose match ("заседанию секретарей" ~ the EAG Secretariat) is no subject.
    named = engine.parse(what, parsed.lang).hits[:1]
    if not named or named[0].score < 0.5 or named[0].name_cover < NAMED:
        return None
    verdict = engine.answer(f"{' '.join(ask.split())} {what}?", parsed.lang, today)
    about = {*verdict.focus, *verdict.items, *(s.speaker for s in verdict.statements)}
    if not verdict.answered or verdict.kind == "clarify" or named[0].entity not in about:
        return None
    return verdict


# --- a reply to the bot's own "did you mean", the previous answer's source or details -------------


def offered(kb: KnowledgeBase, verdict: Verdict) -> list[str]:
    """The entries a verdict offers the user to choose from, in the order they are shown: the
    candidates of a clarification, or the "did you mean" under an answer (under a date or a place,
    only entries of the answer's own kind: a meeting's council has no date to give)."""
    if verdict.kind == "clarify":
        return [a for a in verdict.alternatives if a in kb.entities]
    if verdict.kind in ("list", "count", "not_recorded"):
        return []
    focus_kind = kb.kind(verdict.focus[0]) if verdict.focus and verdict.focus[0] in kb.entities else None
    return [
        a for a in verdict.alternatives[:3] if a in kb.entities and (verdict.kind != "fact" or kb.kind(a) == focus_kind)
    ]


def reply_to_offer(engine: Engine, parsed: Parsed, context: Verdict, today: date) -> Verdict | None:
    """ "Yes", "да, второй", "no, the second one you suggested" after a "did you mean": the previous
    question asked of the entry chosen. "Yes" chooses only when one entry was offered; after a
    clarification, "yes, <question>" asks that question of it."""
    choices = offered(engine.kb, context)
    if not choices:
        return None
    text = _FILLER.sub("", parsed.text.lower().strip(" ?!."))
    if len(text.split()) > MAX_FOLLOWUP_WORDS:
        return None
    found = entry_number(text)
    rest = text
    if found is not None:
        number, start, end = found
        if number > len(choices):
            return None
        chosen = choices[number - 1] if number > 0 else choices[-1]
        rest = text[:start] + " " + text[end:]
    elif _AGREE.match(text) and len(choices) == 1:
        chosen = choices[0]
        rest = _AGREE.sub(" ", text, count=1)
    else:
        return None
    rest = " ".join(_PERSON_PRONOUN.sub(" ", _OFFER_WORDS.sub(" ", rest)).strip(" ,.;:!?-–—").split())
    if rest and context.kind != "clarify":
        # "Yes, him - did he mention weapons?" under an answer: a question of its own, read as one.
        return None
    named = own_subject(engine.parse(rest, parsed.lang)) if rest else None
    if named is not None and named != chosen:
        # "Да, а кто такой Песков?": the words after "yes" name a subject of their own.
        return None
    if not has_cyrillic(parsed.text) and parsed.lang != context.lang:
        # A choice in Latin letters ("net, vtoroe", "2") has no language of its own: the conversation's.
        parsed = replace(parsed, lang=context.lang)
    verdict = _asked_of_chosen(engine, parsed, context, chosen, rest, today)
    if verdict is None:
        return None
    verdict.question = parsed.text
    verdict.filters = {**verdict.filters, "follow_up": context.question}
    return verdict


def _asked_of_chosen(
    engine: Engine, parsed: Parsed, context: Verdict, chosen: str, rest: str, today: date
) -> Verdict | None:
    """What was asked (``rest``, else the previous question) of ``chosen``, or what it is; None when
    ``rest`` asks something the sources do not answer of it (a question of its own, then)."""
    kb = engine.kb
    lang = parsed.lang
    asked = rest or str(context.filters.get("asked") or context.question)
    for subject in [i for i in context.focus if i in kb.entities and i != chosen]:
        # The question named the entry it was answered about: that name, replaced.
        question = replace_mention(kb, asked, subject, kb.name(chosen, lang))
        if question is None or question == asked:
            continue
        verdict = engine.answer(question, lang, today)
        if verdict.answered and verdict.kind != "clarify" and chosen in (*verdict.focus, *verdict.items):
            return verdict
    completed = ask_about(engine, engine.parse(asked, lang), chosen, today)
    if completed is not None and completed.kind != "clarify":
        return completed
    if rest:
        return None
    entity = kb.entities[chosen]
    card = Verdict(parsed.text, lang, "card", True, focus=[chosen], intent="card")
    card.sources = list(entity.sources)
    return card
