"""Writes tuning25_p24.yaml (session 25, helper q25-p24): hand-written variants of probe24's failures
over other meetings, people, documents and bodies; notes start with the family. First score on the session's start code: see the README."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from patterns import (
    ATC,
    BCOC,
    CSTO,
    EAG,
    EXERCISE,
    NUM,
    RATS,
    S0,
    S1,
    S2,
    S4,
    SCO,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TREFILOV,
    YES,
    SetWriter,
    wrong_layout,
)

writer = SetWriter("t25p24")
q, conv = writer.q, writer.conv


OBSERVER = "observer|наблюдател"
# --- granted-status: a status "given" (дали / gave) is one granted (p24-003)
q("правда что ШОС дали статус наблюдателя в СНГ?", "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "granted-status: Cyrillic", "ru")
q("SHOS dali status nablyudatelya pri SNG, verno?", "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "granted-status: Latin-typed, tag", "ru")
q("ШОС в Душанбе дали статус наблюдателя?", "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "granted-status: the summit's city", "ru")
q("did the CIS give the SCO observer status?", "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "granted-status: English 'give'")
q("is it true they gave the Shanghai Cooperation Organisation observer status?", "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "granted-status: 'gave'")
q("pravda chto Shanhajskoj organizacii dali status nablyudatelya?", "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "granted-status: Latin-typed, full name", "ru")
q("ШОСу дали статус члена СНГ?", "yes_no", [OBSERVER], [STARTS_YES], (S1,), "granted-status: a member's status was not given", "ru")
# --- layout-comma: a comma typed as a comma on the wrong layout is no "б" (p24-008)
q(wrong_layout("правда, что АТЦ создан в 2000 году?"), "yes_no", [YES, "2000"], [STARTS_NO], (S0,), "layout-comma: ATC set up in 2000", "ru")
q(wrong_layout("правда, что ШОС дали статус наблюдателя?"), "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "layout-comma: SCO observer", "ru")
q(wrong_layout("скажи, кто такой Клемез?"), "attribute", ["Director|директор"], None, (S2,), "layout-comma: who is", "ru")
q(wrong_layout("напомни, где прошло заседание СМВД?"), "attribute", [SPB], None, (S2,), "layout-comma: where", "ru")
q(wrong_layout("правда, что ОДКБ была на XVIII совещании?"), "yes_no", [YES, CSTO], [STARTS_NO], (S4,), "layout-comma: CSTO attended", "ru")
q(wrong_layout("подскажи, когда было XVIII совещание?"), "attribute", [r"\b10\b"], None, (S4,), "layout-comma: when", "ru")
# --- planned-event: a planned event named in the previous answer ("where was it to be held?") (p24-c8)
conv([("what was discussed at the third session of the June meeting?", [EXERCISE]), ("where was it supposed to take place?", [TAJ]), ("and when?", ["October|октябр"]), ("did it happen in the end?", None, [STARTS_YES], True)], (S4,), "planned-event: English, the June meeting")
conv([("Что обсуждали на третьей сессии XVIII совещания?", [EXERCISE]), ("а где его должны были провести?", [TAJ]), ("а когда?", ["октябр|October"]), ("оно состоялось?", None, [STARTS_YES], True)], (S4,), "planned-event: Russian", "ru")
conv([("chto bylo na tretey sessii XVIII soveshchaniya?", [EXERCISE]), ("gde ego planirovali provesti?", [TAJ]), ("a sostoyalos li ono?", None, [STARTS_YES], True)], (S4,), "planned-event: Latin-typed", "ru")
conv([("which sessions did the XVIII meeting have?", ["plenary|пленарн|session|сесси"]), ("what was the third one about?", [EXERCISE]), ("where was that exercise to be held?", [TAJ])], (S4,), "planned-event: the exercise named")
conv([("what did they talk about in the 3rd session of the counter-terrorism meeting in Moscow?", [EXERCISE]), ("where was it planned?", [TAJ], [r"^\W*(?:<b>)?Moscow"]), ("was it held?", None, [STARTS_YES], True)], (S4,), "planned-event: 'planned', 'was it held'")
conv([("что было на третьей сессии июньского совещания в Москве?", [EXERCISE]), ("где оно должно было пройти?", [TAJ], [r"^\W*(?:<b>)?Москв"]), ("и прошло ли?", None, [STARTS_YES], True)], (S4,), "planned-event: Russian, 'должно было пройти'", "ru")
# --- agenda-after-person: the agenda of the meeting in context after turns on a person and his post (p24-c2#5)
conv([("Tell me about the interior ministers meeting in St Petersburg", [SPB]), ("who talked to the media?", ["Klemez|Клемез"]), ("what's his position?", ["Director|директор"]), ("а что было на повестке?", ["миграц|migra|дорожн|road"])], (S2,), "agenda-after-person: Russian switch, St Petersburg")
conv([("Расскажи о XVIII совещании", ["10 июня|10 June|Москв"]), ("кто выступил с обращением?", ["Рахмон|Rahmon"]), ("what's his post?", ["President|Президент|Chair|Председател"]), ("and what was on the agenda?", ["terror|террор|radicali|радикализ"])], (S4,), "agenda-after-person: English switch, XVIII", "ru")
conv([("rasskazhi o 13 zasedanii sekretarey sovbezov", ["Москв|Moscow|ноябр|Nov"]), ("kto vystupil s privetstviem?", [TREFILOV]), ("a chto bylo na povestke?", ["гуманитарн|humanitarian|образоват|educat"])], (S1,), "agenda-after-person: Latin-typed", "ru")
conv([("Tell me about the 13th security secretaries meeting", ["Moscow|Москв"]), ("who addressed it?", [TREFILOV]), ("which documents did he mention?", ["terror|террор|Concept|концепц"]), ("что обсуждали?", ["гуманитарн|humanitarian|образоват|educat"])], (S1,), "agenda-after-person: after his documents, 'что обсуждали?'")
conv([("tell me about the St Petersburg meeting", [SPB]), ("who spoke there?", ["Klemez|Клемез"]), ("а о чём шла речь на заседании?", ["миграц|migra|дорожн|road|криминалист|forensic"])], (S2,), "agenda-after-person: 'о чём шла речь'")
# --- who-and-when: "who decided X and when?" asks both (p24-c4#4)
q("who decided to set up the ATC and when?", "attribute", ["2000", r"Heads\s+of\s+(?:CIS\s+)?States?|глав\w*\s+государств"], None, (S0, S4), "who-and-when: single")
q("кто и когда решил создать АТЦ?", "attribute", ["2000", r"глав\w*\s+государств|Heads\s+of\s+(?:CIS\s+)?States?"], None, (S0, S4), "who-and-when: Russian", "ru")
q("kto i kogda prinyal reshenie o sozdanii ATC?", "attribute", ["2000", r"глав\w*\s+государств|Heads\s+of\s+(?:CIS\s+)?States?"], None, (S0, S4), "who-and-when: Latin-typed", "ru")
q("who decided to grant the SCO observer status, and when?", "attribute", ["October|октябр|2025", r"Summit|саммит|Heads\s+of\s+State|глав\w*\s+государств|leaders"], None, (S1,), "who-and-when: the SCO decision")
q("кто и когда одобрил концепцию военного сотрудничества?", "attribute", ["октябр|October|2025", r"глав\w*\s+государств|Heads\s+of\s+State|саммит|Summit|Душанбе|Dushanbe"], None, (S1,), "who-and-when: the Concept", "ru")
conv([("what is the ATC?", [ATC]), ("who decided to establish it and when?", ["2000", r"Heads\s+of\s+(?:CIS\s+)?States?|глав\w*\s+государств"])], (S0, S4), "who-and-when: in context")
# --- same-meeting: two described meetings claimed to be one (p24-066)
q("was the 13th security secretaries meeting the XVIII meeting?", "lookalike", ["June|июн|counter-?terror|антитеррор|10"], [STARTS_YES], (S1, S4), "same-meeting: secretaries vs XVIII")
q("заседание СМВД в Петербурге и было XVIII совещанием?", "lookalike", ["июн|June|антитеррор|counter-?terror|Москв|Moscow"], [STARTS_YES], (S2, S4), "same-meeting: Russian", "ru")
q("is the XVIII meeting the same as the St Petersburg meeting?", "lookalike", ["June|июн|Moscow|Москв|counter-?terror|антитеррор"], [STARTS_YES], (S2, S4), "same-meeting: 'the same as'")
q("XVIII soveshchanie eto i est zasedanie soveta MVD v Pitere?", "lookalike", ["июн|June|Москв|Moscow|антитеррор|counter-?terror"], [STARTS_YES], (S2, S4), "same-meeting: Latin-typed", "ru")
q("was the interior ministers meeting the 13th meeting?", "lookalike", ["secretar|секретар|November|ноябр"], [STARTS_YES], (S1, S2), "same-meeting: interior vs 13th")
q("the St Petersburg meeting was the XVIII one, right?", "lookalike", ["June|июн|Moscow|Москв|counter-?terror|антитеррор"], [STARTS_YES], (S2, S4), "same-meeting: by tone")
# --- abbr-chatty: an abbreviation asked in a chatty frame naming where it was seen (p24-014)
q("whats EAG in the june meeting report", "abbreviation", [EAG.replace(r"|\bEAG\b", "").replace(r"|\bЕАГ\b", "")], None, (S4,), "abbr-chatty: EAG")
q("whats RATS in the counter-terrorism meeting list", "abbreviation", [r"Regional\s+Anti-?\s?Terrorist|Региональн\w+\s+антитеррор"], None, (S4,), "abbr-chatty: RATS")
q("what does CSTO mean in the june news", "abbreviation", [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"], None, (S4,), "abbr-chatty: CSTO")
q("что за ОДКБ в новости про июньское совещание", "abbreviation", [r"Договора?\s+о\s+коллективной\s+безопасности|Collective\s+Security\s+Treaty"], None, (S4,), "abbr-chatty: Russian", "ru")
q("chto za BKBOP v statye pro Piter", "abbreviation", [r"Бюро|Bureau"], None, (S2,), "abbr-chatty: Latin-typed", "ru")
q("whats ATC in the exec committee report", "abbreviation", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], None, (S0,), "abbr-chatty: ATC")
# --- source-tldr: a summary of one source asked (p24-081)
q("tl;dr of the executive committee report on 2025 pls", "style", [NUM[16], NUM[20]], None, (S0,), "source-tldr: the report")
q("кратко: что в отчёте Исполкома об органах безопасности?", "style", [NUM[16], NUM[20]], None, (S0,), "source-tldr: Russian", "ru")
q("kratko pereskazhi otchet ispolkoma pro organy bezopasnosti", "style", [NUM[16], NUM[20]], None, (S0,), "source-tldr: Latin-typed", "ru")
q("summary of the exec committee report on the security bodies please", "style", [NUM[16], NUM[20]], None, (S0,), "source-tldr: 'summary'")
q("tl;dr of the belta article pls", "style", [SPB, "Klemez|Клемез|Interior|внутренних"], None, (S2,), "source-tldr: BelTA")
# --- count-vs-list: a count checked against the list it gives (p24-044)
q("How many states took part in the XVIII meeting, and does the number match the list?", "count", [NUM[9], NUM[8]], None, (S4,), "count-vs-list: English")
q("skolko gosudarstv bylo na XVIII soveshchanii i sovpadaet li chislo so spiskom?", "count", [NUM[9], NUM[8]], None, (S4,), "count-vs-list: Latin-typed", "ru")
q("Сколько стран было на июньском совещании в Москве — совпадает ли число с перечнем?", "count", [NUM[9], NUM[8]], None, (S4,), "count-vs-list: Russian, by month and city", "ru")
q("how many countries at the june moscow meeting? does the count agree with the names listed?", "count", [NUM[9], NUM[8]], None, (S4,), "count-vs-list: two sentences")
# --- agenda-bare after other controls
q("who decided to establish the CIS ATC?", "attribute", [r"Heads\s+of\s+(?:CIS\s+)?States?|глав\w*\s+государств"], None, (S4,), "who-and-when: control, who only")
q("what's SCO?", "abbreviation", [SCO], None, (S1,), "abbr-chatty: control, bare")
q(wrong_layout("что такое БКБОП?"), "abbreviation", [BCOC], None, (S0,), "layout-comma: control, no comma", "ru")
q("what international organisations were at the june meeting?", "list", [CSTO, RATS, EAG], None, (S4,), "control: organisations")

# === second batch (written after the first fixes; scored on the session's start code before any further change)
q("SHOS poluchila status nablyudatelya v SNG?", "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "granted-status: Latin 'poluchila'", "ru")
q("was the SCO handed observer status at the Dushanbe summit?", "yes_no", [YES, OBSERVER], [STARTS_NO], (S1,), "granted-status: 'handed' at the summit")
q("ОДКБ дали статус наблюдателя при СНГ?", "yes_no", [r"(?i)нет|\\bno\\b|не\\s"], [STARTS_YES], (S1,), "granted-status: another organisation, no yes", "ru")
q(wrong_layout("слушай, когда было заседание СМВД?"), "attribute", [r"\b12\b"], None, (S2,), "layout-comma: 'слушай,'", "ru")
q(wrong_layout("скажите, где прошёл саммит СНГ?"), "attribute", ["Душанбе|Dushanbe"], None, (S1,), "layout-comma: 'скажите,'", "ru")
q(wrong_layout("правда, что Трефилов выступал на 13-м заседании?"), "yes_no", [YES, TREFILOV], [STARTS_NO], (S1,), "layout-comma: a person spoke", "ru")
conv([("what was the third session of the XVIII meeting about?", [EXERCISE]), ("where were the drills to take place?", [TAJ])], (S4,), "planned-event: 'the drills', 'were … to take place'")
conv([("о чём была третья сессия XVIII совещания?", [EXERCISE]), ("а где учения должны были пройти?", [TAJ]), ("когда их планировали провести?", ["октябр|October"])], (S4,), "planned-event: Russian, 'учения'", "ru")
conv([("chto obsuzhdali na tretey sessii iyunskogo soveshchaniya?", [EXERCISE]), ("a gde ih dolzhny byli provesti?", [TAJ])], (S4,), "planned-event: Latin, 'ih'", "ru")
conv([("what was discussed at the third session of the June meeting?", [EXERCISE]), ("when was it scheduled?", ["October|октябр"])], (S4,), "planned-event: 'when was it scheduled?'")
q("is the 13th meeting the same as the XVIII meeting?", "lookalike", ["June|июн|counter-?terror|антитеррор|10"], [STARTS_YES], (S1, S4), "same-meeting: 'the same as', ordinals")
q("13-е заседание и XVIII совещание — одно и то же?", "lookalike", ["июн|June|ноябр|November"], [STARTS_YES], (S1, S4), "same-meeting: 'одно и то же'", "ru")
q("Was the Dushanbe summit the 13th security secretaries meeting?", "lookalike", ["November|ноябр|Moscow|Москв|October|октябр"], [STARTS_YES], (S1,), "same-meeting: the summit and the 13th")
q("кто создал АТЦ?", "attribute", [r"глав\w*\s+государств|Heads\s+of\s+(?:CIS\s+)?States?"], None, (S4,), "who-and-when: 'кто создал'", "ru")
q("kto uchredil ATC i kogda?", "attribute", ["2000", r"глав\w*\s+государств|Heads\s+of\s+(?:CIS\s+)?States?"], None, (S4,), "who-and-when: Latin 'uchredil'", "ru")
q("by whom and when was the CIS ATC established?", "attribute", ["2000", r"Heads\s+of\s+(?:CIS\s+)?States?|глав\w*\s+государств"], None, (S4,), "who-and-when: 'by whom and when'")
q("who founded the anti-terrorism centre and in what year?", "attribute", ["2000", r"Heads\s+of\s+(?:CIS\s+)?States?|глав\w*\s+государств"], None, (S4,), "who-and-when: 'founded', British spelling")
q("give me the gist of the BelTA piece", "style", [SPB], None, (S2,), "source-tldr: 'gist', 'piece'")
q("вкратце перескажи новость Исполкома от 5 ноября", "style", [TREFILOV + "|13|Москв|Moscow"], None, (S1,), "source-tldr: the news of 5 November", "ru")
q("summarize the 2 March report pls", "style", [NUM[16], NUM[20]], None, (S0,), "source-tldr: by its day")
q("what is BCOC in the St Petersburg news?", "abbreviation", [r"Bureau|Бюро"], None, (S2,), "abbr-chatty: BCOC")
q("whats CSTO from the june meeting list", "abbreviation", [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"], None, (S4,), "abbr-chatty: 'from the … list'")
q("what does RATS stand for in the report on the XVIII meeting", "abbreviation", [r"Regional\s+Anti-?\s?Terrorist|Региональн\w+\s+антитеррор"], None, (S4,), "abbr-chatty: 'stand for'")
q("how many CIS bodies were at the XVIII meeting, and does the number match the list?", "count", [NUM[13]], None, (S4,), "count-vs-list: bodies")
q("сколько стран было на заседании СМВД и совпадает ли число с перечнем?", "count", [NUM[8]], None, (S2,), "count-vs-list: the interior ministers, 8", "ru")
conv([("Tell me about the XVIII meeting", ["June|июн|Moscow|Москв"]), ("who sent the address?", ["Rahmon|Рахмон"]), ("what's his post?", ["President|Президент|Chair|Председател"]), ("what did he say?", ["ATC|АТЦ|Anti-?Terror|Антитеррор"]), ("а что было на повестке?", ["террор|terror|радикализ|radicali"])], (S4,), "agenda-after-person: after his words")
q("o chem shla rech na XVIII soveshchanii?", "topic", ["террор|terror|радикализ|radicali"], None, (S4,), "talked-about: Latin", "ru")
q("о чём шла речь на 13-м заседании секретарей совбезов?", "topic", ["гуманитарн|humanitarian|образоват|educat"], None, (S1,), "talked-about: 13th meeting", "ru")
conv([("когда было заседание СМВД?", [r"\b12\b"]), ("а речь о чём шла?", ["миграц|migra|дорожн|road|криминалист|forensic|програм"])], (S2,), "talked-about: 'речь о чём шла'", "ru")

writer.write(Path(__file__).with_name("tuning25_p24.yaml"))
