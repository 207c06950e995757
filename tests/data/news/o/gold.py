# Gold facts for the held-out texts o01-o10 (French regional and national dailies).
# Run: python3 gold.py [gold.json]
# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # o01
 "Saint-Aubin-des-Landes": ["saint-aubin-des-landes", "saint aubin des landes"],
 "Conseil municipal de Saint-Aubin-des-Landes": ["conseil municipal de saint-aubin-des-landes", "conseil municipal"],
 "Claire Vasseur": ["claire vasseur", "vasseur", "mme claire vasseur"],
 "Thierry Malandain": ["thierry malandain", "malandain"],
 "Saint-Aubin Autrement": ["saint-aubin autrement", "groupe saint-aubin autrement"],
 "Jean-Paul Rioux": ["jean-paul rioux", "rioux"],
 "Immo Atlantique": ["immo atlantique", "societe immo atlantique"],
 # o02
 "Tribunal correctionnel de Lyon": ["tribunal correctionnel de lyon", "tribunal correctionnel"],
 "Bernard Coustel": ["bernard coustel", "coustel", "m. coustel"],
 "Transalp Logistique": ["transalp logistique", "transalp"],
 "Sophie Lambertin": ["sophie lambertin", "lambertin", "me sophie lambertin"],
 "Didier Pons": ["didier pons", "pons"],
 "Megève": ["megeve"],
 # o03
 "Delmotte": ["delmotte", "biscuiterie delmotte", "biscuits delmotte"],
 "Van Dijk Foods": ["van dijk foods", "van dijk", "groupe van dijk foods"],
 "Olivier Delmotte": ["olivier delmotte"],
 "Bailleul": ["bailleul"],
 "Karine Lefebvre": ["karine lefebvre", "lefebvre"],
 "CGT": ["cgt"],
 "Autorité de la concurrence": ["autorite de la concurrence"],
 "Hauts-de-France": ["hauts-de-france", "region hauts-de-france", "hauts de france"],
 # o04
 "US Montauriol": ["us montauriol", "montauriol"],
 "Franck Ibarra": ["franck ibarra", "ibarra"],
 "Agen": ["agen", "su agen"],
 "Marc Soulié": ["marc soulie", "soulie"],
 "Yannick Bordes": ["yannick bordes", "bordes"],
 "Laurent Carrère": ["laurent carrere", "carrere"],
 "Béziers": ["beziers", "as beziers"],
 "Oyonnax": ["oyonnax"],
 "Kévin Lasserre": ["kevin lasserre", "lasserre"],
 # o05
 "Les Nuits de Kerlouan": ["les nuits de kerlouan", "nuits de kerlouan", "festival les nuits de kerlouan"],
 "Hélène Marchal": ["helene marchal", "marchal"],
 "Grand Prix": ["grand prix"],
 "La Maison des marées": ["la maison des marees", "maison des marees"],
 "Lou Tanguy": ["lou tanguy", "tanguy"],
 "Douarnenez": ["douarnenez"],
 "Gaël Le Bihan": ["gael le bihan", "le bihan"],
 "Écume Films": ["ecume films"],
 "Sel": ["sel"],
 "Ousmane Diallo": ["ousmane diallo", "diallo"],
 "Pierre-Yves Caradec": ["pierre-yves caradec", "caradec"],
 "Région Bretagne": ["region bretagne", "bretagne"],
 # o06
 "ARS Occitanie": ["ars occitanie", "ars", "agence regionale de sante", "agence regionale de sante d'occitanie", "ars d'occitanie"],
 "Centre hospitalier de Castelbrac": ["centre hospitalier de castelbrac", "hopital de castelbrac"],
 "Castelbrac": ["castelbrac"],
 "CHU de Toulouse": ["chu de toulouse"],
 "Anne Ferrand": ["anne ferrand", "ferrand"],
 "Laurent Gimenez": ["laurent gimenez", "gimenez"],
 "Touche pas à ma maternité": ["touche pas a ma maternite", "collectif touche pas a ma maternite"],
 "Tribunal administratif de Toulouse": ["tribunal administratif de toulouse"],
 "Nathalie Bousquet": ["nathalie bousquet", "bousquet"],
 # o07
 "Région Grand Est": ["region grand est", "grand est", "la region grand est"],
 "Hervé Kieffer": ["herve kieffer", "kieffer"],
 "SNCF Voyageurs": ["sncf voyageurs"],
 "SNCF Réseau": ["sncf reseau"],
 "Lorraine Rail Avenir": ["lorraine rail avenir"],
 "Martine Schmitt": ["martine schmitt", "schmitt"],
 "Julien Mathis": ["julien mathis", "mathis"],
 # o08
 "Vienne": ["vienne"],
 "Isabelle Garnier": ["isabelle garnier", "garnier"],
 "Clain": ["clain", "le clain"],
 "Coopérative agricole du Haut-Poitou": ["cooperative agricole du haut-poitou", "cooperative du haut-poitou"],
 "Jean-Michel Bonnin": ["jean-michel bonnin", "bonnin"],
 "Civray": ["civray"],
 "Vienne Nature": ["vienne nature", "association vienne nature"],
 "Élodie Marchand": ["elodie marchand", "marchand"],
 # o09
 "Lycée Camille-Claudel": ["lycee camille-claudel", "lycee camille-claudel de vence", "camille-claudel", "lycee camille claudel"],
 "Académie de Nice": ["academie de nice", "rectorat", "rectorat de nice", "rectorat de l'academie de nice"],
 "Mathieu Serrano": ["mathieu serrano", "serrano"],
 "SNES-FSU": ["snes-fsu", "snes"],
 "Françoise Aubert": ["francoise aubert", "aubert", "mme francoise aubert"],
 "Jean-Marc Delorme": ["jean-marc delorme", "delorme"],
 "FCPE": ["fcpe"],
 # o10
 "La Truite de la Grosne": ["la truite de la grosne", "truite de la grosne", "association la truite de la grosne"],
 "Parquet de Mâcon": ["parquet de macon"],
 "OFB": ["ofb", "office francais de la biodiversite"],
 "Chimicor": ["chimicor", "societe chimicor"],
 "Salornay-sur-Guye": ["salornay-sur-guye", "salornay sur guye"],
 "Patrick Dumoulin": ["patrick dumoulin", "dumoulin"],
 "Gérard Perrin": ["gerard perrin", "perrin"],
 "Grosne": ["grosne", "la grosne"],
 "Sylvie Brun": ["sylvie brun", "brun"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))
