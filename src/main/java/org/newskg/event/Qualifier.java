package org.newskg.event;

/** How exact a figure is; names are the nkg: individuals of the contract. */
public enum Qualifier {
    Exact, Approximately, Estimated, UpTo, AtLeast
}
