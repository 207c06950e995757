# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 "Bertrand Valmorel": ["bertrand valmorel", "valmorel"],
 "Mediapart": ["mediapart"],
 "Trans-Alpes Logistique": ["trans-alpes logistique", "trans-alpes"],
 "Parquet national financier": ["parquet national financier"],
 "Hélène Ferrand": ["helene ferrand", "ferrand"],
 "Assemblée nationale": ["assemblee nationale"],
 "Clarisse Montaubert": ["clarisse montaubert", "montaubert"],
 "Fédération française des télécoms": ["federation francaise des telecoms", "federation francaise des telecommunications"],
 "Orange": ["orange"],
 "Bouygues Telecom": ["bouygues telecom", "bouygues"],
 "Sénat": ["senat"],
 "OCLCIFF": ["oclciff", "office central de lutte contre la corruption"],
 "Damien Keraudren": ["damien keraudren", "keraudren"],
 "Solarénov": ["solarenov"],
 "Yannick Pelletan": ["yannick pelletan", "pelletan"],
 "Parquet de Lyon": ["parquet de lyon"],
 "Laiteries du Val-de-Saône": ["laiteries du val-de-saone", "laiteries du val de saone", "laiteries"],
 "Tendre Comté": ["tendre comte"],
 "Direction générale de l'alimentation": ["direction generale de l'alimentation", "direction generale de l alimentation"],
 "Frédéric Aubertin": ["frederic aubertin", "aubertin"],
 "Mutualia Ouest": ["mutualia ouest", "mutualia"],
 "Prévoyance des Artisans": ["prevoyance des artisans", "prevoyance"],
 "Laurent Quéméner": ["laurent quemener", "quemener"],
 "Sylvie Arnoux-Delage": ["sylvie arnoux-delage", "arnoux-delage"],
 "Autorité de la concurrence": ["autorite de la concurrence"],
 "ACPR": ["autorite de controle prudentiel", "acpr"],
 "Hélior Énergies": ["helior energies", "helior"],
 "Nathalie Ferracci": ["nathalie ferracci", "ferracci"],
 "Pierre-Yves Landrieu": ["pierre-yves landrieu", "landrieu"],
 "Solvéa": ["solvea"],
 "Les Échos": ["les echos"],
 "État": ["etat"],
 "AS Bellerive": ["as bellerive", "bellerive", "bellerivois"],
 "Rodolphe Castagnet": ["rodolphe castagnet", "castagnet"],
 "Karim Benhadj": ["karim benhadj", "benhadj"],
 "Jean-Marc Soulié": ["jean-marc soulie", "soulie"],
 "Mathieu Orsoni": ["mathieu orsoni", "orsoni"],
 "Gérard Blanchon": ["gerard blanchon", "blanchon"],
 "Saint-Aubin-sur-Loire": ["saint-aubin-sur-loire", "saint-aubin"],
 "Préfecture de Maine-et-Loire": ["prefecture de maine-et-loire"],
 "France Nature Environnement": ["france nature environnement"],
 "Les Amis de l'Estuaire": ["amis de l'estuaire", "amis de l estuaire"],
 "Normandie GNL": ["normandie gnl"],
 "Vantgas": ["vantgas"],
 "Préfecture de Seine-Maritime": ["prefecture de seine-maritime"],
 "Camille Leguennec": ["camille leguennec", "leguennec"],
 "Ariane 6": ["ariane 6", "ariane"],
 "Méridia-2": ["meridia-2", "meridia 2", "meridia"],
 "Orbivue": ["orbivue"],
 "Thomas Vasseur-Lamy": ["thomas vasseur-lamy", "vasseur-lamy"],
 "Agence spatiale européenne": ["agence spatiale europeenne"],
 "Centre spatial guyanais": ["centre spatial guyanais", "kourou"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# m01 - ministre démissionnaire
f("m01", "Bertrand Valmorel", ["present"], ["demission"])
f("m01", "Bertrand Valmorel", ["ministre"], ["transports"], opt=True)
f("m01", "Trans-Alpes Logistique", ["obten", "obtenu"], ["contrat"], mod=["conditional", "reported"])
f("m01", "Mediapart", ["*"], "Trans-Alpes Logistique", opt=True)
f("m01", "Bertrand Valmorel", ["contest"], ["irregularite"])
f("m01", "Parquet national financier", ["ouvr", "ouvert"], ["enquete"])
f("m01", "Hélène Ferrand", ["assur"], ["interim"], hard=True)
f("m01", "Hélène Ferrand", ["ministre"], ["transition"], opt=True)
f("m01", ["opposition"], ["reclam"], ["commission"], opt=True)

# m02 - vote d'un projet de loi
f("m02", "Assemblée nationale", ["adopt"], ["loi"])
f("m02", "Clarisse Montaubert", ["port"], ["loi"], hard=True)
f("m02", "Clarisse Montaubert", ["secretaire"], ["numerique"], opt=True)
f("m02", "Fédération française des télécoms", ["represent"], "Orange", hard=True)
f("m02", "Fédération française des télécoms", ["represent"], "Bouygues Telecom", hard=True, opt=True)
f("m02", "Fédération française des télécoms", ["jug"], ["dispositif"])
f("m02", "Sénat", ["examin"], ["loi"], hard=True)
f("m02", ["texte"], ["impos"], ["operateurs"], opt=True)
f("m02", ["majorite"], ["annonc"], ["intention"], opt=True)

# m03 - interpellation dans une affaire de fraude
f("m03", "OCLCIFF", ["interpell"], "Damien Keraudren", hard=True)
f("m03", "Damien Keraudren", ["dirig"], "Solarénov", hard=True)
f("m03", "Damien Keraudren", ["detourn"], ["aides"], hard=True, mod=["conditional", "reported"])
f("m03", "Solarénov", ["factur"], ["chantiers"], hard=True, mod=["conditional", "reported"])
f("m03", "Yannick Pelletan", ["associ"], "Damien Keraudren")
f("m03", "Parquet de Lyon", ["dirig"], ["enquete"], hard=True)
f("m03", "Parquet de Lyon", ["souhait", "fair"], ["commentaire"], neg=True, opt=True)

# m04 - rappel de produits
f("m04", "Laiteries du Val-de-Saône", ["annonc"], ["rappel"])
f("m04", "Laiteries du Val-de-Saône", ["rappel"], ["lots"], opt=True)
f("m04", "Laiteries du Val-de-Saône", ["commercialis"], "Tendre Comté", hard=True, opt=True)
f("m04", "Direction générale de l'alimentation", ["publi"], ["liste"])
f("m04", "Frédéric Aubertin", ["directeur", "dirig"], "Laiteries du Val-de-Saône")
f("m04", "Frédéric Aubertin", ["evoqu"], ["precaution"])
f("m04", ["contamination"], ["proven", "provien"], ["cuve"], mod=["conditional", "reported"])

# m05 - fusion de deux assureurs
f("m05", "Mutualia Ouest", ["annonc"], ["fusion"])
f("m05", "Prévoyance des Artisans", ["annonc"], ["fusion"])
f("m05", "Laurent Quéméner", ["directeur", "dirig"], "Mutualia Ouest")
f("m05", "Laurent Quéméner", ["dirig"], ["ensemble"], hard=True)
f("m05", "Sylvie Arnoux-Delage", ["president", "presid"], "Prévoyance des Artisans")
f("m05", "Sylvie Arnoux-Delage", ["prend", "pris"], ["presidence"])
f("m05", "Autorité de la concurrence", ["valid"], ["operation"], hard=True)
f("m05", "ACPR", ["valid"], ["operation"], hard=True, opt=True)
f("m05", ["ensemble"], ["revendiqu"], ["societaires"], mod=["conditional"], opt=True)
f("m05", ["syndicats"], ["inquiet"], ["emploi"], opt=True)

# m06 - nouvelle directrice générale d'un énergéticien
f("m06", "Hélior Énergies", ["nomm"], "Nathalie Ferracci")
f("m06", "Nathalie Ferracci", ["directric", "dirig"], "Hélior Énergies", opt=True)
f("m06", "Nathalie Ferracci", ["succed"], "Pierre-Yves Landrieu", hard=True)
f("m06", "Pierre-Yves Landrieu", ["annonc"], ["depart"], hard=True)
f("m06", "Nathalie Ferracci", ["dirig"], "Solvéa")
f("m06", "Nathalie Ferracci", ["tripl"], ["capacite"], hard=True, opt=True)
f("m06", "Nathalie Ferracci", ["mission", "accel"], ["cession"], hard=True, mod=["conditional", "reported"])
f("m06", "Les Échos", ["*"], "Nathalie Ferracci", opt=True)
f("m06", "État", ["deten", "detien"], ["capital"], hard=True)
f("m06", "État", ["salu"], ["choix"])

# m07 - entraîneur limogé
f("m07", "AS Bellerive", ["officialis"], ["limogeage"])
f("m07", "AS Bellerive", ["limog"], "Rodolphe Castagnet", opt=True)
f("m07", "Rodolphe Castagnet", ["entrain"], "AS Bellerive")
f("m07", "Rodolphe Castagnet", ["condui"], "AS Bellerive", hard=True)
f("m07", "Karim Benhadj", ["assur"], ["interim"])
f("m07", "Karim Benhadj", ["adjoint"], "Rodolphe Castagnet", hard=True, opt=True)
f("m07", "Jean-Marc Soulié", ["president", "presid"], "AS Bellerive", hard=True)
f("m07", "Jean-Marc Soulié", ["pris", "prend", "contact"], ["technicien"], mod=["conditional", "reported"])

# m08 - élection municipale partielle
f("m08", "Mathieu Orsoni", ["remport"], ["tour"])
f("m08", "Mathieu Orsoni", ["promi", "abandon"], ["projet"], hard=True)
f("m08", ["demission"], ["provoqu"], ["election"], hard=True)
f("m08", "Gérard Blanchon", ["denonc"], ["campagne"])
f("m08", "Gérard Blanchon", ["exclu"], ["tribunal"], neg=True, opt=True)
f("m08", "Gérard Blanchon", ["maire"], "Saint-Aubin-sur-Loire", opt=True)
f("m08", "Préfecture de Maine-et-Loire", ["proclam"], ["resultats"])

# m09 - recours d'associations écologistes
f("m09", "France Nature Environnement", ["depos"], ["recours"])
f("m09", "Les Amis de l'Estuaire", ["depos"], ["recours"])
f("m09", "Normandie GNL", ["realis"], ["etude"], hard=True)
f("m09", ["etude"], ["sous-estim", "estim"], ["risques"], mod=["reported"], opt=True)
f("m09", "Normandie GNL", ["filial"], "Vantgas")
f("m09", "Normandie GNL", ["respect", "assur"], ["procedures"])
f("m09", "Camille Leguennec", ["avocat"], "France Nature Environnement", hard=True, opt=True)
f("m09", "Préfecture de Seine-Maritime", ["donn"], ["suite"], neg=True)

# m10 - lancement spatial
f("m10", "Ariane 6", ["decoll"], "Centre spatial guyanais", opt=True)
f("m10", "Orbivue", ["develop"], "Méridia-2", hard=True)
f("m10", "Ariane 6", ["plac"], "Méridia-2", hard=True)
f("m10", "Méridia-2", ["fourn"], ["images"])
f("m10", "Orbivue", ["lev"], ["millions"])
f("m10", "Thomas Vasseur-Lamy", ["fond"], "Orbivue", hard=True)
f("m10", "Agence spatiale européenne", ["contribu"], ["programme"])

json.dump({"entities": ENTITIES, "facts": F, "canonical": ["Bertrand Valmorel", "Damien Keraudren", "Laurent Quéméner", "Nathalie Ferracci", "Rodolphe Castagnet", "Mathieu Orsoni", "Méridia-2", "Laiteries du Val-de-Saône"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
