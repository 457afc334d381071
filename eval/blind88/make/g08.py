import sys; sys.path.insert(0, __import__('os').path.dirname(__file__)); from h import *
import docx
F = 'g08.docx'
w = day(2036, 4, 23, 'sv')
paras = [
 ('h', 'Dalarna Materialkluster ekonomisk förening'),
 ('p', 'Org.nr 769655-1234'),
 ('h', 'Protokoll fört vid ordinarie föreningsstämma'),
 ('p', f'Tid: {w}en den 23 april 2036, kl. 13.00–15.40'),
 ('p', 'Plats: Högskolan Dalarna, Campus Borlänge, sal B310 samt via Teams'),
 ('p', 'Närvarande: 41 röstberättigade medlemmar enligt bifogad röstlängd (bilaga 1), därav 6 via fullmakt. Därutöver deltog klustrets kansli och inbjudna gäster.'),
 ('p', '§ 1 Stämmans öppnande. Styrelsens ordförande Anna-Karin Hedlund hälsade alla välkomna och förklarade stämman öppnad. Hon inledde med en tyst minut för hedersmedlemmen Gunnar Ersson, grundare av klustret, som avled i februari.'),
 ('p', '§ 2 Val av ordförande och sekreterare för stämman. Till stämmoordförande valdes advokat Per-Olof Lindkvist, Advokatfirman Dalälven AB. Till sekreterare valdes klusterkoordinator Elin Mattsson.'),
 ('p', '§ 3 Val av justerare. Till justerare tillika rösträknare valdes Kristoffer Nyberg (Ludvika Transformatorverkstad AB) och Sara Hjort (Falu kommun).'),
 ('p', '§ 4 Fastställande av röstlängd och dagordning. Röstlängden och den utsända dagordningen godkändes. Stämman konstaterade att kallelse skett i stadgeenlig ordning den 19 mars 2036.'),
 ('p', '§ 5 Verksamhetsberättelse och årsredovisning. Verksamhetsledare Jonas Bergkvist presenterade verksamhetsberättelsen för 2035. Klustret har under året ökat från 52 till 60 medlemsföretag, genomfört 22 aktiviteter och drivit två forskningsprojekt med Högskolan Dalarna och Swerim AB. Ekonomiansvarig Maja Östlund redogjorde för årsredovisningen; resultatet blev ett överskott på 212 000 kronor.'),
 ('p', '§ 6 Revisionsberättelse. Revisor Lars Gezelius, Grant Thornton Sweden AB, föredrog revisionsberättelsen, som tillstyrker ansvarsfrihet.'),
 ('p', '§ 7 Beslut om resultat och ansvarsfrihet. Stämman beslutade att fastställa resultat- och balansräkningen, att överskottet balanseras i ny räkning och att bevilja styrelsen ansvarsfrihet för verksamhetsåret 2035.'),
 ('p', '§ 7a Verksamhetsplan. Jonas Bergkvist presenterade styrelsens förslag till verksamhetsplan för det kommande året, med tre prioriterade områden: kompetensförsörjning inom metall- och pappersindustrin, fossilfria processer och gemensam exportfrämjande verksamhet mot Norge och Tyskland. Flera medlemmar efterfrågade mer stöd till små verkstadsföretag i norra Dalarna. Stämman beslutade att godkänna verksamhetsplanen och uppdrog åt styrelsen att ta fram en särskild aktivitet för mindre medlemsföretag.'),
 ('p', '§ 8 Val av styrelse. Valberedningens ordförande Ingela Rask presenterade förslaget. Stämman valde enhälligt:'),
]
board = [('Anna-Karin Hedlund', 'ordförande', 'SSAB Borlänge', 'omval, 1 år'),
 ('Mikael Sundqvist', 'ledamot', 'Stora Enso Kvarnsveden', 'omval, 2 år'),
 ('Helena Björk', 'ledamot', 'Högskolan Dalarna', 'nyval, 2 år'),
 ('Arvid Moberg', 'ledamot', 'Mora Kniv Industri AB', 'nyval, 2 år'),
 ('Zeynep Aksoy', 'ledamot', 'Region Dalarna', 'kvarstår, 1 år'),
 ('Tobias Wiklund', 'suppleant', 'Avesta Rostfria Rör AB', 'nyval, 1 år')]
