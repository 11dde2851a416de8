package org.partnershiphub.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Checked uploads are kept under a random storage key that has nothing to do with the uploader's file name, come
 * back byte for byte (and not at all if the stored bytes were changed), and are listed and deleted by owner.
 */
@SpringBootTest
class StoredFilesTest {

    static final String OWNER_TYPE = "StoredFilesTest";

    @Autowired StoredFiles files;
    @Autowired UploadChecker checker;
    @Autowired JdbcTemplate jdbc;
    @Autowired HikariDataSource dataSource;

    final long owner = System.nanoTime();

    @AfterEach
    void removeTheTestFiles() {
        jdbc.update("delete from stored_file where owner_type = ?", OWNER_TYPE);
    }

    private StoredFile store(String name, byte[] content, long ownerId) {
        return files.store(checker.check(name, content, Set.of(FileKind.PDF, FileKind.XLSX)), OWNER_TYPE, ownerId);
    }

    @Test
    void aFileIsKeptUnderARandomKeyAndComesBackByteForByte() throws Exception {
        byte[] pdf = UploadFixtures.pdf();
        StoredFile stored = store("../../Evidence for priority 1.pdf", pdf, owner);

        assertThat(stored.name()).isEqualTo("Evidence for priority 1.pdf");
        assertThat(stored.kind()).isEqualTo(FileKind.PDF);
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(files.find(stored.id())).contains(stored);
        assertThat(files.content(stored.id())).isEqualTo(pdf);

        Map<String, Object> row = jdbc.queryForMap("select storage_key, sha256 from stored_file where id = ?", stored.id());
        String storageKey = (String) row.get("storage_key");
        assertThat(UUID.fromString(storageKey).toString()).isEqualTo(storageKey);
        assertThat(storageKey).doesNotContain("Evidence").doesNotContain("pdf");
        assertThat(row.get("sha256")).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    }

    @Test
    void theSameFileStoredTwiceGetsTwoDifferentKeys() {
        byte[] xlsx = UploadFixtures.xlsx();
        StoredFile first = store("Plan.xlsx", xlsx, owner);
        StoredFile second = store("Plan.xlsx", xlsx, owner);
        List<String> keys = jdbc.queryForList("select storage_key from stored_file where id in (?, ?)", String.class, first.id(), second.id());
        assertThat(keys).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void changedBytesInTheDatabaseAreNotServed() {
        StoredFile stored = store("Evidence.pdf", UploadFixtures.pdf(), owner);
        jdbc.update("update stored_file set content = ? where id = ?", "%PDF-tampered".getBytes(), stored.id());
        assertThatThrownBy(() -> files.content(stored.id())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMissingFileIsNotFound() {
        assertThat(files.find(-1)).isEmpty();
        assertThatThrownBy(() -> files.content(-1)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void listingFilesOutsideATransactionGivesItsConnectionBack() {
        store("First.pdf", UploadFixtures.pdf(), owner);
        int active = dataSource.getHikariPoolMXBean().getActiveConnections();
        for (int i = 0; i < 3; i++) {
            assertThat(files.forOwners(OWNER_TYPE, List.of(owner))).hasSize(1);
            assertThat(files.forOwner(OWNER_TYPE, owner)).hasSize(1);
        }
        assertThat(dataSource.getHikariPoolMXBean().getActiveConnections()).isEqualTo(active);
    }

    @Test
    void filesAreListedAndDeletedByOwner() {
        long other = owner + 1;
        StoredFile first = store("First.pdf", UploadFixtures.pdf(), owner);
        StoredFile second = store("Second.xlsx", UploadFixtures.xlsx(), owner);
        StoredFile others = store("Other.pdf", UploadFixtures.pdf(), other);

        assertThat(files.forOwner(OWNER_TYPE, owner)).containsExactly(first, second);
        assertThat(files.forOwner("SomeOtherRecord", owner)).isEmpty();
        assertThat(files.forOwners(OWNER_TYPE, List.of(owner, other, owner + 2)))
                .containsOnly(Map.entry(owner, List.of(first, second)), Map.entry(other, List.of(others)));
        assertThat(files.forOwners(OWNER_TYPE, List.of())).isEmpty();

        files.deleteForOwner(OWNER_TYPE, owner);

        assertThat(files.forOwner(OWNER_TYPE, owner)).isEmpty();
        assertThat(files.find(first.id())).isEmpty();
        assertThat(files.forOwner(OWNER_TYPE, other)).containsExactly(others);
    }

    @Test
    void theConfiguredUploadLimitIsTenMegabytes() {
        byte[] justOver = new byte[10 * 1024 * 1024 + 1];
        assertThatThrownBy(() -> checker.check("Large.pdf", justOver, Set.of(FileKind.PDF)))
                .isInstanceOfSatisfying(UploadRefused.class, e -> {
                    assertThat(e.reason()).isEqualTo(UploadRefused.Reason.TOO_LARGE);
                    assertThat(e.messageArguments()).containsExactly("10MB");
                });
    }
}
