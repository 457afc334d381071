"""List capitalised sequences of each document that no gold string covers (for the annotator to decide).
Run: .venv/bin/python eval/blind92/make/scan.py eval/blind92"""
import json, os, re, sys, html, zipfile, email, email.policy
def read_doc(p):
    if p.endswith('.docx'):
        xml = zipfile.ZipFile(p).read('word/document.xml').decode(); xml = re.sub(r'</w:p>', '\n', xml)
        return html.unescape(re.sub(r'<[^>]+>', '', xml))
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p, 'rb'), policy=email.policy.default); return m.get_body().get_content()
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    return html.unescape(re.sub(r'<[^>]+>', ' ', open(p, encoding='utf-8').read()))
U = r"[A-ZÁÉÍÓÚÄÖÜÅÆØŁŚŻŹĆŃĽŠČŽŘĀĒĪŪĢĶĻŅΑ-ΩΆΈΉΊΌΎΏ]"
base = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
for g in sorted(os.listdir(os.path.join(base, 'gold'))):
    d = json.load(open(os.path.join(base, 'gold', g))); t = read_doc(os.path.join(base, 'docs', d['doc']))
    gs = ' | '.join([x['name'] for x in d['people']] + [str(x['role']) for x in d['people']] + [str(x['organisation']) for x in d['people']]
                    + [x['name'] + ' ' + str(x['acronym']) for x in d['organisations']] + [x['name'] + ' ' + str(x['city']) for x in d['events']] + d['key_messages'])
    seqs = set(re.findall(U + r"[\w\-&']+(?:[ ]+(?:[a-zà-ÿ]{1,3}[ ]+)?" + U + r"[\w\-&']+)+", t))
    print(g[:3], '; '.join(sorted(s for s in seqs if s not in gs)))