ANY = ["asserted", "conditional", "reported"]
REP = ["asserted", "reported"]

# o01 local politics
f("o01", "Conseil municipal de Saint-Aubin-des-Landes", ["adopt"], ["budget"])
f("o01", "Claire Vasseur", ["present"], ["budget"], hard=True)
f("o01", "Thierry Malandain", ["chef", "dirig"], "Saint-Aubin Autrement")
f("o01", "Thierry Malandain", ["reclam"], ["audit"], hard=True)
f("o01", "Jean-Paul Rioux", ["refus"], ["audit"], hard=True)
f("o01", "Jean-Paul Rioux", ["maire"], "Saint-Aubin-des-Landes", hard=True)
f("o01", "Jean-Paul Rioux", ["defend"], ["budget"])
f("o01", "Saint-Aubin-des-Landes", ["vend"], ["gendarmerie"], neg=True, hard=True, mod=ANY)
f("o01", "Immo Atlantique", ["convoit"], ["gendarmerie"], hard=True)
f("o01", "Thierry Malandain", ["accus"], "Jean-Paul Rioux", hard=True)

# o02 court
f("o02", "Tribunal correctionnel de Lyon", ["condamn"], "Bernard Coustel")
f("o02", "Bernard Coustel", ["president", "dirig", "patron"], "Transalp Logistique")
f("o02", "Bernard Coustel", ["utilis"], ["fonds"], hard=True, mod=REP)
f("o02", "Bernard Coustel", ["reconn"], ["fait"], neg=True, hard=True)
f("o02", "Sophie Lambertin", ["avocat"], "Bernard Coustel", hard=True)
f("o02", "Sophie Lambertin", ["annonc"], ["appel"])
f("o02", "Transalp Logistique", ["plac"], ["liquidation"], hard=True)
f("o02", "Tribunal correctionnel de Lyon", ["prononc"], ["interdiction"], hard=True)
f("o02", "Didier Pons", ["associ"], "Bernard Coustel", sym=True)
f("o02", "Tribunal correctionnel de Lyon", ["relax"], "Didier Pons", opt=True, hard=True)

