package org.partnershiphub.files.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.partnershiphub.files.UploadFixtures.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnershiphub.files.CheckedUpload;
import org.partnershiphub.files.FileKind;
import org.partnershiphub.files.UploadRefused;
import org.partnershiphub.files.UploadRefused.Reason;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.util.unit.DataSize;

/**
 * An upload is accepted only when it is within the limits, named as one of the allowed kinds, and really holds that
 * kind: renamed programs and images, binary "text", zip bombs and archives that would write outside their folder are
 * refused, each with the reason the person will be told.
 */
class UploadCheckerTest {

    static final Set<FileKind> ANY = EnumSet.allOf(FileKind.class);

    final ContentUploadChecker checker = new ContentUploadChecker(
            new UploadLimits(DataSize.ofMegabytes(10), DataSize.ofMegabytes(100), 10_000));

    static Reason refusal(ContentUploadChecker checker, String name, byte[] content, Set<FileKind> allowed) {
        UploadRefused refused = catchThrowableOfType(UploadRefused.class, () -> checker.check(name, content, allowed));
        assertThat(refused).as("refused").isNotNull();
        return refused.reason();
    }

    Reason refusal(String name, byte[] content) {
        return refusal(checker, name, content, ANY);
    }

    static Stream<Arguments> realFiles() {
        return Stream.of(
                Arguments.of("Annual report.pdf", pdf(), FileKind.PDF),
                Arguments.of("Evidence.docx", docx(), FileKind.DOCX),
                Arguments.of("Business plan.xlsx", xlsx(), FileKind.XLSX),
                Arguments.of("Briefing.pptx", pptx(), FileKind.PPTX),
                Arguments.of("Chart.png", png(), FileKind.PNG),
                Arguments.of("Photo.jpg", jpeg(), FileKind.JPEG),
                Arguments.of("PHOTO.JPEG", jpeg(), FileKind.JPEG),
                Arguments.of("Actions.csv", "\uFEFFAction,Lead\r\nRéview referrals,\"Police\"\r\n".getBytes(UTF_8), FileKind.CSV),
                Arguments.of("Notes.txt", "Tabs\tand\nnew lines, in Welsh: Bwrdd Diogelu\n".getBytes(UTF_8), FileKind.TXT));
    }

