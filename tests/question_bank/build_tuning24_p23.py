"""Writes tuning24_p23.yaml (session 24, helper q24-p23): hand-written variants of probe23's failures
over other meetings, people, documents and bodies; notes start with the family. First score on the session's start code: see the README."""
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).parent))

from patterns import S0, S1, S2, S3, S4, STARTS_NO, STARTS_YES, YES

qs: list[dict[str, object]] = []
n = [0]


def q(
    text: str,
    kind: str,
    expect: list[str] | None = None,
    absent: list[str] | None = None,
    src: tuple[str, ...] = (S4,),
    note: str = "",
    lang: str | None = None,  # the language the question is typed in, for the reader (the bank reads it itself)
    ddis: bool = False,
) -> None:
    n[0] += 1
    c: dict[str, object] = {"id": f"t24p23-{n[0]:03d}", "q": text, "kind": kind}
    if expect:
        c["expect"] = expect
    if absent:
        c["absent"] = absent
    if ddis:
        c["decline_or_disclaim"] = True
    c["source"] = list(src)
    c["note"] = note
    qs.append(c)
convs: list[dict[str, object]] = []


def conv(turns: list[tuple[object, ...]], src: tuple[str, ...], note: str, lang: str = "en") -> None:
    n[0] += 1
    done: list[dict[str, object]] = []
    c: dict[str, object] = {"id": f"t24p23-c{n[0]:03d}", "lang": lang, "turns": done}
    for t in turns:
        tt: dict[str, object] = {"q": t[0]}
        if t[1]:
            tt["expect"] = t[1]
        if len(t) > 2 and t[2]:
            tt["absent"] = t[2]
        if len(t) > 3 and t[3]:
            tt["decline_or_disclaim"] = True
        done.append(tt)
    c["source"] = list(src)
    c["note"] = note
    convs.append(c)


