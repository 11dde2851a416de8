package org.partnershiphub.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 over a length-prefixed encoding of every field of an entry and the previous entry's hash. */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    static String hash(AuditEntry e) {
        StringBuilder canonical = new StringBuilder();
        append(canonical, Long.toString(e.getSeq()));
        append(canonical, e.getOccurredAt().toString());
        append(canonical, e.getActorUserId() == null ? null : e.getActorUserId().toString());
        append(canonical, e.getActorName());
        append(canonical, e.getActorAgency());
        append(canonical, e.getActorRoles());
        append(canonical, e.getAction());
        append(canonical, e.getRecordType());
        append(canonical, e.getRecordId());
        append(canonical, e.getOutcome());
        append(canonical, e.getReason());
        append(canonical, e.getDetail());
        append(canonical, e.getPrevHash());
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static void append(StringBuilder out, String field) {
        if (field == null) {
            out.append("-1:");
        } else {
            out.append(field.length()).append(':').append(field);
        }
    }
}
