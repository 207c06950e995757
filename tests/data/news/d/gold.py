# s/o: an entity name from ENTITIES, or a list of stems that the node's name must contain.
# r: stems, one of which the relation text or lemma must contain; "*" accepts any relation.
# neg: the statement must be negated. mod: accepted modalities. opt: correct but not required.
# hard: needs coreference, an apposition or a participle reading. sym: either direction.
import json, sys
ENTITIES = {
 # d01
 "Brume Interactive": ["brume interactive", "brume"],
 "Clémence Arnaud": ["clemence arnaud", "arnaud", "mme arnaud"],
 "Hugo Delorme": ["hugo delorme", "delorme"],
 "Nordvik Games": ["nordvik games", "nordvik"],
 "STJV": ["stjv", "syndicat des travailleurs du jeu video"],
 "Le Point": ["le point"],
 # d02
 "Aurelis": ["aurelis"],
 "Maison Verlaine": ["maison verlaine"],
 "Bernard Castelnau": ["bernard castelnau", "castelnau"],
 "famille Verlaine": ["famille verlaine"],
 "Commission européenne": ["commission europeenne"],
 "Les Échos": ["les echos", "echos"],
 "Inès Morel": ["ines morel", "morel"],
 # d03
 "Centre hospitalier de Montclar-sur-Ain": ["centre hospitalier de montclar-sur-ain", "hopital de montclar-sur-ain", "centre hospitalier", "montclar-sur-ain"],
 "BlackTide": ["blacktide"],
 "Pascal Guérin": ["pascal guerin", "guerin"],
 "Parquet de Paris": ["parquet de paris"],
 "Cnil": ["cnil"],
 "Bourg-en-Bresse": ["bourg-en-bresse"],
 # d04
 "Ondes Média": ["ondes media"],
 "Frédéric Lamarque": ["frederic lamarque", "lamarque", "m. lamarque"],
 "Commission d'enquête": ["commission d'enquete", "commission d'enquete de l'assemblee nationale"],
 "Sophie Kessler": ["sophie kessler", "kessler"],
 "Arcom": ["arcom"],
 "Libération": ["liberation"],
 "OMTV": ["omtv"],
 "Karim Benali": ["karim benali", "benali"],
 # d05
 "Léa Fournier": ["lea fournier", "fournier"],
 "Tour du Léman": ["tour du leman"],
 "Helvetia Cycling": ["helvetia cycling"],
 "Femke Dijkstra": ["femke dijkstra", "dijkstra"],
 "Giulia Ferri": ["giulia ferri", "ferri"],
 "Marc Rochat": ["marc rochat", "rochat"],
 "Leysin": ["leysin"],
 # d06
 "Nour Belkacem": ["nour belkacem", "belkacem"],
 "Marée basse": ["maree basse"],
 "Sillon Records": ["sillon records"],
 "Julien Vasseur": ["julien vasseur", "vasseur"],
 "Kenzo D": ["kenzo d"],
 "France 2": ["france 2"],
 "Médiamétrie": ["mediametrie"],
 "Victoires de la musique": ["victoires de la musique"],
 # d07
 "Valmont": ["valmont"],
 "Brandt Technik": ["brandt technik", "brandt"],
 "Le Figaro": ["le figaro", "figaro"],
 "Thierry Sarrazin": ["thierry sarrazin", "sarrazin"],
 "Douvrin-sur-Lys": ["douvrin-sur-lys"],
 # d08
 "Lumen": ["lumen"],
 "Orbitalis": ["orbitalis"],
 "Agence spatiale européenne": ["agence spatiale europeenne", "esa"],
 "Anne-Sophie Lemaire": ["anne-sophie lemaire", "lemaire"],
 "Nasa": ["nasa"],
 "Kourou": ["kourou"],
 "Ariane 6": ["ariane 6"],
 "Vénus": ["venus"],
 # d09
 "Gérard Pellissier": ["gerard pellissier", "pellissier", "m. pellissier"],
 "Saint-Véran-les-Pins": ["saint-veran-les-pins"],
 "Parquet de Toulon": ["parquet de toulon"],
 "Azur Horizon": ["azur horizon"],
 "Alain Roux": ["alain roux", "roux"],
 "Nadia Ferhat": ["nadia ferhat", "ferhat"],
 "Olivier Brun": ["olivier brun", "me olivier brun", "brun"],
 # d10
 "Kalyx": ["kalyx"],
 "Nuvira": ["nuvira"],
 "Julie Tremblay": ["julie tremblay", "tremblay"],
 "La Presse": ["la presse"],
 "Tribunal judiciaire de Paris": ["tribunal judiciaire de paris", "tribunal de paris"],
 "Montréal": ["montreal"],
}
F = []
def f(doc, s, r, o, neg=False, opt=False, hard=False, sym=False, mod=None):
    F.append(dict(doc=doc, s=s, r=r, o=o, neg=neg, opt=opt, hard=hard, sym=sym, mod=mod))

