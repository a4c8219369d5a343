package org.complyscore.action.control;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.complyscore.shared.entity.InvalidInputException;

/**
 * What an evidence file must be before it is kept (F25): one of the allowed kinds by its extension
 * <em>and</em> by its content, not a program, not empty and not larger than the limit. And how it
 * is named on the way back out: always as an attachment with a file name that cannot reach outside
 * a folder or break a header.
 */
public final class EvidenceFiles {

  /** The limit per file unless the installation sets another: 50 MB. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  /** Longest name kept; the rest of a longer one is cut before its extension. */
  public static final int MAX_NAME_LENGTH = 200;

  private static final String FIELD = "file";
  private static final String FALLBACK_NAME = "evidence";

  /** Text is recognised from its beginning, as {@code file(1)} does, not from all 50 MB. */
  private static final int TEXT_SAMPLE_BYTES = 64 * 1024;

  private static final byte[] PDF = ascii("%PDF-");
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
  private static final byte[] ZIP_ENTRY = {'P', 'K', 3, 4};
  private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
  private static final byte[] RAR = {'R', 'a', 'r', '!', 0x1A, 0x07};
  private static final byte[] EBML = bytes(0x1A, 0x45, 0xDF, 0xA3);

  /** Windows (MZ), Linux (ELF) and macOS (Mach-O, both byte orders, and universal) programs. */
  private static final List<byte[]> PROGRAMS =
      List.of(
          ascii("MZ"),
          bytes(0x7F, 'E', 'L', 'F'),
          bytes(0xFE, 0xED, 0xFA, 0xCE),
          bytes(0xFE, 0xED, 0xFA, 0xCF),
          bytes(0xCE, 0xFA, 0xED, 0xFE),
          bytes(0xCF, 0xFA, 0xED, 0xFE),
          bytes(0xCA, 0xFE, 0xBA, 0xBE));

  private static final int ZIP_CENTRAL_HEADER = 0x02014B50;
  private static final int ZIP_END_HEADER = 0x06054B50;

  private EvidenceFiles() {}

  /**
   * The kind of an uploaded file, after checking that its content is what its name says.
   *
   * @throws InvalidInputException for the field {@code file}, naming the file and what is wrong
   */
  public static EvidenceFileType check(String submittedName, byte[] content, long maxBytes) {
    String name = safeFileName(submittedName);
    EvidenceFileType type =
        EvidenceFileType.forExtension(extensionOf(name))
            .orElseThrow(
                () ->
                    refused(
                        name,
                        "is not an allowed kind of file. Allowed: "
                            + EvidenceFileType.allowedExtensions()
                            + "."));
    if (content == null || content.length == 0) {
      throw refused(name, "is empty.");
    }
    if (content.length > maxBytes) {
      throw refused(
          name,
          "is "
              + describeSize(content.length)
              + "; the largest file allowed is "
              + describeSize(maxBytes)
              + ".");
    }
    // Before the content check: a program is refused as such whatever it is named.
    if (PROGRAMS.stream().anyMatch(signature -> startsWith(content, signature))) {
      throw refused(name, "is a program, not a document. Programs cannot be kept as evidence.");
    }
    if (!contains(type, content)) {
      throw refused(
          name,
          "does not contain "
              + type.description()
              + ". The file's content does not match its extension.");
    }
    return type;
  }

