"""E-mail newsletters: HTML part through the HTML path, headers into documents, attachments as documents, quoted
messages of a thread as text."""
from __future__ import annotations

import hashlib
from email.message import EmailMessage

import pytest

from conftest import published_tables
from pipeline.errors import IngestError
from test_sniff import pdf_bytes

HTML = """<html><body>
<p><a href="https://example.org/web">View this email in your browser</a></p>
<h1>Cluster Pulse</h1>
<p>Maria Rossi, President of the Danube Cluster Alliance, opened the Smart Textiles Forum in Linz on 14 May 2024.</p>
<h2>Key messages</h2>
<ul><li>Regional hubs speed up pilot projects.</li><li>Shared testing labs cut costs for small firms.</li></ul>
<p>You are receiving this email because you subscribed. <a href="https://example.org/u">Unsubscribe</a> | Manage your preferences</p>
<blockquote type="cite">Peter Brown, Mayor of Ghent, spoke at the Harbour Summit on 2 February 2023.</blockquote>
</body></html>"""

PLAIN_REPLY = """Dear members,

Anna Berg, Chair of the Nordic Wood Cluster, will host the Timber Days in Bergen on 9 October 2024.

To stop these messages, unsubscribe here: https://example.org/u

On Tue, 3 Sep 2024 at 09:00, Peter Brown <peter@example.org> wrote:
> Henrik Dahl, Director of the Harbour Agency, met us in Oslo on 1 March 2022.

-----Original Message-----
From: Old Sender
Sent: Monday
Lucy Grey, Mayor of Turku, opened the Coast Fair on 5 April 2021.
"""


def newsletter_mail() -> bytes:
    import io

    import docx

    msg = EmailMessage()
    msg["From"] = "Cluster Desk <desk@example.org>"
    msg["To"] = "members@example.org"
    msg["Subject"] = "Cluster Pulse – May issue"
    msg["Date"] = "Tue, 21 May 2024 09:30:00 +0200"
    msg.set_content("Plain version: see the HTML part.")
    msg.add_alternative(HTML, subtype="html")
    msg.add_attachment(pdf_bytes(["Karl Weber, Head of Unit at the Alpine Energy Agency, spoke in Graz on 3 June 2024."]),
                       maintype="application", subtype="pdf", filename="agenda.pdf")
    d = docx.Document()
    d.add_paragraph("Sofia Lind, Director of the Baltic Food Cluster, visited Riga on 7 July 2024.")
    buf = io.BytesIO()
    d.save(buf)
    msg.add_attachment(buf.getvalue(), maintype="application",
                       subtype="vnd.openxmlformats-officedocument.wordprocessingml.document", filename="report.docx")
    msg.add_attachment(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, maintype="image", subtype="png", filename="logo.png")
    forwarded = EmailMessage()
    forwarded["Subject"] = "old news"
    forwarded.set_content("Old Person, Mayor of Nowhere, spoke on 1 January 2020.")
    msg.add_attachment(forwarded)
    return bytes(msg)


def plain_mail() -> bytes:
    msg = EmailMessage()
    msg["From"] = "anna@example.org"
    msg["Subject"] = "Re: Timber Days"
    msg["Date"] = "Wed, 4 Sep 2024 10:00:00 +0000"
    msg["Message-ID"] = "<1@example.org>"
    msg.set_content(PLAIN_REPLY)
    return bytes(msg)


def test_ingest_email_html_part_without_footers_with_quoted_text(settings):
    from pipeline.ingest.email import read_email

    text, blocks, title, metadata = read_email(newsletter_mail(), settings.data_dir)
    assert text == ("Date: Tue, 21 May 2024 09:30:00 +0200\n\nCluster Pulse\n\nMaria Rossi, President of the Danube Cluster Alliance, opened the Smart Textiles Forum "
                    "in Linz on 14 May 2024.\n\nKey messages\n\n- Regional hubs speed up pilot projects.\n"
                    "- Shared testing labs cut costs for small firms.\n\n"
                    "Peter Brown, Mayor of Ghent, spoke at the Harbour Summit on 2 February 2023.")
    assert [(b.kind, text[b.start:b.end][:13]) for b in blocks] == [
        ("line", "Date: Tue, 21"), ("heading", "Cluster Pulse"), ("paragraph", "Maria Rossi, "), ("heading", "Key messages"),
        ("list_item", "Regional hubs"), ("list_item", "Shared testin"), ("paragraph", "Peter Brown, ")]
    assert title == "Cluster Pulse – May issue"
    assert metadata == {"email_from": "Cluster Desk <desk@example.org>", "email_subject": "Cluster Pulse – May issue",
                        "email_date": "2024-05-21"}


