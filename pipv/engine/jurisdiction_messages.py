"""Every note of jurisdictions.toml, for the translation catalogue: generated, do not edit.

Written by ``manage.py jurisdiction_texts`` from the table (see ``jurisdiction_texts``); after
editing a note in the table, run that command again. ``makemessages`` finds these calls.
"""

from .i18n import gettext_noop

TEXTS = (
    # states.AL
    gettext_noop(
        "The EEOC's deadline is 300 days only where a state or local agency can act on the same "
        "discrimination (42 U.S.C. 2000e-5(e)(1)). Alabama has no such agency for private "
        "employers, and the EEOC's list names none, so the deadline here is 180 days, not 300. "
        "Alabama's Age Discrimination in Employment Act (Ala. Code 25-1-20) is enforced in court "
        "only."
    ),
    # states.AK
    gettext_noop(
        "The Commission's own page: the complaint must be drafted, notarized and filed within 180 "
        "days. The EEOC's 300 days still apply to a federal charge."
    ),
    # states.AR
    gettext_noop(
        "The EEOC's deadline is 300 days only where a state or local agency can act on the same "
        "discrimination (42 U.S.C. 2000e-5(e)(1)). No Arkansas agency takes charges against "
        "private employers (the Arkansas Civil Rights Act is enforced in court), and the EEOC's "
        "list names none, so the deadline here is 180 days. Some summaries call Arkansas a "
        "300-day state; the law and the EEOC's list do not, so pipv uses 180 days."
    ),
    # states.CA
    gettext_noop(
        "Up to 90 more days for an act discovered late (Gov. Code 12960(e)). CFRA family and "
        "medical leave claims go through the same department and period."
    ),
    # states.CO
    gettext_noop(
        "The statute (C.R.S. 24-34-403, as amended by HB 22-1367, ch. 473, effective 2022-08-10) "
        "and the Division's own page: a charge about employment must be filed within 300 days of "
        "the act. Sources conflict: the Division's older Important Deadlines page and older "
        "summaries still give six months, the period before HB 22-1367; the statute wins. Acts "
        "before 2022-08-10 keep six months. The 90 days to sue after the notice (C.R.S. "
        "24-34-306(11)) were not read in the statute."
    ),
    # states.CT
    gettext_noop(
        "Sources conflict: the Commission's regulation, Conn. Agencies Regs. 46a-54-34a (adopted "
        "2002), still says 180 days; the statute as amended in 2019 and the Commission's own page "
        "say 300 days, and the statute wins. The effective date (2019-10-01) comes from the "
        "session law's title and was not read in its text; acts before it keep 180 days."
    ),
    # states.DE
    gettext_noop(
        "A charge with the Department is required before a lawsuit under the Delaware "
        "Discrimination in Employment Act."
    ),
    # states.DC
    gettext_noop(
        "One year from the act or its discovery. A lawsuit under the D.C. Human Rights Act is "
        "also one year (D.C. Code 2-1403.16)."
    ),
    # states.FL
    gettext_noop(
        "A charge filed with the EEOC counts as filed with the Commission on the same day (Fla. "
        "Stat. 760.11(1))."
    ),
    # states.GA
    gettext_noop(
        "The EEOC's deadline is 300 days only where a state or local agency can act on the same "
        "discrimination (42 U.S.C. 2000e-5(e)(1)). Georgia's agency, the Commission on Equal "
        "Opportunity, takes charges against public employers only, so a worker at a private "
        "company has 180 days to file with the EEOC; a public employee may have 300. Not yet "
        "verified: the EEOC's list names Georgia's office with a limiting footnote that was not "
        "read, and the statute's scope was read only in summaries. pipv shows 180 days as the "
        "date to meet."
    ),
    # states.HI
    gettext_noop(
        "The statute: no complaint may be filed more than 180 days after the act, or after the "
        "last act of an ongoing pattern of discrimination (HRS 368-11(c)). The 90 days to sue "
        "after the Commission's notice (HRS 368-12) were not read in the statute's text."
    ),
    # states.ID
    gettext_noop(
        "A charge with the Commission is required before a lawsuit under the Idaho Human Rights "
        "Act."
    ),
    # states.IA
    gettext_noop(
        "300 days since 2008-07-01 (180 days before); a charge is required before a lawsuit under "
        "the Iowa Civil Rights Act. The 90 days to sue, counted from the day the right-to-sue "
        "letter is mailed, were read in the Commission's rule, r. 161-3.10(3), on 2026-12-02."
    ),
    # states.KY
    gettext_noop(
        "A lawsuit under KRS 344.450 needs no charge; filing with the Commission elects that "
        "forum (election of remedies)."
    ),
    # states.LA
    gettext_noop(
        "The Commission takes employment charges against employers with 20 or more employees "
        "(more than 25 for pregnancy); smaller employers: the EEOC only."
    ),
    # states.ME
    gettext_noop("300 days since P.L. 2009, c. 235 (six months before)."),
    # states.MD
    gettext_noop(
        "Sources conflict: the Commission's regulation, COMAR 14.03.01.03C(1), still says 6 "
        "months; the statute says 300 days for employment, and the statute wins. The effective "
        "date of the change (2022-10-01) was not confirmed in the session law; acts before it "
        "keep six months."
    ),
    # states.MI
    gettext_noop(
        "180 days from the act or from when it was or should have been discovered (R 37.4(6)). A "
        "lawsuit under the Elliott-Larsen Act needs no charge and has three years (MCL 600.5805)."
    ),
    # states.MS
    gettext_noop(
        "The EEOC's deadline is 300 days only where a state or local agency can act on the same "
        "discrimination (42 U.S.C. 2000e-5(e)(1)). Mississippi has no state law against "
        "discrimination by private employers and no agency to take such charges, so the deadline "
        "here is 180 days. Not yet verified: every summary read agrees, but the part of the "
        "EEOC's list of agencies that would name a Mississippi city was not read. pipv shows 180 "
        "days as the date to meet."
    ),
    # states.MO
    gettext_noop(
        "The 180 days are a condition of any later lawsuit (RSMo 213.075.1). The time to sue was "
        "read in RSMo 213.111.1 on 2026-12-02: within 90 days from the date of the Commission's "
        "notification letter, and no later than two years after the act or its reasonable "
        "discovery, whichever comes first."
    ),
    # states.MT
    gettext_noop(
        "300 days where the worker first used an internal grievance procedure (MCA 49-2-501(4)(b))."
    ),
    # states.NV
    gettext_noop("180 days before a 2019 amendment; any act that old is long past both periods."),
    # states.NJ
    gettext_noop(
        "A worker may go to Superior Court instead, within two years, without a charge. Not yet "
        "verified: the 180 days were read in an appellate decision applying N.J.S.A. 10:5-18 and "
        "in Legal Services of New Jersey's guide, but not in the statute's current text or on the "
        "Division's own page (its FAQ's answer on deadlines was not readable)."
    ),
    # states.NM
    gettext_noop(
        "Sources conflict: some older summaries give 180 days; the statute and the bureau's rule "
        "say 300 calendar days, and the statute wins. The time to go to court was read in NMSA "
        "28-1-13(A) and Rule 1-076(D) NMRA on 2026-12-02: 90 days from the day the order (or the "
        "notice waiving the hearing) is served; it was 30 days before 2005-06-17."
    ),
    # states.NY
    gettext_noop(
        "Before 2024-02-15: one year, except three years for sexual harassment. Filing with the "
        "Division generally gives up the court route for the same claim."
    ),
    # states.NC
    gettext_noop(
        "The EEOC's deadline is 300 days only where a state or local agency can act on the same "
        "discrimination (42 U.S.C. 2000e-5(e)(1)). North Carolina's law states a policy but gives "
        "no agency power over private employers (the Office of Administrative Hearings hears "
        "public employees only), so outside Durham a private-sector worker has 180 days. The EEOC "
        "lists the Durham Human Relations Commission as an agency, so a worker in Durham may have "
        "300 days. Not confirmed: the Durham commission's own period was not found. pipv shows "
        "180 days as the date to meet."
    ),
    # states.ND
    gettext_noop(
        "300 days from the last date of harm. After the Department dismisses the complaint or "
        "finds probable cause, 90 days to sue (N.D.C.C. 14-02.4-19)."
    ),
    # states.OH
    gettext_noop(
        "Sources conflict: older pages and the Commission's earlier rules give six months; the "
        "statute since H.B. 352 says two years for employment, and the Commission's own page "
        "agrees. A lawsuit under Ohio Rev. Code 4112.052 is also two years, and the charge pauses "
        "it."
    ),
    # states.OK
    gettext_noop(
        "Some older pages name the Oklahoma Human Rights Commission; its duties passed to the "
        "Attorney General's Office of Civil Rights Enforcement."
    ),
    # states.OR
    gettext_noop(
        "One year is the general period and the one shown. The statute allows five years for "
        "discrimination and retaliation under ORS 659A.030, 659A.082 and 659A.112; the bureau's "
        "rule, OAR 839-003-0025(6), still says one year. Ask a lawyer before relying on the "
        "longer period. The time to sue was read in ORS 659A.875(2) on 2026-12-02: 90 days from "
        "the day the bureau mails its 90-day notice, not from the day it arrives."
    ),
    # states.PA
    gettext_noop(
        "A charge with the Commission is required before a lawsuit under the Pennsylvania Human "
        "Relations Act."
    ),
    # states.PR
    gettext_noop(
        "The Puerto Rico Department of Labor is a designated agency (29 CFR 1601.74), so the "
        "EEOC's 300 days apply. Law 100 gives one year to sue, and a complaint to the "
        "Department's Anti-Discrimination Unit pauses that year only if the employer is notified "
        "within it (29 L.P.R.A. 150). No separate filing period for the Unit was found; pipv "
        "shows 300 days, the shorter of the two."
    ),
    # states.RI
    gettext_noop(
        "One year from when the practice occurred, ended or was applied to the worker "
        "(515-RICR-10-00-2.4(E))."
    ),
    # states.SD
    gettext_noop(
        "Not yet verified: the text of SDCL 20-13-31 and a Division of Human Rights page stating "
        "the period were looked for and not found (the Division's rules, ARTSD 20:03:02, set no "
        "period); 180 days comes from summaries."
    ),
    # states.TN
    gettext_noop(
        "A lawsuit under the Tennessee Human Rights Act needs no charge and has one year (T.C.A. "
        "4-21-311)."
    ),
    # states.TX
    gettext_noop(
        "The 180 days run from when the worker was told of the decision (Specialty Retailers v. "
        "DeMoranville, 933 S.W.2d 490 (Tex. 1996))."
    ),
    # states.UT
    gettext_noop("The 180 days run from when the worker learned of the last act."),
    # states.VT
    gettext_noop(
        "Not yet verified: no filing period for a complaint to the Attorney General was found in "
        "21 V.S.A. 495b or on the Civil Rights Unit's page, which says only that it is a deferral "
        "agency for the EEOC (so the EEOC's 300 days apply). The 300 days shown are the EEOC's. A "
        "lawsuit under 21 V.S.A. 495b has six years."
    ),
    # states.VA
    gettext_noop(
        "300 days if the complaint also alleges a violation of federal employment-discrimination "
        "law (1 VAC 45-20-30(E))."
    ),
    # states.WA
    gettext_noop(
        "No charge is needed to sue under the Law Against Discrimination, which has three years "
        "(RCW 4.16.080(2)). State legal holidays: RCW 1.16.050 (no Columbus Day)."
    ),
    # states.WV
    gettext_noop("A lawsuit under the Human Rights Act needs no charge and has two years."),
    # states.WY
    gettext_noop(
        "Sources conflict: older summaries give 90 days; the Labor Standards Division's own "
        "statement of reasons for its rules says the Legislature changed Wyo. Stat. 27-9-106(a) "
        "on 2005-07-01 to allow six months rather than ninety days, and a Wyoming lawyer's page "
        "agrees. pipv shows six months for acts from 2005-07-01. Not yet verified: the statute's "
        "text was not read, and the Division's statement was read in a copy, not on its own site. "
        "The EEOC's 300 days apply to a federal charge."
    ),
    # local.NYC
    gettext_noop(
        "Three years for gender-based harassment. A complaint to the Commission generally gives "
        "up the court route for the same claim."
    ),
    # local.SEA
    gettext_noop(
        "Sources conflict: King County's service directory still lists 180 days, the period "
        "before Ordinance 125576 (2018); the code says one year and six months, and the code "
        "wins. A lawsuit under the ordinance needs no charge."
    ),
    # local.CHI
    gettext_noop(
        "The Commission's own page: it must receive the complaint within 365 days, for acts on or "
        "after 2023-06-04. Sources conflict: summaries of the ordinance that raised the period "
        "from 300 days (passed 2022-04-27) say it took effect on 2022-06-04. pipv uses the "
        "Commission's later date, which gives the earlier deadline; the two differ only for "
        "deadlines that have passed. Acts before 2019-01-23 had 180 days, not the 300 shown. The "
        "Cook County Commission on Human Rights (180 days) also covers work in Chicago, but its "
        "own page says such a complaint may belong with the City's Commission: ask before relying "
        "on the County."
    ),
    # local.COOK
    gettext_noop(
        "The Commission's own page: a complaint under the Human Rights Ordinance must be filed "
        "within 180 days of the act. It covers work anywhere in Cook County; pipv knows only its "
        "larger suburbs by name. Arlington Heights, Schaumburg and Orland Park reach into "
        "neighbouring counties, and only work in their Cook County part is covered. Chicago has "
        "its own Commission, with 365 days."
    ),
)
