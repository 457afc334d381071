import html, re, zipfile, email, email.policy
def read_doc(p):
    """The document's text as a reader sees it: a .docx's paragraphs and table cells (from word/document.xml),
    an .eml's headers and text bodies, any other file as UTF-8 text."""
    if p.endswith('.docx'):
        xml = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>|<w:tab/>|<w:br/>', '\n', xml)
        return html.unescape(re.sub(r'<[^>]+>', '', xml))
    if p.endswith('.eml'):
        msg = email.message_from_binary_file(open(p, 'rb'), policy=email.policy.default)
        parts = [f"{k}: {msg[k]}" for k in ('From', 'To', 'Subject', 'Date') if msg[k]]
        for part in msg.walk():
            if part.get_content_maintype() == 'text':
                parts.append(html.unescape(part.get_content()))
        return '\n'.join(parts)
    if p.endswith('.pdf'):
        # a real PDF: its extracted text (needs pypdf, which the project's .venv has; added for blind26)
        import pypdf
        return '\n'.join(pg.extract_text() or '' for pg in pypdf.PdfReader(p).pages)
    return open(p, encoding='utf-8').read()

