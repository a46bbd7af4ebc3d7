"""Probe set 20: a fresh measuring set written on 2026-12-01 in session 20 (after probe19); nobody tunes on it.

Written from the five documents in knowledge/seeds/ only, without reading the other sets' questions.
`python tests/question_bank/build_probe20.py` rewrites probe20.yaml.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
    DUSHANBE,
    EAG,
    EMERG,
    EXERCISE,
    FUTURE,
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
    SECSEC,
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
    month,
    no,
    turn_entry,
    write_probe,
    wrong_layout,
)

HERE = Path(__file__).resolve().parent

# recurring expectations
ATC_FULL = r"Anti-?\s?Terror\w*\s+Cent|Антитеррористическ\w+\s+центр"
DIRECTOR = r"Director|директор"
DEPUTY_SG = r"Deputy\s+Secretary|замести\w+\s+генеральн\w+\s+секретар|заместител\w+\s+генсек|замгенсек"
RADICAL = r"radicali|радикализ"
OCTOBER = r"October|октябр"
PRESS_OFFICE = r"TASS|ТАСС|Foreign\s+Intelligence|внешней\s+разведки|\bСВР\b|\bSVR\b"
SPB_AGO = (
    r"\b475\b|\b(?:1|one|a)\s+year|over\s+a\s+year|\b15\s+months|\b1\s+год|\bгод\s+(?:и|назад)|более\s+года"
    r"|\b15\s+месяц|(?:полтора|около|больше|почти)\s+год"
)
SECSEC_AGO = (
    r"\b390\b|\b(?:1|one|a)\s+year|over\s+a\s+year|\b1[23]\s+months|\b1\s+год|\bгод\s+(?:и|назад)|более\s+года"
    r"|\b1[23]\s+месяц|(?:около|больше|почти|чуть\s+больше)\s+год"
)

Q: list[dict[str, Any]] = []


def q(text: str, kind: str, expect: list[str] | None, src: list[str], note: str, absent: list[str] | None = None,
      dd: bool = False, decline: bool = False) -> None:
    Q.append(case_entry(f"p20-{len(Q) + 1:03d}", text, kind, expect, src, note, absent=absent, dd=dd, decline=decline))


# --- yes_no -------------------------------------------------------------------------------------------
q("Was weapons smuggling one of the threats Klemez named?", "yes_no", [YES, r"weapon|оружи"], [S2],
  "«Significant concerns include weapons smuggling and the escalating scale of cybercrime.»", absent=[STARTS_NO])
q("Правда, что Туркменистан участвовал в XVIII антитеррористическом совещании в Москве?", "yes_no", [no(TKM)], [S4],
  "«competent authorities of 9 CIS member-states – the Republic of Azerbaijan, the Republic of Armenia, the Republic of"
  " Belarus, the Republic of Kazakhstan, the Kyrgyz Republic, the Russian Federation, the Republic of Tajikistan, the"
  " Republic of Uzbekistan» (Turkmenistan not named)", absent=[STARTS_YES])
q("did the heads of state adopt the joint statement on transnational crime at the St Petersburg meeting?", "yes_no",
  [no(SPB + r"|interior|внутренних"), DUSHANBE], [S1, S2],
  "«The Heads of State also adopted a Joint Statement on Cooperation in Combating Transnational Crime» — at the October"
  " Dushanbe summit; St Petersburg hosted the Interior Ministers Council on 12 August", absent=[STARTS_YES])
q("Trefilov vystupal na zasedanii MVD v Peterburge?", "yes_no", None, [S1, S2],
  "S2 names only Klemez as the Executive Committee's speaker at St Petersburg; S1 has Trefilov addressing the 13th"
  " Security Secretaries meeting in Moscow; whether Trefilov was in St Petersburg is not said", absent=[STARTS_YES], dd=True)
q("Программа противодействия терроризму и экстремизму рассчитана до 2030 года?", "yes_no", [no(r"2030"), CT_PERIOD], [S1],
  "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on"
  " the External Borders until 2030»", absent=[STARTS_YES])
q("Did the EAG Secretariat report at the June counter-terrorism meeting on its work with the ATC?", "yes_no", [YES], [S4],
  "«The EAG Secretariat reported on its joint work with the CIS ATC aimed at establishing and developing national"
  " anti-money laundering systems»", absent=[STARTS_NO])
q("Генпрокурор России предлагал реформировать совет генпрокуроров СНГ?", "yes_no", [YES], [S3],
  "«the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»",
  absent=[STARTS_NO])
q("В 2025 году органы безопасности СНГ провели больше 25 заседаний?", "yes_no", [no(r"25|заседан|meeting"), NUM[20]], [S0],
  "«In 2025, 20 meetings were held.»", absent=[STARTS_YES])

# --- abbreviation -------------------------------------------------------------------------------------
q("АТЦ СНГ расшифруй", "abbreviation", [ATC_FULL], [S0, S4], "«CIS Anti-Terrorism Center»")
q("EAG?", "abbreviation", [r"Eurasian\s+Group|Евразийск\w+\s+групп", r"launder|легализац|отмыв"], [S4],
  "«Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
q("что такое РАТС ШОС", "abbreviation",
  [r"Regional\s+Anti-?\s?Terrorist\s+Structure|Региональн\w+\s+антитеррористическ\w+\s+структур", SCO], [S4],
  "«Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization»")
q("what's FATF short for?", "abbreviation", None, [S4],
  "S4 only says «based on international FATF standards»; the sources never expand FATF", dd=True)
q("BKBOP eto chto?", "abbreviation", [r"Bureau|Бюро", r"Organi[sz]ed\s+Crime|организованн"], [S0, S2],
  "«Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes in the Territory of the"
  " Commonwealth of Independent States Member States»")
q("ОДКБ — это что за организация?", "abbreviation",
  [r"Collective\s+Security\s+Treaty|Договор\w*\s+о\s+коллективной\s+безопасности"], [S4],
  "«Collective Security Treaty Organization» (one of the 3 international organisations at the XVIII meeting)")
q("смвд снг расшифровка", "abbreviation",
  [r"Interior\s+Ministers|Ministers\s+of\s+Internal\s+Affairs|министров\s+внутренних\s+дел"], [S0, S2, S4],
  "«CIS Ministers of Internal Affairs Council»; «The CIS Interior Ministers Council»")

# --- topic --------------------------------------------------------------------------------------------
q("What was the fourth session of the June counter-terrorism meeting about?", "topic", [RADICAL], [S4],
  "«During the fourth session on counteracting radicalization of the population»")
q("Какие темы обсуждали главы спецслужб на встрече в Москве?", "topic",
  [r"terror|террор", r"cyber|кибер|border|границ|погранич|criminal|преступн"], [S3],
  "«Delegates investigated how to sharpen joint capabilities in counterterrorism, cyber defense, border security, and"
  " cross-border criminal networks»")
q("what did the third session of the XVIII meeting discuss", "topic", [EXERCISE], [S4],
  "«The third session discussed the organization of a joint anti-terrorist exercise … \"Commonwealth-Antiterror - 2025\"»")
q("На что была направлена деятельность органов СНГ в сфере безопасности в 2025 году?", "topic",
  [r"stabil|стабильн", r"authority|авторитет|rule\s+of\s+law|правопоряд|законност|threat|угроз|вызов"], [S0],
  "«ensuring stability in the Commonwealth; countering common challenges and threats; strengthening the rule of law …;"
  " enhancing the authority of the CIS in the international arena»")
q("Что обсуждали на летнем заседании министров внутренних дел?", "topic",
  [r"migra|миграц", r"road|дорожн|forensic|экспертн|crime\s+prevention|профилактик|информацион|ICT|information"], [S2],
  "«discussed issues related to the implementation of interstate crime prevention programs … topical problems in the"
  " fight against illegal migration, cooperation in the field of road safety, expert and forensic activities»")
q("was anything said about drones at the Moscow counter-terrorism meeting in June?", "topic",
  [r"unmanned|drone|UAV|беспилот|БПЛА|дрон"], [S4],
  "«the increase in the number of terrorist acts with use of unmanned aerial vehicles»; «countering terrorist use of"
  " unmanned aerial vehicles»", absent=[STARTS_NO])

# --- attribute ----------------------------------------------------------------------------------------
q("Who gave the welcoming speech at the 13th meeting of the Security Secretaries Council?", "attribute", [TREFILOV], [S1],
  "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech.»")
q("Кто такой Клемез?", "attribute", [DIRECTOR, r"Security\s+Cooperation|сотрудничеств\w*\s+в\s+сфере\s+безопасности"
  r"|Department|департамент"], [S2],
  "«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»")
q("Где прошло ноябрьское заседание совета секретарей советов безопасности?", "attribute", [MOSCOW], [S1],
  "«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025.»")
q("who sent the congratulatory address to the XVIII meeting, and what post does he hold?", "attribute",
  [RAHMON, r"Tajik|Таджик|Chair|Председател"], [S4],
  "«a congratulatory address from the Chair of the Council of Heads of CIS States, President of the Republic of"
  " Tajikistan Emomali Rahmon»")
q("Пресс-бюро какой службы рассказало о повестке встречи руководителей спецслужб в Москве?", "attribute",
  [r"Foreign\s+Intelligence|внешней\s+разведки|\bСВР\b|\bSVR\b"], [S3],
  "«The press office of the Foreign Intelligence Service of the Russian Federation detailed that the agenda …»")
q("В какой стране планировались учения «Содружество-Антитеррор-2025»?", "attribute", [TAJ], [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»")
q("Who is the current Secretary-General of the CIS?", "attribute", None, [S1],
  "the sources name only Deputy Secretary-General Denis Trefilov; the Secretary-General is not named", dd=True)

# --- list ---------------------------------------------------------------------------------------------
q("Перечисли специализированные органы СНГ в сфере безопасности", "list",
  [ATC, BCOC, JOINT_COMMISSION + r"|незаконн\w+\s+миграц|Illegal\s+Migration"], [S0],
  "«and 3 specialized bodies: CIS Anti-Terrorism Center; Bureau for Coordination of Combating Organized Crime …; Joint"
  " Commission of the Agreement on Cooperation of the CIS Member States in Combating Illegal Migration»")
q("which international organisations came to the June 10 meeting?", "list", [CSTO, RATS, EAG], [S4],
  "«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the"
  " Shanghai Cooperation Organization, Eurasian Group on Combating Money Laundering and Financing of Terrorism»")
q("Kakie strany byli na sovete MVD v Peterburge?", "list", [ARM, BEL, KAZ, KYR, RUS, TAJ, TKM, UZB], [S2],
  "«bringing together representatives of Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and"
  " Uzbekistan»", absent=[bare(AZE)])
q("What documents were approved at the October summit in Dushanbe?", "list",
  [CONCEPT + r"|military|военн", CT_PERIOD, r"border|границ"], [S1],
  "«the Military Cooperation Concept of the CIS Member States until 2030 was approved, along with the Programmes for"
  " Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External"
  " Borders until 2030»")
q("Какие угрозы назвал Клемез?", "list",
  [r"extrem|экстрем", r"migra|миграц", r"drug|narcot|наркот", r"cyber|кибер"], [S2],
  "«a marked increase in extremist movements … Illegal migration flows … narcotics production … weapons smuggling …"
  " cybercrime … money laundering and corruption»")
q("list the basic organizations that took part in the XVIII meeting", "list",
  [r"languag|язык", r"border|погранич", r"train|подготовк|обучен"], [S4],
  "«4 basic organizations … for studying the problems of countering terrorism …, for training personnel in the field of"
  " countering terrorism and extremism, for training … commanding staff in the border sphere, and on languages and"
  " culture»")
q("что Клемез говорил про договоры, которые должны подписать главы государств?", "list",
  [r"controlled\s+deliver|контролируем\w+\s+постав", r"sentenced|осужд"], [S2],
  "«to sign the treaty on international controlled delivery operations and the optional protocol to the convention on"
  " the transfer of sentenced persons»")

# --- count --------------------------------------------------------------------------------------------
q("скока всего органов отраслевого сотрудничества в сфере безопасности?", "count", [NUM[16]], [S0],
  "«16 sectoral cooperation bodies operate in the security sphere»")
q("Сколько органов СНГ прислали рабочие структуры на июньское антитеррористическое совещание?", "count", [NUM[13]], [S4],
  "«working structures of 13 CIS bodies»")
q("Сколько заседаний прошло в 2025 году?", "count", [NUM[20]], [S0], "«In 2025, 20 meetings were held.»")
q("how many specialised sessions did the XVIII meeting have", "count", [NUM[4]], [S4],
  "«The meeting included a plenary session and 4 specialized sessions.»")
q("How many delegations attended the intelligence chiefs' meeting in Moscow?", "count", [NUM[8]], [S3],
  "«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan"
  " attended the meeting» / «The presence of these eight states»")
q("skolko mezhdunarodnyh organizaciy uchastvovalo v antiterroristicheskom soveshchanii v ijune?", "count", [NUM[3]], [S4],
  "«3 international organizations»")
q("Сколько государств СНГ было представлено на XVIII совещании?", "count", [NUM[9] + "|" + NUM[8]], [S4],
  "«competent authorities of 9 CIS member-states» (the list then names eight; either number with that explanation is"
  " fair)")
q("How many cooperation programmes were approved in Dushanbe?", "count", [NUM[2]], [S1],
  "«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border"
  " Security on the External Borders until 2030» (two programmes, besides the Concept)")

# --- quote --------------------------------------------------------------------------------------------
q("What exactly did Klemez say about history at the St Petersburg meeting?", "quote",
  [r"rewrite\s+history|переписа\w*\s+истори|historical\s+memory|историческ\w+\s+памят"], [S2],
  "«it is more crucial than ever to unite our efforts in preserving the historical memory, countering attempts to"
  " rewrite history»")
q("Что Трефилов назвал «прежде всего»?", "quote", [CIS_PLUS], [S1],
  "«“First and foremost”, he noted, “our countries’ leaders established the “Commonwealth of Independent States Plus”"
  " format»")
q("what did Peskov say about cooperation in the CIS?", "quote", [r"potential|потенциал"], [S3],
  "«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with"
  " greater confidence»")
q("Цитата Клемеза про «наши действия сегодня»", "quote", [r"future|будущ"], [S2],
  "«\"Our actions today will inform the future of the Commonwealth of Independent States.»")
q("Что, по словам Трефилова, позволяют ежегодные встречи?", "quote",
  [r"assess|оцен", r"vector|вектор|direction|направлени"], [S1],
  "«the annual meetings make it possible to assess the results of cooperation … and determine the vectors for"
  " interaction in the near future»")
q("Как Клемез охарактеризовал роль Совета министров внутренних дел?", "quote",
  [r"crucial|ключев|важн|решающ|significant|значим"], [S2],
  "«the CIS Interior Ministers Council plays a crucial role in ensuring the security of CIS member states»")
q("what did Rahmon say about the ATC in his address?", "quote", [r"\b2000\b|contribution|вклад"], [S4],
  "«noted the validity of the decision taken in 2000 … to establish the CIS ATC and emphasized the Center’s significant"
  " contribution» (either statement answers)")

# --- time ---------------------------------------------------------------------------------------------
q("kogda bylo zasedanie soveta ministrov vnutrennih del v Peterburge?", "time", [date(12, 8, 2025)], [S2],
  "«convened for a meeting in St. Petersburg on 12 August» (BelTA, 13 August 2025)")
q("How many days passed between the counter-terrorism meeting in Moscow and the St Petersburg one?", "time",
  [r"\b63\b|sixty-three|шестьдесят\s+тр"], [S2, S4],
  "10 June 2025 («was held in Moscow on June 10, 2025») to 12 August 2025: 63 days")
q("Сколько времени прошло с 13-го заседания секретарей советов безопасности?", "time", [SECSEC_AGO], [S1],
  "5 November 2025 to today 2026-11-30: 390 days, about a year and 25 days")
q("Is the counter-terrorism and extremism cooperation programme in its period right now?", "time", [CT_PERIOD], [S1],
  "«Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028»; today 2026-11-30 lies in it",
  absent=[STARTS_NO])
q("when does the military cooperation concept run out?", "time", [r"\b2030\b"], [S1, S2],
  "«the Military Cooperation Concept of the CIS Member States until 2030»")
q("Когда планировали провести учения «Содружество-Антитеррор-2025»?", "time", [month(10, 2025)], [S4],
  "«\"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»")
q("When is the next meeting of the Security Secretaries Council?", "time", None, [S1],
  "S1 says only «the annual meetings …»; no date of a next meeting is given", absent=[FUTURE], dd=True)
q("В каком году приняли решение о создании АТЦ СНГ?", "time", [r"\b2000\b"], [S4],
  "«the validity of the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»")

# --- lookalike ----------------------------------------------------------------------------------------
q("Was the 18th meeting of the Security Secretaries Council held in Moscow?", "lookalike",
  [r"\b13(?:th)?\b|thirteenth|тринадцат"], [S1, S4],
  "the Security Secretaries held their 13th meeting (Moscow, 5 November 2025); the XVIII meeting was the counter-terrorism"
  " heads' meeting (Moscow, 10 June 2025)", absent=[STARTS_YES])
q("Is the Council of Heads of Customs Services one of the 16 sectoral bodies?", "lookalike", [no(CUSTOMS)], [S0, S4],
  "not in S0's list of 16; it appears only among the 13 CIS bodies at the XVIII meeting", absent=[STARTS_YES])
q("Директор департамента сотрудничества в сфере безопасности — это Трефилов?", "lookalike", [no(TREFILOV), KLEMEZ + "|" + DEPUTY_SG],
  [S1, S2], "«Yevgeny Klemez, Director of the Security Cooperation Department»; Trefilov is Deputy Secretary-General (naming either answers)",
  absent=[STARTS_YES])
q("РАТС ШОС получила статус наблюдателя в СНГ?", "lookalike", [no(RATS + r"|РАТС|структур"), SCO], [S1, S4],
  "«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer» — the SCO, not RATS",
  absent=[STARTS_YES])
q("did the interior ministers meet in Moscow in June?", "lookalike", [no(MOSCOW + r"|June|июн"), SPB], [S2, S4],
  "the Interior Ministers Council met in St Petersburg on 12 August; Moscow on 10 June was the XVIII counter-terrorism"
  " meeting", absent=[STARTS_YES])
q("Программа укрепления безопасности внешних границ — на 2026–2028 годы?", "lookalike", [no(r"2026|2028"), r"\b2030\b"],
  [S1], "«in Strengthening Border Security on the External Borders until 2030» (2026–2028 is the counter-terrorism one)",
  absent=[STARTS_YES])
q("Есть ли среди отраслевых органов межгосударственный совет по информационной безопасности?", "lookalike",
  [no(r"information|информацион")], [S0], "S0's list of 16 sectoral bodies has no such council", absent=[STARTS_YES])
q("Was the prosecutors general council represented at the June counter-terrorism meeting?", "lookalike", [YES], [S4],
  "«working structures of 13 CIS bodies – … Coordinating Council of Prosecutors General»", absent=[STARTS_NO])

# --- out_of_scope -------------------------------------------------------------------------------------
q("Какая сегодня погода в Душанбе?", "out_of_scope", None, [], "not about the sources", decline=True)
q("Кто выиграл чемпионат мира по футболу 2022?", "out_of_scope", None, [], "not about the sources", decline=True)
q("when is the next NATO summit", "out_of_scope", None, [], "not about the sources", decline=True)
q("kak prigotovit plov", "out_of_scope", None, [], "not about the sources", decline=True)
q("Какой сейчас курс рубля к доллару?", "out_of_scope", None, [], "not about the sources", decline=True)

# --- style --------------------------------------------------------------------------------------------
q("hi there! I'm writing a piece on CIS security stuff — could you remind me which city hosted the interior ministers"
  " back in August 2025? thanks a lot", "style", [SPB], [S2], "«convened for a meeting in St. Petersburg on 12 August»",
  absent=[bare(MOSCOW)])
q("ATC founded?", "style", [r"\b2000\b"], [S4], "«the decision taken in 2000 … to establish the CIS ATC»")
q(wrong_layout("где прошло 18-е антитеррористическое совещание?"), "style", [MOSCOW], [S4],
  "wrong layout of «где прошло 18-е антитеррористическое совещание?»; «was held in Moscow on June 10, 2025»")
q("wen did the secuirty secretaires meet in moscow", "style", [date(5, 11, 2025)], [S1],
  "«took place in Moscow on November 5, 2025»")
q("привет) а кто там открывал заседание секретарей совбезов, ну замгенсека который", "style", [TREFILOV], [S1],
  "«CIS Deputy Secretary-General Denis Trefilov addressed the participants with a welcoming speech»")
q(wrong_layout("что такое формат снг плюс"), "style",
  [r"platform|площадк|cooperation|сотрудничеств|interact|взаимодейств"], [S1],
  "wrong layout of «что такое формат снг плюс»; «the “Commonwealth of Independent States Plus” format as a platform for"
  " cooperation between CIS Member States and other states»")
q("WHICH COUNTRY'S PRESIDENT CHAIRS THE CIS HEADS OF STATE COUNCIL??", "style", [TAJ + "|" + RAHMON], [S4],
  "«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»")


# --- conversations ------------------------------------------------------------------------------------
def conv(lang: str, src: list[str], note: str, turns: list[dict[str, Any]]) -> dict[str, Any]:
    return {"id": f"p20-c{len(C) + 1}", "lang": lang, "turns": turns, "source": src, "note": note}


T = turn_entry
C: list[dict[str, Any]] = []
C.append(conv("en", [S2], "meeting → person → post → list → yes/no in Russian", [
    T("When did the interior ministers meet in St Petersburg?", [date(12, 8, 2025)]),
    T("who spoke for the Executive Committee there?", [KLEMEZ]),
    T("what's his position?", [DIRECTOR]),
    T("and which countries came?", [ARM, KAZ, TKM, UZB], absent=[bare(AZE)]),
    T("А Азербайджан был?", [no(AZE)], absent=[STARTS_YES], note="Azerbaijan is not among the eight named"),
]))
C.append(conv("ru", [S1], "meeting → date ellipsis → person → post → agenda", [
    T("Где прошло 13-е заседание Совета секретарей советов безопасности?", [MOSCOW]),
    T("а когда?", [date(5, 11, 2025)]),
    T("кто выступил с приветствием?", [TREFILOV]),
    T("какая у него должность?", [DEPUTY_SG]),
    T("что было в повестке?", [r"humanitarian|гуманитарн|educat|образоват"],
      note="«The agenda of today’s meeting includes consideration of the development of humanitarian and educational"
      " cooperation»"),
]))
C.append(conv("en", [S4, S1], "XVIII meeting → count → list → EAG → brand-new programme question", [
    T("Tell me about the June 10 counter-terrorism meeting — where was it?", [MOSCOW]),
    T("how many international organisations took part?", [NUM[3]]),
    T("name them", [CSTO, RATS, EAG]),
    T("and what did the EAG report on?", [r"launder|отмыв|легализац|\bAML\b|ПОД"]),
    T("Different question: what period does the counter-terrorism cooperation programme cover?", [CT_PERIOD]),
]))
C.append(conv("ru", [S0], "count → other year (not in sources) → specialised bodies → list → full name in English", [
    T("Сколько заседаний органов СНГ в сфере безопасности прошло в 2025 году?", [NUM[20]]),
    T("а в 2024?", None, dd=True, note="the sources give only 2025"),
    T("а сколько специализированных органов?", [NUM[3]]),
    T("перечисли их", [ATC, BCOC, JOINT_COMMISSION + r"|незаконн\w+\s+миграц"]),
    T("and the joint commission — what is its full name?", [r"Illegal\s+Migration|незаконн\w+\s+миграц"]),
]))
C.append(conv("en", [S2], "person → threats → yes/no → plans → place", [
    T("Who is Yevgeny Klemez?", [DIRECTOR]),
    T("what threats did he list?", [r"extrem|экстрем", r"drug|narcot|наркот", r"cyber|кибер"]),
    T("did he mention corruption?", [YES], absent=[STARTS_NO]),
    T("and what did he say the heads of state plan to adopt?",
      [r"terror|террор|concept|концепц|controlled|контролируем|border|границ"]),
    T("which city was that meeting in again?", [SPB + "|" + DUSHANBE],
      note="«that meeting» may be Klemez's (St Petersburg) or the supreme bodies' one he spoke of (Dushanbe, S1)"),
]))
C.append(conv("ru", [S1, S3], "Latin-typed Russian summit → SCO → statement → UN → brand-new person", [
    T("kogda byl sammit v Dushanbe?", [OCTOBER]),
    T("chto tam reshili naschet ShOS?", [r"observer|наблюдател"]),
    T("а какое заявление приняли главы государств?", [r"transnational|транснационал"]),
    T("where will its text be distributed?", [UN]),
    T("Кто такой Песков?", [r"Press\s+Secretary|пресс-секретар"],
      note="new question: «Russian Presidential Press Secretary Dmitry Peskov»"),
]))
C.append(conv("en", [S3], "intelligence chiefs: list → count → undated → source → prosecutors", [
    T("the Moscow meeting of intelligence chiefs — which states sent delegations?", [AZE, ARM, BEL, KAZ, KYR, TAJ, TKM, UZB]),
    T("how many is that?", [NUM[8]]),
    T("when was it?", None, dd=True, note="the article gives no date of the meeting"),
    T("who reported on it?", [PRESS_OFFICE]),
    T("and what did the Russian Prosecutor General propose?", [r"reform|реформ"]),
]))
C.append(conv("ru", [S4], "XVIII sessions: count → ellipsis → exercise → ellipsis → switch to English and person", [
    T("Сколько специализированных сессий было на XVIII совещании?", [NUM[4]]),
    T("о чём была третья?", [EXERCISE]),
    T("где и когда планировались эти учения?", [TAJ, OCTOBER]),
    T("а четвёртая?", [RADICAL]),
    T("who addressed the plenary?", [RAHMON]),
]))
C.append(conv("en", [S1], "documents → ellipsis → today → years left", [
    T("What did the CIS leaders approve in Dushanbe on border security?", [r"\b2030\b"]),
    T("and on terrorism?", [CT_PERIOD]),
    T("is it already running?", [r"2026"], absent=[STARTS_NO], note="2026–2028 and today is 2026-11-30"),
    T("how long is left until the military concept ends?", [r"\b2030\b"]),
]))
C.append(conv("ru", [S0, S4], "count → yes → lookalike no → where the lookalike appears", [
    T("сколько отраслевых органов сотрудничества в сфере безопасности?", [NUM[16]]),
    T("есть среди них совет по чрезвычайным ситуациям?", [YES, EMERG], absent=[STARTS_NO]),
    T("а совет руководителей таможенных служб?", [no(CUSTOMS)], absent=[STARTS_YES]),
    T("где тогда этот таможенный совет упоминается?", [XVIII + r"|June|июн|counter-?terror|антитеррор"],
      note="«working structures of 13 CIS bodies – … Council of Heads of Customs Services»"),
]))
C.append(conv("en", [S2, S4, S0], "time since → previous meeting → days between (Russian) → brand-new abbreviation", [
    T("how long ago was the St Petersburg meeting?", [SPB_AGO], note="12 August 2025 → 2026-11-30: 475 days"),
    T("and the meeting before it, which one was that?", [XVIII + "|" + date(10, 6, 2025)],
      note="among the dated meetings, the XVIII counter-terrorism meeting of 10 June 2025"),
    T("сколько дней между ними?", [r"\b63\b|шестьдесят\s+тр"]),
    T("Что такое АТЦ?", [ATC_FULL]),
]))
C.append(conv("ru", [S1, S2], "person → place → not in sources → quote in English → document", [
    T("Кто такой Трефилов?", [DEPUTY_SG]),
    T("где он выступал?", [MOSCOW + "|" + SECSEC + r"|13"]),
    T("а на встрече в Питере он был?", None, dd=True, absent=[STARTS_YES],
      note="S2 names only Klemez at St Petersburg"),
    T("what did he say about youth?", [r"destructive|деструктивн|ideolog|идеолог"]),
    T("ok and until what year is the military concept?", [r"\b2030\b"]),
]))


if __name__ == "__main__":
    write_probe(HERE / "probe20.yaml", 20, Q, C)
