package org.complyscore.access.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.complyscore.access.boundary.Caller;
import org.complyscore.access.boundary.SignInService;
import org.complyscore.monitoring.boundary.ApiTokenService;
import org.complyscore.monitoring.boundary.TokenCaller;

/**
 * Form sign-in through our own login page. {@code LoginView} hands the typed credentials to the
 * container, which validates them here against {@link UserIdentityStore}; the session then keeps
 * the user name. On every later request the person is looked up again: a deactivated person's
 * session ends at their next click, and a changed role applies at once. (This is why the session is
 * not kept by {@code @AutoApplySession}, which would keep the permissions of the moment of sign-in
 * until the session ends.)
 *
 * <p>Someone who opens a protected page without a session is sent to the login page and, after
 * signing in, back to that page. A REST request without a session gets 401 with a problem body. A
 * Faces ajax request without session gets the partial response that makes the page go to the login
 * page: a plain redirect would be fetched by the page's script and the click would seem to do
 * nothing.
 *
 * <p>Machines call the REST API with an API token ({@code Authorization: Bearer cst_…}): the token
 * is checked on every request, holds only the permissions of its scopes, and makes no session. A
 * token is honoured under {@code /api/} only, so it never opens a page; a token that is unknown,
 * expired or revoked gets 401 at once rather than falling back to a session.
 *
 * <p>Why not the built-in custom-form mechanism with {@code @LoginToContinue}: its remembered
 * "caller initiated" state survives a failed sign-in, after which a protected page answers with an
 * empty page instead of the login page; and it redirects ajax requests plainly.
 */
@ApplicationScoped
public class FormAuthenticationMechanism implements HttpAuthenticationMechanism {

  private static final String PARTIAL_REDIRECT =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<partial-response><redirect url=\"%s\"></redirect></partial-response>";

  private static final String API = "/api/";
  private static final String UNAUTHORIZED_PROBLEM =
      "{\"type\":\"urn:complyscore:problem:unauthorized\",\"title\":\"Unauthorized\","
          + "\"status\":401,\"detail\":\"Sign in first: this request has no valid session.\","
          + "\"errors\":[]}";

  /** The session attribute holding the signed-in person's user name. */
  static final String SIGNED_IN_AS = "org.complyscore.signedInAs";

  /** The request attribute holding the signed-in {@link Caller}, for the pages. */
  public static final String CALLER = "org.complyscore.caller";

  private static final String RESOURCES = "/jakarta.faces.resource/";

  @Inject private IdentityStoreHandler identityStores;

  @Inject private SignInService signInService;

  @Inject private ApiTokenService apiTokens;

  private static final String BEARER = "Bearer ";

  private static final String BAD_TOKEN_PROBLEM =
      "{\"type\":\"urn:complyscore:problem:unauthorized\",\"title\":\"Unauthorized\","
          + "\"status\":401,\"detail\":\"The API token is unknown, expired or revoked.\","
          + "\"errors\":[]}";

  /** The request attribute holding the {@link TokenCaller} of a machine's request. */
  public static final String TOKEN_CALLER = "org.complyscore.tokenCaller";

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (credential != null) {
      CredentialValidationResult result = identityStores.validate(credential);
      if (result.getStatus() != CredentialValidationResult.Status.VALID) {
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.getSession(true).setAttribute(SIGNED_IN_AS, result.getCallerPrincipal().getName());
      return context.notifyContainerAboutLogin(result);
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + RESOURCES)) {
      return context.doNothing(); // style sheets and scripts: no need to look anybody up
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null
        && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && request.getRequestURI().startsWith(request.getContextPath() + API)) {
      Optional<TokenCaller> machine =
          apiTokens.authenticate(authorization.substring(BEARER.length()).strip());
      if (machine.isEmpty()) {
        writeProblem(response, BAD_TOKEN_PROBLEM);
        return AuthenticationStatus.SEND_FAILURE;
      }
      request.setAttribute(TOKEN_CALLER, machine.get());
      return context.notifyContainerAboutLogin(machine.get().principal(), machine.get().groups());
    }
    Optional<Caller> signedIn = signedInCaller(request);
    if (signedIn.isPresent()) {
      Caller caller = signedIn.get();
      request.setAttribute(CALLER, caller);
      return context.notifyContainerAboutLogin(caller.username(), caller.groups());
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + API)) {
      writeProblem(response, UNAUTHORIZED_PROBLEM);
      return AuthenticationStatus.SEND_FAILURE;
    }
    String loginPage = request.getContextPath() + LoginPage.PATH;
    if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
      writePartialRedirect(response, loginPage);
      return AuthenticationStatus.SEND_CONTINUE;
    }
    if ("GET".equals(request.getMethod())) {
      LoginPage.rememberDestination(request);
    }
    return context.redirect(loginPage);
  }

  /**
   * The person this request's session was signed in as, if they may still act; the session of a
   * person deactivated since is ended.
   */
  private Optional<Caller> signedInCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object username;
    try {
      username = session.getAttribute(SIGNED_IN_AS);
    } catch (IllegalStateException invalidated) {
      return Optional.empty();
    }
    if (!(username instanceof String name)) {
      return Optional.empty();
    }
    Optional<Caller> caller = signInService.findActiveCaller(name);
    if (caller.isEmpty()) {
      session.invalidate();
    }
    return caller;
  }

  /**
   * A machine asking the REST API without a session or with a bad token is told so, not sent to a
   * login page.
   */
  private static void writeProblem(HttpServletResponse response, String problem) {
    try {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setHeader("WWW-Authenticate", "Bearer realm=\"complyscore\"");
      response.setContentType("application/problem+json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().print(problem);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Status 200 with the redirect in the body, as Faces' script expects it. */
  private static void writePartialRedirect(HttpServletResponse response, String location) {
    try {
      response.setContentType("text/xml");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().printf(PARTIAL_REDIRECT, location);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