def test_ingest_email_plain_text_with_quoted_messages_without_footers(settings):
    from pipeline.ingest.email import read_email

    text, blocks, title, _ = read_email(plain_mail(), settings.data_dir)
    # the quoted reply and the Outlook block's message stay, without their marks, headers and the dateless "Sent:"
    assert text == ("Date: Wed, 04 Sep 2024 10:00:00 +0000\n\nDear members,\n\nAnna Berg, Chair of the Nordic Wood Cluster, will host the Timber Days in Bergen on 9 October 2024."
                    "\n\nHenrik Dahl, Director of the Harbour Agency, met us in Oslo on 1 March 2022."
                    "\n\nLucy Grey, Mayor of Turku, opened the Coast Fair on 5 April 2021.")
    assert blocks == () and title == "Re: Timber Days"


def test_ingest_email_attachments_are_documents(run_pipeline, tmp_path):
    inp = tmp_path / "in"
    inp.mkdir()
    mail = newsletter_mail()
    (inp / "pulse.eml").write_bytes(mail)
    (inp / "reply.eml").write_bytes(plain_mail())
    summary = run_pipeline(inp, tmp_path / "out")
    tables = published_tables(tmp_path / "out")
    docs = {d["source_path"]: d for d in tables["documents"]}
    mail_id = hashlib.sha256(mail).hexdigest()[:16]
    assert {p: (d["format"], d["status"], d["parent_doc_id"]) for p, d in docs.items()} == {
        "pulse.eml": ("eml", "ok", None),
        "pulse.eml#agenda.pdf": ("pdf", "ok", mail_id),
        "pulse.eml#report.docx": ("docx", "ok", mail_id),
        "reply.eml": ("eml", "ok", None),
    }
    assert summary.n_found == 4 and summary.n_failed == 0
    pulse = docs["pulse.eml"]
    assert (pulse["doc_id"], pulse["title"], pulse["sender"]) == (mail_id, "Cluster Pulse – May issue", "Cluster Desk <desk@example.org>")
    # The Date header is the publication date only when the text states none.
    assert (pulse["published_date"].isoformat(), pulse["published_date_source"]) == ("2024-05-21", "email_date_header")
    by_doc = {docs[p]["doc_id"]: p for p in docs}
    people = {(by_doc[m["doc_id"]], m["text"]) for m in tables["mentions"] if m["entity_type"] == "person"}
    assert people == {("pulse.eml", "Maria Rossi"), ("pulse.eml", "Peter Brown"), ("pulse.eml#agenda.pdf", "Karl Weber"),
                      ("pulse.eml#report.docx", "Sofia Lind"), ("reply.eml", "Anna Berg"), ("reply.eml", "Henrik Dahl"),
                      ("reply.eml", "Lucy Grey")}
    dates = {(by_doc[d["doc_id"]], d["start_date"].isoformat()) for d in tables["dates"]}
    assert dates == {("pulse.eml", "2024-05-21"), ("reply.eml", "2024-09-04"), ("pulse.eml", "2024-05-14"), ("pulse.eml", "2023-02-02"), ("pulse.eml#agenda.pdf", "2024-06-03"),
                     ("pulse.eml#report.docx", "2024-07-07"), ("reply.eml", "2024-10-09"), ("reply.eml", "2022-03-01"),
                     ("reply.eml", "2021-04-05")}
    assert [k["text"] for k in tables["key_messages"]] == ["Regional hubs speed up pilot projects",
                                                          "Shared testing labs cut costs for small firms"]
    # Ids come from content: the same e-mail again gives the same ids.
    run_pipeline(inp, tmp_path / "out2", full=True)
    again = {d["source_path"]: d["doc_id"] for d in published_tables(tmp_path / "out2")["documents"]}
    assert again == {p: d["doc_id"] for p, d in docs.items()}


