import sys; sys.path.insert(0,'eval/blind63/make/third'); from w import W
R="REDASP"; k=("Kragujevcu","Serbia"); F="Regionalni forum klastera Šumadije i Pomoravlja"; a,b="2035-10-09","2035-10-10"
W("sumadija-regionalni-forum-klastera-2035","sumadija-regionalni-forum-klastera-2035.md",
[("Nebojša Stanković-Radić","direktor",R),("Nikola Dašić-Pavlović","gradonačelnik Kragujevca",None),("Jelena Begović-Marić","ministarka privrede Republike Srbije",None),
 ("Emanuele Giaufret-Rossi","šef Delegacije Evropske unije u Srbiji",None),("Dragan Obradović",None,"Klaster automobilske industrije Srbije"),("Ana-Marija Kostić",None,"Stellantis Srbija d.o.o."),
 ("Slobodan Mitrović",None,"Fakultet inženjerskih nauka Univerziteta u Kragujevcu"),("Lorenz Hofbauer",None,"Automotive Cluster Upper Austria"),("Milica Jovanović-Tešić",None,"Klaster IKT Šumadije"),
 ("Zoran Ilić",None,"Klaster „Šumadijsko voće\""),("Vesna Lazarević",None,"Inovacioni centar Kragujevac"),("Bojana Trajkovska",None,"Klaster za ICT Skopje"),
 ("Elira Hoxha-Kola",None,"Albanian Agribusiness Council"),("Tamara Đorđević-Simić","koordinatorka foruma",R)],
[("Regionalna agencija za ekonomski razvoj Šumadije i Pomoravlja",R),("Grad Kragujevac",None),("Privredna komora Srbije",None),("Regionalna privredna komora Šumadijskog i Pomoravskog upravnog okruga",None),
 ("Univerzitet u Kragujevcu",None),("Klaster automobilske industrije Srbije","AC Serbia"),("Stellantis Srbija d.o.o.",None),("Fakultet inženjerskih nauka Univerziteta u Kragujevcu",None),
 ("Automotive Cluster Upper Austria",None),("Klaster IKT Šumadije",None),("Klaster „Šumadijsko voće\"",None),("Inovacioni centar Kragujevac",None),("Enterprise Europe Network Srbija","EEN Srbija"),
 ("Slobodna zona Kragujevac",None),("Metaloplast Jagodina",None),("Naučno-tehnološki park Kragujevac",None),("Klaster za ICT Skopje",None),("Albanian Agribusiness Council",None),
 ("Zadružni savez Vojvodine",None),("Delegacija Evropske unije u Srbiji",None),("Vlada Švajcarske",None)],
[(F+" 2035",a,b,*k),("Panel „Dobavljači za elektromobilnost\"",a,a,*k),("Paralelne radionice",a,a,*k),("B2B sastanci",a,a,*k),
 ("Svečana večera i dodela priznanja „Klaster godine 2035\"",a,a,*k),("Studijske posete",b,b,None,"Serbia"),("Završna sesija „Klasteri Zapadnog Balkana i Berlinski proces\"",b,b,*k),
 (F+" (2030 edition)","2030","2030","Jagodini","Serbia"),(F+" (2034 edition)","2034-10-11","2034-10-11",*k),(F+" (2036 edition)","2036-10","2036-10","Jagodini","Serbia")],
["2035-09-02","2035-10-09/2035-10-10","2035-10-09","2035-10-10","2035-09-30","2035-10-03","2030","2034-10-11","2036-10","2031","2035-09-20","2008","2029"], pub="2035-09-02")
