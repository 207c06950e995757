# Gold facts for the held-out texts p01-p10 (economic, international and francophone press).
# Run: python3 gold.py [gold.json]
# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # p01
 "Numeris": ["numeris", "groupe numeris"],
 "Kernwerk": ["kernwerk"],
 "Ardent Capital": ["ardent capital", "fonds ardent capital"],
 "Valérie Chassagne": ["valerie chassagne", "chassagne"],
 "Munich": ["munich"],
 "Matthias Kühn": ["matthias kuhn", "kuhn"],
 "Bridgewell Partners": ["bridgewell partners", "bridgewell"],
 "Handelsblatt": ["handelsblatt", "le handelsblatt"],
 "Commission européenne": ["commission europeenne"],
 # p02
 "Autorité de la concurrence": ["autorite de la concurrence", "l'autorite"],
 "Frigalis": ["frigalis"],
 "Polaris Froid": ["polaris froid", "polaris"],
 "Iceberg Industries": ["iceberg industries", "iceberg"],
 "Alain Verdier": ["alain verdier", "verdier"],
 "Thomas Roux": ["thomas roux", "roux", "me thomas roux"],
 "Cour d'appel de Paris": ["cour d'appel de paris"],
 "Sandrine Aumont": ["sandrine aumont", "aumont"],
 # p03
 "Lumina Energy": ["lumina energy", "lumina"],
 "Tihange 3": ["tihange 3", "reacteur de tihange 3", "tihange"],
 "Sophie Vandenberghe": ["sophie vandenberghe", "vandenberghe"],
 "Hugues Derval": ["hugues derval", "derval"],
 "N-VA": ["n-va", "nva"],
 "Pieter Claes": ["pieter claes", "claes"],
 "AFCN": ["afcn", "agence federale de controle nucleaire"],
 "État belge": ["etat belge", "gouvernement federal", "belgique"],
 # p04
 "Reymond & Cie": ["reymond & cie", "reymond et cie", "banque reymond & cie", "reymond"],
 "Christophe Aeby": ["christophe aeby", "aeby"],
 "FINMA": ["finma", "autorite federale de surveillance des marches financiers"],
 "Nicole Favre-Bulle": ["nicole favre-bulle", "favre-bulle"],
 "Marc-André Rochat": ["marc-andre rochat", "rochat"],
 "Steinmann Audit": ["steinmann audit"],
 "Ministère public de la Confédération": ["ministere public de la confederation", "mpc"],
 # p05
 "Gouvernement du Québec": ["gouvernement du quebec", "quebec"],
 "Wapistan": ["wapistan", "communaute crie de wapistan"],
 "Boréal Lithium": ["boreal lithium"],
 "Lac-Ternay": ["lac-ternay"],
 "Samuel Hester": ["samuel hester", "hester"],
 "Geneviève Tremblay-Lacasse": ["genevieve tremblay-lacasse", "tremblay-lacasse"],
 "Hydro-Québec": ["hydro-quebec"],
 "Val-d'Or": ["val-d'or", "val d'or"],
 "Denis Gagnon": ["denis gagnon", "gagnon"],
 "Coalition Nord Vivant": ["coalition nord vivant", "nord vivant"],
 # p06
 "Conseil constitutionnel": ["conseil constitutionnel"],
 "Réew Mi Jëm Kanam": ["reew mi jem kanam", "coalition reew mi jem kanam"],
 "Mame Diarra Sow": ["mame diarra sow", "sow", "mme sow"],
 "Cour de justice de la CEDEAO": ["cour de justice de la cedeao", "cedeao"],
 "Ibrahima Ndiaye": ["ibrahima ndiaye", "ndiaye"],
 "PRN": ["prn", "parti pour le renouveau national"],
 "Sunu Bokk": ["sunu bokk", "collectif sunu bokk"],
 "RTS": ["rts"],
 # p07
 "Sahel Santé": ["sahel sante", "ong sahel sante"],
 "Tillabéri": ["tillaberi", "region de tillaberi"],
 "État islamique au Sahel": ["etat islamique au sahel"],
 "Philippe Van Acker": ["philippe van acker", "van acker"],
 "Aïssata Maïga": ["aissata maiga", "maiga"],
 "Niamey": ["niamey"],
 "Moussa Abdou": ["moussa abdou", "abdou", "colonel moussa abdou"],
 "Médecins sans frontières": ["medecins sans frontieres", "msf"],
 "OCHA": ["ocha", "bureau de la coordination des affaires humanitaires"],
 # p08
 "Lexora": ["lexora"],
 "Northbridge Ventures": ["northbridge ventures", "northbridge"],
 "Bpifrance": ["bpifrance"],
 "Alto Partners": ["alto partners"],
 "Camille Roussel": ["camille roussel", "roussel"],
 "Yanis Belkacem": ["yanis belkacem", "belkacem"],
 "Madrid": ["madrid"],
 "LexHarbor": ["lexharbor"],
 "Conseil national des barreaux": ["conseil national des barreaux", "cnb"],
 # p09
 "Anne-Laure Perrenoud": ["anne-laure perrenoud", "perrenoud", "mme perrenoud"],
 "Kouadio N'Guessan": ["kouadio n'guessan", "n'guessan"],
 "Abidjan": ["abidjan"],
 "Suisse": ["suisse", "confederation", "berne", "confederation suisse"],
 "Côte d'Ivoire": ["cote d'ivoire"],
 "OSAR": ["osar", "organisation suisse d'aide aux refugies"],
 "Lena Baumgartner": ["lena baumgartner", "baumgartner"],
 "Serge Ahoua": ["serge ahoua", "ahoua"],
 "CCI de Côte d'Ivoire": ["chambre de commerce et d'industrie de cote d'ivoire", "cci de cote d'ivoire", "cci-ci"],
 "Ghana": ["ghana"],
 # p10
 "Gouvernement du Congo": ["gouvernement congolais", "gouvernement du congo", "congo"],
 "Ostral Energy": ["ostral energy", "ostral"],
 "Likouala-Marine II": ["likouala-marine ii", "permis likouala-marine ii", "likouala-marine"],
 "SNPC": ["snpc", "societe nationale des petroles du congo"],
 "Jean-Baptiste Mbemba": ["jean-baptiste mbemba", "mbemba"],
 "Erik Haugland": ["erik haugland", "haugland"],
 "Brazzaville": ["brazzaville"],
 "Haizhong Petroleum": ["haizhong petroleum", "haizhong"],
 "Autorité de régulation des marchés publics": ["autorite de regulation des marches publics", "armp"],
 "PCQVP-Congo": ["publiez ce que vous payez-congo", "publiez ce que vous payez", "pcqvp-congo", "pcqvp"],
 "Arsène Loubaki": ["arsene loubaki", "loubaki"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))
