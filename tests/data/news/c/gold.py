# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # c01
 "Air Lorvenne": ["air lorvenne"],
 "Claire Fontanel": ["claire fontanel", "fontanel"],
 "Jacques Bréval": ["jacques breval", "breval"],
 "SNPL": ["snpl", "syndicat national des pilotes de ligne"],
 # c02
 "Autorité de la concurrence": ["autorite de la concurrence"],
 "Télinéo": ["telineo"],
 "Ondaphone": ["ondaphone"],
 "Marc Delaunay": ["marc delaunay", "delaunay"],
 "Sophie Arnoult": ["sophie arnoult", "arnoult"],
 "UFC-Que Choisir": ["ufc-que choisir", "ufc que choisir", "ufc"],
 # c03
 "Lucien Marchetti": ["lucien marchetti", "marchetti"],
 "Hélène Cassagne": ["helene cassagne", "cassagne"],
 "Antoine Lesage": ["antoine lesage", "lesage", "me antoine lesage"],
 "Dijon": ["dijon"],
 # c04
 "Nadine Rouquette": ["nadine rouquette", "rouquette"],
 "Montreval": ["montreval"],
 "Karim Benali": ["karim benali", "benali"],
 "Olivier Varenne": ["olivier varenne", "varenne"],
 "Les Républicains": ["les republicains", "republicains", "lr"],
 "Ifop": ["ifop"],
 # c05
 "Lucie Maréchal": ["lucie marechal", "marechal"],
 "Jessica Holloway": ["jessica holloway", "holloway"],
 "Thierry Vasseur": ["thierry vasseur", "vasseur"],
 "Petra Novakova": ["petra novakova", "novakova"],
 "Elena Dumitru": ["elena dumitru", "dumitru"],
 # c06
 "Musée des Beaux-Arts de Rouvray": ["musee des beaux-arts de rouvray", "musee des beaux-arts"],
 "Bérénice Lacombe": ["berenice lacombe", "lacombe"],
 "Musée d'Orsay": ["musee d'orsay", "orsay"],
 "Walter Imhof": ["walter imhof", "imhof"],
 "Fabrice Ollivier": ["fabrice ollivier", "ollivier"],
 "Madeleine Ardoin": ["madeleine ardoin", "ardoin"],
 "Paul Jaubert": ["paul jaubert", "jaubert"],
 # c07
 "ANSM": ["ansm", "agence nationale de securite du medicament"],
 "Dolvéryl": ["dolveryl"],
 "Laboratoires Vernier": ["laboratoires vernier", "vernier"],
 "Catherine Morand": ["catherine morand", "morand"],
 "Genoval": ["genoval"],
 # c08
 "ACPR": ["acpr", "autorite de controle prudentiel et de resolution"],
 "Banque de France": ["banque de france"],
 "Banque Ravel": ["banque ravel", "ravel"],
 "Étienne Marsac": ["etienne marsac", "marsac"],
 # c09
 "Justice Ouverte": ["justice ouverte"],
 "Mathilde Guérin": ["mathilde guerin", "guerin"],
 "Conseil d'État": ["conseil d'etat"],
 "Bernard Lemoine": ["bernard lemoine", "lemoine"],
 "France Info": ["france info", "franceinfo"],
 # c10
 "Jean-Baptiste Cazals": ["jean-baptiste cazals", "cazals"],
 "CAO": ["cao", "coordination agricole d'occitanie"],
 "Berthelot": ["berthelot"],
 "Laurent Delpech": ["laurent delpech", "delpech"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# c01 - aviation
f("c01", "Air Lorvenne", ["nomm"], "Claire Fontanel")
f("c01", "Claire Fontanel", ["succed", "rempla"], "Jacques Bréval")          # "Arrivée en 2015 ..., Mme Fontanel succède à"
f("c01", "Jacques Bréval", ["annonc"], ["depart"], hard=True)                # relative "qui avait annoncé"
f("c01", "Claire Fontanel", ["confirm"], ["commande"], hard=True)            # "La nouvelle dirigeante"
f("c01", "Air Lorvenne", ["ferm"], ["base"], hard=True, mod=["conditional", "reported"])  # "Selon le SNPL, la compagnie devrait fermer"
f("c01", "Claire Fontanel", ["dirig"], ["filiale"], opt=True, hard=True)     # "où elle dirigeait la filiale cargo"
f("c01", "Claire Fontanel", ["president", "pdg", "dirig"], "Air Lorvenne", opt=True, hard=True)
f("c01", "SNPL", ["*"], "Air Lorvenne", opt=True)

# c02 - telecom merger
f("c02", "Autorité de la concurrence", ["autoris"], ["rapprochement"])
f("c02", "Marc Delaunay", ["negoci"], ["operation"])                          # passive "négociée par"
f("c02", "Sophie Arnoult", ["negoci"], ["operation"], hard=True)             # coordinated agent
f("c02", "Marc Delaunay", ["pdg", "dirig"], "Télinéo", hard=True)            # "Marc Delaunay, le PDG de Télinéo"
f("c02", "Sophie Arnoult", ["directr", "dirig"], "Ondaphone", hard=True)     # "Sophie Arnoult, directrice générale d'Ondaphone"
f("c02", "UFC-Que Choisir", ["crain"], ["hausse"])
f("c02", "Marc Delaunay", ["supprim"], ["emploi"], neg=True, hard=True, mod=["conditional", "reported"])  # "a assuré qu'il ne supprimerait aucun emploi"
f("c02", "Ondaphone", ["conserv"], ["marque"], neg=True)
f("c02", "Marc Delaunay", ["pren", "pris"], ["presidence"], opt=True, hard=True)

# c03 - police investigation
f("c03", ["gendarme"], ["interpell"], ["homme"])                             # passive "interpellé par les gendarmes"
f("c03", ["suspect"], ["menac", "reconn"], "Lucien Marchetti", hard=True, mod=["conditional", "reported"])  # "aurait reconnu avoir menacé la victime"
f("c03", "Hélène Cassagne", ["ouvr", "ouvert"], ["information"], hard=True)  # "La procureure ..., Hélène Cassagne, a ouvert"
f("c03", "Hélène Cassagne", ["exclu"], ["interpellation"], neg=True, hard=True)  # "Elle n'exclut pas"
f("c03", "Antoine Lesage", ["defend"], ["famille"])                          # passive "défendue par"
f("c03", "Hélène Cassagne", ["procureu"], "Dijon", opt=True, hard=True)
f("c03", ["famille"], ["constitu"], ["partie civile"], opt=True, hard=True)

# c04 - municipal campaign
f("c04", "Nadine Rouquette", ["brigu"], ["mandat"], neg=True, hard=True, mod=["conditional", "reported"])
f("c04", "Nadine Rouquette", ["soutien", "soutenu", "apport"], "Karim Benali", hard=True)  # "l'ancienne enseignante a apporté son soutien à"
f("c04", "Karim Benali", ["lanc"], ["campagne"], hard=True)                 # relative "qui a lancé"
f("c04", "Les Républicains", ["invest"], "Olivier Varenne", hard=True)       # "investi par Les Républicains"
f("c04", "Olivier Varenne", ["devanc"], "Karim Benali", hard=True, mod=["conditional", "reported"])  # "son rival"
f("c04", "Olivier Varenne", ["promet", "remett"], ["ordre"])
f("c04", "Nadine Rouquette", ["maire"], "Montreval", opt=True, hard=True)
f("c04", "Karim Benali", ["adjoint"], "Nadine Rouquette", opt=True, hard=True)
f("c04", "Ifop", ["publi", "sond"], ["sondage"], opt=True)

# c05 - tennis
f("c05", "Lucie Maréchal", ["qualifi"], ["quart"])
f("c05", "Lucie Maréchal", ["batt", "battu"], "Jessica Holloway", hard=True)     # gerund "en battant"
f("c05", "Thierry Vasseur", ["entrain"], "Lucie Maréchal", hard=True)           # "la joueuse ..., entraînée par"
f("c05", "Lucie Maréchal", ["affront"], "Petra Novakova", hard=True)            # "Elle affrontera"
f("c05", "Petra Novakova", ["elimin"], "Elena Dumitru", hard=True)              # relative "qui a éliminé"
f("c05", "Lucie Maréchal", ["depass"], ["tour"], neg=True, hard=True)           # "qui n'avait encore jamais dépassé"
f("c05", "Lucie Maréchal", ["lach"], ["prise"], neg=True, opt=True, hard=True)

# c06 - museum exhibition
f("c06", "Musée des Beaux-Arts de Rouvray", ["present"], ["retrospective"])
f("c06", "Bérénice Lacombe", ["reun", "rassembl"], ["toile"])                   # passive "réunis par"
f("c06", "Musée d'Orsay", ["pret"], ["tableau"])                                # passive "prêtés par"
f("c06", "Walter Imhof", ["pret"], ["tableau"], hard=True)                      # coordinated agent
f("c06", "Fabrice Ollivier", ["directeur", "dirig"], "Musée des Beaux-Arts de Rouvray", hard=True)  # "le directeur du musée, Fabrice Ollivier"
f("c06", ["exposition"], ["attir"], ["visiteur"], mod=["conditional", "reported"])  # "Selon ..., l'exposition pourrait attirer"
f("c06", "Paul Jaubert", ["redecouv", "decouv"], "Madeleine Ardoin", hard=True)  # "l'artiste avait été redécouverte par"
f("c06", ["retrospective"], ["consacr"], "Madeleine Ardoin", opt=True, hard=True)
f("c06", "Musée d'Orsay", ["pret"], ["toile"], opt=True, hard=True)            # photo caption

# c07 - pharmaceutical recall
f("c07", "ANSM", ["ordonn"], ["rappel"])
f("c07", "Laboratoires Vernier", ["commercialis"], "Dolvéryl", hard=True)       # "Dolvéryl, un antidouleur commercialisé par"
f("c07", "Laboratoires Vernier", ["reconn"], ["defaut"], hard=True)             # "Le groupe pharmaceutique lyonnais"
f("c07", "Catherine Morand", ["directr", "dirig"], "ANSM", hard=True)           # "sa directrice, Catherine Morand"
f("c07", "Laboratoires Vernier", ["rachet", "acqu"], "Genoval", hard=True)      # "qui vient de racheter"
f("c07", "Laboratoires Vernier", ["publi"], ["resultat"], mod=["conditional"])  # "devrait publier"
f("c07", ["patient"], ["interromp"], ["traitement"], neg=True, opt=True, mod=["reported"])

# c08 - bank fined
f("c08", "ACPR", ["inflig"], ["amende"])
f("c08", "ACPR", ["inflig", "sanction"], "Banque Ravel")
f("c08", "Banque Ravel", ["control"], ["virement"], neg=True, hard=True, mod=["reported"])  # "Selon la décision, l'établissement n'avait pas contrôlé"
f("c08", "Étienne Marsac", ["directeur", "dirig"], "Banque Ravel", hard=True)   # "Son directeur général, Étienne Marsac"
f("c08", "Banque Ravel", ["contest"], ["sanction"], neg=True, hard=True, mod=["conditional", "reported"])  # "a indiqué que la banque ne contesterait pas"
f("c08", "ACPR", ["adoss"], "Banque de France", opt=True, hard=True)
f("c08", "Étienne Marsac", ["tir"], ["lecon"], opt=True, hard=True, mod=["reported"])

# c09 - NGO report
f("c09", "Justice Ouverte", ["accus"], ["gouvernement"])
f("c09", "Mathilde Guérin", ["dirig"], ["equipe"], hard=True)                   # participle "dirigée par"
f("c09", "Justice Ouverte", ["reclam"], ["moratoire"], hard=True)               # "L'ONG"
f("c09", "Justice Ouverte", ["saisi"], "Conseil d'État", hard=True)             # relative "qui avait déjà saisi"
f("c09", "Bernard Lemoine", ["contest"], ["chiffre"], hard=True)                # "le ministre de la Justice, Bernard Lemoine"
f("c09", ["gouvernement"], ["pris", "prendr"], ["mesure"], neg=True, opt=True, hard=True, mod=["reported"])
f("c09", "France Info", ["interrog"], "Bernard Lemoine", opt=True, hard=True)
f("c09", "Justice Ouverte", ["publi"], ["rapport"], opt=True, hard=True)
f("c09", ["document"], ["recens"], ["etablissement"], opt=True, hard=True)

# c10 - agricultural protest
f("c10", ["agriculteur"], ["bloqu"], ["a62"])
f("c10", "Jean-Baptiste Cazals", ["president"], "CAO", hard=True)              # apposition
f("c10", "Jean-Baptiste Cazals", ["emmen", "condui"], ["manifestant"], hard=True)  # "Emmenés par Jean-Baptiste Cazals, les manifestants"
f("c10", ["manifestant"], ["reclam"], ["suspension"])
f("c10", ["eleveur"], ["accus"], "Berthelot")
f("c10", "Laurent Delpech", ["recu", "recev"], ["delegation"], hard=True)      # "Le préfet ..., Laurent Delpech, a reçu"
f("c10", "Laurent Delpech", ["parven"], ["accord"], neg=True, opt=True, hard=True)  # "sans parvenir à un accord"
f("c10", "Berthelot", ["impos"], ["prix"], opt=True, hard=True, mod=["reported"])

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Claire Fontanel", "Marc Delaunay", "Olivier Varenne", "Lucie Maréchal",
                         "Laboratoires Vernier", "ANSM", "Banque Ravel", "Jean-Baptiste Cazals"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
