# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # a1
 "Valbrune": ["valbrune", "groupe valbrune"],
 "Laiteries Morvandelles": ["laiteries morvandelles", "morvandelles"],
 "Gérard Lemoine": ["gerard lemoine", "lemoine"],
 "Hélène Marchais": ["helene marchais", "marchais"],
 "Cordalis": ["cordalis"],
 # a2
 "Claire Vasseur": ["claire vasseur", "vasseur", "mme vasseur"],
 "Assemblée nationale": ["assemblee nationale"],
 "Bertrand Olivier": ["bertrand olivier", "olivier"],
 "Élysée": ["elysee", "l'elysee"],
 "Le Parisien": ["le parisien", "parisien"],
 # a3
 "Commission européenne": ["commission europeenne", "commission", "bruxelles", "executif europeen"],
 "Nordvik": ["nordvik"],
 "Ingrid Halvorsen": ["ingrid halvorsen", "halvorsen"],
 "Cour de justice de l'Union européenne": ["cour de justice de l'union europeenne", "cour de justice", "cjue"],
 "Parlement européen": ["parlement europeen"],
 # a4
 "Olympique de Valmont": ["olympique de valmont", "valmont"],
 "Kévin Adjovi": ["kevin adjovi", "adjovi", "kevin"],
 "Laurent Ferrand": ["laurent ferrand", "ferrand"],
 "Yanis Berrada": ["yanis berrada", "berrada"],
 "Real Betis": ["real betis", "betis"],
 # a5
 "Sophie Renaudin": ["sophie renaudin", "renaudin"],
 "Prix Delmas-Varenne": ["prix delmas-varenne", "delmas-varenne", "prix delmas varenne", "delmas varenne"],
 "La Maison des sables": ["la maison des sables", "maison des sables"],
 "Éditions Lacombe": ["editions lacombe", "lacombe"],
 "Paul Desforges": ["paul desforges", "desforges"],
 # a6
 "Marc Delaunay": ["marc delaunay", "delaunay", "m. delaunay"],
 "Bâtiplus": ["batiplus"],
 "Arnaud Vidal": ["arnaud vidal", "vidal"],
 "Julie Caron": ["julie caron", "caron", "me julie caron"],
 "Parquet national financier": ["parquet national financier", "pnf"],
 # a7
 "Hélioptik": ["helioptik"],
 "Lucie Fabre": ["lucie fabre", "fabre", "mme fabre"],
 "Thomas Nguyen": ["thomas nguyen", "nguyen"],
 # a8
 "Nathalie Costes": ["nathalie costes", "costes", "mme costes"],
 "Villebrune": ["villebrune"],
 "Région Occitanie": ["region occitanie", "occitanie"],
 "État": ["etat", "l'etat"],
 "Henri Maréchal": ["henri marechal", "marechal"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# a1 - business: acquisition + lawsuit
f("a1", "Valbrune", ["rachat", "rachet"], "Laiteries Morvandelles")
f("a1", "Gérard Lemoine", ["fond"], "Laiteries Morvandelles", hard=True)      # "Fondée par X, la société bourguignonne"
f("a1", "Laiteries Morvandelles", ["fabriqu", "produi"], ["fromage"], hard=True)
f("a1", "Hélène Marchais", ["direct", "dirig"], "Valbrune")                   # apposition
f("a1", "Valbrune", ["precis"], ["sort"], neg=True, hard=True)                 # "Le groupe n'a pas précisé"
f("a1", "Cordalis", ["poursui"], "Valbrune")                                   # passive with "par"
f("a1", "Cordalis", ["accus"], "Valbrune", hard=True)                          # "qui l'accuse"
f("a1", "Cordalis", ["reclam"], ["dommage"], mod=["conditional", "reported"])

# a2 - national politics
f("a2", "Claire Vasseur", ["defend"], ["reforme"])
f("a2", "Assemblée nationale", ["adopt"], ["texte"], hard=True)                # relative + passive
f("a2", "Bertrand Olivier", ["men"], ["senateur"], hard=True)                  # "menés par"
f("a2", ["senateur"], ["depos"], ["motion"])
f("a2", "Claire Vasseur", ["envisag", "retir"], ["reforme"], neg=True, hard=True)   # "Elle n'a jamais envisagé"
f("a2", "Élysée", ["demand"], ["gouvernement"], mod=["conditional", "reported"])
f("a2", "Le Parisien", ["*"], "Élysée", opt=True)

# a3 - European institutions
f("a3", "Commission européenne", ["inflig"], ["amende"])
f("a3", "Nordvik", ["favoris"], ["service"], hard=True, mod=["conditional", "reported"])   # "l'entreprise aurait favorisé"
f("a3", "Ingrid Halvorsen", ["annonc"], ["sanction"])                          # passive with "par"
f("a3", "Ingrid Halvorsen", ["denonc"], ["pratique"], hard=True)               # relative after apposition
f("a3", "Nordvik", ["contest"], ["decision"])
f("a3", "Nordvik", ["saisi"], "Cour de justice de l'Union européenne")         # "a décidé de saisir"
f("a3", "Parlement européen", ["reclam"], ["enquete"])

# a4 - sports: transfer
f("a4", "Olympique de Valmont", ["recrut", "officialis"], "Kévin Adjovi", hard=True)
f("a4", "Kévin Adjovi", ["sign"], ["contrat"], hard=True)                      # "le joueur"
f("a4", "Laurent Ferrand", ["entraineur"], "Olympique de Valmont", hard=True)  # "l'entraîneur valmontais"
f("a4", "Laurent Ferrand", ["reclam"], ["avant"], hard=True)                   # "qui réclamait un avant-centre"
f("a4", "Olympique de Valmont", ["reten", "reuss"], "Yanis Berrada", neg=True)
f("a4", "Yanis Berrada", ["rejoin"], "Real Betis", hard=True)
f("a4", "Real Betis", ["debours"], ["million"], hard=True, mod=["conditional", "reported"])  # "le club andalou aurait déboursé"

# a5 - culture: literary prize
f("a5", "Sophie Renaudin", ["remport"], "Prix Delmas-Varenne")
f("a5", "La Maison des sables", ["retrac"], ["exil"], hard=True)               # apposition + relative
f("a5", "Éditions Lacombe", ["publi"], "La Maison des sables", hard=True)      # "Publié par ..., le livre"
f("a5", "Paul Desforges", ["presid"], ["jury"], hard=True)                     # "présidé par"
f("a5", ["jury"], ["prefer"], "La Maison des sables", hard=True)               # "l'a préféré"
f("a5", "Sophie Renaudin", ["dedi"], ["recompense"])
f("a5", "Sophie Renaudin", ["recev"], ["cheque"], hard=True)                   # "La lauréate"

# a6 - justice
f("a6", "Marc Delaunay", ["pdg", "dirig", "patron"], "Bâtiplus")
f("a6", "Marc Delaunay", ["vers"], ["pot"], hard=True, mod=["conditional", "reported"])   # "L'homme d'affaires est soupçonné d'avoir versé"
f("a6", "Arnaud Vidal", ["examen"], "Marc Delaunay", hard=True)                # "Mis en examen par ..., il"
f("a6", "Marc Delaunay", ["contest"], ["fait"], hard=True)
f("a6", "Bâtiplus", ["vers"], ["million"], mod=["conditional", "reported"])
f("a6", "Julie Caron", ["avocat"], "Marc Delaunay", hard=True)                 # "Son avocate"
f("a6", "Marc Delaunay", ["rencontr"], ["elu"], neg=True, hard=True, mod=["reported"])   # "son client n'a jamais rencontré"
f("a6", "Parquet national financier", ["men"], ["enquete"], hard=True)

# a7 - science/tech: start-up, product launch
f("a7", "Lucie Fabre", ["fond"], "Hélioptik", hard=True)
f("a7", "Thomas Nguyen", ["fond"], "Hélioptik", hard=True)
f("a7", "Hélioptik", ["lanc", "annonc"], ["capteur"])
f("a7", "Hélioptik", ["lev"], ["million"], hard=True)                         # "La jeune pousse"
f("a7", "Lucie Fabre", ["president", "presid"], "Hélioptik", hard=True)       # "sa présidente, Lucie Fabre"
f("a7", "Hélioptik", ["recrut"], ["ingenieur"], hard=True)                    # "L'entreprise compte recruter"
f("a7", "Lucie Fabre", ["devoil"], ["prix"], neg=True)
f("a7", "Hélioptik", ["ouvr"], ["site"], opt=True, hard=True)                 # gerund

# a8 - local news
f("a8", "Nathalie Costes", ["maire"], "Villebrune")
f("a8", "Nathalie Costes", ["present"], ["trace"])
f("a8", ["tramway"], ["reli"], ["gare"], hard=True)
f("a8", "Région Occitanie", ["financ"], ["projet"])
f("a8", "État", ["financ"], ["projet"])
f("a8", "Nathalie Costes", ["promi", "promet"], ["tramway"], hard=True)       # "L'élue, qui avait promis"
f("a8", "Henri Maréchal", ["condui"], ["opposition"], hard=True)              # "conduite par"
f("a8", ["opposition"], ["denonc"], ["chantier"])
f("a8", ["commercant"], ["saisi"], ["tribunal"], hard=True, mod=["conditional", "reported"])

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Olympique de Valmont", "Kévin Adjovi", "Sophie Renaudin", "Commission européenne",
                         "Marc Delaunay", "Claire Vasseur", "Lucie Fabre", "Nathalie Costes"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
