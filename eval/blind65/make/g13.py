"""13: a PDF extraction (-pdf.txt) of an Interreg Europe project's meeting plan (lead partner in Albi, Tarn): running
headers and footers, page numbers, hyphenated line breaks, a table flattened to lines."""
from h import *
def w(s): y, m, d = map(int, s.split('-')); return wd(y, m, d)
HDR = "CIRCOMET – Circular ceramics and metals in regional value chains          Meeting plan 2033–2035 · v1.2"
def foot(n): return f"\nInterreg Europe · Project no. 02C0417 · Deliverable D1.1.2                                   Page {n} of 4\n\f"
p1 = f"""{HDR}

                         CIRCOMET
          Project meeting plan 2033–2035
               Deliverable D1.1.2 – version 1.2
                    Albi, 5 September 2033

Prepared by: Pôle Céramique et Matériaux Occitanie (PCMO), Lead Partner
Author: Dr. Élodie Castanet-Rouquette, project coordinator
Reviewed by: the Steering Committee (written procedure, closed 1 September 2033)

1. Purpose

This document sets out the meetings of the CIRCOMET partnership for the whole project dura-
tion (1 April 2033 – 31 December 2035): partner meetings with interregional study visits,
Steering Committee meetings, online coordination calls and the final conference. It is up-
dated after each partner meeting; changes are recorded in section 5.

2. The partnership

  PP1  Pôle Céramique et Matériaux Occitanie (PCMO), Albi, France – Lead Partner
  PP2  Department of the Tarn (Conseil départemental du Tarn), Albi, France
  PP3  Asturias Metal Cluster (MetalAst), Oviedo, Spain
  PP4  Institute for Regional Development of Asturias (IDEPA), Llanera, Spain
  PP5  Świętokrzyskie Industrial Cluster Association, Kielce, Poland
  PP6  Regional Council of Kalmar County (Region Kalmar län), Kalmar, Sweden
  PP7  Pleven Chamber of Commerce and Industry, Pleven, Bulgaria

Advisory partner: Linnaeus University, Kalmar (not funded).
{foot(1)}"""
p2 = f"""{HDR}

3. Meeting calendar

Meeting            Dates                                   Place             Host
-----------------------------------------------------------------------------------
Kick-off meeting   {w('2033-09-20')} 20 – {w('2033-09-21')} 21 September 2033      Albi (FR)         PCMO / PP2
PM2 + study visit  {w('2034-02-14')} 14 – {w('2034-02-16')} 16 February 2034       Oviedo (ES)       MetalAst / IDEPA
SC online          {w('2034-05-09')} 9 May 2034                        online            PCMO
PM3 + study visit  {w('2034-09-26')} 26 – {w('2034-09-28')} 28 September 2034      Kielce (PL)       PP5
SC online          {w('2034-12-05')} 5 December 2034                   online            PCMO
PM4 + study visit  {w('2035-03-13')} 13 – {w('2035-03-15')} 15 March 2035          Kalmar (SE)       PP6
SC online          {w('2035-06-12')} 12 June 2035                      online            PCMO
PM5 + study visit  {w('2035-09-18')} 18 – {w('2035-09-19')} 19 September 2035      Pleven (BG)       PP7
Final conference   {w('2035-11-20')} 20 – {w('2035-11-21')} 21 November 2035       Albi (FR)         PCMO / PP2
-----------------------------------------------------------------------------------
PM = partner meeting; SC = Steering Committee. Online coordination calls take place on the first Tues-
day of each month at 10:00 CET and are not listed.

4. Format of the partner meetings

Each partner meeting lasts two or three days. The first day is reserved for the Steering Com-
mittee (one representative per partner) and the project management session. The second day is a
study visit organised by the host, with at least two good practices presented on site and a
peer-review session in the afternoon. Where a third day is planned, it is used for a stakeholder
workshop with the host region's local stakeholder group.
{foot(2)}"""
p3 = f"""{HDR}

Study visits planned (subject to confirmation by the hosts):

  – Oviedo: the MetalAst shared testing laboratory and the Avilés industrial symbiosis pilot;
  – Kielce: recovery of refractory ceramics from steel plants, Targi Kielce exhibition grounds;
  – Kalmar: glass recycling in the Kingdom of Crystal (Glasriket), with Linnaeus University;
  – Pleven: the regional programme for the reuse of construction ceramics.

Travel: partners book their own travel. Hosts provide meeting rooms, local transport for the
study visits and one dinner. Partners from outside the host country arrive the evening before.

The final conference in Albi will be organised back-to-back with the "Journées de la Céra-
mique industrielle" of PCMO and is open to external participants (about 150 expected).

5. Changes since version 1.1

  – PM3 moved from June to September 2034 at the request of PP5 (clash with the Kielce
    foundry fair);
  – the final conference was extended to two days;
  – the Steering Committee of May 2034 will be held online instead of in Toulouse.

6. Contacts for the meetings

  PCMO: Dr. Élodie Castanet-Rouquette, project coordinator; Julien Barthès, financial manager
  MetalAst: Covadonga Fernández-Llana, cluster manager
  PP5: Dr. inż. Tomasz Wróblewski, project manager
  PP6: Karin Lindqvist Ahlgren, regional development officer
  PP7: Desislava Petrova-Ilieva, head of EU projects
{foot(3)}"""
p4 = f"""{HDR}

7. Communication around the meetings

Each host publishes a news item within a week after the meeting; the Lead Partner posts it on the pro-
ject website and on the Interreg Europe project page. Photographs are taken only with the consent of
the participants. The communication manager, Manon Sicard (PCMO), prepares a common template.

8. Approval

This plan was approved by the Steering Committee by written procedure, which closed on 1 Sep-
tember 2033. The next update (v1.3) is due after the partner meeting in Oviedo.

                                     –––

Annex: list of the local stakeholder groups (separate document).
{foot(4)}"""
fn = 'blind65_13_circomet_meeting_plan-pdf.txt'
write(fn, p1 + p2 + p3 + p4)
PC = "Pôle Céramique et Matériaux Occitanie"
gold(fn,
 [P("Élodie Castanet-Rouquette", "project coordinator", PC), P("Julien Barthès", "financial manager", PC),
  P("Covadonga Fernández-Llana", "cluster manager", "MetalAst"), P("Tomasz Wróblewski", "project manager", "Świętokrzyskie Industrial Cluster Association"),
  P("Karin Lindqvist Ahlgren", "regional development officer", "Regional Council of Kalmar County"),
  P("Desislava Petrova-Ilieva", "head of EU projects", "Pleven Chamber of Commerce and Industry"), P("Manon Sicard", "communication manager", "PCMO")],
 [O(PC, "PCMO"), O("Department of the Tarn"), O("Asturias Metal Cluster", "MetalAst"),
  O("Institute for Regional Development of Asturias", "IDEPA"), O("Świętokrzyskie Industrial Cluster Association"),
  O("Regional Council of Kalmar County"), O("Pleven Chamber of Commerce and Industry"), O("Linnaeus University"),
  O("Steering Committee"), O("Targi Kielce")],
 [E("Kick-off meeting", "2033-09-20", "2033-09-21", "Albi", "France"),
  E("PM2 + study visit", "2034-02-14", "2034-02-16", "Oviedo", "Spain"),
  E("SC online", "2034-05-09", "2034-05-09", None, None),
  E("PM3 + study visit", "2034-09-26", "2034-09-28", "Kielce", "Poland"),
  E("SC online", "2034-12-05", "2034-12-05", None, None),
  E("PM4 + study visit", "2035-03-13", "2035-03-15", "Kalmar", "Sweden"),
  E("SC online", "2035-06-12", "2035-06-12", None, None),
  E("PM5 + study visit", "2035-09-18", "2035-09-19", "Pleven", "Bulgaria"),
  E("Final conference", "2035-11-20", "2035-11-21", "Albi", "France"),
  E("Journées de la Céramique industrielle", None, None, "Albi", "France"),
  E("Kielce foundry fair", None, None, "Kielce", "Poland")],
 ["2033/2035", "2033-09-05", "2033-09-01", "2033-04-01/2035-12-31", "2033-09-20/2033-09-21", "2034-02-14/2034-02-16", "2034-05-09",
  "2034-09-26/2034-09-28", "2034-12-05", "2035-03-13/2035-03-15", "2035-06-12", "2035-09-18/2035-09-19", "2035-11-20/2035-11-21",
  "2034-06", "2034-09", "2034-05"],
 pub="2033-09-05")
