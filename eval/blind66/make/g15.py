from h import *
F='leiria-moulds-innovation-awards-shortlist.md'
T=f'''# Moulds & Plastics Innovation Awards 2037: the shortlist

*News · Pool-Net – Portuguese Tooling Network · Marinha Grande, {wd(2037,2,19)} 19 February 2037*

Share: LinkedIn · Facebook · E-mail

The jury of the **Moulds & Plastics Innovation Awards 2037** has selected fifteen companies from 58 applications for the shortlist, three in each of the five categories. The winners will be announced at the awards ceremony on {wd(2037,3,26)} 26 March 2037 at the Teatro José Lúcio da Silva in Leiria, during the annual meeting of the Portuguese mould-making industry. The awards are organised by Pool-Net – Portuguese Tooling Network, the cluster of the mould-making and plastics industry of the Leiria region, with CEFAMOL – Associação Nacional da Indústria de Moldes and the Instituto Politécnico de Leiria.

"The level was higher than ever. In almost every application we saw digital tools, recycled materials or new ways of training people," said the chair of the jury, Prof.ª Doutora Helena Bártolo Gaspar of the Instituto Politécnico de Leiria. The other members of the jury are Dr. Klaus-Peter Brenninkmeyer (VDWF – Verband Deutscher Werkzeug- und Formenbauer), Marta Sá Nogueira (IAPMEI – Agência para a Competitividade e Inovação), Eng. Rui Cordeiro Lopes (Centimfe – Technological Centre for the Mould, Special Tooling and Plastics Industries) and Ana Catarina Vieira, journalist at Jornal de Leiria.

## How the jury decided

Each application was read by two jury members and scored on novelty, results already achieved, effect on the region and the quality of the team. The jury met in Leiria on 5 and 6 February 2037 and visited four of the applicants. Applications could be submitted in Portuguese or in English; eleven came from companies outside the Leiria region, two of them from Spain, which were not eligible this year but were invited to present at the ceremony.

## The shortlist

### Category 1 – Innovation in mould making

- **Moldes Atlântico, Lda.** (Marinha Grande) – conformal-cooling moulds made by metal 3D printing that cut cycle times by 30 %. CEO: Eng. Nuno Gaspar Ferreira
- **TecnoMolde Vieira & Filhos, S.A.** (Marinha Grande) – a sensor system that predicts mould wear. CEO: Sofia Vieira Marques
- **Iberomoldes Precision, Lda.** (Leiria) – micro-moulds for medical devices. Managing director: Dr. Pedro Henriques da Costa

### Category 2 – Circular plastics

- **Recicla Pinhal, Lda.** (Pombal) – food-grade recycled PET from local collection. CEO: Catarina Mendes Rocha
- **PlastiVerde – Soluções Biodegradáveis, S.A.** (Batalha) – compostable packaging from cork and starch. CEO: Miguel Anjos Sequeira
- **Leirplás Industrial, S.A.** (Leiria) – design for disassembly of automotive parts with Stellantis Mangualde. Chief executive: Teresa Louro Gomes

### Category 3 – Digital transformation

- **Fábrica de Moldes do Lis, Lda.** (Leiria) – a digital twin of the whole shop floor. CEO: João Paulo Carreira
- **Simoldes Digital Services, Lda.** (Oliveira de Azeméis) – cloud-based scheduling for mould makers. General manager: Dr.ª Inês Valente Pinho
- **MG Robotics, Unipessoal Lda.** (Marinha Grande) – robots for polishing mould cavities. Founder and CEO: André Tomé Serrano

### Category 4 – Skills and people

- **Moldes Atlântico, Lda.** (Marinha Grande) – an in-house academy with 40 apprentices a year (also shortlisted in Category 1)
- **Cenfim – Centro de Formação Profissional da Indústria Metalúrgica e Metalomecânica, Marinha Grande centre** – evening courses for older workers in CAD/CAM. Director of the centre: Luís Faustino Ramos
- **Plasdan – Máquinas para Plásticos, Lda.** (Marinha Grande) – a four-day week pilot for production staff. CEO: Ricardo Dantas Lopes

### Category 5 – Young company (under five years)

- **Moldflow Lab, Lda.** (Leiria) – AI-based simulation of injection moulding, founded in 2033. CEO: Beatriz Nunes-Kovač
- **Polimold Start, Lda.** (Marinha Grande) – rapid prototyping for small series, founded in 2034. CEO: Tiago Sobreiro Mota
- **Cork2Part, Lda.** (Coimbra) – cork-filled polymers for car interiors, founded in 2035. Co-founders: Rita Alvim and Hugo Mesquita

## Special prize

The jury will also award a **Lifetime Achievement Prize** to Eng. Joaquim Henriques Martins, founder of Moldes Martins, S.A. (1979) and president of CEFAMOL from 2008 to 2016, for his role in bringing the Portuguese mould industry to the markets of Germany and France.

## Previous winners

In the 2036 edition, the main prize (Innovation in mould making) went to Tecnimoplás, S.A. (CEO: Jorge Cardoso Vidal), and the prize for young companies to Fibrapolis, Lda. The awards were first held in 2029.

## Programme on 26 March 2037

- 17:00 – Welcome and registration
- 17:30 – Keynote: "European tooling in 2040", Dr. Klaus-Peter Brenninkmeyer
- 18:15 – Award ceremony, presented by Pool-Net's president, Eng. Manuel Oliveira Santos
- 20:00 – Networking dinner at the Teatro José Lúcio da Silva foyer

Attendance is free for members of Pool-Net and CEFAMOL; registration by 19 March 2037 at eventos@poolnet.pt.

Press contact: Joana Figueiredo, communication, Pool-Net · +351 244 555 030

*The awards are supported by Município de Leiria, Município da Marinha Grande and NERLEI – Associação Empresarial da Região de Leiria.*
'''
write(F,T)
PN='Pool-Net – Portuguese Tooling Network'
gold(F,[P('Helena Bártolo Gaspar','chair of the jury','Instituto Politécnico de Leiria'),P('Klaus-Peter Brenninkmeyer',None,'VDWF – Verband Deutscher Werkzeug- und Formenbauer'),
 P('Marta Sá Nogueira',None,'IAPMEI – Agência para a Competitividade e Inovação'),P('Rui Cordeiro Lopes',None,'Centimfe – Technological Centre for the Mould, Special Tooling and Plastics Industries'),
 P('Ana Catarina Vieira','journalist','Jornal de Leiria'),P('Nuno Gaspar Ferreira','CEO','Moldes Atlântico, Lda.'),P('Sofia Vieira Marques','CEO','TecnoMolde Vieira & Filhos, S.A.'),
 P('Pedro Henriques da Costa','Managing director','Iberomoldes Precision, Lda.'),P('Catarina Mendes Rocha','CEO','Recicla Pinhal, Lda.'),
 P('Miguel Anjos Sequeira','CEO','PlastiVerde – Soluções Biodegradáveis, S.A.'),P('Teresa Louro Gomes','Chief executive','Leirplás Industrial, S.A.'),
 P('João Paulo Carreira','CEO','Fábrica de Moldes do Lis, Lda.'),P('Inês Valente Pinho','General manager','Simoldes Digital Services, Lda.'),
 P('André Tomé Serrano','Founder and CEO','MG Robotics, Unipessoal Lda.'),P('Luís Faustino Ramos','Director of the centre','Cenfim – Centro de Formação Profissional da Indústria Metalúrgica e Metalomecânica'),
 P('Ricardo Dantas Lopes','CEO','Plasdan – Máquinas para Plásticos, Lda.'),P('Beatriz Nunes-Kovač','CEO','Moldflow Lab, Lda.'),P('Tiago Sobreiro Mota','CEO','Polimold Start, Lda.'),
 P('Rita Alvim','Co-founder','Cork2Part, Lda.'),P('Hugo Mesquita','Co-founder','Cork2Part, Lda.'),P('Joaquim Henriques Martins','founder','Moldes Martins, S.A.'),
 P('Jorge Cardoso Vidal','CEO','Tecnimoplás, S.A.'),P('Manuel Oliveira Santos','president',PN),P('Joana Figueiredo','communication',PN)],
 [O(PN,'Pool-Net'),O('CEFAMOL – Associação Nacional da Indústria de Moldes','CEFAMOL'),O('Instituto Politécnico de Leiria'),O('VDWF – Verband Deutscher Werkzeug- und Formenbauer','VDWF'),
  O('IAPMEI – Agência para a Competitividade e Inovação','IAPMEI'),O('Centimfe – Technological Centre for the Mould, Special Tooling and Plastics Industries','Centimfe'),O('Jornal de Leiria'),
  O('Moldes Atlântico, Lda.'),O('TecnoMolde Vieira & Filhos, S.A.'),O('Iberomoldes Precision, Lda.'),O('Recicla Pinhal, Lda.'),O('PlastiVerde – Soluções Biodegradáveis, S.A.'),
  O('Leirplás Industrial, S.A.'),O('Stellantis Mangualde'),O('Fábrica de Moldes do Lis, Lda.'),O('Simoldes Digital Services, Lda.'),O('MG Robotics, Unipessoal Lda.'),
  O('Cenfim – Centro de Formação Profissional da Indústria Metalúrgica e Metalomecânica','Cenfim'),O('Plasdan – Máquinas para Plásticos, Lda.'),O('Moldflow Lab, Lda.'),
  O('Polimold Start, Lda.'),O('Cork2Part, Lda.'),O('Moldes Martins, S.A.'),O('Tecnimoplás, S.A.'),O('Fibrapolis, Lda.'),O('Município de Leiria'),O('Município da Marinha Grande'),
  O('NERLEI – Associação Empresarial da Região de Leiria','NERLEI')],
 [E('jury meeting','2037-02-05','2037-02-06','Leiria','Portugal'),E('awards ceremony','2037-03-26','2037-03-26','Leiria','Portugal'),E('annual meeting of the Portuguese mould-making industry','2037-03-26','2037-03-26','Leiria','Portugal'),
  E('Keynote: "European tooling in 2040"','2037-03-26','2037-03-26','Leiria','Portugal'),E('Networking dinner','2037-03-26','2037-03-26','Leiria','Portugal'),
  E('Moulds & Plastics Innovation Awards (2036 edition)','2036','2036',None,None)],
 ['2037-02-19','2037-03-26','2037-02-05/2037-02-06','2033','2034','2035','1979','2008/2016','2029','2037-03-19'],pub='2037-02-19')
