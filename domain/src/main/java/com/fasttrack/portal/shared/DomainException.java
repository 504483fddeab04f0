package com.fasttrack.portal.shared;

/** A rule of the domain refused an operation; the message is written for the user who attempted it. */
public class DomainException extends RuntimeException {

    public DomainException(String message) {
        super(message);
    }
}