ANY = ["asserted", "conditional", "reported"]
REP = ["asserted", "reported"]
HEDGED = ["conditional", "reported"]

# p01 software acquisition
f("p01", "Numeris", ["rachat", "rachet", "acqui", "offr"], "Kernwerk")
f("p01", "Ardent Capital", ["souscri"], ["augmentation"], hard=True)
f("p01", "Ardent Capital", ["actionnaire"], "Numeris", hard=True)
f("p01", "Valérie Chassagne", ["presid", "directr", "dirig", "pdg"], "Numeris")
f("p01", "Kernwerk", ["bas"], "Munich", hard=True)
f("p01", "Matthias Kühn", ["fond"], "Kernwerk", hard=True)
f("p01", "Matthias Kühn", ["rejoi"], ["comite"], hard=True)
f("p01", "Matthias Kühn", ["conserv"], ["participation"], neg=True, hard=True)
f("p01", "Bridgewell Partners", ["fai", "offr"], ["offre"], mod=HEDGED)
f("p01", "Commission européenne", ["approb", "approuv"], ["transaction"], opt=True, hard=True)

# p02 competition fine
f("p02", "Autorité de la concurrence", ["sanction", "inflig"], "Frigalis")
f("p02", "Frigalis", ["entend", "entente"], "Polaris Froid", sym=True, hard=True)
f("p02", "Frigalis", ["entend", "entente"], "Iceberg Industries", sym=True, hard=True, opt=True)
f("p02", "Polaris Froid", ["denonc"], ["entente"])
f("p02", "Polaris Froid", ["benefic"], ["exoneration"])
f("p02", "Alain Verdier", ["presid"], "Frigalis")
f("p02", "Alain Verdier", ["contest"], ["conclusion"])
f("p02", "Frigalis", ["reconn"], ["fait"], neg=True, hard=True)
f("p02", "Frigalis", ["form", "recours"], ["recours"], hard=True, mod=REP)
f("p02", "Thomas Roux", ["avocat"], "Frigalis", hard=True)