    @ParameterizedTest
    @MethodSource("realFiles")
    void realFilesOfEachKindAreAccepted(String name, byte[] content, FileKind kind) {
        CheckedUpload upload = checker.check(name, content, Set.of(kind));
        assertThat(upload.kind()).isEqualTo(kind);
        assertThat(upload.originalName()).isEqualTo(name);
        assertThat(upload.content()).isEqualTo(content);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusal("Empty.pdf", new byte[0])).isEqualTo(Reason.EMPTY);
        assertThat(refusal(checker, "", null, ANY)).isEqualTo(Reason.EMPTY);
        assertThatThrownBy(() -> checker.check(new MockMultipartFile("file", "", null, new byte[0]), ANY))
                .isInstanceOfSatisfying(UploadRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void aFileOverTheLimitIsRefusedAndOneAtTheLimitAccepted() {
        ContentUploadChecker small = new ContentUploadChecker(new UploadLimits(DataSize.ofKilobytes(1), DataSize.ofMegabytes(100), 10_000));
        byte[] atLimit = "a".repeat(1024).getBytes(UTF_8);
        byte[] overLimit = "a".repeat(1025).getBytes(UTF_8);

        assertThat(small.check("limit.txt", atLimit, ANY).size()).isEqualTo(1024);
        UploadRefused refused = catchThrowableOfType(UploadRefused.class, () -> small.check("over.txt", overLimit, ANY));
        assertThat(refused.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(refused.messageKey()).isEqualTo("upload.refused.TOO_LARGE");
        assertThat(refused.messageArguments()).containsExactly("1KB");
        assertThatThrownBy(() -> small.check(new MockMultipartFile("file", "over.txt", "text/plain", overLimit), ANY))
                .isInstanceOfSatisfying(UploadRefused.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void aMultipartUploadIsCheckedLikeAnyOther() {
        CheckedUpload upload = checker.check(new MockMultipartFile("file", "C:\\Users\\me\\Plan.xlsx", "application/pdf", xlsx()), Set.of(FileKind.XLSX));
        assertThat(upload.originalName()).isEqualTo("Plan.xlsx");
        assertThat(upload.kind()).as("from the content, not the browser's content type").isEqualTo(FileKind.XLSX);
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() {
        byte[] bomb = zipBomb();
        assertThat(bomb.length).as("small when packed").isLessThan(1024 * 1024);
        assertThat(refusal(checker, "Spreadsheet.xlsx", bomb, Set.of(FileKind.XLSX))).isEqualTo(Reason.ARCHIVE_TOO_LARGE_WHEN_UNPACKED);
    }

    @Test
    void anArchiveThatUnpacksBeyondTheLimitIsRefusedEvenAtAnOrdinaryRatio() {
        ContentUploadChecker tight = new ContentUploadChecker(new UploadLimits(DataSize.ofMegabytes(10), DataSize.ofKilobytes(256), 10_000));
        assertThat(tight.check("Small.xlsx", xlsxOfRandomBytes(200 * 1024), ANY).kind()).isEqualTo(FileKind.XLSX);
        assertThat(refusal(tight, "Large.xlsx", xlsxOfRandomBytes(300 * 1024), ANY)).isEqualTo(Reason.ARCHIVE_TOO_LARGE_WHEN_UNPACKED);
    }

    @Test
    void anArchiveWithMoreThanTenThousandEntriesIsRefused() {
        assertThat(checker.check("Many sheets.xlsx", xlsxWithEntries(10_000), ANY).kind()).isEqualTo(FileKind.XLSX);
        assertThat(refusal("Too many sheets.xlsx", xlsxWithEntries(10_001))).isEqualTo(Reason.ARCHIVE_TOO_LARGE_WHEN_UNPACKED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "xl/../../evil", "xl\\..\\..\\evil", "/etc/passwd", "\\evil", "C:\\Windows\\evil", "c:evil"})
    void anArchiveWithAnEntryThatWouldEscapeItsFolderIsRefused(String entry) {
        assertThat(refusal("Traversal.xlsx", xlsxWithEntryNamed(entry))).isEqualTo(Reason.ARCHIVE_INVALID);
    }

    @Test
    void aDamagedOfficeFileIsRefused() {
        byte[] truncated = Arrays.copyOf(xlsx(), 100);
        assertThat(refusal("Truncated.xlsx", truncated)).isEqualTo(Reason.ARCHIVE_INVALID);
        assertThat(refusal("Header only.xlsx", new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0})).isEqualTo(Reason.ARCHIVE_INVALID);
    }

    static Stream<Arguments> renamedFiles() {
        return Stream.of(
                Arguments.of("Program renamed.pdf", windowsProgram()),
                Arguments.of("Image renamed.pdf", png()),
                Arguments.of("Document renamed.png", pdf()),
                Arguments.of("Image renamed.jpg", png()),
                Arguments.of("Spreadsheet renamed.docx", xlsx()),
                Arguments.of("Document renamed.xlsx", docx()),
                Arguments.of("Archive renamed.xlsx", plainZip()),
                Arguments.of("Program renamed.xlsx", windowsProgram()),
                Arguments.of("Program renamed.csv", windowsProgram()),
                Arguments.of("Image renamed.txt", png()),
                Arguments.of("Nul in text.csv", "Action,Lead\n\0,Police\n".getBytes(UTF_8)),
                Arguments.of("Escape in text.txt", "Red \u001B[31m text".getBytes(UTF_8)),
                Arguments.of("Latin-1.csv", "R\u00E9view".getBytes(ISO_8859_1)),
                Arguments.of("UTF-16.csv", "Action,Lead".getBytes(UTF_16)));
    }

    @ParameterizedTest
    @MethodSource("renamedFiles")
    void contentThatIsNotWhatTheNameSaysIsRefused(String name, byte[] content) {
        assertThat(refusal(name, content)).isEqualTo(Reason.CONTENT_DOES_NOT_MATCH);
    }

    @Test
    void onlyTheAllowedKindsAreAccepted() {
        UploadRefused refused = catchThrowableOfType(UploadRefused.class,
                () -> checker.check("Plan.pdf", pdf(), EnumSet.of(FileKind.XLSX, FileKind.CSV)));
        assertThat(refused.reason()).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refused.messageArguments()).containsExactly("XLSX or CSV");
        assertThat(checker.check("Plan.pdf", pdf(), EnumSet.of(FileKind.PDF, FileKind.XLSX)).kind()).isEqualTo(FileKind.PDF);
        assertThat(refusal("Setup.exe", windowsProgram())).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refusal("No extension", pdf())).isEqualTo(Reason.TYPE_NOT_ALLOWED);
        assertThat(refusal("Plan.pdf.", pdf())).isEqualTo(Reason.TYPE_NOT_ALLOWED);
    }

    static Stream<Arguments> namesWithPaths() {
        return Stream.of(
                Arguments.of("../../etc/passwd.pdf", "passwd.pdf"),
                Arguments.of("C:\\x\\evil.pdf", "evil.pdf"),
                Arguments.of("..\\..\\Windows\\evil.pdf", "evil.pdf"),
                Arguments.of("/var/tmp/report.pdf", "report.pdf"),
                Arguments.of("re\r\nport\t.pdf", "report.pdf"),
                Arguments.of("invoice\u202Efdp.pdf", "invoicefdp.pdf"),
                Arguments.of("  spaced.pdf  ", "spaced.pdf"));
    }

    @ParameterizedTest
    @MethodSource("namesWithPaths")
    void onlyTheLastPartOfTheNameIsKeptWithoutControlCharacters(String sent, String kept) {
        assertThat(checker.check(sent, pdf(), ANY).originalName()).isEqualTo(kept);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"evil.pdf\0.exe", "..", "...", "../..", "reports/", "C:\\", "\u0007\u0008"})
    void namesWithANulOrNothingUsableAreRefused(String name) {
        assertThat(refusal(checker, name, pdf(), ANY)).isEqualTo(Reason.NAME_NOT_ALLOWED);
    }

    @Test
    void aLongNameIsShortenedToTwoHundredCharactersKeepingItsExtension() {
        String name = checker.check("a".repeat(300) + ".pdf", pdf(), ANY).originalName();
        assertThat(name).hasSize(CheckedUpload.MAX_NAME_LENGTH).startsWith("aaa").endsWith(".pdf");
    }

    @ParameterizedTest
    @EnumSource(Reason.class)
    void everyReasonHasAMessage(Reason reason) throws IOException {
        Properties messages = new Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"))) {
            messages.load(in);
        }
        assertThat(messages.getProperty(new UploadRefused(reason).messageKey())).isNotBlank();
    }
}
