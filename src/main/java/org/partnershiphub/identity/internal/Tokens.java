package org.partnershiphub.identity.internal;

import java.security.SecureRandom;

/** Random one-time tokens and passwords, and the hash under which a token is stored. */
final class Tokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String WORDS_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private Tokens() {
    }

    static String newToken() {
        return org.partnershiphub.shared.SecureTokens.newToken();
    }

    /** A one-time password people can type: 4 groups of 4, e.g. {@code k7wp-3mqa-x9te-hn2c}. */
    static String newOneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 4; i++) {
                password.append(WORDS_ALPHABET.charAt(RANDOM.nextInt(WORDS_ALPHABET.length())));
            }
        }
        return password.toString();
    }

    static String hash(String token) {
        return org.partnershiphub.shared.SecureTokens.hash(token);
    }
}