  /**
   * The name to store a file under and to offer it for download with: only the last part of a path
   * (browsers on Windows send the whole one), without characters that are control characters,
   * invisible or not allowed in Windows file names, at most {@value #MAX_NAME_LENGTH} characters,
   * and "evidence" when nothing is left.
   */
  public static String safeFileName(String submitted) {
    if (submitted == null) {
      return FALLBACK_NAME;
    }
    String name =
        submitted.substring(Math.max(submitted.lastIndexOf('/'), submitted.lastIndexOf('\\')) + 1);
    // macOS sends decomposed letters; store "ü" as one character like everyone else does.
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    name = name.replaceAll("[\\s\\p{Z}]+", " ");
    // Cc: control characters. Cs: halves of characters. Cf: invisible format characters, among
    // them the right-to-left override that makes "report[U+202E]fdp.exe" look like "reportexe.pdf".
    name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Cs}<>:\"/\\\\|?*]", "");
    name = name.replaceAll(" +", " ");
    // Leading dots hide a file or make it "..". Trailing ones and spaces are dropped by Windows
    // when it saves the file, so "x.exe." would become "x.exe" there.
    name = name.replaceAll("^[. ]+|[. ]+$", "");
    if (name.length() > MAX_NAME_LENGTH) {
      name = shortened(name);
    }
    return name.isEmpty() ? FALLBACK_NAME : name;
  }

  /**
   * The {@code Content-Disposition} header to download a file with: always an attachment, so that
   * no upload is ever shown inside ComplyScore, with a plain ASCII name for old clients and the
   * real one encoded as RFC 6266 and RFC 5987 ask.
   */
  public static String contentDisposition(String fileName) {
    String name = fileName == null || fileName.isBlank() ? FALLBACK_NAME : fileName;
    StringBuilder ascii = new StringBuilder();
    name.chars()
        .filter(c -> c != '"' && c != '\\')
        .forEach(c -> ascii.append(c >= 0x20 && c < 0x7F ? (char) c : '_'));
    StringBuilder encoded = new StringBuilder();
    for (byte b : name.getBytes(UTF_8)) {
      int c = b & 0xFF;
      if (isAttrChar(c)) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** "61.2 MB": rounded up, so that a file just over the limit never reads as the limit. */
  static String describeSize(long bytes) {
    if (bytes < 1024) {
      return bytes + (bytes == 1 ? " byte" : " bytes");
    }
    boolean megabytes = bytes >= 1024 * 1024;
    BigDecimal size =
        BigDecimal.valueOf(bytes)
            .divide(BigDecimal.valueOf(megabytes ? 1024 * 1024 : 1024), 1, RoundingMode.UP)
            .stripTrailingZeros();
    return size.toPlainString() + (megabytes ? " MB" : " KB");
  }

  private static boolean contains(EvidenceFileType type, byte[] content) {
    return switch (type) {
      case DOC, XLS, PPT -> startsWith(content, OLE2);
      case DOCX -> isOfficeOpenXml(content, "word/");
      case XLSX -> isOfficeOpenXml(content, "xl/");
      case PPTX -> isOfficeOpenXml(content, "ppt/");
      case TXT, CSV -> isText(content);
      case PDF -> startsWith(content, PDF);
      case JPG -> startsWith(content, JPEG);
      case PNG -> startsWith(content, PNG);
      case MKV -> startsWith(content, EBML);
      case ZIP -> startsWith(content, ZIP_ENTRY) || startsWith(content, ZIP_EMPTY);
      case RAR -> startsWith(content, RAR);
    };
  }

  /** A ZIP with the package's content types and the parts of the one application it is for. */
  private static boolean isOfficeOpenXml(byte[] content, String partFolder) {
    if (!startsWith(content, ZIP_ENTRY)) {
      return false;
    }
    List<String> names = zipEntryNames(content);
    return names.stream().anyMatch(n -> n.equalsIgnoreCase("[Content_Types].xml"))
        && names.stream()
            .anyMatch(n -> n.regionMatches(true, 0, partFolder, 0, partFolder.length()));
  }

  /**
   * The entry names of a ZIP archive, read from its central directory, or none when it is damaged.
   * Nothing is inflated (java.util.zip.ZipInputStream would inflate every entry to skip over it),
   * so a zip bomb costs no more than reading its names.
   */
  private static List<String> zipEntryNames(byte[] zip) {
    ByteBuffer buffer = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int end = endOfCentralDirectory(buffer);
    if (end < 0) {
      return List.of();
    }
    int count = Short.toUnsignedInt(buffer.getShort(end + 10));
    long position = Integer.toUnsignedLong(buffer.getInt(end + 16));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (position + 46 > zip.length || buffer.getInt((int) position) != ZIP_CENTRAL_HEADER) {
        return List.of();
      }
      int header = (int) position;
      int nameLength = Short.toUnsignedInt(buffer.getShort(header + 28));
      int extraLength = Short.toUnsignedInt(buffer.getShort(header + 30));
      int commentLength = Short.toUnsignedInt(buffer.getShort(header + 32));
      if (header + 46L + nameLength > zip.length) {
        return List.of();
      }
      // Names are compared with ASCII folder names only; ISO-8859-1 keeps every byte as it is.
      names.add(new String(zip, header + 46, nameLength, ISO_8859_1));
      position = header + 46L + nameLength + extraLength + commentLength;
    }
    return names;
  }

  /** The record at the end of every ZIP, after a comment of up to 65,535 bytes. */
  private static int endOfCentralDirectory(ByteBuffer zip) {
    int last = zip.limit() - 22;
    for (int i = last; i >= Math.max(0, last - 0xFFFF); i--) {
      if (zip.getInt(i) == ZIP_END_HEADER) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Text has no NUL bytes and is UTF-8 (a byte order mark is fine) or, failing that, windows-1252
   * without control characters other than tab, line feed, form feed and carriage return. UTF-16 has
   * NUL bytes in every ASCII character, so it is not taken for text.
   */
  private static boolean isText(byte[] content) {
    int length = Math.min(content.length, TEXT_SAMPLE_BYTES);
    for (int i = 0; i < length; i++) {
      if (content[i] == 0) {
        return false;
      }
    }
    CharsetDecoder utf8 = UTF_8.newDecoder(); // reports malformed input rather than replacing it
    // A sample cut off in the middle of a character is not an error: endOfInput only when whole.
    boolean whole = length == content.length;
    if (!utf8.decode(ByteBuffer.wrap(content, 0, length), CharBuffer.allocate(length), whole)
        .isError()) {
      return true;
    }
    for (int i = 0; i < length; i++) {
      int b = content[i] & 0xFF;
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\f' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static String extensionOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1);
  }

  /** Cut before the extension so the file still opens with the right program. */
  private static String shortened(String name) {
    int dot = name.lastIndexOf('.');
    boolean hasExtension = dot >= 0 && name.length() - dot < MAX_NAME_LENGTH / 2;
    String extension = hasExtension ? name.substring(dot) : "";
    int cut = MAX_NAME_LENGTH - extension.length();
    if (Character.isHighSurrogate(name.charAt(cut - 1))) {
      cut--; // never leave half of a character such as an emoji
    }
    return name.substring(0, cut).stripTrailing() + extension;
  }

  /** RFC 5987 attr-char: what may stand in {@code filename*} without percent-encoding. */
  private static boolean isAttrChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || "!#$&+-.^_`|~".indexOf(c) >= 0;
  }

  private static boolean startsWith(byte[] content, byte[] signature) {
    return content.length >= signature.length
        && Arrays.equals(content, 0, signature.length, signature, 0, signature.length);
  }

  private static InvalidInputException refused(String name, String problem) {
    return new InvalidInputException(FIELD, "\"" + name + "\" " + problem);
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
}
