package org.partnershiphub.identity.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Forms to set and change a password. Length and list checks live in the password policy. */
final class PasswordForms {

    private PasswordForms() {
    }

    record SetPassword(@NotBlank(message = "{password.error.required}") @Size(max = 1000) String password,
                       @Size(max = 1000) String confirmPassword) {
    }

    record ChangePassword(@Size(max = 1000) String currentPassword,
                          @NotBlank(message = "{password.error.required}") @Size(max = 1000) String newPassword,
                          @Size(max = 1000) String confirmPassword) {
    }
}
