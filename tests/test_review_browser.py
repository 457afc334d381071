"""The review pages in a real browser: headless Chromium driven by Selenium.

Needs the Debian packages ``chromium`` and ``chromium-driver`` (``.ci/run`` installs them); where
they are absent the tests skip and say so. The browser runs without network and with a fresh profile.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.analyst.review import page_file

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if not chromium or not chromedriver:
        pytest.skip("headless Chromium not installed (apt-get install chromium chromium-driver; .ci/run does it): "
                    "review pages not tested in a browser")
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -r requirements.lock)")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,720",
                f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=chromedriver), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _doc_with_most_events(output_dir: Path) -> str:
    mentions = pq.read_table(output_dir / "mentions.parquet").to_pylist()
    counts: dict[str, int] = {}
    for m in mentions:
        if m["entity_type"] == "event":
            counts[m["doc_id"]] = counts.get(m["doc_id"], 0) + 1
    assert counts, "no event was extracted from the sample documents: nothing to click"
    return max(sorted(counts), key=counts.get)


def _in_viewport(driver, element) -> bool:
    return driver.execute_script(
        "const r = arguments[0].getBoundingClientRect();"
        "return r.bottom > 0 && r.top < window.innerHeight && r.height > 0;", element)


def test_review_browser_click_on_event_scrolls_to_and_flashes_its_evidence(browser, analyst_run):
    from selenium.webdriver.common.by import By

    doc_id = _doc_with_most_events(analyst_run)
    browser.get((analyst_run / "review" / page_file(doc_id)).as_uri())

    marks = browser.find_elements(By.CSS_SELECTOR, "article mark.ent")
    kinds = {m.get_attribute("class").split("ent-")[1] for m in marks}
    assert {"event", "organisation"} <= kinds  # highlighted spans are there, styled by type
    colour = browser.execute_script(
        "return getComputedStyle(document.querySelector('article mark.ent-event')).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")

    links = browser.find_elements(By.CSS_SELECTOR, "aside section:first-child a[data-go]")
    assert links, "the events list has no link to evidence"
    # The event whose evidence lies furthest down; start from the other end of the page.
    key = max((link.get_attribute("data-go") for link in links),
              key=lambda k: browser.execute_script(
                  "return document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY", k))
    link = next(link for link in links if link.get_attribute("data-go") == key)
    evidence = browser.find_element(By.ID, key)
    page_height = browser.execute_script("return document.documentElement.scrollHeight")
    evidence_y = browser.execute_script("return arguments[0].getBoundingClientRect().top + window.scrollY", evidence)
    browser.execute_script("window.scrollTo(0, arguments[0])", 0 if evidence_y > page_height / 2 else page_height)
    browser.execute_script("const a = arguments[0]; a.closest('aside').scrollTop = a.offsetTop - 40;", link)
    before = browser.execute_script("return window.scrollY")
    assert not _in_viewport(browser, evidence), "the document is too short to test scrolling"

    link.click()

    assert _in_viewport(browser, evidence)
    assert browser.execute_script("return window.scrollY") != before
    pieces = browser.find_elements(By.CSS_SELECTOR, f'mark[data-ev="{key}"]')
    assert pieces and all({"flash", "current"} <= set(p.get_attribute("class").split()) for p in pieces)
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "review-after-click.png"))


def test_review_browser_runs_no_script_from_the_document(browser, analyst_run):
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    docs = pq.read_table(analyst_run / "documents.parquet").to_pylist()
    hostile = next(d for d in docs if d["source_path"] == "hostile-news.txt")
    browser.get((analyst_run / "review" / page_file(hostile["doc_id"])).as_uri())
    text = browser.find_element(By.ID, "text")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseover', {bubbles: true}))",
                           text.find_elements(By.CSS_SELECTOR, "mark")[0] if text.find_elements(By.CSS_SELECTOR, "mark") else text)

    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018
    assert browser.execute_script("return window.pwned === undefined")
    assert browser.title != "pwned"
    assert "<script>window.pwned = 1; alert(1)</script>" in text.text  # shown, not run
    assert not browser.find_elements(By.CSS_SELECTOR, "article img, article script, article b")
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "review-hostile-document.png"))
