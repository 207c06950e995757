# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # h01
 "Finma": ["autorite federale de surveillance des marches financiers", "finma"],
 "Perrin & Cie": ["perrin & cie"],
 "Charles-Henri Favre": ["charles-henri favre", "favre"],
 # h02
 "Pieter Vanhove": ["pieter vanhove", "vanhove"],
 "MR": ["mr"],
 "Vooruit": ["vooruit"],
 "Sophie Lambrechts": ["sophie lambrechts", "lambrechts"],
 "PS": ["ps"],
 # h03
 "Hydro-Québec": ["hydro-quebec"],
 "New York Power Authority": ["new york power authority", "nypa"],
 "TransEst": ["transest"],
 "Jean-François Lapierre": ["jean-francois lapierre", "lapierre"],
 "Coalition pour l'énergie juste": ["coalition pour l'energie juste"],
 "Montréal": ["montreal"],
 # h04
 "Amadou Sy Ndiaye": ["amadou sy ndiaye", "ndiaye"],
 "Ibrahima Faye": ["ibrahima faye", "faye"],
 "Thiès": ["thies"],
 "Union africaine": ["union africaine"],
 "Commission nationale de recensement des votes": ["commission nationale de recensement des votes"],
 # h05
 "Northvale Resources": ["northvale resources", "northvale"],
 "Kalsaka": ["kalsaka"],
 "Burkina Faso": ["burkina faso"],
 "Affaires mondiales Canada": ["affaires mondiales canada"],
 "Banque Nationale": ["banque nationale"],
 # h06
 "Alpina Air": ["alpina air"],
 "Skylane": ["skylane"],
 "Markus Imhof": ["markus imhof", "imhof"],
 "Olivier Dewulf": ["olivier dewulf", "dewulf"],
 "Commission européenne": ["commission europeenne", "bruxelles"],
 # h07
 "Horizons Solidaires": ["horizons solidaires"],
 "Mariam Touré": ["mariam toure", "toure"],
 "PAM": ["programme alimentaire mondial", "pam"],
 # h08
 "Lucas Vermeulen": ["lucas vermeulen", "vermeulen", "lucas"],
 "Flandria-Koga": ["flandria-koga"],
 "Dirk Peeters": ["dirk peeters", "peeters"],
 "Liège-Bastogne-Liège": ["liege-bastogne-liege"],
 "Ineos": ["ineos"],
 "UAE Team Emirates": ["uae team emirates"],
 "Tour de France": ["tour de france"],
 # h09
 "Vantix": ["vantix"],
 "Compario": ["compario"],
 "Elena Marković": ["elena markovic", "markovic"],
 "Tribunal de l'Union européenne": ["tribunal de l'union europeenne"],
 # h10
 "Musée d'art contemporain de Montréal": ["musee d'art contemporain de montreal", "mac"],
 "Isabelle Tremblay-Okafor": ["isabelle tremblay-okafor", "tremblay-okafor"],
 "Centre Vox": ["centre vox"],
 "Gilles Beauchemin": ["gilles beauchemin", "beauchemin"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# h01 - banque suisse et régulateur
f("h01", "Finma", ["ordonn", "sanction"], "Perrin & Cie")
f("h01", "Finma", ["constat"], ["manquement"])
f("h01", ["famille"], ["fond"], "Perrin & Cie", hard=True)                   # "fondé par la famille Perrin"
f("h01", "Perrin & Cie", ["verifi"], ["origine"], neg=True, hard=True, mod=["conditional", "reported"])
f("h01", "Finma", ["ouvr", "ouvert"], ["procedure"], hard=True)                        # "Celui-ci" = le régulateur
f("h01", "Perrin & Cie", ["envisag"], ["recours"], neg=True, mod=["reported"])
f("h01", "Charles-Henri Favre", ["associe", "gerant"], "Perrin & Cie", hard=True)   # "Son associé-gérant"

# h02 - gouvernement de coalition belge
f("h02", ["coalition"], ["trouv"], ["compromis"], hard=True)                 # fronted participle
f("h02", "Vooruit", ["exig"], ["contribution"], hard=True)                   # "Les socialistes flamands, qui"
f("h02", "Vooruit", ["obten"], ["taxe"], hard=True)
f("h02", "Vooruit", ["accept"], ["relevement"], hard=True)                   # "ils"
f("h02", "PS", ["emmen", "dirig"], ["opposition"], hard=True)                # "emmenée par le PS"
f("h02", ["opposition"], ["denonc"], ["accord"])

# h03 - contrat hydroélectrique québécois
f("h03", "Hydro-Québec", ["conclu", "sign"], ["entente"])
f("h03", "Hydro-Québec", ["conclu", "sign"], "New York Power Authority", sym=True, opt=True)
f("h03", "TransEst", ["construi", "confi"], ["ligne"], hard=True, opt=True)
f("h03", "Jean-François Lapierre", ["ministr"], ["economie"])                # apposition
f("h03", "Jean-François Lapierre", ["salu"], ["jalon"])
f("h03", "Coalition pour l'énergie juste", ["regroup"], ["organisme"], hard=True)   # relative clause
f("h03", "Hydro-Québec", ["honor"], ["engagement"], neg=True, hard=True, mod=["reported"])  # "la société d'État"

# h04 - élection sénégalaise
f("h04", "Amadou Sy Ndiaye", ["revendiqu"], ["victoire"])
f("h04", "Amadou Sy Ndiaye", ["recueill", "obten"], ["suffrage"], hard=True, mod=["conditional", "reported"])  # "l'ancien maire de Thiès"
f("h04", "Amadou Sy Ndiaye", ["maire"], "Thiès", hard=True, opt=True)
f("h04", "Ibrahima Faye", ["appel"], ["rivaux"], hard=True)                  # "Ce dernier"
f("h04", ["observateur"], ["relev"], ["irregularite"], neg=True)
f("h04", "Commission nationale de recensement des votes", ["proclam", "habilit"], ["resultat"], opt=True)

# h05 - société minière canadienne
f("h05", "Northvale Resources", ["suspend"], ["exploitation"])
f("h05", ["groupe"], ["enlev"], ["employe"], hard=True)                      # passive with "par"
f("h05", ["mine"], ["produi"], ["once"], hard=True)
f("h05", "Affaires mondiales Canada", ["confirm"], ["contact"], opt=True)
f("h05", "Northvale Resources", ["revoi"], ["prevision"], hard=True, mod=["conditional", "reported"])  # "l'entreprise"
f("h05", "Northvale Resources", ["*"], "Burkina Faso", opt=True)

# h06 - fusion aérienne
f("h06", "Alpina Air", ["fusion", "rapproch", "annonc"], "Skylane", sym=True)
f("h06", "Alpina Air", ["absor"], "Skylane", hard=True)                      # nominalisation
f("h06", "Markus Imhof", ["direct", "dirig"], "Alpina Air", hard=True)       # "Son directeur général"
f("h06", "Markus Imhof", ["prend", "tete", "dirig"], ["entite"])
f("h06", "Olivier Dewulf", ["patron", "dirig"], "Skylane")                   # apposition
f("h06", "Commission européenne", ["approuv"], ["projet"], hard=True)  # "doit encore être approuvé par"
f("h06", "Commission européenne", ["exig"], ["cession"], hard=True, mod=["conditional"])
f("h06", ["syndicat"], ["redout"], ["suppression"], hard=True, opt=True)

# h07 - ONG humanitaire et agence onusienne
f("h07", "Horizons Solidaires", ["lanc"], ["appel"])
f("h07", "Mariam Touré", ["direct", "dirig"], "Horizons Solidaires", hard=True)   # "Sa directrice des opérations"
f("h07", "Mariam Touré", ["decri"], ["enfant"])
f("h07", "PAM", ["assur"], ["distribution"], hard=True)                      # relative clause
f("h07", "PAM", ["redui", "reduit"], ["ration"], hard=True)
f("h07", ["bailleur"], ["vers"], ["dollar"], opt=True, mod=["reported"])
f("h07", "Horizons Solidaires", ["sign"], ["accord"], hard=True)             # "Les deux organisations"
f("h07", "PAM", ["sign"], ["accord"], hard=True, opt=True)

# h08 - cycliste et équipe
f("h08", "Lucas Vermeulen", ["prolong"], ["contrat"])
f("h08", "Lucas Vermeulen", ["prolong"], "Flandria-Koga", opt=True)
f("h08", "Lucas Vermeulen", ["vainqueur", "remport", "gagn"], "Liège-Bastogne-Liège", hard=True)  # apposition
f("h08", "Dirk Peeters", ["manag", "dirig"], "Flandria-Koga", hard=True)     # "le manager de l'équipe"
f("h08", "Flandria-Koga", ["revel"], "Lucas Vermeulen", hard=True, opt=True) # "l'équipe qui l'a révélé"
f("h08", "Lucas Vermeulen", ["cach"], ["ambition"], neg=True, hard=True)     # "Le Limbourgeois, qui"
f("h08", "Lucas Vermeulen", ["chois"], ["argent"], neg=True, mod=["reported"])
f("h08", "Dirk Peeters", ["devoil"], ["montant"], neg=True, hard=True)       # gerund "sans dévoiler"

# h09 - géant du numérique sanctionné à Bruxelles
f("h09", "Commission européenne", ["condamn", "inflig"], "Vantix")
f("h09", "Vantix", ["favoris"], ["comparateur"], hard=True)
f("h09", "Compario", ["depos"], ["plainte"], hard=True)                      # "déposée par"
f("h09", "Elena Marković", ["commissair", "charg"], ["concurrence"])        # apposition
f("h09", "Vantix", ["appel"], "Tribunal de l'Union européenne", hard=True, mod=["conditional", "reported"])  # "Le groupe californien ... qu'il ferait appel"
f("h09", "Vantix", ["dispos"], ["jour"], hard=True, opt=True)
f("h09", ["porte-parole"], ["jug"], ["decision"])

# h10 - nouvelle direction d'une institution culturelle
f("h10", ["conseil"], ["nomm"], "Isabelle Tremblay-Okafor")
f("h10", "Isabelle Tremblay-Okafor", ["dirig"], "Centre Vox", hard=True)     # "la Montréalaise de 46 ans"
f("h10", "Isabelle Tremblay-Okafor", ["succed", "rempla"], "Gilles Beauchemin", hard=True)   # "Elle"
f("h10", "Gilles Beauchemin", ["quitt"], ["fonction"], hard=True)
f("h10", ["ministere"], ["reevalu"], ["cout"], hard=True)                    # passive with "par"
f("h10", ["rapport"], ["critiqu"], ["gestion"], opt=True)
f("h10", "Isabelle Tremblay-Okafor", ["promet", "accord"], ["place"], hard=True, opt=True)

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Finma", "New York Power Authority", "Amadou Sy Ndiaye", "Commission européenne",
                         "PAM", "Lucas Vermeulen", "Dirk Peeters", "Musée d'art contemporain de Montréal"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