paras2 = [
 ('p', 'Avgående ledamöterna Lena Forsgren och Bengt Halvarsson avtackades för sina insatser.'),
 ('p', '§ 9 Val av revisorer och valberedning. Till revisor omvaldes Lars Gezelius med Karin Axelsson som revisorssuppleant. Till valberedning valdes Ingela Rask (sammankallande), Olle Dahlberg och Nadia Haddad.'),
 ('p', '§ 10 Medlemsavgift 2037. Stämman beslutade att medlemsavgiften ska vara oförändrad, 4 000 kronor för företag med färre än 50 anställda och 12 000 kronor för övriga.'),
 ('p', '§ 11 Motioner. En motion från Hedemora Gjuteri AB om att inrätta en arbetsgrupp för cirkulära material behandlades. Stämman biföll motionen.'),
 ('p', '§ 12 Övriga frågor. Jonas Bergkvist informerade om att klustret står värd för konferensen Materialdagarna i Falun den 9–10 september 2036 och att medlemsmötet i höst hålls den 26 november 2036 i Avesta. Erik Lindmark från Tillväxtverket presenterade kort den nationella satsningen på klusterutveckling.'),
 ('p', '§ 13 Stämmans avslutande. Stämmoordföranden tackade deltagarna och förklarade stämman avslutad kl. 15.40. Efter stämman följde ett studiebesök vid Högskolan Dalarnas materiallaboratorium.'),
 ('p', 'Vid protokollet: Elin Mattsson, sekreterare'),
 ('p', 'Justeras: Per-Olof Lindkvist, stämmoordförande · Kristoffer Nyberg · Sara Hjort'),
 ('p', 'Bilagor: 1. Röstlängd  2. Verksamhetsberättelse 2035  3. Årsredovisning 2035  4. Revisionsberättelse  5. Valberedningens förslag'),
]
d = docx.Document()
for k, x in paras:
    d.add_heading(x, 1) if k == 'h' else d.add_paragraph(x)
tb = d.add_table(rows=1, cols=4)
for i, hd in enumerate(['Namn', 'Uppdrag', 'Organisation', 'Mandat']): tb.rows[0].cells[i].text = hd
for r in board:
    c = tb.add_row().cells
    for i, v in enumerate(r): c[i].text = v
for k, x in paras2: d.add_paragraph(x)
d.save(path(F))
people = [P(n, r, o) for n, r, o, _ in board] + [P('Gunnar Ersson', 'hedersmedlemmen', 'Dalarna Materialkluster ekonomisk förening'),
 P('Per-Olof Lindkvist', 'stämmoordförande', 'Advokatfirman Dalälven AB'), P('Elin Mattsson', 'klusterkoordinator', 'Dalarna Materialkluster ekonomisk förening'),
 P('Kristoffer Nyberg', 'justerare', 'Ludvika Transformatorverkstad AB'), P('Sara Hjort', 'justerare', 'Falu kommun'),
 P('Jonas Bergkvist', 'Verksamhetsledare', 'Dalarna Materialkluster ekonomisk förening'), P('Maja Östlund', 'Ekonomiansvarig', 'Dalarna Materialkluster ekonomisk förening'),
 P('Lars Gezelius', 'Revisor', 'Grant Thornton Sweden AB'), P('Ingela Rask', 'Valberedningens ordförande', None),
 P('Lena Forsgren', 'ledamot', 'Dalarna Materialkluster ekonomisk förening'), P('Bengt Halvarsson', 'ledamot', 'Dalarna Materialkluster ekonomisk förening'), P('Karin Axelsson', 'revisorssuppleant', None),
 P('Olle Dahlberg', None, None), P('Nadia Haddad', None, None), P('Erik Lindmark', None, 'Tillväxtverket')]
orgs = [O('Dalarna Materialkluster ekonomisk förening'), O('Högskolan Dalarna'), O('Advokatfirman Dalälven AB'),
 O('Ludvika Transformatorverkstad AB'), O('Falu kommun'), O('Swerim AB'), O('Grant Thornton Sweden AB'),
 O('SSAB Borlänge'), O('Stora Enso Kvarnsveden'), O('Mora Kniv Industri AB'), O('Region Dalarna'),
 O('Avesta Rostfria Rör AB'), O('Hedemora Gjuteri AB'), O('Tillväxtverket')]
events = [E('ordinarie föreningsstämma', '2036-04-23', None, 'Borlänge', 'Sweden'),
 E('Materialdagarna', '2036-09-09', '2036-09-10', 'Falun', 'Sweden'),
 E('medlemsmötet', '2036-11-26', None, 'Avesta', 'Sweden'),
 E('studiebesök vid Högskolan Dalarnas materiallaboratorium', '2036-04-23', None, 'Borlänge', 'Sweden')]
dates = ['2036-04-23', '2036-02', '2036-03-19', '2035', '2037', '2036-09-09/2036-09-10', '2036-11-26']
gold(F, people, orgs, events, dates, [], pub=None)
