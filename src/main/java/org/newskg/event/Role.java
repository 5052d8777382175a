package org.newskg.event;

/** Participant roles of the contract; the name is the property's local name in nkg:. */
public enum Role {
    agent, recipient, participant, location, target, treaty
}
