package org.newskg.entity;

/**
 * One place in an article where an entity is referred to.
 *
 * @param entity the entity referred to
 * @param begin start offset in the original text
 * @param end end offset in the original text
 * @param surface the text at [begin,end), verbatim
 * @param sentenceIndex index of the sentence that holds it
 * @param kind how it refers (a name, a demonym, a role description...)
 * @param rule id of the catalog entry or pattern that produced it
 * @param confidence in [0,1]
 */
public record EntityMention(Entity entity, int begin, int end, String surface, int sentenceIndex,
                            MentionKind kind, String rule, double confidence) {

    public boolean overlaps(int otherBegin, int otherEnd) {
        return begin < otherEnd && otherBegin < end;
    }
}
