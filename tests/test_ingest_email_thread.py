"""E-mail threads: the earlier messages, quoted under a reply or forwarded, are text of the thread without the
lines that mark them and their header blocks (their date lines stay); quote markers go; signatures stay.

Each message is written to a real .eml file and read back through discover / ingest_document."""
from __future__ import annotations

from email.message import EmailMessage

import pytest

NOTE = "Hi team,\n\nsharing the summary below, worth a read before Monday.\n\nBest,\nOla"
FORWARDED_BODY = ("Dear Ola,\n\nThe Baltic Wood Forum met in Tartu on 3 May 2028.\n\nKey conclusions\n\n"
                  "1. Regional sawmills need shared drying capacity.\n2. Timber exports grow when clusters travel together.\n\n"
                  "Kind regards,\n\n--\nMarta Kask\nProgramme Lead, Estonian Wood Cluster")
FORWARDED_TEXT = ("Dear Ola,\n\nThe Baltic Wood Forum met in Tartu on 3 May 2028.\n\nKey conclusions\n\n"
                  "1. Regional sawmills need shared drying capacity.\n2. Timber exports grow when clusters travel together.\n\n"
                  "Kind regards,\n\nMarta Kask\nProgramme Lead, Estonian Wood Cluster")
OWN_TEXT = "Hi team,\n\nsharing the summary below, worth a read before Monday.\n\nBest,\nOla"

GMAIL_PLAIN = f"""{NOTE}

---------- Forwarded message ---------
From: Marta Kask <marta@wood.example>
Date: Fri, 5 May 2028 at 10:12
Subject: Forum summary
To: Ola Berg <ola@cluster.example>

{FORWARDED_BODY}
"""

OUTLOOK_PLAIN = f"""{NOTE}

________________________________
From: Marta Kask <marta@wood.example>
Sent: Friday, May 5, 2028 10:12 AM
To: Ola Berg <ola@cluster.example>;
    Lena Holm <lena@cluster.example>
Subject: Forum summary

{FORWARDED_BODY}
"""

REPLY_WITH_OUTLOOK_BLOCK = f"""{NOTE}

From: Marta Kask <marta@wood.example>
Sent: Friday, May 5, 2028 10:12 AM
Subject: Forum summary

{FORWARDED_BODY}
"""

LONG_NOTE = " ".join(["Our own report on the season is long and full of facts of its own."] * 12)

APPLE_HTML = """<html><body><div>Hi team,</div><div>sharing the summary below, worth a read before Monday.</div>
<div>Best,<br>Ola</div>
<div><br><blockquote type="cite"><div>Begin forwarded message:</div><br>
<div><b>From: </b>Marta Kask &lt;marta@wood.example&gt;</div>
<div><b>Subject: </b>Forum summary</div>
<div><b>Date: </b>5 May 2028 at 10:12:00 CEST</div>
<div><p>The Baltic Wood Forum met in Tartu on 3 May 2028.</p>
<h3>Key conclusions</h3>
<ul><li>Regional sawmills need shared drying capacity.</li><li>Timber exports grow when clusters travel together.</li></ul>
</div></blockquote></div></body></html>"""

GMAIL_HTML = """<html><body><div dir="ltr">Hi team, sharing the summary below.<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
From: <strong class="gmail_sendername">Marta Kask</strong> <span>&lt;marta@wood.example&gt;</span><br>
Date: Fri, 5 May 2028 at 10:12<br>Subject: Forum summary<br>To: Ola Berg &lt;ola@cluster.example&gt;<br></div><br><br>
<div dir="ltr"><p>The Baltic Wood Forum met in Tartu on 3 May 2028.</p>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Thu, 4 May 2028 at 09:00 Jonas Lind &lt;jonas@example.org&gt; wrote:<br></div>
<blockquote class="gmail_quote"><p>Peter Old, Mayor of Narva, opened the Border Fair on 1 April 2027.</p></blockquote></div>
</div></div></div></body></html>"""

def _mail(subject: str, body: str, subtype: str = "plain") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Ola Berg <ola@cluster.example>"
    msg["To"] = "team@cluster.example"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 8 May 2028 08:00:00 +0200"
    msg.set_content(body, subtype=subtype)
    return bytes(msg)


def _read_back(tmp_path, name: str, data: bytes, settings) -> str:
    from pipeline.ingest import discover, ingest_document, read_bytes

    folder = tmp_path / name.split(".")[0]
    folder.mkdir()
    (folder / name).write_bytes(data)
    (found,) = list(discover(folder))
    return ingest_document(found, read_bytes(found), settings).text


DATE_LINE = "Date: Fri, 5 May 2028 at 10:12"
# the newest message's own Date header opens the text (as the email package writes it back)
OWN_DATE = "Date: Mon, 08 May 2028 08:00:00 +0200\n\n"
SENT_LINE = "Sent: Friday, May 5, 2028 10:12 AM"


