package org.complyscore.mail.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of outgoing mails, from the resource bundle {@code i18n/mails}. Values put into the
 * HTML version are escaped; the plain-text version takes them as they are.
 */
public final class MailTexts {

  private static final String BUNDLE = "i18n.mails";

  private final ResourceBundle bundle;

  private MailTexts(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  public static MailTexts in(Locale locale) {
    return new MailTexts(ResourceBundle.getBundle(BUNDLE, locale));
  }

  public String text(String key, Object... values) {
    return MessageFormat.format(bundle.getString(key), values);
  }

  /** The pattern under {@code key} filled with HTML-escaped values. */
  public String html(String key, Object... values) {
    Object[] escaped = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      // Numbers stay numbers, for {n,choice,…} and number formats; everything else is text.
      escaped[i] = values[i] instanceof Number ? values[i] : escape(String.valueOf(values[i]));
    }
    return MessageFormat.format(bundle.getString(key), escaped);
  }

  public static String escape(String value) {
    StringBuilder out = new StringBuilder(value.length() + 16);
    for (char c : value.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
