from g import *
fname = "linkedin-post-adriatic-games-summit-2033.txt"
t = """Maja Kranjc Novak • 2nd
Business Developer at Pixelgoza d.o.o. | Games & interactive media | Ljubljana
1w • Edited • 🌐

Still processing everything from last week 🤯 Two days at the Adriatic Games Summit 2033 (25–26 September, Cankarjev
dom, Ljubljana) and my notebook is full.

A few things I'm taking home:
🎮 Aleksandar Petrović (lead designer, Nebula Forge) on why small studios should ship smaller games more often – the
best talk of the summit for me.
📊 The panel on public funding with Urška Bizjak from the Faculty of Computer and Information Science, University of
Ljubljana, and Damir Ćosić of the Croatian Audiovisual Centre: co-productions across the Adriatic are finally getting
easier.
🤝 19 meetings in the matchmaking zone organised by the Ljubljana Game Dev Cluster (LGDC). Three of them already turned
into follow-up calls this week.

Huge thanks to Tina Vovk and the whole LGDC team for a perfectly run event, and to my colleagues for holding the fort
at the office.

Next stop: Gamescom 2034 in Cologne next August, where we'll be part of the Slovenian pavilion organised by SPIRIT
Slovenia. Who else is going? 👇

#gamedev #AGS2033 #Ljubljana #creativeindustries #Pixelgoza

👍❤️👏 87 • 12 comments • 3 reposts

Like · Comment · Repost · Send

Most relevant comments ▾

Jernej Kos • CEO at Pixelgoza d.o.o. • 6d
Great recap Maja! And congratulations on the meetings, let's make Cologne even bigger.

Tina Vovk • Cluster Manager at Ljubljana Game Dev Cluster • 6d
Thank you for coming and for the kind words! Slides of all talks are now on our website.

Load more comments
"""
write_doc(fname, t)
L = "Ljubljana Game Dev Cluster"
gold(fname,
 [P("Maja Kranjc Novak","Business Developer","Pixelgoza d.o.o."),
  P("Aleksandar Petrović","lead designer","Nebula Forge"),
  P("Urška Bizjak",None,"Faculty of Computer and Information Science"),
  P("Damir Ćosić",None,"Croatian Audiovisual Centre"),
  P("Tina Vovk","Cluster Manager",L),
  P("Jernej Kos","CEO","Pixelgoza d.o.o.")],
 [O("Pixelgoza d.o.o."), O("Nebula Forge"), O("Faculty of Computer and Information Science"), O("University of Ljubljana"),
  O("Croatian Audiovisual Centre"), O(L,"LGDC"), O("SPIRIT Slovenia")],
 [E("Adriatic Games Summit 2033","2033-09-25","2033-09-26","Ljubljana","Slovenia"),
  E("Gamescom 2034","2034-08",None,"Cologne","Germany")],
 ["2033-09-25/2033-09-26","2034-08"])
