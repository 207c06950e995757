# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # b1
 "Hydrelis": ["hydrelis"],
 "Voltanor": ["voltanor"],
 "Claire Morvan": ["claire morvan", "morvan"],
 "Nadia Kerbrat": ["nadia kerbrat", "kerbrat"],
 "Bercy": ["bercy"],
 # b2
 "Pétrolia": ["petrolia"],
 "CGT": ["cgt"],
 "Yannick Le Goff": ["yannick le goff", "le goff"],
 "Thierry Vasseur": ["thierry vasseur", "vasseur"],
 # b3
 "Cour d'appel de Rennes": ["cour d'appel de rennes", "cour d'appel"],
 "Transarmor": ["transarmor"],
 "Hervé Lannuzel": ["herve lannuzel", "lannuzel"],
 "Conseil de prud'hommes de Quimper": ["conseil de prud'hommes de quimper", "prud'hommes de quimper", "conseil de prud'hommes", "prud'hommes"],
 "Gilles Ropars": ["gilles ropars", "me gilles ropars", "ropars"],
 "Sophie Caradec": ["sophie caradec", "me sophie caradec", "caradec"],
 # b4
 "US Montvalon": ["us montvalon", "montvalon"],
 "RC Bastide": ["rc bastide", "bastide"],
 "Hugo Lacombe": ["hugo lacombe", "lacombe"],
 "Patrick Esquerré": ["patrick esquerre", "esquerre"],
 "Romain Etcheverry": ["romain etcheverry", "etcheverry"],
 # b5
 "Les Nuits de Kerhervé": ["les nuits de kerherve", "nuits de kerherve"],
 "Marée Basse": ["maree basse"],
 "Anne Le Bihan": ["anne le bihan", "le bihan"],
 "Kerhervé Musiques": ["kerherve musiques"],
 "Conseil départemental du Finistère": ["conseil departemental du finistere", "conseil departemental"],
 # b6
 "CHU de Brévannes": ["chu de brevannes", "centre hospitalier universitaire de brevannes", "chu"],
 "Catherine Vallerand": ["catherine vallerand", "vallerand"],
 "Marc Delorme": ["marc delorme", "delorme"],
 # b7
 "Hélène Marchetti": ["helene marchetti", "marchetti", "mme marchetti"],
 "Rui Valadares": ["rui valadares", "valadares", "m. valadares"],
 "France": ["france", "paris"],
 # b8
 "CNIL": ["cnil", "commission nationale de l'informatique et des libertes"],
 "Cliqo": ["cliqo"],
 "Julien Ferrand": ["julien ferrand", "ferrand", "m. ferrand"],
 "Samia Benali": ["samia benali", "benali"],
 "Vectra": ["vectra"],
 "Conseil d'État": ["conseil d'etat"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# b1 -- energy contract
f("b1", "Hydrelis", ["sign"], ["contrat"])
f("b1", "Claire Morvan", ["fond"], "Hydrelis", hard=True)                 # fronted participle "Fondée ... par", subject "la société"
f("b1", "Hydrelis", ["emploi", "employ"], ["salarie"], hard=True)        # "la société emploie"
f("b1", "Nadia Kerbrat", ["direct", "dirig"], "Hydrelis")                 # apposition
f("b1", "Nadia Kerbrat", ["succed", "succes"], "Claire Morvan", hard=True)  # "qui a succédé à la fondatrice"
f("b1", "Voltanor", ["rachet", "envisag"], ["capital"], mod=["conditional", "reported"])
f("b1", "Hydrelis", ["confirm"], ["information"], neg=True, hard=True)   # "le groupe nantais n'a pas confirmé"
f("b1", "Bercy", ["accord"], ["aide"])

# b2 -- strike, union
f("b2", "Pétrolia", ["exploit"], ["raffinerie"], hard=True)              # "la raffinerie exploitée par Pétrolia"
f("b2", "CGT", ["reclam"], ["hausse"], hard=True)                        # "Le syndicat réclame"
f("b2", "CGT", ["reclam"], ["embauche"], hard=True)                      # coordinated object
f("b2", "Yannick Le Goff", ["deleg"], "CGT")                             # apposition
f("b2", ["direction"], ["recu", "recev", "recoi"], ["representant"], neg=True)
f("b2", "Thierry Vasseur", ["direct"], ["raffinerie"])                   # apposition
f("b2", "Thierry Vasseur", ["saisi"], ["tribunal"])
f("b2", "Thierry Vasseur", ["refus"], ["negociation"], hard=True)        # "Il continue de refuser"

# b3 -- court ruling
f("b3", "Cour d'appel de Rennes", ["condamn"], "Transarmor")
f("b3", "Hervé Lannuzel", ["dirig"], "Transarmor", hard=True)             # "l'entreprise, dirigée par"
f("b3", "Transarmor", ["respect"], ["obligation"], neg=True, hard=True, mod=["reported"])  # "Les juges ont estimé que l'entreprise n'avait pas respecté"
f("b3", "Conseil de prud'hommes de Quimper", ["condamn"], "Transarmor", hard=True)  # fronted passive participle + "la société"
f("b3", "Transarmor", ["contest"], ["jugement"], hard=True)
f("b3", "Gilles Ropars", ["avocat"], "Transarmor", hard=True)             # "son avocat, Me Gilles Ropars"
f("b3", "Sophie Caradec", ["defend"], ["salarie"], hard=True)            # "Les anciens salariés, défendus par"
f("b3", "Transarmor", ["invoqu"], ["difficulte"], opt=True, hard=True)  # gerund

# b4 -- rugby
f("b4", "US Montvalon", ["batt", "battu"], "RC Bastide")
f("b4", "Patrick Esquerré", ["ecart"], "Hugo Lacombe", hard=True)        # passive in relative clause
f("b4", "Hugo Lacombe", ["inscri"], ["point"])
f("b4", ["supporter"], ["design"], "Hugo Lacombe")
f("b4", "Romain Etcheverry", ["capitaine"], "RC Bastide", hard=True)     # "Le capitaine bastidais, Romain Etcheverry"
f("b4", ["arbitre"], ["exclu"], "Romain Etcheverry")
f("b4", ["coequipier"], ["reuss", "recoll"], ["score"], neg=True, opt=True)

# b5 -- festival
f("b5", ["benevole"], ["cre"], "Les Nuits de Kerhervé", hard=True)       # fronted participle "Créé en 2009 par"
f("b5", "Les Nuits de Kerhervé", ["attir"], ["spectateur"])
f("b5", ["organisateur"], ["programm"], "Marée Basse", hard=True)        # object relative "que les organisateurs avaient programmé"
f("b5", "Marée Basse", ["annul"], ["concert"])
f("b5", "Anne Le Bihan", ["president"], "Kerhervé Musiques")              # apposition
f("b5", "Kerhervé Musiques", ["organis"], "Les Nuits de Kerhervé", hard=True)  # "qui organise l'événement"
f("b5", "Anne Le Bihan", ["reprogramm", "promi"], "Marée Basse", hard=True)  # "Elle a promis de reprogrammer le groupe"
f("b5", "Les Nuits de Kerhervé", ["gener"], ["retombee"], hard=True, mod=["conditional", "reported"])
f("b5", "Conseil départemental du Finistère", ["subvention"], "Les Nuits de Kerhervé", hard=True)  # clitic "le"

# b6 -- hospital
f("b6", "CHU de Brévannes", ["suspend"], ["accouchement"])
f("b6", "Catherine Vallerand", ["annonc"], ["decision"])                 # passive with "par"
f("b6", "Catherine Vallerand", ["direct"], "CHU de Brévannes", hard=True)  # "la directrice de l'établissement, Catherine Vallerand"
f("b6", ["gynecolog"], ["quitt"], "CHU de Brévannes", hard=True)         # "l'hôpital"
f("b6", "Marc Delorme", ["interpell"], ["ministre"])
f("b6", "Marc Delorme", ["denonc"], ["abandon"], hard=True)              # gerund
f("b6", ["fermeture"], ["depass"], ["mois"], neg=True, opt=True, mod=["reported"])

# b7 -- diplomacy
f("b7", "Hélène Marchetti", ["rencontr"], "Rui Valadares", sym=True)
f("b7", "Hélène Marchetti", ["sign"], ["accord"], hard=True)             # "Les deux responsables"
f("b7", "Rui Valadares", ["sign"], ["accord"], hard=True)
f("b7", ["premier", "ministre"], ["recu", "recev", "recoi"], "Hélène Marchetti", hard=True)  # "Reçue ensuite par ..., la ministre"
f("b7", "Hélène Marchetti", ["plaid"], ["renforcement"], hard=True)      # "la ministre a plaidé"
f("b7", "Hélène Marchetti", ["evoqu"], ["dossier"], neg=True, hard=True) # "Elle n'a pas évoqué"
f("b7", "France", ["propos", "financ"], ["navire"], mod=["conditional", "reported"])
f("b7", "Hélène Marchetti", ["refus"], ["commentaire"])

# b8 -- tech company, fine
f("b8", "CNIL", ["infl"], ["amende"])
f("b8", "Julien Ferrand", ["fond"], "Cliqo", hard=True)                  # "Cliqo, le réseau social ... fondé par"
f("b8", "Samia Benali", ["fond"], "Cliqo", hard=True)                    # coordinated agent
f("b8", "CNIL", ["reproch"], "Cliqo", hard=True)                         # "L'autorité reproche à l'entreprise"
f("b8", "Cliqo", ["revend"], ["information"], hard=True)                 # "la plateforme revendait"
f("b8", "Cliqo", ["provision"], ["somme"], hard=True, mod=["conditional", "reported"])
f("b8", "Julien Ferrand", ["dirig"], "Cliqo", hard=True)                 # "qui la dirige"
f("b8", "Julien Ferrand", ["saisi"], "Conseil d'État", hard=True, mod=["conditional", "reported"])  # "a annoncé qu'il saisirait"
f("b8", "Vectra", ["rachet"], "Cliqo", hard=True)                        # fronted participle "Racheté ... par"

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["CNIL", "CHU de Brévannes", "Hélène Marchetti", "Rui Valadares",
                         "US Montvalon", "Julien Ferrand", "Hugo Lacombe", "Claire Morvan"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
