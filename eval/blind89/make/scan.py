# lists capitalised sequences of each document not covered by any gold string
import json, os, re, html, zipfile, email, email.policy
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def read(p):
    if p.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode(); return html.unescape(re.sub(r'<[^>]+>',' ',re.sub(r'</w:p>','\n',x)))
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p,'rb'), policy=email.policy.default)
        return '\n'.join(pt.get_content() for pt in m.walk() if pt.get_content_maintype()=='text')
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    return html.unescape(re.sub(r'<[^>]+>',' ',open(p).read()))
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); t = read(B+'/docs/'+d['doc'])
    cov = ' | '.join([x['name'] for x in d['people']+d['organisations']+d['events']]+[x['acronym'] or '' for x in d['organisations']]+[x['role'] or '' for x in d['people']]+[x['city'] or '' for x in d['events']])
    seqs = set(re.findall(r"\b[A-ZÀ-Ž][\w'’.-]+(?:\s+(?:[A-ZÀ-Ž][\w'’.-]+|of|and|for|the|de|du|di|della|del|da|do|dos|in|w|i|z|na|și|din|ir)){1,6}", t))
    miss = sorted(s for s in seqs if s not in cov)
    print(g, '|', '; '.join(miss)[:3000]); print()
