package org.partnershiphub.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.identity.GroupType;
import org.partnershiphub.identity.OrganisationType;
import org.partnershiphub.shared.Role;
import org.partnershiphub.shared.web.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the fictional Northshire Safeguarding Children Partnership on an empty database: its agencies, its boards and
 * one demo person for every role, each with a one-time password printed once to the log. No real person's name.
 */
@Component
@Order(0)
class DemoPartnership implements ApplicationRunner, DemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(DemoPartnership.class);

    private final OrganisationRepository organisations;
    private final HubGroupRepository groups;
    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transactions;
    private final HubProperties hub;
    private final Clock clock;
    private final String fixedPassword;
    private final boolean oneTime;
    private final List<DemoAccount> created = Collections.synchronizedList(new ArrayList<>());

    DemoPartnership(OrganisationRepository organisations, HubGroupRepository groups, UserAccountRepository accounts,
                    PasswordEncoder passwordEncoder, TransactionTemplate transactions, HubProperties hub, Clock clock,
                    @Value("${hub.demo-password:}") String fixedPassword,
                    @Value("${hub.demo-one-time-passwords:true}") boolean oneTime) {
        this.organisations = organisations;
        this.groups = groups;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.transactions = transactions;
        this.hub = hub;
        this.clock = clock;
        this.fixedPassword = fixedPassword;
        this.oneTime = oneTime;
    }

    private record Person(Role role, String name, String email, String jobTitle, String agency, String group, String roleInGroup) {
    }

    static final List<Person> PEOPLE = List.of(
            new Person(Role.LEAD_PARTNER, "Harriet Pembleton", "lead.partner@northshire.example", "Chief Executive", "Northshire County Council", "Safeguarding Children Executive", "Lead safeguarding partner"),
            new Person(Role.EXECUTIVE_MEMBER, "Dominic Feltwell", "executive@northshire.example", "Detective Chief Superintendent, Public Protection", "Northshire Police", "Safeguarding Children Executive", "Delegated safeguarding partner"),
            new Person(Role.INDEPENDENT_SCRUTINEER, "Rosalind Quarrie", "scrutineer@northshire.example", "Independent Scrutineer", "Northshire Safeguarding Children Partnership", null, null),
            new Person(Role.BUSINESS_UNIT, "Tamsin Oakridge", "business.unit@northshire.example", "Partnership Business Manager", "Northshire Safeguarding Children Partnership", null, null),
            new Person(Role.REVIEW_GROUP_MEMBER, "Callum Brightwater", "review.member@northshire.example", "Named Nurse for Safeguarding Children", "NHS Northshire Integrated Care Board", "Review Advisory Group", "Member"),
            new Person(Role.SUBGROUP_MEMBER, "Imogen Hartsfield", "subgroup.chair@northshire.example", "Head of Quality Assurance", "Northshire County Council", "Quality Assurance and Performance Subgroup", "Chair"),
            new Person(Role.AGENCY_LEAD, "Nathaniel Ormsby", "agency.lead@northshire.example", "Designated Safeguarding Lead", "Riverside Academy Trust", null, null),
            new Person(Role.PRACTITIONER, "Fern Maddocks", "practitioner@northshire.example", "Family Support Worker", "Riverside Academy Trust", null, null),
            new Person(Role.ADMINISTRATOR, "Ewan Threlkeld", "admin@northshire.example", "Partnership Administrator", "Northshire Safeguarding Children Partnership", null, null),
            new Person(Role.AUDITOR, "Beatrix Hollins", "dpo@northshire.example", "Data Protection Officer", "Northshire County Council", null, null));

    private static final Map<String, OrganisationType> AGENCIES = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>() {{
        put("Northshire Safeguarding Children Partnership", OrganisationType.PARTNERSHIP);
        put("Northshire County Council", OrganisationType.LOCAL_AUTHORITY);
        put("Northshire Police", OrganisationType.POLICE);
        put("NHS Northshire Integrated Care Board", OrganisationType.HEALTH);
        put("Northshire Community Health NHS Trust", OrganisationType.HEALTH);
        put("Riverside Academy Trust", OrganisationType.EDUCATION);
        put("Northshire Youth and Family Charity", OrganisationType.VOLUNTARY_SECTOR);
        put("Probation Service, Northshire", OrganisationType.PROBATION);
    }});

    private static final Map<String, GroupType> GROUPS = Map.of(
            "Safeguarding Children Executive", GroupType.EXECUTIVE,
            "Review Advisory Group", GroupType.REVIEW_GROUP,
            "Quality Assurance and Performance Subgroup", GroupType.SUBGROUP,
            "Learning and Development Subgroup", GroupType.SUBGROUP);

    @Override
    public void run(ApplicationArguments args) {
        if (!hub.demoData()) {
            return;
        }
        boolean seeded = Boolean.TRUE.equals(transactions.execute(status -> seed()));
        if (seeded) {
            printBanner();
        } else {
            log.info("Demo partnership already present: its one-time passwords were printed when it was created. "
                    + "Stop the application and delete ./data to start afresh.");
        }
    }

    private boolean seed() {
        if (organisations.count() > 0) {
            return false;
        }
        Instant now = clock.instant();
        Map<String, Organisation> byName = new java.util.HashMap<>();
        AGENCIES.forEach((name, type) -> byName.put(name, organisations.save(new Organisation(name, type, now))));
        Map<String, HubGroup> groupByName = new java.util.HashMap<>();
        GROUPS.forEach((name, type) -> groupByName.put(name, groups.save(new HubGroup(name, type, null))));
        for (Person person : PEOPLE) {
            UserAccount account = new UserAccount(person.email(), person.name(), person.jobTitle(), byName.get(person.agency()), now);
            account.grant(person.role(), now, null);
            if (person.group() != null) {
                account.joinGroup(groupByName.get(person.group()).getId(), person.roleInGroup());
            }
            String password = fixedPassword.isBlank() ? Tokens.newOneTimePassword() : fixedPassword;
            if (oneTime) {
                account.setOneTimePassword(passwordEncoder.encode(password));
            } else {
                account.activate(passwordEncoder.encode(password));
            }
            accounts.save(account);
            created.add(new DemoAccount(person.role().name(), person.name(), person.email(), password));
        }
        return true;
    }

    private void printBanner() {
        StringBuilder banner = new StringBuilder("\n\n  Demo partnership created: ").append(hub.partnershipName())
                .append("\n  Sign in at ").append(hub.baseUrl()).append("/sign-in with one of these").append(oneTime ? " one-time passwords (you will choose your own):" : " passwords:").append('\n');
        for (DemoAccount account : created) {
            banner.append(String.format("    %-24s %-36s %s%n", account.role(), account.email(), account.password()));
        }
        log.info(banner.toString());
    }

    /**
     * The accounts created by this run; with a configured demo password (tests), the demo people whoever created them,
     * so every test context can sign in even when an earlier one seeded the shared database.
     */
    @Override
    public List<DemoAccount> accounts() {
        if (created.isEmpty() && !fixedPassword.isBlank()) {
            return PEOPLE.stream().map(p -> new DemoAccount(p.role().name(), p.name(), p.email(), fixedPassword)).toList();
        }
        return List.copyOf(created);
    }
}
