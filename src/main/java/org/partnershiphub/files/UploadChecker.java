package org.partnershiphub.files;

import java.util.Set;

import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an upload before anything keeps or reads it: not empty, within the size limit ({@code hub.uploads.max-bytes},
 * 10MB unless configured), an extension of one of the allowed kinds, and content that really is of that kind.
 * Office files are unpacked as a stream to refuse zip bombs and entries that would escape their folder.
 */
public interface UploadChecker {

    /**
     * @param originalFilename the name the browser sent, possibly with path parts; only its last part is kept
     * @param allowed the kinds this upload may be
     * @throws UploadRefused when any rule is broken
     */
    CheckedUpload check(String originalFilename, byte[] content, Set<FileKind> allowed) throws UploadRefused;

    /** As {@link #check(String, byte[], Set)}, refusing an oversize file before reading it into memory. */
    CheckedUpload check(MultipartFile file, Set<FileKind> allowed) throws UploadRefused;
}
