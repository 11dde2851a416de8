package org.partnershiphub.files;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/** Serves a stored file so that a browser saves it rather than renders it, whatever the file holds. */
public final class FileDownloads {

    private FileDownloads() {
    }

    /**
     * A download of the file: the content type of its checked kind (never what the uploader's browser claimed),
     * {@code Content-Disposition: attachment} with the display name, {@code nosniff} and {@code no-store}.
     */
    public static ResponseEntity<byte[]> attachment(StoredFile file, byte[] content) {
        return ResponseEntity.ok()
                .contentType(file.kind().contentType())
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.name(), UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }
}
