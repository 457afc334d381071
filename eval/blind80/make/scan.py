"""List capitalised sequences of each document not covered by any gold string (for the README's exclusions)."""
import json, os, re, sys, html
sys.path.insert(0, 'eval')
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
import importlib.util
spec = importlib.util.spec_from_file_location('cg', None) if False else None
def read(p):
    import zipfile, email, email.policy
    if p.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode(); x = re.sub(r'</w:p>', '\n', x); return html.unescape(re.sub(r'<[^>]+>', '', x))
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p,'rb'), policy=email.policy.default); return m.get_body().get_content()
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    t = open(p, encoding='utf-8').read()
    return html.unescape(re.sub(r'<[^>]+>', ' ', t))
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); t = read(B+'/docs/'+d['doc'])
    strs = [p['name'] for p in d['people']] + [p['role'] or '' for p in d['people']] + [o['name'] for o in d['organisations']] + [o['acronym'] or '' for o in d['organisations']] + [e['name'] for e in d['events']] + [e['city'] or '' for e in d['events']] + d['key_messages']
    blob = ' | '.join(re.sub(r'\s+',' ',s) for s in strs)
    seqs = re.findall(r"(?:[A-ZÀ-ÞĀ-Ž\u0391-\u03A9\u0410-\u042F\u0386-\u038F][\w'’.\-&]*(?:\s+(?:de|da|do|dos|des|la|van|von|der|zu|i|of|the|and|y|e|und)?\s*[A-ZÀ-ÞĀ-Ž\u0391-\u03A9\u0410-\u042F][\w'’.\-&]*)*)", re.sub(r'\s+',' ',t))
    un = sorted(set(s for s in seqs if len(s) > 2 and s not in blob))
    print(g, '::', '; '.join(un)); print()
