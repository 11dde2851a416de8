package org.partnershiphub.files;

import java.util.List;
import java.util.Optional;

import org.springframework.http.MediaType;

/**
 * The kinds of file the hub accepts, each with the file name extensions that may carry it and the content type it
 * is served with. The content is checked against the kind, so a renamed file is refused.
 */
public enum FileKind {

    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    CSV("text/csv;charset=UTF-8", "csv"),
    TXT("text/plain;charset=UTF-8", "txt");

    private final MediaType contentType;
    private final List<String> extensions;

    FileKind(String contentType, String... extensions) {
        this.contentType = MediaType.parseMediaType(contentType);
        this.extensions = List.of(extensions);
    }

    /** The content type to serve this kind with (text is checked to be UTF-8 on upload, so it says so). */
    public MediaType contentType() {
        return contentType;
    }

    /** The lower-case extensions, without the dot, that a file of this kind may have. */
    public List<String> extensions() {
        return extensions;
    }

    /** The kind a lower-case extension (without the dot) stands for, if any. */
    public static Optional<FileKind> forExtension(String extension) {
        for (FileKind kind : values()) {
            if (kind.extensions.contains(extension)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
