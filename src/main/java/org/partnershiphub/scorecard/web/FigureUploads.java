package org.partnershiphub.scorecard.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.partnershiphub.scorecard.internal.Scorecard;
import org.springframework.stereotype.Component;

/**
 * Uploaded figures waiting for the person who uploaded them to confirm (an hour at most): the rows as read, so the
 * preview and the confirmation see the same thing. Kept in memory; an upload not confirmed before a restart is
 * uploaded again.
 */
@Component
class FigureUploads {

    private static final Duration KEPT_FOR = Duration.ofHours(1);

    /** Rows as read, with any problem found while reading a cell (row number to field and message key). */
    record Upload(String token, long userId, String fileName, List<Scorecard.UploadLine> lines, Map<Integer, String[]> unreadable,
                  Instant at) {
    }

    private final Map<String, Upload> uploads = new ConcurrentHashMap<>();

    Upload hold(long userId, String fileName, List<Scorecard.UploadLine> lines, Map<Integer, String[]> unreadable) {
        Instant now = Instant.now();
        uploads.values().removeIf(u -> u.at().plus(KEPT_FOR).isBefore(now));
        Upload upload = new Upload(UUID.randomUUID().toString(), userId, fileName, List.copyOf(lines), Map.copyOf(unreadable), now);
        uploads.put(upload.token(), upload);
        return upload;
    }

    /** Only the uploader's own upload. */
    Optional<Upload> find(String token, long userId) {
        return Optional.ofNullable(uploads.get(token)).filter(u -> u.userId() == userId);
    }

    void drop(String token) {
        uploads.remove(token);
    }
}
