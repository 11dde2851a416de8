package org.partnershiphub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Object-level access on generated data: several agencies, each with a safeguarding lead and staff. Every attempt by a
 * lead to read, change or export a person of another agency by guessing the id is refused with 403, changes nothing,
 * and is written to the audit trail; the same requests on their own agency's people succeed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CrossAgencyAccessTest {

    static final int AGENCIES = 4;
    static final int STAFF_PER_AGENCY = 3;

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired UserDetailsService users;

    record Agency(long id, String leadEmail, List<Long> staff) {
    }

    List<Agency> agencies;

    @BeforeEach
    void generate() {
        Random random = new Random(20261124L);
        agencies = new ArrayList<>();
        String run = Long.toString(System.nanoTime(), 36);
        for (int a = 0; a < AGENCIES; a++) {
            String name = "Generated Agency " + run + "-" + a;
            jdbc.update("insert into organisation (name, org_type, active, created_at) values (?, 'OTHER', true, current_timestamp)", name);
            long agencyId = jdbc.queryForObject("select id from organisation where name = ?", Long.class, name);
            String leadEmail = "lead." + run + "." + a + "@generated.example";
            long leadId = person(leadEmail, "Lead " + a, agencyId, "ACTIVE");
            jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'AGENCY_LEAD', current_timestamp)", leadId);
            List<Long> staff = new ArrayList<>();
            for (int s = 0; s < STAFF_PER_AGENCY; s++) {
                staff.add(person("staff." + run + "." + a + "." + s + "." + random.nextInt(1000) + "@generated.example",
                        "Staff " + a + "-" + s, agencyId, "ACTIVE"));
            }
            agencies.add(new Agency(agencyId, leadEmail, staff));
        }
    }

    private long person(String email, String name, long agencyId, String status) {
        jdbc.update("insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, created_at, version) "
                + "values (?, ?, 'Original title', ?, ?, '{noop}unused-password', false, current_timestamp, 0)", email, name, agencyId, status);
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }

    private long deniedEntries() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and record_type = 'UserAccount'", Long.class);
    }

    private long routeDenials() {
        return jdbc.queryForObject("select count(*) from audit_entry where action = 'DENIED' and record_type = 'Route'", Long.class);
    }

    @Test
    void everyCrossAgencyReadChangeAndExportIsDeniedAndAudited() throws Exception {
        long deniedBefore = deniedEntries();
        long routeDenialsBefore = routeDenials();
        int attempts = 0;
        for (Agency actor : agencies) {
            UserDetails lead = users.loadUserByUsername(actor.leadEmail());
            for (Agency other : agencies) {
                if (other == actor) {
                    continue;
                }
                for (long target : other.staff()) {
                    assertThat(mvc.perform(get("/agency/people/" + target).with(user(lead))).andReturn().getResponse().getStatus()).isEqualTo(403);
                    assertThat(mvc.perform(post("/agency/people/" + target).with(user(lead)).with(csrf())
                            .param("jobTitle", "Changed by another agency")).andReturn().getResponse().getStatus()).isEqualTo(403);
                    assertThat(mvc.perform(get("/agency/people/" + target + "/export").with(user(lead))).andReturn().getResponse().getStatus()).isEqualTo(403);
                    attempts += 3;
                    assertThat(jdbc.queryForObject("select job_title from user_account where id = ?", String.class, target)).isEqualTo("Original title");
                }
            }
        }
        assertThat(deniedEntries() - deniedBefore).isEqualTo(attempts);
        assertThat(routeDenials() - routeDenialsBefore).as("each denial is written once, not again as a route denial").isZero();
    }

    @Test
    void aLeadReadsChangesAndExportsTheirOwnAgencysPeople() throws Exception {
        Agency own = agencies.get(0);
        UserDetails lead = users.loadUserByUsername(own.leadEmail());
        long target = own.staff().get(0);
        assertThat(mvc.perform(get("/agency/people/" + target).with(user(lead))).andReturn().getResponse().getContentAsString())
                .contains("Staff 0-0");
        mvc.perform(post("/agency/people/" + target).with(user(lead)).with(csrf()).param("jobTitle", "Designated safeguarding deputy"));
        assertThat(jdbc.queryForObject("select job_title from user_account where id = ?", String.class, target)).isEqualTo("Designated safeguarding deputy");
        String csv = mvc.perform(get("/agency/people/" + target + "/export").with(user(lead))).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("Staff 0-0").contains("Designated safeguarding deputy");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'EXPORT' and record_type = 'UserAccount' and record_id = ?",
                Long.class, String.valueOf(target))).isEqualTo(1);
    }

    @Test
    void extraFieldsPostedWithTheFormChangeNothingElse() throws Exception {
        Agency own = agencies.get(1);
        Agency other = agencies.get(2);
        UserDetails lead = users.loadUserByUsername(own.leadEmail());
        long target = own.staff().get(1);
        mvc.perform(post("/agency/people/" + target).with(user(lead)).with(csrf())
                .param("jobTitle", "Family practitioner")
                .param("organisationId", String.valueOf(other.id()))
                .param("organisation.id", String.valueOf(other.id()))
                .param("status", "DISABLED")
                .param("roles", "ADMINISTRATOR")
                .param("email", "hijack@generated.example"));
        assertThat(jdbc.queryForMap("select organisation_id, status, email, job_title from user_account where id = ?", target))
                .containsEntry("organisation_id", own.id())
                .containsEntry("status", "ACTIVE")
                .containsEntry("job_title", "Family practitioner");
        assertThat(jdbc.queryForObject("select count(*) from user_role where user_id = ?", Long.class, target)).isZero();
    }

    @Test
    void unknownIdsAreNotFoundRatherThanAnError() throws Exception {
        UserDetails lead = users.loadUserByUsername(agencies.get(0).leadEmail());
        assertThat(mvc.perform(get("/agency/people/999999999").with(user(lead))).andReturn().getResponse().getStatus()).isEqualTo(404);
    }
}
