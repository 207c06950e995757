# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # e1
 "Delmotte Emballages": ["delmotte emballages", "delmotte"],
 "CGT": ["cgt"],
 "Karim Benali": ["karim benali", "benali"],
 "Philippe Verhaeghe": ["philippe verhaeghe", "verhaeghe"],
 "Marc Lefebvre": ["marc lefebvre", "lefebvre"],
 "Ministère de l'Industrie": ["ministere de l'industrie"],
 # e2
 "Jean-Claude Dufour": ["jean-claude dufour", "dufour"],
 "Saint-Vivien-sur-Lèze": ["saint-vivien-sur-leze"],
 "Garonne Habitat": ["garonne habitat"],
 "Vivre aux Pins": ["vivre aux pins", "association vivre aux pins"],
 "Hélène Garrigues": ["helene garrigues", "garrigues"],
 # e3
 "US Tarnos-Adour": ["us tarnos-adour", "tarnos-adour", "tarnos", "tarnosiens"],
 "ES Orthe-Gaves": ["es orthe-gaves", "orthe-gaves", "esog"],
 "Mathieu Larrieu": ["mathieu larrieu", "larrieu"],
 "Olivier Etcheverry": ["olivier etcheverry", "etcheverry"],
 "Julien Darrigade": ["julien darrigade", "darrigade"],
 "Alain Dupouy": ["alain dupouy", "dupouy"],
 # e4
 "Tribunal correctionnel de Grasse": ["tribunal correctionnel de grasse", "tribunal correctionnel", "tribunal"],
 "Frédéric Almeida": ["frederic almeida", "almeida", "m. almeida"],
 "Yannick Morel": ["yannick morel", "morel"],
 "Sophie Bellanger": ["sophie bellanger", "me sophie bellanger", "bellanger"],
 "Antoine Rizzo": ["antoine rizzo", "me antoine rizzo", "rizzo"],
 # e5
 "Biscuiterie Kerlann": ["biscuiterie kerlann", "kerlann"],
 "Gwenaëlle Le Bihan": ["gwenaelle le bihan", "le bihan", "mme le bihan"],
 "Délices de Locronan": ["delices de locronan", "les delices de locronan"],
 "Yves Quéméner": ["yves quemener"],
 "Autorité de la concurrence": ["autorite de la concurrence"],
 # e6
 "Lycée Marie-Curie": ["lycee marie-curie", "marie-curie"],
 "Région Hauts-de-France": ["region hauts-de-france", "hauts-de-france", "region"],
 "Atelier Vandamme": ["atelier vandamme", "vandamme"],
 "Lycée Jean-Jaurès": ["lycee professionnel jean-jaures", "lycee jean-jaures", "jean-jaures"],
 "Nadia Ouali": ["nadia ouali", "ouali"],
 "Catherine Delattre": ["catherine delattre", "delattre"],
 # e7
 "Bresse en Scène": ["bresse en scene"],
 "Girardon Logistique": ["girardon logistique"],
 "Laurent Girardon": ["laurent girardon"],
 "Thierry Collomb": ["thierry collomb", "collomb"],
 "Conseil départemental de l'Ain": ["conseil departemental de l'ain", "conseil departemental"],
 "Lucas Morand": ["lucas morand", "morand"],
 # e8
 "Anne-Laure Guérin": ["anne-laure guerin", "guerin", "mme guerin"],
 "Pierre-Yves Le Floch": ["pierre-yves le floch", "le floch"],
 "État": ["etat"],
 "Région Pays de la Loire": ["region pays de la loire", "pays de la loire", "region"],
 "Culture en Danger": ["culture en danger"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# e1 — factory closure
f("e1", "Delmotte Emballages", ["ferm"], ["usine"])
f("e1", "Karim Benali", ["delegu"], "CGT", hard=True)                                # apposition
f("e1", "Karim Benali", ["balai"], ["argument"], hard=True)                          # "Un argument que X balaie"
f("e1", "Delmotte Emballages", ["vers"], ["dividende"], mod=["reported"])            # quote
f("e1", "CGT", ["appel"], ["debrayage"], hard=True)                                  # "le syndicat"
f("e1", "Philippe Verhaeghe", ["direct", "dirig"], ["site"], hard=True)              # "le directeur du site, X"
f("e1", "Marc Lefebvre", ["alert"], "Ministère de l'Industrie", hard=True)           # "qu'il avait déjà alerté"

# e2 — building permit dispute
f("e2", "Jean-Claude Dufour", ["accord"], ["permis"], hard=True)                     # "Accordé ... par le maire, X,"
f("e2", "Garonne Habitat", ["port"], ["residence"], hard=True)                       # "portée par"
f("e2", "Vivre aux Pins", ["attaqu"], ["permis"])                                    # passive with par
f("e2", "Hélène Garrigues", ["presid"], "Vivre aux Pins", hard=True)                 # "que préside X"
f("e2", ["projet"], ["defigur"], ["quartier"], mod=["conditional", "reported"])
f("e2", "Jean-Claude Dufour", ["brigu"], ["mandat"], hard=True)                      # "L'élu, qui brigue"
f("e2", "Garonne Habitat", ["suspend"], ["travaux"], hard=True)                      # "Le promoteur, lui,"
f("e2", "Saint-Vivien-sur-Lèze", ["recu", "recev"], ["avis"], mod=["conditional", "reported"], hard=True, opt=True)

# e3 — rugby
f("e3", "US Tarnos-Adour", ["domin", "impos", "battu", "arrach"], "ES Orthe-Gaves")
f("e3", "Mathieu Larrieu", ["ouvreur"], "US Tarnos-Adour", hard=True)                # "leur ouvreur, X"
f("e3", "Mathieu Larrieu", ["inscri"], ["drop"], hard=True)                          # "inscrit par"
f("e3", "US Tarnos-Adour", ["prolong"], "Olivier Etcheverry", hard=True)             # "que le club vient de prolonger"
f("e3", "Julien Darrigade", ["capitaine"], "ES Orthe-Gaves", hard=True)              # "son capitaine, X"
f("e3", "Alain Dupouy", ["president"], "ES Orthe-Gaves", hard=True)                  # "son président, X"
f("e3", "Alain Dupouy", ["recrut", "envisag"], ["demi"], mod=["conditional", "reported"])

# e4 — tribunal correctionnel
f("e4", "Tribunal correctionnel de Grasse", ["condamn"], "Frédéric Almeida")
f("e4", "Frédéric Almeida", ["convain"], ["retraite"], hard=True)                    # "cet ancien conseiller"
f("e4", "Frédéric Almeida", ["promet", "promis"], ["rendement"], hard=True)          # gerund
f("e4", "Yannick Morel", ["associ"], "Frédéric Almeida", hard=True)                  # "Son associé, X"
f("e4", "Sophie Bellanger", ["salu"], ["decision"])
f("e4", "Antoine Rizzo", ["avocat"], "Frédéric Almeida", hard=True)                  # "L'avocat du prévenu, X"
f("e4", "Tribunal correctionnel de Grasse", ["prononc"], ["interdiction"])

# e5 — food producer buys rival
f("e5", "Gwenaëlle Le Bihan", ["dirig"], "Biscuiterie Kerlann", hard=True)           # "dirigée par"
f("e5", "Biscuiterie Kerlann", ["rachat", "rachet", "annonc", "offr"], "Délices de Locronan")
f("e5", ["quemener"], ["fond"], "Délices de Locronan", hard=True)                    # "Fondée par la famille Q., l'entreprise"
f("e5", "Délices de Locronan", ["cherch"], ["repreneur"], hard=True)
f("e5", "Yves Quéméner", ["dirig"], "Délices de Locronan", hard=True)                # "son dirigeant, X"
f("e5", "Gwenaëlle Le Bihan", ["conserv", "promi"], ["marque"], mod=["reported"])
f("e5", "Autorité de la concurrence", ["valid"], ["operation"])                     # passive with par

# e6 — school opening
f("e6", "Région Hauts-de-France", ["financ"], "Lycée Marie-Curie", hard=True)        # "Financé par ..., l'établissement"
f("e6", "Atelier Vandamme", ["concu", "concev"], "Lycée Marie-Curie", hard=True)
f("e6", "Lycée Marie-Curie", ["remplac"], "Lycée Jean-Jaurès", hard=True)
f("e6", "Nadia Ouali", ["provis"], "Lycée Marie-Curie", hard=True)                   # "Sa proviseure, X"
f("e6", "Catherine Delattre", ["inaugur"], "Lycée Marie-Curie", hard=True)           # clitic l'
f("e6", "Catherine Delattre", ["vice-president", "president"], "Région Hauts-de-France")
f("e6", ["parent"], ["deplor"], ["absence"])

# e7 — festival and sponsor
f("e7", "Girardon Logistique", ["renouvel"], ["soutien"], neg=True, mod=["conditional", "reported"], hard=True)
f("e7", "Girardon Logistique", ["partenair"], "Bresse en Scène", hard=True)          # fronted apposition
f("e7", "Laurent Girardon", ["pdg", "dirig"], "Girardon Logistique", hard=True)      # "son PDG, X"
f("e7", "Laurent Girardon", ["justifi"], ["decision"], hard=True)                    # "Une décision que X justifie"
f("e7", "Thierry Collomb", ["president"], ["association"])
f("e7", "Thierry Collomb", ["sollicit"], "Conseil départemental de l'Ain", hard=True) # "Il"
f("e7", "Conseil départemental de l'Ain", ["examin"], ["demande"], hard=True)        # "lequel"
f("e7", "Lucas Morand", ["produi"], ["edition"], mod=["conditional"], opt=True)

# e8 — regional budget
f("e8", ["conseiller"], ["adopt"], ["budget"])
f("e8", "Anne-Laure Guérin", ["present"], ["budget"], hard=True)                     # "Présenté par X, le texte"
f("e8", ["budget"], ["prevo"], ["baisse"], hard=True)                                # "le texte prévoit"
f("e8", "Pierre-Yves Le Floch", ["president"], ["ecologiste"])
f("e8", ["majorite"], ["invoqu"], ["desengagement"])
f("e8", "État", ["redui"], ["dotation"], mod=["conditional", "reported"], hard=True)  # "lequel aurait réduit"
f("e8", "Région Pays de la Loire", ["maint"], ["investissement"], mod=["reported"], hard=True)  # "la collectivité"
f("e8", "Culture en Danger", ["appel"], ["manifestant"], opt=True)

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Delmotte Emballages", "Jean-Claude Dufour", "US Tarnos-Adour", "ES Orthe-Gaves",
                         "Mathieu Larrieu", "Frédéric Almeida", "Gwenaëlle Le Bihan", "Anne-Laure Guérin"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
