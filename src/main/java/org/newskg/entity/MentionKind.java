package org.newskg.entity;

/** How a mention refers to its entity; events use it ("North Korean troops" are North Korea's). */
public enum MentionKind {
    /** a name or alias: "Kim Jong-un", "the Pentagon" */
    NAME,
    /** a short form resolved within the article: "Kim", "Mr. Kim" */
    SHORT_NAME,
    /** a demonym standing for its state or its people: "North Korean troops" */
    DEMONYM,
    /** a capital or seat standing for the government: "Pyongyang", "the Kremlin" */
    SEAT,
    /** a role description resolved to its holder: "Russia's new defence minister" */
    ROLE
}
