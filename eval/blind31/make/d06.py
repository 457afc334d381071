from g import *
fname = "past-events-alpine-textile-innovation-days.html"
t = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Past editions | Alpine Textile Innovation Days</title></head>
<body>
<header class="top"><a class="logo" href="/">RVTN &ndash; Rhine Valley Textile Network</a>
<nav><a href="/">Home</a> | <a href="/network">Network</a> | <a href="/members">Members</a> | <a href="/atid">Alpine Textile Innovation Days</a> | <a href="/news">News</a> | <a href="/contact">Contact</a> | <a href="/de">DE</a></nav></header>
<p class="breadcrumbs">You are here: <a href="/">Home</a> / <a href="/atid">Alpine Textile Innovation Days</a> / Past editions</p>
<main>
<h1>Past editions</h1>
<p>Since 2030 the Rhine Valley Textile Network (RVTN) has brought together weavers, knitters, finishers, machine builders and
researchers from the Alpine region once a year. The event moves between the partner regions; every third edition returns
to Dornbirn.</p>
<div class="box next"><h2>Next edition</h2>
<p><b>Alpine Textile Innovation Days 2036</b> &middot; Dornbirn, Austria &middot; 10&ndash;11 June 2036 &middot;
Call for posters open until 15 March 2036 &middot; <a href="/atid/2036">Programme and registration</a></p></div>

<article><h3>Alpine Textile Innovation Days 2035 &ndash; Como, Italy</h3>
<p class="date">11&ndash;12 June 2035 &middot; Villa Erba</p>
<p>Theme: traceable silk and recycled blends. Keynote by Giulia Ferrario Sala, CEO of Seta Lariana S.r.l.; hosted with
Politecnico di Milano. 310 participants.</p></article>

<article><h3>Alpine Textile Innovation Days 2034 &ndash; Dornbirn, Austria (hybrid)</h3>
<p class="date">5 June 2034 &middot; one day, on site and online</p>
<p>Theme: energy prices and the finishing industry. Keynote by Markus Hämmerle, managing director of Loomtec GmbH.
Online participants joined from 19 countries.</p></article>

<article><h3>Alpine Textile Innovation Days 2033 &ndash; Mulhouse, France</h3>
<p class="date">14&ndash;15 June 2033</p>
<p>Theme: technical textiles for health. Hosted by Université de Haute-Alsace; keynote by Prof. Claire Dietrich-Nguyen.
Company visit to Tissages de l'Ill SAS.</p></article>

<article><h3>Alpine Textile Innovation Days 2032 &ndash; Biella, Italy</h3>
<p class="date">8&ndash;9 June 2032</p>
<p>Theme: wool, water and wastewater. Organised with Città Studi Biella. Keynote: Alessandro Dal Pozzo (Filatura Valsesia S.p.A.).</p></article>

<article><h3>Alpine Textile Innovation Days 2031 &ndash; St. Gallen, Switzerland</h3>
<p class="date">17&ndash;18 June 2031</p>
<p>Theme: embroidery goes digital. Hosted at Empa; keynote by Reto Zellweger, head of innovation at Stickerei Zellweger AG.</p></article>

<article><h3>Alpine Textile Innovation Days 2030 &ndash; Dornbirn, Austria</h3>
<p class="date">12&ndash;13 June 2030</p>
<p>The first edition, opened by RVTN's founding chair Herta Fink-Rhomberg. 140 participants from four countries.</p></article>

<p><a href="/atid/archive.zip">Download all programmes (ZIP)</a></p>
</main>
<footer><p>Rhine Valley Textile Network &middot; Hochschulstraße 1 &middot; 6850 Dornbirn &middot; Austria</p>
<p><a href="/imprint">Imprint</a> &middot; <a href="/privacy">Data protection</a> &middot; Page last updated 02.02.2036</p>
<p>Follow us: LinkedIn &middot; Instagram</p></footer>
</body></html>
"""
write_doc(fname, t)
R = "Rhine Valley Textile Network"
gold(fname,
 [P("Giulia Ferrario Sala","CEO","Seta Lariana S.r.l."),
  P("Markus Hämmerle","managing director","Loomtec GmbH"),
  P("Claire Dietrich-Nguyen",None,None),
  P("Alessandro Dal Pozzo",None,"Filatura Valsesia S.p.A."),
  P("Reto Zellweger","head of innovation","Stickerei Zellweger AG"),
  P("Herta Fink-Rhomberg","founding chair",R)],
 [O(R,"RVTN"), O("Seta Lariana S.r.l."), O("Politecnico di Milano"), O("Loomtec GmbH"), O("Université de Haute-Alsace"),
  O("Tissages de l'Ill SAS"), O("Città Studi Biella"), O("Filatura Valsesia S.p.A."), O("Empa"), O("Stickerei Zellweger AG")],
 [E("Alpine Textile Innovation Days 2036","2036-06-10","2036-06-11","Dornbirn","Austria"),
  E("Alpine Textile Innovation Days 2035","2035-06-11","2035-06-12","Como","Italy"),
  E("Alpine Textile Innovation Days 2034","2034-06-05",None,"Dornbirn","Austria"),
  E("Alpine Textile Innovation Days 2033","2033-06-14","2033-06-15","Mulhouse","France"),
  E("Alpine Textile Innovation Days 2032","2032-06-08","2032-06-09","Biella","Italy"),
  E("Alpine Textile Innovation Days 2031","2031-06-17","2031-06-18","St. Gallen","Switzerland"),
  E("Alpine Textile Innovation Days 2030","2030-06-12","2030-06-13","Dornbirn","Austria")],
 ["2030","2036-06-10/2036-06-11","2036-03-15","2035-06-11/2035-06-12","2034-06-05","2033-06-14/2033-06-15",
  "2032-06-08/2032-06-09","2031-06-17/2031-06-18","2030-06-12/2030-06-13","2036-02-02"])
