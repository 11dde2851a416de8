package org.partnershiphub.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.UploadChecker;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.files.UploadRefused.Reason;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an upload's size, its name's extension against the allowed kinds, and then its content against that kind:
 * magic bytes for PDF and images, a walk through every entry of an Office file's zip (inflating it, to count what it
 * really unpacks to), and strict UTF-8 without binary control characters for CSV and plain text.
 */
@Component
class ContentUploadChecker implements UploadChecker {

    /** Beyond this much unpacked data, an archive may not unpack to more than {@link #MAX_RATIO} times its size. */
    static final long RATIO_CHECKED_FROM = 1024 * 1024;
    static final int MAX_RATIO = 100;

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final UploadLimits limits;

    ContentUploadChecker(UploadLimits limits) {
        this.limits = limits;
    }

    @Override
    public CheckedUpload check(MultipartFile file, Set<FileKind> allowed) {
        if (file.isEmpty()) {
            throw new UploadRefused(Reason.EMPTY);
        }
        refuseIfTooLarge(file.getSize());
        try {
            return check(file.getOriginalFilename(), file.getBytes(), allowed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public CheckedUpload check(String originalFilename, byte[] content, Set<FileKind> allowed) {
        if (content == null || content.length == 0) {
            throw new UploadRefused(Reason.EMPTY);
        }
        refuseIfTooLarge(content.length);
        String name = DisplayNames.sanitise(originalFilename);
        FileKind kind = FileKind.forExtension(DisplayNames.extension(name))
                .filter(allowed::contains)
                .orElseThrow(() -> new UploadRefused(Reason.TYPE_NOT_ALLOWED, describeKinds(allowed)));
        if (!contentMatches(kind, content)) {
            throw new UploadRefused(Reason.CONTENT_DOES_NOT_MATCH, kind.name());
        }
        return new CheckedUpload(name, kind, content);
    }

    private void refuseIfTooLarge(long size) {
        if (size > limits.maxBytes().toBytes()) {
            throw new UploadRefused(Reason.TOO_LARGE, describeSize(limits.maxBytes()));
        }
    }

    /** "10MB", or "500KB" for a limit below a megabyte or not a whole number of them. */
    private static String describeSize(DataSize size) {
        return size.toBytes() % DataSize.ofMegabytes(1).toBytes() == 0 ? size.toMegabytes() + "MB" : size.toKilobytes() + "KB";
    }

    /** "PDF, DOCX or XLSX", for the message. */
    private static String describeKinds(Set<FileKind> allowed) {
        String[] names = allowed.stream().sorted().map(FileKind::name).toArray(String[]::new);
        if (names.length <= 1) {
            return String.join("", names);
        }
        return String.join(", ", Arrays.copyOf(names, names.length - 1)) + " or " + names[names.length - 1];
    }

    private boolean contentMatches(FileKind kind, byte[] content) {
        return switch (kind) {
            case PDF -> startsWith(content, PDF);
            case PNG -> startsWith(content, PNG);
            case JPEG -> startsWith(content, JPEG);
            case DOCX -> isOfficeFile(content, "word/");
            case XLSX -> isOfficeFile(content, "xl/");
            case PPTX -> isOfficeFile(content, "ppt/");
            case CSV, TXT -> isPlainText(content);
        };
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /**
     * An Office Open XML file is a zip holding {@code [Content_Types].xml} and a folder for its application. Every
     * entry is inflated, counting the bytes that actually come out (the sizes in the headers can lie), so a zip
     * bomb is refused as soon as it unpacks too far.
     */
    private boolean isOfficeFile(byte[] content, String applicationFolder) {
        if (!startsWith(content, ZIP)) {
            return false;
        }
        boolean contentTypes = false;
        boolean applicationPart = false;
        int entries = 0;
        long unpacked = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > limits.maxEntries()) {
                    throw new UploadRefused(Reason.ARCHIVE_TOO_LARGE_WHEN_UNPACKED);
                }
                String name = entry.getName();
                if (escapesTheArchive(name)) {
                    throw new UploadRefused(Reason.ARCHIVE_INVALID);
                }
                contentTypes |= name.equals("[Content_Types].xml");
                applicationPart |= name.startsWith(applicationFolder);
                for (int read = zip.read(buffer); read >= 0; read = zip.read(buffer)) {
                    unpacked += read;
                    if (unpacked > limits.maxUnpackedBytes().toBytes()
                            || unpacked > RATIO_CHECKED_FROM && unpacked > (long) MAX_RATIO * content.length) {
                        throw new UploadRefused(Reason.ARCHIVE_TOO_LARGE_WHEN_UNPACKED);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) { // ZipException, or an entry name that is not UTF-8
            throw new UploadRefused(Reason.ARCHIVE_INVALID);
        }
        if (entries == 0) {
            throw new UploadRefused(Reason.ARCHIVE_INVALID);
        }
        return contentTypes && applicationPart;
    }

    /** An absolute entry name, or one with a {@code ..} segment, would be written outside the folder it is unpacked to. */
    private static boolean escapesTheArchive(String name) {
        return name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0
                || Arrays.asList(name.split("[/\\\\]")).contains("..");
    }

    /** Strict UTF-8 (a byte order mark is allowed), with no control characters other than tab, CR and LF. */
    private static boolean isPlainText(byte[] content) {
        int start = startsWith(content, UTF8_BOM) ? UTF8_BOM.length : 0;
        CharBuffer text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, start, content.length - start));
        } catch (CharacterCodingException e) {
            return false;
        }
        return text.chars().allMatch(c -> c == '\t' || c == '\r' || c == '\n' || !Character.isISOControl(c));
    }
}