# o03 company takeover
f("o03", "Van Dijk Foods", ["rachet", "rachat", "acqui"], "Delmotte")
f("o03", "Olivier Delmotte", ["directeur", "dirig"], "Delmotte", hard=True)
f("o03", "Delmotte", ["install"], "Bailleul", opt=True)
f("o03", "Van Dijk Foods", ["engag", "maint"], ["emploi"], hard=True)
f("o03", "Karine Lefebvre", ["deleg"], "CGT")
f("o03", "CGT", ["demand"], ["rencontre"])
f("o03", "Van Dijk Foods", ["repond"], "CGT", neg=True, hard=True)
f("o03", "Autorité de la concurrence", ["valid"], ["rachat"], hard=True)
f("o03", "Hauts-de-France", ["accord"], ["subvention"])
f("o03", "Hauts-de-France", ["accord", "subvention"], "Delmotte", opt=True, hard=True)

# o04 rugby
f("o04", "US Montauriol", ["limog", "separ"], "Franck Ibarra")
f("o04", "Franck Ibarra", ["entrain"], "US Montauriol", hard=True)
f("o04", "Franck Ibarra", ["redress", "reuss"], "US Montauriol", neg=True, hard=True)
f("o04", "US Montauriol", ["defaite", "conced", "perd"], "Agen", opt=True, hard=True)
f("o04", "Marc Soulié", ["president"], "US Montauriol", hard=True)
f("o04", "Yannick Bordes", ["assur"], ["interim"])
f("o04", "US Montauriol", ["contact"], "Laurent Carrère", mod=["conditional", "reported"])
f("o04", "Laurent Carrère", ["entrain"], "Béziers")
f("o04", "US Montauriol", ["deplac"], "Oyonnax", hard=True)
f("o04", "Kévin Lasserre", ["manqu"], ["rencontre"])

# o05 film festival
f("o05", "Hélène Marchal", ["presid"], ["jury"], hard=True)
f("o05", ["jury"], ["decern"], "Grand Prix")
f("o05", "Lou Tanguy", ["realis", "film", "metrage"], "La Maison des marées", hard=True)
f("o05", "La Maison des marées", ["tourn"], "Douarnenez", hard=True)
f("o05", "Lou Tanguy", ["remerci"], "Gaël Le Bihan", hard=True)
f("o05", "Gaël Le Bihan", ["fond"], "Écume Films")
f("o05", "Ousmane Diallo", ["sign", "realis"], "Sel", hard=True)
f("o05", "Ousmane Diallo", ["fair", "pu"], ["deplacement"], neg=True, hard=True)
f("o05", "Pierre-Yves Caradec", ["directeur", "dirig"], "Les Nuits de Kerlouan", hard=True)
f("o05", "Région Bretagne", ["confirm"], ["soutien"])

# o06 hospital
f("o06", "ARS Occitanie", ["ordonn"], ["fermeture"])
f("o06", "Anne Ferrand", ["gynecolog"], "Castelbrac")
f("o06", "Anne Ferrand", ["jug"], ["distance"], hard=True)
f("o06", "Laurent Gimenez", ["directeur", "dirig"], "Centre hospitalier de Castelbrac", hard=True)
f("o06", "Touche pas à ma maternité", ["depos"], ["recours"])
f("o06", "Touche pas à ma maternité", ["recours", "depos"], "Tribunal administratif de Toulouse", opt=True)
f("o06", "Nathalie Bousquet", ["ecri"], ["ministre"])
f("o06", "Nathalie Bousquet", ["demand"], ["moratoire"])
f("o06", "Nathalie Bousquet", ["recu", "recev"], ["reponse"], neg=True, hard=True)
f("o06", ["mere"], ["orient"], "CHU de Toulouse", opt=True)

