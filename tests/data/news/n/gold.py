# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 "Inès Bouchareb": ["ines bouchareb", "bouchareb"],
 "Kalma": ["kalma"],
 "Capsule Ventures": ["capsule ventures", "capsule"],
 "Vésane Cosmétiques": ["vesane cosmetiques", "vesane"],
 "Allemagne": ["allemagne"],
 "Jazz en Calanques": ["jazz en calanques"],
 "Azur Patrimoine": ["azur patrimoine"],
 "Marc-Antoine Giraudy": ["marc-antoine giraudy", "giraudy"],
 "Région Sud": ["region sud"],
 "Mairie de Cassis": ["mairie de cassis"],
 "Lunéville": ["luneville"],
 "Dinkelsbach": ["dinkelsbach"],
 "Catherine Hurstel": ["catherine hurstel", "hurstel"],
 "Markus Oberhauser": ["markus oberhauser", "oberhauser"],
 "Jean-Paul Vautrin": ["jean-paul vautrin", "vautrin"],
 "Région Grand Est": ["region grand est"],
 "Tribunal correctionnel de Saint-Étienne": ["tribunal correctionnel de saint-etienne", "tribunal correctionnel"],
 "Serge Mallaval": ["serge mallaval", "mallaval"],
 "Loire Habitat Solidaire": ["loire habitat solidaire"],
 "Bâti-Forez": ["bati-forez"],
 "Olivier Chaussende": ["olivier chaussende", "chaussende"],
 "Luc Rivoire": ["luc rivoire", "rivoire"],
 "Agnès Thiébaut-Morel": ["agnes thiebaut-morel", "thiebaut-morel"],
 "Philippe Dornier": ["philippe dornier", "dornier"],
 "Rachid Messaoudi": ["rachid messaoudi", "messaoudi"],
 "Ministère de l'Enseignement supérieur": ["ministere de l'enseignement superieur", "ministere de l enseignement superieur", "enseignement superieur"],
 "Université de Franche-Comté": ["universite de franche-comte", "franche-comte"],
 "Promodis": ["promodis"],
 "Team Vélocité": ["team velocite", "velocite"],
 "Olivier Fréjaville": ["olivier frejaville", "frejaville"],
 "Maïa Mutuelle": ["maia mutuelle"],
 "Union cycliste internationale": ["union cycliste internationale"],
 "Léa Marchetti-Roux": ["lea marchetti-roux", "marchetti-roux"],
 "Claude Périgny": ["claude perigny", "perigny"],
 "Arte France Cinéma": ["arte france cinema", "arte france"],
 "Brume Productions": ["brume productions"],
 "Haut et Loin Distribution": ["haut et loin distribution", "haut et loin"],
 "Centre hospitalier de Bourg-en-Bresse": ["centre hospitalier de bourg-en-bresse", "centre hospitalier", "hopital burgien"],
 "Jean-Luc Méraud": ["jean-luc meraud", "meraud"],
 "ARS Auvergne-Rhône-Alpes": ["agence regionale de sante", "ars auvergne-rhone-alpes"],
 "Pavillon Simone-Veil": ["pavillon simone-veil", "simone-veil"],
 "État": ["etat"],
 "Hélène Garnier-Vidal": ["helene garnier-vidal", "garnier-vidal"],
 "Hospices civils de Lyon": ["hospices civils de lyon", "hospices civils"],
 "Datavolt": ["datavolt"],
 "Adrien Kessler": ["adrien kessler", "kessler"],
 "Harbor Peak Capital": ["harbor peak capital", "harbor peak"],
 "Ministère de l'Économie": ["ministere de l'economie", "ministere de l economie"],
 "Terres de Lorraine": ["terres de lorraine"],
 "Agri-Meuse": ["agri-meuse"],
 "Alliance Grand Est Céréales": ["alliance grand est cereales", "alliance grand est"],
 "Bernard Collignon": ["bernard collignon", "collignon"],
 "François Henriot": ["francois henriot", "henriot"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# n01 - portrait d'une entrepreneuse
f("n01", "Inès Bouchareb", ["fond"], "Kalma")
f("n01", "Kalma", ["emploi"], ["salaries"], hard=True)
f("n01", "Kalma", ["realis"], ["chiffre"], hard=True, opt=True)
f("n01", "Inès Bouchareb", ["financ"], ["production"], hard=True)
f("n01", "Capsule Ventures", ["entr"], ["capital"])
f("n01", "Kalma", ["vis"], "Allemagne", opt=True)
f("n01", "Inès Bouchareb", ["repouss", "refus"], ["offre"], hard=True)
f("n01", "Vésane Cosmétiques", ["*"], "Kalma", opt=True)
f("n01", "Inès Bouchareb", ["esper", "espe", "ouvr"], ["usine"], opt=True)

# n02 - festival en difficulté financière
f("n02", "Jazz en Calanques", ["travers"], ["crise"])
f("n02", "Azur Patrimoine", ["mis", "mett", "fin"], ["soutien"], hard=True)
f("n02", "Azur Patrimoine", ["mecen"], "Jazz en Calanques", hard=True, opt=True)
f("n02", "Marc-Antoine Giraudy", ["president", "presid"], ["association"])
f("n02", "Marc-Antoine Giraudy", ["present"], ["plan"])
f("n02", "Région Sud", ["engag", "vers"], ["aide"])
f("n02", "Mairie de Cassis", ["arret"], ["position"], neg=True)
f("n02", ["deficit"], ["atteign", "attein"], ["euros"], opt=True)

# n03 - jumelage
f("n03", "Lunéville", ["jumel"], "Dinkelsbach", sym=True, opt=True)
f("n03", "Catherine Hurstel", ["sign"], ["charte"])
f("n03", "Markus Oberhauser", ["sign"], ["charte"])
f("n03", "Markus Oberhauser", ["homolog"], "Catherine Hurstel", hard=True, opt=True)
f("n03", "Catherine Hurstel", ["maire"], "Lunéville", opt=True)
f("n03", ["conseil"], ["approuv"], ["projet"])
f("n03", "Jean-Paul Vautrin", ["presid"], ["comite"], hard=True)
f("n03", ["comite"], ["prevo"], ["echanges"])
f("n03", "Région Grand Est", ["accord"], ["subvention"])

# n04 - verdict d'un procès
f("n04", "Tribunal correctionnel de Saint-Étienne", ["condamn"], "Serge Mallaval")
f("n04", "Serge Mallaval", ["directeur", "dirig"], "Loire Habitat Solidaire")
f("n04", "Serge Mallaval", ["attribu"], ["marches"], hard=True, mod=["reported"])
f("n04", "Serge Mallaval", ["attribu"], "Bâti-Forez", hard=True, mod=["reported"], opt=True)
f("n04", "Olivier Chaussende", ["gerant", "dirig"], "Bâti-Forez", hard=True)
f("n04", "Olivier Chaussende", ["ecop"], ["sursis"])
f("n04", "Serge Mallaval", ["clam"], ["innocence"], hard=True, opt=True)
f("n04", "Luc Rivoire", ["avocat"], "Serge Mallaval")
f("n04", "Luc Rivoire", ["annonc"], ["intention"])
f("n04", "Loire Habitat Solidaire", ["obten", "obtient"], ["dommages"], hard=True)

# n05 - élection d'une présidente d'université
f("n05", ["conseil"], ["elu", "elir"], "Agnès Thiébaut-Morel")
f("n05", "Agnès Thiébaut-Morel", ["president"], "Université de Franche-Comté", hard=True, opt=True)
f("n05", "Agnès Thiébaut-Morel", ["succed"], "Philippe Dornier", hard=True)
f("n05", "Agnès Thiébaut-Morel", ["vice-president", "president"], ["recherche"], hard=True, opt=True)
f("n05", "Agnès Thiébaut-Morel", ["pilot"], ["regroupement"], hard=True)
f("n05", "Rachid Messaoudi", ["campagn"], ["fusion"])
f("n05", "Rachid Messaoudi", ["adversair"], "Agnès Thiébaut-Morel", hard=True, opt=True)
f("n05", "Ministère de l'Enseignement supérieur", ["salu"], ["scrutin"])

# n06 - sponsor d'une équipe cycliste
f("n06", "Promodis", ["renouvel"], ["contrat"], neg=True, hard=True)
f("n06", "Promodis", ["financ"], ["budget"], hard=True)
f("n06", "Promodis", ["invoqu"], ["baisse"], hard=True)
f("n06", "Olivier Fréjaville", ["manager"], "Team Vélocité", hard=True, opt=True)
f("n06", "Olivier Fréjaville", ["trouv", "donn"], ["partenaire"], hard=True)
f("n06", "Olivier Fréjaville", ["approch"], "Maïa Mutuelle", mod=["conditional", "reported"])
f("n06", "Union cycliste internationale", ["statu"], ["licences"])

# n07 - nouveau projet d'une réalisatrice
f("n07", "Léa Marchetti-Roux", ["revien", "revenir"], ["projet"])
f("n07", "Claude Périgny", ["*"], ["roman"], hard=True, opt=True)
f("n07", "Arte France Cinéma", ["coprodu", "produi"], ["film"], hard=True)
f("n07", "Brume Productions", ["coprodu", "produi"], ["film"], hard=True)
f("n07", ["film"], ["dispos"], ["budget"], mod=["conditional", "reported"])
f("n07", "Léa Marchetti-Roux", ["coecri", "ecri"], ["scenario"], hard=True)
f("n07", "Léa Marchetti-Roux", ["convain"], "Claude Périgny", hard=True)
f("n07", "Haut et Loin Distribution", ["assur"], ["distribution"], hard=True, opt=True)

# n08 - nouvelle aile d'un hôpital
f("n08", "Centre hospitalier de Bourg-en-Bresse", ["inaugur"], ["aile"])
f("n08", "Jean-Luc Méraud", ["directeur", "dirig"], "ARS Auvergne-Rhône-Alpes")
f("n08", "Pavillon Simone-Veil", ["regroup"], ["radiotherapie"], hard=True)
f("n08", "État", ["financ"], ["cout"], hard=True)
f("n08", "Hélène Garnier-Vidal", ["chef"], ["oncologie"])
f("n08", ["direction"], ["esper", "espe", "pourv"], ["postes"], hard=True, opt=True)
f("n08", "Centre hospitalier de Bourg-en-Bresse", ["partenariat"], "Hospices civils de Lyon", sym=True, hard=True, opt=True)

# n09 - licenciements dans une start-up
f("n09", "Datavolt", ["supprim"], ["postes"])
f("n09", "Adrien Kessler", ["cofond", "fond", "pdg"], "Datavolt", hard=True)
f("n09", "Adrien Kessler", ["fait", "fai"], ["annonce"], hard=True)
f("n09", "Datavolt", ["pein", "lev"], ["fonds"], hard=True)
f("n09", "Harbor Peak Capital", ["investisseur", "invest"], "Datavolt", hard=True, opt=True)
f("n09", ["direction"], ["evoqu"], ["fermeture"], mod=["conditional", "reported"])
f("n09", "Adrien Kessler", ["repond"], ["questions"], neg=True, opt=True)
f("n09", "Ministère de l'Économie", ["suiv", "assur"], ["situation"])
f("n09", "Datavolt", ["benefici"], ["aides"], hard=True)

# n10 - fusion de coopératives agricoles
f("n10", "Terres de Lorraine", ["vot"], ["fusion"])
f("n10", "Agri-Meuse", ["vot"], ["fusion"])
f("n10", "Alliance Grand Est Céréales", ["rassembl"], ["adherents"], hard=True)
f("n10", "Alliance Grand Est Céréales", ["collect"], ["tonnes"], hard=True, opt=True)
f("n10", "Bernard Collignon", ["presid"], "Alliance Grand Est Céréales", hard=True)
f("n10", "Bernard Collignon", ["tete", "dirig"], "Agri-Meuse", hard=True, opt=True)
f("n10", "François Henriot", ["directeur", "dirig"], "Terres de Lorraine")
f("n10", "François Henriot", ["prend", "pris"], ["direction"])
f("n10", ["adherents"], ["redout"], ["fermeture"], opt=True)

json.dump({"entities": ENTITIES, "facts": F, "canonical": ["Inès Bouchareb", "Marc-Antoine Giraudy", "Catherine Hurstel", "Serge Mallaval", "Agnès Thiébaut-Morel", "Olivier Fréjaville", "Adrien Kessler", "Léa Marchetti-Roux"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
