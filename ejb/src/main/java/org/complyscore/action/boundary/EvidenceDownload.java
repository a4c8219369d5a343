package org.complyscore.action.boundary;

/**
 * An evidence file to send to a browser: always as an attachment under its safe name, with the
 * content type its checked kind has (never HTML).
 */
public record EvidenceDownload(
    String fileName, String contentType, String sha256, byte[] content) {}
