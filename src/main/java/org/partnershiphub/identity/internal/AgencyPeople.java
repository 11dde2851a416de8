package org.partnershiphub.identity.internal;

import java.util.Objects;

import org.partnershiphub.audit.AuditAction;
import org.partnershiphub.audit.AuditEvent;
import org.partnershiphub.audit.AuditTrail;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Changes an agency lead may make to their own agency's people (the controller has checked permission). */
@Service
public class AgencyPeople {

    private final UserAccountRepository accounts;
    private final AuditTrail audit;

    AgencyPeople(UserAccountRepository accounts, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
    }

    @Transactional
    public void changeJobTitle(long userId, String jobTitle) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new NotFoundException("person"));
        String before = account.getJobTitle();
        String after = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.strip();
        if (Objects.equals(before, after)) {
            return;
        }
        account.changeJobTitle(after);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "UserAccount", userId).withDetail("job title: " + before + " -> " + after));
    }
}
