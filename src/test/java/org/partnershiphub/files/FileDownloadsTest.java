package org.partnershiphub.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A download is always saved, never rendered: the content type comes from the checked kind, the name travels in
 * an attachment disposition (encoded, so quotes and accents cannot break the header), and nothing is sniffed or cached.
 */
class FileDownloadsTest {

    @Test
    void aDownloadIsAnAttachmentWithSafeHeaders() {
        byte[] content = UploadFixtures.pdf();
        StoredFile file = new StoredFile(7, "Plan \"final\" révisé.pdf", FileKind.PDF, content.length, Instant.now(), "PlanEvidence", 3);

        ResponseEntity<byte[]> response = FileDownloads.attachment(file, content);
        HttpHeaders headers = response.getHeaders();

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getBody()).isSameAs(content);
        assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/pdf");
        assertThat(headers.getContentLength()).isEqualTo(content.length);
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getCacheControl()).isEqualTo("no-store");
        String disposition = headers.getFirst(HttpHeaders.CONTENT_DISPOSITION);
        assertThat(disposition).startsWith("attachment;").contains("filename*=UTF-8''Plan%20%22final%22%20r%C3%A9vis%C3%A9.pdf");
        assertThat(disposition).doesNotContain("é").doesNotContain("\r").doesNotContain("\n");
        assertThat(headers.getContentDisposition().getFilename()).isEqualTo("Plan \"final\" révisé.pdf");
    }

    @Test
    void textIsServedAsUtf8Text() {
        StoredFile file = new StoredFile(8, "Actions.csv", FileKind.CSV, 3, Instant.now(), "PlanEvidence", 3);
        assertThat(FileDownloads.attachment(file, "a,b".getBytes()).getHeaders().getFirst(HttpHeaders.CONTENT_TYPE))
                .isEqualTo("text/csv;charset=UTF-8");
    }
}
