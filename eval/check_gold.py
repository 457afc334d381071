"""Self-check of an evaluation set's gold files: JSON parses, schema fields, ISO dates, and every annotated
surface string (names, roles, organisations, acronyms, cities, key messages) occurs in its document.
Reads .docx and .eml documents too. Standalone (standard library only); does not use the pipeline. Run: python3 eval/check_gold.py eval/blind2"""
import json, sys, os, html, re, zipfile, email, email.policy


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

base = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else sys.exit("usage: python3 eval/check_gold.py eval/<set>")
ok = True
FIELDS = ["doc","source_url","published_date","people","organisations","events","dates","key_messages"]
iso = re.compile(r'^\d{4}(-\d{2}(-\d{2})?)?$')
tot = {k:0 for k in ["people","organisations","events","dates","key_messages","roles"]}
for g in sorted(os.listdir(base+'/gold')):
    d = json.load(open(base+'/gold/'+g))
    errs = []
    if list(d.keys()) != FIELDS: errs.append(f"fields {list(d.keys())}")
    p = base+'/docs/'+d['doc']
    if not os.path.exists(p): errs.append('no doc'); print(g, errs); ok=False; continue
    if os.path.splitext(g)[0] != os.path.splitext(d['doc'])[0]: errs.append('stem')
    txt = read_doc(p)
    if p.endswith('.html'): txt = html.unescape(txt)
    norm = re.sub(r'\s+', ' ', txt)
    def has(s):
        return s in txt or s in norm
    for x in d['people']:
        if set(x) != {"name","role","organisation"}: errs.append(f"person keys {x}")
        if not has(x['name']): errs.append(f"person {x['name']}")
        if x['role'] and not has(x['role']): errs.append(f"role {x['role']}")
        if x['role']: tot['roles'] += 1
        if x['organisation'] and not has(x['organisation']): errs.append(f"porg {x['organisation']}")
    names = [x['name'] for x in d['people']]
    if len(names)!=len(set(names)): errs.append('dup people')
    for x in d['organisations']:
        if set(x) != {"name","acronym"}: errs.append(f"org keys {x}")
        if not has(x['name']): errs.append(f"org {x['name']}")
        if x['acronym'] and not has(x['acronym']): errs.append(f"acr {x['acronym']}")
    for x in d['events']:
        if set(x) != {"name","start","end","city","country"}: errs.append(f"event keys {x}")
        for k in ('start','end'):
            if x[k] is not None and not iso.match(x[k]): errs.append(f"ev date {x}")
        if x['start'] and x['end'] and x['end'] < x['start']: errs.append(f"ev order {x}")
        if x['city']:
            for c in x['city'].split(', '):
                if not has(c): errs.append(f"city {c}")
    for v in d['dates']:
        parts = v.split('/')
        if len(parts)>2 or not all(iso.match(q) for q in parts): errs.append(f"date fmt {v}")
    if len(d['dates'])!=len(set(d['dates'])): errs.append('dup dates')
    if d['published_date'] and d['published_date'] not in d['dates']: errs.append('pub not in dates')
    for k in d['key_messages']:
        if not has(k): errs.append(f"km {k[:50]}")
    for k in ["people","organisations","events","dates","key_messages"]: tot[k]+=len(d[k])
    w = len(re.sub(r'<[^>]+>',' ',txt).split())
    print(f"{g}: words={w} P={len(d['people'])} O={len(d['organisations'])} E={len(d['events'])} D={len(d['dates'])} K={len(d['key_messages'])}", 'OK' if not errs else errs)
    ok = ok and not errs
print(tot, 'ALL OK' if ok else 'ERRORS')