NO_OR_NOT = r"^\W*(?:no|нет)\b|not|не\b|не\s"
# --- own-meeting-topic: a follow-up that describes another meeting asks its topic of that one (p23-c12#3)
conv([("what was on the agenda of the 13th security secretaries meeting?", ["humanitarian|гуманитарн"]), ("and at the june meeting in moscow, were drones discussed?", [YES, "unmanned|беспилотн|drone"], [STARTS_NO])], (S1, S4), "own-meeting-topic: June Moscow meeting named by month and city")
conv([("Что обсуждали на XVIII совещании?", ["террор|terror"]), ("а на августовском заседании в Петербурге миграцию обсуждали?", [YES, "миграц|migra"], [STARTS_NO])], (S2, S4), "own-meeting-topic: August St Petersburg meeting", "ru")
conv([("chto obsuzhdali na XVIII soveshchanii?", ["террор|terror"]), ("a na noyabrskom zasedanii v Moskve pro molodezh govorili?", [YES, "молод|youth"], [STARTS_NO])], (S1, S4), "own-meeting-topic: Latin-typed, the November meeting in Moscow", "ru")
conv([("what did the interior ministers discuss in St Petersburg?", ["migra|миграц"]), ("was deradicalisation discussed at the june meeting in moscow?", [YES, "radicali|радикализ"], [STARTS_NO])], (S2, S4), "own-meeting-topic: a full question naming the June meeting")
conv([("О чём говорили на заседании секретарей совбезов в ноябре?", ["гуманитарн|humanitarian"]), ("а на июньском совещании в Москве финансирование терроризма обсуждали?", [YES, "финансир|financ"], [STARTS_NO])], (S1, S4), "own-meeting-topic: terrorism financing at the June meeting", "ru")
conv([("what was discussed at the XVIII meeting?", ["terror|террор"]), ("did they talk about road safety at the august meeting in petersburg?", [YES, "road|дорожн"], [STARTS_NO])], (S2, S4), "own-meeting-topic: road safety, August meeting")
# --- topic-too: "X too?" after what a meeting took up (p23-c12#2)
conv([("what was on the agenda of the interior ministers meeting in St Petersburg?", ["migra|миграц"]), ("road safety too?", [YES, "road|дорожн"], [STARTS_NO])], (S2,), "topic-too: English, terse")
conv([("Что обсуждали на заседании СМВД в Петербурге?", ["миграц|migra"]), ("а экспертно-криминалистическую деятельность тоже?", [YES, "криминалист|forensic"], [STARTS_NO])], (S2,), "topic-too: forensic activities", "ru")
conv([("chto obsuzhdali v Pitere na sovete MVD?", ["миграц|migra"]), ("a nezakonnuyu migraciyu tozhe?", [YES, "миграц|migra"], [STARTS_NO])], (S2,), "topic-too: Latin-typed migration", "ru")
conv([("Was terrorism financing discussed at the XVIII meeting?", [YES]), ("and drones too?", [YES, "unmanned|беспилотн|drone"], [STARTS_NO])], (S4,), "topic-too: after a yes/no on a topic")
conv([("О чём говорили на XVIII совещании?", ["террор|terror"]), ("а дерадикализацию тоже обсуждали?", [YES, "радикализ|radicali"], [STARTS_NO])], (S4,), "topic-too: with the verb", "ru")
conv([("what was on the agenda of the 13th security secretaries meeting?", ["humanitarian|гуманитарн"]), ("road safety too?", None, [STARTS_YES], True)], (S1,), "topic-too: not on that agenda: no yes")
# --- chair-claim: a person claimed to have chaired a meeting whose chair is not named (p23-010)
q("did Rahmon chair the XVIII counter-terrorism meeting?", "yes_no", None, [STARTS_YES], (S4,), "chair-claim: an address, no chair named", ddis=True)
q("Трефилов председательствовал на заседании Совета секретарей советов безопасности?", "yes_no", None, [STARTS_YES], (S1,), "chair-claim: a welcoming speech, no chair named", "ru", ddis=True)
q("predsedatelstvoval li Trefilov na 13-m zasedanii?", "yes_no", None, [STARTS_YES], (S1,), "chair-claim: Latin-typed", "ru", ddis=True)
q("was the 13th meeting of the security secretaries presided over by Trefilov?", "yes_no", None, [STARTS_YES], (S1,), "chair-claim: passive", ddis=True)
q("Trefilov chaired the Moscow meeting on 5 November, right?", "yes_no", None, [STARTS_YES], (S1,), "chair-claim: by tone", ddis=True)
q("did Klemez chair the meeting of the interior ministers in St Petersburg?", "yes_no", None, [STARTS_YES], (S2,), "chair-claim: he told the media; no chair named", ddis=True)
# --- chair-bare: "who chaired?" after a meeting (p23-c11#2)
conv([("what was on the agenda of the interior ministers meeting in St Petersburg?", ["migra|миграц"]), ("who chaired?", None, [r"^[^.]{0,60}\b(?:chaired|presided)\b"], True)], (S2,), "chair-bare: English")
conv([("Что обсуждали на XVIII совещании?", ["террор|terror"]), ("кто председательствовал?", None, [r"^\W*Рахмон"], True)], (S4,), "chair-bare: Russian; Rahmon sent an address, chaired nothing recorded", "ru")
conv([("where did the 13th security secretaries meeting take place?", ["Moscow|Москв"]), ("kto vel zasedanie?", None, [r"^\W*(?:Трефилов|Trefilov)"], True)], (S1,), "chair-bare: Latin-typed", "ru")
conv([("when was the XVIII meeting?", ["10 June|10 июня"]), ("and who presided?", None, [r"^\W*Rahmon"], True)], (S4,), "chair-bare: presided")
# --- surname: one person's first name with another's surname (p23-061)
q("who is Vladimir Klemez?", "lookalike", ["Yevgeny|Евгени|Putin|Путин"], [r"^[^.]{0,40}Vladimir\s+Klemez[^.]{0,20}\b(?:is|was)\b"], (S2,), "surname: Putin's first name, Klemez's surname")
q("кто такой Дмитрий Клемез?", "lookalike", ["Евгени|Yevgeny|Песков|Peskov"], [r"^\W*(?:Пресс-секретар|Дмитрий Песков\b)"], (S2,), "surname: Peskov's first name", "ru")
q("kto takoy Vladimir Trefilov", "lookalike", ["Denis|Денис"], [r"^[^.]{0,40}Vladimir\s+Trefilov[^.]{0,20}\b(?:is|was)\b"], (S1,), "surname: Latin-typed", "ru")
q("what post does Denis Peskov hold?", "lookalike", ["Dmitr|Дмитри"], [r"^[^.]{0,40}Denis\s+Peskov[^.]{0,20}\b(?:is|was|holds)\b"], (S3,), "surname: Trefilov's first name, Peskov's surname")
q("Евгений Рахмон кто это?", "lookalike", ["Эмомали|Emomali"], None, (S4,), "surname: Klemez's first name, Rahmon's surname", "ru")
q("who is Emomali Putin", "lookalike", ["Vladimir|Владимир"], None, (S3,), "surname: Rahmon's first name, Putin's surname")
# --- org-not-body: an international organisation named in full asked among the CIS bodies (p23-062)
q("Is the Regional Anti-Terrorist Structure of the SCO a CIS body?", "lookalike", [NO_OR_NOT], [STARTS_YES], (S4,), "org-not-body: RATS SCO in full")
q("Региональная антитеррористическая структура ШОС — орган СНГ?", "lookalike", [NO_OR_NOT], [STARTS_YES], (S4,), "org-not-body: Russian", "ru")
q("regionalnaya antiterroristicheskaya struktura vkhodit v organy SNG?", "lookalike", [NO_OR_NOT], [STARTS_YES], (S4,), "org-not-body: Latin-typed", "ru")
q("is the Eurasian Group on Combating Money Laundering and Financing of Terrorism one of the CIS bodies?", "lookalike", [NO_OR_NOT], [STARTS_YES], (S4,), "org-not-body: EAG in full")
q("Is the Collective Security Treaty Organization among the CIS bodies in the security sphere?", "lookalike", [NO_OR_NOT], [STARTS_YES], (S4,), "org-not-body: CSTO in full")
q("Is the Anti-Terrorism Center one of the CIS bodies?", "yes_no", [YES], [STARTS_NO], (S0,), "org-not-body: control, a CIS specialised body")
# --- month-claim: a month claimed for a meeting (p23-064)
q("The XVIII counter-terrorism meeting was in July, right?", "lookalike", [STARTS_NO, "June|июн"], [STARTS_YES], (S4,), "month-claim: 10 June 2025")
q("саммит в Душанбе был в ноябре?", "lookalike", [STARTS_NO, "октябр|October"], [STARTS_YES], (S1,), "month-claim: the October meetings", "ru")
q("zasedanie SMVD v Pitere proshlo v sentyabre?", "lookalike", [STARTS_NO, "август|August"], [STARTS_YES], (S2,), "month-claim: 12 August, Latin-typed", "ru")
q("the security secretaries met in Moscow in October, right?", "lookalike", [STARTS_NO, "November|ноябр"], [STARTS_YES], (S1,), "month-claim: 5 November")
q("Заседание Совета министров внутренних дел состоялось в июле?", "lookalike", [STARTS_NO, "август|August"], [STARTS_YES], (S2,), "month-claim: Russian", "ru")
q("was the XVIII meeting held in June?", "yes_no", [YES, "June|июн"], [STARTS_NO], (S4,), "month-claim: control, the right month")
q("the summit in Dushanbe took place in October?", "yes_no", [YES, "October|октябр"], [STARTS_NO], (S1,), "month-claim: control, the right month")
# --- unit-head: who heads a body whose head is not named, its unit's head is (p23-c10#4)
q("who directs the CIS Executive Committee?", "attribute", ["Klemez|Клемез"], [r"^\W*(?:Yevgeny\s+)?Klemez\b[^.]{0,40}\b(?:directs|heads)\s+the\s+CIS\s+Executive"], (S0, S2), "unit-head: not named; Klemez directs its department")
q("кто руководит Исполкомом СНГ?", "attribute", ["Клемез|Klemez"], None, (S0, S2), "unit-head: Russian", "ru")
conv([("which department of the CIS Executive Committee deals with security cooperation?", ["Security Cooperation|сотрудничеств"]), ("who is its director?", ["Klemez|Клемез"])], (S0, S2), "unit-head: the department itself")
conv([("what does the CIS Executive Committee do in the security sphere?", ["Executive Committee|Исполнительн|Исполком"]), ("who heads it?", ["Klemez|Клемез"])], (S0, S2), "unit-head: after the committee")
conv([("Что такое Исполком СНГ?", ["Исполнительн|Executive"]), ("а кто им руководит?", ["Клемез|Klemez"])], (S0, S2), "unit-head: Russian follow-up", "ru")
# --- who-from: who of a body did something at the meeting in context (p23-c1#5)
conv([("where did the interior ministers meet in August?", ["Petersburg|Петербург"]), ("who from the CIS Executive Committee told the media about the meeting?", ["Klemez|Клемез"])], (S2,), "who-from: told the media")
conv([("when was the St Petersburg meeting?", ["12 August|12 августа"]), ("and who from the executive committee commented on it?", ["Klemez|Клемез"])], (S2,), "who-from: commented")
conv([("Когда собирались министры внутренних дел?", ["12 августа|12 August"]), ("кто из Исполкома рассказал о встрече СМИ?", ["Клемез|Klemez"])], (S2,), "who-from: Russian control", "ru")
conv([("which states attended the interior ministers meeting?", ["Armenia|Армени"]), ("who from the executive committee talked to the press about it?", ["Klemez|Клемез"])], (S2,), "who-from: talked to the press")
# --- his-post: "what's his role?" after an answer whose subject is no person (p23-c5#4)
conv([("what's the ATC", ["Anti-?\\s?Terror|Антитеррор"]), ("who praised it at the june meeting?", ["Rahmon|Рахмон"]), ("what post does he hold?", ["President|Президент|Chair|Председател"])], (S0, S4), "his-post: post")
conv([("что такое АТЦ?", ["Антитеррор|Anti-Terror"]), ("кто похвалил его на июньском совещании?", ["Рахмон|Rahmon"]), ("а какая у него должность?", ["Президент|President|Председател|Chair"])], (S0, S4), "his-post: Russian", "ru")
conv([("when was the ATC established?", ["2000"]), ("who mentioned that decision in June?", ["Rahmon|Рахмон"]), ("and what's his position?", ["President|Президент|Chair|Председател"])], (S0, S4), "his-post: position")
# --- day-of-month: "которого числа" (p23-027)
q("Которого числа было XVIII совещание?", "attribute", [r"\b10\b"], None, (S4,), "day-of-month: 10 June", "ru")
q("kotorogo chisla sobiralsya sovet MVD v Pitere?", "attribute", [r"\b12\b"], None, (S2,), "day-of-month: Latin-typed, 12 August", "ru")
q("Которого числа прошло заседание Совета министров внутренних дел?", "attribute", [r"\b12\b"], [STARTS_YES], (S2,), "day-of-month: no 'Да' before the date", "ru")
q("on what day of the month did the security secretaries meet?", "attribute", [r"\b5\b"], None, (S1,), "day-of-month: English")
# --- member-there: "did X become a member there?" after a meeting (p23-c11#4)
conv([("what was decided at the Dushanbe summit?", ["Plus|плюс|Observer|наблюдател"]), ("did the SCO become a member there?", [NO_OR_NOT], [STARTS_YES])], (S1,), "member-there: observer, not member")
conv([("Что решили на саммите в Душанбе?", ["плюс|Plus|наблюдател"]), ("ШОС стала там членом СНГ?", [NO_OR_NOT], [STARTS_YES])], (S1,), "member-there: Russian", "ru")
conv([("when was the XVIII meeting?", ["10 June|10 июня"]), ("did the CSTO become a member there?", [NO_OR_NOT], [STARTS_YES])], (S4,), "member-there: CSTO attended, no member")
# --- chatty-grateful: "I would be most grateful if you could kindly tell me …" (p23-078)
q("Hello! I'd be very grateful if you could tell me where the interior ministers met in August", "style", ["Petersburg|Петербург"], None, (S2,), "chatty-grateful: where")
q("Good evening, I would be obliged if you could kindly tell me who addressed the 13th security secretaries meeting", "style", ["Trefilov|Трефилов"], None, (S1,), "chatty-grateful: who")
q("Dear bot, I would be most grateful if you could kindly tell me which states attended the XVIII meeting", "style", ["Azerbaijan|Азербайджан", "Uzbek|Узбек"], None, (S4,), "chatty-grateful: which states")
# --- approved-outcomes: what was approved at a meeting on a topic (p23-c3#1)
conv([("what got approved at the dushanbe summit in october on security matters?", ["Military\\s+Cooperation|военн", "terroris|терроризм", "border|границ|гранич"]), ("until when does the concept run?", ["2030"])], (S1,), "approved-outcomes: then the Concept's period")
# --- month-claim (controls found by the allsets diff): a month dating the meeting of another question claims nothing
q("Was road safety on the agenda when the interior ministers met in August?", "yes_no", [YES, "road|дорожн"], [STARTS_NO], (S2,), "month-claim: a 'when' clause dates the meeting")
q("Обсуждали ли молодёжь, когда секретари совбезов собирались в ноябре?", "yes_no", [YES, "молод|youth"], [STARTS_NO], (S1,), "month-claim: 'когда' clause", "ru")
q("где прошло заседание МВД в августе?", "attribute", ["Петербург|Petersburg"], [STARTS_NO], (S2,), "month-claim: a 'где' question")
with Path(__file__).with_name("tuning24_p23.yaml").open("w") as out:
    yaml.safe_dump({"questions": qs, "conversations": convs}, out, allow_unicode=True, sort_keys=False, width=200)
print(len(qs), len(convs))
