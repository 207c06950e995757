// Closed classes and semantic classes of French words the clause grammar and the entity
// typing rely on. These are facts of the language (which nouns describe organisations,
// which verbs report speech, which participles conjugate with être), not of any text.
#pragma once

#include <optional>
#include <string_view>

#include "trame/extract/statement.h"

namespace trame::internal {

// The entity type a common noun describes when it stands for, or next to, a name:
// "la société" -> Organization, "le milliardaire" -> Person, "la ville" -> Place.
std::optional<EntityType> descriptor_type(std::string_view noun_lemma);

// Nouns of roles that link a person or organisation to another ("patron", "fondateur",
// "filiale"): "X, patron d'Y" states a relation between X and Y.
bool is_role_noun(std::string_view noun_lemma);

// Adjectives of nationality ("français", "suédoise" -> lemma "suédois"): a description's
// origin, which an entity of another origin cannot be.
bool is_nationality_adjective(std::string_view adjective_lemma);

// Verbs that judge someone for what they did ("sanctionner", "condamner", "féliciter"):
// "pour" + infinitive after them says what their object did.
bool is_judging_verb(std::string_view verb_lemma);

// Nouns that name who does something, by their suffix: "concepteur", "exploitant",
// "gestionnaire", "organisatrice".
bool is_agent_noun(std::string_view noun_lemma);

// What kind of entity a role belongs to: "son dirigeant" is an organisation's, "son
// épouse" a person's. Nullopt when the role says nothing of it.
std::optional<EntityType> owner_type_of_role(std::string_view noun_lemma);

// Verbs that report speech or opinion ("affirmer", "estimer"): their que-clause is a claim.
bool is_reporting_verb(std::string_view verb_lemma);

// Verbs whose compound tenses take être ("aller", "venir", "naître"): être + participle
// is then active, not passive.
bool is_etre_verb(std::string_view verb_lemma);

// Verbs that take an infinitive directly and form one predicate with it: modal and
// aspectual verbs ("pouvoir", "vouloir", "devoir", "faire", "laisser", "aller").
bool is_infinitive_taking_verb(std::string_view verb_lemma);

// Verbs whose "de"/"à" + infinitive is controlled by their object, not their subject
// ("accuser X de", "empêcher X de", "appeler X à").
bool is_object_control_verb(std::string_view verb_lemma);

// Copular verbs besides être ("devenir", "rester", "demeurer", "sembler", "paraître").
bool is_copular_verb(std::string_view verb_lemma);

// Pronouns that can stand for an entity: subject and object personal pronouns and the
// demonstratives "celui-ci", "celle-ci".
bool is_referring_pronoun(std::string_view form_lower);

// Words of a negation's second part: "pas", "plus", "jamais", "guère", "point", "rien".
bool is_negation_adverb(std::string_view lemma);

// Nouns of time and measure that head no entity ("année", "mois", "fois", "heure").
bool is_time_or_measure_noun(std::string_view noun_lemma);

// Particles that continue a proper name: "von", "der", "de", "al", "bin".
bool is_name_particle(std::string_view word);

}  // namespace trame::internal
