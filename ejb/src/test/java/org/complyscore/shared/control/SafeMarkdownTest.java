package org.complyscore.shared.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeMarkdownTest {

  /** Every tag the renderer may write; whatever is left after removing them must hold no '<'. */
  private static final Pattern OWN_TAGS =
      Pattern.compile(
          "</?(p|br|strong|em|code|ul|ol|li)>|<ol start=\"\\d+\">|</a>"
              + "|<a href=\"[^\"<>]*\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">");

  private static String anchor(String escapedHref, String label) {
    return "<a href=\""
        + escapedHref
        + "\" rel=\"noopener noreferrer nofollow\" target=\"_blank\">"
        + label
        + "</a>";
  }

  static Stream<Arguments> markup() {
    return Stream.of(
        Arguments.of(
            "paragraph with a line break",
            "Review the policy yearly.\nKeep the record.",
            "<p>Review the policy yearly.<br>Keep the record.</p>"),
        Arguments.of(
            "paragraphs separated by blank lines",
            "One.\n\n\nTwo\r\nlines.",
            "<p>One.</p>\n<p>Two<br>lines.</p>"),
        Arguments.of(
            "text is escaped",
            "Tom & Jerry's \"quotes\" > 3",
            "<p>Tom &amp; Jerry&#39;s &quot;quotes&quot; &gt; 3</p>"),
        Arguments.of(
            "bullets with either marker",
            "- Enable MFA\n* Rotate keys",
            "<ul><li>Enable MFA</li><li>Rotate keys</li></ul>"),
        Arguments.of(
            "numbers with either delimiter",
            "1. Export\n2) Review",
            "<ol><li>Export</li><li>Review</li></ol>"),
        Arguments.of(
            "numbered list keeps its first number",
            "1. One\n\nA note.\n\n2. Two",
            "<ol><li>One</li></ol>\n<p>A note.</p>\n<ol start=\"2\"><li>Two</li></ol>"),
        Arguments.of(
            "list right after a paragraph line",
            "Steps:\n1. a\n2. b",
            "<p>Steps:</p>\n<ol><li>a</li><li>b</li></ol>"),
        Arguments.of(
            "blank line between items keeps one list",
            "- a\n\n- b",
            "<ul><li>a</li><li>b</li></ul>"),
        Arguments.of(
            "bullets then numbers are two lists",
            "- a\n1. b",
            "<ul><li>a</li></ul>\n<ol><li>b</li></ol>"),
        Arguments.of(
            "line after an item continues it",
            "- a\n  continued\n\nAfter.",
            "<ul><li>a<br>continued</li></ul>\n<p>After.</p>"),
        Arguments.of(
            "heading as a bold paragraph",
            "## Scope\nAll *systems*.",
            "<p><strong>Scope</strong></p>\n<p>All <em>systems</em>.</p>"),
        Arguments.of(
            "not a heading, not a list",
            "#hashtag\n-1 degrees\n1.5 million",
            "<p>#hashtag<br>-1 degrees<br>1.5 million</p>"),
        Arguments.of(
            "bold, italic, code",
            "**Owner** reviews *each* _quarter_ with `audit.log`",
            "<p><strong>Owner</strong> reviews <em>each</em> <em>quarter</em> with"
                + " <code>audit.log</code></p>"),
        Arguments.of(
            "bold and italic nested",
            "***both*** and *a **b** c*",
            "<p><strong><em>both</em></strong> and <em>a <strong>b</strong> c</em></p>"),
        Arguments.of(
            "stray delimiters are text",
            "2 * 3 * 4, **not closed, max_login_attempts, ``x``",
            "<p>2 * 3 * 4, **not closed, max_login_attempts, ``x``</p>"),
        Arguments.of(
            "code is escaped and not parsed",
            "`<b>*x*</b> [a](https://x.example)`",
            "<p><code>&lt;b&gt;*x*&lt;/b&gt; [a](https://x.example)</code></p>"),
        Arguments.of(
            "link with the href escaped",
            "See [the guide](https://docs.example/guide?a=1&b=2).",
            "<p>See " + anchor("https://docs.example/guide?a=1&amp;b=2", "the guide") + ".</p>"),
        Arguments.of(
            "link on this site",
            "[mail settings](/settings/mail)",
            "<p>" + anchor("/settings/mail", "mail settings") + "</p>"),
        Arguments.of(
            "link with parentheses in the URL",
            "[Bus](https://en.wikipedia.org/wiki/Bus_(computing)) here",
            "<p>" + anchor("https://en.wikipedia.org/wiki/Bus_(computing)", "Bus") + " here</p>"),
        Arguments.of(
            "markup inside a link label",
            "[**Guide** v2](HTTPS://X.EXAMPLE/G)",
            "<p>" + anchor("HTTPS://X.EXAMPLE/G", "<strong>Guide</strong> v2") + "</p>"),
        Arguments.of(
            "bare URL without the sentence's punctuation",
            "Docs: https://docs.example/mfa. Or (see http://x.example/a_b).",
            "<p>Docs: "
                + anchor("https://docs.example/mfa", "https://docs.example/mfa")
                + ". Or (see "
                + anchor("http://x.example/a_b", "http://x.example/a_b")
                + ").</p>"),
        Arguments.of(
            "bare URL inside bold",
            "**https://x.example/p**",
            "<p><strong>" + anchor("https://x.example/p", "https://x.example/p") + "</strong></p>"),
        Arguments.of(
            "nested markup in list items",
            "- **Owner:** see [policy](https://x.example/p)\n- Run `mfa --check` *weekly*",
            "<ul><li><strong>Owner:</strong> see "
                + anchor("https://x.example/p", "policy")
                + "</li><li>Run <code>mfa --check</code> <em>weekly</em></li></ul>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("markup")
  void rendersTheSubset(String description, String markdown, String html) {
    assertThat(SafeMarkdown.toHtml(markdown)).isEqualTo(html);
  }

  static Stream<Arguments> attacks() {
    return Stream.of(
        Arguments.of(
            "script tag",
            "<script>alert(1)</script>",
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
        Arguments.of(
            "img onerror",
            "<img src=x onerror=alert(1)>",
            "<p>&lt;img src=x onerror=alert(1)&gt;</p>"),
        Arguments.of("script in a heading", "# <script>", "<p><strong>&lt;script&gt;</strong></p>"),
        Arguments.of("javascript: link", "[click](javascript:alert(1))", "<p>click</p>"),
        Arguments.of("javascript: in mixed case", "[click](JaVaScRiPt:alert(1))", "<p>click</p>"),
        Arguments.of(
            "javascript: behind spaces", "[click](   javascript:alert(1) )", "<p>click</p>"),
        Arguments.of("tab inside the scheme", "[click](java\tscript:alert(1))", "<p>click</p>"),
        Arguments.of("entity-encoded scheme", "[click](&#106;avascript:alert(1))", "<p>click</p>"),
        Arguments.of(
            "data: link",
            "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "<p>click</p>"),
        Arguments.of("vbscript: link", "[click](vbscript:msgbox(1))", "<p>click</p>"),
        Arguments.of("protocol-relative link", "[click](//evil.example/x)", "<p>click</p>"),
        Arguments.of("backslash protocol-relative", "[click](/\\evil.example)", "<p>click</p>"),
        Arguments.of("scheme without host", "[click](https://)", "<p>click</p>"),
        Arguments.of(
            "control character in an http URL",
            "[click](https://a.example/\u0000x)",
            "<p>click</p>"),
        Arguments.of("long s posing as an s", "[click](http\u017f://evil.example)", "<p>click</p>"),
        Arguments.of(
            "quotes breaking out of href",
            "[x](https://a.example/\"onmouseover=\"alert(1))",
            "<p>" + anchor("https://a.example/&quot;onmouseover=&quot;alert(1)", "x") + "</p>"),
        Arguments.of(
            "quotes ending a bare URL",
            "https://a.example/\"onmouseover=\"alert(1)",
            "<p>"
                + anchor("https://a.example/", "https://a.example/")
                + "&quot;onmouseover=&quot;alert(1)</p>"),
        Arguments.of(
            "HTML in a link label",
            "[<img src=x onerror=alert(1)>](https://a.example)",
            "<p>" + anchor("https://a.example", "&lt;img src=x onerror=alert(1)&gt;") + "</p>"),
        Arguments.of(
            "bare javascript: stays text", "javascript:alert(1)", "<p>javascript:alert(1)</p>"),
        Arguments.of(
            "good-looking label of a bad link is not linked",
            "[https://good.example](javascript:alert(1))",
            "<p>https://good.example</p>"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("attacks")
  void neverPassesMarkupOrUnsafeLinksThrough(String description, String markdown, String html) {
    assertThat(SafeMarkdown.toHtml(markdown)).isEqualTo(html);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", " \n\t\r\n "})
  void rendersNothingForNothing(String markdown) {
    assertThat(SafeMarkdown.toHtml(markdown)).isEmpty();
  }

  static Stream<Arguments> pathological() {
    int size = 200_000;
    return Stream.of(
        Arguments.of("stars", "*".repeat(size)),
        Arguments.of("brackets", "[".repeat(size)),
        Arguments.of("stars and brackets", "*[".repeat(size / 2)),
        Arguments.of("unclosed links", "[a](".repeat(size / 4)),
        Arguments.of("unclosed italics", "*a ".repeat(size / 3)),
        Arguments.of("unclosed underscores", "_a ".repeat(size / 3)),
        Arguments.of("unclosed bold", "**a ".repeat(size / 4)),
        Arguments.of("labels without targets", "[a] ".repeat(size / 4)),
        Arguments.of("unclosed everything", "**a*[b](_c `".repeat(size / 12)),
        Arguments.of("parentheses", "(".repeat(size / 2) + ")".repeat(size / 2)),
        Arguments.of("schemes", "https://".repeat(size / 8)),
        Arguments.of("list lines", "- *a [b\n".repeat(size / 8)),
        Arguments.of(
            "a megabyte of ordinary guidance",
            "**Owner** reviews *each* [guide](https://x.example/g) and `log`, https://y.example.\n"
                .repeat(12_500)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pathological")
  void rendersHugeHostileInputInLinearTime(String description, String markdown) {
    String html =
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> SafeMarkdown.toHtml(markdown));

    assertThat(OWN_TAGS.matcher(html).replaceAll("")).doesNotContain("<");
  }

  @Test
  void writesOnlyItsOwnTags() {
    String html =
        SafeMarkdown.toHtml(
            "# T\n- **a** *b* _c_ `d` [e](https://e.example) https://f.example\n\n3. <x>\n\ntext");

    assertThat(html).isNotEmpty();
    assertThat(OWN_TAGS.matcher(html).replaceAll("")).doesNotContain("<", ">");
  }
}
