from h import *
F = 'g09_lamia_logistics_roundtable_summary.md'
assert wd(2042,2,19)=='Wednesday' and wd(2042,3,26)=='Wednesday' and wd(2042,1,29)=='Wednesday'
T = """# Summary record – Roundtable on logistics clusters along the Athens–Thessaloniki corridor

**Lamia, Wednesday 19 February 2042, 10:30–14:00**
**Organised by:** Central Greece Logistics Cluster (CGLC) and the Region of Central Greece
**Place:** Chamber of Fthiotida, conference room, Lamia
**Record prepared by:** Eleni Karamanli, cluster secretariat · circulated 3 March 2042

---

## Participants

- Dimitrios KOUTSOGIANNIS, Deputy Regional Governor for Development and Entrepreneurship, Region of Central Greece (chair)
- Maria-Eleni Tsiouma (President, Central Greece Logistics Cluster)
- Nikos Papathanasiou, general manager of Fthiotida Freight Village S.A.
- Georgia Vlachou, head of the Lamia branch of the Hellenic Railways Organisation
- Prof. Konstantinos Zervas, University of Thessaly, Department of Civil Engineering
- Anna Lindqvist, policy officer, DG MOVE, European Commission (online)
- Stavros Dimou (Chamber of Fthiotida)
- representatives of eleven member companies

## Background

The roundtable was the second in a series on the future of freight in Central Greece. The first took place in Chalkida on Wednesday 29 January 2042 and dealt with the ports of Evia. The aim this time was to look at the inland stretch of the motorway and the railway between Lamia and Domokos, where the region hopes to attract distribution centres that now cluster around Athens and Thessaloniki.

## Discussion

Mr Koutsogiannis opened the meeting by recalling that the Region had set aside land near Stylida for an intermodal terminal in its spatial plan for 2040–2050. He asked the participants to speak openly about what stands in the way.

Ms Tsiouma presented a short survey of the cluster's 46 members. Most of them are family-run hauliers with fewer than ten lorries. Their main concerns are the shortage of drivers, the cost of diesel and the lack of secure truck parking between Lamia and Larissa. Only four members have electric or gas-powered vehicles.

Mr Papathanasiou said the freight village had room for three more warehouses but that investors were waiting for the rail connection. Ms Vlachou replied that the railway organisation planned to reopen the siding at Stylida by 2044, subject to funding.

Prof. Zervas presented a model of freight flows and argued that Lamia could capture part of the traffic to the Balkans if rail and road were better connected. Ms Lindqvist explained how the corridor is treated in the revised trans-European network and which calls might apply; she offered to take part in a follow-up meeting with the cluster's members.

Mr Dimou raised the training of drivers and warehouse staff and proposed that the Chamber run a joint course with the vocational school in Lamia. Several company representatives supported the idea but warned that trained drivers tend to leave for Athens.

The chair noted a broad agreement that the region's offer is not land but people and connections, and that the cluster should take the lead in preparing a common position before the regional council's session on the spatial plan.

## Follow-up

The third roundtable, on cold-chain logistics for the agri-food sector of the Spercheios valley, will be held in Lamia on Wednesday 26 March 2042. The cluster secretariat will circulate a draft position paper two weeks before.

## Earlier roundtables in the series

- 1st roundtable – Chalkida, 29 January 2042
- 2nd roundtable – Lamia, 19 February 2042

*The record reflects the discussion as summarised by the secretariat and has not been approved by the speakers. Contact: secretariat@cglc.example.gr*
"""
write(F, T)
C="Central Greece Logistics Cluster"
gold(F,
 [P("Eleni Karamanli",None,C),
  P("Dimitrios KOUTSOGIANNIS","Deputy Regional Governor for Development and Entrepreneurship","Region of Central Greece"),
  P("Maria-Eleni Tsiouma","President",C), P("Nikos Papathanasiou","general manager","Fthiotida Freight Village S.A."),
  P("Georgia Vlachou","head of the Lamia branch","Hellenic Railways Organisation"),
  P("Konstantinos Zervas",None,"University of Thessaly"), P("Anna Lindqvist","policy officer","DG MOVE"),
  P("Stavros Dimou",None,"Chamber of Fthiotida")],
 [O(C,"CGLC"), O("Region of Central Greece"), O("Chamber of Fthiotida"), O("Fthiotida Freight Village S.A."),
  O("Hellenic Railways Organisation"), O("University of Thessaly"), O("Department of Civil Engineering"),
  O("DG MOVE"), O("European Commission")],
 [E("Roundtable on logistics clusters along the Athens–Thessaloniki corridor","2042-02-19",None,"Lamia","Greece"),
  E("1st roundtable","2042-01-29",None,"Chalkida","Greece"),
  E("third roundtable","2042-03-26",None,"Lamia","Greece")],
 ["2042-02-19","2042-03-03","2042-01-29","2040/2050","2044","2042-03-26"],
 [], pub="2042-03-03")
