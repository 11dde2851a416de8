package org.partnershiphub.identity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The password rules of the partnership (NCSC and OWASP ASVS): at least 12 and at most 128 characters, no composition
 * rules, not a commonly used password and not the person's own email or name. Returns a message key when refused.
 */
@Component
public class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 128;

    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    public Optional<String> problem(String password, String email, String fullName) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.error.required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN) {
            return Optional.of("password.error.tooShort");
        }
        if (length > MAX) {
            return Optional.of("password.error.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || isRepetitive(lower)) {
            return Optional.of("password.error.common");
        }
        if (email != null && lower.contains(email.toLowerCase(Locale.ROOT).split("@")[0]) && email.split("@")[0].length() >= 4) {
            return Optional.of("password.error.personal");
        }
        if (fullName != null) {
            for (String part : fullName.toLowerCase(Locale.ROOT).split("\\s+")) {
                if (part.length() >= 4 && lower.contains(part) && lower.length() - part.length() < 6) {
                    return Optional.of("password.error.personal");
                }
            }
        }
        return Optional.empty();
    }

    /** "aaaaaaaaaaaa", "121212121212", "abcabcabcabc": a short pattern repeated. */
    private static boolean isRepetitive(String password) {
        for (int period = 1; period <= 4; period++) {
            boolean repeats = true;
            for (int i = period; i < password.length(); i++) {
                if (password.charAt(i) != password.charAt(i - period)) {
                    repeats = false;
                    break;
                }
            }
            if (repeats) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("identity/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
            lines.forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new IllegalStateException("The common-password list could not be read", e);
        }
        return words;
    }
}
