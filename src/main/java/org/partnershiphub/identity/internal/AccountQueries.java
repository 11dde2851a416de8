package org.partnershiphub.identity.internal;

import java.util.List;
import java.util.Optional;

import org.partnershiphub.identity.AccountStatus;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.NotFoundException;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of identity for the module's pages: people, organisations, groups, history. */
@Service
public class AccountQueries {

    public static final int PAGE_SIZE = 50;

    private final UserAccountRepository accounts;
    private final OrganisationRepository organisations;
    private final HubGroupRepository groups;
    private final SignInRecordRepository history;
    private final InvitationRepository invitations;

    AccountQueries(UserAccountRepository accounts, OrganisationRepository organisations, HubGroupRepository groups,
                   SignInRecordRepository history, InvitationRepository invitations) {
        this.accounts = accounts;
        this.organisations = organisations;
        this.groups = groups;
        this.history = history;
        this.invitations = invitations;
    }

    /** One page of people after the person with id {@code afterId} (keyset: name, then id). */
    @Transactional(readOnly = true)
    public List<UserAccount> people(Long agencyId, AccountStatus status, Role role, Long afterId) {
        String afterName = null;
        if (afterId != null) {
            afterName = accounts.findById(afterId).map(UserAccount::getFullName).orElse(null);
        }
        return accounts.page(agencyId, status, role, afterName, afterName == null ? null : afterId, Limit.of(PAGE_SIZE + 1));
    }

    @Transactional(readOnly = true)
    public UserAccount person(long id) {
        UserAccount account = accounts.findById(id).orElseThrow(() -> new NotFoundException("person"));
        account.getOrganisation().getName();
        return account;
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findPerson(long id) {
        Optional<UserAccount> account = accounts.findById(id);
        account.ifPresent(a -> a.getOrganisation().getName());
        return account;
    }

    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return organisations.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<HubGroup> groups() {
        return groups.findAllByOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    public List<SignInRecord> signInHistory(long userId, int max) {
        return history.findByUserIdOrderByOccurredAtDesc(userId, Limit.of(max));
    }

    @Transactional(readOnly = true)
    public List<Invitation> openLinks(long userId) {
        return accounts.findById(userId).map(invitations::findByUserAndUsedAtIsNull).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public List<UserAccount> holdersOf(Role role) {
        return accounts.findByRole(role);
    }

    @Transactional(readOnly = true)
    public long count(AccountStatus status) {
        return accounts.countByStatus(status);
    }
}
