import json, os, re, sys
sys.path.insert(0, '/work/wt/blind31/eval')
B = '/work/wt/blind31/eval/blind31'
import importlib.util
spec = importlib.util.spec_from_file_location('cg_read', '/dev/null')
def read_doc(p):
    import zipfile, html, email, email.policy
    if p.endswith('.docx'):
        xml = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>|<w:tab/>|<w:br/>', '\n', xml); return html.unescape(re.sub(r'<[^>]+>', '', xml))
    if p.endswith('.eml'):
        msg = email.message_from_binary_file(open(p,'rb'), policy=email.policy.default)
        return '\n'.join(html.unescape(re.sub(r'<[^>]+>',' ',pt.get_content())) for pt in msg.walk() if pt.get_content_maintype()=='text')
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    t = open(p, encoding='utf-8').read()
    if p.endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>',' ',t))
    return t
for g in sorted(os.listdir(B+'/gold')):
    d = json.load(open(B+'/gold/'+g)); txt = read_doc(B+'/docs/'+d['doc'])
    cov = ' '.join([p['name'] for p in d['people']] + [o['name'] for o in d['organisations']] + [o['acronym'] or '' for o in d['organisations']] + [e['name'] for e in d['events']] + [e['city'] or '' for e in d['events']] + [p['role'] or '' for p in d['people']])
    caps = set(re.findall(r"\b[A-ZÀ-Ý][\w'’.-]+(?:\s+(?:of|de|di|the|für|am|&|van|der|von|i|du|del|la)?\s*[A-ZÀ-Ý][\w'’.-]+)+", txt))
    miss = sorted(c for c in caps if c not in cov)
    years = sorted(set(re.findall(r'\b20[23]\d\b', txt)))
    ds = ' '.join(d['dates'] + [str(e['start']) + str(e['end']) for e in d['events']])
    ym = [y for y in years if y not in ds]
    print('==', g, '\n  caps:', miss[:60], '\n  years not in dates:', ym)
