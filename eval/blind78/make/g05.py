from h import *
F = 'g05_sundsvall_workshop_rapport.txt'
T = """RAPPORT FRÅN WORKSHOP
Cirkulära förpackningar i Mittsverige – från skogsråvara till återvunnen fiber

Datum: tisdag 3 oktober 2034
Plats: Mittuniversitetet, campus Sundsvall, sal O102
Arrangör: Fiberklustret Mitt ek. för. i samarbete med Region Västernorrland och RISE Research Institutes of Sweden
Rapporten sammanställd av: Elin Sjöberg, processledare, Fiberklustret Mitt
Publicerad: 17 oktober 2034

Bakgrund
Fiberklustret Mitt samlar sedan 2030 drygt sextio företag, forskningsaktörer och kommuner i Västernorrland och Jämtland som arbetar med skogsbaserade material. Workshopen var den tredje i serien "Fiber i förändring" och samlade 46 deltagare från bland annat SCA, Holmen Iggesund, Norrpack AB, Sundsvalls kommun och Mittuniversitetet. Syftet var att identifiera hinder för cirkulära förpackningslösningar i regionen och att enas om gemensamma nästa steg.

Workshopen inleddes av klusterchefen Anders Lövgren, som påminde om att regionens pappers- och massaindustri står inför stora förändringar när EU:s nya förpackningsregler fullt ut börjar gälla 2035. Därefter gav professor Maria Nordin Strömqvist från Mittuniversitetet en översikt över forskningsläget kring fiberbaserade barriärmaterial, och Jakob Hägglund, hållbarhetschef på Norrpack AB, berättade om företagets försök med returlådor för e-handel.

Under förmiddagen arbetade deltagarna i fyra grupper: insamling och sortering, materialutveckling, affärsmodeller samt offentlig upphandling. Varje grupp leddes av en samtalsledare från klustret eller från RISE. Efter lunch presenterade grupperna sina resultat i plenum, och eftermiddagen avslutades med en paneldiskussion som modererades av Karin Hedlund från Region Västernorrland, enhetschef för näringsliv och innovation.

I panelen deltog, utöver Lövgren och Nordin Strömqvist, även Pekka Laaksonen, VD för Kemi Fibre Oy från Finland, och Sara Öhman, upphandlingsstrateg på Sundsvalls kommun. Laaksonen beskrev hur man i norra Finland har byggt upp ett gemensamt insamlingssystem mellan kommuner och industri, och Öhman betonade att kommunerna kan driva på efterfrågan genom att ställa krav på återvunnen fiber i sina upphandlingar.

Gruppernas resultat i korthet
Gruppen för insamling och sortering konstaterade att hushållens fiberförpackningar i dag transporteras till sorteringsanläggningar i södra Sverige och i Norge, vilket ger både höga kostnader och onödiga utsläpp. Gruppen för materialutveckling, som leddes av Tove Rydberg från RISE, lyfte fram att flera lovande barriärmaterial redan finns på laboratorienivå men att det saknas pilotlinjer i regionen. Affärsmodellgruppen diskuterade returlådor, pantsystem och delade lager, och konstaterade att småföretagen ofta saknar kapital för att pröva nya modeller. Upphandlingsgruppen slutligen menade att kommunernas krav i dag skiljer sig så mycket åt att leverantörerna inte kan anpassa sig.

Slutsatser
Diskussionerna under dagen ledde fram till tre slutsatser som deltagarna ställde sig bakom: (1) regionen behöver en gemensam sorteringsanläggning för fiberförpackningar, eftersom dagens volymer är för små för att bära separata lösningar; (2) små och medelstora företag måste få tillgång till testbäddar för nya barriärmaterial utan höga avgifter; (3) kommunerna i Västernorrland och Jämtland bör samordna sina krav på förpackningar i offentlig upphandling så att marknaden blir tillräckligt stor.

Deltagarna diskuterade även vilka hinder som är svårast att lösa. Många lyfte att det saknas tillförlitlig statistik över hur mycket förpackningsfiber som faktiskt samlas in i regionen. Flera företag menade också att tillståndsprocesserna för nya anläggningar tar för lång tid. Några deltagare efterlyste tydligare besked från staten om framtida producentansvar.

Nästa steg
Fiberklustret Mitt tar med sig resultaten till sin styrelse, som sammanträder den 14 november 2034. Klustret kommer att bjuda in de deltagande kommunerna till ett uppföljningsmöte i Östersund i februari 2035, och en förstudie om en gemensam sorteringsanläggning ska tas fram tillsammans med RISE under våren 2035. Nästa workshop i serien "Fiber i förändring" planeras till den 6 mars 2035 och kommer att handla om kompetensförsörjning.

Tack till alla deltagare och särskilt till Mittuniversitetet som upplät lokaler. Presentationerna från dagen finns på klustrets medlemssidor.

Kontakt:
Elin Sjöberg, processledare
Fiberklustret Mitt ek. för.
Storgatan 00, 852 30 Sundsvall
elin.sjoberg@fiberklustretmitt.example.se
"""
write(F, T)
gold(F,
 [P("Elin Sjöberg", "processledare", "Fiberklustret Mitt"),
  P("Anders Lövgren", "klusterchef", "Fiberklustret Mitt"),
  P("Tove Rydberg", None, "RISE"),
  P("Maria Nordin Strömqvist", "professor", "Mittuniversitetet"),
  P("Jakob Hägglund", "hållbarhetschef", "Norrpack AB"),
  P("Karin Hedlund", "enhetschef för näringsliv och innovation", "Region Västernorrland"),
  P("Pekka Laaksonen", "VD", "Kemi Fibre Oy"),
  P("Sara Öhman", "upphandlingsstrateg", "Sundsvalls kommun")],
 [O("Fiberklustret Mitt ek. för."), O("Region Västernorrland"), O("RISE Research Institutes of Sweden", "RISE"),
  O("Mittuniversitetet"), O("SCA"), O("Holmen Iggesund"), O("Norrpack AB"), O("Sundsvalls kommun"), O("Kemi Fibre Oy"), O("EU")],
 [E("Cirkulära förpackningar i Mittsverige – från skogsråvara till återvunnen fiber", "2034-10-03", None, "Sundsvall", "Sweden"),
  E("styrelsens sammanträde", "2034-11-14", None, None, None),
  E("uppföljningsmöte", "2035-02", None, "Östersund", "Sweden"),
  E("Nästa workshop i serien \"Fiber i förändring\"", "2035-03-06", None, None, None)],
 ["2034-10-03", "2034-10-17", "2030", "2035", "2034-11-14", "2035-02", "2035-03-06"],
 ["regionen behöver en gemensam sorteringsanläggning för fiberförpackningar, eftersom dagens volymer är för små för att bära separata lösningar",
  "små och medelstora företag måste få tillgång till testbäddar för nya barriärmaterial utan höga avgifter",
  "kommunerna i Västernorrland och Jämtland bör samordna sina krav på förpackningar i offentlig upphandling så att marknaden blir tillräckligt stor"],
 pub="2034-10-17")
