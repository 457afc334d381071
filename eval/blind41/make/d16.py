from common import save
T = """MATÉRIAUX MEURTHE – Association des matériaux avancés de Nancy
Association loi 1901 · Siège : 6 rue Piroux, 54000 Nancy

To all member organisations

Nancy, 18 May 2033

CONVOCATION TO THE ORDINARY GENERAL ASSEMBLY 2033

Dear Members,

In accordance with Article 12 of the Statutes, the Board of Directors convenes you to the Ordinary General Assembly of Matériaux Meurthe, which will be held on

Thursday 16 June 2033 at 14:00
at the Institut Jean Lamour, Campus Artem, Nancy
(remote participation possible via video link for members who register in advance)

AGENDA
1. Opening and welcome by the President, Mme Catherine ROUSSEL-HENRY (Directrice R&D, Aciéries de la Moselle SAS)
2. Approval of the minutes of the General Assembly of 23 June 2032
3. Activity report 2032 – presented by Thibault Marchal, Délégué général
4. Financial statements 2032 and report of the statutory auditor (Cabinet Vautrin & Associés)
5. Discharge to the Board for the financial year 2032
6. Budget and membership fees 2034
7. Election of the Board: renewal of four seats (terms 2033–2036). Candidates: Julien Ferry (CEO, Nanolor SAS), Dr. Ewa Kowalczyk-Martin (Université de Lorraine), Bernard Schaeffer (Verrerie du Val de Meurthe SA), Sophie N'Diaye (Head of Innovation, Composites de l'Est SARL)
8. Amendment of Article 7 of the Statutes (new category of "associate members")
9. Miscellaneous

After the formal part, at 16:30, Prof. Henri de La Motte-Vallière, director of the Institut Jean Lamour, will give a talk on "Recycling of critical metals: where Lorraine stands". The afternoon will end with a cocktail at 18:00.

PRACTICAL INFORMATION
Members attending in person are asked to register in the members' area so that badges can be prepared. Parking is available on the campus; the tram stop is a five-minute walk. Members participating remotely will receive the link after registration and can vote through the online voting tool, which will be tested at the start of the meeting.

QUORUM AND PROXIES
The Assembly can validly deliberate if at least one third of the members are present or represented. Each member organisation has one vote and may hold no more than two proxies. Proxy forms must reach the secretariat no later than Friday 10 June 2033 at 12:00, by e-mail (ag2033@materiaux-meurthe.example) or by post. If the quorum is not reached, a second Assembly will be convened on 30 June 2033 at 10:00, online, and will deliberate whatever the number of members present.

DOCUMENTS
The activity report, the financial statements and the draft amendment will be available in the members' area from 1 June 2033. Written questions may be sent until 9 June 2033.

Candidacies for the Board may still be submitted until 2 June 2033.

For the Board of Directors,
Catherine ROUSSEL-HENRY, President
Yannick Boulanger, Secretary

Annex: proxy form (pouvoir) – to be returned by 10 June 2033
"""
save('Convocation_AG-2033_Materiaux-Meurthe.txt', T,
 [("Catherine ROUSSEL-HENRY","President","Matériaux Meurthe"),("Thibault Marchal","Délégué général","Matériaux Meurthe"),
  ("Julien Ferry","CEO","Nanolor SAS"),("Ewa Kowalczyk-Martin",None,"Université de Lorraine"),
  ("Bernard Schaeffer",None,"Verrerie du Val de Meurthe SA"),("Sophie N'Diaye","Head of Innovation","Composites de l'Est SARL"),
  ("Henri de La Motte-Vallière","director","Institut Jean Lamour"),("Yannick Boulanger","Secretary","Matériaux Meurthe")],
 [("MATÉRIAUX MEURTHE – Association des matériaux avancés de Nancy","Matériaux Meurthe"),("Institut Jean Lamour",None),
  ("Aciéries de la Moselle SAS",None),("Cabinet Vautrin & Associés",None),("Nanolor SAS",None),("Université de Lorraine",None),
  ("Verrerie du Val de Meurthe SA",None),("Composites de l'Est SARL",None)],
 [("Ordinary General Assembly 2033","2033-06-16","2033-06-16","Nancy","France"),
  ("General Assembly","2032-06-23","2032-06-23",None,None),
  ("second Assembly","2033-06-30","2033-06-30",None,None),
  ("Recycling of critical metals: where Lorraine stands","2033-06-16","2033-06-16","Nancy","France")],
 ["2033-05-18","2033-06-16","2032-06-23","2032","2034","2033/2036","2033-06-10","2033-06-30","2033-06-01","2033-06-09","2033-06-02"],
 pub="2033-05-18")
