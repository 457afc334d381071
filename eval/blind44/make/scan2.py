import json, os, re, sys
src = open('eval/check_gold.py').read().split('base = ')[0]
exec(src)
B = 'eval/blind44'
M = 'January|February|March|April|May|June|July|August|September|October|November|December|januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|Januar|Februar|März|Juni|Juli|Oktober|Dezember|Jan|Feb|Sep'
for g in sorted(os.listdir(B + '/gold')):
    d = json.load(open(f'{B}/gold/{g}'))
    t = re.sub(r'<[^>]+>', ' ', read_doc(f"{B}/docs/{d['doc']}"))
    hits = re.findall(rf'\b\d{{1,2}}\.?(?:\s*(?:–|-|and|to|bis)\s*\d{{1,2}}\.?)?\s+(?:{M})\b(?:\s+\d{{4}})?|\b\d{{2}}[./]\d{{2}}[./]\d{{4}}\b|(?:{M}) \d{{1,2}}(?:th|st|nd|rd)', t)
    print('==', g, len(hits)); print('  ', ' | '.join(sorted(set(hits))))