# d01 — video game studio
f("d01", "Brume Interactive", ["annonc"], ["report"])
f("d01", "Clémence Arnaud", ["fond"], "Brume Interactive", hard=True)     # "Fondé ... par X et Y, le studio"
f("d01", "Hugo Delorme", ["fond"], "Brume Interactive", hard=True)
f("d01", ["direction"], ["dissimul"], ["difficult"], mod=["conditional", "reported"])
f("d01", "Clémence Arnaud", ["dirig"], "Brume Interactive", hard=True)   # "Mme Arnaud, qui dirige ... l'entreprise"
f("d01", "Nordvik Games", ["financ"], ["developpement"], hard=True, opt=True)
f("d01", "Nordvik Games", ["comment"], ["annonce"], neg=True)
f("d01", "STJV", ["reclam"], ["garantie"])
f("d01", "Brume Interactive", ["employ"], ["personne"], hard=True, opt=True)

# d02 — luxury acquisition
f("d02", "Aurelis", ["acqui", "rachet", "finalis"], "Maison Verlaine", hard=True)
f("d02", "Aurelis", ["renforc", "cherch"], ["presence"], hard=True)   # "le numéro deux mondial"
f("d02", "Bernard Castelnau", ["president", "dirig"], "Aurelis", hard=True)
f("d02", "Bernard Castelnau", ["salu"], ["alliance"])
f("d02", "famille Verlaine", ["deten"], ["capital"], hard=True, opt=True)
f("d02", "famille Verlaine", ["conserv"], ["siege"])
f("d02", "Commission européenne", ["exig"], ["cession"], neg=True, mod=["conditional", "reported"])
f("d02", "Inès Morel", ["dirig"], "Maison Verlaine", hard=True)

# d03 — cyberattack on a hospital
f("d03", ["attaque"], ["vis"], "Centre hospitalier de Montclar-sur-Ain")   # passive with "par" agent
f("d03", "BlackTide", ["revendiqu"], ["attaque"], hard=True)
f("d03", ["attaque"], ["bloqu"], ["logiciel"])
f("d03", "Centre hospitalier de Montclar-sur-Ain", ["pai", "pay"], ["rancon"], neg=True, hard=True, mod=["reported"])
f("d03", "Pascal Guérin", ["directeur", "dirig"], "Centre hospitalier de Montclar-sur-Ain", hard=True)
f("d03", "Centre hospitalier de Montclar-sur-Ain", ["port"], ["plainte"], hard=True, opt=True)
f("d03", "Parquet de Paris", ["ouvr"], ["enquete"])

# d04 — parliamentary commission of inquiry
f("d04", "Frédéric Lamarque", ["pdg", "dirig", "patron"], "Ondes Média", hard=True)
f("d04", "Frédéric Lamarque", ["repond", "refus"], ["question"])
f("d04", "Sophie Kessler", ["accus"], "Frédéric Lamarque", hard=True)   # "l'a accusé"
f("d04", "Arcom", ["demeure", "mis"], "Ondes Média", hard=True)         # "dont le groupe a été mis en demeure par l'Arcom"
f("d04", "Frédéric Lamarque", ["recu", "recev"], ["consigne"], neg=True, mod=["reported"])
f("d04", "Arcom", ["renouvel"], ["autorisation"], neg=True, mod=["conditional", "reported"])
f("d04", "Sophie Kessler", ["rapporteu"], "Commission d'enquête", hard=True, opt=True)

# d05 — cycling race
f("d05", "Léa Fournier", ["remport", "gagn"], ["etape"])
f("d05", "Léa Fournier", ["devanc", "batt"], "Femke Dijkstra", hard=True)   # "la coureuse de l'équipe ..."
f("d05", "Léa Fournier", ["empar", "pris", "prend"], ["maillot"], hard=True)   # "Elle s'est emparée"
f("d05", "Giulia Ferri", ["port"], ["maillot"], hard=True)                   # "que portait ... l'Italienne Giulia Ferri"
f("d05", "Giulia Ferri", ["defend"], ["place"], neg=True, hard=True)        # "cette dernière n'a pas pu"
f("d05", "Léa Fournier", ["coureu", "equipe", "membre", "court"], "Helvetia Cycling", hard=True, opt=True)