def test_ingest_email_damaged_messages_are_listed_not_fatal(tmp_path, settings):
    from pipeline.ingest import discover, ingest_document, read_bytes

    (tmp_path / "bad-attachment.eml").write_bytes(
        b"From: x@example.org\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"zz\"\n\n--zz\n"
        b"Content-Type: application/pdf; name=\"a.pdf\"\nContent-Disposition: attachment; filename=\"a.pdf\"\n"
        b"Content-Transfer-Encoding: base64\n\n!!!not base64%%%\n--zz")
    (tmp_path / "garbage.eml").write_bytes(b"\xff\xfe\x00garbage")
    found = list(discover(tmp_path))
    assert [(f.rel_path, f.fmt) for f in found] == [("bad-attachment.eml", "eml"), ("garbage.eml", "txt")]
    # No body, no subject, an attachment that is not a PDF: nothing to read, said so.
    with pytest.raises(IngestError) as info:
        ingest_document(found[0], read_bytes(found[0]), settings)
    assert info.value.error_type == "no_text"


def _dated_mail(date: str | None, body: str, subtype: str = "plain") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Lena Fischer <lena@harbour-cluster.example>"
    msg["Subject"] = "Members' update"
    if date is not None:
        msg["Date"] = date
    msg.set_content(body, subtype=subtype)
    return bytes(msg)


@pytest.mark.parametrize("date, line, iso", [
    ("Thu, 3 Oct 2030 14:05:00 +0100", "Date: Thu, 03 Oct 2030 14:05:00 +0100", "2030-10-03"),
    ("17 Jan 2031 08:30:00 +0000", "Date: Fri, 17 Jan 2031 08:30:00 +0000", "2031-01-17"),  # no weekday: the package adds it
    ("Mon, 29 Dec 2031 23:59:59 +0200", "Date: Mon, 29 Dec 2031 23:59:59 +0200", "2031-12-29"),
])
def test_the_date_header_opens_the_text_and_is_one_of_its_dates(run_pipeline, tmp_path, settings, date, line, iso):
    from pipeline.ingest.email import read_email

    body = "Dear members,\n\nthe harbour workshop takes place in Kiel on 12 November 2031.\n"
    text, _, _, meta = read_email(_dated_mail(date, body), settings.data_dir)
    assert text == f"{line}\n\nDear members,\n\nthe harbour workshop takes place in Kiel on 12 November 2031."
    assert meta["email_date"] == iso
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "update.eml").write_bytes(_dated_mail(date, body))
    run_pipeline(inp, tmp_path / "out")
    tables = published_tables(tmp_path / "out")
    (doc,) = tables["documents"]
    assert (doc["published_date"].isoformat(), doc["published_date_source"]) == (iso, "email_date_header")
    assert sorted(d["start_date"].isoformat() for d in tables["dates"]) == sorted([iso, "2031-11-12"])
    header_row = next(d for d in tables["dates"] if d["start_date"].isoformat() == iso)
    assert header_row["start_char"] < len(line) and header_row["end_char"] <= len(line)  # its span is on the Date line


def test_no_date_line_without_a_date_header_that_parses_or_without_text(settings):
    from pipeline.ingest.email import read_email

    body = "Dear members,\n\nthe board meets in Lübeck on 4 March 2032.\n"
    for date in (None, "sometime next week"):
        text, _, _, meta = read_email(_dated_mail(date, body), settings.data_dir)
        assert text == "Dear members,\n\nthe board meets in Lübeck on 4 March 2032." and "email_date" not in meta
    # a message with nothing but attachments: its subject is its text, with no date line above it
    msg = EmailMessage()
    msg["Subject"], msg["Date"] = "Minutes attached", "Tue, 9 Mar 2032 10:00:00 +0100"
    msg.set_content("")
    text, _, _, _ = read_email(bytes(msg), settings.data_dir)
    assert text == "Minutes attached"


def test_an_html_mail_keeps_its_blocks_under_the_date_line(settings):
    from pipeline.ingest.email import read_email

    html = ("<html><body><h1>Harbour news</h1><p>Jonas Meyer, Head of Logistics at the Baltic Port Alliance, opens the "
            "Port Days in Rostock on 6 May 2032.</p><ul><li>Shore power first.</li><li>Rail links second.</li></ul></body></html>")
    text, blocks, _, _ = read_email(_dated_mail("Wed, 14 Apr 2032 09:00:00 +0200", html, "html"), settings.data_dir)
    assert [(b.kind, text[b.start:b.end]) for b in blocks] == [
        ("line", "Date: Wed, 14 Apr 2032 09:00:00 +0200"), ("heading", "Harbour news"),
        ("paragraph", "Jonas Meyer, Head of Logistics at the Baltic Port Alliance, opens the Port Days in Rostock on 6 May 2032."),
        ("list_item", "Shore power first."), ("list_item", "Rail links second.")]
