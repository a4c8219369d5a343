package org.complyscore.action.control;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of file that may be kept as evidence (F25), each with the content type it is downloaded
 * as. None of them is {@code text/html} or an image a browser would run script in: text files are
 * offered as {@code text/plain}, so an uploaded web page can never become a page of ComplyScore.
 */
public enum EvidenceFileType {
  DOC("a Word document", "application/msword", "doc"),
  DOCX(
      "a Word document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "docx"),
  XLS("an Excel workbook", "application/vnd.ms-excel", "xls"),
  XLSX(
      "an Excel workbook",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "xlsx"),
  PPT("a PowerPoint presentation", "application/vnd.ms-powerpoint", "ppt"),
  PPTX(
      "a PowerPoint presentation",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "pptx"),
  TXT("text", "text/plain; charset=UTF-8", "txt"),
  CSV("text", "text/csv", "csv"),
  PDF("a PDF document", "application/pdf", "pdf"),
  JPG("a JPEG image", "image/jpeg", "jpg", "jpeg"),
  PNG("a PNG image", "image/png", "png"),
  MKV("a Matroska video", "video/x-matroska", "mkv"),
  ZIP("a ZIP archive", "application/zip", "zip"),
  RAR("a RAR archive", "application/vnd.rar", "rar");

  private final String description;
  private final String contentType;
  private final List<String> extensions;

  EvidenceFileType(String description, String contentType, String... extensions) {
    this.description = description;
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  /** What a person calls such a file, for messages: "a PDF document". */
  public String description() {
    return description;
  }

  /** The {@code Content-Type} to download it with. */
  public String contentType() {
    return contentType;
  }

  /** The file name extensions of this kind, lower case and without the dot. */
  public List<String> extensions() {
    return extensions;
  }

  /** The kind a file name extension stands for, whatever its case. */
  public static Optional<EvidenceFileType> forExtension(String extension) {
    String lower = extension.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(type -> type.extensions.contains(lower)).findFirst();
  }

  /** All allowed extensions for messages: ".doc, .docx, …, .rar". */
  public static String allowedExtensions() {
    return Arrays.stream(values())
        .flatMap(type -> type.extensions.stream())
        .map(extension -> "." + extension)
        .collect(Collectors.joining(", "));
  }
}
