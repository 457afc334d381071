"""Capitalised sequences in each document not covered by any gold string (for manual decision)."""
import json, os, re, sys
sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
from importlib.machinery import SourceFileLoader
cg = SourceFileLoader('cg', os.path.join(os.path.dirname(__file__), '..', '..', 'check_gold.py'))
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
import html, zipfile, email, email.policy
def read_doc(p):
    if p.endswith('.docx'):
        xml = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>|<w:tab/>|<w:br/>', '\n', xml); return html.unescape(re.sub(r'<[^>]+>', '', xml))
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p,'rb'), policy=email.policy.default)
        return '\n'.join(x.get_content() for x in m.walk() if x.get_content_maintype()=='text')
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() or '' for pg in pypdf.PdfReader(p).pages)
    t = open(p, encoding='utf-8').read()
    return html.unescape(re.sub(r'<[^>]+>', ' ', t)) if p.endswith('.html') else t
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); txt = re.sub(r'\s+', ' ', read_doc(B+'/docs/'+d['doc']))
    cov = [x['name'] for x in d['people']] + [x['organisation'] or '' for x in d['people']] + [x['role'] or '' for x in d['people']]
    cov += [x['name'] for x in d['organisations']] + [x['acronym'] or '' for x in d['organisations']]
    cov += [x['name'] for x in d['events']] + [x['city'] or '' for x in d['events']] + d['key_messages']
    seqs = set(re.findall(r"\b[A-ZÀ-ŽĄĆĘŁŃÓŚŹŻ][\w’'\-&.]*(?:\s+(?:[A-ZÀ-ŽĄĆĘŁŃÓŚŹŻ][\w’'\-&.]*|de|of|the|du|van|der|di|i|na|w|za|u|del|for|and))*\s*[A-ZÀ-ŽĄĆĘŁŃÓŚŹŻ]?[\w’'\-&.]*", txt))
    left = sorted(s.strip() for s in seqs if len(s.strip().split()) > 1 and not any(s.strip() in c or c in s.strip() for c in cov if c))
    print(g, '|', ' ; '.join(left))