# d06 — music award
f("d06", "Sillon Records", ["produi"], "Marée basse", hard=True)
f("d06", "Marée basse", ["recu", "recev", "obten"], ["victoire"])
f("d06", "Nour Belkacem", ["remerci"], "Julien Vasseur", hard=True)         # "l'artiste marseillaise"
f("d06", "Julien Vasseur", ["accompagn"], "Nour Belkacem", hard=True)       # "qui l'accompagne"
f("d06", "Kenzo D", ["repart", "remport", "obten"], ["trophee"], neg=True)
f("d06", "Kenzo D", ["denonc"], ["palmares"], hard=True)                    # "Il"
f("d06", "France 2", ["diffus"], ["ceremonie"], hard=True, opt=True)
f("d06", "Julien Vasseur", ["producteur"], "Nour Belkacem", hard=True, opt=True)

# d07 — car maker recall
f("d07", "Valmont", ["annonc", "rappel"], ["rappel"])
f("d07", "Brandt Technik", ["fourni"], ["coussin"], hard=True)
f("d07", "Commission européenne", ["reclam"], ["explication"])
f("d07", ["association"], ["alert"], "Commission européenne", hard=True, opt=True)
f("d07", "Valmont", ["connu", "connai"], ["defaut"], mod=["conditional", "reported"])
f("d07", "Valmont", ["inform"], ["autorite"], neg=True, hard=True, mod=["conditional", "reported"], opt=True)  # "sans en informer"
f("d07", "Thierry Sarrazin", ["directeur", "dirig"], "Valmont", hard=True)
f("d07", "Thierry Sarrazin", ["dement"], ["information"])

# d08 — space mission
f("d08", "Orbitalis", ["concu", "concev"], "Lumen", hard=True)
f("d08", "Lumen", ["etudi"], ["atmosphere"], hard=True)                      # "elle doit étudier"
f("d08", "Agence spatiale européenne", ["pilot"], ["mission"], hard=True)
f("d08", "Anne-Sophie Lemaire", ["responsable"], ["mission"], hard=True)
f("d08", "Nasa", ["retir"], ["programme"], hard=True)                       # "s'en est retirée"
f("d08", "Nasa", ["fourni"], ["instrument"], neg=True, hard=True)
f("d08", "Lumen", ["decoll"], "Kourou", opt=True)

# d09 — real-estate scandal with a mayor
f("d09", "Gérard Pellissier", ["favoris"], "Azur Horizon", hard=True, mod=["conditional", "reported"])  # "l'élu aurait favorisé"
f("d09", "Alain Roux", ["dirig"], "Azur Horizon", hard=True)
f("d09", "Azur Horizon", ["achet", "acqui"], ["parcelle"], hard=True, opt=True)
f("d09", "Azur Horizon", ["realis"], ["value"], hard=True, mod=["conditional", "reported"])
f("d09", "Nadia Ferhat", ["men", "dirig"], ["opposition"], hard=True)
f("d09", ["opposition"], ["denonc"], ["systeme"])
f("d09", "Gérard Pellissier", ["contest"], ["irregularite"], mod=["reported"])
f("d09", "Gérard Pellissier", ["maire"], "Saint-Véran-les-Pins", hard=True, opt=True)
f("d09", "Olivier Brun", ["avocat"], "Gérard Pellissier", hard=True, opt=True)

# d10 — court case between tech companies
f("d10", "Kalyx", ["assign", "poursui", "attaqu"], "Nuvira")
f("d10", "Kalyx", ["accus"], "Nuvira", hard=True)                          # "Elle accuse son ancien partenaire"
f("d10", "Nuvira", ["copi"], ["technologie"], hard=True, mod=["reported"])
f("d10", "Nuvira", ["rejet"], ["accusation"])
f("d10", "Nuvira", ["vers"], ["redevance"], neg=True, hard=True)
f("d10", "Julie Tremblay", ["porte-parole", "parole"], "Nuvira", hard=True)
f("d10", "Kalyx", ["reclam"], ["dommage"], hard=True)                       # "auquel Kalyx réclame"
f("d10", "Commission européenne", ["examin"], ["plainte"])

json.dump({"entities": ENTITIES, "facts": F,
           "canonical": ["Brume Interactive", "Clémence Arnaud", "Aurelis", "Frédéric Lamarque",
                         "Léa Fournier", "Valmont", "Agence spatiale européenne", "Gérard Pellissier"]},
          open(sys.argv[1], "w"), ensure_ascii=False, indent=1)
print(len(F), "facts;", sum(1 for x in F if not x["opt"]), "required")
