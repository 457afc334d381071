import json, os, re, sys, html, datetime, importlib.util
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start, end, city=None, country=None): return {"name": name, "start": start, "end": end, "city": city, "country": country}
_spec = importlib.util.spec_from_file_location('cg', os.path.join(B, '..', 'check_gold.py'))
def read_doc(p):
    # same reading as eval/check_gold.py (copied logic, standard library + pypdf)
    import zipfile, email, email.policy
    if p.endswith('.docx'):
        xml = zipfile.ZipFile(p).read('word/document.xml').decode('utf-8')
        xml = re.sub(r'</w:p>|<w:tab/>|<w:br/>', '\n', xml)
        return html.unescape(re.sub(r'<[^>]+>', '', xml))
    if p.endswith('.eml'):
        msg = email.message_from_binary_file(open(p, 'rb'), policy=email.policy.default)
        parts = [f"{k}: {msg[k]}" for k in ('From', 'To', 'Subject', 'Date') if msg[k]]
        for part in msg.walk():
            if part.get_content_maintype() == 'text': parts.append(html.unescape(part.get_content()))
        return '\n'.join(parts)
    if p.endswith('.pdf'):
        import pypdf
        return '\n'.join(pg.extract_text() or '' for pg in pypdf.PdfReader(p).pages)
    return open(p, encoding='utf-8').read()
def gold(fname, people, orgs, events, dates, km=None, pub=None):
    g = {"doc": fname, "source_url": None, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km or []}
    stem = os.path.splitext(fname)[0]
    json.dump(g, open(os.path.join(B, 'gold', stem + '.json'), 'w'), ensure_ascii=False, indent=1)
    t = read_doc(os.path.join(B, 'docs', fname))
    if fname.endswith('.html'): t = html.unescape(t)
    n = re.sub(r'\s+', ' ', t)
    has = lambda s: s in t or s in n
    for x in people:
        for k in ('name', 'role', 'organisation'):
            if x[k] and not has(x[k]): print('MISSING', k, x[k])
    onames = {o['name'] for o in orgs} | {o['acronym'] for o in orgs if o['acronym']}
    for x in people:
        if x['organisation'] and x['organisation'] not in onames: print('PORG not listed', x['organisation'])
    for o in orgs:
        for k in ('name', 'acronym'):
            if o[k] and not has(o[k]): print('MISSING org', o[k])
    for e in events:
        if e['city'] and not has(e['city']): print('MISSING city', e['city'])
    for k in km or []:
        if not has(k): print('MISSING km', k[:50])
    if len({p['name'] for p in people}) != len(people): print('DUP people')
    if len(set(dates)) != len(dates): print('DUP dates')
    cov = ' '.join(dates + [str(e['start']) + str(e['end']) for e in events])
    for y in sorted(set(re.findall(r'\b(20[0-4]\d|19\d\d)\b', t))):
        if y not in cov: print('YEAR not covered', y)
    print(fname, 'words', len(re.sub(r'<[^>]+>', ' ', t).split()), 'P', len(people), 'O', len(orgs), 'E', len(events), 'D', len(dates), 'K', len(km or []))
def write(fname, text):
    open(os.path.join(B, 'docs', fname), 'w', encoding='utf-8').write(text)
WD = {'en': ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
      'fi': ['maanantai','tiistai','keskiviikko','torstai','perjantai','lauantai','sunnuntai'],
      'it': ['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica'],
      'bg': ['понеделник','вторник','сряда','четвъртък','петък','събота','неделя'],
      'ab': ['Mo','Tu','We','Th','Fr','Sa','Su']}
def wd(y, m, d, lang='en'): return WD[lang][datetime.date(y, m, d).weekday()]
