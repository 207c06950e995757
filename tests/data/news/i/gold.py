# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # i01
 "Delmare": ["delmare"],
 "Claire Montagnac": ["claire montagnac", "montagnac"],
 "Oddo BHF": ["oddo bhf", "oddo"],
 # i02
 "Automobiles Dorval": ["automobiles dorval", "dorval"],
 "Thierry Lambesc": ["thierry lambesc", "lambesc"],
 "Région Grand Est": ["region grand est", "grand est"],
 "Bpifrance": ["bpifrance"],
 "Voltaïs": ["voltais"],
 "Dunkerque": ["dunkerque"],
 # i03
 "Castellane": ["castellane"],
 "Valmont Luxe": ["valmont luxe", "valmont"],
 "Béatrice Aubineau": ["beatrice aubineau", "aubineau"],
 "Lorenzo Ferri": ["lorenzo ferri", "ferri"],
 "Orsini": ["orsini"],
 # i04
 "ACPR": ["autorite de controle prudentiel et de resolution", "acpr"],
 "Banque Rhodanienne de Crédit": ["banque rhodanienne de credit", "banque rhodanienne"],
 "Henri Vasseur": ["henri vasseur", "vasseur"],
 "Tracfin": ["tracfin"],
 # i05
 "Tribunal de commerce de Bordeaux": ["tribunal de commerce de bordeaux", "tribunal de commerce"],
 "Tribu Bikes": ["tribu bikes"],
 "Maxime Roussel": ["maxime roussel", "roussel"],
 "Inès Benali": ["ines benali", "benali"],
 "Galion Ventures": ["galion ventures", "galion"],
 # i06
 "Navalis": ["navalis"],
 "Nordhavn Lines": ["nordhavn lines", "nordhavn"],
 "Commission européenne": ["commission europeenne"],
 "Olivier Santoni": ["olivier santoni", "santoni"],
 "Kastell Partners": ["kastell partners", "kastell"],
 "Hapag-Lloyd": ["hapag-lloyd", "hapag lloyd", "hapag"],
 # i07
 "Terres du Bocage": ["terres du bocage"],
 "Jean-Yves Lebreton": ["jean-yves lebreton", "lebreton"],
 "Fromageries Mercier": ["fromageries mercier", "mercier"],
 "Château-Gontier": ["chateau-gontier"],
 # i08
 "Tribunal judiciaire de Paris": ["tribunal judiciaire de paris", "tribunal judiciaire"],
 "Medigen": ["medigen"],
 "Suraj Pharma": ["suraj pharma", "suraj"],
 "Antoine Delcourt": ["antoine delcourt", "delcourt"],
 "Laboratoires Bressane": ["laboratoires bressane", "bressane"],
 "Cardivex": ["cardivex"],
 # i09
 "CRE": ["commission de regulation de l'energie", "cre"],
 "Bercy": ["bercy"],
 "Karim Ouazzani": ["karim ouazzani", "ouazzani"],
 "Collectif Facture Juste": ["collectif facture juste", "facture juste"],
 "EDF": ["edf"],
 # i10
 "Vectoris": ["vectoris"],
 "CGT": ["cgt"],
 "Sandrine Vial": ["sandrine vial"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# i01 retailer results
f("i01", "Delmare", ["publi"], ["resultat"])
f("i01", "Claire Montagnac", ["directr", "dirig"], "Delmare", hard=True)      # "directrice financière du groupe"
f("i01", "Delmare", ["repercut"], ["inflation"], neg=True, hard=True, mod=["reported"])   # « Nous avons choisi de ne pas répercuter »
f("i01", "Delmare", ["envisag", "ferm"], ["magasin"], neg=True, hard=True)   # "L'enseigne n'envisage pas de fermer"
f("i01", "Delmare", ["ced"], ["superette"], hard=True, mod=["conditional", "reported"])  # "elle devrait céder ..., selon"
f("i01", "Delmare", ["relev"], ["prix"], mod=["conditional", "reported"])
f("i01", "Oddo BHF", ["*"], "Delmare", opt=True)

# i02 car maker electric plant
f("i02", "Automobiles Dorval", ["inaugur"], ["usine"])
f("i02", "Thierry Lambesc", ["pdg", "dirig"], "Automobiles Dorval", hard=True)   # "PDG du constructeur"
f("i02", "Région Grand Est", ["financ"], ["usine"], hard=True)                     # fronted participle
f("i02", "Bpifrance", ["financ"], ["usine"], hard=True)
f("i02", ["usine"], ["recev", "recoi"], ["batterie"])
f("i02", "Automobiles Dorval", ["precis"], ["prix"], neg=True)
f("i02", ["site"], ["emploi"], ["personne"])
f("i02", "Voltaïs", ["*"], "Dunkerque", opt=True)

# i03 luxury CEO change
f("i03", "Castellane", ["annonc"], ["depart"])
f("i03", "Valmont Luxe", ["propriet", "possed", "deten"], "Castellane", hard=True)  # "Castellane, propriété du groupe Valmont Luxe"
f("i03", "Béatrice Aubineau", ["directr", "dirig"], "Castellane", hard=True)     # "sa directrice générale, Béatrice Aubineau"
f("i03", "Lorenzo Ferri", ["remplac"], "Béatrice Aubineau", hard=True)           # "Elle sera remplacée par"
f("i03", "Lorenzo Ferri", ["directeur", "dirig"], "Orsini", hard=True)
f("i03", ["conseil"], ["reproch"], "Béatrice Aubineau", hard=True, mod=["reported"])
f("i03", "Valmont Luxe", ["comment"], ["information"], neg=True)
f("i03", "Lorenzo Ferri", ["relanc"], ["croissance"])
f("i03", "Béatrice Aubineau", ["quitt"], ["maison"], hard=True, opt=True, mod=["reported"])

# i04 bank fine
f("i04", "ACPR", ["inflig"], ["amende"])
f("i04", "ACPR", ["inflig", "sanction"], "Banque Rhodanienne de Crédit", opt=True)
f("i04", "ACPR", ["reproch"], ["carence"], hard=True)                              # "Le gendarme bancaire"
f("i04", "Banque Rhodanienne de Crédit", ["signal"], ["operation"], neg=True, hard=True, mod=["conditional"])
f("i04", "Banque Rhodanienne de Crédit", ["signal"], "Tracfin", neg=True, hard=True, opt=True, mod=["conditional"])
f("i04", "Henri Vasseur", ["president"], "Banque Rhodanienne de Crédit", hard=True)  # "son président, Henri Vasseur"
f("i04", "Banque Rhodanienne de Crédit", ["recrut"], ["analyste"], hard=True, mod=["reported"])
f("i04", "Banque Rhodanienne de Crédit", ["exclu"], ["appel"], neg=True, hard=True, opt=True)

# i05 start-up bankruptcy
f("i05", "Tribunal de commerce de Bordeaux", ["prononc"], ["liquidation"])
f("i05", "Tribu Bikes", ["propos"], ["velo"], hard=True)                         # "La start-up, qui proposait"
f("i05", "Maxime Roussel", ["fond"], "Tribu Bikes", hard=True)                   # "Fondée en 2019 par ..."
f("i05", "Inès Benali", ["fond"], "Tribu Bikes", hard=True)
f("i05", "Tribu Bikes", ["lev"], ["million"], hard=True)                         # "l'entreprise avait levé"
f("i05", "Galion Ventures", ["financ", "invest", "lev"], "Tribu Bikes", sym=True, opt=True)
f("i05", ["hausse"], ["tar"], ["financement"], opt=True)

# i06 shipping acquisition
f("i06", "Navalis", ["rachet", "sign", "acqu"], "Nordhavn Lines")
f("i06", "Navalis", ["renforc"], ["presence"])
f("i06", "Navalis", ["mett", "main"], ["reseau"], hard=True)                      # gerund
f("i06", "Olivier Santoni", ["directeur", "dirig"], "Navalis", hard=True)       # "son directeur général"
f("i06", "Kastell Partners", ["deten", "possed"], "Nordhavn Lines")
f("i06", "Kastell Partners", ["vend"], "Nordhavn Lines", hard=True, opt=True)     # "Le vendeur, le fonds ..."
f("i06", "Commission européenne", ["approuv"], ["operation"], opt=True)
f("i06", "Navalis", ["surencher"], "Hapag-Lloyd", hard=True, opt=True, mod=["conditional", "reported"])

# i07 farmers' cooperative
f("i07", ["adherent"], ["approuv"], ["hausse"])
f("i07", "Jean-Yves Lebreton", ["president"], "Terres du Bocage", hard=True)
f("i07", "Terres du Bocage", ["regroup"], ["exploitation"], hard=True)          # "La coopérative, qui regroupe"
f("i07", "Terres du Bocage", ["confirm"], ["construction"], hard=True)
f("i07", "Fromageries Mercier", ["repond"], ["sollicitation"], neg=True)
f("i07", "Terres du Bocage", ["vend"], ["lait"], neg=True, hard=True, opt=True, mod=["reported"])
f("i07", "Jean-Yves Lebreton", ["*"], "Château-Gontier", opt=True)

# i08 pharmaceutical patent dispute
f("i08", "Tribunal judiciaire de Paris", ["interd"], "Medigen")
f("i08", "Medigen", ["filiale"], "Suraj Pharma", hard=True)                      # apposition
f("i08", "Medigen", ["contest"], ["nouveaute"])
f("i08", "Antoine Delcourt", ["avocat"], "Medigen", hard=True)                   # "Son avocat, Me Antoine Delcourt"
f("i08", "Antoine Delcourt", ["annonc"], ["appel"])
f("i08", "Laboratoires Bressane", ["reclam"], ["dommage"], hard=True)           # "Le laboratoire réclame"
f("i08", "Medigen", ["depos"], ["opposition"], hard=True)                        # "une opposition déposée par Medigen"
f("i08", "Laboratoires Bressane", ["*"], "Cardivex", hard=True, opt=True)

# i09 energy regulator
f("i09", "CRE", ["recommand"], ["baisse"])
f("i09", "CRE", ["valid"], ["hausse"], hard=True)                                # "Celui-ci a également validé"
f("i09", ["gouvernement"], ["oppos"], ["baisse"], neg=True, hard=True, mod=["conditional"])  # "s'y opposer, ce qu'il ne devrait pas faire"
f("i09", "Bercy", ["relev"], ["taxe"], hard=True, mod=["conditional", "reported"])
f("i09", "Karim Ouazzani", ["porte-parole", "porte"], "Collectif Facture Juste")
f("i09", ["recul"], ["expliqu"], ["diminution"], hard=True, opt=True, mod=["reported"])
f("i09", "EDF", ["fourn"], ["tarif"], opt=True)

# i10 logistics strike
f("i10", ["salarie"], ["reclam"], ["hausse"], hard=True)                        # "ils réclament"
f("i10", "Sandrine Vial", ["delegu"], "CGT")                                     # "déléguée CGT"
f("i10", "Vectoris", ["fai", "propos"], ["proposition"], mod=["reported"])
f("i10", "Vectoris", ["emploi"], ["personne"], hard=True)                        # "Le groupe, qui emploie"
f("i10", "Vectoris", ["exclu", "recour"], ["interimaire"], neg=True, hard=True)
f("i10", "CGT", ["appel"], ["greve"], opt=True)
f("i10", "Sandrine Vial", ["travaill"], ["site"], opt=True)

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Automobiles Dorval", "Béatrice Aubineau", "Lorenzo Ferri", "ACPR",
                         "Nordhavn Lines", "Laboratoires Bressane", "Jean-Yves Lebreton", "CRE"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
