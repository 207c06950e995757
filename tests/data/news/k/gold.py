# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # k01
 "Catherine Vasseur": ["catherine vasseur", "vasseur"],
 "Mathilde Forestier": ["mathilde forestier", "forestier"],
 "Conseil d'Etat": ["conseil d'etat"],
 "Rassemblement national": ["rassemblement national"],
 # k02
 "Novalys": ["novalys"],
 "Sylvain Marechal": ["sylvain marechal", "marechal"],
 "CFDT": ["cfdt chimie", "cfdt"],
 "Bertrand Lefevre": ["bertrand lefevre", "lefevre"],
 # k03
 "Parlement europeen": ["parlement europeen", "strasbourg"],
 "Anneke Vermeulen": ["anneke vermeulen", "vermeulen", "mme vermeulen"],
 "Parti populaire europeen": ["parti populaire europeen"],
 "Cepiflex": ["cepiflex"],
 "Conseil de l'UE": ["conseil de l'ue", "conseil de l'union europeenne"],
 # k04
 "Datalink": ["datalink"],
 "ShadowNet": ["shadownet"],
 "Karim Benslimane": ["karim benslimane", "benslimane"],
 "CNIL": ["cnil", "commission nationale de l'informatique et des libertes"],
 # k05
 "Valmont": ["valmont"],
 "CGT": ["cgt"],
 "Nadia Cherif": ["nadia cherif", "cherif"],
 "Thierry Gaudin": ["thierry gaudin", "gaudin"],
 # k06
 "Aerovia": ["aerovia"],
 "SkyIndus": ["skyindus"],
 "Helene Dufresnoy": ["helene dufresnoy", "dufresnoy"],
 "Pratt & Whitney": ["pratt & whitney", "pratt et whitney", "pratt"],
 "Marceau Finance": ["marceau finance"],
 # k07
 "Cour d'assises de Loire-Atlantique": ["cour d'assises de loire-atlantique", "cour d'assises"],
 "Julien Ravel": ["julien ravel", "ravel"],
 "Emilie Tessier": ["emilie tessier", "emilie"],
 "Antoine Berthelot": ["antoine berthelot", "berthelot", "me antoine berthelot"],
 "Sylvie Tessier": ["sylvie tessier"],
 # k08
 "Claire Monnier": ["claire monnier", "monnier", "mme monnier"],
 "Prix Lindqvist": ["prix lindqvist", "lindqvist"],
 "CNRS": ["cnrs"],
 "Hiroshi Tanabe": ["hiroshi tanabe", "tanabe"],
 "Universite de Kyoto": ["universite de kyoto"],
 "Lars Ekberg": ["lars ekberg", "ekberg"],
 # k09
 "Prefecture du Var": ["prefecture du var"],
 "Philippe Mazaud": ["philippe mazaud", "mazaud"],
 "Gerard Pellegrin": ["gerard pellegrin", "pellegrin"],
 "Vidauban": ["vidauban"],
 # k10
 "Jean-Marc Soulier": ["jean-marc soulier", "soulier", "m. soulier"],
 "UFVP": ["ufvp", "union francaise de volley de plage"],
 "Inspection generale": ["inspection generale"],
 "Ministere des Sports": ["ministere des sports"],
 "Laure Fabre": ["laure fabre", "me laure fabre", "fabre"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# k01 - decret et opposition
f("k01", "Catherine Vasseur", ["prepar"], ["texte"], hard=True)        # "Le texte, prepare par la ministre..., Catherine Vasseur"
f("k01", "Mathilde Forestier", ["president"], ["ecologiste"])          # apposition
f("k01", "Mathilde Forestier", ["denonc"], ["contournement"])
f("k01", "Mathilde Forestier", ["saisi", "saisir"], "Conseil d'Etat", hard=True, mod=["conditional", "reported"])
f("k01", "Rassemblement national", ["reclam"], ["retrait"], neg=True)
f("k01", "Rassemblement national", ["exig"], ["etude"], hard=True)     # "il exige"
f("k01", ["executif"], ["assoupl"], ["disposition"], opt=True, mod=["conditional", "reported"])

# k02 - syndicaliste et patron
f("k02", "Sylvain Marechal", ["secretair"], "CFDT")
f("k02", "Sylvain Marechal", ["accus"], "Bertrand Lefevre")
f("k02", "Bertrand Lefevre", ["pdg", "dirig", "patron"], "Novalys", hard=True)   # "le PDG du groupe pharmaceutique, Bertrand Lefevre"
f("k02", "Sylvain Marechal", ["obten", "obtenu"], ["garantie"], neg=True, hard=True)  # "le syndicaliste"
f("k02", "Bertrand Lefevre", ["ferm"], ["usine"], neg=True, hard=True, mod=["reported"])  # "Le patron ... assure qu'il ne fermera pas"
f("k02", "Novalys", ["supprim"], ["poste"], mod=["conditional", "reported"])

# k03 - vote au Parlement europeen
f("k03", "Parlement europeen", ["adopt"], ["reglement"])
f("k03", "Anneke Vermeulen", ["port"], ["projet"], hard=True)            # fronted participle
f("k03", "Anneke Vermeulen", ["rapport"], ["texte"], opt=True)
f("k03", "Parti populaire europeen", ["vot"], ["compromis"], neg=True, opt=True, hard=True)
f("k03", "Cepiflex", ["deplor"], ["texte"])
f("k03", "Cepiflex", ["federation"], ["fabricant"], opt=True)
f("k03", "Conseil de l'UE", ["approuv"], ["reglement"])

# k04 - fuite de donnees
f("k04", "Datalink", ["reconn", "victim"], ["cyberattaque"], opt=True)
f("k04", "ShadowNet", ["derob"], ["donnee"], hard=True)                 # passive + "un groupe de pirates se faisant appeler"
f("k04", "ShadowNet", ["reclam"], ["rancon"], hard=True)
f("k04", "Karim Benslimane", ["dirig"], "Datalink", hard=True)          # "L'entreprise, dirigee par..."
f("k04", "Datalink", ["vers", "pay"], ["rancon"], neg=True, hard=True, mod=["reported"])
f("k04", "CNIL", ["ouvr", "ouvert"], ["enquete"])

# k05 - greve chez un constructeur
f("k05", ["ouvrier"], ["cess"], ["travail"])
f("k05", "Valmont", ["annonc"], ["benefice"], hard=True)                # "Le constructeur automobile, qui a annonce"
f("k05", "Nadia Cherif", ["deleg"], "CGT")
f("k05", "Thierry Gaudin", ["drh", "direct"], "Valmont")
f("k05", "Thierry Gaudin", ["refus"], ["comment"])
f("k05", "Valmont", ["rouvr"], ["negociation"], hard=True, mod=["conditional", "reported"])  # "La direction pourrait"
f("k05", "CGT", ["*"], ["ouvrier"], opt=True)

# k06 - contrat aeronautique
f("k06", "Aerovia", ["remport"], ["contrat"])
f("k06", "SkyIndus", ["command"], ["appareil"], hard=True)              # "les appareils commandes par"
f("k06", "Helene Dufresnoy", ["direct"], "Aerovia")
f("k06", "Pratt & Whitney", ["concurr"], "Aerovia", hard=True, sym=True)  # "Son concurrent americain, Pratt & Whitney"
f("k06", "Aerovia", ["equip"], ["appareil"], opt=True)
f("k06", ["accord"], ["prevoi"], ["construction"], opt=True)
f("k06", ["commande"], ["gener"], ["emploi"], opt=True, mod=["conditional", "reported"])

# k07 - verdict d'assises
f("k07", "Cour d'assises de Loire-Atlantique", ["condamn"], "Julien Ravel")
f("k07", "Julien Ravel", ["nie"], ["fait"], hard=True)      # "L'accuse, qui avait toujours nie"
f("k07", "Antoine Berthelot", ["avocat"], "Julien Ravel", hard=True)    # "Son avocat, Me ..."
f("k07", "Julien Ravel", ["appel"], ["decision"], hard=True, mod=["conditional", "reported"])  # "son client ferait appel"
f("k07", "Emilie Tessier", ["compagn"], "Julien Ravel", hard=True, sym=True)
f("k07", "Sylvie Tessier", ["mere"], "Emilie Tessier", hard=True)      # "la mere de la victime"
f("k07", ["avocate"], ["requ", "requis"], ["perpetuite"], opt=True)

# k08 - prix scientifique
f("k08", "Claire Monnier", ["recu", "recev", "recoi"], "Prix Lindqvist")
f("k08", "Claire Monnier", ["direct", "chercheu"], "CNRS", hard=True)    # fronted apposition + "elle"
f("k08", "Claire Monnier", ["partag"], ["recompense"], hard=True)
f("k08", "Lars Ekberg", ["presid"], ["jury"], hard=True)                 # "Le jury, preside par"
f("k08", ["jury"], ["salu"], ["decouverte"])
f("k08", "Hiroshi Tanabe", ["*"], "Universite de Kyoto", opt=True)
f("k08", "Claire Monnier", ["partag"], "Hiroshi Tanabe", opt=True, hard=True, sym=True)

# k09 - incendie et prefecture
f("k09", ["mistral"], ["attis"], ["incendie"], hard=True)                # fronted participle
f("k09", "Prefecture du Var", ["ordonn"], ["evacuation"])
f("k09", ["ligne"], ["provoqu"], ["sinistre"], hard=True, mod=["conditional", "reported"])
f("k09", "Gerard Pellegrin", ["ouvr", "ouvert"], ["gymnase"])
f("k09", "Gerard Pellegrin", ["maire"], "Vidauban", opt=True)
f("k09", "Philippe Mazaud", ["prefet"], "Prefecture du Var", opt=True, hard=True)
f("k09", ["canadair"], ["appui"], ["pompier"], opt=True, hard=True)
f("k09", "Philippe Mazaud", ["exclu"], ["evacuation"], neg=True, opt=True, hard=True)

# k10 - scandale federal
f("k10", "Jean-Marc Soulier", ["president"], "UFVP")
f("k10", "Jean-Marc Soulier", ["utilis"], ["carte"], hard=True, mod=["reported"])  # "Les enqueteurs lui reprochent d'avoir utilise"
f("k10", "Inspection generale", ["alert"], "Ministere des Sports", hard=True)     # fronted participle
f("k10", "Ministere des Sports", ["suspend"], ["subvention"])
f("k10", "Jean-Marc Soulier", ["contest"], ["accusation"], hard=True)
f("k10", "Laure Fabre", ["avocat"], "Jean-Marc Soulier", hard=True)
f("k10", "Laure Fabre", ["denonc"], ["acharnement"])
f("k10", ["club"], ["reclam"], ["convocation"], opt=True)

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Bertrand Lefevre", "Anneke Vermeulen", "Datalink", "Valmont",
                         "Julien Ravel", "Claire Monnier", "Jean-Marc Soulier", "CNIL"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
