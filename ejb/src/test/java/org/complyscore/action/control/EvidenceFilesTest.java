package org.complyscore.action.control;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.assertj.core.api.AbstractStringAssert;
import org.complyscore.shared.entity.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceFilesTest {

  private static final long LIMIT = EvidenceFiles.DEFAULT_MAX_BYTES;

  private static final String ALLOWED =
      ".doc, .docx, .xls, .xlsx, .ppt, .pptx, .txt, .csv, .pdf, .jpg, .jpeg, .png, .mkv, .zip,"
          + " .rar";

  private static final byte[] PDF = ascii("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n");
  private static final byte[] OLE2 =
      bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0x00, 0x00, 0x00, 0x00);

  // --- what is accepted ---

  static Stream<Arguments> oneOfEachKind() {
    return Stream.of(
        Arguments.of("minutes.doc", OLE2, EvidenceFileType.DOC),
        Arguments.of(
            "policy.docx",
            zip("[Content_Types].xml", "_rels/.rels", "word/document.xml"),
            EvidenceFileType.DOCX),
        Arguments.of("assets.xls", OLE2, EvidenceFileType.XLS),
        Arguments.of(
            "assets.xlsx",
            zip("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/worksheets/s1.xml"),
            EvidenceFileType.XLSX),
        Arguments.of("training.ppt", OLE2, EvidenceFileType.PPT),
        Arguments.of(
            "training.pptx",
            zip("[Content_Types].xml", "_rels/.rels", "ppt/presentation.xml"),
            EvidenceFileType.PPTX),
        Arguments.of("notes.txt", utf8("Backup restored on 2025-03-01.\n"), EvidenceFileType.TXT),
        Arguments.of("users.csv", utf8("name;role\r\nAnna;Owner\r\n"), EvidenceFileType.CSV),
        Arguments.of("scan.pdf", PDF, EvidenceFileType.PDF),
        Arguments.of("photo.jpg", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), EvidenceFileType.JPG),
        Arguments.of("photo.jpeg", bytes(0xFF, 0xD8, 0xFF, 0xE1, 0, 0x10), EvidenceFileType.JPG),
        Arguments.of(
            "screen.png",
            bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'),
            EvidenceFileType.PNG),
        Arguments.of(
            "walkthrough.mkv",
            bytes(0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86),
            EvidenceFileType.MKV),
        Arguments.of("logs.zip", zip("logs/app.log"), EvidenceFileType.ZIP),
        Arguments.of("nothing.zip", zip(), EvidenceFileType.ZIP),
        Arguments.of(
            "logs.rar", bytes('R', 'a', 'r', '!', 0x1A, 0x07, 0x01, 0x00), EvidenceFileType.RAR));
  }

  @ParameterizedTest
  @MethodSource("oneOfEachKind")
  void acceptsEachAllowedKindByItsContent(String name, byte[] content, EvidenceFileType expected) {
    assertThat(EvidenceFiles.check(name, content, LIMIT)).isEqualTo(expected);
  }

  @Test
  void anEmptyArchiveIsAZipOfItsOwnKind() {
    assertThat(zip()).startsWith(bytes('P', 'K', 5, 6)).hasSize(22);
  }

  @ParameterizedTest
  @CsvSource({"SCAN.PDF, PDF", "Photo.JPEG, JPG", "Budget.XlsX, XLSX"})
  void matchesTheExtensionWhateverItsCase(String name, EvidenceFileType expected) {
    byte[] content =
        switch (expected) {
          case PDF -> PDF;
          case JPG -> bytes(0xFF, 0xD8, 0xFF, 0xDB);
          default -> zip("[Content_Types].xml", "xl/workbook.xml");
        };

    assertThat(EvidenceFiles.check(name, content, LIMIT)).isEqualTo(expected);
  }

  @Test
  void acceptsAWebPageNamedTxtAsTextBecauseItIsOnlyEverDownloadedAsPlainText() {
    byte[] page = utf8("<!DOCTYPE html><html><script>alert(document.cookie)</script></html>");

    assertThat(EvidenceFiles.check("notes.txt", page, LIMIT)).isEqualTo(EvidenceFileType.TXT);
    assertThat(EvidenceFileType.TXT.contentType()).isEqualTo("text/plain; charset=UTF-8");
    assertThat(EvidenceFiles.contentDisposition("notes.txt")).startsWith("attachment;");
  }

  @Test
  void acceptsUtf8TextWithAByteOrderMark() {
    byte[] text = concat(bytes(0xEF, 0xBB, 0xBF), utf8("Prüfung bestanden\n"));

    assertThat(EvidenceFiles.check("result.txt", text, LIMIT)).isEqualTo(EvidenceFileType.TXT);
  }

  @Test
  void acceptsWindows1252TextThatIsNotUtf8() {
    byte[] text = "Prüfung;bestanden;€\r\n".getBytes(Charset.forName("windows-1252"));

    assertThat(EvidenceFiles.check("result.csv", text, LIMIT)).isEqualTo(EvidenceFileType.CSV);
  }

  @Test
  void acceptsLongUtf8TextWhoseSampleEndsInTheMiddleOfACharacter() {
    // 1 + 2 × 40,000 bytes: byte 65,536 is the first half of an "ä".
    byte[] text = utf8("a" + "ä".repeat(40_000));

    assertThat(EvidenceFiles.check("long.txt", text, LIMIT)).isEqualTo(EvidenceFileType.TXT);
  }

  @Test
  void acceptsAFileOfExactlyTheLimit() {
    byte[] content = Arrays.copyOf(PDF, 1024);

    assertThat(EvidenceFiles.check("limit.pdf", content, 1024)).isEqualTo(EvidenceFileType.PDF);
  }

  // --- what is refused, and what the person is told ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "report.exe",
        "page.html",
        "page.htm",
        "script.js",
        "logo.svg",
        "README",
        "backup.tar.gz",
        "report.pdf.exe"
      })
  void refusesNamesOfKindsThatAreNotAllowed(String name) {
    assertRefused(name, PDF, LIMIT)
        .isEqualTo("\"" + name + "\" is not an allowed kind of file. Allowed: " + ALLOWED + ".");
  }

  static Stream<Arguments> programs() {
    return Stream.of(
        Arguments.of("report.pdf", concat(ascii("MZ"), new byte[] {(byte) 0x90, 0, 3, 0})),
        Arguments.of("notes.txt", concat(bytes(0x7F), ascii("ELF\u0002\u0001\u0001"))),
        Arguments.of("photo.jpg", bytes(0xCF, 0xFA, 0xED, 0xFE, 7, 0, 0, 1)),
        Arguments.of("photo.png", bytes(0xFE, 0xED, 0xFA, 0xCE, 0, 0, 0, 7)),
        Arguments.of("data.csv", bytes(0xFE, 0xED, 0xFA, 0xCF, 0, 0, 0, 7)),
        Arguments.of("archive.zip", bytes(0xCA, 0xFE, 0xBA, 0xBE, 0, 0, 0, 2)));
  }

  @ParameterizedTest
  @MethodSource("programs")
  void refusesAProgramWhateverItIsNamed(String name, byte[] program) {
    assertRefused(name, program, LIMIT)
        .isEqualTo(
            "\"" + name + "\" is a program, not a document. Programs cannot be kept as evidence.");
  }

  @Test
  void refusesAPdfNamedPng() {
    assertRefused("scan.png", PDF, LIMIT)
        .isEqualTo(
            "\"scan.png\" does not contain a PNG image."
                + " The file's content does not match its extension.");
  }

  @Test
  void refusesAWordDocumentNamedXlsx() {
    byte[] word = zip("[Content_Types].xml", "_rels/.rels", "word/document.xml");

    assertRefused("budget.xlsx", word, LIMIT)
        .isEqualTo(
            "\"budget.xlsx\" does not contain an Excel workbook."
                + " The file's content does not match its extension.");
  }

  @Test
  void refusesAZipWithoutContentTypesNamedDocx() {
    assertRefused("policy.docx", zip("word/document.xml"), LIMIT)
        .isEqualTo(
            "\"policy.docx\" does not contain a Word document."
                + " The file's content does not match its extension.");
  }

  @Test
  void refusesATruncatedDocx() {
    byte[] docx = zip("[Content_Types].xml", "word/document.xml");
    byte[] withoutCentralDirectory = Arrays.copyOf(docx, docx.length / 2);

    assertRefused("policy.docx", withoutCentralDirectory, LIMIT)
        .startsWith("\"policy.docx\" does not contain a Word document.");
  }

  @Test
  void refusesAPdfNamedDoc() {
    assertRefused("minutes.doc", PDF, LIMIT)
        .isEqualTo(
            "\"minutes.doc\" does not contain a Word document."
                + " The file's content does not match its extension.");
  }

  @Test
  void refusesTextWithNulBytes() {
    assertRefused("notes.txt", utf8("first line\n\0\0binary"), LIMIT)
        .isEqualTo(
            "\"notes.txt\" does not contain text. The file's content does not match its extension.");
  }

  @Test
  void refusesUtf16TextForItsNulBytes() {
    assertRefused("notes.txt", "Backup restored".getBytes(UTF_16LE), LIMIT)
        .startsWith("\"notes.txt\" does not contain text.");
  }

  @Test
  void refusesNonUtf8TextWithControlCharacters() {
    byte[] binary = bytes('P', 0xFC, 'f', 0x01, 0x02, 0x1B, '\n');

    assertRefused("notes.txt", binary, LIMIT).startsWith("\"notes.txt\" does not contain text.");
  }

  @Test
  void refusesAFileOverTheLimitSayingHowBigBoth() {
    byte[] content = Arrays.copyOf(PDF, 1536);

    assertRefused("big.pdf", content, 1024)
        .isEqualTo("\"big.pdf\" is 1.5 KB; the largest file allowed is 1 KB.");
  }

  @Test
  void refusesAnEmptyFile() {
    assertRefused("empty.pdf", new byte[0], LIMIT).isEqualTo("\"empty.pdf\" is empty.");
    assertRefused("empty.pdf", null, LIMIT).isEqualTo("\"empty.pdf\" is empty.");
  }

  @Test
  void namesTheFileByItsSafeName() {
    assertRefused("..\\..\\evil.exe", PDF, LIMIT).startsWith("\"evil.exe\" is not an allowed");
    assertThat(EvidenceFiles.check("..\\..\\evil.pdf", PDF, LIMIT)).isEqualTo(EvidenceFileType.PDF);
  }

  @Test
  void checksTheExtensionThatIsLeftAfterInvisibleCharactersAreDropped() {
    // Shown as "reportexe.pdf" by the right-to-left override, but it is an .exe.
    assertRefused("report\u202Efdp.exe", PDF, LIMIT)
        .startsWith("\"reportfdp.exe\" is not an allowed kind of file.");
  }

  @Test
  void neverInflatesEntriesSoAZipBombCostsNothing() throws IOException {
    byte[] docx = zip("word/document.xml", "[Content_Types].xml");
    byte[] damaged = withFirstEntryDataDamaged(docx);
    // Anything that inflates the entries, as ZipInputStream does to skip one, fails on it ...
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(damaged))) {
      in.getNextEntry();
      assertThatThrownBy(in::getNextEntry).isInstanceOf(ZipException.class);
    }

    // ... the check reads names only.
    assertThat(EvidenceFiles.check("policy.docx", damaged, LIMIT)).isEqualTo(EvidenceFileType.DOCX);
  }

  @ParameterizedTest
  @CsvSource({
    "1,        1 byte",
    "1023,     1023 bytes",
    "1024,     1 KB",
    "1536,     1.5 KB",
    "52428800, 50 MB",
    "52428801, 50.1 MB",
    "64172851, 61.2 MB",
  })
  void describesSizesRoundedUpSoAFileOverTheLimitNeverLooksLikeIt(long bytes, String size) {
    assertThat(EvidenceFiles.describeSize(bytes)).isEqualTo(size);
  }

  // --- names and downloads ---

  @ParameterizedTest
  @CsvSource(
      delimiterString = "=>",
      value = {
        "..\\..\\evil.pdf                      => evil.pdf",
        "../../etc/passwd                      => passwd",
        "C:\\Users\\anna\\Prüfbericht ü.pdf    => Prüfbericht ü.pdf",
        "/home/anna/Q1 report.xlsx             => Q1 report.xlsx",
        "..hidden.pdf                          => hidden.pdf",
        "a<b>c:d\"e|f?g*h.pdf                  => abcdefgh.pdf",
        "Audit    2025 \u00a0 final.docx       => Audit 2025 final.docx",
        "scan.pdf.                             => scan.pdf",
        "report\u202Efdp.exe                   => reportfdp.exe",
        "'...'                                 => evidence",
        "'<>:?*'                               => evidence",
        "photos/                               => evidence",
        "''                                    => evidence",
      })
  void keepsOnlyASafeFileName(String submitted, String expected) {
    assertThat(EvidenceFiles.safeFileName(submitted)).isEqualTo(expected);
  }

  @Test
  void dropsControlCharactersAndTurnsLineBreaksIntoSpaces() {
    assertThat(EvidenceFiles.safeFileName("Report\r\n\tQ1\u0000\u007f\u0085.pdf"))
        .isEqualTo("Report Q1.pdf");
  }

  @Test
  void joinsDecomposedLettersAsMacOsSendsThem() {
    assertThat(EvidenceFiles.safeFileName("Pru\u0308fbericht.pdf")).isEqualTo("Prüfbericht.pdf");
  }

  @Test
  void givesEvidenceForNoName() {
    assertThat(EvidenceFiles.safeFileName(null)).isEqualTo("evidence");
  }

  @Test
  void shortensLongNamesBeforeTheExtension() {
    String name = EvidenceFiles.safeFileName("a".repeat(300) + ".pdf");

    assertThat(name).hasSize(200).isEqualTo("a".repeat(196) + ".pdf");
  }

  @Test
  void shortensWithoutCuttingACharacterInHalf() {
    // "a" then emoji of two chars each: the 196th char is the first half of an emoji.
    String name = EvidenceFiles.safeFileName("a" + "😀".repeat(150) + ".pdf");

    assertThat(name).hasSize(199).endsWith("😀.pdf");
    assertThat(name.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE))
        .isEmpty();
  }

  @Test
  void downloadsAsAnAttachmentWithAnAsciiAndAUtf8Name() {
    assertThat(EvidenceFiles.contentDisposition("Prüfbericht \"Q1\".pdf"))
        .isEqualTo(
            "attachment; filename=\"Pr_fbericht Q1.pdf\";"
                + " filename*=UTF-8''Pr%C3%BCfbericht%20%22Q1%22.pdf");
  }

  @Test
  void aNameCannotBreakOutOfTheHeader() {
    String header = EvidenceFiles.contentDisposition("a\r\nSet-Cookie: s=1\\\".pdf");

    assertThat(header)
        .doesNotContain("\r", "\n")
        .isEqualTo(
            "attachment; filename=\"a__Set-Cookie: s=1.pdf\";"
                + " filename*=UTF-8''a%0D%0ASet-Cookie%3A%20s%3D1%5C%22.pdf");
  }

  @Test
  void downloadsWithoutANameAsEvidence() {
    assertThat(EvidenceFiles.contentDisposition(null))
        .isEqualTo("attachment; filename=\"evidence\"; filename*=UTF-8''evidence");
  }

  // --- the kinds ---

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DOC  | application/msword",
        "DOCX | application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "XLS  | application/vnd.ms-excel",
        "XLSX | application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "PPT  | application/vnd.ms-powerpoint",
        "PPTX | application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "TXT  | text/plain; charset=UTF-8",
        "CSV  | text/csv",
        "PDF  | application/pdf",
        "JPG  | image/jpeg",
        "PNG  | image/png",
        "MKV  | video/x-matroska",
        "ZIP  | application/zip",
        "RAR  | application/vnd.rar",
      })
  void downloadsEachKindWithItsContentType(EvidenceFileType type, String contentType) {
    assertThat(type.contentType()).isEqualTo(contentType);
  }

  @ParameterizedTest
  @EnumSource(EvidenceFileType.class)
  void noKindIsEverServedAsSomethingABrowserRuns(EvidenceFileType type) {
    assertThat(type.contentType()).doesNotContain("html", "svg", "javascript", "text/xml");
  }

  @Test
  void listsTheAllowedExtensionsInTheOrderOfTheRule() {
    assertThat(EvidenceFileType.allowedExtensions()).isEqualTo(ALLOWED);
  }

  // --- test data ---

  private static AbstractStringAssert<?> assertRefused(String name, byte[] content, long maxBytes) {
    Throwable refused = catchThrowable(() -> EvidenceFiles.check(name, content, maxBytes));
    assertThat(refused)
        .as("refusal of %s", name)
        .isInstanceOf(InvalidInputException.class)
        .hasFieldOrPropertyWithValue("field", "file");
    return assertThat(refused.getMessage());
  }

  /** A real ZIP with the given (small) entries, made the way Office and others make them. */
  private static byte[] zip(String... entries) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (String entry : entries) {
        zip.putNextEntry(new ZipEntry(entry));
        zip.write(utf8("<?xml version=\"1.0\"?><x>" + "content ".repeat(20) + "</x>"));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** Overwrites the deflated data of the first entry, up to its data descriptor, with 0xFF. */
  private static byte[] withFirstEntryDataDamaged(byte[] zip) {
    byte[] damaged = zip.clone();
    int nameLength = (zip[26] & 0xFF) | (zip[27] & 0xFF) << 8;
    int extraLength = (zip[28] & 0xFF) | (zip[29] & 0xFF) << 8;
    int dataStart = 30 + nameLength + extraLength;
    int descriptor = indexOf(zip, bytes('P', 'K', 7, 8), dataStart);
    Arrays.fill(damaged, dataStart, descriptor, (byte) 0xFF);
    return damaged;
  }

  private static int indexOf(byte[] data, byte[] what, int from) {
    for (int i = from; i <= data.length - what.length; i++) {
      if (Arrays.equals(data, i, i + what.length, what, 0, what.length)) {
        return i;
      }
    }
    throw new IllegalArgumentException("not found");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(UTF_8);
  }

  private static byte[] ascii(String text) {
    return text.getBytes(ISO_8859_1);
  }

  private static byte[] bytes(int... values) {
    byte[] result = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = (byte) values[i];
    }
    return result;
  }

  private static byte[] concat(byte[] first, byte[] second) {
    byte[] result = Arrays.copyOf(first, first.length + second.length);
    System.arraycopy(second, 0, result, first.length, second.length);
    return result;
  }
}