# p03 Belgian nuclear extension
f("p03", "Lumina Energy", ["exploit"], "Tihange 3", hard=True)
f("p03", "Lumina Energy", ["sign"], ["avenant"], neg=True, hard=True, mod=ANY)
f("p03", "Lumina Energy", ["reclam"], ["garantie"], hard=True, mod=HEDGED)
f("p03", "Sophie Vandenberghe", ["ministr"], ["energie"])
f("p03", "Sophie Vandenberghe", ["jug"], ["demande"], hard=True)
f("p03", "Sophie Vandenberghe", ["convoqu"], "Hugues Derval")
f("p03", "Hugues Derval", ["patron", "dirig"], "Lumina Energy")
f("p03", "Pieter Claes", ["chef"], "N-VA", hard=True)
f("p03", "N-VA", ["accus"], "Sophie Vandenberghe", hard=True)
f("p03", "Pieter Claes", ["accus"], "Sophie Vandenberghe", hard=True, opt=True)

# p04 Swiss private bank
f("p04", "Christophe Aeby", ["directeur", "dirig"], "Reymond & Cie", hard=True)
f("p04", "Christophe Aeby", ["quitt", "depart"], "Reymond & Cie", hard=True)
f("p04", "FINMA", ["ouvr", "ouvert", "ouverture"], ["procedure"], hard=True)
f("p04", "Reymond & Cie", ["accept"], ["franc"], hard=True, mod=HEDGED)
f("p04", "Nicole Favre-Bulle", ["presid"], ["conseil"], hard=True)
f("p04", "Marc-André Rochat", ["assur"], ["interim"])
f("p04", "Marc-André Rochat", ["directeur"], "Reymond & Cie", hard=True)
f("p04", "Marc-André Rochat", ["men"], ["audit"], hard=True)
f("p04", "Reymond & Cie", ["ger"], ["actif"])
f("p04", "Ministère public de la Confédération", ["ouvr", "ouvert"], ["enquete"], neg=True)

# p05 Québec lithium mine
f("p05", "Gouvernement du Québec", ["conclu"], ["entente"])
f("p05", "Wapistan", ["conclu"], ["entente"], hard=True)
f("p05", "Samuel Hester", ["chef"], "Wapistan")
f("p05", "Samuel Hester", ["menac", "bloqu"], ["projet"])
f("p05", "Gouvernement du Québec", ["inject"], ["dollar"], hard=True)
f("p05", "Hydro-Québec", ["fourni"], ["electricite"])
f("p05", "Boréal Lithium", ["siege"], "Val-d'Or", hard=True)
f("p05", "Denis Gagnon", ["presid"], "Boréal Lithium", hard=True)
f("p05", "Denis Gagnon", ["precis"], ["date"], neg=True, hard=True)
f("p05", ["projet"], ["menac"], ["milieu"], mod=HEDGED)

# p06 Senegal legislative election
f("p06", "Conseil constitutionnel", ["rejet"], ["liste"])
f("p06", "Mame Diarra Sow", ["condui", "dirig"], "Réew Mi Jëm Kanam", hard=True)
f("p06", "Mame Diarra Sow", ["ministr"], ["justice"], hard=True)
f("p06", "Mame Diarra Sow", ["saisi"], "Cour de justice de la CEDEAO", hard=True, mod=ANY)
f("p06", "Ibrahima Ndiaye", ["porte-parole", "parole"], ["gouvernement"])
f("p06", "Ibrahima Ndiaye", ["rejet"], ["accusation"])
f("p06", ["gouvernement"], ["exerc"], ["pression"], neg=True, mod=REP)
f("p06", ["eviction"], ["profit"], "PRN", hard=True, mod=HEDGED)
f("p06", "Sunu Bokk", ["appel"], ["calme"], hard=True)
f("p06", "Sunu Bokk", ["demand"], ["audit"], hard=True)

