"""Forwarded e-mails: a forward under a covering note is the content; quoted replies stay cut; signatures stay.

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

APPLE_TEXT = ("Hi team,\n\nsharing the summary below, worth a read before Monday.\n\nBest, Ola\n\n"
              "The Baltic Wood Forum met in Tartu on 3 May 2028.\n\nKey conclusions\n\n"
              "- Regional sawmills need shared drying capacity.\n- Timber exports grow when clusters travel together.")


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


@pytest.mark.parametrize("subject, body, expected", [
    # Gmail: the forwarded message under a short note is the content; its header block is left out, and its
    # signature is kept without the "--" line
    ("Fwd: Forum summary", GMAIL_PLAIN, f"{OWN_TEXT}\n\n{FORWARDED_TEXT}"),
    # the same without "Fwd:" in the subject: the "Forwarded message" line says it
    ("Forum summary", GMAIL_PLAIN, f"{OWN_TEXT}\n\n{FORWARDED_TEXT}"),
    # Outlook: a header block "From: … Sent: …" is a forward when the subject says so ("FW:", German "WG:");
    # a wrapped "To:" line belongs to the block
    ("FW: Forum summary", OUTLOOK_PLAIN, f"{OWN_TEXT}\n\n________________________________\n\n{FORWARDED_TEXT}"),
    ("WG: Forum summary", OUTLOOK_PLAIN, f"{OWN_TEXT}\n\n________________________________\n\n{FORWARDED_TEXT}"),
    # ... and a reply when it does not: the older thread stays cut
    ("RE: Forum summary", REPLY_WITH_OUTLOOK_BLOCK, OWN_TEXT),
    # a forward under a long text of its own: the own text is the content, the forwarded one a quote
    ("Fwd: Forum summary", GMAIL_PLAIN.replace(NOTE, LONG_NOTE), LONG_NOTE),
])
def test_forwarded_plain_text_mails(tmp_path, settings, subject, body, expected):
    assert _read_back(tmp_path, "mail.eml", _mail(subject, body), settings) == expected


def test_reply_quoting_a_thread_stays_cut_and_its_signature_stays(tmp_path, settings):
    body = ("Thanks Marta, we will join the forum in Tartu on 3 May 2028.\n\n-- \nOla Berg\nCluster Manager, Nordic Timber Cluster\n\n"
            "On Fri, 5 May 2028 at 10:12, Marta Kask <marta@wood.example> wrote:\n> Peter Old, Mayor of Narva, will speak.\n")
    text = _read_back(tmp_path, "reply.eml", _mail("Re: Forum", body), settings)
    assert text == "Thanks Marta, we will join the forum in Tartu on 3 May 2028.\n\nOla Berg\nCluster Manager, Nordic Timber Cluster"


def test_forwarded_html_mails(tmp_path, settings):
    # Apple Mail: "Begin forwarded message:" and the forwarded message inside <blockquote type="cite">
    assert _read_back(tmp_path, "apple.eml", _mail("Fwd: Forum summary", APPLE_HTML, "html"), settings) == APPLE_TEXT
    # Gmail: the forwarded message inside div.gmail_quote is kept; a reply quoted inside it is cut
    assert _read_back(tmp_path, "gmail.eml", _mail("Fwd: Forum summary", GMAIL_HTML, "html"), settings) == (
        "Hi team, sharing the summary below.\n\nThe Baltic Wood Forum met in Tartu on 3 May 2028.")
    # a reply in HTML: the quoted element is left out as before
    reply = APPLE_HTML.replace("Begin forwarded message:", "")
    assert _read_back(tmp_path, "reply.eml", _mail("Re: Forum summary", reply, "html"), settings) == (
        "Hi team,\n\nsharing the summary below, worth a read before Monday.\n\nBest, Ola")


def test_forwarded_mail_gives_its_key_messages(extract, settings):
    from pipeline.ingest.email import read_email

    text, _, _, _ = read_email(_mail("Fwd: Forum summary", GMAIL_PLAIN), settings.data_dir)
    result = extract(text)
    assert [k.text for k in result.key_messages] == ["Regional sawmills need shared drying capacity",
                                                    "Timber exports grow when clusters travel together"]
