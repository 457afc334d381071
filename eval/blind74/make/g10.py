from h import *
from email.message import EmailMessage
from email.utils import format_datetime
import datetime, os
F = 'terres-ebre-agroalimentari-butlleti-maig-2035.eml'
body = """Benvolgudes, benvolguts,

Us fem arribar el butlletí de maig del Clúster Agroalimentari de les Terres de l'Ebre (CATE). Aquest mes us expliquem com va anar la jornada sobre l'aigua i el regadiu, i us avancem les properes activitats.

────────────────────────────
CRÒNICA: JORNADA "AIGUA, ARRÒS I CÍTRICS: COM ADAPTAR-NOS A LA SEQUERA"
────────────────────────────

Dijous 17 de maig de 2035 vam celebrar a l'auditori de l'Institut de Recerca i Tecnologia Agroalimentàries (IRTA) a Amposta la jornada anual del clúster, amb una vuitantena d'assistents entre productors, cooperatives, comunitats de regants i empreses de tecnologia.

La presidenta del clúster, Montserrat Ferré i Cid, va obrir la jornada recordant que el 2034 va ser l'any més sec des que hi ha registres al Delta. Tot seguit, el Dr. Joan Josep Curto Bertomeu, investigador de l'IRTA, va presentar els resultats de tres anys d'assajos amb varietats d'arròs més tolerants a la salinitat. Després, la directora de la Comunitat General de Regants del Canal de la Dreta de l'Ebre, Rosa Maria Queral Fabregat, va explicar el pla de modernització del canal, i Àlex Lleixà Subirats, gerent de la cooperativa Cítrics del Baix Ebre SCCL, va compartir l'experiència del reg per degoteig amb sensors.

A la taula rodona final, moderada per la gerent del clúster, Núria Sabaté Vidal, hi van participar també representants del Departament d'Acció Climàtica, Alimentació i Agenda Rural i de l'Agència Catalana de l'Aigua (ACA).

Les principals conclusions de la jornada van ser aquestes:
  - Cal invertir en la modernització dels canals abans que en noves captacions d'aigua.
  - Les varietats tolerants a la salinitat han de poder arribar als pagesos en un termini màxim de dos anys.
  - Les dades de sensors de reg s'han de compartir entre cooperatives per aprendre més de pressa.
  - El clúster ha de liderar una candidatura conjunta a les ajudes europees per a l'adaptació al canvi climàtic.

Les presentacions són a l'àrea privada del web.

────────────────────────────
NOTÍCIES BREUS
────────────────────────────

* Donem la benvinguda a dos nous socis: l'empresa de maquinària Tallers Cabré de la Sénia SL i la cooperativa Arrossaires del Delta de l'Ebre.
* El clúster ha renovat l'acord de col·laboració amb la Universitat Rovira i Virgili per a pràctiques d'estudiants al campus de les Terres de l'Ebre.

────────────────────────────
PROPERES ACTIVITATS
────────────────────────────

* Dijous 7 de juny de 2035, 10.00 h – Visita a la planta de reutilització d'aigües de Tortosa, amb l'empresa Aigües de l'Ebre SA.
* Dimarts 12 de juny de 2035 – Taller "Etiquetatge i declaracions ambientals" (en línia), amb l'advocada Laia Forcadell Roig.
* Dimarts 19 de juny de 2035 – Assemblea general ordinària del clúster, a la seu de Tortosa (Rambla Felip Pedrell, 14). Us enviarem la convocatòria formal la setmana vinent.

Podeu inscriure-us responent aquest correu.

Salutacions cordials,

Núria Sabaté Vidal
Gerent
Clúster Agroalimentari de les Terres de l'Ebre
Rambla Felip Pedrell, 14 · 43500 Tortosa
Tel. 977 44 12 80 · www.clustercate.cat

Aquest missatge s'adreça a les persones sòcies i col·laboradores del clúster. Si no voleu rebre més butlletins, responeu amb la paraula BAIXA.

-----Missatge original-----
De: Núria Sabaté Vidal <nsabate@clustercate.cat>
Enviat: dijous, 3 de maig de 2035 9:12
A: socis@clustercate.cat
Assumpte: Recordatori: jornada sobre l'aigua, dijous 17 de maig

> Benvolguts,
>
> Us recordem que dijous 17 de maig se celebra la jornada anual del clúster
> a l'IRTA d'Amposta. Hi intervindran, entre d'altres, el Dr. Joan Josep Curto
> Bertomeu i la Sra. Rosa Maria Queral Fabregat. Després hi haurà un dinar
> de germanor amb productes de les Terres de l'Ebre.
>
> Les inscripcions es tanquen el 14 de maig.
>
> Núria
"""
m = EmailMessage()
m['From'] = 'Núria Sabaté Vidal <nsabate@clustercate.cat>'
m['To'] = 'socis@clustercate.cat'
m['Subject'] = "Butlletí CATE – maig 2035: crònica de la jornada sobre l'aigua i properes activitats"
m['Date'] = format_datetime(datetime.datetime(2035,5,24,8,30,tzinfo=datetime.timezone(datetime.timedelta(hours=2))))
m.set_content(body)
open(os.path.join(B,'docs',F),'wb').write(bytes(m))
gold(F, [P('Montserrat Ferré i Cid','presidenta',"Clúster Agroalimentari de les Terres de l'Ebre"), P('Joan Josep Curto Bertomeu','investigador','IRTA'),
 P('Rosa Maria Queral Fabregat','directora',"Comunitat General de Regants del Canal de la Dreta de l'Ebre"),
 P('Àlex Lleixà Subirats','gerent','Cítrics del Baix Ebre SCCL'), P('Núria Sabaté Vidal','gerent',"Clúster Agroalimentari de les Terres de l'Ebre"),
 P('Laia Forcadell Roig','advocada',None)],
 [O("Clúster Agroalimentari de les Terres de l'Ebre",'CATE'), O('Institut de Recerca i Tecnologia Agroalimentàries','IRTA'),
  O("Comunitat General de Regants del Canal de la Dreta de l'Ebre"), O('Cítrics del Baix Ebre SCCL'),
  O("Departament d'Acció Climàtica, Alimentació i Agenda Rural"), O("Agència Catalana de l'Aigua",'ACA'), O("Aigües de l'Ebre SA"), O('Tallers Cabré de la Sénia SL'), O("Arrossaires del Delta de l'Ebre"), O('Universitat Rovira i Virgili')],
 [E('Aigua, arròs i cítrics: com adaptar-nos a la sequera','2035-05-17','2035-05-17','Amposta','Spain'),
  E("Visita a la planta de reutilització d'aigües de Tortosa",'2035-06-07','2035-06-07','Tortosa','Spain'),
  E('Etiquetatge i declaracions ambientals','2035-06-12','2035-06-12',None,None),
  E('Assemblea general ordinària','2035-06-19','2035-06-19','Tortosa','Spain'),
  E('dinar de germanor','2035-05-17','2035-05-17','Amposta','Spain')],
 ['2035-05-24','2035-05-17','2034','2035-06-07','2035-06-12','2035-06-19','2035-05-03','2035-05-14'],
 ["Cal invertir en la modernització dels canals abans que en noves captacions d'aigua",
  'Les varietats tolerants a la salinitat han de poder arribar als pagesos en un termini màxim de dos anys',
  "Les dades de sensors de reg s'han de compartir entre cooperatives per aprendre més de pressa",
  "El clúster ha de liderar una candidatura conjunta a les ajudes europees per a l'adaptació al canvi climàtic"],
 pub='2035-05-24')
