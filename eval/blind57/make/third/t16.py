from w import write
import re, html
doc='final-report_agrodigit-hu-hr-project.html'
t=html.unescape(open('../../docs/'+doc,encoding='utf-8').read())
km=[x.rstrip('.') for x in re.findall(r'<li>(.*?)</li>', t.split('Main outcomes</h2>')[1].split('</ul>')[0])]
P='Pannon Agrifood Cluster Association'
write(doc.rsplit('.',1)[0], doc, '2035-12-06', [
 ('Szalai Ferenc','president',P),
 ('Katalin Mérő-Lendvai',None,'Joint Secretariat'),
 ('Zoran Šimunović','prefect','Osijek-Baranja County'),
 ('Ines Wallner-Kos','policy officer','Directorate-General for Regional and Urban Policy'),
 ('Kovácsné Szabó Edit','project manager',P),
 ('Varga-Horváth Gábor',None,'University of Pécs'),
 ('Tóth Réka',None,'Somogy County Chamber of Commerce and Industry'),
 ('Marija Kralik-Jurić',None,'Faculty of Agrobiotechnical Sciences Osijek'),
 ('Ivan Matić','cluster manager','Slavonian Food Cluster'),
 ('Petra Đaković',None,'Vukovar-Srijem County Development Agency HRAST'),
],[(P,None),('University of Pécs',None),('Faculty of Business and Economics',None),('Faculty of Agrobiotechnical Sciences Osijek',None),('Joint Secretariat',None),
 ('European Commission',None),('Directorate-General for Regional and Urban Policy','DG REGIO'),('Somogy County Chamber of Commerce and Industry',None),
 ('Slavonian Food Cluster',None),('Vukovar-Srijem County Development Agency HRAST',None),('Baranya County Government',None),('Osijek-Baranja County',None),
 ('Hungarian Chamber of Agriculture','NAK'),('Croatian Chamber of Economy',None),('County Chamber Osijek',None),('Zsolnay Cultural Quarter',None)],
[('final conference','2035-06-14','2035-06-14','Pécs','Hungary'),
 ('kick-off meeting','2032-10-04','2032-10-04','Osijek','Croatia'),
 ('study tour to Emilia-Romagna','2033-05','2033-05',None,'Italy'),
 ('study tour to Lower Austria','2034-06','2034-06',None,'Austria'),
 ('study tour to Vojvodina','2035-04','2035-04',None,'Serbia'),
 ('AGRODIGIT Innovation Days','2033-11-09','2033-11-09','Kaposvár','Hungary'),
 ('AGRODIGIT Innovation Days (Vinkovci)','2034-10-17','2034-10-17','Vinkovci','Croatia')],
['2021/2027','2032-09-01/2035-08-31','2035-12-06','2035-03-21','2032-10-04','2033-05','2034-06','2035-04','2033-11-09','2034-10-17','2035-06-14','2040','2038','2035-11','2034'], km)
