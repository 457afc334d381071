"""Third-pass gold edits (run once from the repo root or this folder)."""
import json, os
G = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'gold')
def edit(stem, f):
    p = os.path.join(G, stem + '.json'); d = json.load(open(p)); f(d)
    json.dump(d, open(p, 'w'), ensure_ascii=False, indent=1)
def person(d, name, **kw):
    n = 0
    for x in d['people']:
        if x['name'] == name: x.update(kw); n += 1
    assert n == 1, name
def org(d, old, new):
    n = 0
    for x in d['organisations']:
        if x['name'] == old: x['name'] = new; n += 1
    assert n == 1, old
    for x in d['people']:
        if x['organisation'] == old: x['organisation'] = new
# doc 11: "professori" before the name is an academic title (set: Prof. dropped everywhere; blind51/52/53)
edit('kokkola_kemian_paivat_2035_save_the_date_fi', lambda d: person(d, 'Ulla Lassi-Kettunen', role=None))
def f14(d):
    # a panel's moderator label is not a role in this set (doc 4's session chairs are null)
    person(d, 'Ралица Стоянова', role=None)
    # the governor's organisation is not stated (like doc 10's Minister for Gozo, doc 5's Mayor)
    person(d, 'Георги Икономов', organisation=None)
    # common-noun descriptors ("dairy", "winery") are not part of the company names
    org(d, 'мандра „Бистрица“ ЕООД', '„Бистрица“ ЕООД')
    org(d, 'винарска изба „Мелнишка лоза“ ООД', '„Мелнишка лоза“ ООД')
edit('pirin_food_cluster_forum_2034_bg', f14)
