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
 * On PostgreSQL, trigram indexes for the decision log's search by words ({@code like '%word%'} on the decision, its
 * rationale and the item's title, which no B-tree index serves): the {@code pg_trgm} extension (trusted: the
 * database's owner may create it) and three GIN indexes on the lower-cased text. H2 has no such index; there the
 * search scans, as before. Skipped with a warning where the extension is not installed or may not be created.
 */
public class V2702__Decision_search_trigram_indexes extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V2702__Decision_search_trigram_indexes.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) {
            return;
        }
        boolean installed;
        boolean available;
        boolean mayCreate;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select exists (select 1 from pg_extension where extname = 'pg_trgm'), "
                     + "exists (select 1 from pg_available_extensions where name = 'pg_trgm'), "
                     + "has_database_privilege(current_user, current_database(), 'CREATE')")) {
            rs.next();
            installed = rs.getBoolean(1);
            available = rs.getBoolean(2);
            mayCreate = rs.getBoolean(3);
        }
        if (!installed && !(available && mayCreate)) {
            log.warn("pg_trgm is not installed and cannot be created here: the decision search keeps scanning");
            return;
        }
        try (Statement s = connection.createStatement()) {
            if (!installed) {
                s.execute("create extension if not exists pg_trgm");
            }
            s.execute("create index gov_decision_decision_trgm on gov_decision using gin (lower(decision) gin_trgm_ops)");
            s.execute("create index gov_decision_rationale_trgm on gov_decision using gin (lower(coalesce(rationale, '')) gin_trgm_ops)");
            s.execute("create index gov_agenda_item_title_trgm on gov_agenda_item using gin (lower(title) gin_trgm_ops)");
        }
    }
}
