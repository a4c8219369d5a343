package org.complyscore.shared.rest;

import jakarta.ws.rs.core.Response;
import org.complyscore.action.control.EvidenceFiles;

/** Responses that a browser saves as a file, never shows: attachment, no sniffing, sandboxed. */
public final class Downloads {

  private Downloads() {}

  public static Response attachment(Object body, String contentType, String fileName) {
    return Response.ok(body, contentType)
        .header("Content-Disposition", EvidenceFiles.contentDisposition(fileName))
        .header("X-Content-Type-Options", "nosniff")
        // Should a browser render it anyway, it runs nothing and reaches nothing.
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("Cache-Control", "private, no-store")
        .build();
  }
}
