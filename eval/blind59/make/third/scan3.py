"""List capitalised word sequences (2+ words, or acronyms) of each document that no gold string covers."""
import json, glob, re, os, html, sys
src = open('eval/check_gold.py').read().split('base = os.path')[0]; ns = {}; exec(src, ns)
for g in sorted(glob.glob('eval/blind59/gold/*.json')):
    d = json.load(open(g)); t = ns['read_doc']('eval/blind59/docs/' + d['doc'])
    if d['doc'].endswith('.html'): t = html.unescape(re.sub(r'<[^>]+>', ' ', t))
    t = re.sub(r'\s+', ' ', t)
    cov = ' | '.join([x['name'] for x in d['people']] + [str(x['role']) + ' ' + str(x['organisation']) for x in d['people']] +
                     [x['name'] + ' ' + str(x['acronym']) for x in d['organisations']] + [x['name'] + ' ' + str(x['city']) for x in d['events']])
    U = r"[A-ZÀ-ÞĀ-ŽА-Я„][\w'’&.\-–„“]*"
    seqs = set(re.findall(rf"{U}(?:\s+(?:of|de|del|della|dei|di|du|des|la|le|i|na|für|and|&|–)?\s*{U})+", t)) | set(re.findall(r"\b[A-ZА-Я]{2,}[\w']*\b", t))
    miss = sorted(s for s in seqs if s not in cov and not all(w in cov for w in s.split()))
    print('##', d['doc'][:40], ';  '.join(miss))
