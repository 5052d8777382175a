package org.newskg.event;

/** Whether the article asserts an event, or only reports, estimates, supposes or denies it. */
public enum Modality {
    Asserted, Reported, Estimated, Hypothetical, Negated
}
