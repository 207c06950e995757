# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # g01
 "Claire Vasseur": ["claire vasseur", "vasseur"],
 "Marc Delorme": ["marc delorme", "delorme"],
 "CGT": ["cgt"],
 "Force ouvrière": ["force ouvriere"],
 "Thierry Valladon": ["thierry valladon", "valladon"],
 "Matignon": ["matignon"],
 "France Inter": ["france inter"],
 # g02
 "Laurent Mercadier": ["laurent mercadier", "mercadier"],
 "Les Républicains": ["les republicains"],
 "Hugo Ferrand": ["hugo ferrand", "ferrand"],
 "Bercy": ["bercy"],
 "Cour des comptes": ["cour des comptes"],
 "Assemblée nationale": ["assemblee nationale"],
 # g03
 "Ofast": ["office anti-stupefiants", "ofast"],
 "Karim B.": ["karim b.", "karim b"],
 "Nicolas Berthier": ["nicolas berthier", "berthier"],
 "Marseille": ["marseille"],
 "Maroc": ["maroc"],
 # g04
 "Julien Marchetti": ["julien marchetti", "marchetti"],
 "Léa Dumontier": ["lea dumontier", "dumontier"],
 "Arnaud Gressier": ["arnaud gressier", "gressier"],
 "Nadia Kessous": ["nadia kessous", "kessous"],
 # g05
 "Valmonde": ["valmonde"],
 "Harborline Capital": ["harborline capital", "harborline"],
 "Isabelle Roussel": ["isabelle roussel", "roussel"],
 "CFDT": ["cfdt"],
 "Yannick Le Goff": ["yannick le goff", "le goff"],
 "Vénissieux": ["venissieux"],
 # g06
 "Hélène Castaing": ["helene castaing", "castaing"],
 "Sorbonne Université": ["sorbonne universite"],
 "Nature Microbiology": ["nature microbiology"],
 "Pseudomonas camarguensis": ["pseudomonas camarguensis"],
 "CNRS": ["cnrs"],
 # g07
 "TF1": ["tf1"],
 "Marc-Antoine Delval": ["marc-antoine delval", "delval"],
 "Sandrine Lefèvre-Haas": ["sandrine lefevre-haas", "lefevre-haas"],
 "Élodie Brunet": ["elodie brunet", "brunet"],
 "Le Figaro": ["le figaro", "figaro"],
 "France 2": ["france 2"],
 # g08
 "Olympique de Marseille": ["olympique de marseille", "om"],
 "Thiago Ramos": ["thiago ramos", "ramos", "thiago"],
 "Sporting Portugal": ["sporting portugal", "sporting"],
 "Aston Villa": ["aston villa"],
 "Luis Ferreira": ["luis ferreira", "ferreira"],
 "Antoine Sarrazin": ["antoine sarrazin", "sarrazin"],
 # g09
 "France Nature Environnement": ["france nature environnement", "fne"],
 "Arvelis": ["arvelis"],
 "Julie Arnaud": ["julie arnaud", "arnaud"],
 "Durance": ["durance"],
 # g10
 "Festival de Cannes": ["festival de cannes", "cannes"],
 "Valeria Conti": ["valeria conti", "conti"],
 "Camille Orsini": ["camille orsini", "orsini"],
 "Les Heures claires": ["les heures claires", "heures claires"],
 "Silent River": ["silent river"],
 "Thomas Verhaegen": ["thomas verhaegen", "verhaegen"],
 "La Frontière": ["la frontiere"],
 "Samir Haddad": ["samir haddad", "haddad"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# g01 - réforme de l'assurance chômage
f("g01", "Claire Vasseur", ["ministr"], ["travail"])                         # apposition
f("g01", "Claire Vasseur", ["present"], ["projet"])
f("g01", "Marc Delorme", ["secretair", "dirig"], "CGT")                      # apposition
f("g01", "Force ouvrière", ["sign"], ["accord"], neg=True, mod=["reported"])
f("g01", "Thierry Valladon", ["dirig"], "Force ouvrière", hard=True)         # "son dirigeant"
f("g01", "Claire Vasseur", ["renonc"], ["reforme"], neg=True, hard=True, mod=["conditional", "reported"])
f("g01", "Claire Vasseur", ["recev", "promet"], ["partenaires"], hard=True, opt=True)

# g02 - accusation de l'opposition
f("g02", "Laurent Mercadier", ["president", "dirig"], "Les Républicains")    # apposition
f("g02", "Laurent Mercadier", ["accus"], "Hugo Ferrand")
f("g02", "Hugo Ferrand", ["ministr"], ["compte"])                            # apposition
f("g02", "Bercy", ["dissimul"], ["note"], mod=["conditional", "reported"])
f("g02", "Hugo Ferrand", ["denonc"], ["operation"], hard=True)               # "Visé, M. Ferrand"
f("g02", "Hugo Ferrand", ["connaiss", "eu"], ["document"], neg=True, hard=True, mod=["reported"])
f("g02", ["opposition"], ["sais"], "Cour des comptes", hard=True)            # "saisie par l'opposition"
f("g02", "Les Républicains", ["reclam"], ["commission"], hard=True)          # "le parti de M. Mercadier"

# g03 - opération de police
f("g03", "Ofast", ["men"], ["enquete"], hard=True)                           # "menée par l'Ofast"
f("g03", ["operation"], ["vis"], ["reseau"])
f("g03", "Karim B.", ["tete", "dirig"], ["reseau"], hard=True, mod=["reported"])
f("g03", ["policier"], ["sais"], ["euro"])
f("g03", "Nicolas Berthier", ["ouvr", "ouvert"], ["information"], hard=True)           # relative clause

# g04 - procès d'une célébrité
f("g04", "Julien Marchetti", ["compar"], ["tribunal"])
f("g04", "Julien Marchetti", ["frapp"], "Léa Dumontier", neg=True, hard=True, mod=["reported"])
f("g04", "Julien Marchetti", ["contest"], ["faits"], hard=True)              # "l'interprète de ..."
f("g04", "Julien Marchetti", ["vend"], ["album"], hard=True, opt=True)
f("g04", "Arnaud Gressier", ["avocat", "defen"], "Julien Marchetti", hard=True)   # "Son avocat"
f("g04", "Arnaud Gressier", ["plaid"], ["relaxe"])
f("g04", "Nadia Kessous", ["decri"], ["emprise"])
f("g04", ["parquet"], ["requi"], ["mois"])

# g05 - suppressions d'emplois
f("g05", "Valmonde", ["supprim"], ["poste"])
f("g05", "Harborline Capital", ["rachet"], "Valmonde", hard=True)            # fronted passive participle
f("g05", "Isabelle Roussel", ["direct", "dirig"], "Valmonde", hard=True)     # "sa directrice générale"
f("g05", "Valmonde", ["accus"], ["chute"], hard=True, mod=["reported"])
f("g05", "Isabelle Roussel", ["ecart"], ["delocalisation"], hard=True)       # "Celle-ci"
f("g05", "Yannick Le Goff", ["deleg"], "CFDT", hard=True)                    # "son délégué central"
f("g05", "Harborline Capital", ["organis"], ["depecage"], hard=True, mod=["reported"])   # "l'actionnaire"
f("g05", ["argument"], ["convainc"], "CFDT", neg=True, opt=True)
f("g05", "Valmonde", ["*"], "Vénissieux", opt=True)

# g06 - découverte scientifique
f("g06", ["equipe"], ["isol"], ["bacterie"])
f("g06", ["etude"], ["decri"], ["souche"])
f("g06", "Pseudomonas camarguensis", ["decompos", "parvien"], ["particule"], hard=True)
f("g06", "Hélène Castaing", ["dirig"], ["laboratoire"], hard=True)           # "la chercheuse, qui dirige"
f("g06", "Sorbonne Université", ["depos"], ["brevet"])                       # passive with "par"
f("g06", "Hélène Castaing", ["recycl"], ["dechet"], neg=True, opt=True, hard=True)

# g07 - chaîne de télévision et présentateur
f("g07", "Marc-Antoine Delval", ["quitt"], "TF1")
f("g07", "TF1", ["separ"], "Marc-Antoine Delval", opt=True)                  # headline
f("g07", "Sandrine Lefèvre-Haas", ["pilot", "dirig"], ["direction"], hard=True)   # "pilotée par"
f("g07", ["direction"], ["reproch"], "Marc-Antoine Delval", hard=True, mod=["reported"])
f("g07", "Élodie Brunet", ["present"], ["edition"], hard=True)               # relative clause
f("g07", ["societe", "journalistes"], ["reclam"], ["explication"])

# g08 - transfert
f("g08", "Olympique de Marseille", ["officialis", "offr", "recrut"], "Thiago Ramos")
f("g08", "Thiago Ramos", ["*"], "Sporting Portugal", opt=True)
f("g08", "Aston Villa", ["courtis"], "Thiago Ramos", hard=True, opt=True)
f("g08", "Thiago Ramos", ["chois"], "Olympique de Marseille", hard=True)     # "le Brésilien ... le club phocéen"
f("g08", "Thiago Ramos", ["sign"], ["contrat"], hard=True)                   # "Il"
f("g08", "Antoine Sarrazin", ["president", "dirig"], "Olympique de Marseille", hard=True)  # "président du club"
f("g08", "Sporting Portugal", ["vend", "voul"], "Thiago Ramos", neg=True, hard=True, opt=True)

# g09 - ONG contre une entreprise
f("g09", "France Nature Environnement", ["assign", "attaqu"], "Arvelis")
f("g09", "France Nature Environnement", ["accus"], "Arvelis", hard=True)     # "qu'elle accuse"
f("g09", "Arvelis", ["rejet"], ["effluent"], hard=True, mod=["reported"])
f("g09", "France Nature Environnement", ["reclam"], ["euro"], hard=True)     # "l'ONG"
f("g09", ["direction"], ["contest"], ["accusation"])
f("g09", "Julie Arnaud", ["avocat"], "France Nature Environnement", hard=True)   # "l'avocate de l'association"
f("g09", ["services"], ["demeure", "mis"], "Arvelis", hard=True, opt=True)  # "l'entreprise ... par les services de l'État"

# g10 - festival de cinéma
f("g10", "Valeria Conti", ["presid"], ["jury"], hard=True)                   # "Présidé par"
f("g10", ["jury"], ["decern", "attribu"], ["palme"])
f("g10", "Camille Orsini", ["realis"], "Les Heures claires", hard=True)      # apposition
f("g10", "Les Heures claires", ["suiv", "suit", "racont"], ["famille"], hard=True)   # "le film"
f("g10", ["critique"], ["mis"], "Silent River", opt=True)
f("g10", "Thomas Verhaegen", ["reven", "obten", "recu", "remport"], ["grand prix"], sym=True)
f("g10", "Samir Haddad", ["recu", "recev", "obten"], ["prix"])

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Claire Vasseur", "Hugo Ferrand", "Ofast", "Julien Marchetti",
                         "Olympique de Marseille", "France Nature Environnement",
                         "Marc-Antoine Delval", "Thiago Ramos"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
