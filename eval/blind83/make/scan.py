"""List capitalised sequences of each document not covered by any gold string (for a manual decision)."""
import json, os, re, html, zipfile, email, email.policy
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def read(p):
    if p.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode(); return html.unescape(re.sub(r'<[^>]+>', ' ', re.sub(r'</w:p>', '\n', x)))
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p,'rb'), policy=email.policy.default); return m.get_body().get_content()
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    return html.unescape(re.sub(r'<[^>]+>', ' ', open(p, encoding='utf-8').read()))
U = r"[A-ZÀ-ÖØ-ÞČŠŽĎŤŇŘĽŁŚŹŻÉÓÚÍÁŐŰ]"
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); t = read(B+'/docs/'+d['doc'])
    cov = ' | '.join([x['name'] for x in d['people']+d['organisations']+d['events']] + [x['acronym'] or '' for x in d['organisations']] + [x['role'] or '' for x in d['people']] + [x['organisation'] or '' for x in d['people']] + [x['city'] or '' for x in d['events']] + d['key_messages'])
    seqs = set(re.findall(U + r"[\w'’&.-]+(?:\s+(?:[a-zäöüéèàíóúčšž]{1,3}\s+)?" + U + r"[\w'’&.-]+)+", t))
    miss = sorted(s for s in seqs if s not in cov)
    print(g, len(miss)); print('   ', '; '.join(miss)[:1500])
