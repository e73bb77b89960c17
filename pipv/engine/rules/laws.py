"""Federal clocks and state laws beyond the agencies (the jurisdiction research of 2026-12-01)."""

from __future__ import annotations

from datetime import date

from ..i18n import _
from .base import UNVERIFIED, VERIFIED, Rule

TABLE_AS_OF = date(2026, 12, 1)

LAW_RULES: tuple[Rule, ...] = (
    Rule(
        "federal.right_to_sue",
        _("Lawsuit after a notice of right to sue"),
        _(
            "Once the EEOC (or a state agency for it) issues a notice of right to sue, a "
            "lawsuit under Title VII, the ADA or the ADEA must be filed within 90 days of "
            "receiving the notice. pipv counts from the date you gave for the notice; if it "
            "arrived later, count from the day it arrived, and keep the envelope."
        ),
        "42 U.S.C. 2000e-5(f)(1); 42 U.S.C. 12117(a); 29 U.S.C. 626(e)",
        VERIFIED,
        "https://www.eeoc.gov/filing-lawsuit",
        TABLE_AS_OF,
    ),
    Rule(
        "adea.sixty_days",
        _("Age claims: 60 days between charge and lawsuit"),
        _(
            "Under the ADEA a lawsuit may not be filed until 60 days after the charge; no "
            "notice of right to sue is needed. This is the earliest day to sue, not a "
            "deadline."
        ),
        "29 U.S.C. 626(d)(1); Federal Express Corp. v. Holowecki, 552 U.S. 389 (2008)",
        VERIFIED,
        "https://www.justice.gov/osg/brief/federal-exp-corp-v-holowecki-amicus-merits",
        TABLE_AS_OF,
    ),
    Rule(
        "dodd_frank.lawsuit",
        _("Dodd-Frank whistleblower lawsuit"),
        _(
            "Retaliation for reporting a possible securities violation to the SEC may be "
            "taken straight to court: within 6 years of the retaliation, or 3 years from when "
            "the facts were or should have been known, and never more than 10 years after "
            "it. It protects only people who reported to the SEC itself. pipv shows 6 years."
        ),
        "15 U.S.C. 78u-6(h)(1)(B)(iii); Digital Realty Trust, Inc. v. Somers, 583 U.S. 149 (2018)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "flsa.lawsuit",
        _("FLSA and Equal Pay Act lawsuit"),
        _(
            "Retaliation for a complaint or report about wages, hours or equal pay, and the "
            "unpaid wages themselves, go to court under the Fair Labor Standards Act within 2 "
            "years of the act, or 3 years if the violation was willful. Each act has its own "
            "clock, counted from the first such complaint on. pipv shows both."
        ),
        "29 U.S.C. 215(a)(3); 29 U.S.C. 255(a); 29 U.S.C. 206(d) (Equal Pay Act)",
        VERIFIED,
        "https://www.eeoc.gov/time-limits-filing-charge",
        TABLE_AS_OF,
    ),
    Rule(
        "section_1981.lawsuit",
        _("Race discrimination lawsuit under 42 U.S.C. 1981"),
        _(
            "If a complaint was about race, retaliation for it may also be sued on under 42 "
            "U.S.C. 1981, with no agency charge first, within 4 years of the act."
        ),
        "42 U.S.C. 1981; 28 U.S.C. 1658(a); Jones v. R.R. Donnelley & Sons Co., 541 U.S. 369 "
        "(2004); CBOCS West, Inc. v. Humphries, 553 U.S. 442 (2008)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "warn.notice",
        _("Group layoffs: 60 days' notice"),
        _(
            "An employer with 100 or more employees must give 60 days' written notice before "
            "a plant closing or mass layoff: for example, 50 or more people at one site losing "
            "their jobs within 30 days. An employer that does not owes up to 60 days' pay and "
            "benefits. Others being offered an exit with you does not show that this "
            "happened, so pipv shows no date for it and asks instead. State laws may ask for "
            "more."
        ),
        "29 U.S.C. 2101(a)(1)-(3); 29 U.S.C. 2102(a); 29 U.S.C. 2104(a)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "ca.labor_commissioner",
        _("California Labor Commissioner retaliation complaint"),
        _(
            "Retaliation for a complaint about wages, safety or another law the Labor "
            "Commissioner enforces may be reported to the Commissioner within one year of "
            "the act (six months for an act before 2021)."
        ),
        "Cal. Lab. Code 98.7(a) as amended by AB 1947 (Stats. 2020, ch. 344, eff. "
        "2021-01-01); Lab. Code 98.6, 1102.5",
        VERIFIED,
        "https://legiscan.com/CA/text/AB1947/2019",
        TABLE_AS_OF,
    ),
    Rule(
        "wa.pfml_complaint",
        _("Washington Paid Family and Medical Leave retaliation complaint"),
        _(
            "If your leave, or your request for it, was under Washington's Paid Family and "
            "Medical Leave program, firing, discipline or other retaliation for it may be "
            "reported to the Employment Security Department within 3 years of the act, or "
            "taken to court instead within the same 3 years. Going to court gives up the "
            "Department's complaint."
        ),
        "RCW 50A.40.010, 50A.40.020(1); WAC 192-570-030(3) (eff. 2020-11-02); Employment "
        "Security Department, Unlawful acts complaints",
        VERIFIED,
        "https://paidleave.wa.gov/unlawful-acts-complaints",
        TABLE_AS_OF,
    ),
    Rule(
        "wa.wlad_lawsuit",
        _("Washington Law Against Discrimination lawsuit"),
        _(
            "A lawsuit under the Washington Law Against Discrimination, including "
            "retaliation, needs no agency charge first and may be filed within 3 years of "
            "the act."
        ),
        "RCW 49.60.030(2); RCW 4.16.080(2); Antonius v. King County, 153 Wn.2d 256 (2004)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "ny.labor_law_740",
        _("New York whistleblower lawsuit (Labor Law 740)"),
        _(
            "Retaliation for reporting a practice you reasonably believe breaks a law may be "
            "sued on within 2 years of the retaliation (one year before the amendment of "
            "2022-01-26)."
        ),
        "N.Y. Lab. Law 740(4)(a) as amended by L. 2021, ch. 522 (eff. 2022-01-26)",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "ny.gol_5_336",
        _("New York: confidentiality terms in a release"),
        _(
            "A release of discrimination, harassment or retaliation claims may keep the facts "
            "confidential only if that is your preference. You have up to 21 days to consider "
            "the confidentiality term, and may sign sooner if you choose; after signing you "
            "may revoke the agreement for at least 7 days, and it takes effect only after "
            "that. For a claim already in a New York court, CPLR 5003-b gives the full 21 "
            "days."
        ),
        "N.Y. Gen. Oblig. Law 5-336(1)(b) as amended by L. 2023, ch. 658 (eff. 2023-11-17); "
        "CPLR 5003-b (claims in court)",
        UNVERIFIED,
        "https://www.nysenate.gov/legislation/laws/CVP/5003-B",
        date(2026, 12, 5),
    ),
    Rule(
        "il.wta_1_30",
        _("Illinois: confidentiality terms in a separation or settlement agreement"),
        _(
            "In Illinois, an agreement that ends a job or settles a claim may keep alleged "
            "discrimination, harassment, retaliation or other unlawful practices at work "
            "confidential only on the Workplace Transparency Act's terms. Among them: you "
            "must be given at least 21 calendar days to consider it (you may sign sooner, "
            "knowingly and voluntarily), and you may revoke it within 7 calendar days after "
            "signing; it takes effect only after that. Public Act 104-0320 changed the Act's "
            "terms from 2026-01-01: a lawyer can say which apply to your agreement."
        ),
        "820 ILCS 96/1-30 as amended by Public Act 104-0320 (HB 3638, eff. 2026-01-01); "
        "820 ILCS 96/1-10(c)",
        UNVERIFIED,
        "https://ilga.gov/legislation/PublicActs/View/104-0320",
        date(2026, 12, 5),
    ),
    Rule(
        "nj.lad_lawsuit",
        _("New Jersey Law Against Discrimination lawsuit"),
        _(
            "A lawsuit under New Jersey's Law Against Discrimination, including retaliation, "
            "needs no complaint to the Division on Civil Rights first and may be filed in "
            "Superior Court within 2 years of the act. A complaint to the Division is the "
            "other way, within its own 180 days: ask a lawyer before choosing, since one way "
            "may close the other."
        ),
        "N.J.S.A. 10:5-13; Montells v. Haynes, 133 N.J. 282 (1993) (two years, N.J.S.A. 2A:14-2)",
        UNVERIFIED,
        "",
        date(2026, 12, 5),
    ),
    Rule(
        "nj.cepa",
        _("New Jersey whistleblower lawsuit (CEPA)"),
        _(
            "Retaliation for disclosing, objecting to or refusing to take part in a practice "
            "you reasonably believe is unlawful may be sued on within one year of the act."
        ),
        "N.J.S.A. 34:19-5",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
    Rule(
        "tx.tchra_two_years",
        _("Texas: lawsuit within two years of the complaint"),
        _(
            "Whatever the notice says, a lawsuit under the Texas Commission on Human Rights "
            "Act must be filed within two years of the day the complaint was filed with the "
            "Texas Workforce Commission."
        ),
        "Tex. Lab. Code 21.256",
        UNVERIFIED,
        "",
        TABLE_AS_OF,
    ),
)
