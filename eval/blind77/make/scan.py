"""List capitalised sequences in each document not covered by any gold string (for the README's exclusions)."""
import json, os, re, html, zipfile, email, email.policy
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def read(p):
    if p.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode(); x = re.sub(r'</w:p>', '\n', x); return html.unescape(re.sub(r'<[^>]+>', '', x))
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p,'rb'), policy=email.policy.default); return '\n'.join(pt.get_content() for pt in m.walk() if pt.get_content_maintype()=='text')
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    return html.unescape(re.sub(r'<[^>]+>', ' ', open(p, encoding='utf-8').read()))
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); t = read(B+'/docs/'+d['doc'])
    cov = ' '.join([x['name'] for x in d['people']] + [str(x['role']) + ' ' + str(x['organisation']) for x in d['people']] + [x['name'] + ' ' + str(x['acronym']) for x in d['organisations']] + [x['name'] + ' ' + str(x['city']) for x in d['events']] + d['key_messages'])
    seqs = set(re.findall(r"\b[A-ZÀ-ÝĀ-Ž][\w’'\-]+(?:\s+(?:[A-ZÀ-ÝĀ-Ž][\w’'\-]+|de|di|von|van|der|du|la|le|&|und|und|és|i|e))*", t))
    miss = sorted(s for s in seqs if ' ' in s and s not in cov)
    print(g, '|', '; '.join(miss)[:1500]); print()
