# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # l01
 "Chateau Larrivet-Beaulieu": ["chateau larrivet-beaulieu", "larrivet-beaulieu", "larrivet beaulieu"],
 "Marc Van den Bossche": ["marc van den bossche", "van den bossche"],
 "Transvia": ["transvia"],
 "Bernard Delmas": ["bernard delmas"],
 "Pascal Ribereau": ["pascal ribereau", "ribereau"],
 # l02
 "Jean-Pierre Castaing": ["jean-pierre castaing", "castaing"],
 "Communaute de communes du Val de Garonne": ["communaute de communes du val de garonne", "val de garonne"],
 "Veronique Labarthe": ["veronique labarthe", "labarthe"],
 "Montbrial-sur-Garonne": ["montbrial-sur-garonne", "montbrial"],
 # l03
 "Iroise Airlines": ["iroise airlines", "iroise"],
 "Yann Le Goff": ["yann le goff", "le goff"],
 "Avalon Leasing": ["avalon leasing", "avalon"],
 "Region Bretagne": ["region bretagne"],
 "Paris": ["paris"],
 "Morlaix": ["morlaix"],
 # l04
 "Thomas Vidal": ["thomas vidal", "vidal"],
 "La Derniere Ecluse": ["la derniere ecluse", "derniere ecluse"],
 "Les Films du Rivage": ["les films du rivage", "films du rivage"],
 "Les Saisons pales": ["les saisons pales", "saisons pales"],
 "Juliette Arnaud": ["juliette arnaud", "arnaud"],
 # l05
 "Tribunal de commerce de Bordeaux": ["tribunal de commerce de bordeaux", "tribunal de commerce"],
 "Page & Plume": ["page & plume", "page et plume", "page plume"],
 "Anne-Sophie Lambert": ["anne-sophie lambert", "lambert"],
 "Mediastore": ["mediastore"],
 # l06
 "Montauban Quercy Basket": ["montauban quercy basket"],
 "Stade Ligerien": ["stade ligerien"],
 "Darnell Hayes": ["darnell hayes", "hayes"],
 "Franck Soubiran": ["franck soubiran", "soubiran"],
 "Michel Carrere": ["michel carrere", "carrere"],
 # l07
 "Cooperative du Val d'Arly": ["cooperative laitiere du val d'arly", "cooperative du val d'arly", "val d'arly"],
 "Region Auvergne-Rhone-Alpes": ["region auvergne-rhone-alpes", "auvergne-rhone-alpes"],
 "Christian Bouvier": ["christian bouvier", "bouvier"],
 "Syndicat de defense du beaufort": ["syndicat de defense du beaufort"],
 # l08
 "Centre hospitalier de Kerbrat": ["centre hospitalier de kerbrat", "kerbrat"],
 "Hopital Sainte-Anne de Plourin": ["hopital sainte-anne de plourin", "hopital sainte-anne", "sainte-anne"],
 "ARS de Bretagne": ["agence regionale de sante de bretagne", "agence regionale de sante", "ars de bretagne"],
 "Isabelle Kervella": ["isabelle kervella", "kervella"],
 "Loic Gueguen": ["loic gueguen", "gueguen"],
 "Sud Sante": ["sud sante"],
 # l09
 "Rives & Scenes": ["rives & scenes", "rives et scenes", "rives scenes"],
 "Samia Belkacem": ["samia belkacem", "belkacem"],
 "Pierre-Alain Dubreuil": ["pierre-alain dubreuil", "dubreuil"],
 "Theatre national de Strasbourg": ["theatre national de strasbourg"],
 # l10
 "Banque Lacaze": ["banque lacaze"],
 "Jacques Lacaze": ["jacques lacaze", "m. lacaze"],
 "Herve Montagne": ["herve montagne", "montagne"],
 "Societe Generale": ["societe generale"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# l01 - domaine viticole vendu
f("l01", "Marc Van den Bossche", ["rachet", "rachat"], "Chateau Larrivet-Beaulieu")   # passive "a ete rachete par"
f("l01", "Marc Van den Bossche", ["fond"], "Transvia")                                # apposition "fondateur du groupe"
f("l01", ["professionnel"], ["evalu"], ["montant"], opt=True, hard=True)             # clitic "l'evaluent"
f("l01", "Bernard Delmas", ["laiss"], ["domaine"], neg=True, hard=True)              # "je" in a quote
f("l01", "Marc Van den Bossche", ["conserv"], ["equipe"], hard=True)                 # "Le nouvel acquereur"
f("l01", "Marc Van den Bossche", ["confi"], ["vinification"], hard=True)
f("l01", "Marc Van den Bossche", ["confi"], "Pascal Ribereau", opt=True, hard=True)

# l02 - demission d'un maire
f("l02", "Jean-Pierre Castaing", ["annonc"], ["demission"])
f("l02", "Jean-Pierre Castaing", ["invoqu"], ["raison"], hard=True)                  # "L'elu divers droite"
f("l02", "Communaute de communes du Val de Garonne", ["souten"], ["projet"], hard=True)  # fronted participle
f("l02", "Veronique Labarthe", ["adjoint"], "Jean-Pierre Castaing", hard=True)       # "Sa premiere adjointe"
f("l02", "Veronique Labarthe", ["assur"], ["interim"])
f("l02", "Veronique Labarthe", ["exclu"], ["candidat"], neg=True, hard=True)         # "elle n'a pas exclu de se porter candidate"
f("l02", "Jean-Pierre Castaing", ["maire", "tete"], "Montbrial-sur-Garonne", opt=True, hard=True)
f("l02", ["projet"], ["prevo"], ["installation"], opt=True)

# l03 - compagnie aerienne regionale
f("l03", "Iroise Airlines", ["lanc"], ["liaison"])
f("l03", "Yann Le Goff", ["direct"], "Iroise Airlines", hard=True)                  # "son directeur general, Yann Le Goff"
f("l03", ["atr"], ["assur"], ["vol"])                                               # passive with "par"
f("l03", "Region Bretagne", ["recapitalis"], "Iroise Airlines", hard=True)          # "le transporteur ... recapitalise par"
f("l03", "Region Bretagne", ["detien", "deten"], ["capital"], hard=True)              # relative clause
f("l03", "Iroise Airlines", ["desserv", "envisag"], "Paris", neg=True, opt=True)
f("l03", "Iroise Airlines", ["base"], "Morlaix", opt=True)
f("l03", ["entreprise"], ["reclam"], ["ligne"], opt=True)

# l04 - tournage de film
f("l04", "Thomas Vidal", ["tourn"], "La Derniere Ecluse")
f("l04", "Les Films du Rivage", ["produi"], "La Derniere Ecluse", hard=True)         # "une chronique familiale produite par"
f("l04", "Les Saisons pales", ["revel"], "Juliette Arnaud", hard=True)             # fronted participle
f("l04", "Juliette Arnaud", ["incarn"], ["batelier"])
f("l04", ["mairie"], ["accord"], ["aide"])
f("l04", "Thomas Vidal", ["realis"], "La Derniere Ecluse", opt=True)
f("l04", ["figurant"], ["recrut"], ["habitant"], opt=True)

# l05 - chaine de librairies en difficulte
f("l05", "Tribunal de commerce de Bordeaux", ["plac"], "Page & Plume")
f("l05", "Page & Plume", ["exploit"], ["librairie"], hard=True)                     # relative clause
f("l05", "Page & Plume", ["emploi"], ["salarie"], opt=True, hard=True)
f("l05", "Page & Plume", ["accus", "perd"], ["perte"], hard=True)                   # "l'enseigne"
f("l05", "Anne-Sophie Lambert", ["president"], "Page & Plume", hard=True)           # "Sa presidente"
f("l05", "Anne-Sophie Lambert", ["cach"], ["inquietude"], neg=True)
f("l05", "Mediastore", ["interess", "montr"], ["magasin"], mod=["conditional", "reported"])

# l06 - promotion d'un club de basket
f("l06", "Montauban Quercy Basket", ["valid"], ["accession"])
f("l06", "Montauban Quercy Basket", ["impos", "battu", "bat"], "Stade Ligerien", hard=True)  # gerund
f("l06", "Darnell Hayes", ["port"], "Montauban Quercy Basket", hard=True)          # fronted participle
f("l06", "Darnell Hayes", ["meneur", "joue"], "Montauban Quercy Basket", opt=True, hard=True)
f("l06", "Franck Soubiran", ["entraine"], "Montauban Quercy Basket", opt=True, hard=True)
f("l06", "Michel Carrere", ["president"], "Montauban Quercy Basket", hard=True)
f("l06", "Michel Carrere", ["recrut"], ["joueur"], mod=["conditional"])
f("l06", "Michel Carrere", ["port", "esper"], ["budget"])
f("l06", ["mairie"], ["promi", "promet"], ["rallonge"])

# l07 - cooperative fromagere
f("l07", "Cooperative du Val d'Arly", ["agrandi"], ["fromagerie"])
f("l07", "Region Auvergne-Rhone-Alpes", ["financ"], ["travaux"], hard=True)        # "Les travaux, finances par"
f("l07", ["societaire"], ["approuv"], ["projet"])
f("l07", "Christian Bouvier", ["president"], "Cooperative du Val d'Arly", hard=True)  # "son president"
f("l07", "Syndicat de defense du beaufort", ["salu"], ["projet"])
f("l07", "Christian Bouvier", ["augment", "voul"], ["volume"], neg=True, opt=True, hard=True)
f("l07", ["cave"], ["accueill"], ["meule"], opt=True)

# l08 - fusion hospitaliere
f("l08", "ARS de Bretagne", ["valid"], ["fusion"])
f("l08", "Isabelle Kervella", ["dirig"], ["ensemble"], hard=True)                   # passive "sera dirige par"
f("l08", "Isabelle Kervella", ["direct"], "Centre hospitalier de Kerbrat")
f("l08", "Loic Gueguen", ["secretair"], "Sud Sante")
f("l08", ["direction"], ["repond", "souhait"], ["critique"], neg=True)
f("l08", "Centre hospitalier de Kerbrat", ["*"], "Hopital Sainte-Anne de Plourin", opt=True, sym=True)

# l09 - directrice artistique de festival
f("l09", ["conseil"], ["nomm"], "Samia Belkacem")
f("l09", "Samia Belkacem", ["succed"], "Pierre-Alain Dubreuil")
f("l09", "Pierre-Alain Dubreuil", ["fond"], "Rives & Scenes", hard=True)            # "qui avait fonde l'evenement"
f("l09", "Samia Belkacem", ["ouvr"], ["programmation"], hard=True)                  # "l'artiste entend ouvrir"
f("l09", "Pierre-Alain Dubreuil", ["cach"], ["amertume"], neg=True, hard=True)      # "Son predecesseur"
f("l09", "Samia Belkacem", ["direct"], "Rives & Scenes", opt=True, hard=True)
f("l09", "Samia Belkacem", ["*"], "Theatre national de Strasbourg", opt=True, hard=True)
f("l09", ["ville"], ["financ"], ["budget"], opt=True)

# l10 - nouveau president de banque
f("l10", "Jacques Lacaze", ["ced"], ["presidence"])
f("l10", "Herve Montagne", ["direct"], "Societe Generale")                          # apposition "ancien directeur general adjoint"
f("l10", ["conseil"], ["chois"], "Herve Montagne", hard=True)                       # fronted participle
f("l10", "Herve Montagne", ["acceler"], ["transformation"], hard=True)              # "le nouveau president devra"
f("l10", "Banque Lacaze", ["gere"], ["encours"], hard=True)                          # "une banque qui gere"
f("l10", ["famille"], ["ouvr", "souhait"], ["capital"], neg=True)
f("l10", "Banque Lacaze", ["rachet"], ["societe"], hard=True, mod=["conditional", "reported"])  # "l'etablissement pourrait"
f("l10", "Herve Montagne", ["succed"], "Jacques Lacaze", opt=True)
f("l10", "Jacques Lacaze", ["ced"], "Herve Montagne", opt=True)

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Marc Van den Bossche", "Jean-Pierre Castaing", "Iroise Airlines",
                         "Page & Plume", "Montauban Quercy Basket", "Centre hospitalier de Kerbrat",
                         "Pierre-Alain Dubreuil", "Banque Lacaze"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
