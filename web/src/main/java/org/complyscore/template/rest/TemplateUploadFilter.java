package org.complyscore.template.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;
import org.complyscore.shared.rest.Problem;
import org.complyscore.template.view.TemplateUploads;

/**
 * Before a template upload's body is read (after the role check): it must be multipart/form-data
 * (415 otherwise, with what to send), no larger than two files and some form fields (413, refused
 * on its declared length without being stored; a body without a length is counted as it is read),
 * and, when a browser says where the request comes from, from this application. The last is defence
 * in depth: the session cookie is not sent along cross-site posts anyway, but a multipart form is
 * what any other site's page can post without the browser asking first.
 */
@Provider
@TemplateUpload
@Priority(Priorities.USER)
public class TemplateUploadFilter implements ContainerRequestFilter, ContainerResponseFilter {

  /** Catalog and profile at their largest, and room for the form fields and part headers. */
  static final long MAX_REQUEST_BYTES = 2 * TemplateUploads.MAX_FILE_BYTES + 1024 * 1024;

  /**
   * A refused upload is read (and dropped) up to this much, so that a client that sends the whole
   * body before it reads the answer gets the answer rather than a broken connection.
   */
  private static final long DRAIN_MAX = MAX_REQUEST_BYTES + 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    MediaType type = request.getMediaType();
    if (type == null || !type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
      request.abortWith(
          Problem.of(
                  Response.Status.UNSUPPORTED_MEDIA_TYPE,
                  "Send the files as multipart/form-data (curl -F catalog=@catalog.json …), not as "
                      + (type == null ? "a body without a Content-Type" : type.toString())
                      + ".")
              .toResponse());
      return;
    }
    if (!fromThisApplication(request)) {
      request.abortWith(
          Problem.of(
                  Response.Status.FORBIDDEN,
                  "Template files are accepted from ComplyScore's own pages or from programs, not"
                      + " from pages of other sites.")
              .toResponse());
      return;
    }
    long declared = request.getLength();
    if (declared > MAX_REQUEST_BYTES) {
      request.abortWith(tooLarge());
      return;
    }
    if (declared < 0) {
      request.setEntityStream(new Bounded(request.getEntityStream(), MAX_REQUEST_BYTES));
    }
  }

  /** Any refusal (this filter's, the role check's, the resource's) drains what was not read. */
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (response.getStatus() >= 400 && request.hasEntity() && request.getLength() <= DRAIN_MAX) {
      InputStream body = request.getEntityStream();
      byte[] buffer = new byte[64 * 1024];
      long read = 0;
      int n;
      try {
        while (read < DRAIN_MAX && (n = body.read(buffer)) > 0) {
          read += n;
        }
      } catch (IOException | RuntimeException gone) {
        // The client went away or the body passed its bound: nothing more to do for it.
      }
    }
  }

  static Response tooLarge() {
    return tooLargeProblem().toResponse();
  }

  static Problem tooLargeProblem() {
    return Problem.of(
        Response.Status.REQUEST_ENTITY_TOO_LARGE,
        "The request is larger than "
            + MAX_REQUEST_BYTES / (1024 * 1024)
            + " MB; each template file may have up to "
            + TemplateUploads.MAX_FILE_MB
            + " MB.");
  }

  /** No Origin (a program), or the Origin's host and port are the ones the request was sent to. */
  static boolean fromThisApplication(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if (origin == null || origin.isBlank()) {
      return true;
    }
    String host = request.getHeaderString(HttpHeaders.HOST);
    try {
      URI uri = URI.create(origin.strip());
      if (uri.getHost() == null || host == null) {
        return false;
      }
      String originHost =
          uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
      String requestHost = host.strip().toLowerCase(Locale.ROOT);
      return originHost.equals(requestHost)
          || originHost.equals(withoutDefaultPort(requestHost, uri.getScheme()));
    } catch (IllegalArgumentException notAUri) {
      return false;
    }
  }

  private static String withoutDefaultPort(String host, String scheme) {
    String defaultPort = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
    return host.endsWith(defaultPort)
        ? host.substring(0, host.length() - defaultPort.length())
        : host;
  }

  /** A body without a declared length, cut off with a 413 once it passes the bound. */
  private static final class Bounded extends InputStream {

    private final InputStream in;
    private long left;

    Bounded(InputStream in, long bound) {
      this.in = in;
      this.left = bound;
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = in.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(long n) {
      left -= n;
      if (left < 0) {
        throw new RequestTooLargeException();
      }
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
