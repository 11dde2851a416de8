package org.partnershiphub.files.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.StoredFile;
import org.partnershiphub.files.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Keeps files in the {@code stored_file} table. Plain JDBC rather than JPA so that listing files never loads their
 * content: only {@link #content(long)} reads the bytes.
 */
@Component
class JdbcStoredFiles implements StoredFiles {

    private static final String DETAILS = "select id, display_name, kind, size_bytes, stored_at, owner_type, owner_id from stored_file ";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcStoredFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public StoredFile store(CheckedUpload upload, String ownerType, long ownerId) {
        Objects.requireNonNull(upload, "upload");
        Objects.requireNonNull(ownerType, "ownerType");
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS)); // as precise as the column
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into stored_file (storage_key, display_name, kind, size_bytes, sha256, owner_type, owner_id, stored_at, content) "
                        + "values (:storageKey, :name, :kind, :size, :sha256, :ownerType, :ownerId, :storedAt, :content)")
                .param("storageKey", UUID.randomUUID().toString())
                .param("name", upload.originalName())
                .param("kind", upload.kind().name())
                .param("size", upload.size())
                .param("sha256", sha256(upload.content()))
                .param("ownerType", ownerType)
                .param("ownerId", ownerId)
                .param("storedAt", now)
                .param("content", upload.content())
                .update(key, "id");
        return new StoredFile(Objects.requireNonNull(key.getKey()).longValue(), upload.originalName(), upload.kind(),
                upload.size(), now.toInstant(), ownerType, ownerId);
    }

    @Override
    public Optional<StoredFile> find(long id) {
        return jdbc.sql(DETAILS + "where id = ?").param(id).query(JdbcStoredFiles::details).optional();
    }

    @Override
    public byte[] content(long id) {
        return jdbc.sql("select content, sha256 from stored_file where id = ?").param(id)
                .query((rs, row) -> {
                    byte[] content = rs.getBytes("content");
                    if (!sha256(content).equals(rs.getString("sha256"))) {
                        throw new IllegalStateException("Stored file " + id + " does not match its SHA-256");
                    }
                    return content;
                })
                .optional()
                .orElseThrow(() -> new NoSuchElementException("No stored file " + id));
    }

    @Override
    public List<StoredFile> forOwner(String ownerType, long ownerId) {
        return jdbc.sql(DETAILS + "where owner_type = ? and owner_id = ? order by stored_at, id")
                .params(ownerType, ownerId)
                .query(JdbcStoredFiles::details)
                .list();
    }

    @Override
    public Map<Long, List<StoredFile>> forOwners(String ownerType, Collection<Long> ownerIds) {
        if (ownerIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(DETAILS + "where owner_type = :ownerType and owner_id in (:ownerIds) order by stored_at, id")
                .param("ownerType", ownerType)
                .param("ownerIds", ownerIds)
                .query(JdbcStoredFiles::details)
                .list() // not .stream(): an unclosed stream keeps its connection, outside a transaction for good
                .stream()
                .collect(Collectors.groupingBy(StoredFile::ownerId, LinkedHashMap::new, Collectors.toList()));
    }

    @Override
    public void deleteForOwner(String ownerType, long ownerId) {
        jdbc.sql("delete from stored_file where owner_type = ? and owner_id = ?").params(ownerType, ownerId).update();
    }

    private static StoredFile details(ResultSet rs, int row) throws SQLException {
        return new StoredFile(rs.getLong("id"), rs.getString("display_name"), FileKind.valueOf(rs.getString("kind")),
                rs.getLong("size_bytes"), rs.getTimestamp("stored_at").toInstant(), rs.getString("owner_type"),
                rs.getLong("owner_id"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
