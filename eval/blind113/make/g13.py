from h import *
F = 'g13_aveiro_encontros_azuis.md'
assert wd(2041,9,25)=='Wednesday' and wd(2041,9,26)=='Thursday' and wd(2041,9,24)=='Tuesday' and wd(2041,9,12)=='Thursday'
T = """[Início](/) · [O Cluster](/cluster) · [Associados](/associados) · **Eventos** · [Projetos](/projetos) · [Notícias](/noticias) · [Contactos](/contactos) · [EN](/en)

# Encontros Azuis de Aveiro

*O ponto de encontro anual da economia do mar na Região de Aveiro*

Os Encontros Azuis de Aveiro são organizados todos os anos, desde 2036, pelo Fórum Oceano – Associação da Economia do Mar, em parceria com a Universidade de Aveiro, a Comunidade Intermunicipal da Região de Aveiro (CIRA) e a APA – Administração do Porto de Aveiro, S.A. Reúnem empresas da pesca, da aquacultura, da construção naval, da biotecnologia azul e do turismo náutico, bem como investigadores e decisores públicos.

## 6.ª edição – 25 e 26 de setembro de 2041, Ílhavo

**Tema: Portos, salinas e algas – a bioeconomia azul da ria**

**Quarta-feira, 25 de setembro** – Museu Marítimo de Ílhavo

- 09h30 – Sessão de abertura, com João Paulo Meireles Sardo, Presidente da Câmara Municipal de Ílhavo, e a Prof.ª Doutora Teresa Carvalhal Vaz, Vice-Reitora da Universidade de Aveiro
- 10h15 – Conferência: "Algas para a indústria: da ria ao mercado europeu", por Dr. Henrik Østergaard-Lund, diretor da Danish Seaweed Cluster
- 11h30 – Painel: financiamento para a economia azul, com representantes do Banco Português de Fomento e da Estrutura de Missão para a Recuperação e Resiliência (moderação de Marta Sequeira, Fórum Oceano)
- 14h30 – Sessão de pitches de 12 startups da incubadora UA Incubator
- 16h30 – Reuniões B2B entre associados e empresas convidadas da Galiza e da Bretanha
- 20h00 – Jantar do cluster na Fábrica Vista Alegre (inscrição obrigatória)

**Quinta-feira, 26 de setembro** – visitas técnicas

- 09h00 – Visita às salinas da Troncalhada e ao projeto-piloto de cultivo de salicórnia
- 11h00 – Visita ao Terminal de Granéis Líquidos do Porto de Aveiro, acompanhada por Rui Figueiredo Bastos, administrador da APA

Inscrições até 12 de setembro de 2041 (associados: gratuito; não associados: 60 €). As visitas técnicas têm lotação de 35 pessoas. Haverá transporte gratuito entre a estação de comboios de Aveiro e o Museu Marítimo de Ílhavo nos dois dias, com partidas às 08h45 e regresso no fim do programa.

[Inscrever-me](/inscricoes) · [Programa em PDF](/programa-2041.pdf)

## Edições anteriores

| Edição | Data | Local | Tema |
|---|---|---|---|
| 5.ª edição | 27 de setembro de 2040 | Aveiro | Descarbonização do transporte marítimo |
| 4.ª edição | 3 de outubro de 2039 | Murtosa | Aquacultura sustentável |
| 3.ª edição | 29 de setembro de 2038 | Aveiro | Competências para a economia do mar |
| 2.ª edição | 8 de outubro de 2037 | Ovar | Construção naval |
| 1.ª edição | outubro de 2036 | Aveiro | Lançamento da rede |

### Principais conclusões da 5.ª edição
- O Porto de Aveiro deve tornar-se um polo de abastecimento de combustíveis verdes para a navegação de curta distância
- As empresas da região precisam de um programa conjunto de formação em tecnologias de descarbonização
- A cooperação com a Galiza no âmbito do projeto Interreg POCTEP deve continuar depois de 2041

## Contactos

Coordenação dos Encontros: **Marta Sequeira**, gestora de projetos, Fórum Oceano, encontros@forumoceano.example.pt
Apoio logístico: **Beatriz Nogueira da Silva**, Comunidade Intermunicipal da Região de Aveiro

---
Fórum Oceano – Associação da Economia do Mar · Cluster do Mar Português · [Política de privacidade](/privacidade) · [Termos de utilização](/termos) · Cofinanciado pelo Centro 2030, Portugal 2030 e União Europeia
"""
write(F, T)
FO="Fórum Oceano – Associação da Economia do Mar"
gold(F,
 [P("João Paulo Meireles Sardo","Presidente","Câmara Municipal de Ílhavo"),
  P("Teresa Carvalhal Vaz","Vice-Reitora","Universidade de Aveiro"),
  P("Henrik Østergaard-Lund","diretor","Danish Seaweed Cluster"),
  P("Marta Sequeira","gestora de projetos","Fórum Oceano"),
  P("Rui Figueiredo Bastos","administrador","APA"),
  P("Beatriz Nogueira da Silva",None,"Comunidade Intermunicipal da Região de Aveiro")],
 [O(FO), O("Universidade de Aveiro"), O("Comunidade Intermunicipal da Região de Aveiro","CIRA"),
  O("APA – Administração do Porto de Aveiro, S.A.", "APA"), O("Câmara Municipal de Ílhavo"), O("Danish Seaweed Cluster"),
  O("Banco Português de Fomento"), O("Estrutura de Missão para a Recuperação e Resiliência"), O("UA Incubator"),
  O("Cluster do Mar Português")],
 [E("6.ª edição","2041-09-25","2041-09-26","Ílhavo","Portugal"),
  E("Reuniões B2B","2041-09-25",None,"Ílhavo","Portugal"),
  E("Jantar do cluster","2041-09-25",None,"Ílhavo","Portugal"),
  E("Visita às salinas da Troncalhada","2041-09-26",None,None,None),
  E("Visita ao Terminal de Granéis Líquidos do Porto de Aveiro","2041-09-26",None,"Aveiro","Portugal"),
  E("5.ª edição","2040-09-27",None,"Aveiro","Portugal"),
  E("4.ª edição","2039-10-03",None,"Murtosa","Portugal"),
  E("3.ª edição","2038-09-29",None,"Aveiro","Portugal"),
  E("2.ª edição","2037-10-08",None,"Ovar","Portugal"),
  E("1.ª edição","2036-10",None,"Aveiro","Portugal")],
 ["2036","2041-09-25/2041-09-26","2041-09-25","2041-09-26","2041-09-12","2040-09-27","2039-10-03","2038-09-29","2037-10-08","2036-10","2041"],
 ["O Porto de Aveiro deve tornar-se um polo de abastecimento de combustíveis verdes para a navegação de curta distância",
  "As empresas da região precisam de um programa conjunto de formação em tecnologias de descarbonização",
  "A cooperação com a Galiza no âmbito do projeto Interreg POCTEP deve continuar depois de 2041"])