@pytest.mark.parametrize("subject, body, expected", [
    # Gmail: the forwarded message follows the note; of its header block only the date line stays, and its
    # signature is kept without the "--" line
    ("Fwd: Forum summary", GMAIL_PLAIN, f"{OWN_TEXT}\n\n{DATE_LINE}\n\n{FORWARDED_TEXT}"),
    # the subject says nothing: the "Forwarded message" line is enough
    ("Forum summary", GMAIL_PLAIN, f"{OWN_TEXT}\n\n{DATE_LINE}\n\n{FORWARDED_TEXT}"),
    # Outlook: a header block "From: … Sent: …" (a wrapped "To:" line belongs to it), forwarded or replied to
    ("FW: Forum summary", OUTLOOK_PLAIN, f"{OWN_TEXT}\n\n________________________________\n\n{SENT_LINE}\n\n{FORWARDED_TEXT}"),
    ("WG: Forum summary", OUTLOOK_PLAIN, f"{OWN_TEXT}\n\n________________________________\n\n{SENT_LINE}\n\n{FORWARDED_TEXT}"),
    ("RE: Forum summary", REPLY_WITH_OUTLOOK_BLOCK, f"{OWN_TEXT}\n\n{SENT_LINE}\n\n{FORWARDED_TEXT}"),
    # however long the own text is, the message under it is kept
    ("Fwd: Forum summary", GMAIL_PLAIN.replace(NOTE, LONG_NOTE), f"{LONG_NOTE}\n\n{DATE_LINE}\n\n{FORWARDED_TEXT}"),
])
def test_forwarded_and_replied_plain_text_mails(tmp_path, settings, subject, body, expected):
    assert _read_back(tmp_path, "mail.eml", _mail(subject, body), settings) == OWN_DATE + expected


def test_reply_keeps_the_quoted_thread_without_markers_and_its_signature(tmp_path, settings):
    body = ("Thanks Marta, we will join the forum in Tartu on 3 May 2028.\n\n-- \nOla Berg\nCluster Manager, Nordic Timber Cluster\n"
            "On Fri, 5 May 2028 at 10:12, Marta Kask <marta@wood.example> wrote:\n> Peter Old, Mayor of Narva, will speak.\n>\n"
            "> > -----Original Message-----\n> > From: Jonas Lind\n> > Sent: 2 May 2028 17:05\n> > To: Marta Kask\n> >\n"
            "> > The fair opens on 1 June 2028.\n")
    text = _read_back(tmp_path, "reply.eml", _mail("Re: Forum", body), settings)
    assert text == (OWN_DATE + "Thanks Marta, we will join the forum in Tartu on 3 May 2028.\n\nOla Berg\nCluster Manager, Nordic Timber Cluster"
                    "\n\nPeter Old, Mayor of Narva, will speak.\n\nSent: 2 May 2028 17:05\n\nThe fair opens on 1 June 2028.")


def test_forwarded_and_replied_html_mails(tmp_path, settings):
    # Apple Mail: "Begin forwarded message:" and the forwarded message inside <blockquote type="cite">
    assert _read_back(tmp_path, "apple.eml", _mail("Fwd: Forum summary", APPLE_HTML, "html"), settings) == OWN_DATE + (
        "Hi team,\n\nsharing the summary below, worth a read before Monday.\n\nBest, Ola\n\nDate:5 May 2028 at 10:12:00 CEST\n\n"
        "The Baltic Wood Forum met in Tartu on 3 May 2028.\n\nKey conclusions\n\n"
        "- Regional sawmills need shared drying capacity.\n- Timber exports grow when clusters travel together.")
    # Gmail: the forwarded message inside div.gmail_quote, and a reply quoted inside it, are kept without
    # their "Forwarded message" / "wrote:" lines and header blocks
    assert _read_back(tmp_path, "gmail.eml", _mail("Fwd: Forum summary", GMAIL_HTML, "html"), settings) == OWN_DATE + (
        "Hi team, sharing the summary below.\n\nThe Baltic Wood Forum met in Tartu on 3 May 2028.\n\n"
        "Peter Old, Mayor of Narva, opened the Border Fair on 1 April 2027.")
    # a reply in HTML whose quoted message opens with its header block, no line above it
    reply = APPLE_HTML.replace("Begin forwarded message:", "")
    assert _read_back(tmp_path, "reply.eml", _mail("Re: Forum summary", reply, "html"), settings) == OWN_DATE + (
        "Hi team,\n\nsharing the summary below, worth a read before Monday.\n\nBest, Ola\n\nDate:5 May 2028 at 10:12:00 CEST\n\n"
        "The Baltic Wood Forum met in Tartu on 3 May 2028.\n\nKey conclusions\n\n"
        "- Regional sawmills need shared drying capacity.\n- Timber exports grow when clusters travel together.")


def test_forwarded_mail_gives_its_key_messages(extract, settings):
    from pipeline.ingest.email import read_email

    text, _, _, _ = read_email(_mail("Fwd: Forum summary", GMAIL_PLAIN), settings.data_dir)
    result = extract(text)
    assert [k.text for k in result.key_messages] == ["Regional sawmills need shared drying capacity",
                                                    "Timber exports grow when clusters travel together"]


def test_thread_dates_and_people_of_quoted_messages_published_date_from_the_newest(run_pipeline, tmp_path):
    from conftest import published_tables

    body = ("Dear all,\n\nthe steering group meets in Porto on 20 May 2028, as Ines proposed.\n\nRegards,\nOla Berg\n\n"
            "-----Original Message-----\nFrom: Ines Duarte <ines@sea.example>\nSent: Tuesday, 2 May 2028 16:40\n"
            "To: Ola Berg\nSubject: Steering group\n\n"
            "Hello Ola,\n\nKarin Vogt, Director of the Coastal Energy Cluster, can host us.\n\nBest,\nInes Duarte\n")
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "thread.eml").write_bytes(_mail("RE: Steering group", body))
    run_pipeline(inp, tmp_path / "out")
    tables = published_tables(tmp_path / "out")
    (doc,) = tables["documents"]
    # the newest message's Date header dates the thread and is one of its dates (the line opening the text), as
    # the quoted message's "Sent:" line is
    assert (doc["published_date"].isoformat(), doc["published_date_source"]) == ("2028-05-08", "email_date_header")
    assert {d["start_date"].isoformat() for d in tables["dates"]} == {"2028-05-08", "2028-05-20", "2028-05-02"}
    assert sorted(p["name"] for p in tables["people"]) == ["Ines Duarte", "Karin Vogt", "Ola Berg"]
