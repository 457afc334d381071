from h import *
F = 'g11_danubeagri_silistra_open_call.txt'
assert wd(2035,3,1)=='Thursday' and wd(2035,3,13)=='Tuesday' and wd(2035,3,15)=='Thursday' and wd(2035,4,30)=='Monday'
T = """DANUBE AGRI-CLUSTER BRIDGE
Open Call for SME Innovation Vouchers – Call 1/2035
Published: Thursday 1 March 2035

Interreg VI-A Romania–Bulgaria Programme · Priority 1: A more competitive and smarter border region

1. About the call

The DANUBE AGRI-CLUSTER BRIDGE project invites small and medium-sized enterprises from the border counties of Silistra, Dobrich and Ruse in Bulgaria and Călărași, Constanța and Giurgiu in Romania to apply for innovation vouchers. The vouchers pay for services from research organisations, testing laboratories and technology consultants that help agri-food companies to develop new products, cut water and energy use or enter export markets.

The project is carried out by four partners:
- Silistra Regional Agri-Food Cluster Association (Bulgaria) – lead partner
- Asociația Clusterul Agroalimentar Dunărea de Jos, Călărași (Romania)
- University of Ruse "Angel Kanchev" (Bulgaria)
- Camera de Comerț, Industrie și Agricultură Călărași (Romania)

The call is supported by Enterprise Europe Network Bulgaria and by the Regional Development Agency South-East (ADR Sud-Est) in Brăila, which will promote it among their clients.

2. Budget and vouchers

Total budget: EUR 480 000
Voucher value: EUR 5 000 to EUR 20 000 per company, covering 100% of eligible service costs
Indicative number of vouchers: 30
Service period: up to nine months, ending no later than 31 January 2036

3. Who can apply

- Micro, small and medium-sized enterprises registered and operating in one of the six counties listed above
- Active in primary production, food processing, food packaging or agri-food logistics
- Not in difficulty and with no outstanding tax debts
- Each company may submit one application only

Service providers must be located in an EU Member State and may not be linked to the applicant.

4. How to apply

Applications are submitted online through the project's application platform in Bulgarian, Romanian or English. The form asks for a short description of the company, the innovation challenge, the chosen service provider and a quotation.

Deadline: Monday 30 April 2035, 16:00 (Bulgarian time, EET)

Evaluation will be carried out by a panel of three independent experts. Results will be announced by the end of June 2035.

5. Info sessions

Two info sessions will be held in person and streamed online:
- Tuesday 13 March 2035, 10:00–12:00 – Silistra, Regional Administration building, conference hall
- Thursday 15 March 2035, 10:00–12:00 – Călărași, Chamber of Commerce, Str. Progresului 2

At both sessions, Dimitar Stoyanov, cluster manager of the Silistra Regional Agri-Food Cluster Association, and Cristina Oprea, project assistant at the Romanian cluster, will present the call and answer questions. A matchmaking session with service providers follows each info session after lunch.

6. Contact and helpdesk

Bulgaria: Dimitar Stoyanov, Silistra Regional Agri-Food Cluster Association, +359 86 000 000, call@danubeagri.example.bg
Romania: Cristina Oprea, Asociația Clusterul Agroalimentar Dunărea de Jos, +40 242 000 000, apel@danubeagri.example.ro
The helpdesk is open Monday to Friday, 9:00–16:00, until 27 April 2035.

7. Frequently asked questions

Q: Can a company from Varna apply?
A: No. Only companies from the six border counties are eligible. Varna is outside the programme area for this measure.

Q: Can the service provider be from Serbia or Ukraine?
A: No. The service provider must be located in an EU Member State.

Q: Is VAT eligible?
A: VAT is eligible only for companies that cannot recover it under national law.

Q: Is there a second call?
A: A second call is planned for early 2036 if funds remain. Companies that received a voucher in Call 1 will be able to apply again for a different service.

Q: Can two companies apply together for one service?
A: Joint applications are not possible in this call. Each company must apply separately, but two companies may use the same provider and share the results if both agree in writ
"""
write(F, T)
S="Silistra Regional Agri-Food Cluster Association"
gold(F,
 [P("Dimitar Stoyanov","cluster manager",S),
  P("Cristina Oprea","project assistant","Asociația Clusterul Agroalimentar Dunărea de Jos")],
 [O(S), O("Asociația Clusterul Agroalimentar Dunărea de Jos"), O('University of Ruse "Angel Kanchev"'),
  O("Camera de Comerț, Industrie și Agricultură Călărași"), O("Enterprise Europe Network Bulgaria"),
  O("Regional Development Agency South-East","ADR Sud-Est"), O("Regional Administration")],
 [E("info session","2035-03-13",None,"Silistra","Bulgaria"),
  E("info session","2035-03-15",None,"Călărași","Romania"),
  E("matchmaking session with service providers","2035-03-13",None,"Silistra","Bulgaria"),
  E("matchmaking session with service providers","2035-03-15",None,"Călărași","Romania")],
 ["2035-03-01","2036-01-31","2035-04-30","2035-06","2035-03-13","2035-03-15","2035-04-27","2036"],
 [], pub="2035-03-01")
