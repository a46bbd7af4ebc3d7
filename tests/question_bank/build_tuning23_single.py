"""Writes tuning23_single.yaml: single questions written in session 23 by a fresh reader of the documents.

Written from the five documents in knowledge/seeds/ only, without reading the engine or the other sets'
questions, the way a fresh tester samples the long tail: meetings named by description, two facts at once,
yes/no questions whose honest answer is "no" or "the sources do not say", set operations over the lists,
totals over several lists, relative time from "today" = 2026-11-30, look-alike numbers, cities and years,
and every typing style (Latin-typed Russian, wrong keyboard layout, typos in any word, terse, chatty).

    python tests/question_bank/build_tuning23_single.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from patterns import (
    ALL,
    ARM,
    ATC,
    AVIATION,
    AZE,
    BEL,
    CIS_PLUS,
    CONCEPT,
    CORRUPTION,
    CSTO,
    CUSTOMS,
    DATED_2026,
    DUSHANBE,
    EAG,
    ECOLOGICAL,
    EMERG,
    EXEC,
    EXERCISE,
    FORENSIC,
    FUTURE,
    GEODESY,
    HYDRO,
    INDUSTRIAL,
    IPA,
    JOINT_COMMISSION,
    KAZ,
    KYR,
    MOSCOW,
    NUM,
    PENIT,
    PROSECUTORS,
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
    TAX,
    TKM,
    TRANSPORT,
    TREFILOV,
    UN,
    UZB,
    YES,
    bare,
    case_entry,
    date,
    dump_set,
    en_layout,
    no,
)

PREFIX = "t23single"
CASES: list[dict[str, Any]] = []


def case(
    q: str,
    kind: str,
    expect: list[str] | None,
    src: list[str],
    note: str,
    absent: list[str] | None = None,
    dd: bool = False,
    decline: bool = False,
) -> None:
    case_id = f"{PREFIX}-{len(CASES) + 1:03d}"
    CASES.append(case_entry(case_id, q, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


def yes(q: str, subject: list[str], src: list[str], note: str) -> None:
    case(q, "yes_no", [YES, *subject], src, note, absent=[STARTS_NO])


def nope(q: str, subject: str, src: list[str], note: str, extra: list[str] | None = None, kind: str = "yes_no") -> None:
    case(q, kind, [no(subject), *(extra or [])], src, note, absent=[STARTS_YES])


def unsaid(q: str, kind: str, src: list[str], note: str, absent: list[str] | None = None) -> None:
    case(q, kind, None, src, note, absent=[STARTS_YES, *(absent or [])], dd=True)


# --- yes_no ---------------------------------------------------------------------------------------------
nope(
    "Did Turkmenistan send anyone to the June counter-terrorism meeting in Moscow?",
    TKM,
    [S4],
    "«competent authorities of 9 CIS member-states – Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia,"
    " Tajikistan, Uzbekistan» (Turkmenistan not listed)",
)
yes(
    "Азербайджан участвовал во встрече руководителей спецслужб СНГ в Москве?",
    [AZE],
    [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»",
)
nope(
    "Правда, что ШОС стала наблюдателем при СНГ по решению саммита в Москве?",
    MOSCOW,
    [S1],
    "«the October meetings of the Commonwealth's supreme bodies in Dushanbe … the Summit decided to grant the Shanghai"
    " Cooperation Organization the status of an Observer» (Dushanbe, not Moscow)",
    extra=[DUSHANBE],
)
yes(
    "Did the summer meeting of the police chiefs talk about road safety at all?",
    [r"road|traffic|дорожн"],
    [S2],
    "«The Council discussed … cooperation in the field of road safety» (Interior Ministers Council, 12 August)",
)
yes(
    "Была ли ОДКБ среди участников июньского антитеррористического совещания?",
    [CSTO],
    [S4],
    "«3 international organizations – Collective Security Treaty Organization, …»",
)
nope(
    "Is the Hydrometeorology Council one of the three specialised bodies?",
    r"speciali[sz]ed|специализ",
    [S0],
    "the Interstate Hydrometeorology Council is in the list of 16 sectoral bodies; the 3 specialised are ATC, the Bureau,"
    " the Joint Commission",
)
nope(
    "Trefilov addressed the Security Secretaries in St Petersburg, correct?",
    SPB,
    [S1],
    "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»",
    extra=[MOSCOW],
)
nope(
    "Учения «Содружество-Антитеррор-2025» собирались провести в Казахстане?",
    KAZ,
    [S4],
    "«joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of"
    " Tajikistan»",
    extra=[TAJ],
)
unsaid(
    "Did Rahmon come to the June meeting in Moscow in person?",
    "yes_no",
    [S4],
    "«The plenary session heard a congratulatory address from … Emomali Rahmon»: whether he was there in person is not said",
)
yes(
    "Обсуждали ли министры внутренних дел в Петербурге преступления с использованием ИКТ?",
    [r"ИКТ|ICT|информационн\w*[\s-]+(?:и\s+)?коммуникацион|information\s+and\s+communication|кибер|cyber"],
    [S2],
    "«enhancing informational cooperation in combating crimes committed using information and communication technologies»",
)
nope(
    "Was Russia's delegation among those listed at the intelligence chiefs' meeting in Moscow?",
    RUS,
    [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan"
    " attended» (Russia is not in the list)",
)
unsaid(
    "Утвердили ли в Душанбе программу по борьбе с наркотрафиком?",
    "yes_no",
    [S1],
    "the Dushanbe documents named are the Military Cooperation Concept until 2030 and the programmes on terrorism and"
    " extremism (2026–2028) and on border security (until 2030); no drug programme is recorded",
)

# --- abbreviation ---------------------------------------------------------------------------------------
case(
    "What is the full name of the CIS ATC, and when was it decided to set it up?",
    "abbreviation",
    [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр", r"\b2000\b"],
    [S4],
    "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»; CIS Anti-Terrorism Center (S0)",
)
case(
    "Что означает ЕАГ?",
    "abbreviation",
    [r"Eurasian\s+Group|Евразийск\w+\s+групп"],
    [S4],
    "«Eurasian Group on Combating Money Laundering and Financing of Terrorism … The EAG Secretariat»",
)
case(
    "RATS SCO — what's that?",
    "abbreviation",
    [r"Regional\s+Anti-?\s?Terrorist\s+Structure|Региональн\w+\s+антитеррористическ\w+\s+структур"],
    [S4],
    "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»",
)
case(
    "расшифруй ОДКБ",
    "abbreviation",
    [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"],
    [S4],
    "«Collective Security Treaty Organization»",
)
unsaid(
    "What does FATF stand for?",
    "abbreviation",
    [S4],
    "«international FATF standards» is the only mention; the sources do not expand the abbreviation",
)
case(
    "chto takoe SNG plus?",
    "abbreviation",
    [CIS_PLUS, r"platform|площадк|other\s+states|друг\w+\s+государств|international\s+organi|международн\w+\s+организац"],
    [S1],
    "«the \"Commonwealth of Independent States Plus\" format as a platform for cooperation between CIS Member States and other"
    " states, their associations, and international organizations»",
)
case(
    "BKBOP eto chto",
    "abbreviation",
    [r"Bureau|Бюро", r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн"],
    [S0, S2],
    "«Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes …» (specialised body)",
)
case(
    "СВР — это что такое?",
    "abbreviation",
    [r"Foreign\s+Intelligence|внешней\s+разведки"],
    [S3],
    "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda …»",
)

# --- topic ----------------------------------------------------------------------------------------------
case(
    "Who in the CIS deals with earthquakes and floods?",
    "topic",
    [EMERG],
    [S0],
    "«CIS Interstate Council for Emergency Situations of Natural and Technogenic Character»",
)
case(
    "Какой орган СНГ занимается тюрьмами?",
    "topic",
    [PENIT],
    [S0],
    "«CIS Heads of Penitentiary Services Council»",
)
case(
    "which cis body handles weather forecasts?",
    "topic",
    [HYDRO],
    [S0],
    "«CIS Interstate Hydrometeorology Council»",
)
case(
    "kakoy organ SNG zanimaetsya kartami i geodeziey",
    "topic",
    [GEODESY],
    [S0],
    "«CIS Interstate Council on Geodesy, Cartography, Cadastre and Remote Sensing of the Earth»",
)
case(
    "Кто в СНГ отвечает за борьбу с отмыванием денег?",
    "topic",
    [r"Financial\s+Intelligence|финансов\w+\s+разведк|Eurasian\s+Group|Евразийск\w+\s+групп|\bEAG\b|\bЕАГ\b"],
    [S0, S4],
    "«CIS Heads of Financial Intelligence Council»; the EAG works with the ATC on «national anti-money laundering systems»",
)
case(
    "I'm worried about accidents at chemical plants — which CIS council covers that?",
    "topic",
    [rf"{INDUSTRIAL}|{EMERG}"],
    [S0],
    "«CIS Interstate Council for Industrial Safety» (or the one for Emergency Situations of … Technogenic Character)",
)
case(
    "Кто занимается налоговыми преступлениями в рамках СНГ?",
    "topic",
    [TAX],
    [S0],
    "«CIS Coordination Council of Heads of Tax (Financial) Investigation Bodies»",
)
case(
    "which body is about pollution and the environment?",
    "topic",
    [ECOLOGICAL],
    [S0],
    "«CIS Interstate Ecological Council»",
)
case(
    "Кто в СНГ координирует работу судебных экспертов?",
    "topic",
    [FORENSIC],
    [S0],
    "«CIS Coordination Council in the Sphere of Forensic Expert Activity»",
)
case(
    "who fights bribery in the CIS?",
    "topic",
    [CORRUPTION],
    [S0],
    "«CIS Interstate Council for Countering Corruption»",
)

# --- attribute ------------------------------------------------------------------------------------------
case(
    "When and where did the interior ministers' council meet?",
    "attribute",
    [date(12, 8, 2025), SPB],
    [S2],
    "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August» (BelTA, 13 August 2025)",
)
case(
    "Кто такой Клемез и где он работает?",
    "attribute",
    [r"Director|директор", r"Executive\s+Committee|Исполнительн\w+\s+комитет|Исполком"],
    [S2],
    "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»",
)
case(
    "Which news agency covered the St Petersburg one, and from which city did it file?",
    "attribute",
    [r"BelTA|БелТА", r"Minsk|Минск"],
    [S2],
    "«MINSK, 13 August (BelTA)»",
)
case(
    "Когда Трефилов выступал перед секретарями советов безопасности и в какой должности?",
    "attribute",
    [date(5, 11, 2025), r"Deputy\s+Secretary|заместител\w*\s+Генеральн"],
    [S1],
    "«took place in Moscow on November 5, 2025. CIS Deputy Secretary-General Denis Trefilov addressed the participants»",
)
case(
    "Until when does the border security programme run?",
    "attribute",
    [r"\b2030\b"],
    [S1],
    "«Programmes for Cooperation … in Strengthening Border Security on the External Borders until 2030»",
)
case(
    "О чём была третья сессия июньского совещания в Москве?",
    "attribute",
    [EXERCISE],
    [S4],
    "«The third session discussed the organization of a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\"»",
)
case(
    "Кто выступил с поздравительным обращением на пленарном заседании XVIII совещания и какой у него пост?",
    "attribute",
    [RAHMON, r"President|Президент|Chair|Председател"],
    [S4],
    "«a congratulatory address from the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan"
    " Emomali Rahmon»",
)
case(
    "Which department of the Executive Committee do the security bodies work with?",
    "attribute",
    [r"Security\s+Sphere|Security\s+Cooperation|сфере\s+безопасности|сотрудничеств\w+\s+в\s+области\s+безопасности"],
    [S0],
    "«in close interaction with the CIS Executive Committee (Department for Cooperation in the Security Sphere)»",
)
case(
    "Что собираются сделать с текстом совместного заявления о борьбе с транснациональной преступностью?",
    "attribute",
    [UN],
    [S1],
    "«The text of the statement is planned to be distributed at the United Nations and other international organizations»",
)
case(
    "the military cooperation concept - valid till when, and where was it approved?",
    "attribute",
    [r"\b2030\b", DUSHANBE],
    [S1],
    "«the Military Cooperation Concept of the CIS Member States until 2030 was approved» among the outcomes of «the October"
    " meetings of the Commonwealth's supreme bodies in Dushanbe»",
)
case(
    "Which source says 20 meetings were held in 2025, and what date does it carry?",
    "attribute",
    [r"2\s+March|2\s+марта|March\s+2\b|02\.03", EXEC],
    [S0],
    "the Executive Committee's report dated «2 March»: «In 2025, 20 meetings were held»",
)
unsaid(
    "Когда опубликована статья о встрече руководителей спецслужб в Москве?",
    "attribute",
    [S3],
    "the article on the heads of security and intelligence services in Moscow carries no date",
)

# --- list -----------------------------------------------------------------------------------------------
case(
    "Which states attended both the St Petersburg meeting and the intelligence chiefs' meeting in Moscow?",
    "list",
    [ARM, BEL, KAZ, KYR, TAJ, TKM, UZB],
    [S2, S3],
    "St Petersburg: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Uzbekistan; intelligence"
    " chiefs: Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan; both: seven",
    absent=[bare(AZE)],
)
case(
    "Какие страны были на июньском антитеррористическом совещании, но не были на встрече МВД в Петербурге?",
    "list",
    [AZE],
    [S2, S4],
    "June (S4): Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan; St Petersburg"
    " (S2) has all of them but Azerbaijan",
    absent=[bare(ARM), bare(BEL)],
)
case(
    "Which international organisations took part in the XVIII meeting?",
    "list",
    [CSTO, RATS, EAG],
    [S4],
    "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the"
    " Shanghai Cooperation Organization, Eurasian Group on Combating Money Laundering and Financing of Terrorism»",
)
case(
    "Перечисли специализированные органы СНГ в сфере безопасности",
    "list",
    [ATC, r"Bureau|Бюро", JOINT_COMMISSION],
    [S0],
    "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination of Combating Organized Crime …; Joint"
    " Commission …»",
)
case(
    "Which of the sectoral bodies are called a Coordination Council?",
    "list",
    [PROSECUTORS, TAX, FORENSIC],
    [S0],
    "«CIS Coordination Council of Prosecutors General; … of Heads of Tax (Financial) Investigation Bodies; … in the Sphere"
    " of Forensic Expert Activity»",
    absent=[bare(CORRUPTION), bare(HYDRO)],
)
case(
    "Какие документы утвердили в Душанбе в октябре?",
    "list",
    [CONCEPT, r"terror|террор", r"[Bb]order|границ"],
    [S1],
    "«the Military Cooperation Concept … until 2030 was approved, along with the Programmes for Cooperation in Countering"
    " Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»",
)
case(
    "What threats did Klemez name in St Petersburg apart from illegal migration?",
    "list",
    [r"drug|narcot|наркот", r"weapon|оружи", r"cyber|кибер"],
    [S2],
    "«extremist movements … narcotics production and … drug trafficking … weapons smuggling and … cybercrime … money"
    " laundering and corruption»",
)
case(
    "Which of the CIS bodies at the June meeting are not among the 16 sectoral bodies?",
    "list",
    [EXEC, IPA, CUSTOMS, TRANSPORT, AVIATION],
    [S0, S4],
    "S4's 13 bodies minus S0's sectoral list: Executive Committee, Council of the Interparliamentary Assembly, Council of"
    " Heads of Customs Services, Coordinating Transport Conference, Interstate Aviation Committee, Anti-Terrorism Center"
    " (specialised)",
)
case(
    "kakie temy obsuzhdali na vstreche glav specsluzhb v Moskve",
    "list",
    [r"terror|террор", r"cyber|кибер", r"border|границ|погранич"],
    [S3],
    "«Delegates investigated how to sharpen joint capabilities in counterterrorism, cyber defense, border security, and"
    " cross-border criminal networks»",
)

# --- count ----------------------------------------------------------------------------------------------
case(
    "How many sectoral and specialised bodies are there altogether?",
    "count",
    [NUM[19]],
    [S0],
    "«16 sectoral cooperation bodies … and 3 specialized bodies»: 19",
)
case(
    "Сколько государств было представлено на заседании СМВД в Петербурге?",
    "count",
    [NUM[8]],
    [S2],
    "«representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»",
)
case(
    "How many CIS bodies had their working structures at the XVIII meeting?",
    "count",
    [NUM[13]],
    [S4],
    "«working structures of 13 CIS bodies»",
)
case(
    "skolko vsego organizatsiy bylo na iyunskom soveshchanii, bazovyh i mezhdunarodnyh vmeste?",
    "count",
    [NUM[7]],
    [S4],
    "«4 basic organizations … 3 international organizations»: 7",
)
case(
    "Сколько всего заседаний провели органы сотрудничества в 2025 году?",
    "count",
    [NUM[20]],
    [S0],
    "«In 2025, 20 meetings were held»",
)
case(
    "How many cooperation programmes were approved in Dushanbe?",
    "count",
    [NUM[2]],
    [S1],
    "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border"
    " Security on the External Borders until 2030»",
)
case(
    "Сколько стран на самом деле перечислено в сообщении об июньском совещании?",
    "count",
    [NUM[8]],
    [S4],
    "«competent authorities of 9 CIS member-states» but only eight are named (no Turkmenistan)",
)
case(
    "How many sessions did the XVIII meeting have in total, counting the plenary?",
    "count",
    [NUM[5]],
    [S4],
    "«The meeting included a plenary session and 4 specialized sessions»: 5",
)
case(
    "Сколько разных государств в сумме было на встрече МВД в Питере и на встрече спецслужб в Москве?",
    "count",
    [NUM[9]],
    [S2, S3],
    "union of the two lists: Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan,"
    " Uzbekistan = 9",
)

# --- quote ----------------------------------------------------------------------------------------------
case(
    "What exactly did Trefilov say about the CIS Plus format?",
    "quote",
    [CIS_PLUS, r"platform|площадк"],
    [S1],
    "«our countries' leaders established the \"Commonwealth of Independent States Plus\" format as a platform for"
    " cooperation»",
)
case(
    "Что Клемез сказал о символичности Петербурга?",
    "quote",
    [r"suffer|страдан|лишени", r"\b80|восьмидесят"],
    [S2],
    "«a city that endured immense suffering during the war, in the year of the 80th anniversary of Victory»",
)
case(
    "Quote Klemez on threats of a criminal nature",
    "quote",
    [r"intertwined|interrelated|взаимосвяз|переплет"],
    [S2],
    "«It is obvious that challenges and threats of a criminal nature are intertwined and interrelated»",
)
case(
    "Что Трефилов сказал про ежегодные встречи?",
    "quote",
    [r"assess|оцен", r"vector|вектор|направлени"],
    [S1],
    "«the annual meetings make it possible to assess the results of cooperation … and determine the vectors for"
    " interaction in the near future»",
)
case(
    "What did Peskov say about the CIS?",
    "quote",
    [r"potential|потенциал", r"turbulent|турбулент|непрост|бурн"],
    [S3],
    "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with"
    " greater confidence»",
)
case(
    "chto govoril Putin",
    "quote",
    [r"\b80|восьмидесят", r"Victory|victory|Побед|побед"],
    [S3],
    "«next year the CIS countries will jointly celebrate the 80th anniversary of the victory in the Great Patriotic War»",
)
case(
    "What did Klemez say about historical memory?",
    "quote",
    [r"rewrite|переписа", r"memory|памят"],
    [S2],
    "«preserving the historical memory, countering attempts to rewrite history»",
)
case(
    "На что Трефилов надеется в отношении молодёжи?",
    "quote",
    [r"destructive|деструктивн", r"ideolog|идеолог"],
    [S1],
    "«reducing the involvement of our countries' populations, especially youth, in destructive ideological movements»",
)
case(
    "What did Russia's Prosecutor General suggest for the CIS Council of Prosecutors?",
    "quote",
    [r"reform|реформ"],
    [S3],
    "«the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»",
)

# --- time -----------------------------------------------------------------------------------------------
case(
    "How long ago was the St Petersburg meeting?",
    "time",
    [
        r"\b475\b|\b1\s+(?:year|год)|\bone\s+year|\bодин\s+год|15\s+(?:months|месяц)|(?:over|more\s+than)\s+a\s+year"
        r"|(?:больше|более)\s+года|год\s+и\s+\d|year\s+and\s+\d"
    ],
    [S2],
    "12 August 2025 to 30 November 2026: 475 days, a year and about 3.5 months",
)
case(
    "Какая встреча из упомянутых в источниках была самой последней?",
    "time",
    [date(5, 11, 2025)],
    [S1],
    "the latest dated meeting is the 13th meeting of the Security Secretaries Council, Moscow, 5 November 2025",
)
unsaid(
    "Were there any meetings this year?",
    "time",
    ALL,
    "today is 2026-11-30; no meeting dated 2026 is recorded (the latest is 5 November 2025)",
)
case(
    "Сколько дней прошло между антитеррористическим совещанием в Москве и заседанием МВД в Петербурге?",
    "time",
    [r"\b63\b|шестьдесят\s+тр|sixty-three"],
    [S2, S4],
    "10 June 2025 to 12 August 2025: 63 days",
)
unsaid(
    "When is the next meeting of the Security Secretaries Council?",
    "time",
    [S1],
    "the meetings are «annual»; no date of the next one is given",
    absent=[FUTURE, DATED_2026],
)
case(
    "skolko let ostalos do kontsa programmy po borbe s terrorizmom?",
    "time",
    [r"\b2\b|\btwo\b|\bдва\b|\bдвух\b|\bdva\b"],
    [S1],
    "the programme is «for 2026–2028»: from 30 November 2026 about two years (2027 and 2028) remain",
)
case(
    "Was the Commonwealth-Antiterror-2025 exercise before or after the St Petersburg meeting?",
    "time",
    [r"after|после|позже|later"],
    [S2, S4],
    "the exercise was planned for «October 2025»; the Interior Ministers met on 12 August 2025",
    absent=[r"^\W*(?:before|до|раньше)\b"],
)
case(
    "что было в прошлом году в августе?",
    "time",
    [rf"{SPB}|Interior|внутренних\s+дел|СМВД"],
    [S2],
    "last year is 2025: «The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»",
)
case(
    "Сколько месяцев назад было 13-е заседание Совета секретарей советов безопасности?",
    "time",
    [r"\b12\b|двенадцат|twelve|\b1\s+(?:year|год)|\bодин\s+год|\bгод\s+назад|(?:больше|более|over|more\s+than)\s+(?:a\s+)?(?:year|года)|\b390\b"],
    [S1],
    "5 November 2025 to 30 November 2026: 12 months and 25 days",
)
case(
    "Which of the dated meetings of 2025 came earliest?",
    "time",
    [date(10, 6, 2025)],
    [S1, S2, S4],
    "XVIII counter-terrorism meeting, 10 June 2025, before 12 August (St Petersburg), October (Dushanbe), 5 November",
)

# --- lookalike ------------------------------------------------------------------------------------------
unsaid(
    "What was decided at the 12th meeting of the Security Secretaries Council?",
    "lookalike",
    [S1],
    "only the 13th meeting (Moscow, 5 November 2025) is recorded",
)
unsaid(
    "Когда проходило XVII совещание руководителей антитеррористических подразделений?",
    "lookalike",
    [S4],
    "only the XVIII meeting (Moscow, 10 June 2025) is recorded",
)
case(
    "What did the interior ministers discuss at their Minsk meeting?",
    "lookalike",
    [SPB],
    [S2],
    "the Interior Ministers met «in St. Petersburg on 12 August»; Minsk is only the dateline of the BelTA report",
)
unsaid(
    "Что принял Совет министров обороны СНГ в 2025 году?",
    "lookalike",
    [S0],
    "the CIS Defense Ministers Council is only listed among the sectoral bodies; nothing it adopted is recorded",
)
unsaid(
    "Tell me about the Commonwealth-Antiterror-2024 exercise",
    "lookalike",
    [S4],
    "only «Commonwealth-Antiterror - 2025» (October 2025, Tajikistan) is recorded",
)
unsaid(
    "When was the treaty on international controlled delivery operations signed?",
    "lookalike",
    [S2],
    "as of August 2025 it was only planned: «Plans are in place … to sign the treaty on international controlled delivery"
    " operations»; no signing is recorded",
    absent=[r"\bwas\s+signed\s+(?:on|in)\b|\bподписан\w*\s+\d"],
)
unsaid(
    "Что входит в программу по противодействию терроризму на 2023–2025 годы?",
    "lookalike",
    [S1],
    "only the programme «for 2026–2028» is recorded",
)
unsaid(
    "What did the Heads of Migration Bodies Council decide in Bishkek?",
    "lookalike",
    [S0],
    "the council is only listed; no meeting in Bishkek is recorded",
)
unsaid(
    "Было ли 14-е заседание секретарей советов безопасности в 2026 году?",
    "lookalike",
    [S1],
    "only the 13th meeting (5 November 2025) is recorded",
)
unsaid(
    "Who chaired the 13th meeting of the Security Secretaries Council?",
    "lookalike",
    [S1],
    "the chair is not named; Trefilov only gave «a welcoming speech»",
)

# --- out_of_scope ---------------------------------------------------------------------------------------
case("What's the weather in Moscow tomorrow?", "out_of_scope", None, ALL, "not in the documents", decline=True)
case("Кто выиграл чемпионат мира по футболу 2022 года?", "out_of_scope", None, ALL, "not in the documents", decline=True)
case("What is NATO's annual budget?", "out_of_scope", None, ALL, "not in the documents", decline=True)
case("Напиши стихотворение про осень", "out_of_scope", None, ALL, "not in the documents", decline=True)
case("How do I apply for Russian citizenship?", "out_of_scope", None, ALL, "not in the documents", decline=True)
case("Какая столица у Казахстана?", "out_of_scope", None, ALL, "not in the documents", decline=True)
case("kurs dollara na segodnya", "out_of_scope", None, ALL, "not in the documents", decline=True)
unsaid(
    "Who is the Secretary General of the CIS?",
    "out_of_scope",
    [S1],
    "only the Deputy Secretary-General, Denis Trefilov, is named",
    absent=[rf"(?:{TREFILOV})\W+(?:is|—|-|является)\s+(?:the\s+)?(?:CIS\s+)?(?:Secretary|Генеральн)"],
)

# --- style ----------------------------------------------------------------------------------------------
case(
    "klemez kto",
    "style",
    [r"Director|директор"],
    [S2],
    "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»",
)
case(
    en_layout("где прошло заседание мвд в августе"),
    "style",
    [SPB],
    [S2],
    "wrong layout for «где прошло заседание мвд в августе»: «in St. Petersburg on 12 August»",
)
case(
    "wen was teh dushanbe thingy",
    "style",
    [r"October|октябр"],
    [S1],
    "«the October meetings of the Commonwealth's supreme bodies in Dushanbe» (reported 5 November 2025)",
)
case(
    "Добрый вечер! Я студентка, пишу курсовую про сотрудничество СНГ в сфере безопасности. Подскажите, пожалуйста,"
    " сколько всего отраслевых органов работает в этой сфере? Заранее огромное спасибо!",
    "style",
    [NUM[16]],
    [S0],
    "«16 sectoral cooperation bodies operate in the security sphere»",
)
case(
    "skolko stran bylo v pitere",
    "style",
    [NUM[8]],
    [S2],
    "eight states at the Interior Ministers Council in St Petersburg",
)
case(
    "kagda bylo 18e soveshanie po terrorizmu",
    "style",
    [date(10, 6, 2025)],
    [S4],
    "«The XVIII Meeting … was held in Moscow on June 10, 2025»",
)
case(
    en_layout("кто такой трефилов"),
    "style",
    [r"Deputy|заместител"],
    [S1],
    "wrong layout for «кто такой трефилов»: «CIS Deputy Secretary-General Denis Trefilov»",
)
case(
    "hey so which intl orgs were at the june antiterror meeting?? need it fast",
    "style",
    [CSTO, RATS, EAG],
    [S4],
    "«3 international organizations – CSTO, RATS SCO, EAG»",
)
case(
    "Шо там по ШОС порешали?",
    "style",
    [r"observer|наблюдател"],
    [S1],
    "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»",
)
case(
    "skolko specializirovanyh organov v SNG?",
    "style",
    [NUM[3]],
    [S0],
    "«and 3 specialized bodies»",
)


# --- second batch (written during the session; 2/17 on the start code): variants of the
# first batch's failures over other entries; notes start with the family -------------------------------
case(
    "How many specialised bodies operate in this sphere?",
    "count",
    [NUM[3]],
    [S0],
    "demonstrative: «and 3 specialized bodies»; «this sphere» is the security sphere, not the Forensic council's name",
)
case(
    "Сколько отраслевых органов действует в этой сфере?",
    "count",
    [NUM[16]],
    [S0],
    "demonstrative: «16 sectoral cooperation bodies operate in the security sphere»",
)
case(
    "skolko otraslevyh organov v etoy sfere",
    "count",
    [NUM[16]],
    [S0],
    "demonstrative: «16 sectoral cooperation bodies»",
)
case(
    "How many different states in total attended the St Petersburg meeting and the intelligence chiefs' meeting?",
    "count",
    [NUM[9]],
    [S2, S3],
    "union: the two lists together name all nine states",
)
case(
    "Сколько всего стран участвовало хотя бы в одной из встреч: СМВД и XVIII совещание?",
    "count",
    [NUM[9]],
    [S2, S4],
    "union: St Petersburg (8, with Turkmenistan) and June (8, with Azerbaijan): nine in all",
)
case(
    "skolko vsego raznyh stran bylo na soveshchanii MVD i na vstreche spetssluzhb vmeste",
    "count",
    [NUM[9]],
    [S2, S3],
    "union: nine states on the two lists together",
)
yes(
    "Обсуждали ли главы полиции на летней встрече безопасность дорожного движения?",
    [r"road|traffic|дорожн"],
    [S2],
    "police-chiefs: «cooperation in the field of road safety» (Interior Ministers Council, 12 August)",
)
yes(
    "Did the summer meeting of the interior ministers discuss illegal migration?",
    [r"migration|миграц"],
    [S2],
    "season-topic: «The Council discussed topical problems in the fight against illegal migration»",
)
yes(
    "Did the autumn meeting of the security secretaries discuss humanitarian cooperation?",
    [r"humanitarian|гуманитарн"],
    [S1],
    "season-topic: «The agenda of today's meeting includes consideration of the development of humanitarian and"
    " educational cooperation» (5 November)",
)
case(
    "Где проходило совещание руководителей полиции СНГ?",
    "attribute",
    [SPB],
    [S2],
    "police-chiefs: the interior ministers met «in St. Petersburg on 12 August»",
    absent=[bare(MOSCOW)],
)
case(
    "Когда встречались главы милиции СНГ?",
    "time",
    [date(12, 8, 2025)],
    [S2],
    "police-chiefs: «The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»",
)
case(
    "О чём была вторая сессия совещания в Москве?",
    "attribute",
    [r"international|международн"],
    [S4],
    "session-ordinal: «During the second session on international counter-terrorism cooperation»",
)
case(
    "when was the dushanbe thingy",
    "style",
    [r"October|октябр"],
    [S1],
    "vague-event: «the October meetings of the Commonwealth's supreme bodies in Dushanbe»",
)
case(
    "когда была эта штука в Душанбе",
    "style",
    [r"October|октябр"],
    [S1],
    "vague-event: «the October meetings … in Dushanbe»",
)
case(
    "I'm worried about floods — which CIS body deals with that?",
    "topic",
    [EMERG],
    [S0],
    "worry-opening: «CIS Interstate Council for Emergency Situations of Natural and Technogenic Character»",
)
case(
    "I'm really concerned about earthquakes - who in the CIS handles that?",
    "topic",
    [EMERG],
    [S0],
    "worry-opening: the Interstate Council for Emergency Situations",
)
case(
    "I'm interested in prisons - which CIS council deals with them?",
    "topic",
    [PENIT],
    [S0],
    "worry-opening: «CIS Heads of Penitentiary Services Council»",
)


# --- third batch (written during the session; 0/8 on the start code) -----------------------------------
case(
    "How many years are left until the end of the counter-terrorism programme?",
    "time",
    [r"\b2\b|\btwo\b|\bдва\b|\bдвух\b"],
    [S1],
    "until-the-end: the programme is «for 2026–2028»; from 30 November 2026 about two years remain",
    absent=[r"\b4\s+years|\bfour\s+years|Border"],
)
case(
    "skolko let ostalos do konca programmy po protivodeystviyu terrorizmu?",
    "time",
    [r"\b2\b|\btwo\b|\bдва\b|\bдвух\b"],
    [S1],
    "until-the-end: «for 2026–2028»",
)
case(
    "Учения Содружество-Антитеррор-2025 были до или после заседания СМВД?",
    "time",
    [r"after|после|позже|later"],
    [S2, S4],
    "before-after: the exercise was planned for «October 2025»; the Interior Ministers met on 12 August 2025",
)
case(
    "Was the Commonwealth-Antiterror exercise before or after the Security Secretaries' meeting?",
    "time",
    [r"before|до|раньше|earlier"],
    [S1, S4],
    "before-after: the exercise «in October 2025»; the Security Secretaries met on 5 November 2025",
)
case(
    "What threats did Klemez name in St Petersburg apart from migration?",
    "list",
    [r"drug|narcot|наркот", r"weapon|оружи"],
    [S2],
    "apart-from: «narcotics production … drug trafficking … weapons smuggling … cybercrime»",
)
case(
    "Apart from illegal migration, what threats did Klemez name in St Petersburg?",
    "list",
    [r"drug|narcot|наркот", r"cyber|кибер"],
    [S2],
    "apart-from: «weapons smuggling and the escalating scale of cybercrime»",
)

case(
    "что порешали насчёт ШОС?",
    "style",
    [r"observer|наблюдател"],
    [S1],
    "poreshali: «the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»",
)
case(
    "chto poreshali v Dushanbe?",
    "style",
    [r"observer|наблюдател|CIS\s*(?:Plus|\+)|СНГ\s*(?:плюс|\+)|Concept|Концепци"],
    [S1],
    "poreshali: the Dushanbe decisions (CIS Plus, the SCO as observer, the Concept, the two programmes)",
)


def main() -> None:
    out = Path(__file__).resolve().parent / "tuning23_single.yaml"
    header = (
        "# Tuning set 23 (single questions): a tuning set written in session 23 by a fresh reader of the documents,\n"
        "# from the five documents in knowledge/seeds/ only (`source` names them; `note` quotes the supporting sentence),\n"
        "# without reading the engine or the other sets' questions; \"today\" is 2026-11-30. Same fields and judging\n"
        "# rules as tuning.yaml (see README.md). Generated by build_tuning23_single.py.\n"
    )
    out.write_text(header + dump_set({"questions": CASES}), encoding="utf-8")
    cyrillic = sum(1 for entry in CASES if any("а" <= ch.lower() <= "я" for ch in entry["q"]))
    print(f"{out.stem}: {len(CASES)} questions ({cyrillic} in Cyrillic)")


if __name__ == "__main__":
    main()
