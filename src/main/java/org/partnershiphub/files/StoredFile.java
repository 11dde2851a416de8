package org.partnershiphub.files;

import java.time.Instant;

/** A stored file's details (not its content): the display name, its checked kind and size, and who owns it. */
public record StoredFile(long id, String name, FileKind kind, long size, Instant storedAt, String ownerType, long ownerId) {
}
