"""Shared helpers for blind61 generators: write a document and its gold from one place."""
import json, os, email.message, email.utils
HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(HERE, '..', 'docs'); GOLD = os.path.join(HERE, '..', 'gold')

def P(name, role=None, org=None): return {"name": name, "role": role, "organisation": org}
def O(name, acr=None): return {"name": name, "acronym": acr}
def E(name, start=None, end=None, city=None, country=None):
    return {"name": name, "start": start, "end": end if end else start, "city": city, "country": country}

def gold(fname, people, orgs, events, dates, kms, pub=None, url=None):
    stem = os.path.splitext(fname)[0]
    d = {"doc": fname, "source_url": url, "published_date": pub, "people": people, "organisations": orgs,
         "events": events, "dates": dates, "key_messages": kms}
    json.dump(d, open(os.path.join(GOLD, stem + '.json'), 'w', encoding='utf-8'), ensure_ascii=False, indent=1)

def write_text(fname, text):
    open(os.path.join(DOCS, fname), 'w', encoding='utf-8').write(text)

def write_eml(fname, frm, to, subject, date, body):
    m = email.message.EmailMessage()
    m['From'] = frm; m['To'] = to; m['Subject'] = subject; m['Date'] = date
    m.set_content(body)
    open(os.path.join(DOCS, fname), 'wb').write(bytes(m))
