package org.partnershiphub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.partnershiphub.identity.DemoAccounts;
import org.partnershiphub.shared.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The access-control matrix in docs/access-control-matrix.csv is the statement of who may use which route.
 * This test fails when any mapped route has no row, and checks every cell against the running security rules.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccessControlMatrixTest {

    static final Path MATRIX = Path.of("docs/access-control-matrix.csv");

    record Row(String method, String path, Map<String, Boolean> allowed) {
        String key() {
            return method + " " + path;
        }
    }

    static List<Row> rows;
    static List<String> columns;

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired DemoAccounts demo;
    @Autowired UserDetailsService users;
    @Autowired JdbcTemplate jdbc;

    @BeforeAll
    static void readMatrix() throws IOException {
        rows = new ArrayList<>();
        for (String line : Files.readAllLines(MATRIX)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split(",");
            if (cells[0].equals("method")) {
                columns = List.of(cells).subList(2, cells.length);
                continue;
            }
            Map<String, Boolean> allowed = new LinkedHashMap<>();
            for (int i = 2; i < cells.length; i++) {
                assertThat(cells[i]).as("cell %s of %s", columns.get(i - 2), line).isIn("allow", "deny");
                allowed.put(columns.get(i - 2), cells[i].equals("allow"));
            }
            rows.add(new Row(cells[0], cells[1], allowed));
        }
    }

    @Test
    void everyRoleHasAColumn() {
        Set<String> expected = new TreeSet<>();
        expected.add("ANONYMOUS");
        for (Role role : Role.values()) {
            expected.add(role.name());
        }
        assertThat(new TreeSet<>(columns)).isEqualTo(expected);
    }

    @Test
    void everyMappedRouteHasARow() {
        Set<String> inMatrix = new TreeSet<>();
        rows.forEach(row -> inMatrix.add(row.key()));
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            if (entry.getValue().getBeanType().getName().startsWith("org.springframework.boot")) {
                continue; // the framework's /error endpoint, permitted for the error pages
            }
            Set<String> methods = new TreeSet<>();
            info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
            if (methods.isEmpty()) {
                methods.addAll(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
            }
            for (String pattern : info.getPatternValues()) {
                for (String method : methods) {
                    if (!inMatrix.contains(method + " " + pattern)) {
                        missing.add(method + " " + pattern);
                    }
                }
            }
        }
        assertThat(missing).as("routes without a row in %s", MATRIX).isEmpty();
    }

    @Test
    void everyCellHoldsForTheRunningApplication() throws Exception {
        long victimId = sacrificialAccount();
        long incidentId = assignedIncident();
        long groupId = jdbc.queryForObject("select id from hub_group where name = 'Learning and Development Subgroup'", Long.class);
        long sameAgencyPersonId = jdbc.queryForObject("select id from user_account where email = 'practitioner@northshire.example'", Long.class);
        long[] restricted = restrictedExecutiveItem();
        List<String> wrong = new ArrayList<>();
        for (Row row : rows) {
            for (Map.Entry<String, Boolean> cell : row.allowed().entrySet()) {
                String path = row.path()
                        .replace("{token}", "not-a-real-token")
                        .replace("/admin/groups/{id}", "/admin/groups/" + groupId)
                        .replace("{userId}", String.valueOf(victimId))
                        .replace("{day}", "2031-01-02")
                        .replace("/reviews/{id}", "/reviews/" + incidentId)
                        .replace("/governance/items/{id}", "/governance/items/" + restricted[0])
                        .replace("/governance/papers/{id}", "/governance/papers/" + restricted[1])
                        .replace("/governance/actions/{id}", "/governance/actions/" + restricted[2])
                        .replace("{summaryId}", "999999999")
                        .replace("{recommendationId}", "999999999")
                        .replace("{productId}", "999999999")
                        .replace("{priorityId}", "999999999")
                        .replace("{outcomeId}", "999999999")
                        .replace("{quarter}", "2024Q1")
                        .replace("{fileId}", "999999999")
                        .replace("{standardId}", "999999999")
                        .replace("{returnId}", "999999999")
                        .replace("{cycleId}", "999999999")
                        .replace("{toolId}", "999999999")
                        .replace("{sectionId}", "999999999")
                        .replace("{auditId}", "999999999")
                        .replace("{caseId}", "999999999")
                        .replace("{agencyId}", "999999999")
                        .replace("{areaId}", "999999999")
                        .replace("{entryId}", "999999999")
                        .replace("{itemId}", "999999999")
                        .replace("{reportId}", "999999999")
                        .replace("{issueId}", "999999999")
                        .replace("{dateId}", "999999999")
                        .replace("{pageId}", "999999999")
                        .replace("{attachmentId}", "999999999")
                        .replace("{number}", "1")
                        .replace("{slug}", "no-such-page")
                        .replace("{surveyId}", "999999999")
                        .replace("{questionId}", "999999999")
                        .replace("{section}", "SCRUTINY")
                        .replace("{recipient}", "NATIONAL_PANEL")
                        .replace("{disagreementId}", "999999999")
                        .replace("{jobId}", "not-an-import")
                        .replace("{recordType}", "NOT_A_RECORD_TYPE")
                        .replace("{id}", String.valueOf(row.path().startsWith("/agency/") ? sameAgencyPersonId : victimId));
                MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), path);
                if (!row.method().equals("GET")) {
                    request.with(csrf());
                }
                if (!cell.getKey().equals("ANONYMOUS")) {
                    request.with(user(principal(Role.valueOf(cell.getKey()))));
                }
                MvcResult result = mvc.perform(request).andReturn();
                boolean denied = isDenied(result, cell.getKey().equals("ANONYMOUS"));
                if (denied == cell.getValue()) {
                    wrong.add("%s %s as %s: expected %s, got %d %s".formatted(row.method(), row.path(), cell.getKey(),
                            cell.getValue() ? "allow" : "deny", result.getResponse().getStatus(),
                            String.valueOf(result.getResponse().getRedirectedUrl())));
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private static boolean isDenied(MvcResult result, boolean anonymous) {
        int status = result.getResponse().getStatus();
        if (status == 403 || status == 401) {
            return true;
        }
        String redirect = result.getResponse().getRedirectedUrl();
        return anonymous && status == 302 && redirect != null && redirect.endsWith("/sign-in");
    }

    private UserDetails principal(Role role) {
        return users.loadUserByUsername(demo.forRole(role).email());
    }

    /** A case the review group member is assigned to, so route-level rules are what the matrix observes. */
    private long assignedIncident() {
        long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        long reviewer = jdbc.queryForObject("select id from user_account where email = ?", Long.class, demo.forRole(Role.REVIEW_GROUP_MEMBER).email());
        String reference = "MX-" + (System.nanoTime() % 100_000_000);
        jdbc.update("insert into serious_incident (reference, child_pseudonym, referring_agency_id, referred_by, referred_at, what_happened, "
                + "la_aware_date, abuse_or_neglect, harm, looked_after, stage, notification_due, version) values "
                + "(?, 'Child Matrix', ?, ?, current_timestamp, 'Matrix test case', current_date, 'SUSPECTED', 'SERIOUS_HARM', false, 'REFERRED', current_date, 0)",
                reference, agency, reviewer);
        long id = jdbc.queryForObject("select id from serious_incident where reference = ?", Long.class, reference);
        jdbc.update("insert into incident_assignment (incident_id, user_id) values (?, ?)", id, reviewer);
        return id;
    }

    /**
     * A restricted agenda item of the Safeguarding Children Executive with a restricted paper and an action nobody in
     * the matrix owns: {item, paper, action}.
     */
    private long[] restrictedExecutiveItem() {
        long executive = jdbc.queryForObject("select id from hub_group where name = 'Safeguarding Children Executive'", Long.class);
        long by = jdbc.queryForObject("select min(id) from user_account", Long.class);
        String marker = "Matrix restricted item " + System.nanoTime();
        jdbc.update("insert into gov_meeting (group_id, starts_at, ends_at, place, created_at, created_by) values (?, current_timestamp, current_timestamp, ?, current_timestamp, ?)",
                executive, marker, by);
        long meeting = jdbc.queryForObject("select id from gov_meeting where place = ?", Long.class, marker);
        jdbc.update("insert into gov_agenda_item (meeting_id, position, title, restricted, discussion) values (?, 1, ?, true, 'Restricted minutes')", meeting, marker);
        long item = jdbc.queryForObject("select id from gov_agenda_item where title = ?", Long.class, marker);
        jdbc.update("insert into gov_paper (item_id, file_id, title, restricted, added_at, added_by) values (?, 999999999, ?, true, current_timestamp, ?)", item, marker, by);
        long paper = jdbc.queryForObject("select id from gov_paper where title = ?", Long.class, marker);
        jdbc.update("insert into gov_action (meeting_id, item_id, description, owner_name, due_date, status, created_at) values (?, ?, ?, 'Someone outside the hub', current_date, 'OPEN', current_timestamp)",
                meeting, item, marker);
        long action = jdbc.queryForObject("select id from gov_action where description = ?", Long.class, marker);
        return new long[] {item, paper, action};
    }

    /** An account the administrator rows may disable, enable and reset without disturbing the demo people. */
    private long sacrificialAccount() {
        Long agency = jdbc.queryForObject("select id from organisation where name = 'Northshire Police'", Long.class);
        String email = "matrix." + System.nanoTime() + "@northshire.example";
        jdbc.update("insert into user_account (email, full_name, organisation_id, status, must_change_password, created_at, version) "
                + "values (?, 'Matrix Test Person', ?, 'INVITED', false, current_timestamp, 0)", email, agency);
        return jdbc.queryForObject("select id from user_account where email = ?", Long.class, email);
    }
}
