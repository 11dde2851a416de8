package db.migration;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Locale;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit trail's second step (after V2700): the sequence that numbers new entries, starting after the last entry
 * already kept (a number no SQL statement can give both H2 and PostgreSQL), and on PostgreSQL the role the
 * application runs as, {@code hub_app}: it may read and write every table but may not UPDATE, DELETE or TRUNCATE the
 * audit trail (audit_entry, audit_seal, audit_batch). A login role granted {@code hub_app} is what the README says to
 * run with; the owner of the tables (who runs the migrations) keeps every right. Without the right to create roles the
 * grants are skipped, with a warning, so a deployment whose owner cannot create roles still starts.
 */
public class V2701__Audit_entry_numbers_and_the_application_role extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V2701__Audit_entry_numbers_and_the_application_role.class);
    static final String APP_ROLE = "hub_app";

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        long last;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select coalesce(max(seq), 0) from audit_entry")) {
            rs.next();
            last = rs.getLong(1);
        }
        try (Statement s = connection.createStatement()) {
            // Hibernate hands out numbers 50 at a time below the value it draws, so start well clear of the last entry
            s.execute("create sequence audit_entry_seq start with " + (last + 100) + " increment by 50");
        }
        if (connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            grantTheApplicationRole(connection);
        }
    }

    private static void grantTheApplicationRole(Connection connection) throws Exception {
        boolean exists;
        boolean mayCreate;
        String schema;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select exists (select 1 from pg_roles where rolname = '" + APP_ROLE + "'), "
                     + "(select rolsuper or rolcreaterole from pg_roles where rolname = current_user), current_schema()")) {
            rs.next();
            exists = rs.getBoolean(1);
            mayCreate = rs.getBoolean(2);
            schema = rs.getString(3);
        }
        if (!exists && !mayCreate) {
            log.warn("The role {} does not exist and this user may not create it: the audit trail's grants are not made", APP_ROLE);
            return;
        }
        String quoted = "\"" + schema.replace("\"", "\"\"") + "\"";
        try (Statement s = connection.createStatement()) {
            if (!exists) {
                s.execute("create role " + APP_ROLE + " nologin");
            }
            s.execute("grant usage on schema " + quoted + " to " + APP_ROLE);
            s.execute("grant select, insert, update, delete on all tables in schema " + quoted + " to " + APP_ROLE);
            s.execute("grant usage, select, update on all sequences in schema " + quoted + " to " + APP_ROLE);
            s.execute("alter default privileges in schema " + quoted + " grant select, insert, update, delete on tables to " + APP_ROLE);
            s.execute("alter default privileges in schema " + quoted + " grant usage, select, update on sequences to " + APP_ROLE);
            s.execute("revoke update, delete, truncate on audit_entry, audit_seal, audit_batch from " + APP_ROLE);
        }
    }
}
