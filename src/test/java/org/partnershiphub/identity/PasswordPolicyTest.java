package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.partnershiphub.identity.internal.PasswordPolicy;

/** 12 to 128 characters, no composition rules, common and personal passwords refused. */
class PasswordPolicyTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "'', password.error.required",
            "short, password.error.tooShort",
            "elevenchars, password.error.tooShort",
            "password1234, password.error.common",
            "Password1234, password.error.common",
            "aaaaaaaaaaaaaaaa, password.error.common",
            "abcabcabcabcabc, password.error.common",
            "safeguarding123, password.error.common",
            "fern.maddocks-2026, password.error.personal",
            "maddocks12345, password.error.personal",
            "correct horse battery, NONE",
            "riverboat lantern 7, NONE",
            "twelve chars, NONE",
            "ÜberSicher ünd lang, NONE"})
    void judgesPasswords(String password, String expected) {
        assertThat(policy.problem(password, "fern.maddocks@northshire.example", "Fern Maddocks").orElse(null)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"128, true", "129, false"})
    void acceptsUpTo128Characters(int length, boolean accepted) {
        assertThat(policy.problem("x7".repeat(length / 2) + (length % 2 == 1 ? "q" : ""), null, null)
                .filter(k -> k.equals("password.error.tooLong")).isEmpty()).isEqualTo(accepted);
    }
}
