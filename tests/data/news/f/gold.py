# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # f1
 "Banque Vauclair": ["banque vauclair", "vauclair"],
 "Crédit Méridional": ["credit meridional"],
 "Olivier Cassagne": ["olivier cassagne", "cassagne", "m. cassagne"],
 "Henri Bastide": ["henri bastide", "bastide"],
 "Rothschild & Co": ["rothschild & co", "rothschild"],
 # f2
 "SNPL": ["snpl", "syndicat national des pilotes de ligne"],
 "Volair": ["volair"],
 "Aérolis": ["aerolis", "groupe aerolis"],
 "Stéphane Marchetti": ["stephane marchetti", "marchetti"],
 # f3
 "Gouvernement guinéen": ["gouvernement guineen", "conakry"],
 "Kindia Minerals": ["kindia minerals", "kindia"],
 "Abdoulaye Camara": ["abdoulaye camara", "camara"],
 "Mark Pendleton": ["mark pendleton", "pendleton"],
 "Cirdi": ["cirdi"],
 # f4
 "BCEAO": ["bceao", "banque centrale des etats de l'afrique de l'ouest"],
 "Ousmane Diabaté": ["ousmane diabate", "diabate"],
 "Aminata Ndour": ["aminata ndour", "ndour"],
 "Afrifinance Conseil": ["afrifinance conseil", "afrifinance"],
 # f5
 "Hydrolia": ["hydrolia"],
 "Northgate Ventures": ["northgate ventures", "northgate"],
 "Bpifrance": ["bpifrance"],
 "Claire Morvan": ["claire morvan", "morvan", "mme morvan"],
 "Adrien Fayolle": ["adrien fayolle", "fayolle"],
 # f6
 "Amílcar Vaz da Costa": ["amilcar vaz da costa", "vaz da costa", "m. vaz da costa"],
 "Joaquim Pires": ["joaquim pires", "pires"],
 "Commission électorale nationale": ["commission electorale nationale"],
 "Akosua Mensah": ["akosua mensah", "mensah"],
 # f7
 "Commission européenne": ["commission europeenne", "bruxelles"],
 "PT Sumatera Bioenergi": ["pt sumatera bioenergi", "sumatera bioenergi"],
 "Rizal Hartono": ["rizal hartono", "hartono"],
 "Indonésie": ["jakarta"],
 "OMC": ["omc", "organisation mondiale du commerce"],
 # f8
 "Orvéa": ["orvea"],
 "DatenWerk": ["datenwerk"],
 "SecureGrid": ["securegrid"],
 "Jonas Keller": ["jonas keller", "keller"],
 "Miriam Hofstetter": ["miriam hofstetter", "hofstetter"],
 "Benoît Lemarchand": ["benoit lemarchand", "lemarchand"],
 "BNP Paribas": ["bnp paribas"],
 "Gouvernement allemand": ["gouvernement allemand"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# f1 — bank merger
f("f1", "Banque Vauclair", ["rapproch", "fusion", "uni"], "Crédit Méridional", sym=True)
f("f1", "Banque Vauclair", ["lanc"], ["offre"], hard=True)                            # "offre ... lancée par Vauclair"
f("f1", "Olivier Cassagne", ["direct", "dirig"], "Banque Vauclair", hard=True)        # "Le directeur général de Y, X,"
f("f1", "Henri Bastide", ["president", "presid"], "Crédit Méridional", hard=True)
f("f1", "Henri Bastide", ["presid"], ["conseil"], hard=True)                          # clitic en
f("f1", "Olivier Cassagne", ["envisag"], ["fermeture"], neg=True, mod=["reported"], hard=True)  # quote, "Nous n'envisageons aucune"
f("f1", "Rothschild & Co", ["conseil"], "Crédit Méridional", hard=True)               # "Conseillé par"
f("f1", "Crédit Méridional", ["obten", "obtenu"], ["prime"], mod=["conditional", "reported"])

# f2 — airline strike
f("f2", "SNPL", ["lanc"], ["greve"], hard=True)                                       # "La grève lancée par"
f("f2", "Volair", ["filial"], "Aérolis", hard=True)                                   # apposition
f("f2", "SNPL", ["reclam"], ["revalorisation"], hard=True)                            # "Le syndicat"
f("f2", "Stéphane Marchetti", ["direct", "dirig"], "Volair", hard=True)
f("f2", ["revendication"], ["mett", "peril"], ["equilibre"], mod=["conditional", "reported"])
f("f2", ["ministre"], ["appel"], ["partie"])

# f3 — mining company and government
f("f3", "Gouvernement guinéen", ["suspend"], ["permis"])
f("f3", "Gouvernement guinéen", ["reproch"], "Kindia Minerals", hard=True)            # participle + clitic lui
f("f3", "Abdoulaye Camara", ["sign"], ["decision"], hard=True)                        # "signée par"
f("f3", "Kindia Minerals", ["contest"], ["mesure"], hard=True)                        # "la direction de Kindia"
f("f3", "Kindia Minerals", ["invest"], ["million", "dollar"], mod=["reported"], hard=True)
f("f3", "Mark Pendleton", ["direct", "dirig"], "Kindia Minerals", hard=True)          # "Son directeur général, X"
f("f3", "Mark Pendleton", ["saisi"], "Cirdi", mod=["conditional", "reported"])
f("f3", "Kindia Minerals", ["respect"], ["engagement"], neg=True, mod=["reported"], hard=True, opt=True)
f("f3", ["autorite"], ["renegoci", "cherch"], ["part"], mod=["conditional", "reported"], opt=True)

# f4 — central bank
f("f4", "BCEAO", ["redui", "abaiss", "decid"], ["taux"])
f("f4", "Ousmane Diabaté", ["gouverneur"], "BCEAO", hard=True)                        # "le gouverneur de l'institution, X"
f("f4", "Ousmane Diabaté", ["engag"], ["calendrier"], neg=True, mod=["conditional", "reported"], hard=True)
f("f4", ["banque"], ["refinanc"], "BCEAO", hard=True)                                 # "Les banques commerciales, qui se refinancent"
f("f4", "Aminata Ndour", ["cherch", "economist"], "Afrifinance Conseil", hard=True)   # apposition
f("f4", ["niveau"], ["frein"], ["investissement"], hard=True)                         # "que freine ... le niveau"

# f5 — start-up round
f("f5", "Hydrolia", ["boucl", "lev"], ["levee"])
f("f5", "Northgate Ventures", ["men"], ["levee"], hard=True)                          # "menée par"
f("f5", "Bpifrance", ["remi", "remet", "invest"], "Hydrolia", hard=True)              # "Ses investisseurs ..., dont Bpifrance"
f("f5", "Claire Morvan", ["fond"], "Hydrolia", hard=True)                             # "Fondée par ..., la société"
f("f5", "Adrien Fayolle", ["fond"], "Hydrolia", hard=True)
f("f5", "Hydrolia", ["construi"], ["usine"], hard=True)                               # "lui permettre de construire"
f("f5", "Claire Morvan", ["president"], "Hydrolia", hard=True)                        # "présidente de l'entreprise"
f("f5", "Hydrolia", ["sign"], ["lettre"], mod=["conditional", "reported"])

# f6 — election abroad
f("f6", "Amílcar Vaz da Costa", ["remport", "gagn"], ["tour"])
f("f6", "Commission électorale nationale", ["publi"], ["resultat"], hard=True)        # "publiés par"
f("f6", "Amílcar Vaz da Costa", ["devanc"], "Joaquim Pires", hard=True)               # "cet économiste"
f("f6", "Joaquim Pires", ["brigu"], ["mandat"], hard=True)
f("f6", "Joaquim Pires", ["reconn"], ["defaite"], neg=True, hard=True)                # "Ce dernier"
f("f6", "Akosua Mensah", ["condui", "dirig"], ["mission"], hard=True)                 # passive in a dont-clause
f("f6", ["observateur"], ["salu"], ["scrutin"])
f("f6", "Amílcar Vaz da Costa", ["promi", "attaqu"], ["cherte"])

# f7 — EU trade dispute
f("f7", "Commission européenne", ["impos"], ["droit"])
f("f7", "Commission européenne", ["accus"], ["producteur"], hard=True)                # participle
f("f7", "Rizal Hartono", ["denonc"], ["mesure"])
f("f7", "Indonésie", ["saisi"], "OMC", mod=["conditional", "reported"], hard=True)   # "son pays saisirait"
f("f7", "Indonésie", ["contest"], ["reglement"], hard=True)                           # "Jakarta, qui conteste"
f("f7", "Indonésie", ["restrein"], ["exportation"], mod=["conditional"])
f("f7", ["constructeur"], ["depend"], ["nickel"], hard=True)                          # "dont dépendent"
f("f7", "PT Sumatera Bioenergi", ["vent", "fond", "verr"], ["vente"], mod=["conditional", "reported"], opt=True)

# f8 — tech acquisition
f("f8", "Orvéa", ["acqui", "empar", "annonc"], "DatenWerk")
f("f8", "Orvéa", ["rachet"], "SecureGrid", hard=True)                                 # "le groupe, qui avait racheté"
f("f8", "Jonas Keller", ["fond"], "DatenWerk", hard=True)                             # "Les fondateurs de Y, X et Z,"
f("f8", "Miriam Hofstetter", ["fond"], "DatenWerk", hard=True)
f("f8", "Benoît Lemarchand", ["pdg", "dirig"], "Orvéa", hard=True)
f("f8", "Benoît Lemarchand", ["tabl"], ["chiffre"], hard=True)                        # relative qui
f("f8", "Gouvernement allemand", ["approuv"], ["transaction"])                        # passive with par
f("f8", "BNP Paribas", ["emprunt", "pret", "financ"], ["transaction"], hard=True, opt=True)

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Banque Vauclair", "Olivier Cassagne", "SNPL", "Gouvernement guinéen", "BCEAO",
                         "Amílcar Vaz da Costa", "Indonésie", "Claire Morvan"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
