"""Second-pass changes to gold/ (run once from eval/blind57/make/second)."""
import json
def load(s): return json.load(open(f'../../gold/{s}.json'))
def save(s, d): json.dump(d, open(f'../../gold/{s}.json', 'w'), ensure_ascii=False, indent=1)
def ev(d, name): return next(e for e in d['events'] if e['name'] == name)
def person(d, name): return next(p for p in d['people'] if p['name'] == name)
def org_rename(d, old, new):
    for o in d['organisations']:
        if o['name'] == old: o['name'] = new
    for p in d['people']:
        if p['organisation'] == old: p['organisation'] = new
def add_org_after(d, after, name, acr=None):
    i = next(i for i, o in enumerate(d['organisations']) if o['name'] == after)
    d['organisations'].insert(i + 1, {"name": name, "acronym": acr})
def add_ev_after(d, after, e):
    i = next(i for i, x in enumerate(d['events']) if x['name'] == after)
    d['events'].insert(i + 1, dict(zip(["name", "start", "end", "city", "country"], e)))

# 5 peer review: the working dinner and the closing meeting were held during the site visit in Hull
s = 'peer-review_humber-water-technology-cluster'; d = load(s)
for n in ('working dinner', 'closing meeting'):
    ev(d, n)['city'] = 'Hull'; ev(d, n)['country'] = 'United Kingdom'
save(s, d)

# 6 minutes: "In 2034 the cluster ... led a business mission to ... Esbjerg" -> the year is stated
s = 'minutes_asturias-metal-cluster-general-assembly-2035'; d = load(s)
ev(d, 'business mission')['start'] = '2034'; ev(d, 'business mission')['end'] = '2034'
save(s, d)

# 7 webinar: trailing full stops of the takeaways trimmed (README: trailing full stops trimmed)
s = 'webinar-recap_irpinia-automotive-battery-skills'; d = load(s)
d['key_messages'] = [k.rstrip('.') for k in d['key_messages']]
save(s, d)

# 8 mission report: programme items of 17 and 18 October that are events like the welcome dinner
s = 'mission-report_pool-net-leiria-to-oyonnax-lyon'; d = load(s)
add_ev_after(d, 'welcome dinner', ("visit of the PEP technology centre", "2035-10-17", "2035-10-17", "Oyonnax", "France"))
add_ev_after(d, 'B2B meetings', ("company visits", "2035-10-17", "2035-10-17", "Oyonnax", "France"))
add_ev_after(d, 'Moulds for the circular economy', ("lunch with the Portuguese honorary consul", "2035-10-18", "2035-10-18", "Lyon", "France"))
save(s, d)

# 9 position paper: trailing full stops of the demands trimmed
s = 'position-paper_podlaskie-cluster-alliance-cohesion-2035'; d = load(s)
d['key_messages'] = [k.rstrip('.') for k in d['key_messages']]
save(s, d)

# 11 forum PDF: "a jury chaired by" is a verb (README's own rule: roles from a verb only when the noun is in the text);
# "On the evening of 18 September" is a date of its own (as "15 March" in document 1)
s = 'forum-summary_goriska-cross-border-innovation-forum-2035'; d = load(s)
person(d, 'Nina Gregorič Potočnik')['role'] = None
d['dates'].insert(d['dates'].index('2035-09-18/2035-09-19') + 1, '2035-09-18')
save(s, d)

# 12 newsletter: the AGM at "BTH Campus Gräsvik" (Campus Gräsvik, Karlskrona in the footer) and the 5G Arena
# ("covers the harbour of Karlskrona") are in Karlskrona
s = 'newsletter_blekinge-digital-cluster-november-2035'; d = load(s)
for n in ('Annual General Meeting', 'inauguration of the 5G Arena'):
    ev(d, n)['city'] = 'Karlskrona'; ev(d, n)['country'] = 'Sweden'
save(s, d)

# 13 Setúbal: the faculty "da Universidade NOVA de Lisboa" split into unit and parent (the set's unit rule), person -> parent
s = 'relatorio_encontro-mobilidade-peninsula-setubal-2035'; d = load(s)
org_rename(d, 'Faculdade de Ciências e Tecnologia da Universidade NOVA de Lisboa', 'Faculdade de Ciências e Tecnologia')
add_org_after(d, 'Faculdade de Ciências e Tecnologia', 'Universidade NOVA de Lisboa')
person(d, 'Inês Vaz Pato')['organisation'] = 'Universidade NOVA de Lisboa'
save(s, d)

# 14 Koroška: faculty "Univerze v Mariboru" split likewise; the visit of the line at SIJ Metal Ravne is in Ravne
s = 'porocilo_koroski-forum-kovinske-industrije-2035'; d = load(s)
org_rename(d, 'Fakulteta za strojništvo Univerze v Mariboru', 'Fakulteta za strojništvo')
add_org_after(d, 'Fakulteta za strojništvo', 'Univerze v Mariboru')
person(d, 'Nina Verdnik Štrukelj')['organisation'] = 'Univerze v Mariboru'
e = ev(d, 'ogled nove linije za toplotno obdelavo'); e['city'] = 'Ravne na Koroškem'; e['country'] = 'Slovenia'
save(s, d)

# 15 Evros: the nominative "Σύνδεσμος Ενέργειας και Εφοδιαστικής Έβρου" occurs ("Ο Σύνδεσμος ... (ΣΕΕΕ) ιδρύθηκε"), so it is the
# name (README: the nominative where it occurs); the training centre "της ΔΥΠΑ" split into unit and parent
s = 'synenteyxi_evros-energy-logistics-cluster'; d = load(s)
org_rename(d, 'Συνδέσμου Ενέργειας και Εφοδιαστικής Έβρου', 'Σύνδεσμος Ενέργειας και Εφοδιαστικής Έβρου')
org_rename(d, 'Κέντρο Επαγγελματικής Κατάρτισης της ΔΥΠΑ', 'Κέντρο Επαγγελματικής Κατάρτισης')
add_org_after(d, 'Κέντρο Επαγγελματικής Κατάρτισης', 'ΔΥΠΑ')
save(s, d)

# 16 AGRODIGIT: "after the first one closed in 2034" is a year standing as a date
s = 'final-report_agrodigit-hu-hr-project'; d = load(s)
d['dates'].append('2034')
save(s, d)
