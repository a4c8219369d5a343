package org.complyscore.shared.control;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * Renders the Markdown subset of improvement-action guidance to HTML that a page may output
 * unescaped. The text comes from imported OSCAL and Excel templates, so it is untrusted: every
 * character of it is HTML-escaped, the renderer only ever adds its own fixed tags, and a link
 * becomes an anchor only when its target is an absolute http(s) URL or a path on this site.
 *
 * <p>The subset: paragraphs separated by blank lines, a single newline inside one becomes {@code
 * <br>}; bullet ({@code - }, {@code * }) and numbered ({@code 1. }, {@code 2) }) lists; {@code
 * **bold**}, {@code *italic*}, {@code _italic_}, {@code `code`}; {@code [label](url)} and bare
 * http(s) URLs; {@code #} headings as a bold paragraph, because the page owns its headings.
 * Everything else is text.
 *
 * <p>Delimiters are matched through tables of "next closer after here", built in one pass, so the
 * work is linear in the length of the text whatever it contains; there are no regular expressions.
 */
public final class SafeMarkdown {

  private static final String LINK_ATTRIBUTES =
      " rel=\"noopener noreferrer nofollow\" target=\"_blank\"";

  /** Nesting is at most a few levels by construction; this is a guard, not a feature. */
  private static final int MAX_NESTING = 8;

  private SafeMarkdown() {}

  /** The HTML for the given Markdown; blocks separated by a newline, no wrapping element. */
  public static String toHtml(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    Blocks blocks = new Blocks(markdown.length());
    markdown.lines().forEach(blocks::line);
    return blocks.finish();
  }

  /**
   * Whether a link target may become an href: an absolute http(s) URL, or a path starting with a
   * single slash. Anything with a control character or whitespace inside is refused outright, since
   * browsers drop such characters and so turn {@code java\tscript:} into a scheme.
   */
  static boolean isSafeTarget(String target) {
    String url = target.strip();
    if (url.isEmpty()) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      if (isInvisible(url.charAt(i))) {
        return false;
      }
    }
    if (startsWithAscii(url, "https://")) {
      return url.length() > "https://".length();
    }
    if (startsWithAscii(url, "http://")) {
      return url.length() > "http://".length();
    }
    // "//host" and "/\host" are protocol-relative in browsers, so only a single plain slash.
    return url.charAt(0) == '/'
        && (url.length() == 1 || url.charAt(1) != '/')
        && url.indexOf('\\') < 0;
  }

  /**
   * Case-insensitive for ASCII letters only: {@code equalsIgnoreCase} would let the long s (ſ) pass
   * for an "s".
   */
  private static boolean startsWithAscii(CharSequence text, int from, String lowerCasePrefix) {
    if (text.length() - from < lowerCasePrefix.length()) {
      return false;
    }
    for (int i = 0; i < lowerCasePrefix.length(); i++) {
      char c = text.charAt(from + i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lowerCasePrefix.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static boolean startsWithAscii(String text, String lowerCasePrefix) {
    return startsWithAscii(text, 0, lowerCasePrefix);
  }

  private static boolean isInvisible(char c) {
    return Character.isISOControl(c)
        || Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  private static void appendEscaped(StringBuilder out, CharSequence text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        case '\n' -> out.append("<br>");
        default -> out.append(c);
      }
    }
  }

  private enum Block {
    NONE,
    PARAGRAPH,
    BULLETS,
    NUMBERS
  }

  private record ListMarker(Block kind, int number, int contentStart) {}

  /** Groups lines into paragraphs, headings and lists, and writes each with its inline markup. */
  private static final class Blocks {

    private final StringBuilder html;

    /** The paragraph or list item being collected, lines joined by newlines. */
    private final StringBuilder text = new StringBuilder();

    private Block open = Block.NONE;
    private boolean blankInList;

    Blocks(int inputLength) {
      html = new StringBuilder(inputLength + inputLength / 4 + 16);
    }

    void line(String raw) {
      String line = raw.strip();
      if (line.isEmpty()) {
        if (open == Block.PARAGRAPH) {
          close();
        } else if (open != Block.NONE) {
          // A blank line between items keeps one list; anything else after it ends the list.
          blankInList = true;
        }
        return;
      }
      int heading = headingContent(line);
      if (heading > 0) {
        close();
        startBlock();
        html.append("<p><strong>");
        inline(line.substring(heading));
        html.append("</strong></p>");
        return;
      }
      ListMarker marker = listMarker(line);
      if (marker != null) {
        if (open == marker.kind()) {
          writeItem();
        } else {
          close();
          startBlock();
          open = marker.kind();
          if (open == Block.BULLETS) {
            html.append("<ul>");
          } else if (marker.number() == 1) {
            html.append("<ol>");
          } else {
            html.append("<ol start=\"").append(marker.number()).append("\">");
          }
        }
        blankInList = false;
        text.append(line, marker.contentStart(), line.length());
        return;
      }
      if (open == Block.NONE || blankInList) {
        close();
        startBlock();
        open = Block.PARAGRAPH;
        html.append("<p>");
      } else {
        // Next line of a paragraph, or a lazy continuation of a list item.
        text.append('\n');
      }
      text.append(line);
    }

    String finish() {
      close();
      return html.toString();
    }

    private void startBlock() {
      if (!html.isEmpty()) {
        html.append('\n');
      }
    }

    private void close() {
      switch (open) {
        case PARAGRAPH -> {
          inline(text);
          html.append("</p>");
        }
        case BULLETS -> {
          writeItem();
          html.append("</ul>");
        }
        case NUMBERS -> {
          writeItem();
          html.append("</ol>");
        }
        case NONE -> {}
      }
      text.setLength(0);
      open = Block.NONE;
      blankInList = false;
    }

    private void writeItem() {
      html.append("<li>");
      inline(text);
      html.append("</li>");
      text.setLength(0);
    }

    private void inline(CharSequence markdown) {
      String source = markdown.toString();
      new Inline(source, html).render(0, source.length(), 0, false);
    }

    /** Where the text of a {@code #} to {@code ######} heading starts, or -1. */
    private static int headingContent(String line) {
      int level = 0;
      while (level < line.length() && line.charAt(level) == '#') {
        level++;
      }
      if (level == 0 || level > 6 || level == line.length() || !isBlank(line.charAt(level))) {
        return -1;
      }
      return skipBlanks(line, level);
    }

    private static ListMarker listMarker(String line) {
      char first = line.charAt(0);
      if ((first == '-' || first == '*') && line.length() > 1 && isBlank(line.charAt(1))) {
        return new ListMarker(Block.BULLETS, 0, skipBlanks(line, 1));
      }
      int digits = 0;
      while (digits < line.length() && digits < 10 && Character.isDigit(line.charAt(digits))) {
        digits++;
      }
      // Nine digits at most, as in CommonMark, so the number always fits an int.
      if (digits == 0 || digits > 9 || digits + 1 >= line.length()) {
        return null;
      }
      char delimiter = line.charAt(digits);
      if ((delimiter != '.' && delimiter != ')') || !isBlank(line.charAt(digits + 1))) {
        return null;
      }
      int number = Integer.parseInt(line, 0, digits, 10);
      return new ListMarker(Block.NUMBERS, number, skipBlanks(line, digits + 1));
    }

    private static boolean isBlank(char c) {
      return c == ' ' || c == '\t';
    }

    private static int skipBlanks(String line, int from) {
      int i = from;
      while (i < line.length() && isBlank(line.charAt(i))) {
        i++;
      }
      return i;
    }
  }

  /**
   * Inline markup of one block. Each delimiter looks its closer up in a table instead of searching
   * for it, and a span's content is rendered once at the next nesting level, so a text of n
   * characters costs O(n) per level whatever it contains.
   */
  private static final class Inline {

    private final String s;
    private final int n;
    private final StringBuilder out;

    // Built on first use; n means "none".
    private int[] boldCloser;
    private int[] starCloser;
    private int[] underscoreCloser;
    private int[] backtick;
    private int[] closingBracket;
    private int[] closingParen;

    Inline(String source, StringBuilder out) {
      this.s = source;
      this.n = source.length();
      this.out = out;
    }

    void render(int from, int to, int depth, boolean inLink) {
      int text = from;
      int i = from;
      while (i < to) {
        char c = s.charAt(i);
        if (depth >= MAX_NESTING || !mayStartMarkup(c)) {
          i++;
          continue;
        }
        appendEscaped(out, s, text, i);
        text = i;
        int after =
            switch (c) {
              case '*' -> star(i, to, depth, inLink);
              case '_' -> underscore(i, to, depth, inLink);
              case '`' -> code(i, to);
              case '[' -> inLink ? -1 : link(i, to, depth);
              default -> inLink ? -1 : bareUrl(i, to);
            };
        if (after < 0) {
          i++;
        } else {
          text = after;
          i = after;
        }
      }
      appendEscaped(out, s, text, to);
    }

    private static boolean mayStartMarkup(char c) {
      return c == '*' || c == '_' || c == '`' || c == '[' || c == 'h' || c == 'H';
    }

    /** {@code **bold**} or {@code *italic*}; returns where the text goes on, or -1 if literal. */
    private int star(int i, int to, int depth, boolean inLink) {
      if (i + 1 < to && s.charAt(i + 1) == '*') {
        int content = i + 2;
        if (content < to && !Character.isWhitespace(s.charAt(content))) {
          int close = boldCloser()[content + 1];
          if (close + 2 <= to) {
            return span("strong", content, close, close + 2, depth, inLink);
          }
        }
        return -1;
      }
      int content = i + 1;
      if (content >= to || Character.isWhitespace(s.charAt(content))) {
        return -1;
      }
      int close = starCloser()[content + 1];
      if (close >= to) {
        // The star that ends this range counts even when a star outside follows: ***both***.
        int last = to - 1;
        boolean closesRange =
            last > content
                && s.charAt(last) == '*'
                && s.charAt(last - 1) != '*'
                && !Character.isWhitespace(s.charAt(last - 1));
        if (!closesRange) {
          return -1;
        }
        close = last;
      }
      return span("em", content, close, close + 1, depth, inLink);
    }

    /** {@code _italic_}, never inside a word, so snake_case_names stay as they are. */
    private int underscore(int i, int to, int depth, boolean inLink) {
      int content = i + 1;
      if (content >= to
          || s.charAt(content) == '_'
          || Character.isWhitespace(s.charAt(content))
          || (i > 0 && (s.charAt(i - 1) == '_' || Character.isLetterOrDigit(s.charAt(i - 1))))) {
        return -1;
      }
      int close = underscoreCloser()[content + 1];
      return close < to ? span("em", content, close, close + 1, depth, inLink) : -1;
    }

    private int span(String tag, int from, int to, int after, int depth, boolean inLink) {
      out.append('<').append(tag).append('>');
      render(from, to, depth + 1, inLink);
      out.append("</").append(tag).append('>');
      return after;
    }

    /** {@code `code`}: content escaped, no markup inside; runs of backticks stay text. */
    private int code(int i, int to) {
      if ((i > 0 && s.charAt(i - 1) == '`') || i + 1 >= to || s.charAt(i + 1) == '`') {
        return -1;
      }
      int close = backtick()[i + 1];
      if (close >= to) {
        return -1;
      }
      out.append("<code>");
      appendEscaped(out, s, i + 1, close);
      out.append("</code>");
      return close + 1;
    }

    /**
     * {@code [label](target)} with balanced brackets and parentheses. An unsafe target leaves the
     * label as text and drops the target.
     */
    private int link(int i, int to, int depth) {
      int labelEnd = closingBracket()[i];
      if (labelEnd == i + 1 || labelEnd + 1 >= to || s.charAt(labelEnd + 1) != '(') {
        return -1;
      }
      int targetEnd = closingParen()[labelEnd + 1];
      if (targetEnd >= to) {
        return -1;
      }
      String target = s.substring(labelEnd + 2, targetEnd);
      if (isSafeTarget(target)) {
        String url = target.strip();
        openAnchor(url);
        render(i + 1, labelEnd, depth + 1, true);
        out.append("</a>");
      } else {
        render(i + 1, labelEnd, depth + 1, true);
      }
      return targetEnd + 1;
    }

    /**
     * A bare http(s) URL up to whitespace or a character that cannot be part of one; trailing
     * punctuation and an unbalanced closing parenthesis belong to the sentence, not the URL.
     */
    private int bareUrl(int i, int to) {
      int scheme;
      if (startsWithAscii(s, i, "https://")) {
        scheme = "https://".length();
      } else if (startsWithAscii(s, i, "http://")) {
        scheme = "http://".length();
      } else {
        return -1;
      }
      if (i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
        return -1;
      }
      int hostStart = i + scheme;
      int end = hostStart;
      int open = 0;
      int closed = 0;
      while (end < to && !endsBareUrl(s.charAt(end))) {
        char c = s.charAt(end);
        if (c == '(') {
          open++;
        } else if (c == ')') {
          closed++;
        }
        end++;
      }
      while (end > hostStart) {
        char last = s.charAt(end - 1);
        if (last == ')' && closed > open) {
          closed--;
        } else if (".,:;!?'*_]".indexOf(last) < 0) {
          break;
        }
        end--;
      }
      if (end == hostStart) {
        return -1;
      }
      String url = s.substring(i, end);
      if (!isSafeTarget(url)) {
        return -1;
      }
      openAnchor(url);
      appendEscaped(out, url, 0, url.length());
      out.append("</a>");
      return end;
    }

    private static boolean endsBareUrl(char c) {
      return isInvisible(c) || c == '<' || c == '>' || c == '"' || c == '`';
    }

    private void openAnchor(String url) {
      out.append("<a href=\"");
      appendEscaped(out, url, 0, url.length());
      out.append('"').append(LINK_ATTRIBUTES).append('>');
    }

    /** {@code **} after a non-space, taking the last two stars of a run. */
    private int[] boldCloser() {
      if (boldCloser == null) {
        boldCloser =
            nextWhere(
                j ->
                    j > 0
                        && j + 1 < n
                        && s.charAt(j) == '*'
                        && s.charAt(j + 1) == '*'
                        && (j + 2 == n || s.charAt(j + 2) != '*')
                        && !Character.isWhitespace(s.charAt(j - 1)));
      }
      return boldCloser;
    }

    /** A lone {@code *} after a non-space. */
    private int[] starCloser() {
      if (starCloser == null) {
        starCloser =
            nextWhere(
                j ->
                    j > 0
                        && s.charAt(j) == '*'
                        && s.charAt(j - 1) != '*'
                        && !Character.isWhitespace(s.charAt(j - 1))
                        && (j + 1 == n || s.charAt(j + 1) != '*'));
      }
      return starCloser;
    }

    /** A lone {@code _} after a non-space and not followed by a letter or digit. */
    private int[] underscoreCloser() {
      if (underscoreCloser == null) {
        underscoreCloser =
            nextWhere(
                j ->
                    j > 0
                        && s.charAt(j) == '_'
                        && s.charAt(j - 1) != '_'
                        && !Character.isWhitespace(s.charAt(j - 1))
                        && (j + 1 == n
                            || (s.charAt(j + 1) != '_'
                                && !Character.isLetterOrDigit(s.charAt(j + 1)))));
      }
      return underscoreCloser;
    }

    /** A lone backtick. */
    private int[] backtick() {
      if (backtick == null) {
        backtick =
            nextWhere(
                j ->
                    s.charAt(j) == '`'
                        && (j == 0 || s.charAt(j - 1) != '`')
                        && (j + 1 == n || s.charAt(j + 1) != '`'));
      }
      return backtick;
    }

    private int[] closingBracket() {
      if (closingBracket == null) {
        closingBracket = matching('[', ']');
      }
      return closingBracket;
    }

    private int[] closingParen() {
      if (closingParen == null) {
        closingParen = matching('(', ')');
      }
      return closingParen;
    }

    /** For every position, the first position from there on where the predicate holds. */
    private int[] nextWhere(IntPredicate holds) {
      int[] next = new int[n + 1];
      next[n] = n;
      for (int j = n - 1; j >= 0; j--) {
        next[j] = holds.test(j) ? j : next[j + 1];
      }
      return next;
    }

    /** For every opening character, the position of the closing one that balances it. */
    private int[] matching(char opening, char closing) {
      int[] match = new int[n + 1];
      Arrays.fill(match, n);
      int[] stack = new int[n];
      int top = 0;
      for (int j = 0; j < n; j++) {
        char c = s.charAt(j);
        if (c == opening) {
          stack[top++] = j;
        } else if (c == closing && top > 0) {
          match[stack[--top]] = j;
        }
      }
      return match;
    }
  }
}
