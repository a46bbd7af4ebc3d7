"""Writes tuning23_conv.yaml: conversations written in session 23 (helper "t23-conv") by a fresh reader of the
five documents in knowledge/seeds/, without reading the engine or the other sets, the way a fresh tester writes
them (pronouns, ellipsis, "which of them", "the other one", days between, a yes/no whose honest answer is no or
not said, a switch of entity type or language, a brand-new full question mid-chat).

    python tests/question_bank/build_tuning23_conv.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from patterns import (
    ARM,
    ATC,
    AZE,
    BCOC,
    CIS_PLUS,
    CSTO,
    CT_PERIOD,
    DUSHANBE,
    EAG,
    INTERIOR,
    KLEMEZ,
    MOSCOW,
    NUM,
    PROSECUTORS,
    RAHMON,
    RATS,
    RUS,
    SECSEC,
    SPB,
    STARTS_NO,
    STARTS_YES,
    TAJ,
    TKM,
    TREFILOV,
    UN,
    XVIII,
    YES,
    date,
    dump_set,
    no,
    turn_entry,
    wrong_layout,
)

S0 = "000_d102ea4f84d1b773.txt"
S1 = "001_2c71cc2c076bff5a.txt"
S2 = "002_3522b661196935cf.txt"
S3 = "003_d1a6280cedd08524.txt"
S4 = "004_fdda80b81dab3adc.txt"

T = turn_entry
EXERCISE_NAME = r"Commonwealth[\s-]*Anti-?\s?terror|Содружество[\s-]*Антитеррор"
JUNE10 = date(10, 6, 2025)
AUG12 = r"(?:\b12(?:th)?\s+(?:of\s+)?Aug|\bAug\w*\.?\s+12\b|\b12\s+августа|\b12\.08\.|2025-08-12)"
NOV5 = date(5, 11, 2025)
CT_MEETING = XVIII + r"|counter-?\s?terror|антитеррор|June|июн"
YOUTH = r"destructive|деструктив|ideolog|идеолог"
DAYS_63 = r"\b63\b"
DAYS_85 = r"\b85\b"
DAYS_148 = r"\b148\b"

CONVERSATIONS: list[dict[str, Any]] = []


def chat(lang: str, src: list[str], note: str, *turns: dict[str, Any]) -> None:
    CONVERSATIONS.append(
        {"id": f"t23conv-c{len(CONVERSATIONS) + 1}", "lang": lang, "turns": list(turns), "source": src, "note": note}
    )


chat(
    "ru", [S2], "the St Petersburg interior ministers' meeting by description, then who spoke, his post, states yes/no",
    T("когда собирались министры внутренних дел СНГ в Питере?", [AUG12],
      note="«The CIS Interior Ministers Council convened for a meeting in St. Petersburg on 12 August»"),
    T("а кто там выступал?", [KLEMEZ], note="Yevgeny Klemez is the one person quoted"),
    T("он из какой структуры?", [r"Department|департамент|Executive\s+Committee|Исполнительн|Исполком"],
      note="«Director of the Security Cooperation Department at the CIS Executive Committee»"),
    T("Азербайджан там был?", [no(AZE)], [STARTS_YES],
      note="«Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan, Turkmenistan, and Uzbekistan» (no Azerbaijan)"),
    T("а Туркменистан?", [YES, TKM], [STARTS_NO], note="Turkmenistan is listed"),
)

chat(
    "en", [S4], "the XVIII counter-terrorism meeting: when, where, who sent an address, his post, in person (not said)",
    T("wen was the 18th meeting of the counter-terrorism heads held?", [JUNE10],
      note="«was held in Moscow on June 10, 2025»"),
    T("where?", [MOSCOW]),
    T("who sent a congratulatory address?", [RAHMON],
      note="«a congratulatory address from the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»"),
    T("what's his position?", [r"President|Президент|Chair|Председател"]),
    T("did he come to Moscow in person?", absent=[STARTS_YES], dd=True,
      note="the plenary «heard a congratulatory address»; nothing says he was there"),
)

chat(
    "ru", [S1], "the 13th Security Secretaries meeting: where, when (Latin typo), who greeted, agenda, what Dushanbe has to do with it",
    T("Где прошло 13-е заседание Совета секретарей советов безопасности СНГ?", [MOSCOW],
      note="«The 13th meeting of the CIS Security Secretaries Council took place in Moscow on November 5, 2025»"),
    T("kagda?", [NOV5]),
    T("кто приветствовал участников?", [TREFILOV], note="«Denis Trefilov addressed the participants with a welcoming speech»"),
    T("что было в повестке?", [r"humanitarian|гуманитарн|educational|образовательн"],
      note="«The agenda of today's meeting includes consideration of the development of humanitarian and educational cooperation»"),
    T("а Душанбе тут при чём?", [r"October|октябр|summit|саммит|supreme|высш"],
      note="«the outcomes of the October meetings of the Commonwealth's supreme bodies in Dushanbe»"),
)

chat(
    "ru", [S1], "the Dushanbe summit (EN then RU): SCO, CIS Plus, programmes, which lasts longer, years left",
    T("What did the Dushanbe summit decide about the SCO?", [r"observer|наблюдател"],
      note="«the Summit decided to grant the Shanghai Cooperation Organization the status of an Observer»"),
    T("and what's the new format called?", [CIS_PLUS], note="«Commonwealth of Independent States Plus» format"),
    T("а какие программы там утвердили?", [r"terror|террор", r"border|границ|погранич"],
      note="«the Programmes for Cooperation in Countering Terrorism and Extremism for 2026–2028 and in Strengthening Border Security on the External Borders until 2030»"),
    T("какая из них рассчитана на больший срок?", [r"border|границ|погранич", r"2030"]),
    T("сколько лет осталось до её окончания?", [r"\b(?:3|4)\b|\bтр(?:и|[её]х)\b|четыр|three|four"],
      note="until 2030, today 2026-11-30: three to four years"),
)

chat(
    "ru", [S3], "the heads of security and intelligence services in Moscow, Latin-typed: where, when (not said), states, how many, Russia (not listed)",
    T("gde prohodila vstrecha rukovoditeley specsluzhb SNG?", [MOSCOW],
      note="«The meeting of the heads of security organizations and intelligence services ... convened in Moscow»"),
    T("a kogda?", absent=[JUNE10, NOV5], dd=True, note="the article carries no date"),
    T("kakie strany prislali delegacii?", [AZE, TKM, ARM],
      note="«Delegations from Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Uzbekistan attended»"),
    T("skolko ih?", [NUM[8]], note="«The presence of these eight states»"),
    T("a Rossiya sredi nih?", [no(RUS + r"|Rossi")], [STARTS_YES], note="Russia is not in the list of delegations"),
)

chat(
    "en", [S0, S2, S4], "bodies counted: sectoral, specialised (ellipsis), which deals with organised crime, ATC sectoral? (no), meetings in 2025",
    T("How many sectoral cooperation bodies does the CIS have in the security sphere?", [NUM[16]],
      note="«16 sectoral cooperation bodies operate in the security sphere»"),
    T("and specialised ones?", [NUM[3]], note="«and 3 specialized bodies»"),
    T("which of them deals with organised crime?", [BCOC], note="the Bureau for Coordination of Combating Organized Crime"),
    T("is the Anti-Terrorism Center one of the sectoral ones?", [r"speciali[sz]|специализ"], [STARTS_YES],
      note="the ATC is listed among the 3 specialized bodies"),
    T("how many meetings did they hold in 2025?", [NUM[20]], note="«In 2025, 20 meetings were held»"),
)

chat(
    "ru", [S2], "Klemez as a person: post, what he said on migration, on drugs, treaties planned, were they signed (not said)",
    T("Кто такой Евгений Клемез?", [r"Director|директор", r"Security\s+Cooperation|сотрудничеств\w*\s+в\s+(?:сфере|области)\s+безопасности|Department|департамент"],
      note="«Yevgeny Klemez, Director of the Security Cooperation Department at the CIS Executive Committee»"),
    T("что он говорил про миграцию?", [r"threat|угроз", r"national\s+security|национальн"],
      note="«Illegal migration flows pose a direct threat to national security»"),
    T("а про наркотики?", [r"narcotic|drug|наркот", r"grow|increas|expand|рост|расш|увелич"],
      note="«A persistent trend of growing narcotics production and expanding drug trafficking routes remains evident»"),
    T("какие договоры собирались подписать?", [r"controlled\s+deliver|контролируем\w*\s+постав", r"sentenced|осужд"],
      note="«to sign the treaty on international controlled delivery operations and the optional protocol to the convention on the transfer of sentenced persons»"),
    T("их в итоге подписали?", absent=[STARTS_YES], dd=True, note="no source says they were signed"),
)

chat(
    "en", [S1, S2, S4], "Moscow meetings of 2025 (chatty), which first, days between, the St Petersburg one after the June one, who chaired (not said)",
    T("hey, which security meetings took place in Moscow in 2025?", [XVIII + r"|counter-?\s?terror|антитеррор", SECSEC],
      note="the XVIII counter-terrorism meeting (10 June 2025) and the 13th Security Secretaries meeting (5 November 2025)"),
    T("which of them was first?", [CT_MEETING]),
    T("how many days between them?", [DAYS_148], note="10 June to 5 November 2025"),
    T("and the St Petersburg one, how long after the June meeting was it?", [DAYS_63 + r"|\b9\s+weeks"],
      note="10 June to 12 August 2025: 63 days"),
    T("who chaired the November one?", absent=[r"(?:Trefilov|Трефилов)[^.]{0,40}(?:chaired|presided|председательствовал)"], dd=True,
      note="no chair is named; Trefilov gave a welcoming speech"),
)

chat(
    "ru", [S4, S2, S0], "the ATC on the wrong keyboard layout: what it is, when set up, who recalled it, where, at St Petersburg (yes)",
    T(wrong_layout("что такое АТЦ СНГ?"), [ATC], note="CIS Anti-Terrorism Center, one of the 3 specialized bodies"),
    T("когда его создали?", [r"\b2000\b"],
      note="«the decision taken in 2000 by the Council of Heads of CIS States to establish the CIS ATC»"),
    T("кто об этом напомнил?", [RAHMON]),
    T("на каком мероприятии?", [XVIII + r"|антитеррор|counter-?\s?terror"]),
    T("а на совещании МВД в Питере АТЦ был?", [YES], [STARTS_NO],
      note="the St Petersburg meeting brought together «the CIS Anti-Terrorism Center and the Bureau ...»"),
)

chat(
    "en", [S4], "the Commonwealth-Antiterror exercise: name, where, did it take place (not said), which session, the fourth session",
    T("What exercise was planned for October 2025?", [EXERCISE_NAME],
      note="«a joint anti-terrorist exercise ... \"Commonwealth-Antiterror - 2025\" in October 2025 on the territory of the Republic of Tajikistan»"),
    T("where?", [TAJ]),
    T("did it actually take place?", absent=[STARTS_YES], dd=True, note="the sources only record it being organised"),
    T("which session discussed it?", [r"third|\b3(?:rd)?\b|трет"], note="«The third session discussed the organization of ...»"),
    T("and what was the fourth about?", [r"radicali[sz]|радикализ"],
      note="«During the fourth session on counteracting radicalization of the population»"),
)

chat(
    "ru", [S1], "the joint statement, with typos: which one, where its text goes, when, who told of it, claimed in Minsk (no)",
    T("какое савместное заявление приняли главы гасударств в Душанбе?", [r"transnational|транснациональн"],
      note="«a Joint Statement on Cooperation in Combating Transnational Crime»"),
    T("куда его текст отправят?", [UN],
      note="«The text of the statement is planned to be distributed at the United Nations and other international organizations»"),
    T("кагда его приняли?", [r"October|октябр"], note="at the October meetings of the supreme bodies in Dushanbe (2025)"),
    T("а кто об этом рассказывал?", [TREFILOV]),
    T("это он говорил на заседании в Минске?", [no(r"Minsk|Минск"), MOSCOW], [STARTS_YES],
      note="he spoke at the 13th Security Secretaries meeting in Moscow"),
)

chat(
    "ru", [S3], "Peskov (EN then RU): what he said, when, his post, then Putin",
    T("What did Peskov say about the CIS?", [r"potential|потенциал"],
      note="«cooperation within the CIS holds deep potential and enables its partners to move through turbulent times with greater confidence»"),
    T("when did he say it?", [r"October|октябр"], [date(5, 11, 2025)], note="«in an October statement»"),
    T("а кто он по должности?", [r"Press\s+Secretary|пресс-секретар"], note="«Russian Presidential Press Secretary Dmitry Peskov»"),
    T("а Путин что говорил?", [r"\b80|восьмидесят", r"victory|Побед"],
      note="«next year the CIS countries will jointly celebrate the 80th anniversary of the victory in the Great Patriotic War»"),
)

chat(
    "ru", [S0, S3, S4], "the prosecutors' council: exists, sectoral or specialised, who proposed reforms, his name (not given), at the June meeting",
    T("Есть ли в СНГ совет генеральных прокуроров?", [YES, PROSECUTORS], [STARTS_NO],
      note="«CIS Coordination Council of Prosecutors General» is one of the 16 sectoral bodies"),
    T("это отраслевой орган или специализированный?", [r"sectoral|отраслев"]),
    T("кто предлагал его реформировать?", [r"Prosecutor\s+General|Генеральн\w*\s+прокурор", RUS],
      note="«the Prosecutor General of the Russian Federation recommended reforms to the CIS Council of Prosecutors»"),
    T("а как его зовут?", dd=True, note="no name is given"),
    T("прокуроры участвовали в июньском антитеррористическом совещании?", [YES], [STARTS_NO],
      note="«Coordinating Council of Prosecutors General» among the 13 CIS bodies at the XVIII meeting"),
)

chat(
    "en", [S4], "international organisations at the June meeting, terse: which, how many, which reported, standards, the UN (no)",
    T("intl orgs at the june CT meeting?", [CSTO, RATS, EAG],
      note="«3 international organizations – Collective Security Treaty Organization, Regional Anti-Terrorist Structure of the Shanghai Cooperation Organization, Eurasian Group on Combating Money Laundering and Financing of Terrorism»"),
    T("how many?", [NUM[3]]),
    T("which one reported on work with the ATC?", [EAG], note="«The EAG Secretariat reported on its joint work with the CIS ATC»"),
    T("based on what standards?", [r"FATF|ФАТФ"], note="«based on international FATF standards»"),
    T("was the UN there?", [no(UN)], [STARTS_YES], note="the UN is not among the 3 international organizations"),
)

chat(
    "ru", [S2, S4], "the St Petersburg interior ministers' topics, Latin-typed: topics, road safety (yes), drones (not there), states, bodies",
    T("o chem govorili ministry vnutrennih del v Peterburge?", [r"migra|миграц|road|дорожн|forensic|экспертн|crime\s+prevention|профилакти"],
      note="«topical problems in the fight against illegal migration, cooperation in the field of road safety, expert and forensic activities ...»"),
    T("a pro bezopasnost dorozhnogo dvizheniya govorili?", [YES], [STARTS_NO], note="«cooperation in the field of road safety»"),
    T("a pro bespilotniki?", [no(r"UAV|unmanned|drone|беспилот|bespilot") + "|" + XVIII + r"|June|июн"], [STARTS_YES],
      note="unmanned aerial vehicles came up at the June XVIII meeting, not in St Petersburg"),
    T("skolko stran tam bylo?", [NUM[8]], note="eight states listed"),
    T("a kakie organy SNG krome stran?", [ATC, BCOC]),
)

chat(
    "en", [S1, S2, S0], "the Military Cooperation Concept: what, who approved, where, planned in August (yes), then a body question",
    T("What's the Military Cooperation Concept?", [r"\b2030\b"],
      note="«the Military Cooperation Concept of the CIS Member States until 2030 was approved»"),
    T("who approved it?", [r"Heads\s+of\s+State|глав\w*\s+государств|summit|саммит|supreme|высш|Council\s+of\s+Heads"]),
    T("where?", [DUSHANBE]),
    T("was it already on the cards back in August?", [YES], [STARTS_NO],
      note="Klemez (13 August): «Plans are in place to adopt ... the concept of military cooperation until 2030»"),
    T("and the Defense Ministers Council, is that a sectoral body?", [YES], [STARTS_NO], note="«CIS Defense Ministers Council» among the 16"),
)

chat(
    "ru", [S3, S4], "states at the intelligence meeting, then a brand-new question on the XVIII meeting, then Turkmenistan there (no)",
    T("Сколько государств участвовало во встрече глав спецслужб в Москве?", [NUM[8]], note="eight delegations"),
    T("а Туркменистан был?", [YES], [STARTS_NO], note="Turkmenistan is among the delegations"),
    T("Какие базовые организации СНГ участвовали в XVIII антитеррористическом совещании?", [r"language|язык", r"border|погранич"],
      note="«4 basic organizations ... for studying the problems of countering terrorism ..., for training personnel ..., ... in the border sphere, and on languages and culture»"),
    T("а сколько там было органов СНГ?", [NUM[13]], note="«working structures of 13 CIS bodies»"),
    T("Туркменистан там был?", [no(TKM)], [STARTS_YES],
      note="the XVIII meeting lists Azerbaijan, Armenia, Belarus, Kazakhstan, Kyrgyz Republic, Russia, Tajikistan, Uzbekistan (no Turkmenistan)"),
)

chat(
    "ru", [S1], "Trefilov (EN then RU): who, which meeting, what on youth, the exercise (not mentioned), where the summit was",
    T("Who is Denis Trefilov?", [r"Deputy\s+Secretary|замести"], note="«CIS Deputy Secretary-General Denis Trefilov»"),
    T("what meeting did he address?", [SECSEC + r"|\b13"]),
    T("what did he say about youth?", [YOUTH], note="«reducing the involvement of our countries' populations, especially youth, in destructive ideological movements»"),
    T("did he mention the Commonwealth-Antiterror exercise?", absent=[STARTS_YES], dd=True, note="his recorded speech does not"),
    T("а где проходил саммит, про который он рассказывал?", [DUSHANBE]),
)

chat(
    "ru", [S2, S3], "the Year of Peace and Unity: which year, who mentioned it in St Petersburg, which anniversary, what he said on memory",
    T("Какой год объявлен в СНГ Годом мира и единства в борьбе с нацизмом?", [r"\b2025\b"],
      note="«in the year of the 80th anniversary of Victory ... which was declared the Year of Peace and Unity in the Fight Against Nazism in the CIS» (BelTA, August 2025)"),
    T("кто об этом говорил в Петербурге?", [KLEMEZ]),
    T("к какому юбилею его приурочили?", [r"\b80|восьмидесят"]),
    T("что он сказал про историческую память?", [r"rewrite|переписа|memory|памят"],
      note="«to unite our efforts in preserving the historical memory, countering attempts to rewrite history»"),
)

chat(
    "ru", [S4, S2], "the XVIII meeting: when, where (wrong layout), sessions, the second one, days to the interior ministers' meeting",
    T("Когда прошло XVIII совещание по противодействию терроризму?", [JUNE10]),
    T(wrong_layout("а где оно проходило?"), [MOSCOW]),
    T("сколько было специализированных сессий?", [NUM[4]], note="«a plenary session and 4 specialized sessions»"),
    T("о чём была вторая?", [r"international|международн"], note="«the second session on international counter-terrorism cooperation»"),
    T("сколько дней прошло от него до совета министров внутренних дел в Питере?", [DAYS_63]),
)

chat(
    "en", [S1], "the programmes: border security until when, the CT one (ellipsis), how many years, adopted in Moscow (no), a cybercrime programme (not said)",
    T("until when does the border security programme run?", [r"\b2030\b"]),
    T("and the counter-terrorism one?", [CT_PERIOD]),
    T("how many years does that cover?", [NUM[3]], note="2026–2028"),
    T("were they adopted in Moscow?", [DUSHANBE], [STARTS_YES], note="approved at the October meetings of the supreme bodies in Dushanbe"),
    T("is there a programme on cybercrime too?", absent=[STARTS_YES], dd=True, note="no cybercrime programme is named"),
)

chat(
    "ru", [S0, S2, S4], "the Bureau on organised crime, Latin-typed: what, specialised (yes), where it took part, at the June meeting (not listed)",
    T("chto takoe BKBOP?", [BCOC], note="«Bureau for Coordination of Combating Organized Crime and Other Dangerous Types of Crimes ...»"),
    T("eto specializirovannyj organ?", [YES], [STARTS_NO], note="one of the 3 specialized bodies"),
    T("a gde on uchastvoval v 2025?", [SPB], note="represented at the Interior Ministers Council in St Petersburg on 12 August"),
    T("a na iyunskom soveshchanii po terrorizmu on byl?", [no(BCOC + r"|Bureau|Бюро|Byuro")], [STARTS_YES],
      note="not among the 13 CIS bodies at the XVIII meeting"),
)

chat(
    "en", [S1, S2], "two meetings asked together: when, where each, which had Turkmenistan, the other one's speaker, days apart",
    T("When did the Security Secretaries Council and the Interior Ministers Council meet?", [NOV5, AUG12]),
    T("and where was each?", [MOSCOW, SPB]),
    T("which of them did Turkmenistan attend?", [INTERIOR + r"|Petersburg|Петербург"],
      note="Turkmenistan is listed for St Petersburg; no states are listed for the Security Secretaries"),
    T("and the other one, who spoke there?", [TREFILOV]),
    T("how many days apart were they?", [DAYS_85], note="12 August to 5 November 2025"),
)

chat(
    "ru", [S0, S2], "the 2 March report: when, meetings in 2025, in 2024 (not said), its aims, the department, its director",
    T("Когда вышел отчёт Исполкома об итогах деятельности отраслевых органов СНГ в сфере безопасности за 2025 год?",
      [r"\b2\s+March|March\s+2\b|\b2\s+марта"], note="dated «2 March»"),
    T("сколько заседаний проведено?", [NUM[20]]),
    T("а в 2024?", dd=True, note="no figure for 2024"),
    T("на что была направлена деятельность?", [r"stabilit|стабильн", r"authority|авторитет"],
      note="«ensuring stability in the Commonwealth; ... enhancing the authority of the CIS in the international arena»"),
    T("какой департамент Исполкома с ними взаимодействовал?",
      [r"Department\s+for\s+Cooperation\s+in\s+the\s+Security\s+Sphere|Security\s+Cooperation\s+Department|сотрудничеств\w*\s+в\s+(?:сфере|области)\s+безопасности"],
      note="«(Department for Cooperation in the Security Sphere)»"),
    T("кто его директор?", [KLEMEZ], note="Klemez, «Director of the Security Cooperation Department at the CIS Executive Committee»"),
)

chat(
    "ru", [S3], "the intelligence chiefs' talks, chatty: topics, who reported, cyber (yes), Peskov there (not said)",
    T("Привет! Слушай, а что обсуждали главы спецслужб на встрече в Москве?",
      [r"cyber|кибер|counter-?\s?terror|терроризм|border|погранич|results|результат"],
      note="«evaluating concrete results from cooperative work and setting concrete tasks ... counterterrorism, cyber defense, border security, and cross-border criminal networks»"),
    T("а кто об этом сообщил?", [r"TASS|ТАСС|Foreign\s+Intelligence|внешней\s+разведки|СВР"],
      note="«as reported by TASS»; «The press office of the Foreign Intelligence Service of the Russian Federation detailed ...»"),
    T("киберзащиту обсуждали?", [YES], [STARTS_NO], note="«cyber defense»"),
    T("а Песков там выступал?", absent=[STARTS_YES], dd=True,
      note="Peskov's remark was «an October statement»; nothing says he spoke at the meeting"),
)

chat(
    "en", [S4, S1], "Rahmon: what he said, at which meeting, is he the chair of the heads of state, what else happened in Tajikistan",
    T("What did Emomali Rahmon say in his address?", [r"\b2000\b|Anti-?\s?Terror|\bATC\b|Center|Centre"],
      note="«noted the validity of the decision taken in 2000 ... to establish the CIS ATC and emphasized the Center's significant contribution»"),
    T("at which meeting?", [XVIII + r"|counter-?\s?terror"]),
    T("so he chairs the council of CIS heads of state?", [YES], [STARTS_NO],
      note="«the Chair of the Council of Heads of CIS States, President of the Republic of Tajikistan Emomali Rahmon»"),
    T("what else happened in Tajikistan according to the sources?", [DUSHANBE + "|" + EXERCISE_NAME + r"|exercise|учени"],
      note="the October meetings of the supreme bodies in Dushanbe; the exercise planned in Tajikistan"),
)


# --- Phase 3: variants of the failing turns over other entries, written before each fix and scored on
# the start code; the note starts with the family.

chat(
    "ru", [S4], "[group-list-keeps-meeting] basic organisations at the XVIII meeting, then the states there",
    T("Какие базовые организации были на XVIII совещании?", [r"language|язык", r"border|погранич"]),
    T("а сколько там было государств?", [r"\b[89]\b|восем|девят|eight|nine"],
      note="«competent authorities of 9 CIS member-states» naming eight"),
)
chat(
    "ru", [S4], "[group-list-keeps-meeting] Latin-typed: basic organisations at the XVIII meeting, then Azerbaijan there (yes)",
    T("kakie bazovye organizacii uchastvovali v XVIII soveshchanii?", [r"language|язык", r"border|погранич"]),
    T("a Azerbaydzhan tam byl?", [YES], [STARTS_NO], note="the Republic of Azerbaijan is listed"),
)
chat(
    "ru", [S4], "[group-list-keeps-meeting] basic organisations at the Moscow counter-terrorism meeting, then who addressed it",
    T("Какие базовые организации участвовали в антитеррористическом совещании в Москве?", [r"language|язык", r"border|погранич"]),
    T("а кто там выступил с приветствием?", [RAHMON]),
)
chat(
    "en", [S1, S2], "[days-from-it] the interior ministers' date, then how many days after the XVIII meeting",
    T("When did the interior ministers meet in St Petersburg?", [AUG12]),
    T("how many days was that after the XVIII meeting?", [DAYS_63]),
)
chat(
    "ru", [S1, S2], "[days-from-it] the 13th Security Secretaries meeting, then the days from it to St Petersburg",
    T("Где прошло 13-е заседание секретарей совбезов?", [MOSCOW]),
    T("а сколько дней прошло от него до заседания в Питере?", [DAYS_85]),
)
chat(
    "ru", [S1, S2], "[before-or-after-body] the 13th meeting, then before or after the interior ministers' (after)",
    T("когда было 13-е заседание секретарей совбезов?", [NOV5]),
    T("это было до или после заседания МВД?", [r"after|later|после|позже"], [r"участник|participant"]),
)
chat(
    "ru", [S1, S2], "[before-or-after-body] Latin-typed: the 13th meeting, then before or after the interior ministers' (after)",
    T("kogda bylo 13-e zasedanie sekretarey sovbezov?", [NOV5]),
    T("eto bylo do ili posle zasedaniya MVD?", [r"after|later|после|позже"], [r"участник|participant"]),
)
chat(
    "ru", [S1, S4], "[between-them] Moscow meetings of 2025, which earlier, days between them",
    T("какие заседания прошли в Москве в 2025 году?", [XVIII + r"|антитеррор", SECSEC]),
    T("какое из них было раньше?", [CT_MEETING]),
    T("а сколько дней между ними?", [DAYS_148]),
)
chat(
    "ru", [S1, S4], "[between-them] Latin-typed: Moscow meetings of 2025, days between them",
    T("kakie zasedaniya proshli v Moskve v 2025?", [XVIII + r"|антитеррор", SECSEC]),
    T("skolko dney mezhdu nimi?", [DAYS_148]),
)
chat(
    "ru", [S2, S4], "[between-them] meetings of summer 2025, time between them",
    T("Какие заседания прошли летом 2025 года?", [CT_MEETING, INTERIOR + r"|Петербург|Petersburg"]),
    T("сколько времени прошло между ними?", [DAYS_63]),
)
chat(
    "en", [S1, S4], "[between-them] Moscow meetings of 2025, which later, how many days apart",
    T("Which meetings were held in Moscow in 2025?", [XVIII + r"|counter-?\s?terror", SECSEC]),
    T("which of them was later?", [SECSEC + r"|November|ноябр"]),
    T("how many days apart were they?", [DAYS_148]),
)
chat(
    "en", [S1, S4], "[described-one] the XVIII meeting, then who spoke at the November one",
    T("when was the XVIII meeting?", [JUNE10]),
    T("who spoke at the November one?", [TREFILOV]),
)
chat(
    "ru", [S2, S4], "[described-one] the XVIII meeting, then where the August one was",
    T("когда было XVIII совещание?", [JUNE10]),
    T("а где было августовское заседание?", [SPB]),
)
chat(
    "ru", [S1, S4], "[described-one] the XVIII meeting, then who spoke at the November one (adjective alone)",
    T("когда было XVIII совещание?", [JUNE10]),
    T("кто выступал на ноябрьском?", [TREFILOV]),
)
chat(
    "en", [S1, S2, S4], "[described-one] the meetings of 2025, then who chaired the November one (not said)",
    T("Which meetings took place in 2025?", [SECSEC, INTERIOR]),
    T("who chaired the November one?", absent=[r"nothing\s+for\s+November|ничего\s+за\s+ноябрь"], dd=True,
      note="the 13th Security Secretaries meeting of 5 November names no chair"),
)
chat(
    "ru", [S1, S2], "[described-one] the 13th meeting, then who spoke at the St Petersburg one",
    T("Где прошло 13-е заседание?", [MOSCOW]),
    T("а кто говорил на петербургском?", [KLEMEZ]),
)
chat(
    "en", [S4], "[in-person] who sent the XVIII meeting its address, then was he there in person (not said)",
    T("Who sent a congratulatory address to the XVIII meeting?", [RAHMON]),
    T("was he there in person?", absent=[STARTS_YES], dd=True, note="the plenary «heard a congratulatory address»"),
)
chat(
    "ru", [S4], "[in-person] who sent the XVIII meeting its greeting, then did he come himself (not said)",
    T("Кто направил приветствие XVIII совещанию?", [RAHMON]),
    T("он сам приезжал в Москву?", absent=[STARTS_YES], dd=True),
)
chat(
    "ru", [S4], "[in-person] Latin-typed: who sent the greeting, then did he come personally (not said)",
    T("kto napravil privetstvie XVIII soveshchaniyu?", [RAHMON]),
    T("on lichno priezzhal?", absent=[STARTS_YES], dd=True),
)
chat(
    "ru", [S1], "[period-of-listed] programmes approved in Dushanbe, which runs longer, years left",
    T("Какие программы утвердили в Душанбе?", [r"terror|террор", r"border|погранич"]),
    T("какая из них рассчитана на больший срок?", [r"border|погранич", r"2030"]),
    T("сколько лет осталось до её окончания?", [r"\b4\b|четыр|four"]),
)
chat(
    "en", [S1], "[period-of-listed] programmes approved in Dushanbe, which ends first, years left",
    T("which programmes were approved in Dushanbe?", [r"terror|террор", r"border|погранич"]),
    T("which of them ends first?", [r"terror", r"2028"]),
    T("how many years are left until it ends?", [r"\b2\b|two"]),
)
chat(
    "ru", [S1], "[period-of-listed] Latin-typed: programmes approved in Dushanbe, which runs longer",
    T("kakie programmy utverdili v Dushanbe?", [r"terror|террор", r"border|погранич"]),
    T("kakaya iz nih dolshe deystvuet?", [r"border|погранич", r"2030"]),
)
chat(
    "en", [S1, S2], "[planned-month] the border security programme, then was it already planned in August (yes)",
    T("what is the border security programme?", [r"\b2030\b"]),
    T("was it already planned in August?", [YES], [STARTS_NO], note="Klemez (BelTA, 13 August 2025): «Plans are in place ... to strengthen border security»"),
)
chat(
    "ru", [S1, S2], "[planned-month] the border security programme, then was it planned back in August (yes)",
    T("что за программа по пограничной безопасности?", [r"\b2030\b"]),
    T("её планировали ещё в августе?", [YES], [STARTS_NO]),
)
chat(
    "ru", [S2], "[person-org] who told the media about the St Petersburg meeting, then which organisation he is from",
    T("кто рассказал СМИ о заседании СМВД в Питере?", [KLEMEZ]),
    T("он из какой организации?", [r"Executive\s+Committee|Исполнительн|Исполком|Department|Департамент"]),
)
chat(
    "en", [S1], "[person-org] who welcomed the 13th meeting, then which organisation he is from",
    T("who welcomed the 13th Security Secretaries meeting?", [TREFILOV]),
    T("which organisation is he from?", [r"Deputy\s+Secretary|CIS|СНГ|замести"], [r"^\W*Denis\s+Trefilov\W*$"]),
)
chat(
    "ru", [S1], "[person-org] Latin-typed: who spoke at the 13th meeting, then which structure he is from",
    T("kto vystupal na 13-m zasedanii sekretarey sovbezov?", [TREFILOV]),
    T("a on iz kakoy struktury?", [r"Deputy\s+Secretary|замести"]),
)
chat(
    "ru", [S3], "[words-after-post] Peskov's post, then what Putin said (his words, not his post)",
    T("кто по должности Песков?", [r"Press\s+Secretary|пресс-секретар"]),
    T("а Путин что говорил?", [r"\b80|восьмидесят", r"victory|Побед"]),
)
chat(
    "en", [S3], "[words-after-post] who Peskov is, then what Putin said",
    T("who is Peskov?", [r"Press\s+Secretary|пресс-секретар"]),
    T("and what did Putin say?", [r"\b80|eightieth", r"victory|Побед"]),
)
chat(
    "ru", [S1, S2], "[words-after-post] Klemez's post, then what Trefilov said",
    T("какая должность у Клемеза?", [r"Director|директор"]),
    T("а Трефилов что сказал?", [r"Dushanbe|Душанбе|CIS\s*Plus|СНГ\s*плюс|youth|молод|деструктив|destructive|humanitarian|гуманитарн"]),
)
chat(
    "en", [S1], "[kind-named] who Trefilov is, then where the summit he talked about was",
    T("Who is Denis Trefilov?", [r"Deputy\s+Secretary|замести"]),
    T("and where was the summit he talked about?", [DUSHANBE]),
)
chat(
    "ru", [S1], "[kind-named] who Trefilov is, then when the summit he spoke of was",
    T("кто такой Трефилов?", [r"Deputy\s+Secretary|замести"]),
    T("а когда был саммит, о котором он говорил?", [r"October|октябр"]),
)
chat(
    "ru", [S1], "[kind-named] Latin-typed: the 13th meeting's place, then when the summit was",
    T("где прошло 13-е заседание секретарей?", [MOSCOW]),
    T("a kogda byl sammit?", [r"October|октябр"]),
)
chat(
    "ru", [S4], "[kind-named] the XVIII meeting's date, then where the exercise was to be held",
    T("когда было XVIII совещание?", [JUNE10]),
    T("а где должны были пройти учения?", [TAJ]),
)
chat(
    "en", [S2, S4], "[two-named] when the XVIII and the St Petersburg meetings were held, then days between",
    T("when were the XVIII meeting and the St Petersburg meeting held?", [JUNE10, AUG12], [r"do not record such a meeting"]),
    T("how many days apart were they?", [DAYS_63]),
)
chat(
    "ru", [S1, S2], "[two-named] where the interior ministers and the 13th Security Secretaries met",
    T("где проходили заседание СМВД и 13-е заседание секретарей совбезов?", [SPB, MOSCOW]),
    T("а сколько дней между ними?", [DAYS_85]),
)
chat(
    "ru", [S2, S4], "[two-named] Latin-typed: when the XVIII meeting and the interior ministers' meeting were, then days between",
    T("kogda proshli XVIII soveshchanie i zasedanie SMVD?", [JUNE10, AUG12]),
    T("skolko dney mezhdu nimi?", [DAYS_63]),
)
chat(
    "en", [S1], "[two-named] where the Dushanbe summit and the 13th meeting were",
    T("where were the Dushanbe summit and the 13th meeting?", [DUSHANBE, MOSCOW]),
    T("how many days apart were they?", [r"\b5\b[\s\S]{0,20}\b35\b"], note="the summit is dated to October 2025 only: 5 to 35 days"),
)
chat(
    "en", [S4], "[specialised-sessions] the XVIII meeting, then how many specialised sessions (not bodies)",
    T("when was the XVIII meeting?", [JUNE10]),
    T("how many specialised sessions were there?", [NUM[4]], [r"bodies|органов"]),
)
chat(
    "ru", [S4], "[specialised-sessions] Latin-typed: the XVIII meeting, then how many specialised sessions",
    T("kogda bylo XVIII soveshchanie?", [JUNE10]),
    T("skolko bylo specializirovannyh sessiy?", [NUM[4]], [r"bodies|органов"]),
)

def build() -> dict[str, Any]:
    return {"questions": [], "conversations": CONVERSATIONS}


def main() -> None:
    out = Path(__file__).resolve().parent / "tuning23_conv.yaml"
    header = (
        "# Tuning set tuning23_conv: written in session 23 (helper t23-conv) by a fresh reader of the documents, from the\n"
        "# five documents in knowledge/seeds/ only (`source` names them; `note` quotes the supporting sentence), without\n"
        "# reading the engine or the other sets; conversations as a fresh tester writes them. \"today\" is 2026-11-30.\n"
        "# Same fields and judging rules as tuning.yaml (see README.md). Generated by build_tuning23_conv.py.\n"
    )
    out.write_text(header + dump_set(build()), encoding="utf-8")
    turns = [turn for conversation in CONVERSATIONS for turn in conversation["turns"]]
    cyrillic = sum(1 for turn in turns if any("а" <= ch.lower() <= "я" for ch in turn["q"]))
    print(f"{out.stem}: {len(CONVERSATIONS)} conversations, {len(turns)} turns ({cyrillic} Cyrillic)")


if __name__ == "__main__":
    main()
