import json,re,os,sys
sys.path.insert(0,'/work/wt/blind46/eval')
import importlib.util
spec=importlib.util.spec_from_file_location('cg','/dev/null')
import zipfile,html,email,email.policy
def read_doc(p):
    if p.endswith('.docx'):
        xml=zipfile.ZipFile(p).read('word/document.xml').decode(); xml=re.sub(r'</w:p>|<w:tab/>|<w:br/>','\n',xml); return html.unescape(re.sub(r'<[^>]+>','',xml))
    if p.endswith('.eml'):
        m=email.message_from_binary_file(open(p,'rb'),policy=email.policy.default); return '\n'.join(html.unescape(x.get_content()) for x in m.walk() if x.get_content_maintype()=='text')
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    return html.unescape(re.sub(r'<[^>]+>',' ',open(p).read()))
for g in sorted(os.listdir('gold')):
    d=json.load(open('gold/'+g)); t=read_doc('docs/'+d['doc']); t=re.sub(r'\s+',' ',t)
    allv=' '.join(d['dates'])+' '+' '.join(str(e['start'])+' '+str(e['end']) for e in d['events'])
    ys=sorted(set(re.findall(r'\b(19\d\d|20\d\d)\b',t)))
    miss=[y for y in ys if y not in allv]
    strs=set()
    for x in d['people']: strs|={x['name'],x['role'] or '',x['organisation'] or ''}
    for x in d['organisations']: strs|={x['name'],x['acronym'] or ''}
    for x in d['events']: strs|={x['name'],x['city'] or ''}
    caps=set(re.findall(r"\b[A-ZÀ-Ý][\w'’À-ÿ-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-Ý][\w'’À-ÿ.-]+)+",t))
    unc=[c for c in caps if not any(c in s for s in strs)]
    print('==',g,'years not in dates:',miss); print('   ',sorted(unc)[:80])
