"""List capitalised sequences in each document not covered by any gold string."""
import json, os, re, sys, zipfile, html, email, email.policy
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def read(p):
    if p.endswith('.docx'):
        x = zipfile.ZipFile(p).read('word/document.xml').decode()
        return html.unescape(re.sub(r'<[^>]+>', ' ', re.sub(r'</w:p>', '\n', x)))
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p, 'rb'), policy=email.policy.default)
        return '\n'.join(str(m[k]) for k in ('From','To','Subject')) + '\n' + m.get_body().get_content()
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    t = open(p, encoding='utf-8').read()
    return html.unescape(re.sub(r'<[^>]+>', ' ', t)) if p.endswith('.html') else t
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(B + '/gold/' + g))
    t = read(B + '/docs/' + d['doc'])
    cov = ' '.join([x['name'] for x in d['people']] + [x['role'] or '' for x in d['people']] +
                   [x['name'] + ' ' + (x['acronym'] or '') for x in d['organisations']] +
                   [x['name'] + ' ' + (x['city'] or '') + ' ' + (x['country'] or '') for x in d['events']])
    seqs = set(re.findall(r"\b[A-ZÁÉÍÓÚÖÜŐŰÄÕŠŽČĆĐÅ][\w'’&\.-]+(?:\s+(?:of|the|de|del|la|du|für|and|&|és|a|[A-ZÁÉÍÓÚÖÜŐŰÄÕŠŽČĆĐÅ][\w'’\.-]+))+", t))
    miss = sorted(s for s in seqs if s not in cov)
    print(g, '|', '; '.join(miss)[:1500]); print()
