package org.partnershiphub.newsletter.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Who a subscriber wants to hear as, and who an issue is for ({@link #EVERYONE} only for an issue). */
public enum Audience {
    EVERYONE, PRACTITIONERS, SCHOOLS, MANAGERS;

    /** The lists a person can subscribe to. */
    public static Set<Audience> lists() {
        return EnumSet.of(PRACTITIONERS, SCHOOLS, MANAGERS);
    }

    static String join(Set<Audience> audiences) {
        return audiences.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<Audience> split(String joined) {
        Set<Audience> set = EnumSet.noneOf(Audience.class);
        if (joined != null) {
            Arrays.stream(joined.split(",")).filter(s -> !s.isBlank()).map(Audience::valueOf).forEach(set::add);
        }
        return set;
    }
}