# o07 regional trains
f("o07", "Hervé Kieffer", ["vice", "presid"], "Région Grand Est")
f("o07", "Hervé Kieffer", ["convoqu"], "SNCF Voyageurs", hard=True)
f("o07", "Martine Schmitt", ["presid"], "Lorraine Rail Avenir", hard=True)
f("o07", "Région Grand Est", ["financ"], ["service"], hard=True)
f("o07", "Région Grand Est", ["envisag", "appliqu"], ["penalite"], hard=True)
f("o07", "SNCF Voyageurs", ["met", "mis", "cause"], ["travau"])
f("o07", "SNCF Réseau", ["men"], ["travau"], hard=True)
f("o07", "Julien Mathis", ["directeur", "dirig"], "SNCF Voyageurs", hard=True)
f("o07", "Julien Mathis", ["promet", "promis"], ["retour"])
f("o07", ["explication"], ["convain"], "Martine Schmitt", neg=True, hard=True)

# o08 drought and irrigation
f("o08", "Isabelle Garnier", ["prefet"], "Vienne")
f("o08", "Isabelle Garnier", ["accord"], ["derogation"])
f("o08", ["agricult", "irrig"], ["prelev"], "Clain", opt=True, hard=True)
f("o08", "Coopérative agricole du Haut-Poitou", ["obten", "obtenu"], ["derogation"], hard=True)
f("o08", "Jean-Michel Bonnin", ["presid"], "Coopérative agricole du Haut-Poitou", hard=True)
f("o08", "Jean-Michel Bonnin", ["install"], "Civray", hard=True)
f("o08", "Vienne Nature", ["contest"], ["decision"])
f("o08", "Élodie Marchand", ["porte-parole", "parole"], "Vienne Nature", hard=True)
f("o08", "Vienne Nature", ["attaqu"], ["arrete"], hard=True, mod=ANY)

# o09 school strike
f("o09", "Académie de Nice", ["decid"], ["suppression"], hard=True)
f("o09", "Mathieu Serrano", ["professeur"], "Lycée Camille-Claudel", opt=True)
f("o09", "Mathieu Serrano", ["represent"], "SNES-FSU")
f("o09", "Françoise Aubert", ["proviseur"], "Lycée Camille-Claudel", hard=True)
f("o09", "Françoise Aubert", ["rejoi"], ["mouvement"], neg=True, hard=True)
f("o09", "Jean-Marc Delorme", ["recu", "recev"], "Françoise Aubert", hard=True)
f("o09", "Jean-Marc Delorme", ["recteur"], "Académie de Nice", hard=True)
f("o09", "Françoise Aubert", ["obten", "obtenu"], ["garantie"], neg=True, hard=True)
f("o09", "Jean-Marc Delorme", ["propos"], ["option"], hard=True)
f("o09", "FCPE", ["souti"], ["greviste"], hard=True)

# o10 river pollution
f("o10", "La Truite de la Grosne", ["depos"], ["plainte"])
f("o10", "OFB", ["realis"], ["analyse"], hard=True)
f("o10", "Chimicor", ["implant"], "Salornay-sur-Guye", hard=True)
f("o10", ["prefecture"], ["mis", "demeure"], "Chimicor", hard=True)
f("o10", "Patrick Dumoulin", ["directeur", "dirig"], "Chimicor", hard=True)
f("o10", "Patrick Dumoulin", ["dement"], ["responsabilite"])
f("o10", "Gérard Perrin", ["presid"], "La Truite de la Grosne", hard=True)
f("o10", "Sylvie Brun", ["maire"], "Salornay-sur-Guye")
f("o10", "Sylvie Brun", ["demand"], "Chimicor", hard=True)
f("o10", "Chimicor", ["suspend", "fait"], ["rejet"], neg=True, hard=True)

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Jean-Paul Rioux", "Bernard Coustel", "Van Dijk Foods", "US Montauriol", "Lou Tanguy",
                         "Nathalie Bousquet", "Région Grand Est", "Vienne Nature", "Françoise Aubert", "Chimicor"]},
          open(sys.argv[1] if len(sys.argv) > 1 else "gold.json", "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
