"""Capitalised sequences of each document not covered by a gold string (run from eval/blind107 with .venv python)."""
import json, os, re, html, email, email.policy
def read(p):
    if p.endswith('.eml'):
        m = email.message_from_binary_file(open(p, 'rb'), policy=email.policy.default); return m.get_body().get_content()
    if p.endswith('.pdf'):
        import pypdf; return '\n'.join(pg.extract_text() for pg in pypdf.PdfReader(p).pages)
    return html.unescape(re.sub(r'<[^>]+>', ' ', open(p).read()))
for g in sorted(os.listdir('gold')):
    d = json.load(open('gold/' + g)); t = read('docs/' + d['doc'])
    cov = ' '.join([x['name'] for x in d['people']] + [str(x['organisation']) for x in d['people']] + [x['name'] for x in d['organisations']]
                   + [str(x['acronym']) for x in d['organisations']] + [x['name'] for x in d['events']] + [str(x['city']) for x in d['events']])
    seqs = set(re.findall(r"(?:[A-ZÀ-ŽŚŁŻĆ][\w'’&.-]+(?:[ \t]+(?:of|and|for|the|de|di|del|da|do|in|za|v|&|i|et|du|des)?[ \t]*[A-ZÀ-ŽŚŁŻĆ][\w'’&.-]+)+)", t))
    print(g, ' | '.join(sorted(s for s in seqs if s.rstrip('.') not in cov)), '\n')
