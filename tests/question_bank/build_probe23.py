"""Probe set 23: a fresh measuring set written on 2026-12-02 in session 23 (after probe22); nobody tunes on it.

Written by hand from the five documents in knowledge/seeds/ only, without reading the other sets' questions.
Run `python tests/question_bank/build_probe23.py` to rewrite probe23.yaml.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from patterns import (
    ARM,
    ATC,
    AZE,
    BCOC,
    BEL,
    CIS_PLUS,
    CONCEPT,
    CSTO,
    CT_PERIOD,
    CUSTOMS,
    DATED_2026,
    DUSHANBE,
    EAG,
    EXERCISE,
    FUTURE,
    INTERIOR,
    JOINT_COMMISSION,
    KAZ,
    KLEMEZ,
    KYR,
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
    SCO,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TKM,
    TREFILOV,
    UN,
    UZB,
    XVIII,
    YES,
    bare,
    case_entry,
    date,
    en_layout,
    month,
    no,
    probe_text,
    turn_entry,
    write_probe,
)

OUT = Path(__file__).with_name("probe23.yaml")

# a day and month without the year ("12 August", "August 12", "12.08")
_MON = {6: ("Jun", "июн"), 8: ("Aug", "август"), 10: ("Oct", "октябр"), 11: ("Nov", "ноябр")}


def dm(day: int, mon: int) -> str:
    en, ru = _MON[mon]
    return rf"(?:\b{day}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{en}\w*|{ru}\w*)|\b{en}\w*\.?\s+{day}\b|\b{day}\.{mon:02d}\b|-{mon:02d}-{day:02d})"


JUNE10 = date(10, 6, 2025)
AUG12 = date(12, 8, 2025)
NOV5 = date(5, 11, 2025)
SECDEPT = r"Security\s+Cooperation\s+Department|Department\s+for\s+Cooperation\s+in\s+the\s+Security|сотрудничества\s+в\s+сфере\s+безопасности|Департамент\w*\s+(?:по\s+)?сотрудничеств"
DEPUTY_SG = r"Deputy\s+Secretary|заместител\w*\s+Генеральн\w*\s+секретар|замгенсек"
SHIFTED = r"^\W*(?:yes|да)\b"

Q: list[dict[str, Any]] = []


def add(q: str, kind: str, expect: list[str] | None, src: list[str], note: str,
        absent: list[str] | None = None, dd: bool = False, decline: bool = False) -> None:
    Q.append(case_entry(f"p23-{len(Q) + 1:03d}", q, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


def yes(q: str, subject: str | None, src: list[str], note: str, extra: list[str] | None = None, kind: str = "yes_no") -> None:
    add(q, kind, [YES] + ([subject] if subject else []) + (extra or []), src, note, absent=[STARTS_NO])


def nope(q: str, subject: str, src: list[str], note: str, extra: list[str] | None = None, kind: str = "yes_no") -> None:
    add(q, kind, [no(subject), *(extra or [])], src, note, absent=[STARTS_YES])


def unsaid(q: str, src: list[str], note: str, kind: str = "yes_no", absent: list[str] | None = None) -> None:
    add(q, kind, None, src, note, absent=[STARTS_YES] + (absent or []), dd=True)


# --- yes_no -------------------------------------------------------------------------------------------
nope("Did Turkmenistan send anyone to the June counter-terrorism heads meeting in Moscow?", TKM, [S4],
     "«competent authorities of 9 CIS member-states – the Republic of Azerbaijan, the Republic of Armenia, the Republic of Belarus, "
     "the Republic of Kazakhstan, the Kyrgyz Republic, the Russian Federation, the Republic of Tajikistan, the Republic of Uzbekistan» (no Turkmenistan)")
yes("Был ли Азербайджан на встрече руководителей органов безопасности и спецслужб в Москве?", AZE, [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended the meeting»")
unsaid("Did the heads of state actually sign the treaty on international controlled delivery operations in Dushanbe?", [S1, S2],
       "S2: «Plans are in place … to sign the treaty on international controlled delivery operations»; S1 lists what was approved in Dushanbe "
       "and does not mention the treaty: the sources do not say it was signed")
yes("pravda chto tekst sovmestnogo zayavleniya o transnacionalnoy prestupnosti razoshlyut v OON?", UN, [S1],
    "«The text of the statement is planned to be distributed at the United Nations and other international organizations»")
nope("Программу укрепления безопасности внешних границ приняли на 2026–2028 годы?", r"2028|2026", [S1],
     "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»",
     extra=[r"2030"])
unsaid("Did Emomali Rahmon come to Moscow in person for the XVIII meeting?", [S4],
       "«The plenary session heard a congratulatory address from the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan "
       "Emomali Rahmon» — whether he was present is not said")
nope("Совет МВД СНГ собирался 13 августа?", r"\b13\b|13-?го", [S2],
     "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August» (13 August is the date of the BelTA report)",
     extra=[dm(12, 8)])
yes("Was cooperation on road safety on the table when the interior ministers met last summer?", r"road|дорожн", [S2],
    "«The Council discussed … cooperation in the field of road safety»")
nope("ШОС теперь полноправный член СНГ?", SCO + r"|член|member", [S1],
     "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»", extra=[r"observer|наблюдател"])
unsaid("did trefilov chair the 13th security secretaries meeting", [S1],
       "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech» — who chaired is not said",
       absent=[r"^[^.]{0,60}\b(?:chaired|presided)\b"])

# --- abbreviation -------------------------------------------------------------------------------------
add("ATC?", "abbreviation", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"], [S0, S4],
    "«CIS Anti-Terrorism Center» (S0, specialised bodies); «CIS ATC» (S4)")
add("что такое ЕАГ", "abbreviation", [r"Eurasian\s+Group|Евразийск\w+\s+групп", r"Money\s+Laundering|легализаци|отмывани"], [S4],
    "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
add("RATS SCO stands for what exactly", "abbreviation", [r"Regional\s+Anti-?\s?Terrorist\s+Structure|Региональн\w+\s+антитеррористическ\w+\s+структур"], [S4],
    "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»")
add("ОДКБ расшифруй пожалуйста", "abbreviation", [r"Collective\s+Security\s+Treaty|Договора\s+о\s+коллективной\s+безопасности"], [S4],
    "«Collective Security Treaty Organization»")
add("chto znachit SNG plyus", "abbreviation", [CIS_PLUS, r"platform|площадк|other\s+states|друг\w+\s+государств|international\s+organi|международн"], [S1],
    "«established the “Commonwealth of Independent States Plus” format as a platform for cooperation between CIS Member States and other states, "
    "their associations, and international organizations»")
add("what does UAV mean in the June antiterror meeting report", "abbreviation", [r"unmanned\s+aerial|беспилотн"], [S4],
    "«the increase in the number of terrorist acts with use of unmanned aerial vehicles»")
add("ИКТ — это что, в новости про совет министров внутренних дел?", "abbreviation",
    [r"information\s+and\s+communication|информационно-?\s?коммуникационн"], [S2],
    "«enhancing informational cooperation in combating crimes committed using information and communication technologies»")

# --- topic --------------------------------------------------------------------------------------------
add("which meeting talked about terrorists using drones?", "topic", [XVIII + r"|counter-?\s?terror|антитеррор", r"June|июн|" + JUNE10], [S4],
    "«the increase in the number of terrorist acts with use of unmanned aerial vehicles … countering terrorist use of unmanned aerial vehicles» (XVIII meeting, 10 June 2025)")
add("Где обсуждали дерадикализацию населения?", "topic", [XVIII + r"|антитеррор|counter-?\s?terror|четв[её]рт|fourth", MOSCOW + r"|June|июн"], [S4],
    "«During the fourth session on counteracting radicalization of the population, the participants: discussed the deradicalization-related situation»")
add("what were the security secretaries supposed to consider on their agenda in Moscow", "topic",
    [r"humanitarian|гуманитарн", r"educational|образовательн"], [S1],
    "«The agenda of today’s meeting includes consideration of the development of humanitarian and educational cooperation within the Commonwealth»")
add("Кто обсуждал протокол о передаче осуждённых?", "topic", [KLEMEZ + r"|" + INTERIOR + r"|heads\s+of\s+state|глав\w*\s+государств|саммит|summit|высш"],
    [S2], "«Plans are in place … to sign … the optional protocol to the convention on the transfer of sentenced persons» (Klemez, on the coming supreme bodies' meetings)")
add("Which body reported on building national anti-money-laundering systems together with the ATC?", "topic", [EAG], [S4],
    "«The EAG Secretariat reported on its joint work with the CIS ATC aimed at establishing and developing national anti-money laundering systems»")
add("на какой встрече говорили про исторрическую память и нацизм", "topic", [INTERIOR + r"|" + SPB + r"|" + KLEMEZ], [S2],
    "«“Today, it is more crucial than ever to unite our efforts in preserving the historical memory …”» (Klemez, St Petersburg meeting of the Interior Ministers Council)")
add("the intel chiefs meeting in moscow - what areas did they want to sharpen joint capabilities in?", "topic",
    [r"counter-?\s?terror|терроризм", r"cyber|кибер", r"border|границ|погранич"], [S3],
    "«Delegates investigated how to sharpen joint capabilities in counterterrorism, cyber defense, border security, and cross-border criminal networks»")

# --- attribute ----------------------------------------------------------------------------------------
add("Кем работает Клемез?", "attribute", [SECDEPT + r"|Director|директор"], [S2],
    "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»")
add("where did the 18th counter terror heads meeting take place", "attribute", [MOSCOW], [S4],
    "«The XVIII Meeting … was held in Moscow on June 10, 2025»", absent=[bare(DUSHANBE), bare(SPB)])
add("Которого числа было заседание секретарей советов безопасности?", "attribute", [NOV5 + r"|" + dm(5, 11)], [S1],
    "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»")
add("who was the Chair of the Council of Heads of CIS States according to the June report?", "attribute", [RAHMON], [S4],
    "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»")
add("В какой стране планировались учения «Содружество-Антитеррор-2025»?", "attribute", [TAJ], [S4],
    "«a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»",
    absent=[bare(r"Kazakh|Казах|Russia\b|России\b")])
add("какое агентство писало о заседании в Питере?", "attribute", [r"BelTA|БелТА"], [S2],
    "«MINSK, 13 August (BelTA) … BelTA learned from the press service of the CIS Executive Committee»")
add("Военную концепцию СНГ до какого года утвердили?", "attribute", [r"2030"], [S1],
    "«the Military Cooperation Concept of the CIS Member States until 2030 was approved»", absent=[r"^[^.]{0,80}2028"])

# --- list ---------------------------------------------------------------------------------------------
add("Какие международные организации были на XVIII антитеррористическом совещании?", "list", [CSTO, RATS, EAG], [S4],
    "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization, "
    "Eurasian Group on Combating Money Laundering and Financing of Terrorism»", absent=[bare(r"\bUN\b|United\s+Nations|ООН|NATO|НАТО")])
add("list the states represented at the interior ministers council in St Petersburg", "list", [ARM, BEL, KAZ, KYR, RUS, TAJ, TKM, UZB], [S2],
    "«bringing together representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan»", absent=[bare(AZE)])
add("какие есть специализированные органы СНГ в сфере безопасности", "list", [ATC, BCOC, JOINT_COMMISSION], [S0],
    "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination of Combating Organized Crime …; Joint Commission … in Combating Illegal Migration»")
add("Что утвердили главы государств в Душанбе по безопасности?", "list",
    [CONCEPT + r"|военн\w+\s+сотрудничеств|Military\s+Cooperation", r"терроризм|terrorism", r"границ|гранич|border"], [S1],
    "«the Military Cooperation Concept of the CIS Member States until 2030 was approved, along with the Programmes for Cooperation in Countering Terrorism and "
    "Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»")
add("kakie ugrozy nazval Klemez", "list", [r"extremis|экстремис", r"migration|миграц", r"narcotic|drug|наркот", r"cyber|кибер"], [S2],
    "«extremist movements … Illegal migration flows … narcotics production … weapons smuggling … cybercrime … money laundering and corruption»")
add("What were the CIS security bodies' activities in 2025 aimed at?", "list",
    [r"stability|стабильност", r"challenges|threats|вызов|угроз", r"rule\s+of\s+law|правопоряд|законност", r"authority|авторитет"], [S0],
    "«ensuring stability in the Commonwealth; countering common challenges and threats; strengthening the rule of law and order …; enhancing the authority of the CIS in the international arena»")

# --- count --------------------------------------------------------------------------------------------
add("Сколько отраслевых органов сотрудничества в сфере безопасности действует в СНГ?", "count", [NUM[16]], [S0],
    "«16 sectoral cooperation bodies operate in the security sphere»", absent=[r"^[^.]{0,60}\b(?:19|13)\b"])
add("сколько всего заседаний провели органы безопасности СНГ в 2025-м", "count", [NUM[20]], [S0], "«In 2025, 20 meetings were held.»")
add("skolko organov SNG bylo na iyunskom antiterroristicheskom soveshchanii", "count", [NUM[13]], [S4],
    "«working structures of 13 CIS bodies»")
add("How many sectoral and specialised bodies are there in total?", "count", [NUM[19]], [S0],
    "«16 sectoral cooperation bodies … and 3 specialized bodies» — 19 in all")
add("Сколько базовых организаций участвовало в совещании 10 июня?", "count", [NUM[4]], [S4],
    "«4 basic organizations of the CIS member states»")
add("how many specialised sessions besides the plenary did the XVIII meeting have", "count", [NUM[4]], [S4],
    "«The meeting included a plenary session and 4 specialized sessions.»", absent=[r"^[^.]{0,40}\b5\b"])
add("Скока стран прислали делегации на встречу руководителей спецслужб в Москве?", "count", [NUM[8]], [S3],
    "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan … The presence of these eight states»")

# --- quote --------------------------------------------------------------------------------------------
add("Что Трефилов сказал про молодёжь?", "quote", [r"destructive|деструктивн", r"ideolog|идеологич"], [S1],
    "«reducing the involvement of our countries’ populations, especially youth, in destructive ideological movements»")
add("What exactly did Peskov say about the CIS?", "quote", [r"potential|потенциал", r"turbulent|турбулентн|confidence|уверенн"], [S3],
    "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with greater confidence»")
add("Klemez quote on history pls", "quote", [r"historical\s+memory|историческ\w+\s+памят|rewrite\s+history|переписать\s+истори|переписыван"], [S2],
    "«“… unite our efforts in preserving the historical memory, countering attempts to rewrite history …”»")
add("Что Рахмон отметил в своём обращении?", "quote", [r"2000", ATC + r"|Center|Центр"], [S4],
    "«noted the validity of the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC and emphasized the Center’s significant contribution»")
add("what did Trefilov say the leaders did 'first and foremost'?", "quote", [CIS_PLUS], [S1],
    "«“First and foremost”, he noted, “our countries’ leaders established the “Commonwealth of Independent States Plus” format …”»")
add("как Клемез оценил роль Совета министров внутренних дел?", "quote", [r"crucial|ключев|важн|значим|решающ", r"security|безопасност"], [S2],
    "«the CIS Interior Ministers Council plays a crucial role in ensuring the security of CIS member states»")

# --- time (today 2026-11-30) --------------------------------------------------------------------------
add("Сколько дней прошло между антитеррористическим совещанием в Москве и советом МВД в Питере?", "time",
    [r"\b63\b|шестьдесят\s+тр|sixty-three"], [S2, S4], "10 June 2025 (S4) → 12 August 2025 (S2) = 63 days")
add("how long ago did the security secretaries have their 13th meeting?", "time",
    [r"\b390\b|(?:a|one|1|over\s+a|about\s+a)\s+year|\b1\s+год|\bгод\s+назад|более\s+года|больше\s+года|\b1[23]\s+months|\b1[23]\s+месяц"], [S1],
    "5 November 2025 → 30 November 2026: 390 days, a little over a year", absent=[FUTURE])
add("сколько лет осталось до конца антитеррористической программы СНГ?", "time",
    [r"2028", r"\b2\s+(?:years?|год)|two\s+years|дв(?:а|ух)\s+(?:года|лет)|\b2[45]\s+(?:months|месяц)"], [S1],
    "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»: from 30 November 2026 about two years remain (to the end of 2028)")
yes("Is the border security programme still in force today?", r"2030", [S1],
    "«in Strengthening Border Security on the External Borders until 2030»; today is 30 November 2026", kind="time")
add("skolko let nazad reshili sozdat ATC SNG?", "time", [r"\b26\b|двадцат\w*\s+шест|twenty-six", r"2000"], [S4],
    "«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»: 2026 − 2000 = 26 years")
unsaid("when is the next security secretaries council meeting?", [S1],
       "the 13th met on 5 November 2025; «the annual meetings make it possible …» — no date of a next meeting is given",
       kind="time", absent=[FUTURE, DATED_2026])
add("учения Содружество-Антитеррор-2025 — они уже прошли или ещё впереди?", "time", [month(10, 2025) + r"|октябр\w*\s+2025"], [S4],
    "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»: planned for October 2025, before today; "
    "the sources do not report how it went", absent=[r"^\W*(?:still\s+ahead|upcoming|ещё\s+впереди|впереди)"])

# --- lookalike ----------------------------------------------------------------------------------------
nope("Did the CIS interior ministers meet in Minsk in August 2025?", r"Minsk|Минск", [S2],
     "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»; MINSK is the dateline of the BelTA report",
     extra=[SPB], kind="lookalike")
unsaid("Где прошло 12-е заседание Совета секретарей советов безопасности СНГ?", [S1],
       "only the 13th meeting (Moscow, 5 November 2025) is recorded", kind="lookalike")
nope("Совет руководителей таможенных служб входит в 16 отраслевых органов?", CUSTOMS, [S0, S4],
     "not in the list of 16 sectoral bodies (S0); «Council of Heads of Customs Services» appears only among the 13 CIS bodies at the XVIII meeting (S4)",
     kind="lookalike")
add("kto takoy Dmitriy Trefilov", "lookalike", [r"Denis|Денис|Peskov|Песков"], [S1, S3],
    "«CIS Deputy Secretary-General Denis Trefilov» (S1); «Dmitry Peskov» is the Russian Presidential Press Secretary (S3)",
    absent=[r"^[^.]{0,40}Dmitr\w*\s+Trefilov[^.]{0,20}\b(?:is|was)\b"])
nope("Is the Regional Anti-Terrorist Structure one of the CIS bodies?", r"CIS\s+bod|органов\s+СНГ|орган\w*\s+СНГ|CIS", [S0, S4],
     "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization» is among the 3 international organizations at the XVIII meeting, "
     "not in the CIS bodies' lists", extra=[SCO], kind="lookalike")
add("Совместная комиссия по борьбе с незаконной миграцией и Совет руководителей миграционных органов — кто из них специализированный орган?", "lookalike",
    [JOINT_COMMISSION], [S0],
    "the Joint Commission … in Combating Illegal Migration is among the 3 specialized bodies; the CIS Heads of Migration Bodies Council is one of the 16 sectoral bodies",
    absent=[r"^[^.]{0,30}(?:Совет\s+руководителей\s+миграционных|Heads\s+of\s+Migration)[^.]{0,40}(?:специализ|specialised|specialized)"])
nope("The summit in Dushanbe was in November, right?", r"November|ноябр", [S1],
     "«the outcomes of the October meetings of the Commonwealth's supreme bodies in Dushanbe»; the November meeting was the Security Secretaries' in Moscow",
     extra=[r"October|октябр"], kind="lookalike")
unsaid("When did the Council of Heads of Financial Intelligence Units hold its own meeting?", [S0, S4],
       "the council is listed (S0, S4) but no meeting of its own is recorded", kind="lookalike",
       absent=[r"^[^.]{0,60}(?:held|met|проходил|состоял)[^.]{0,30}" + JUNE10])

# --- out_of_scope -------------------------------------------------------------------------------------
add("какая завтра погода в Москве?", "out_of_scope", None, [], "weather: not in the sources", dd=True)
add("who won the 2018 FIFA World Cup", "out_of_scope", None, [], "football: not in the sources", dd=True, absent=[r"France|Франц"])
add("Сколько человек живёт в Таджикистане?", "out_of_scope", None, [], "population: not in the sources", dd=True,
    absent=[r"\b\d+(?:[.,]\d+)?\s*(?:million|млн)"])
add("who is the current NATO Secretary General", "out_of_scope", None, [], "NATO: not in the sources", dd=True, absent=[r"Rutte|Рютте|Stoltenberg"])
add("kak oformit vizu v Kazahstan", "out_of_scope", None, [], "visas: not in the sources", dd=True)
add("какой сегодня курс доллара к рублю", "out_of_scope", None, [], "exchange rate: not in the sources", dd=True)
add("Кто генеральный секретарь СНГ?", "out_of_scope", None, [S1], "only the Deputy Secretary-General (Trefilov) is named", dd=True,
    absent=[r"^[^.]{0,60}(?:Trefilov|Трефилов)[^.]{0,30}(?:is\s+the\s+Secretary|—\s*генеральный|является\s+генеральн)"])

# --- style --------------------------------------------------------------------------------------------
add("привет! подскажи плиз, в каком городе собирался совет министров внутренних дел в августе?", "style", [SPB], [S2],
    "«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»", absent=[bare(r"Minsk|Минск")])
add("tl;dr 13th security secretaries meeting", "style", [MOSCOW, NOV5 + r"|" + dm(5, 11)], [S1],
    "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»", absent=[bare(DUSHANBE)])
add(en_layout("сколько отраслевых органов в сфере безопасности"), "style", [NUM[16]], [S0],
    "«16 sectoral cooperation bodies operate in the security sphere» (typed on the English layout)")
add("one word answer: city of the XVIII antiterror meeting", "style", [MOSCOW], [S4], "«was held in Moscow on June 10, 2025»")
add("объясни как пятилетнему что такое формат СНГ плюс", "style", [CIS_PLUS, r"другими\s+государств|other\s+states|международн|international|платформ|площадк|platform"], [S1],
    "«the “Commonwealth of Independent States Plus” format as a platform for cooperation between CIS Member States and other states, their associations, and international organizations»")
add("Dear bot, I would be most grateful if you could kindly tell me which international organisations were represented at the June counter-terrorism gathering",
    "style", [CSTO, RATS, EAG], [S4], "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure …, Eurasian Group …»")
add(en_layout("где было антитеррористическое совещание в июне"), "style", [MOSCOW], [S4],
    "«was held in Moscow on June 10, 2025» (typed on the English layout)", absent=[bare(DUSHANBE)])
add(en_layout("кто такой трефилов"), "style", [DEPUTY_SG], [S1], "«CIS Deputy Secretary-General Denis Trefilov» (typed on the English layout)")
add("wen did interior ministers meet", "style", [AUG12 + r"|" + dm(12, 8)], [S2], "«convened for a meeting in St. Petersburg on 12 August» (2025, BelTA of 13 August 2025)")


# --- conversations ------------------------------------------------------------------------------------
T = turn_entry
CONVERSATIONS: list[dict[str, Any]] = []


def conv(lang: str, turns: list[dict[str, Any]], src: list[str], note: str) -> None:
    CONVERSATIONS.append({"id": f"p23-c{len(CONVERSATIONS) + 1}", "lang": lang, "turns": turns, "source": src, "note": note})


conv("en", [
    T("when did the interior ministers council meet?", [AUG12 + r"|" + dm(12, 8)]),
    T("where?", [SPB], absent=[bare(r"Minsk|Минск")]),
    T("was azerbaijan there", [no(AZE)], absent=[STARTS_YES]),
    T("and turkmenistan?", [YES, TKM], absent=[STARTS_NO]),
    T("who from the executive committee spoke to the media about it?", [KLEMEZ]),
], [S2], "12 August 2025, St Petersburg; Armenia … Turkmenistan, Uzbekistan (no Azerbaijan); Klemez told the media")
conv("ru", [
    T("Где прошло 13-е заседание Совета секретарей советов безопасности?", [MOSCOW], absent=[bare(DUSHANBE)]),
    T("а когда?", [NOV5 + r"|" + dm(5, 11)]),
    T("кто выступил с приветствием?", [TREFILOV]),
    T("какая у него должность?", [DEPUTY_SG]),
    T("что он сказал про молодёжь?", [r"destructive|деструктивн"]),
], [S1], "13th meeting, Moscow, 5 November 2025; Denis Trefilov, CIS Deputy Secretary-General; «especially youth, in destructive ideological movements»")
conv("en", [
    T("what was approved at the october summit in dushanbe on security?", [CONCEPT + r"|Military\s+Cooperation|военн\w+\s+сотрудничеств", r"terroris|терроризм", r"border|границ|гранич"]),
    T("until when does the border security one run?", [r"2030"], absent=[r"^[^.]{0,60}2028"]),
    T("а антитеррористическая программа?", [CT_PERIOD]),
    T("сколько лет ей осталось?", [r"\b2\s+(?:years?|год)|two\s+years|дв(?:а|ух)\s+(?:года|лет)|\b2[45]\s+(?:months|месяц)|2028"]),
], [S1], "Concept until 2030; CT programme 2026–2028; border programme until 2030; today 30 November 2026; switch to Russian")
conv("ru", [
    T("kogda bylo XVIII antiterroristicheskoe soveshchanie?", [JUNE10 + r"|" + dm(10, 6)]),
    T("gde?", [MOSCOW]),
    T("skolko mezhdunarodnyh organizaciy tam bylo", [NUM[3]]),
    T("kakie?", [CSTO, RATS, EAG]),
], [S4], "Moscow, 10 June 2025; 3 international organizations: CSTO, RATS SCO, EAG (Latin-typed Russian)")
conv("en", [
    T("what's the ATC", [r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"]),
    T("when was it set up?", [r"2000"]),
    T("who praised it at the june meeting?", [RAHMON]),
    T("what's his role?", [r"President|Президент", TAJ]),
    T("and where was the joint exercise planned?", [TAJ], absent=[bare(r"Kazakh|Казах")]),
], [S0, S4], "ATC a specialised body; decision of 2000; Rahmon, Chair of the Council of Heads of CIS States, President of Tajikistan; "
   "exercise in October 2025 in Tajikistan")
conv("ru", [
    T("Сколько в СНГ отраслевых органов сотрудничества в сфере безопасности?", [NUM[16]]),
    T("а специализированных?", [NUM[3]]),
    T("назови их", [ATC, BCOC, JOINT_COMMISSION]),
    T("Совет руководителей таможенных служб входит в число отраслевых?", [no(CUSTOMS + r"|отраслев|sectoral")], absent=[STARTS_YES]),
    T("Кстати, где встречались главы МВД в августе?", [SPB]),
], [S0, S2], "16 sectoral, 3 specialised; customs not among them; a new question (St Petersburg) at the end")
conv("en", [
    T("which states sent delegations to the meeting of heads of security and intelligence services in moscow?", [AZE, ARM, BEL, KAZ, KYR, TAJ, TKM, UZB]),
    T("how many is that", [NUM[8]]),
    T("whose press office described the agenda?", [r"Foreign\s+Intelligence|внешней\s+разведк|\bSVR\b|СВР"]),
    T("and what did Peskov say?", [r"potential|потенциал"]),
], [S3], "8 delegations; «The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda …»; Peskov: «deep potential»")
conv("ru", [
    T("Кто такой Евгений Клемез?", [SECDEPT + r"|Director|директор"]),
    T("на каком мероприятии он выступал?", [INTERIOR + r"|" + SPB]),
    T("какие угрозы он назвал?", [r"extremis|экстремис", r"migration|миграц", r"narcotic|drug|наркот"]),
    T("а что собирались подписать главы государств?", [r"controlled\s+deliver|контролируем\w+\s+постав", r"sentenced|осужд[её]нн"]),
], [S2], "Director of the Security Cooperation Department; Interior Ministers Council in St Petersburg; threats; treaty on controlled delivery "
   "operations and optional protocol on transfer of sentenced persons")
conv("en", [
    T("tell me about the counter-terrorism meeting in june", [MOSCOW, JUNE10 + r"|" + dm(10, 6)]),
    T("how many sessions did it have?", [NUM[4]]),
    T("what was the fourth one about", [r"radicali|радикализ"]),
    T("and the third?", [EXERCISE]),
    T("What status does the SCO have in the CIS now?", [r"observer|наблюдател"]),
], [S1, S4], "XVIII meeting, Moscow, 10 June 2025; plenary + 4 sessions; fourth on radicalization; third on the exercise; "
   "a brand-new question on the SCO (observer)")
conv("ru", [
    T("Сколько заседаний провели органы СНГ в сфере безопасности в 2025 году?", [NUM[20]]),
    T("а в 2024?", None, absent=[r"^[^.]{0,40}\b20\b"], dd=True),
    T("which department of the Executive Committee do they work with?", [SECDEPT]),
    T("who directs it?", [KLEMEZ]),
], [S0, S2], "20 meetings in 2025; 2024 not given; «Department for Cooperation in the Security Sphere» (S0); Klemez is its Director (S2); switch to English")
conv("en", [
    T("the moscow meeting in november - what was on its agenda?", [r"humanitarian|гуманитарн"]),
    T("who chaired?", None, absent=[r"^[^.]{0,60}\b(?:chaired|presided)\b"], dd=True),
    T("which meetings of the supreme bodies did the speaker talk about?", [DUSHANBE, r"October|октябр"]),
    T("did the SCO become a member there?", [no(r"member|член")], absent=[STARTS_YES]),
], [S1], "agenda: humanitarian and educational cooperation; chair not named; October meetings in Dushanbe; SCO got observer status")
conv("ru", [
    T("chto obsuzhdali na sovete MVD v Pitere?", [r"migration|миграц", r"road|дорожн", r"prevention|профилактик|предупрежд"]),
    T("a bezopasnost dorozhnogo dvizheniya tozhe?", [YES, r"road|дорожн"], absent=[STARTS_NO]),
    T("а на июньском совещании в Москве беспилотники обсуждали?", [YES, r"unmanned|беспилотн|drone|БПЛА"], absent=[STARTS_NO]),
    T("кто там выступил с поздравлением?", [RAHMON]),
], [S2, S4], "St Petersburg: crime prevention programmes, ICT crimes, illegal migration, road safety, forensic…; June meeting: UAVs; Rahmon's address")


def build() -> str:
    return probe_text("probe23", 23, Q, CONVERSATIONS, written="2026-12-02")


if __name__ == "__main__":
    write_probe(OUT, 23, Q, CONVERSATIONS, written="2026-12-02")
