package org.newskg.event;

import java.util.List;
import java.util.Map;
import org.newskg.entity.Entity;

/**
 * One event as one sentence of one article tells it.
 *
 * @param eventClass the class
 * @param participants entities by role
 * @param items what was transferred, as text ("artillery shells")
 * @param quantities figures
 * @param time when, or null
 * @param sentenceIndex the sentence
 * @param begin start offset of the evidence (the sentence) in the original text
 * @param end end offset
 * @param triggerBegin start offset of the trigger word
 * @param triggerEnd end offset of the trigger word
 * @param attributedTo the source the article cites ("South Korean intelligence"), or null
 * @param hedge the hedging word ("reportedly"), or null
 * @param modality asserted, reported, hypothetical...
 * @param rule id of the lexicon entry or pattern that produced it
 * @param confidence in [0,1]
 */
public record EventMention(EventClass eventClass, Map<Role, List<Entity>> participants, List<String> items,
                           List<Quantity> quantities, TimeValue time, int sentenceIndex, int begin, int end,
                           int triggerBegin, int triggerEnd, String attributedTo, String hedge,
                           Modality modality, String rule, double confidence) {
    public EventMention {
        participants = Map.copyOf(participants);
        items = List.copyOf(items);
        quantities = List.copyOf(quantities);
    }
}
