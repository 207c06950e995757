# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # j01
 "OCLCIFF": ["office central de lutte contre la corruption et les infractions financieres et fiscales", "oclciff"],
 "Parquet national financier": ["parquet national financier"],
 "Garnier TP": ["garnier tp"],
 "Didier Garnier": ["didier garnier"],
 "Gérard Poulain": ["gerard poulain", "poulain"],
 "Nadia Ferhat": ["nadia ferhat", "ferhat"],
 "Montreval-sur-Vienne": ["montreval-sur-vienne", "montreval"],
 # j02
 "SNES-FSU": ["snes-fsu", "snes"],
 "Élisabeth Corvin": ["elisabeth corvin", "corvin"],
 "Éducation nationale": ["education nationale"],
 "Marion Lefeuvre": ["marion lefeuvre", "lefeuvre"],
 "SGEN-CFDT": ["sgen-cfdt", "sgen"],
 # j03
 "Hélène Marchetti": ["helene marchetti", "marchetti"],
 "Prix Renaudot": ["prix renaudot", "renaudot"],
 "Les Nuits de Saint-Nazaire": ["les nuits de saint-nazaire", "nuits de saint-nazaire"],
 "Éditions du Sillon": ["editions du sillon"],
 "Goncourt": ["jury goncourt", "goncourt"],
 "Paul Kerhervé": ["paul kerherve", "kerherve"],
 # j04
 "Camille Oyono": ["camille oyono", "oyono"],
 "Comédie de l'Estuaire": ["comedie de l'estuaire"],
 "François Leclerc": ["francois leclerc", "leclerc"],
 "Conservatoire national supérieur d'art dramatique": ["conservatoire national superieur d'art dramatique", "conservatoire"],
 "Marées": ["marees"],
 "Saint-Nazaire": ["saint-nazaire"],
 # j05
 "Castres Olympique": ["castres olympique", "castres", "castrais"],
 "Section paloise": ["section paloise", "palois"],
 "Mathis Cazenave": ["mathis cazenave", "cazenave"],
 "Lucas Irigoyen": ["lucas irigoyen", "irigoyen"],
 "Romain Sabatier": ["romain sabatier", "sabatier"],
 "Pierre-Henri Lagarde": ["pierre-henri lagarde", "lagarde"],
 # j06
 "Chloé Dumesnil": ["chloe dumesnil", "dumesnil"],
 "Stéphane Morel": ["stephane morel", "morel"],
 "Fédération française de tennis": ["federation francaise de tennis"],
 "Roland-Garros": ["roland-garros", "roland garros"],
 # j07
 "Musée des Beaux-Arts de Quimper": ["musee des beaux-arts de quimper", "musee de quimper"],
 "Fondation Ar Mor": ["fondation ar mor"],
 "Yves Le Goff": ["yves le goff", "le goff"],
 "Anne-Sophie Trémel": ["anne-sophie tremel", "tremel"],
 "Musée d'Orsay": ["musee d'orsay", "orsay"],
 # j08
 "Centre hospitalier Pierre-Ménard": ["centre hospitalier pierre-menard", "pierre-menard"],
 "SUD Santé": ["sud sante"],
 "CFDT": ["cfdt"],
 "ARS Normandie": ["agence regionale de sante de normandie", "agence regionale de sante", "ars"],
 "Marc Guillou": ["marc guillou", "guillou"],
 # j09
 "Tribunal correctionnel de Bobigny": ["tribunal correctionnel de bobigny", "tribunal correctionnel"],
 "Patrick Hamon": ["patrick hamon", "hamon"],
 "Sarah Bensimon": ["sarah bensimon", "bensimon"],
 "Lionel Achard": ["lionel achard", "achard"],
 # j10
 "Les Embruns": ["les embruns", "embruns"],
 "Nova Lune": ["nova lune"],
 "Kalib": ["kalib"],
 "The Harbour Lights": ["the harbour lights", "harbour lights"],
 "Gwenaëlle Riou": ["gwenaelle riou", "riou"],
 "Victoires de la musique": ["victoires de la musique"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# j01 town hall corruption inquiry
f("j01", "OCLCIFF", ["perquisition"], ["mairie"])
f("j01", "Parquet national financier", ["ouvr", "ouvert"], ["enquete"])
f("j01", "Didier Garnier", ["dirig"], "Garnier TP", hard=True)                    # "Garnier TP, dirigée par Didier Garnier"
f("j01", "Garnier TP", ["remport"], ["appel"], hard=True, mod=["conditional"])    # "Elle aurait remporté"
f("j01", "Gérard Poulain", ["dement"], ["conflit"], hard=True)                    # "l'édile ... dément"
f("j01", "Nadia Ferhat", ["alert"], ["prefecture"])                               # cleft
f("j01", "Didier Garnier", ["beau-frere", "frere"], "Gérard Poulain", hard=True, opt=True)
f("j01", "Gérard Poulain", ["sieg"], ["commission"], neg=True, opt=True, mod=["reported"])
f("j01", "Gérard Poulain", ["maire"], "Montreval-sur-Vienne", hard=True, opt=True)

# j02 teachers' union and minister
f("j02", "SNES-FSU", ["quitt"], ["table"], hard=True)                               # "Le principal syndicat ... a quitté"
f("j02", "SNES-FSU", ["reproch"], "Élisabeth Corvin")
f("j02", "Élisabeth Corvin", ["ministre"], "Éducation nationale", hard=True)       # "la ministre de l'Éducation nationale, Élisabeth Corvin"
f("j02", "Marion Lefeuvre", ["secretaire"], "SNES-FSU", hard=True)                 # "sa secrétaire générale"
f("j02", "SNES-FSU", ["appel"], ["greve"], hard=True)                              # "Le syndicat appelle"
f("j02", "SGEN-CFDT", ["chois", "rest"], ["table"])
f("j02", "SNES-FSU", ["exclu", "boycott"], ["conseil"], neg=True, hard=True, opt=True)
f("j02", "Élisabeth Corvin", ["impos"], ["groupe"], opt=True, mod=["reported"])

# j03 literary prize
f("j03", "Hélène Marchetti", ["recu", "recev", "obten"], "Prix Renaudot")
f("j03", ["jury"], ["design"], "Hélène Marchetti", hard=True)                      # "l'a désignée"
f("j03", "Hélène Marchetti", ["racont"], ["vie"], hard=True)                       # "l'ancienne journaliste"
f("j03", "Goncourt", ["reten"], "Les Nuits de Saint-Nazaire", neg=True, hard=True)  # passive + "Le roman"
f("j03", "Paul Kerhervé", ["annonc"], ["retirage"])
f("j03", "Éditions du Sillon", ["publi", "paru", "edit"], "Les Nuits de Saint-Nazaire", hard=True, opt=True)
f("j03", "Hélène Marchetti", ["ecri"], ["livre"], hard=True, opt=True, mod=["reported"])

# j04 theatre director appointment
f("j04", ["ministre"], ["nomm"], "Camille Oyono")                                   # passive with "par"
f("j04", "Camille Oyono", ["directr", "dirig", "nomm"], "Comédie de l'Estuaire")
f("j04", "Camille Oyono", ["succed"], "François Leclerc", hard=True)               # "elle succédera"
f("j04", "François Leclerc", ["dirig"], "Comédie de l'Estuaire", hard=True)        # "qui dirigeait l'institution"
f("j04", "Camille Oyono", ["connai", "fait"], "Marées", hard=True)                 # "la quadragénaire s'est fait connaître"
f("j04", ["maire"], ["salu"], ["choix"])
f("j04", "Conservatoire national supérieur d'art dramatique", ["form"], "Camille Oyono", hard=True, opt=True)
f("j04", "Comédie de l'Estuaire", ["*"], "Saint-Nazaire", opt=True)

# j05 rugby final
f("j05", "Castres Olympique", ["renvers", "batt"], "Section paloise", hard=True)     # "les Castrais"
f("j05", "Mathis Cazenave", ["ailier"], "Castres Olympique", hard=True)            # "leur ailier"
f("j05", "Lucas Irigoyen", ["ouvreur"], "Section paloise", hard=True)              # "Leur ouvreur" = les Palois
f("j05", "Lucas Irigoyen", ["inscr"], ["point"])
f("j05", "Lucas Irigoyen", ["manqu", "rat"], ["penalite"])
f("j05", "Romain Sabatier", ["capitaine"], "Castres Olympique", hard=True)
f("j05", "Romain Sabatier", ["disput"], ["match"], hard=True, opt=True)
f("j05", "Pierre-Henri Lagarde", ["entraineur"], "Castres Olympique", hard=True, opt=True)

# j06 tennis injury
f("j06", "Chloé Dumesnil", ["annonc"], ["forfait"])
f("j06", "Stéphane Morel", ["entraineur"], "Chloé Dumesnil", hard=True)            # "son entraîneur, Stéphane Morel"
f("j06", "Chloé Dumesnil", ["vis"], ["titre"], hard=True)                          # "qu'elle visait"
f("j06", "Fédération française de tennis", ["regrett"], ["forfait"], mod=["reported"])
f("j06", "Fédération française de tennis", ["souhait"], ["retablissement"])
f("j06", "Chloé Dumesnil", ["pren"], ["risque"], neg=True, hard=True, opt=True, mod=["reported"])
f("j06", "Chloé Dumesnil", ["*"], "Roland-Garros", opt=True)

# j07 museum acquisition
f("j07", "Musée des Beaux-Arts de Quimper", ["achet", "acqu"], ["pastel"], hard=True)  # "L'institution a acheté"
f("j07", "Fondation Ar Mor", ["financ"], ["piece"])                                 # passive with "par"
f("j07", "Yves Le Goff", ["cre"], "Fondation Ar Mor", hard=True)                  # "créée par l'armateur ... Yves Le Goff"
f("j07", "Anne-Sophie Trémel", ["directr", "dirig"], "Musée des Beaux-Arts de Quimper", hard=True)  # "sa directrice"
f("j07", "Anne-Sophie Trémel", ["expos"], ["pastel"])
f("j07", "Musée d'Orsay", ["interess"], ["tableau"], hard=True, mod=["conditional", "reported"])
f("j07", ["etat"], ["complet"], ["montant"], opt=True)

# j08 hospital strike
f("j08", ["infirmier"], ["entam"], ["greve"])
f("j08", "SUD Santé", ["souten", "soutien"], ["greve"], hard=True)                 # "grève ..., soutenue par SUD Santé"
f("j08", "ARS Normandie", ["decid"], ["fermeture"], hard=True)                     # "fermeture ..., décidée par l'ARS"
f("j08", "Marc Guillou", ["directeur", "dirig"], "Centre hospitalier Pierre-Ménard", hard=True)  # "Le directeur de l'hôpital"
f("j08", "Marc Guillou", ["reconn"], ["situation"])
f("j08", "ARS Normandie", ["donn", "suite"], ["demande"], neg=True)
f("j08", "CFDT", ["souten", "soutien"], ["greve"], hard=True, opt=True)
f("j08", ["direction"], ["assign"], ["greviste"], hard=True, opt=True)

# j09 court ruling on a landlord
f("j09", "Tribunal correctionnel de Bobigny", ["condamn"], "Patrick Hamon")
f("j09", "Patrick Hamon", ["lou"], ["logement"], hard=True)                         # "Le propriétaire louait"
f("j09", "Tribunal correctionnel de Bobigny", ["ordonn"], ["confiscation"], hard=True)  # "Le tribunal"
f("j09", "Sarah Bensimon", ["avocat"], ["partie"])
f("j09", "Lionel Achard", ["avocat"], "Patrick Hamon", hard=True)
f("j09", "Patrick Hamon", ["contest"], ["connaissance"], hard=True)                 # "Son client conteste"
f("j09", "Lionel Achard", ["annonc"], ["appel"], opt=True)

# j10 music festival line-up
f("j10", "Les Embruns", ["devoil"], ["programmation"])
f("j10", "Les Embruns", ["accueill"], ["spectateur"])
f("j10", "Nova Lune", ["donn"], ["concert"])
f("j10", "Kalib", ["clotur"], ["soiree"])
f("j10", ["organisateur"], ["convainc"], "The Harbour Lights")
f("j10", "Gwenaëlle Riou", ["programm"], "Les Embruns", hard=True)                 # "programmatrice du festival"
f("j10", ["envolee"], ["justif"], ["hausse"], hard=True, mod=["reported"])         # OVS: "Une hausse que justifient ... l'envolée"
f("j10", "Gwenaëlle Riou", ["relanc"], "The Harbour Lights", hard=True, opt=True, mod=["reported"])

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Gérard Poulain", "SNES-FSU", "Élisabeth Corvin", "Hélène Marchetti",
                         "Camille Oyono", "Castres Olympique", "Chloé Dumesnil", "Patrick Hamon"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
