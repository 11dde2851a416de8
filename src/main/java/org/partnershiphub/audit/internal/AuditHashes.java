package org.partnershiphub.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a length-prefixed encoding of every field of an entry (its number included) and the previous hash in
 * the chain; and the Merkle root of a sealed batch's hashes.
 */
final class AuditHashes {

    static final String GENESIS = "0".repeat(64);

    private AuditHashes() {
    }

    static String hash(AuditEntry e, String prevHash) {
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
        append(canonical, prevHash);
        return sha256(canonical.toString());
    }

    /**
     * The Merkle root of a batch's entry hashes, in chain order: pairs of hex hashes hashed together level by level,
     * an odd last one carried up as it is. One hash is its own root.
     */
    static String merkleRoot(java.util.List<String> leaves) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("A batch has at least one entry");
        }
        java.util.List<String> level = leaves;
        while (level.size() > 1) {
            java.util.List<String> up = new java.util.ArrayList<>((level.size() + 1) / 2);
            for (int i = 0; i < level.size(); i += 2) {
                up.add(i + 1 < level.size() ? sha256(level.get(i) + level.get(i + 1)) : level.get(i));
            }
            level = up;
        }
        return level.getFirst();
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
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
