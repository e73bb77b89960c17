"""Steps that several browser journeys share."""

from __future__ import annotations

from pathlib import Path

PASSWORD = "a calm long phrase 42"
EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def start_a_case(page, name: str = "newcomer") -> None:
    """Create an account and a case; the page is left on the "Before you start" step."""
    page.goto("/account/signup/")
    page.fill("#id_username", name)
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.click("button:has-text('Create my account')")
    page.fill("#id_new-title", "Plan A")
    page.click("button:has-text('Start')")
    page.wait_for_url("**/step/before/")


def sign_up(page, name: str = "newcomer", to_step: str = "job") -> None:
    """Create an account and a case, read "Before you start", then open ``to_step``."""
    start_a_case(page, name)
    page.click("button:has-text('Save and continue')")
    page.wait_for_url("**/step/job/")
    if to_step != "job":
        page.goto(step_url(page, to_step))


def step_url(page, slug: str) -> str:
    return page.url.rsplit("/step/", 1)[0] + f"/step/{slug}/"


def log_in(page, name: str) -> None:
    page.goto("/account/login/")
    page.fill("#id_username", name)
    page.fill("#id_password", PASSWORD)
    page.click("main button:has-text('Log in')")


def fill_the_job_step(
    page,
    salary: str = "165,000",
    over_40: bool = False,
    immigration: str = "citizen_or_permanent_resident",
) -> None:
    """Type the job step's required answers (Amazon's Focus/Pivot in Washington since June 14,
    2021) without saving them."""
    page.fill("#id_employer", "Amazon")
    page.check("#id_process_0")
    page.select_option("#id_work_state", "WA")
    page.fill("#id_start_date", "2021-06-14")
    page.fill("#id_base_salary_annual", salary)
    page.check("#id_age_40_or_over_0" if over_40 else "#id_age_40_or_over_1")
    page.select_option("#id_immigration_status", immigration)


def type_activity(page, date: str = "2026-08-04", notes: str = "") -> None:
    """Type a request for FMLA leave, in writing and known to the decision maker, into the
    protected-activity step's new item without adding it; no date leaves it incomplete."""
    page.select_option("#id_activities-new-kind", "fmla_request")
    if date:
        page.fill("#id_activities-new-date", date)
    page.check("#id_activities-new-in_writing_0")
    page.check("#id_activities-new-decision_maker_knew_0")
    if notes:
        page.fill("#id_activities-new-notes", notes)


def add_a_vest(page, date: str, shares: str) -> None:
    """Add one vest on the pay step (the caller waits for the list to show it)."""
    page.fill("#id_vests-new-date", date)
    page.fill("#id_vests-new-shares", shares)
    page.click("#add-vests button[value='add:vests']")


def add_vests_from_grant(page) -> None:
    """Add the vests of a grant of 100 shares on Nov. 15, 2026, vesting evenly over two
    years, on the pay step (the caller waits for the list to show them)."""
    page.click("#list-vests summary:has-text('from a stock grant')")
    page.fill("#list-vests .grant input[name$='date']", "2026-11-15")
    page.fill("#list-vests .grant input[name$='shares']", "100")
    page.select_option("#list-vests .grant select[name$='pattern']", "even_annual")
    page.fill("#list-vests .grant input[name$='years']", "2")
    page.click("#list-vests button:has-text('Add these vests')")


def import_case_file(page, case_file: Path) -> None:
    """Send a case file with the cases page's Import form (the caller waits for the answer)."""
    page.goto("/cases/")
    page.set_input_files("#id_case_file", str(case_file))
    page.click("button:has-text('Import')")


def open_an_imported_report(page, name: str, example: str) -> None:
    """Sign up as ``name``, import ``examples/<example>`` and open its results page."""
    sign_up(page, name)
    import_case_file(page, EXAMPLES / example)
    page.wait_for_url("**/step/review/")
    page.click("a:has-text('See the report')")
    page.wait_for_selector("#report-title")
