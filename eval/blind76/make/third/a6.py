from w import W
M='Clúster Mar da Mariña'
W('xornadas-cluster-mar-marina-conclusions-2032','xornadas-cluster-mar-marina-conclusions-2032.html','2032-10-22',f'''
Xosé Manuel Díaz Rouco|alcalde de Burela|
Rosa María Quintana Carballo|conselleira do Mar|Xunta de Galicia
Manuel Pernas Otero|presidente|{M}
Noa Basanta Fraga|xerente|{M}
María Xesús Fernández Cabarcos|patroa maior|Confraría de Pescadores de Burela
Anxo Vilariño Pena|director|Instituto Politécnico Marítimo Pesqueiro do Cantábrico
Inés Quiroga Méndez|investigadora|Centro Tecnolóxico do Mar
Mikel Zubizarreta Arrieta|enxeñeiro|Itsasmotor Ingeniería, S.L.
Ramón Fernández-Otero|xestor de flota|Armadora Cantábrica, S.A.
Lucía Rey Castiñeira|directora comercial|Conservas Mariña Atlántica, S.A.
Xulio Carballeira|presidente|Organización de Produtores Pesqueiros de Burela
Jean-Marc Le Goff||Association des Pêcheurs de Bretagne
Mercedes Rodríguez Moreda|directora xeral de Pesca|Xunta de Galicia
Brais Lamas||{M}
''',f'''
{M}
Xunta de Galicia
Pesqueras Pernas, S.L.
Confraría de Pescadores de Burela
Instituto Politécnico Marítimo Pesqueiro do Cantábrico
Centro Tecnolóxico do Mar|CETMAR
Itsasmotor Ingeniería, S.L.
Armadora Cantábrica, S.A.
Conservas Mariña Atlántica, S.A.
Organización de Produtores Pesqueiros de Burela|OPP-Burela
Association des Pêcheurs de Bretagne
Universidade de Santiago de Compostela
Ministerio de Agricultura, Pesca e Alimentación
Comisión Europea
Consellería do Mar
''','''
IV Xornadas Mar da Mariña|2032-10-14|2032-10-15|Burela|Spain
reunión|2033-02-03
V Xornadas|2033-10|2033-10|Celeiro|Spain
''','2032-10-22 2032-10-14/2032-10-15 2033 2036 2033-02-03 2033-10','''
A frota de baixura e de altura da Mariña necesita un plan de renovación de motores e de eficiencia enerxética financiado con fondos europeos e autonómicos antes de 2036
Os portos de Burela, Celeiro e Foz deben coordinar os seus investimentos en frío, xeo e enerxía renovable en lugar de competir entre eles
A falta de persoal cualificado é o principal risco do sector: cómpre unha escola de oficios do mar en Burela con prácticas garantidas nas empresas do clúster
O bonito do norte e a pescada do pincho precisan unha marca colectiva e un sistema de trazabilidade dixital común
A conserva e a transformación deben aproveitar mellor os subprodutos, con proxectos de economía circular xunto ao CETMAR e á Universidade de Santiago de Compostela
O Clúster debe falar cunha soa voz ante a Xunta de Galicia, o Ministerio de Agricultura, Pesca e Alimentación e a Comisión Europea
''')
B='Буковинський деревообробний кластер'
W('bukovyna-derevoobrobnyi-klaster-intervyu-2035','bukovyna-derevoobrobnyi-klaster-intervyu-2035.md','2035-05-14',f'''
Оксана Гуцуляк|менеджерка|{B}
Ірина Савчук||
Василь Кушнірик|власник|ТОВ «Карпатський Дуб»
Наталія Ротар|директорка|ТОВ «Сторожинецький деревообробний комбінат»
Мирослав Фостяк|заступник|ФОП «Фостяк М. В.»
Ştefan Moldovan|президент|Lemn Bucovina
Martin Pichler-Hofer|менеджер|Holzcluster Steiermark
Андрій Лупул||
''',f'''
{B}|БДК
Чернівецькій обласній торгово-промисловій палаті
ПрАТ «Буковина-Меблі»
ТОВ «Карпатський Дуб»
ТОВ «Сторожинецький деревообробний комбінат»
ФОП «Фостяк М. В.»
Чернівецьким національним університетом імені Юрія Федьковича
Чернівецька обласна державна адміністрація
Буковинська агенція регіонального розвитку|БАРР
Lemn Bucovina
Асоціацією меблевиків України
Holzcluster Steiermark
Фонду розвитку підприємництва
''','''
Drema|2034|2034|Познані|Poland
підписання меморандуму|2035-04-03
загальні збори кластера|2035-06-19||Чернівцях|Ukraine
Буковинський форум деревообробки|2035-10-08|2035-10-09|Вижниці|Ukraine
''','2035-05-14 2035-01 2029 2034 2035/2037 2036 2035-04-03 2035-09 2035-06-19 2037 2035-10-08/2035-10-09','''
Сертифікація деревини та продукції за європейськими стандартами FSC і PEFC для всіх учасників кластера до кінця 2036 року
Спільний центр сушіння та обробки деревини в Сторожинці, щоб малі столярні підприємства не купували власне обладнання
Програма підготовки кадрів разом із Чернівецьким національним університетом імені Юрія Федьковича та професійним ліцеєм у Вижниці
Вихід на ринки Польщі, Румунії та Німеччини через спільні стенди на виставках і співпрацю з європейськими кластерами
Використання відходів деревообробки для виробництва пелет і теплопостачання громад Буковини
''')
