package org.partnershiphub.shared;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Tests' extra agency safeguarding leads: an active account of the agency holding only the agency lead role. */
public final class AgencyLeads {

    private AgencyLeads() {
    }

    public static UserDetails create(JdbcTemplate jdbc, UserDetailsService users, long agencyId, String email) {
        jdbc.update("insert into user_account (email, full_name, job_title, organisation_id, status, password_hash, must_change_password, "
                + "created_at, version) values (?, 'Agency Lead', 'Lead', ?, 'ACTIVE', '{noop}unused-password', false, current_timestamp, 0)",
                email, agencyId);
        jdbc.update("insert into user_role (user_id, role, granted_at) values (?, 'AGENCY_LEAD', current_timestamp)",
                jdbc.queryForObject("select id from user_account where email = ?", Long.class, email));
        return users.loadUserByUsername(email);
    }
}
