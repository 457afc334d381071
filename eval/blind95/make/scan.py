"""List capitalised sequences of each document that no gold string covers (for the annotator to decide)."""
import json, os, re, html, zipfile, email, email.policy
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def read(p):
    if p.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode(); return html.unescape(re.sub(r'<[^>]+>', '', re.sub(r'</w:p>', '\n', x)))
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p,'rb'), policy=email.policy.default); return m.get_body().get_content()
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    return html.unescape(re.sub(r'<[^>]+>', ' ', open(p, encoding='utf-8').read()))
U = r"[A-ZÀ-ÝĀ-ŽŁŚŻŹĆŃÓÅÄÖÕÜŠČŘĎŤŇĽĹ]"
def main():
    for g in sorted(os.listdir(B+'/gold')):
        d = json.load(open(B+'/gold/'+g)); t = read(B+'/docs/'+d['doc'])
        cov = ' | '.join([p['name'] for p in d['people']] + [p['role'] or '' for p in d['people']] + [p['organisation'] or '' for p in d['people']]
                         + [o['name'] for o in d['organisations']] + [o['acronym'] or '' for o in d['organisations']] + [e['name'] for e in d['events']] + [e['city'] or '' for e in d['events']])
        seqs = set(re.findall(U + r"[\w\-’'&.]+(?:\s+(?:of|the|and|for|de|del|la|van|der|du|din|și|och|a|i|&|–)?\s*" + U + r"[\w\-’'&.]+)+", t))
        miss = sorted(s for s in seqs if s not in cov)
        print(g, '::', '; '.join(miss))

if __name__ == '__main__':
    main()
