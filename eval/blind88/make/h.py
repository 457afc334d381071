import json, os, datetime
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
def write(F, T):
    open(os.path.join(B, 'docs', F), 'w', encoding='utf-8').write(T)
def path(F): return os.path.join(B, 'docs', F)
def P(n, r=None, o=None): return {"name": n, "role": r, "organisation": o}
def O(n, a=None): return {"name": n, "acronym": a}
def E(n, s=None, e=None, c=None, k=None): return {"name": n, "start": s, "end": e or s, "city": c, "country": k}
def gold(F, people, orgs, events, dates, km, pub=None, url=None):
    stem = os.path.splitext(F)[0]
    d = {"doc": F, "source_url": url, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": km}
    json.dump(d, open(os.path.join(B, 'gold', stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
def wd(y, m, d): return datetime.date(y, m, d).strftime('%A')
WD = {'en': ['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'],
      'de': ['Montag','Dienstag','Mittwoch','Donnerstag','Freitag','Samstag','Sonntag'],
      'fr': ['lundi','mardi','mercredi','jeudi','vendredi','samedi','dimanche'],
      'it': ['lunedì','martedì','mercoledì','giovedì','venerdì','sabato','domenica'],
      'es': ['lunes','martes','miércoles','jueves','viernes','sábado','domingo'],
      'nl': ['maandag','dinsdag','woensdag','donderdag','vrijdag','zaterdag','zondag'],
      'cs': ['pondělí','úterý','středa','čtvrtek','pátek','sobota','neděle'],
      'sv': ['måndag','tisdag','onsdag','torsdag','fredag','lördag','söndag'],
      'pt': ['segunda-feira','terça-feira','quarta-feira','quinta-feira','sexta-feira','sábado','domingo']}
def day(y, m, d, lang='en', stated=None):
    """weekday name from the calendar; if the text states one (stated), assert it matches"""
    n = WD[lang][datetime.date(y, m, d).weekday()]
    if stated is not None: assert stated == n, (y, m, d, stated, n)
    return n
