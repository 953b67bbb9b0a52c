package org.claimscorer.features;

/**
 * What kind of party a source mention names, as far as its words tell. The model learns how each
 * maps to a label; {@link #rank()} orders parallel sources (rule 3 of the guide).
 */
public enum SourceType {
    /** A named person with an official title ("Defence Minister Jane Roe"). */
    NAMED_OFFICIAL(6),
    /** The unique holder of an office named by title ("the prime minister"). */
    OFFICE_TITLE(6),
    /** A named person presented as an expert, a former official, a witness ("Ana Lima, a professor"). */
    NAMED_EXPERT(5),
    /** A name with no role the words reveal ("Smith"). */
    NAMED_PERSON(5),
    /** An organisation, government or capital used for its government ("the ministry", "Washington"). */
    ORGANISATION(4),
    /** A news organisation ("The Daily Herald", "Reuters"). */
    NEWS_OUTLET(4),
    /** A document with an owner ("the ministry's report", "a UN survey"). */
    DOCUMENT(4),
    /** An unnamed spokesperson speaking for an organisation. */
    SPOKESPERSON(4),
    /** A document with no owner ("intelligence reports"). */
    OWNERLESS_DOCUMENT(2),
    /** One unnamed person ("a senior official"). */
    UNNAMED_PERSON(2),
    /** Unnamed people ("officials", "analysts", "sources familiar with the talks"). */
    UNNAMED_GROUP(2),
    /** A pronoun ("he"), typed by what it refers to where that can be found. */
    PRONOUN(1),
    /** Words the lexicon cannot place. */
    UNKNOWN(0);

    private final int rank;

    SourceType(int rank) {
        this.rank = rank;
    }

    /** Strength order for parallel sources; higher is stronger. */
    public int rank() {
        return rank;
    }
}
