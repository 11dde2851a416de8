package org.partnershiphub.identity.web;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.partnershiphub.identity.OrganisationType;
import org.partnershiphub.shared.Role;

/** The administrator's forms. Records, never entities: posting extra fields changes nothing. */
final class AdminForms {

    private AdminForms() {
    }

    record Invite(@NotBlank(message = "{invite.error.fullName}") @Size(max = 200, message = "{invite.error.fullNameLength}") String fullName,
                  @NotBlank(message = "{invite.error.email}") @Email(message = "{invite.error.emailFormat}") @Size(max = 254, message = "{invite.error.emailFormat}") String email,
                  @Size(max = 200, message = "{invite.error.jobTitleLength}") String jobTitle,
                  @NotNull(message = "{invite.error.organisation}") Long organisationId,
                  @NotEmpty(message = "{invite.error.roles}") List<Role> roles) {

        static Invite empty() {
            return new Invite("", "", "", null, List.of());
        }
    }

    record ChangeRoles(List<Role> roles, String password, Long version) {
    }

    record NewOrganisation(@NotBlank(message = "{organisation.error.name}") @Size(max = 200, message = "{organisation.error.nameLength}") String name,
                           @NotNull(message = "{organisation.error.type}") OrganisationType type) {
    }
}
