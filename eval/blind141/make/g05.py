from h import *
F = 'g05_skaraborg_evenemang_sammanfattning.html'
assert wd(2040,5,22)=='Tuesday' and wd(2040,5,23)=='Wednesday' and wd(2040,6,7)=='Thursday' and wd(2040,6,13)=='Wednesday'
T = """<!DOCTYPE html>
<html lang="sv"><head><meta charset="utf-8"><title>Tillbakablick: våren 2040 i klustret – Skaraborgs Automationskluster</title></head>
<body>
<div class="cookies">Vi använder kakor för att förbättra webbplatsen. <a href="/kakor">Läs mer om kakor</a> <button>Godkänn alla</button> <button>Endast nödvändiga</button></div>
<header><a class="logo" href="/">Skaraborgs Automationskluster</a>
<ul class="menu"><li><a href="/om">Om klustret</a></li><li><a href="/medlemmar">Medlemmar</a></li><li><a href="/kalender">Kalender</a></li><li><a href="/nyheter">Nyheter</a></li><li><a href="/kontakt">Kontakt</a></li><li><a href="/en">In English</a></li></ul></header>
<main>
<nav class="breadcrumb"><a href="/">Start</a> / <a href="/nyheter">Nyheter</a> / Tillbakablick våren 2040</nav>
<article>
<h1>Tillbakablick: en intensiv vår i klustret</h1>
<p class="byline">Publicerad 15 juni 2040 · Text: Elin Gustafsson-Rydh · Foto: Mattias Öberg</p>
<p class="lead">Tre större evenemang, en utlandsresa och ett årsmöte på sex veckor. Här sammanfattar vi vad som hände i Skaraborgs Automationskluster under maj och juni 2040 – och vad vi tar med oss till hösten.</p>

<h2>Automationsdagen 2040 i Skövde</h2>
<p>Den sjunde upplagan av Automationsdagen samlade 212 deltagare på Högskolan i Skövde tisdagen den 22 maj. Dagen inleddes av klustrets verksamhetsledare Anders Lindqvist och av Skövde kommuns kommunstyrelseordförande Karin Sjöberg. Huvudtalare var Dr. Jana Horáková från Czech Institute of Informatics, Robotics and Cybernetics (CIIRC) i Prag, som talade om robotar i små serier.</p>
<p>Programmet i korthet:</p>
<ul>
<li>09.00 Välkomna – Anders Lindqvist</li>
<li>09.20 Keynote: Robotar för korta serier – Jana Horáková, CIIRC</li>
<li>10.30 Paneldebatt: Vem ska programmera robotarna 2045?</li>
<li>12.00 Lunch och utställning</li>
<li>13.00 Studiebesök hos Volvo Cars motorfabrik i Skövde</li>
<li>16.30 Mingel och prisutdelning av Skaraborgs Automationspris</li>
</ul>
<p>Årets automationspris gick till familjeföretaget Tidaholms Plåtbearbetning AB för en flexibel svetscell som byggts tillsammans med studenter. Juryn lyfte fram att cellen kan ställas om till en ny produkt på under en timme.</p>
<p>Vad tog deltagarna med sig? Arrangörerna sammanfattade dagens <strong>viktigaste slutsatser</strong>:</p>
<ol>
<li>Små företag behöver färdiga robotceller som kan hyras, inte köpas</li>
<li>Kompetensbristen är större hos operatörer än hos ingenjörer</li>
<li>Samarbetet med högskolan måste börja redan i gymnasiet</li>
</ol>

<h2>Frukostmöte om cybersäkerhet</h2>
<p>Onsdagen den 23 maj höll klustret ett frukostmöte om cybersäkerhet i produktionen i Gothia Science Park. Ludvig Ahlström, säkerhetsexpert på RISE Research Institutes of Sweden, gick igenom de nya EU-kraven. 38 personer deltog på plats och ytterligare 45 digitalt. Många frågor handlade om äldre styrsystem som inte går att uppdatera. ”Det är inte de nya maskinerna som oroar mig, det är de trettio år gamla som fortfarande står i hallen”, sa en av deltagarna. RISE erbjuder medlemmarna en kostnadsfri säkerhetsgenomgång under hösten.</p>

<h2>Resa till Linz</h2>
<p>Den 4–7 juni besökte en grupp om elva medlemsföretag Övre Österrike på inbjudan av Business Upper Austria och dess Mechatronik-Cluster. Programmet innehöll företagsbesök hos ENGEL Austria i Schwertberg, en matchmaking med österrikiska underleverantörer torsdagen den 7 juni i Linz samt ett besök på Johannes Kepler Universität. Reseledare var klustrets projektledare Sara Nyström. Enligt henne ledde resan till fjorton uppföljande kontakter och ett gemensamt förslag till ett europeiskt projekt om återanvändning av robotar.</p>

<h2>Årsmöte och ny styrelse</h2>
<p>Klustrets årsmöte hölls onsdagen den 13 juni i Skara. Till ny ordförande valdes Per-Olof Bergkvist, vd för Bergkvist Industriautomation AB i Mariestad. Amira Haddad (Högskolan i Skövde) valdes till ledamot, liksom Jonas af Klercker (Skaraborgs Sparbank). Årsmötet beslutade också att höja medlemsavgiften för större företag och att starta en arbetsgrupp för kompetensförsörjning, som ska redovisa ett förslag till styrelsen före årsskiftet. Avgående ordföranden Ulrika Fransson tackades för sex års arbete.</p>

<h2>Kommande</h2>
<p>Nästa stora evenemang är <a href="/kalender/automationsdagen-2041">Automationsdagen 2041</a>, som preliminärt hålls i maj 2041. Dessförinnan arrangeras en höstträff i Lidköping i oktober 2040. Håll utkik i kalendern!</p>
<p class="share">Dela: <a href="#">LinkedIn</a> · <a href="#">Facebook</a> · <a href="#">E-post</a></p>
</article>
<aside><h3>Senaste nyheterna</h3><ul><li><a href="#">Nytt medlemsföretag i Falköping</a></li><li><a href="#">Ansök till Innovationscheckar senast 31 augusti</a></li></ul></aside>
</main>
<footer><p>Skaraborgs Automationskluster ek. för. · Kaplansgatan 00, 541 34 Skövde · info@skaraborgautomation.example.se</p><p>Klustret finansieras av Västra Götalandsregionen och medlemmarna.</p></footer>
</body></html>
"""
write(F, T)
S="Skaraborgs Automationskluster"
gold(F,
 [P("Elin Gustafsson-Rydh",None,None), P("Mattias Öberg",None,None),
  P("Anders Lindqvist","verksamhetsledare",S),
  P("Karin Sjöberg","kommunstyrelseordförande","Skövde kommun"),
  P("Jana Horáková",None,"Czech Institute of Informatics, Robotics and Cybernetics"),
  P("Ludvig Ahlström","säkerhetsexpert","RISE Research Institutes of Sweden"),
  P("Sara Nyström","projektledare",S),
  P("Per-Olof Bergkvist","ordförande",S),
  P("Amira Haddad","ledamot",S),
  P("Jonas af Klercker","ledamot",S),
  P("Ulrika Fransson","ordföranden",S)],
 [O("Skaraborgs Automationskluster ek. för."), O("Högskolan i Skövde"), O("Skövde kommun"), O("Czech Institute of Informatics, Robotics and Cybernetics","CIIRC"),
  O("Volvo Cars"), O("Tidaholms Plåtbearbetning AB"), O("RISE Research Institutes of Sweden", "RISE"), O("Business Upper Austria"),
  O("Mechatronik-Cluster"), O("ENGEL Austria"), O("Johannes Kepler Universität"), O("Bergkvist Industriautomation AB"),
  O("Skaraborgs Sparbank"), O("Västra Götalandsregionen")],
 [E("Automationsdagen 2040","2040-05-22",None,"Skövde","Sweden"),
  E("Studiebesök hos Volvo Cars motorfabrik","2040-05-22",None,"Skövde","Sweden"),
  E("Mingel och prisutdelning av Skaraborgs Automationspris","2040-05-22",None,"Skövde","Sweden"),
  E("frukostmöte om cybersäkerhet","2040-05-23",None,None,None),
  E("Resa till Linz","2040-06-04","2040-06-07","Linz","Austria"),
  E("matchmaking","2040-06-07",None,"Linz","Austria"),
  E("årsmöte","2040-06-13",None,"Skara","Sweden"),
  E("Automationsdagen 2041","2041-05",None,None,None),
  E("höstträff","2040-10",None,"Lidköping","Sweden")],
 ["2040","2040-06-15","2040-05/2040-06","2040-05-22","2040-05-23","2040-06-04/2040-06-07","2040-06-07","2040-06-13","2041-05","2040-10","2040-08-31"],
 ["Små företag behöver färdiga robotceller som kan hyras, inte köpas",
  "Kompetensbristen är större hos operatörer än hos ingenjörer",
  "Samarbetet med högskolan måste börja redan i gymnasiet"],
 pub="2040-06-15")
