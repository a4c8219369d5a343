package org.complyscore.shared.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.complyscore.shared.control.SafeMarkdown;

/**
 * Template text in the Markdown subset as HTML on a page ({@code #{markdown.html(text)}} with
 * {@code escape="false"}): safe because the renderer escapes every character of the text and writes
 * only its own tags and http(s) links.
 */
@Named
@ApplicationScoped
public class Markdown {

  public String html(String text) {
    return SafeMarkdown.toHtml(text);
  }
}