# p07 NGO in Niger
f("p07", "Sahel Santé", ["suspen"], ["activite"])
f("p07", "Sahel Santé", ["suspen", "activ"], "Tillabéri", opt=True)
f("p07", ["rapt"], ["port", "marque"], "État islamique au Sahel", hard=True, mod=HEDGED)
f("p07", "Philippe Van Acker", ["fond"], "Sahel Santé", hard=True)
f("p07", "Sahel Santé", ["ger"], ["centre"], hard=True)
f("p07", "Aïssata Maïga", ["directr", "dirig"], "Sahel Santé", hard=True)
f("p07", ["autorite"], ["depech"], ["garde"])
f("p07", "Moussa Abdou", ["gouverneur"], "Tillabéri")
f("p07", "Médecins sans frontières", ["modifi"], ["dispositif"], neg=True)

# p08 AI start-up funding
f("p08", "Lexora", ["developp"], ["assistant"])
f("p08", "Lexora", ["boucl", "lev"], ["fond"])
f("p08", "Northbridge Ventures", ["men"], ["tour"])
f("p08", "Alto Partners", ["investi"], "Lexora", hard=True)
f("p08", "Camille Roussel", ["cre", "fond"], "Lexora", hard=True)
f("p08", "Yanis Belkacem", ["cre", "fond"], "Lexora", hard=True)
f("p08", "Lexora", ["ouvr"], ["bureau"], hard=True)
f("p08", "Camille Roussel", ["dirig"], "Lexora")
f("p08", "Lexora", ["declin"], ["offre"], hard=True, mod=HEDGED)
f("p08", "LexHarbor", ["offr", "rachat"], "Lexora", hard=True, opt=True)

# p09 Swiss-Ivorian migration agreement
f("p09", "Anne-Laure Perrenoud", ["sign"], ["accord"])
f("p09", "Anne-Laure Perrenoud", ["sign", "accord"], "Kouadio N'Guessan", sym=True)
f("p09", "Suisse", ["financ"], ["programme"], hard=True)
f("p09", ["accord"], ["prevo"], ["quota"], neg=True, hard=True, mod=REP)
f("p09", "OSAR", ["jug"], ["accord"])
f("p09", "Lena Baumgartner", ["porte-parole", "parole"], "OSAR", hard=True)
f("p09", "Lena Baumgartner", ["reproch"], "Suisse", hard=True)
f("p09", "Anne-Laure Perrenoud", ["entret"], "Serge Ahoua", sym=True)
f("p09", "Serge Ahoua", ["presid"], "CCI de Côte d'Ivoire")
f("p09", "Anne-Laure Perrenoud", ["rend"], "Ghana", opt=True, hard=True)

# p10 Congo offshore permit
f("p10", "Gouvernement du Congo", ["attribu"], ["permis"])
f("p10", "Ostral Energy", ["associ"], "SNPC", sym=True, hard=True)
f("p10", "Ostral Energy", ["engag", "invest"], ["dollar"], hard=True)
f("p10", "Jean-Baptiste Mbemba", ["sign"], ["contrat"])
f("p10", "Erik Haugland", ["sign"], ["contrat"], hard=True)
f("p10", "Jean-Baptiste Mbemba", ["ministr"], ["hydrocarbure"])
f("p10", "Erik Haugland", ["directeur", "dirig"], "Ostral Energy")
f("p10", ["consortium"], ["depos"], ["reclamation"], hard=True)
f("p10", "PCQVP-Congo", ["exig"], ["publication"])
f("p10", "Arsène Loubaki", ["coordinat"], "PCQVP-Congo", hard=True)

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Numeris", "Frigalis", "Lumina Energy", "Reymond & Cie", "Boréal Lithium",
                         "Mame Diarra Sow", "Sahel Santé", "Lexora", "Anne-Laure Perrenoud", "Ostral Energy"]},
          open(sys.argv[1] if len(sys.argv) > 1 else "gold.json", "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
