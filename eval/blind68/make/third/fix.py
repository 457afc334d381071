"""Third-pass changes to gold/ (applied directly; the make/gNN.py generators are not updated)."""
import json, os
B = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')
def ld(s): return json.load(open(f'{B}/{s}.json'))
def sv(s, d):
    with open(f'{B}/{s}.json', 'w') as f: json.dump(d, f, ensure_ascii=False, indent=1)
def person(d, n): return next(p for p in d['people'] if p['name'] == n)
def ev(d, n): return next(e for e in d['events'] if e['name'] == n)

# 9 ECCP: the Kobe day line names two items; the C2C and B2B meetings are in gold, the meetings with the Kansai cluster were not
s = 'eccp-news-eu-japan-hydrogen-mission-2034'; d = ld(s)
i = d['events'].index(ev(d, 'visit to the liquefied hydrogen receiving terminal'))
d['events'].insert(i + 1, {"name": "meetings with the Kansai Hydrogen Cluster", "start": "2034-10-16", "end": "2034-10-16",
                           "city": "Kobe", "country": "Japan"}); sv(s, d)
# 12 report: role without the organisation's name, as doc 5's "Vice-President of the Région Centre-Val de Loire ..." (Leclerc)
s = 'h2-skills-partner-meeting-caen-report-pdf'; d = ld(s)
person(d, 'Hervé Morin-Lescure')['role'] = 'Vice-President'; sv(s, d)
# 11 LinkedIn: "Day 1 (Sunday)" is no calendar date (the range 15-17 October is); "details in January" (comment of Oct 2034) = 2035-01
s = 'linkedin-post-zmec-wroclaw-mission'; d = ld(s)
d['dates'].remove('2034-10-15'); d['dates'].append('2035-01'); sv(s, d)
# 5 save the date: "Mathieu Rault (our regulatory adviser)" in the cluster's e-mail: "our" = the sender's cluster
s = 'save-the-date-rencontres-vegetal-cosmetique-2035'; d = ld(s)
person(d, 'Mathieu Rault')['organisation'] = 'Pôle Végétal & Cosmétique Centre-Val de Loire'; sv(s, d)
# 15 Latvian news: the Polish delegation's three-day return visit (8-10 October) is an event as doc 16's delegation visit and
# doc 7's studietur are; the next joint mission to Wrocław ("Vroclavas") gets country Poland (the set's Sopron/"Šoproni" call)
s = 'zmec-jaunumi-zemgales-inzenierijas-diena-2035'; d = ld(s)
i = d['events'].index(ev(d, 'uzņēmumu apmeklējumi'))
d['events'].insert(i, {"name": "Polijas delegācijas atbildes vizīte", "start": "2035-10-08", "end": "2035-10-10",
                       "city": None, "country": "Latvia"})
ev(d, 'nākamā kopīgā misija')['country'] = 'Poland'; sv(s, d)
