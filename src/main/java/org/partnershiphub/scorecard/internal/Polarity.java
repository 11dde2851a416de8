package org.partnershiphub.scorecard.internal;

/** Which way is better for an indicator: higher, lower, or within a target band. */
public enum Polarity { HIGHER_IS_BETTER, LOWER_IS_BETTER, WITHIN_BAND }
