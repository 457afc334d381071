"""A person's organisation by the line's shape alone, kept in a text of any language (language_neutral_rules.txt):
the organisation in brackets after the name (rule ``name-paren``), the organisation after a comma ending a list line
(``line:name-org``), and a network's or agency's office named by its place (``pattern:network-office``) as the
organisation of a role stated with a connector of the text's language. Texts of our own; exact rows."""
from __future__ import annotations

import pytest


def _rows(result, people) -> set[tuple[str, str, str | None]]:
    return {(r.person, r.role, r.organisation) for r in result.roles if r.person in people}


@pytest.mark.parametrize("text, expected", [
    # pl: a list of speakers, the organisation in brackets
    ("Na konferencji w Rzeszowie spotkali się przedstawiciele klastrów z pięciu krajów. W dyskusji panelowej udział "
     "wzięli Katarzyna Wróbel (Podkarpacki Klaster Lotniczy) oraz Jiří Svoboda (Moravský letecký klastr), którzy mówili "
     "o wspólnych projektach badawczych i szkoleniach dla pracowników.",
     {("Katarzyna Wróbel", "", "Podkarpacki Klaster Lotniczy"), ("Jiří Svoboda", "", "Moravský letecký klastr")}),
    # no: minutes, the company in brackets
    ("Møtet i arbeidsgruppen ble holdt i Bodø, og deltakerne diskuterte felles opplæring for industrien i regionen. "
     "Fra medlemsbedriftene deltok Sindre Bakken (Nordlys Mekaniske AS) og Hilde Solberg (Saltfjord Sjømat AS), som "
     "presenterte erfaringene fra pilotprosjektet.",
     {("Sindre Bakken", "", "Nordlys Mekaniske AS"), ("Hilde Solberg", "", "Saltfjord Sjømat AS")}),
    # es: a programme's speakers
    ("La jornada técnica reunió en Zaragoza a empresas del sector agroalimentario y a centros de investigación. "
     "Intervinieron Lucía Ferrer Gil (Universidad de Zaragoza) y Marco Bianchi (Consorzio Agrifood Emilia), que "
     "presentaron los resultados del proyecto europeo sobre envases sostenibles.",
     {("Lucía Ferrer Gil", "", "Universidad de Zaragoza"), ("Marco Bianchi", "", "Consorzio Agrifood Emilia")}),
])
def test_name_with_organisation_in_brackets(extract, text, expected):
    assert _rows(extract(text), {p for p, _, _ in expected}) == expected


@pytest.mark.parametrize("text, expected", [
    ("Zapraszamy na spotkanie sieci klastrów, które odbędzie się w Kielcach w siedzibie parku technologicznego.\n\n"
     "Prelegenci:\n- Agata Nowicka, Politechnika Świętokrzyska\n- Ondřej Kratochvíl, Dřevostavby Morava s.r.o.\n\n"
     "Spotkanie poprowadzi zespół klastra, a po dyskusji zapraszamy na poczęstunek i rozmowy z partnerami.",
     {("Agata Nowicka", "", "Politechnika Świętokrzyska"), ("Ondřej Kratochvíl", "", "Dřevostavby Morava s.r.o.")}),
    ("Das Netzwerktreffen der Holzcluster fand in Graz statt, mit Betrieben aus der Steiermark und aus Slowenien.\n\n"
     "Teilnehmende:\n- Gregor Kranjc, Lesarski grozd Savinja\n- Verena Hofer, Holzcluster Kärnten\n\n"
     "Die Ergebnisse der Arbeitsgruppen werden den Mitgliedern im nächsten Rundbrief vorgestellt.",
     {("Gregor Kranjc", "", "Lesarski grozd Savinja"), ("Verena Hofer", "", "Holzcluster Kärnten")}),
    ("A reunião do grupo de trabalho decorreu em Braga com empresas do setor têxtil e centros tecnológicos.\n\n"
     "Participantes:\n- Tiago Moreira, Universidade do Minho\n- Ilse Jansen, Textielcluster Twente\n\n"
     "As conclusões serão enviadas aos associados na próxima semana, juntamente com a ata.",
     {("Tiago Moreira", "", "Universidade do Minho"), ("Ilse Jansen", "", "Textielcluster Twente")}),
])
def test_list_line_name_comma_organisation(extract, text, expected):
    assert _rows(extract(text), {p for p, _, _ in expected}) == expected
