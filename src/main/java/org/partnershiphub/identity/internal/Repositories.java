package org.partnershiphub.identity.internal;

import java.util.List;
import java.util.Optional;

import org.partnershiphub.identity.AccountStatus;
import org.partnershiphub.shared.Role;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    Optional<Organisation> findByNameIgnoreCase(String name);

    List<Organisation> findAllByOrderByNameAsc();
}

interface HubGroupRepository extends JpaRepository<HubGroup, Long> {

    Optional<HubGroup> findByName(String name);

    List<HubGroup> findAllByOrderByNameAsc();
}

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    boolean existsByEmail(String email);

    long countByStatus(AccountStatus status);

    /** Keyset page of people, by name then id, optionally filtered by agency, role and status. */
    @Query("""
            select distinct u from UserAccount u join fetch u.organisation o
            where (:agencyId is null or o.id = :agencyId)
              and (:status is null or u.status = :status)
              and (:role is null or exists (select 1 from UserAccount u2 join u2.roles g where u2 = u and g.role = :role))
              and (:afterName is null or u.fullName > :afterName or (u.fullName = :afterName and u.id > :afterId))
            order by u.fullName, u.id""")
    List<UserAccount> page(Long agencyId, AccountStatus status, Role role, String afterName, Long afterId, Limit limit);

    @Query("select distinct u from UserAccount u join fetch u.organisation join u.groups m where m.groupId = :groupId order by u.fullName")
    List<UserAccount> findMembersOf(Long groupId);

    @Query("select u from UserAccount u join fetch u.organisation where u.status <> org.partnershiphub.identity.AccountStatus.DISABLED order by u.fullName")
    List<UserAccount> findAllUsable();

    @Query("select distinct u from UserAccount u join fetch u.organisation join u.roles g where g.role = :role order by u.fullName")
    List<UserAccount> findByRole(Role role);
}

interface InvitationRepository extends JpaRepository<Invitation, Long> {

    @Query("select i from Invitation i join fetch i.user u join fetch u.organisation where i.tokenHash = :tokenHash")
    Optional<Invitation> findByTokenHash(String tokenHash);

    List<Invitation> findByUserAndUsedAtIsNull(UserAccount user);
}

interface SignInRecordRepository extends JpaRepository<SignInRecord, Long> {

    List<SignInRecord> findByUserIdOrderByOccurredAtDesc(Long userId, Limit limit);
}
