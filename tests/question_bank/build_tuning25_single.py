"""Writes tuning25_single.yaml: single questions written in session 25 (helper t25-single) by a fresh reader of the
five documents in knowledge/seeds/ only, without reading the engine or the other question sets.

Eleven kinds, over 45 % Russian (Cyrillic, Latin-typed, wrong keyboard layout), weighted towards yes/no asserted by
the user ("правда, что …?", "… right?") whose honest answer is yes, no or "not said", abbreviations asked inside a
chatty frame, and questions typed in Latin letters or on the wrong layout; meetings named by description, two facts
at once, set operations and totals over several lists, relative time (today = 2026-11-30) and look-alikes.

    python tests/question_bank/build_tuning25_single.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from patterns import (
    ARM,
    ATC,
    AVIATION,
    AZE,
    BCOC,
    BEL,
    CIS_PLUS,
    CONCEPT,
    CORRUPTION,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    DATED_2026,
    DUSHANBE,
    EAG,
    ECOLOGICAL,
    EMERG,
    EXEC,
    EXERCISE,
    FIU,
    FORENSIC,
    FUTURE,
    GEODESY,
    HYDRO,
    INDUSTRIAL,
    INTERIOR,
    IPA,
    JOINT_COMMISSION,
    KAZ,
    KLEMEZ,
    KYR,
    MOSCOW,
    NUM,
    PENIT,
    RAHMON,
    RATS,
    RUS,
    S0,
    S1,
    S2,
    S3,
    S4,
    SCO,
    SECSEC,
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
    XVIII,
    YES,
    bare,
    case_entry,
    date,
    dump_set,
    en_layout,
    month,
    no,
)

# "the sources do not say" in a few words, for questions whose honest answer is either a plain No or that
_UNSAID = (
    r"(?:do|does|did)\s*(?:not|n't)\s+(?:say|mention|record|name|list|state|specify|show|indicate)"
    r"|not\s+(?:recorded|mentioned|named|listed|stated|specified|among)"
    r"|не\s+(?:сообща|указ|упомина|назван|перечисл|говорится|приводится|значится|отмечен|входит|был)"
    r"|нет\s+(?:сведений|данных|информации|упоминани)"
)


def no_or_unsaid(subject: str) -> str:
    """An honest No about the subject, or "the sources do not say" within the first 300 characters."""
    return rf"(?:{no(subject)}|^[\s\S]{{0,300}}?(?:{_UNSAID}))"


CASES: list[dict[str, Any]] = []


def add(kind: str, q: str, expect: list[str] | None, src: list[str], note: str, absent: list[str] | None = None,
        dd: bool = False, decline: bool = False) -> None:
    case_id = f"t25single-{len(CASES) + 1:03d}"
    CASES.append(case_entry(case_id, q, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


def yes(q: str, subject: str | None, src: list[str], note: str, extra: list[str] | None = None,
        kind: str = "yes_no") -> None:
    add(kind, q, [YES] + ([subject] if subject else []) + (extra or []), src, note, absent=[STARTS_NO])


def nope(q: str, subject: str, src: list[str], note: str, extra: list[str] | None = None, kind: str = "yes_no") -> None:
    add(kind, q, [no(subject), *(extra or [])], src, note, absent=[STARTS_YES])


def unsaid(q: str, src: list[str], note: str, kind: str = "yes_no", absent: list[str] | None = None) -> None:
    add(kind, q, None, src, note, absent=[STARTS_YES, *(absent or [])], dd=True)


def no_or_not_said(q: str, subject: str, src: list[str], note: str, kind: str = "yes_no") -> None:
    add(kind, q, [no_or_unsaid(subject)], src, note, absent=[STARTS_YES])


# --- yes/no -----------------------------------------------------------------------------------------------------
yes("Is it true that the SCO got observer status in the CIS at the Dushanbe summit?", r"observer|наблюдател", [S1],
    "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»")
nope("Правда, что секретари советов безопасности в прошлом году собирались в Душанбе?", DUSHANBE, [S1],
     "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»", [MOSCOW])
nope("The interior ministers met in Minsk back in August, right?", r"Minsk|Минск", [S2],
     "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»; Minsk is BelTA's dateline",
     [SPB])
nope("Верно, что программа сотрудничества в противодействии терроризму и экстремизму рассчитана до 2030 года?", r"2030",
     [S1], "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»; until 2030 is the border one",
     [CT_PERIOD])
yes("Did Turkmenistan send anyone to the St Petersburg meeting of interior ministers?", TKM, [S2],
    "«bringing together representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»")
yes("Был ли Азербайджан на встрече руководителей спецслужб в Москве?", AZE, [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, … attended the meeting» (and Azerbaijan is also on the XVIII list)")
nope("Was Russia among the delegations listed for the Moscow meeting of intelligence chiefs that TASS reported?", RUS, [S3],
     "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan» — Russia is not listed")
no_or_not_said("Правда ли, что Трефилов выступал на совещании МВД в Питере?", TREFILOV, [S1, S2],
               "Trefilov addressed the 13th Security Secretaries meeting in Moscow; the St Petersburg article quotes Klemez only")
yes("Is it true that the heads of state adopted a joint statement on fighting transnational crime?",
    r"transnational|транснациональн", [S1], "«The Heads of State also adopted a Joint Statement on Cooperation in Combating Transnational Crime»")
yes("Правда, что текст совместного заявления собираются распространить в ООН?", UN, [S1],
    "«The text of the statement is planned to be distributed at the United Nations and other international organizations»")
unsaid("Договор о международных контролируемых поставках подписали в Душанбе, верно?", [S1, S2],
       "S2: «Plans are in place … to sign the treaty on international controlled delivery operations»; S1 does not say it was signed")
yes("did the interior ministers talk about road safety in st petersburg", r"road|traffic|дорожн", [S2],
    "«cooperation in the field of road safety»")
yes("Is it true the ATC was created by a decision taken back in 2000?", r"2000", [S4],
    "«the validity of the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»")
no_or_not_said("Правда, что Рахмон лично приехал на XVIII совещание в Москву?", RAHMON + r"|лично|in\s+person", [S4],
               "«The plenary session heard a congratulatory address from … Emomali Rahmon» — his presence is not recorded")
yes("Верно ли, что за 2025 год органы провели 20 заседаний?", NUM[20], [S0], "«In 2025, 20 meetings were held.»")
nope("So there are 15 sectoral bodies in the security sphere, correct?", r"\b15\b|fifteen", [S0],
     "«16 sectoral cooperation bodies operate in the security sphere»", [NUM[16]])
nope("Правда, что Клемез — заместитель генсека СНГ?", KLEMEZ + r"|заместител|Deputy", [S1, S2],
     "Klemez is «Director of the Security Cooperation Department at the CIS Executive Committee»; Trefilov is the Deputy Secretary-General",
     [r"Director|директор|Department|департамент"])
yes("Was cybercrime among the threats Klemez pointed to?", r"cyber|кибер", [S2],
    "«Significant concerns include weapons smuggling and the escalating scale of cybercrime.»")
yes("Did the 13th meeting's agenda include humanitarian and educational cooperation?", r"humanitarian|гуманитарн", [S1],
    "«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation»")
nope("Правда ли, что учения «Содружество-Антитеррор – 2025» планировали провести в Кыргызстане?", KYR, [S4],
     "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»", [TAJ])
yes("The Eurasian Group reported on its work with the ATC at the June meeting, didn't it?", ATC + r"|антитеррор|Anti-?Terror",
    [S4], "«The EAG Secretariat reported on its joint work with the CIS ATC»")
yes("Is it true that Peskov said cooperation within the CIS holds deep potential?", r"potential|потенциал", [S3],
    "«Dmitry Peskov, in an October statement, asserted that cooperation within the CIS holds deep potential»")
yes("Правда, что концепцию военного сотрудничества до 2030 года утвердили?", r"2030", [S1],
    "«the Military Cooperation Concept of the CIS Member States until 2030 was approved»")
no_or_not_said("Was the Joint Commission on illegal migration represented at the St Petersburg meeting?", JOINT_COMMISSION
               + r"|Joint|Commission|комисси", [S2],
               "only «the CIS Anti-Terrorism Center and the Bureau for Coordinating the Fight Against Organized Crime» are named besides the states")
yes("pravda chto SHOS stala nablyudatelem v SNG?", r"observer|наблюдател", [S1],
    "Latin-typed Russian; «grant the Shanghai Cooperation Organization the status of an Observer»")
yes("Правда, что совещание МВД в Петербурге прошло в год 80-летия Победы?", r"80", [S2],
    "«in the year of the 80th anniversary of Victory in the Great Patriotic War»")
unsaid("Did Putin attend the Security Secretaries meeting in November?", [S1, S3],
       "S1 names only Trefilov as a speaker; Putin appears only in S3, about the 80th anniversary")
yes("Обсуждали ли на июньском совещании беспилотники?", r"unmanned|беспилот|UAV|БПЛА|drone|дрон", [S4],
    "«the increase in the number of terrorist acts with use of unmanned aerial vehicles»")

# --- abbreviations ------------------------------------------------------------------------------------------------
add("abbreviation", "what's the EAG they mention in the news about the June counter-terror meeting?",
    [r"Eurasian\s+Group|Евразийск\w+\s+групп"], [S4],
    "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
add("abbreviation", "Что за АТЦ упоминается в новости про питерское совещание МВД?",
    [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], [S2, S4], "«the CIS Anti-Terrorism Center»")
add("abbreviation", "RATS?", [r"Regional\s+Anti-?\s?Terrorist|Региональн\w+\s+антитеррор"], [S4],
    "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»")
add("abbreviation", "Как расшифровывается ОДКБ?", [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"], [S4],
    "«Collective Security Treaty Organization»")
add("abbreviation", "hey, quick one - what does SCO stand for in that bit about the observer status?",
    [r"Shanghai|Шанхайск"], [S1], "«the Shanghai Cooperation Organization»")
add("abbreviation", "chto takoe BKBOP?", [r"Organi[sz]ed\s+Crime|организованн\w+\s+преступн"], [S0, S2],
    "Latin-typed; «Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes …»")
add("abbreviation", "what does UAV mean in the June counter-terrorism report?", [r"unmanned|беспилотн"], [S4],
    "«unmanned aerial vehicles» (the source spells it out)")
add("abbreviation", "Что значит ИКТ в новости БелТА про МВД?", [r"information\s+and\s+communication|информационно-коммуникац"],
    [S2], "«crimes committed using information and communication technologies»")
add("abbreviation", en_layout("что такое СНГ плюс?"), [CIS_PLUS, r"platform|format|формат|площадк"], [S1],
    "wrong layout; «the “Commonwealth of Independent States Plus” format as a platform for cooperation …»")
add("abbreviation", "СВР — это кто в статье про встречу спецслужб в Москве?",
    [r"Foreign\s+Intelligence|внешней\s+разведки"], [S3],
    "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda …»")
add("abbreviation", "in the St Petersburg news, what's BelTA?", [r"Belarus|белорус|Minsk|Минск|news\s+agency|агентств"], [S2],
    "«MINSK, 13 August (BelTA)» — the Belarusian news agency that published it")

# --- topic --------------------------------------------------------------------------------------------------------
add("topic", "Which CIS body would handle cooperation on weather forecasting?", [HYDRO], [S0],
    "«CIS Interstate Hydrometeorology Council»")
add("topic", "Кто в СНГ занимается тюрьмами?", [PENIT], [S0], "«CIS Heads of Penitentiary Services Council»")
add("topic", "If there's a big earthquake, which CIS council handles cooperation on that?", [EMERG], [S0],
    "«CIS Interstate Council for Emergency Situations of Natural and Technogenic Character»")
add("topic", "Какой орган СНГ отвечает за карты и кадастр?", [GEODESY], [S0],
    "«CIS Interstate Council on Geodesy, Cartography, Cadastre and Remote Sensing of the Earth»")
add("topic", "who deals with bribery at the CIS level?", [CORRUPTION], [S0], "«CIS Interstate Council for Countering Corruption»")
add("topic", "kto v SNG zanimaetsya ekologiej?", [ECOLOGICAL], [S0], "Latin-typed; «CIS Interstate Ecological Council»")
add("topic", "Кто занимается налоговыми расследованиями в рамках СНГ?", [TAX], [S0],
    "«CIS Coordination Council of Heads of Tax (Financial) Investigation Bodies»")
add("topic", "wich body hanldes DNA tests and forensic examinations across the CIS?", [FORENSIC], [S0],
    "typos; «CIS Coordination Council in the Sphere of Forensic Expert Activity»")
add("topic", "Кто в СНГ борется с отмыванием денег?", [FIU + "|" + EAG], [S0, S4],
    "«CIS Heads of Financial Intelligence Council»; the EAG works on anti-money laundering systems with the ATC")
add("topic", "Which body deals with accidents at chemical plants and mines?", [INDUSTRIAL + "|" + EMERG], [S0],
    "«CIS Interstate Council for Industrial Safety» (or the emergencies council, «Technogenic Character»)")

# --- attribute ----------------------------------------------------------------------------------------------------
add("attribute", "Кто рассказал СМИ о совещании МВД в Питере?", [KLEMEZ], [S2],
    "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee, told the media»")
add("attribute", "What's Trefilov's first name and his post?", [r"Denis|Денис", r"Deputy\s+Secretary|заместител\w*\s+генеральн"],
    [S1], "«CIS Deputy Secretary-General Denis Trefilov»")
add("attribute", "When and where did the security secretaries hold their 13th meeting?", [date(5, 11, 2025), MOSCOW], [S1],
    "«took place in Moscow on November 5, 2025»")
add("attribute", "Which news agency reported the St Petersburg meeting, and from which city?",
    [r"BelTA|БелТА", r"Minsk|Минск"], [S2], "«MINSK, 13 August (BelTA)»")
add("attribute", "Кто рассказал о повестке встречи руководителей спецслужб в Москве?",
    [r"Foreign\s+Intelligence|внешней\s+разведки|СВР|SVR"], [S3],
    "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda …» (reported by TASS)")
add("attribute", "Until when does the border security programme run?", [r"2030"], [S1],
    "«in Strengthening Border Security on the External Borders until 2030»")
add("attribute", "На какой срок рассчитана программа по противодействию терроризму и экстремизму?", [CT_PERIOD], [S1],
    "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»")
add("attribute", "Where and when was the Commonwealth-Antiterror 2025 exercise to be held?",
    [TAJ, r"October|октябр"], [S4], "«in October 2025 on the territory of the Republic of Tajikistan»")
add("attribute", "Who is Emomali Rahmon according to the sources?", [r"President|Президент", TAJ], [S4],
    "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»")
add("attribute", "С каким департаментом Исполкома взаимодействовали органы в сфере безопасности?",
    [r"Department|Департамент", r"Security|безопасност"], [S0],
    "«in close interaction with the CIS Executive Committee (Department for Cooperation in the Security Sphere)»")
add("attribute", "What was the third session of the XVIII meeting about?", [EXERCISE], [S4],
    "«The third session discussed the organization of a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\"»")
add("attribute", "Когда вышел отчёт Исполкома об итогах работы отраслевых органов за 2025 год?",
    [r"\b2\s+(?:March|марта)|March\s+2\b|\b02\.03\b"], [S0], "dated «2 March» (the year is not printed)")
add("attribute", "Какой год в СНГ объявлен Годом мира и единства в борьбе с нацизмом?", [r"2025"], [S2],
    "«in the year of the 80th anniversary of Victory … which was declared the Year of Peace and Unity in the Fight Against Nazism in the CIS» (the meeting year, 2025)")
add("attribute", "Who welcomed the participants of the 13th Security Secretaries meeting?", [TREFILOV], [S1],
    "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»", absent=[bare(KLEMEZ)])

# --- list ---------------------------------------------------------------------------------------------------------
add("list", "Which states attended both the St Petersburg interior ministers' meeting and the June counter-terrorism meeting?",
    [ARM, BEL, KAZ, KYR, RUS, TAJ, UZB], [S2, S4],
    "S2: Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, Uzbekistan; S4: Azerbaijan, Armenia, Belarus, "
    "Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan; both: seven", absent=[bare(TKM), bare(AZE)])
add("list", "Какие страны были в Питере на МВД, но не было на июньском антитеррористическом совещании?", [TKM], [S2, S4],
    "Turkmenistan is on the St Petersburg list only", absent=[bare(ARM), bare(KAZ)])
add("list", "List the international organizations at the XVIII meeting", [CSTO, RATS, EAG], [S4],
    "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the Shanghai "
    "Cooperation Organization, Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
add("list", "Какие специализированные органы СНГ есть в сфере безопасности?", [ATC, BCOC, JOINT_COMMISSION], [S0],
    "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination …; Joint Commission …»")
add("list", "Which CIS bodies at the June meeting are neither among the 16 sectoral bodies nor the 3 specialized ones?",
    [IPA, CUSTOMS, TRANSPORT, AVIATION], [S0, S4],
    "the 13 at XVIII less those in S0's lists: Executive Committee, Interparliamentary Assembly, Customs, Transport Conference, "
    "Interstate Aviation Committee", absent=[bare(r"Border\s+Troops|пограничн")])
add("list", "Какие документы по безопасности утвердили в Душанбе?", [CONCEPT, r"terror|террор", r"border|границ"], [S1],
    "«the Military Cooperation Concept … until 2030 was approved, along with the Programmes for Cooperation in Countering "
    "Terrorism and Extremism for 2026–2028 and in Strengthening Border Security … until 2030»")
add("list", "What threats did Klemez list?", [r"migra|миграц", r"drug|narcot|наркот", r"cyber|кибер", r"weapon|оруж"], [S2],
    "extremist movements, illegal migration, narcotics, weapons smuggling, cybercrime, money laundering and corruption")
add("list", "what were the four sessions of the june meeting about", [r"national|национальн", r"international|международн",
    EXERCISE, r"radicali|радикализ"], [S4], "national experience; international cooperation; the exercise; radicalization")
add("list", "Name the states that appear on all three lists: St Petersburg, the June Moscow meeting and the intelligence chiefs' meeting",
    [ARM, BEL, KAZ, KYR, TAJ, UZB], [S2, S3, S4],
    "S2 lacks Azerbaijan, S4 lacks Turkmenistan, S3 lacks Russia: six remain", absent=[bare(TKM), bare(AZE)])
add("list", "Что, по словам Клемеза, планировали подписать на встрече глав государств?",
    [r"controlled\s+deliver|контролируем\w*\s+постав", r"sentenced|осужд"], [S2],
    "«to sign the treaty on international controlled delivery operations and the optional protocol to the convention on the "
    "transfer of sentenced persons»")

# --- count --------------------------------------------------------------------------------------------------------
add("count", "How many sectoral and specialized security bodies are there in total?", [NUM[19]], [S0], "16 + 3 = 19")
add("count", "Сколько государств представляли компетентные органы на XVIII совещании и совпадает ли это число со списком?",
    [NUM[9], NUM[8]], [S4], "«competent authorities of 9 CIS member-states» followed by eight names")
add("count", "skolko gosudarstv bylo na vstreche MVD v Pitere?", [NUM[8]], [S2], "eight states named")
add("count", "How many CIS bodies and international organizations together took part in the June meeting?", [NUM[16]], [S4],
    "13 CIS bodies + 3 international organizations = 16")
add("count", "Сколько всего сессий было на XVIII совещании, считая пленарную?", [NUM[5]], [S4],
    "«The meeting included a plenary session and 4 specialized sessions» = 5")
add("count", "How many delegations attended the intelligence chiefs' meeting in Moscow?", [NUM[8]], [S3],
    "«The presence of these eight states»")
add("count", "Сколько базовых организаций участвовало в июньском совещании?", [NUM[4]], [S4], "«4 basic organizations»")
add("count", "How many different states appear across the St Petersburg and June lists, counting each once?", [NUM[9]], [S2, S4],
    "the eight of S2 plus Azerbaijan")
add("count", "The March report says 16 sectoral bodies - does its list actually have 16 entries?", [YES, NUM[16]], [S0],
    "the list has sixteen entries", absent=[STARTS_NO])

# --- quote --------------------------------------------------------------------------------------------------------
add("quote", "What exactly did Trefilov say came 'first and foremost'?", [CIS_PLUS], [S1],
    "«“First and foremost”, he noted, “our countries’ leaders established the “Commonwealth of Independent States Plus” format …»")
add("quote", "Процитируйте, что Клемез сказал про историческую память",
    [r"rewrite|переписа|historical\s+memory|историческ\w+\s+памят"], [S2],
    "«Today, it is more crucial than ever to unite our efforts in preserving the historical memory, countering attempts to rewrite history…»")
add("quote", "Quote Trefilov on the annual meetings", [r"vectors?|вектор|assess|оцени"], [S1],
    "«the annual meetings make it possible to assess the results … and determine the vectors for interaction in the near future»")
add("quote", "What did Klemez say about 'our actions today'?", [r"future|будущ"], [S2],
    "«Our actions today will inform the future of the Commonwealth of Independent States.»")
add("quote", "Что Трефилов сказал про молодёжь?", [r"destructive|деструктивн", r"youth|молод"], [S1],
    "«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements»")
add("quote", "chto govoril Peskov pro SNG?", [r"potential|потенциал|turbulent|турбулент"], [S3],
    "Latin-typed; «cooperation within the CIS holds deep potential and enables its partners to move through turbulent times»")

# --- time ---------------------------------------------------------------------------------------------------------
add("time", "What's the most recent meeting the sources describe?", [date(5, 11, 2025) + "|" + month(11, 2025)], [S1],
    "the 13th Security Secretaries meeting, 5 November 2025, is the latest dated event")
add("time", "Сколько времени прошло с совещания МВД в Петербурге?",
    [r"\b475\b|\b1\s+(?:year|год)|\bone\s+year|\bгод\s+и|\b15\s+(?:month|месяц)|более\s+года|(?:over|more\s+than)\s+a\s+year"],
    [S2], "12 August 2025 to 30 November 2026: 475 days, about a year and three and a half months")
add("time", "How long ago did the security secretaries meet?",
    [r"\b390\b|\b1\s+(?:year|год)|\bone\s+year|\ba\s+year|\bгод\b|\b1[23]\s+(?:month|месяц)"], [S1],
    "5 November 2025 to 30 November 2026: 390 days, a year and 25 days")
unsaid("Когда следующее заседание Совета секретарей советов безопасности?", [S1],
       "not recorded; Trefilov only speaks of «the annual meetings»", kind="time", absent=[FUTURE])
add("time", "What security meetings have taken place this year?", None, [S0, S1, S2, S3, S4],
    "no meeting in 2026 is recorded; the latest is 5 November 2025", absent=[DATED_2026, STARTS_YES], dd=True)
add("time", "Какие встречи по безопасности прошли в прошлом году?", [SPB, r"June|июн", r"November|ноябр"], [S1, S2, S4],
    "2025: 10 June (XVIII, Moscow), 12 August (St Petersburg), October (Dushanbe), 5 November (13th Security Secretaries)")
add("time", "wen did the interior ministers meet in piter?", [date(12, 8, 2025)], [S2], "typo; «in St. Petersburg on 12 August» (2025)")
add("time", "How many days passed between the June counter-terrorism meeting and the St Petersburg one?", [r"\b63\b"],
    [S2, S4], "10 June to 12 August 2025 = 63 days")
add("time", "Что было раньше: встреча в Питере или саммит в Душанбе?", [SPB, r"August|август"], [S1, S2],
    "12 August vs October 2025")
add("time", "Which came first, the XVIII meeting or the 13th security secretaries meeting?", [XVIII, r"June|июн"], [S1, S4],
    "10 June 2025 vs 5 November 2025")

# --- look-alikes --------------------------------------------------------------------------------------------------
unsaid("When was the 14th meeting of the Security Secretaries Council held?", [S1],
       "only the 13th is recorded (Moscow, 5 November 2025)", kind="lookalike", absent=[FUTURE])
unsaid("Где прошло XVII совещание руководителей антитеррористических подразделений?", [S4],
       "only the XVIII is recorded (Moscow, 10 June 2025)", kind="lookalike", absent=[rf"^\W*(?:{MOSCOW})"])
add("lookalike", "The interior ministers' meeting in Moscow in August - who attended?", [SPB], [S2],
    "the August meeting was in St Petersburg; the answer should correct the city")
unsaid("Did the CIS Interior Ministers Council meet in 2024?", [S2], "only the 12 August 2025 meeting is recorded",
       kind="lookalike")
nope("Правда, что Клемез работает в ОДКБ?", CSTO, [S2], "Klemez works at «the CIS Executive Committee»", [EXEC],
     kind="lookalike")
nope("Is the Interstate Aviation Committee one of the 16 sectoral security bodies?", r"Aviation|авиацион", [S0, S4],
     "not in S0's list of 16; it is among the 13 CIS bodies at the June meeting", kind="lookalike")
nope("Входит ли Совет руководителей таможенных служб в число отраслевых органов СНГ в сфере безопасности?",
     r"Customs|таможен", [S0, S4], "not in S0's list of 16; it attended the June meeting", kind="lookalike")
unsaid("Is Azerbaijan a member of the CIS Interior Ministers Council?", [S2],
       "membership is not recorded; Azerbaijan is not among the states at the St Petersburg meeting", kind="lookalike")
no_or_not_said("Встреча руководителей спецслужб в Москве, о которой писал ТАСС, — это и есть XVIII совещание 10 июня?",
               r"XVIII|18|июн|ТАСС|TASS|June|same|тем\s+же|одно", [S3, S4],
               "the sources do not identify them; S3 is undated and names heads of security and intelligence services, S4 the "
               "heads of counter-terrorism units", kind="lookalike")
nope("Did the Security Secretaries Council meet in Dushanbe in October?", r"Dushanbe|Душанбе|October|октябр", [S1],
     "the October Dushanbe meetings were of the supreme bodies; the Security Secretaries met in Moscow on 5 November",
     [MOSCOW], kind="lookalike")
nope("Was the counter-terrorism programme approved for 2025–2027?", r"2025|2027", [S1], "«for 2026–2028»", [CT_PERIOD],
     kind="lookalike")
add("lookalike", "Кто такой Евгений Трефилов?", [r"Denis|Денис|Klemez|Клемез"], [S1, S2],
    "no such person: Denis Trefilov (Deputy Secretary-General) or Yevgeny Klemez (Director of the department)",
    absent=[r"^\W*(?:Евгений\s+Трефилов|Yevgeny\s+Trefilov)\s*(?:[—–-]|is|это)"])

# --- out of scope -------------------------------------------------------------------------------------------------
add("out_of_scope", "What's the tenge to dollar exchange rate today?", None, [], "not about CIS security cooperation", decline=True)
add("out_of_scope", "Кто выиграл чемпионат мира по футболу 2022 года?", None, [], "not in the sources", decline=True)
add("out_of_scope", "Who is the current NATO Secretary General?", None, [], "not in the sources", decline=True)
add("out_of_scope", "Напиши стихотворение про Душанбе", None, [], "a request outside the bot's job", decline=True)

# --- style --------------------------------------------------------------------------------------------------------
add("style", "tl;dr of the BelTA piece?", [SPB, INTERIOR + "|" + KLEMEZ], [S2],
    "the Interior Ministers Council met in St Petersburg on 12 August 2025; Klemez spoke of threats and plans")
add("style", "В двух словах: о чём отчёт Исполкома от 2 марта?", [NUM[16], NUM[20] + r"|заседани|meeting"], [S0],
    "16 sectoral and 3 specialized bodies; 20 meetings in 2025")
add("style", "ok so I'm writing a briefing for my boss and honestly can't remember - the big counter-terrorism meeting in June, "
    "the eighteenth one I think, where was it again and which day exactly? thanks a lot", [MOSCOW, date(10, 6, 2025)], [S4],
    "«held in Moscow on June 10, 2025»")
add("style", "kogda sobiralis sekretari sovbezov?", [date(5, 11, 2025)], [S1], "Latin-typed; 5 November 2025")
add("style", en_layout("где прошло совещание министров внутренних дел?"), [SPB], [S2], "wrong layout; St Petersburg")
add("style", en_layout("сколько отраслевых органов в сфере безопасности?"), [NUM[16]], [S0], "wrong layout; 16")
add("style", "kto takoj Klemez?", [r"Director|директор|Department|департамент"], [S2],
    "Latin-typed; «Director of the Security Cooperation Department at the CIS Executive Committee»")
add("style", "secsec 13 where", [MOSCOW], [S1], "terse; Moscow")
add("style", "Скажите, пожалуйста, а вот на той летней встрече в Питере кто-нибудь из Антитеррористического центра был или нет?",
    [YES, ATC], [S2], "«… the CIS Anti-Terrorism Center and the Bureau …»", absent=[STARTS_NO])
add("style", "whos the guy who spoke at the moscow secretaries meeting in nov", [TREFILOV], [S1], "Denis Trefilov")
add("style", "in a nutshell, what did the Dushanbe summit decide on security?",
    [SCO + "|" + CIS_PLUS + r"|Concept|Концепц|Programme|программ|Joint\s+Statement|заявлени"], [S1],
    "CIS Plus format, SCO observer, Joint Statement, the Concept and two programmes")
add("style", en_layout("какие государства были на встрече в питере?"), [ARM, TKM, UZB], [S2], "wrong layout; eight states")
add("style", "скока спецеализированых органов в сфере безопастности?", [NUM[3]], [S0], "typos; 3 specialized bodies")


# --- second batch, written during the session: variants of the first batch's failures over other entries, each
# scored on the start code before its fix; notes start with the family in brackets --------------------------------
# [reporter-clause]: an outlet that only says which meeting is meant ("the meeting TASS reported")
nope("Was Azerbaijan among the states BelTA listed at the St Petersburg meeting?", AZE, [S2],
     "[reporter-clause] Azerbaijan is not among the eight states of the St Petersburg meeting")
yes("Did Turkmenistan take part in the interior ministers' meeting BelTA wrote about?", TKM, [S2],
    "[reporter-clause] «… Tajikistan, Turkmenistan, and Uzbekistan»")
no_or_not_said("Была ли Россия на встрече глав спецслужб, о которой сообщил ТАСС?", RUS, [S3],
               "[reporter-clause] the delegations listed do not include Russia, the host")
yes("Участвовал ли Узбекистан в совещании МВД, о котором писала БелТА?", UZB, [S2],
    "[reporter-clause] «… Turkmenistan, and Uzbekistan»")
yes("Was Kazakhstan at the TASS-reported meeting of intelligence heads?", KAZ, [S3],
    "[reporter-clause] «Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, …»")
yes("Did Armenia attend the Moscow intelligence meeting TASS reported on?", ARM, [S3],
    "[reporter-clause] «Delegations from Azerbaijan, Armenia, …»")
nope("Was Azerbaijan at the interior ministers meeting reported by BelTA?", AZE, [S2],
     "[reporter-clause] Azerbaijan is not among the states listed")
yes("Did TASS report the meeting of intelligence chiefs in Moscow?", r"TASS|ТАСС", [S3],
    "[reporter-clause] «The event, as reported by TASS, …»")

# [record-gist]: what a publication named by its day, month or publisher is about
add("style", "What does the March report of the Executive Committee say?", [NUM[16] + "|" + NUM[19] + "|" + NUM[20]], [S0],
    "[record-gist] the 2 March report: 16 sectoral and 3 specialized bodies, 20 meetings in 2025")
add("style", "О чём статья БелТА от 13 августа?", [SPB], [S2], "[record-gist] the Interior Ministers Council in St Petersburg")
add("style", "What's the 16 June report about?", [XVIII], [S4], "[record-gist] the XVIII counter-terrorism meeting, Moscow, 10 June 2025")
add("style", "Что в публикации Исполкома от 5 ноября?", [SECSEC + r"|\b13"], [S1],
    "[record-gist] the 13th meeting of the Security Secretaries Council")
add("style", "Кратко: о чём сообщение от 16 июня?", [XVIII], [S4], "[record-gist] the XVIII meeting")
add("style", "in a nutshell, what is the 13 August BelTA article about?", [SPB], [S2],
    "[record-gist] the Interior Ministers Council meeting in St Petersburg")

# [news-frame]: an abbreviation asked in the frame of the news item it was seen in
add("abbreviation", "Кто такие ЕАГ из новости про антитеррористическое совещание?", [r"Eurasian\s+Group|Евразийск\w+\s+групп"], [S4],
    "[news-frame] «Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
add("abbreviation", "chto takoe ATC v novosti pro soveshchanie v Pitere?", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"],
    [S2], "[news-frame] Latin-typed; «the CIS Anti-Terrorism Center»")
add("abbreviation", "In the story about the Dushanbe summit, what is the SCO?", [r"Shanghai|Шанхайск"], [S1],
    "[news-frame] «the Shanghai Cooperation Organization»")
add("abbreviation", "Что такое ОДКБ в новости про июньское совещание?", [r"Collective\s+Security\s+Treaty|коллективной\s+безопасности"],
    [S4], "[news-frame] «Collective Security Treaty Organization»")

# [total-union]: "in total", "in all", "counting each once" over two meetings joined by "and" is the union
add("count", "How many states in total attended the St Petersburg and June meetings?", [NUM[9]], [S2, S4],
    "[total-union] eight at St Petersburg plus Azerbaijan", absent=[r"\bboth\b"])
add("count", "How many states in total were at the interior ministers' meeting and the intelligence chiefs' meeting?", [NUM[9]],
    [S2, S3], "[total-union] S2's eight plus Azerbaijan (S3 has no Russia, S2 has it)")
add("count", "How many countries in all took part in the XVIII meeting and the St Petersburg meeting?", [NUM[9]], [S2, S4],
    "[total-union] the two lists together: nine")
add("count", "How many states attended the St Petersburg meeting and the XVIII meeting, counting each once?", [NUM[9]], [S2, S4],
    "[total-union] nine different states")
add("count", "Сколько государств без повторов было на заседании СМВД и на XVIII совещании?", [NUM[9]], [S2, S4],
    "[total-union] nine different states")

# [count-vs-list]: does the number a source states match the list it gives?
add("count", "Does the number of states at the XVIII meeting match the list?", [STARTS_NO, NUM[9], NUM[8]], [S4],
    "[count-vs-list] «competent authorities of 9 CIS member-states» then eight names", absent=[STARTS_YES])
add("count", "Совпадает ли число государств на XVIII совещании с их списком?", [STARTS_NO, NUM[9], NUM[8]], [S4],
    "[count-vs-list] 9 stated, 8 named", absent=[STARTS_YES])
add("count", "How many states took part in the June counter-terrorism meeting, and does that match the list?", [NUM[9], NUM[8]],
    [S4], "[count-vs-list] 9 stated, 8 named", absent=[STARTS_YES])
add("count", "Does the number of states at the St Petersburg meeting match the list?", [YES, NUM[8]], [S2],
    "[count-vs-list] eight states named, no other number stated", absent=[STARTS_NO])
add("count", "Does the number of CIS bodies at the XVIII meeting match the list?", [YES, NUM[13]], [S4],
    "[count-vs-list] «working structures of 13 CIS bodies» and thirteen names", absent=[STARTS_NO])

# [period-range]: another period of two years asked of a programme named by its subject
nope("Is the counter-terrorism programme for 2027-2029?", r"2027|2029", [S1], "[period-range] «for 2026–2028»", [CT_PERIOD],
     kind="lookalike")
nope("Программу по борьбе с терроризмом утвердили на 2025–2027 годы?", r"2025|2027", [S1], "[period-range] «for 2026–2028»",
     [CT_PERIOD], kind="lookalike")
nope("Правда, что программа по противодействию терроризму рассчитана на 2025-2027 годы?", r"2025|2027", [S1],
     "[period-range] «for 2026–2028»", [CT_PERIOD], kind="lookalike")
yes("Was the counter-terrorism programme for 2026–2028 approved?", CT_PERIOD, [S1],
    "[period-range] control: «the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028» approved")

# [set-up]: "set up" asserted of a body or format established
yes("Was the Anti-Terrorism Center set up in 2000?", r"2000", [S4], "[set-up] «the decision taken in 2000 … to establish the CIS ATC»")
yes("was the CIS Plus format set up in Dushanbe?", CIS_PLUS, [S1], "[set-up] «our countries’ leaders established the … format»")
yes("Is it true the leaders set up the CIS Plus format?", CIS_PLUS, [S1], "[set-up] «leaders established the “Commonwealth of Independent States Plus” format»")

# [verno-chto]: "верно, что …" asserting a topic discussed at the meeting held in a city
yes("Верно, что в Петербурге обсуждали безопасность дорожного движения?", r"дорожн|road", [S2],
    "[verno-chto] «cooperation in the field of road safety»")
yes("Верно ли, что в Петербурге обсуждали незаконную миграцию?", r"миграц|migra", [S2],
    "[verno-chto] «topical problems in the fight against illegal migration»")
yes("Верно, что в Москве обсуждали дерадикализацию?", r"радикализ|radicali", [S4],
    "[verno-chto] «During the fourth session on counteracting radicalization …»")
yes("verno chto v Pitere obsuzhdali nezakonnuyu migraciyu?", r"миграц|migra", [S2], "[verno-chto] Latin-typed")
unsaid("Верно, что в Петербурге обсуждали беспилотники?", [S2], "[verno-chto] control: drones are not recorded at St Petersburg")

# [claim-category]: "Правда, что X — специализированный орган?", the claim's lead no part of the name
nope("Правда, что совет по промышленной безопасности — специализированный орган?", INDUSTRIAL + r"|специализ|speciali", [S0],
     "[claim-category] it is one of the 16 sectoral bodies", kind="lookalike")
yes("Верно, что экологический совет — отраслевой орган?", ECOLOGICAL, [S0], "[claim-category] «CIS Interstate Ecological Council» is sectoral")
nope("Правда, что АТЦ — отраслевой орган?", ATC + r"|отраслев|sectoral", [S0], "[claim-category] the ATC is one of the 3 specialized bodies",
     kind="lookalike")
nope("Правда ли, что Совет по гидрометеорологии является специализированным органом?", HYDRO + r"|специализ|speciali", [S0],
     "[claim-category] sectoral, not specialized", kind="lookalike")

# [named-lists]: "the St Petersburg and June lists" are the lists of those meetings
add("count", "How many different states appear on the St Petersburg and June lists?", [NUM[9]], [S2, S4], "[named-lists] nine")
add("list", "Which states are on both the St Petersburg and June lists?", [ARM, BEL, KAZ, KYR, RUS, TAJ, UZB], [S2, S4],
    "[named-lists] the seven common to both", absent=[bare(TKM), bare(AZE)])
add("list", "Which states appear on the June and St Petersburg lists but not both?", [TKM, AZE], [S2, S4],
    "[named-lists] Turkmenistan (St Petersburg only) and Azerbaijan (June only)", absent=[bare(ARM)])


# --- r25-b: variants of three questions left failing (written after the fix's questions, over other wordings) ---
# [plan-claim]: a verb of intending ("собираются распространить", "they're going to") asks the plan the record holds
yes("Is it true they're going to circulate the joint statement at the UN?", UN, [S1],
    "[plan-claim] «The text of the statement is planned to be distributed at the United Nations …»")
yes("Совместное заявление собираются распространить в ООН?", UN, [S1], "[plan-claim] by its tone")
yes("pravda, chto tekst zayavleniya sobirayutsya rasprostranit v OON?", UN, [S1], "[plan-claim] Latin-typed")
yes("Правда ли, что заявление о борьбе с транснациональной преступностью намерены распространить в ООН?", UN, [S1],
    "[plan-claim] «намерены»")
yes("Is it true the joint statement is going to be sent to the UN?", UN, [S1], "[plan-claim] passive")
# [founded-by-decision]: the decision that set a body up is its founding, not a decision the body took
yes("Was the ATC established by a decision back in 2000?", r"2000", [S4],
    "[founded-by-decision] «the decision taken in 2000 … to establish the CIS ATC»")
yes("Правда, что АТЦ создали решением, принятым ещё в 2000 году?", r"2000", [S4], "[founded-by-decision]")
yes("pravda li chto ATC sozdan resheniem eshche v 2000 godu?", r"2000", [S4], "[founded-by-decision] Latin-typed")
nope("Is it true the ATC was created by a decision taken back in 2005?", r"2000|2005", [S4],
     "[founded-by-decision] control: the decision was taken in 2000")
# [period-claim]: another range claimed of a programme named by its subject, "is it true" frame and all
nope("Is it true the anti-terror programme runs 2027-2029?", r"2027|2029", [S1], "[period-claim] «for 2026–2028»", [CT_PERIOD])
nope("Правда, что программа по терроризму рассчитана на 2027-2029?", r"2027|2029", [S1], "[period-claim]", [CT_PERIOD])
nope("Pravda, chto programma po terrorizmu rasschitana na 2027-2029?", r"2027|2029", [S1], "[period-claim] Latin-typed",
     [CT_PERIOD])
nope("Правда ли, что программу борьбы с терроризмом приняли на 2024-2026 годы?", r"2024|2026", [S1], "[period-claim]",
     [CT_PERIOD])


def main() -> None:
    path = Path(__file__).resolve().parent / "tuning25_single.yaml"
    header = (
        "# Tuning set 25 (single questions): a tuning set written in session 25 by a fresh reader of the documents\n"
        "# (helper t25-single), from the five documents in knowledge/seeds/ only, without reading the engine or the\n"
        "# other question sets; \"today\" is 2026-11-30. Same fields and judging rules as tuning.yaml (see README.md).\n"
        "# Generated by build_tuning25_single.py.\n"
    )
    path.write_text(header + dump_set({"questions": CASES}), encoding="utf-8")
    russian = sum(1 for case in CASES if any("а" <= ch.lower() <= "я" for ch in case["q"]))
    print(f"{path.stem}: {len(CASES)} questions ({russian} Cyrillic)")


if __name__ == "__main__":
    main()
