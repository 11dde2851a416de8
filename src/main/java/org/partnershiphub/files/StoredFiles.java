package org.partnershiphub.files;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Files kept from checked uploads, each owned by one record of another module, named by {@code ownerType} (the
 * calling module's own name for the record, e.g. {@code "PlanEvidence"}) and the record's id.
 * <p>
 * No access control here: the owning module decides who may read or delete its records' files before calling.
 */
public interface StoredFiles {

    /** Keeps the upload under a new random storage key, with its SHA-256. */
    StoredFile store(CheckedUpload upload, String ownerType, long ownerId);

    Optional<StoredFile> find(long id);

    /**
     * The file's bytes, checked against the SHA-256 taken when it was stored.
     *
     * @throws NoSuchElementException when there is no such file
     * @throws IllegalStateException when the stored bytes no longer match their SHA-256
     */
    byte[] content(long id);

    /** The owner's files, oldest first. */
    List<StoredFile> forOwner(String ownerType, long ownerId);

    /** The files of each of the owners that have any, oldest first, by owner id. */
    Map<Long, List<StoredFile>> forOwners(String ownerType, Collection<Long> ownerIds);

    void deleteForOwner(String ownerType, long ownerId);
}
