package org.complyscore.shared.entity;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * An address people open from ComplyScore (an evidence link, a solution's "Open" link). Only
 * absolute http and https addresses: anything else (a {@code javascript:} URL, a file path) could
 * run or leak something when someone clicks it.
 */
public final class WebAddress {

  /** The longest address kept; longer ones are surely pasted by mistake. */
  public static final int MAX = 2000;

  private WebAddress() {}

  /**
   * The address without surrounding blanks.
   *
   * @param field the input the address came from, named in the message
   * @param noun what has the address, for the message: "link", "solution"
   * @throws InvalidInputException when it is blank, too long, not absolute or not http(s)
   */
  public static String checked(String field, String noun, String address) {
    if (address == null || address.isBlank()) {
      throw new InvalidInputException(field, "Enter the " + noun + "'s address.");
    }
    String url = address.strip();
    if (url.length() > MAX) {
      throw new InvalidInputException(
          field, "A " + noun + "'s address has at most " + MAX + " characters.");
    }
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new InvalidInputException(
            field,
            "A "
                + noun
                + " must be a full http:// or https:// address, e.g. https://intranet/policy.");
      }
    } catch (URISyntaxException e) {
      throw new InvalidInputException(
          field, "\"" + url + "\" is not a valid address: " + e.getReason() + ".");
    }
    return url;
  }

  /**
   * Whether a link may open the address: an http(s) address. For addresses stored before they were
   * checked (or by an import), so a page never renders a {@code javascript:} link.
   */
  /** The address without surrounding blanks when a link may open it, else null. */
  public static String openable(String address) {
    return isOpenable(address) ? address.strip() : null;
  }

  public static boolean isOpenable(String address) {
    if (address == null) {
      return false;
    }
    String lower = address.strip().toLowerCase(Locale.ROOT);
    return lower.startsWith("https://") || lower.startsWith("http://");
  }
}
