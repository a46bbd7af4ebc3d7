"""Probe set 21: a fresh measuring set written on 2026-12-01 in session 21 (after probe20); nobody tunes on it.

Written by hand from the five documents in knowledge/seeds/ only, without reading the other sets' questions.
`python tests/question_bank/build_probe21.py` rewrites probe21.yaml.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from patterns import (  # noqa: E402
    ARM,
    ATC,
    AZE,
    BCOC,
    CIS_PLUS,
    CONCEPT,
    CORRUPTION,
    CSTO,
    CT_PERIOD,
    DATED_2026,
    EAG,
    FUTURE,
    INTEL,
    JOINT_COMMISSION,
    KLEMEZ,
    KYR,
    MIGRATION,
    MOSCOW,
    NUM,
    RAHMON,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TKM,
    TREFILOV,
    UN,
    UZB,
    YES,
    bare,
    case_entry,
    date,
    en_layout,
    month,
    no,
    ru_layout,
    turn_entry,
    write_probe,
)

Q: list[dict[str, Any]] = []


def q(
    text: str,
    kind: str,
    expect: list[str] | None,
    src: list[str],
    note: str,
    absent: list[str] | None = None,
    dd: bool = False,
    decline: bool = False,
) -> None:
    Q.append(case_entry(f"p21-{len(Q) + 1:03d}", text, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


ATC_FULL = r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"
BORDER = r"border|границ|пограничн"
TERROR = r"terror|террор"
AUG12 = r"\b12(?:th)?\s+(?:of\s+)?(?:Aug|август)|Aug\w*\.?\s+12\b|\b12\.08\b|2025-08-12"
JUNE10 = date(10, 6, 2025)
NOV5 = date(5, 11, 2025)
NO_DATE = [FUTURE, DATED_2026]

# --- yes_no ---------------------------------------------------------------------------------------------
q("Did Turkmenistan send anyone to the June counter-terrorism meeting in Moscow?", "yes_no",
  [no(TKM)], [S4], "the list of competent authorities names Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, "
  "Russia, Tajikistan, Uzbekistan — no Turkmenistan", absent=[STARTS_YES])
q("Была ли Туркмения среди участников питерского совета МВД?", "yes_no", [YES], [S2],
  "«bringing together representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
  absent=[STARTS_NO])
q("Is Russia listed among the delegations at the Moscow meeting of the intelligence chiefs?", "yes_no", [no(RUS)], [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended» (Russia not listed)",
  absent=[STARTS_YES])
q("Одобрили ли в Душанбе программу по противодействию терроризму на 2026–2028 годы?", "yes_no", [YES], [S1],
  "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 ... was approved»", absent=[STARTS_NO])
q("so the SCO is now a full member of the CIS?", "yes_no", [r"observer|наблюдател"], [S1],
  "«grant the Shanghai Cooperation Organization the status of an Observer» — observer, not member", absent=[STARTS_YES])
q("Правда, что учения «Содружество-Антитеррор-2025» проводились в Казахстане?", "yes_no", [TAJ], [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»", absent=[STARTS_YES])
q("did klemez say anything about cybercrime in piter", "yes_no", [YES, r"cyber|кибер"], [S2],
  "«Significant concerns include weapons smuggling and the escalating scale of cybercrime»", absent=[STARTS_NO])
q("Was the treaty on international controlled delivery operations signed at the St Petersburg meeting?", "yes_no",
  [rf"{no(r'sign|подпис')}|plan|планир|намеч|предполага|intend"], [S2],
  "«Plans are in place ... to sign the treaty on international controlled delivery operations» — planned for the supreme bodies, not signed in St Petersburg",
  absent=[STARTS_YES])

# --- abbreviation ---------------------------------------------------------------------------------------
q("what does ATC stand for in the CIS docs", "abbreviation", [ATC_FULL], [S0, S4], "«CIS Anti-Terrorism Center»; «CIS ATC»")
q("ЕАГ — это что?", "abbreviation", [r"Eurasian|Евразийск", r"launder|легализац|отмыв"], [S4],
  "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»; «The EAG Secretariat reported»")
q("RATS SCO?", "abbreviation", [r"Regional\s+Anti-?\s?Terrorist|Региональн\w+\s+антитеррор"], [S4],
  "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»")
q("chto takoe SNG plyus", "abbreviation",
  [r"platform|format|формат|площадк", r"other\s+states|international\s+organi|interested|других\s+государств|междунар|заинтересованн"],
  [S1], "«the \"Commonwealth of Independent States Plus\" format as a platform for cooperation between CIS Member States and other states, "
  "their associations, and international organizations»")
q("what is the CSTO that came to the june meeting", "abbreviation",
  [r"Collective\s+Security\s+Treaty|Договора\s+о\s+коллективной\s+безопасности"], [S4], "«Collective Security Treaty Organization»")
q("бкбоп расшифруй", "abbreviation", [r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн"], [S0, S2],
  "«Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes in the Territory of the CIS Member States»")
q("При чём тут FATF в документах про СНГ?", "abbreviation", [r"Eurasian|\bEAG\b|\bЕАГ\b|Евразийск", r"standard|стандарт"], [S4],
  "«monitored through the Eurasian Group's assessment mechanisms based on international FATF standards»")

# --- topic ----------------------------------------------------------------------------------------------
q("Что обсуждали на четвёртой сессии июньского антитеррористического совещания?", "topic", [r"radicali|радикализ"], [S4],
  "«During the fourth session on counteracting radicalization of the population ... deradicalization»")
q("what was on the agenda of the 13th security secretaries meeting", "topic",
  [r"humanitarian|гуманитарн", r"educat|образоват"], [S1],
  "«The agenda of today's meeting includes consideration of the development of humanitarian and educational cooperation»")
q("Чему была посвящена встреча руководителей спецслужб СНГ в Москве?", "topic",
  [r"result|результат|assess|оцен|priorit|приоритет|task|задач"], [S3],
  "«the agenda centred on evaluating concrete results from cooperative work and setting concrete tasks and priorities»")
q("What did the second session of the June counter-terrorism meeting cover?", "topic",
  [rf"{BORDER}|financ|финансир|legal\s+framework|правов"], [S4],
  "«During the second session on international counter-terrorism cooperation the participants: reviewed cooperation ... in the border area ... financing of terrorism ... international legal framework»")
q("were drones discussed anywhere? which meeting", "topic",
  [r"June|июн|XVIII|\b18(?:th)?\b|counter-?\s?terror|антитеррор|Anti-?\s?Terror"], [S4],
  "«the increase in the number of terrorist acts with use of unmanned aerial vehicles»; «countering terrorist use of unmanned aerial vehicles» (XVIII meeting, 10 June 2025)")
q("Что Клемез говорил про нелегальную миграцию?", "topic", [MIGRATION, r"threat|угроз"], [S2],
  "«Illegal migration flows pose a direct threat to national security»")
q("kakie voprosy obsuzhdali ministry vnutrennih del v avguste", "topic",
  [r"migration|миграц|road|дорожн|forensic|экспертн|crime\s+prevention|профилактик|informational|информацион"], [S2],
  "«discussed issues related to the implementation of interstate crime prevention programs ... illegal migration, cooperation in the field of road safety, expert and forensic activities»")

# --- attribute ------------------------------------------------------------------------------------------
q("Who heads the Security Cooperation Department at the CIS Executive Committee?", "attribute", [KLEMEZ], [S2],
  "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»")
q("Кто был председателем Совета глав государств СНГ, по документам?", "attribute", [RAHMON], [S4],
  "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»")
q("whats trefilovs job", "attribute", [r"Deputy\s+Secretary|заместител\w*\s+Генеральн|замгенсек"], [S1],
  "«CIS Deputy Secretary-General Denis Trefilov»")
q("Какой по счёту была ноябрьская встреча секретарей советов безопасности?", "attribute", [r"\b13|тринадцат|XIII"], [S1],
  "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»")
q("Какое агентство написало про заседание МВД в Питере?", "attribute", [r"BelTA|БелТА"], [S2],
  "«MINSK, 13 August (BelTA)»")
q("Чья пресс-служба рассказала о повестке встречи глав спецслужб в Москве?", "attribute",
  [r"Foreign\s+Intelligence|внешней\s+разведки|\bSVR\b|\bСВР\b"], [S3],
  "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda centred on ...»")
q("kakoy departament ispolkoma rabotaet s etimi organami", "attribute",
  [r"Department|Департамент|департамент|отдел", r"Security|безопасност"], [S0],
  "«in close interaction with the CIS Executive Committee (Department for Cooperation in the Security Sphere)»")

# --- list -----------------------------------------------------------------------------------------------
q("List the three specialized bodies", "list", [ATC, BCOC, JOINT_COMMISSION], [S0],
  "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination of Combating Organized Crime ...; Joint Commission ...»")
q("Какие международные организации участвовали в XVIII совещании?", "list", [CSTO, RATS, EAG], [S4],
  "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the SCO, Eurasian Group ...»")
q("Which countries sent delegations to the intelligence chiefs' meeting in Moscow?", "list", [AZE, ARM, TKM, UZB], [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended the meeting»")
q("перечисли документы, которые утвердили в Душанбе", "list", [CONCEPT, TERROR, BORDER], [S1],
  "«the Military Cooperation Concept of the CIS Member States until 2030 was approved, along with the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»")
q("what threats did klemez list", "list", [r"extrem|экстрем", r"drug|narcot|наркот", r"weapon|оруж", r"cyber|кибер"], [S2],
  "«a marked increase in extremist movements ... Illegal migration flows ... narcotics production ... drug trafficking ... weapons smuggling ... cybercrime ... money laundering and corruption»")
q("Какие 4 базовые организации СНГ были на июньской встрече?", "list", [r"language|язык", r"border|пограничн"], [S4],
  "«4 basic organizations ... for studying the problems of countering terrorism ..., for training personnel ..., for training ... commanding staff in the border sphere, and on languages and culture»")
q("which states were at the St Petersburg interior ministers council", "list", [ARM, TKM, KYR], [S2],
  "«representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»", absent=[bare(AZE)])
q("kakie organy SNG krome stran byli v pitere", "list", [ATC, BCOC], [S2],
  "«the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime»")

# --- count ----------------------------------------------------------------------------------------------
q("How many sectoral cooperation bodies work in the CIS security sphere?", "count", [NUM[16]], [S0],
  "«16 sectoral cooperation bodies operate in the security sphere»")
q("Сколько заседаний провели эти органы в 2025 году?", "count", [NUM[20]], [S0], "«In 2025, 20 meetings were held.»")
q("сколько органов СНГ прислали рабочие структуры на июньское совещание по терроризму", "count", [NUM[13]], [S4],
  "«working structures of 13 CIS bodies»")
q("skolko specializirovannyh sessiy bylo na XVIII vstreche", "count", [NUM[4]], [S4],
  "«The meeting included a plenary session and 4 specialized sessions.»")
q("Сколько государств было представлено на совете МВД в Петербурге?", "count", [NUM[8]], [S2],
  "«representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan» (eight)")
q("how many international orgs attended the 10 June meeting", "count", [NUM[3]], [S4], "«3 international organizations»")
q("Сколько всего органов сотрудничества в сфере безопасности, если сложить отраслевые и специализированные?", "count",
  [NUM[19]], [S0], "«16 sectoral cooperation bodies ... and 3 specialized bodies» (19 together)")

# --- quote ----------------------------------------------------------------------------------------------
q("What exactly did Trefilov say the leaders established 'first and foremost'?", "quote", [CIS_PLUS], [S1],
  "«\"First and foremost\", he noted, \"our countries' leaders established the \"Commonwealth of Independent States Plus\" format\"»")
q("Процитируй Клемеза про историческую память", "quote", [r"memory|памят", r"rewrite|переписа|history|истори"], [S2],
  "«Today, it is more crucial than ever to unite our efforts in preserving the historical memory, countering attempts to rewrite history»")
q("Что Песков сказал о сотрудничестве в СНГ?", "quote", [r"potential|потенциал"], [S3],
  "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with greater confidence»")
q("Что сказал Трефилов о ежегодных встречах?", "quote", [r"assess|оцен|result|результат", r"vector|вектор|direction|направлен"], [S1],
  "«the annual meetings make it possible to assess the results of cooperation ... and determine the vectors for interaction in the near future»")
q("klemez 'our actions today' - full quote pls", "quote", [r"future|будущ"], [S2],
  "«\"Our actions today will inform the future of the Commonwealth of Independent States.\"»")
q("На что Трефилов надеется в работе силовиков и гуманитариев? дословно", "quote", [r"youth|молод", r"destructive|деструктивн"], [S1],
  "«reducing the involvement of our countries' populations, especially youth, in destructive ideological movements»")
q("what did rahmon say in his address to the counter-terrorism meeting", "quote", [r"\b2000\b", r"Cent|центр|ATC|АТЦ"], [S4],
  "«noted the validity of the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC and emphasized the Center's significant contribution»")

# --- time (today 2026-11-30) ----------------------------------------------------------------------------
q("How long ago was the interior ministers' meeting in St Petersburg?", "time",
  [AUG12, r"\b1[56]\s*(?:months|мес)|fifteen|пятнадцат|\b(?:1|one)\s+year|\b(?:1|один|одн\w*)\s+год|(?:более|больше)\s+года|over\s+a\s+year|more\s+than\s+a\s+year|\b4[67]\d\s*(?:days|дн)"],
  [S2], "«convened for a meeting in St. Petersburg on 12 August» (2025; about 15½ months before 2026-11-30)")
q("Когда последний раз собирались секретари советов безопасности СНГ?", "time", [NOV5], [S1],
  "«The 13th meeting ... took place in Moscow on November 5, 2025»", absent=NO_DATE)
q("is the 2026-2028 counter-terrorism programme running right now?", "time", [CT_PERIOD], [S1],
  "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»; today 2026-11-30 is inside the period",
  absent=[STARTS_NO])
q("Сколько лет ещё действует концепция военного сотрудничества?", "time", [r"2030", r"\b[34]\b|three|four|тр[иеё]|четыр"], [S1],
  "«the Military Cooperation Concept of the CIS Member States until 2030» (three to four years from 2026-11-30)")
q("when's the next interior ministers council meeting", "time", None, [S2],
  "the sources record only the 12 August 2025 meeting; no next meeting is given", dd=True, absent=NO_DATE)
q("Сколько дней прошло между антитеррористическим совещанием в Москве и публикацией о нём?", "time",
  [r"\b6\b|\bsix\b|шест"], [S4], "dated «16 June, 2025»; «was held in Moscow on June 10, 2025» (6 days)")
q("which was earlier, the St Petersburg interior ministers meeting or the XVIII CT meeting?", "time",
  [r"June|июн|XVIII|counter-?\s?terror|антитеррор"], [S2, S4],
  "XVIII meeting «on June 10, 2025»; interior ministers «on 12 August» 2025", absent=[rf"^[\s\S]{{0,80}}?(?:{SPB})[^.]{{0,40}}(?:earlier|first|раньше|первым)"])
q("v kakom mesyace byli ucheniya sodruzhestvo-antiterror", "time", [rf"{month(10, 2025)}|October|октябр"], [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025»")

# --- lookalike ------------------------------------------------------------------------------------------
q("Где в 2025 году заседал Совет министров обороны СНГ?", "lookalike", None, [S0],
  "the Defense Ministers Council is only listed among the 16 bodies; no meeting of it is described", dd=True)
q("the 13th security secretaries meeting — klemez gave the welcome speech, right?", "lookalike", [TREFILOV], [S1],
  "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»", absent=[STARTS_YES])
q("В Душанбе в ноябре 2025 собирались секретари совбезов?", "lookalike", [MOSCOW], [S1],
  "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»; Dushanbe hosted the October supreme bodies",
  absent=[STARTS_YES])
q("The chair of the Council of Heads of State who addressed the June meeting was Putin?", "lookalike", [RAHMON], [S4],
  "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»", absent=[STARTS_YES])
q("Совет руководителей таможенных служб входит в 16 отраслевых органов?", "lookalike",
  [no(r"Customs|таможен|16|шестнадцат|отраслев|sectoral")], [S0, S4],
  "the 16 sectoral bodies do not include the customs council; it appears only among the 13 CIS bodies at the June meeting",
  absent=[STARTS_YES])
q("На совещании МВД в Питере выступал Трефилов?", "lookalike", [KLEMEZ], [S2],
  "BelTA quotes «Yevgeny Klemez, Director of the Security Cooperation Department»; Trefilov spoke at the 5 November meeting",
  absent=[STARTS_YES])
q("учения антитеррор проходили под москвой?", "lookalike", [TAJ], [S4],
  "«in October 2025 on the territory of the Republic of Tajikistan»", absent=[STARTS_YES])

# --- out_of_scope ---------------------------------------------------------------------------------------
q("What's the weather in Minsk tomorrow?", "out_of_scope", None, [], "weather", decline=True)
q("Кто выиграл чемпионат мира по футболу 2022?", "out_of_scope", None, [], "football", decline=True)
q("How many troops does the CSTO have?", "out_of_scope", None, [S4], "the CSTO is only named as a participant; no figures",
  dd=True)
q("Напиши стихотворение про осень", "out_of_scope", None, [], "a poem", decline=True)
q("kurs dollara k rublyu segodnya", "out_of_scope", None, [], "exchange rate", decline=True)
q("Сколько стоит виза в Узбекистан?", "out_of_scope", None, [], "visa prices", decline=True)
q("Who is NATO's secretary general now?", "out_of_scope", None, [], "NATO is not in the sources", dd=True)

# --- style ----------------------------------------------------------------------------------------------
q(en_layout("где прошло заседание совета мвд в августе"), "style", [SPB], [S2],
  "wrong layout for «где прошло заседание совета мвд в августе»; «in St. Petersburg on 12 August»")
q("hey so my boss needs this asap, no fluff pls — which city hosted the thirteenth security secretaries session?? thx a lot!!",
  "style", [MOSCOW], [S1], "«took place in Moscow on November 5, 2025»")
q("ATC founded?", "style", [r"\b2000\b"], [S4], "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»")
q("kto takoy trefilov", "style", [r"Deputy|заместител|замгенсек"], [S1], "«CIS Deputy Secretary-General Denis Trefilov»")
q("wen was the XVIII antiterorr meating", "style", [JUNE10], [S4], "«was held in Moscow on June 10, 2025»")
q("скока стран было на встрече спецслужб в маскве", "style", [NUM[8]], [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan» (eight)")
q(ru_layout("who spoke at the 13th security secretaries meeting"), "style", [TREFILOV], [S1],
  "wrong layout for «who spoke at the 13th security secretaries meeting»; «Denis Trefilov addressed the participants»")
q("слушай а кагда вообще было питерское заседание мвд, напомни плиз", "style", [AUG12], [S2],
  "«in St. Petersburg on 12 August»")


# --- conversations --------------------------------------------------------------------------------------
T = turn_entry
C: list[dict[str, Any]] = [
    {"id": "p21-c1", "lang": "ru", "turns": [
        T("Расскажи про совещание глав МВД СНГ в Питере", [AUG12]),
        T("кто там выступал от исполкома?", [KLEMEZ]),
        T("а какая у него должность?", [r"Director|директор|руководител|глав", r"Department|департамент|отдел"]),
        T("а Азербайджан там был?", [no(AZE)], [STARTS_YES]),
        T("and at the intelligence chiefs' meeting in Moscow — was Azerbaijan there?", [YES], [STARTS_NO]),
    ], "source": [S2, S3]},
    {"id": "p21-c2", "lang": "en", "turns": [
        T("When did the security secretaries council last meet?", [NOV5]),
        T("who gave the welcome speech?", [TREFILOV]),
        T("what did he say about the SCO?", [r"observer|наблюдател"]),
        T("and which programmes did he mention?", [TERROR, BORDER]),
        T("how long does the border one run?", [r"2030"]),
    ], "source": [S1]},
    {"id": "p21-c3", "lang": "ru", "turns": [
        T("когда было 18-е совещание руководителей антитеррористических подразделений?", [JUNE10]),
        T("где?", [MOSCOW]),
        T("а кто прислал поздравление?", [RAHMON]),
        T("сколько там было международных организаций?", [NUM[3]]),
        T("перечисли их", [CSTO, RATS, EAG]),
    ], "source": [S4]},
    {"id": "p21-c4", "lang": "en", "turns": [
        T("what are the specialised bodies of the CIS in security?", [ATC, BCOC, JOINT_COMMISSION]),
        T("which of them were at the St Petersburg meeting?", [ATC, BCOC]),
        T("and when was the first one set up?", [r"\b2000\b"]),
        T("Who is Dmitry Peskov?", [r"Press\s+Secretary|пресс-секретар"]),
    ], "source": [S0, S2, S4, S3]},
    {"id": "p21-c5", "lang": "ru", "turns": [
        T("skolko vstrech proveli organy SNG v sfere bezopasnosti v 2025", [NUM[20]]),
        T("а сколько самих органов?", [r"\b1[69]\b|шестнадцат|девятнадцат|sixteen|nineteen"]),
        T("а в 2024?", None, NO_DATE, dd=True),
        T("кто их координирует?", [r"Executive\s+Committee|Исполнительн\w+\s+комитет|Исполком|Department|Департамент"]),
    ], "source": [S0]},
    {"id": "p21-c6", "lang": "en", "turns": [
        T("what was decided at the Dushanbe summit in October?", [rf"{CIS_PLUS}|Shanghai|\bSCO\b|\bШОС\b|Observer|наблюдател|{CONCEPT}|Statement|заявлени"]),
        T("what's the joint statement about?", [r"transnational|транснациональн"]),
        T("where will its text be circulated?", [UN]),
        T("did they also sign the controlled delivery treaty there?", None, [STARTS_YES], dd=True,
          note="Klemez said signing was planned; Trefilov's account of Dushanbe does not say it was signed"),
    ], "source": [S1, S2]},
    {"id": "p21-c7", "lang": "ru", "turns": [
        T("Какие угрозы назвал Клемез?", [r"extrem|экстрем|terror|террор", r"drug|narcot|наркот"]),
        T("а про коррупцию?", [CORRUPTION]),
        T("Which year was declared the Year of Peace and Unity in the Fight Against Nazism?", [r"\b2025\b"]),
        T("Сколько стран прислали делегации на встречу спецслужб в Москве?", [NUM[8]]),
    ], "source": [S2, S3]},
    {"id": "p21-c8", "lang": "en", "turns": [
        T("tell me about the meeting of the heads of intelligence services in Moscow", [INTEL]),
        T("who reported it?", [r"TASS|ТАСС|Foreign\s+Intelligence|внешней\s+разведки|\bSVR\b|\bСВР\b"]),
        T("when was it held?", None, [JUNE10, NOV5, AUG12], dd=True),
        T("what did Putin say?", [r"\b80|eightieth|восьмидесят", r"Victor|Побед"]),
        T("and the prosecutor general?", [r"reform|реформ"]),
    ], "source": [S3]},
    {"id": "p21-c9", "lang": "ru", "turns": [
        T("что за учения Содружество-Антитеррор?", [TAJ]),
        T("когда?", [r"October|октябр"]),
        T("а где их обсуждали?", [r"third|трет|\b3\b|XVIII|\b18|June|июн|Moscow|Москв"]),
        T("а кто тогда председательствовал в Совете глав государств?", [RAHMON]),
        T("и какой он страны президент?", [TAJ]),
    ], "source": [S4]},
    {"id": "p21-c10", "lang": "en", "turns": [
        T("what did the interior ministers discuss in St Petersburg?", [r"migration|миграц|road|дорожн|forensic|экспертн|crime\s+prevention|профилактик"]),
        T("была ли там речь о безопасности дорожного движения?", [YES], [STARTS_NO]),
        T("а о беспилотниках?", [no(r"drone|UAV|unmanned|беспилот|БПЛА")], [STARTS_YES]),
        T("and who represented the Executive Committee?", [KLEMEZ]),
    ], "source": [S2]},
    {"id": "p21-c11", "lang": "ru", "turns": [
        T("Какие органы СНГ занимаются миграцией?", [JOINT_COMMISSION, r"Heads\s+of\s+Migration|Migration\s+(?:Bodies|Authorities)|миграционн|органов\s+миграц"]),
        T("а нелегальную миграцию где-нибудь обсуждали?", [rf"{SPB}|Interior|внутренних\s+дел|МВД|June|июн|XVIII|антитеррор|counter-?\s?terror"]),
        T("а на встрече спецслужб в Москве?", [no(r"migration|миграц")], [STARTS_YES]),
        T("ok, who is Peskov?", [r"Press\s+Secretary|пресс-секретар"]),
    ], "source": [S0, S2, S3, S4]},
    {"id": "p21-c12", "lang": "en", "turns": [
        T("eag?", [r"Eurasian|Евразийск"]),
        T("what did it report?", [r"launder|отмыв|легализац|\bAML\b|ПОД", ATC]),
        T("at which meeting?", [r"June|июн|XVIII|\b18(?:th)?\b|counter-?\s?terror|антитеррор"]),
        T("Was Turkmenistan represented there?", [no(TKM)], [STARTS_YES]),
        T("и сколько там было органов СНГ?", [NUM[13]]),
    ], "source": [S4]},
]


if __name__ == "__main__":
    write_probe(HERE / "probe21.yaml", 21, Q, C)
    kinds: dict[str, int] = {}
    for entry in Q:
        kinds[entry["kind"]] = kinds.get(entry["kind"], 0) + 1
    print(kinds)
