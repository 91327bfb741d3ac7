package dev.umbrella.kernel.display;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A doc comment as Shift-Tab shows it: the description, then parameters, return value and
 * exceptions, as plain text (the classic Notebook's tooltip and JupyterLab's completer show
 * {@code text/plain}) and as Markdown (JupyterLab's inspector). Input is the comment as JShell reads
 * it from source: HTML with inline tags ({@code {@code x}}, {@code {@link A#b label}}) and block tags
 * ({@code @param}, {@code @return}, {@code @throws}).
 */
public record JavadocText(String description, List<Tag> params, String returns, List<Tag> exceptions) {
    /** A named block tag: a parameter or an exception with its text. */
    record Tag(String name, String text) {}

    private static final Pattern INLINE =
            Pattern.compile("\\{@(code|literal|link|linkplain|value|inheritDoc)\\s*([^{}]*(?:\\{[^{}]*\\}[^{}]*)*)\\}");
    private static final Pattern BLOCK = Pattern.compile("(?m)^\\s*@(\\w+)\\b");

    public static JavadocText parse(String comment) {
        String text = comment == null ? "" : comment.replace("\r\n", "\n");
        Matcher m = BLOCK.matcher(text);
        int firstTag = m.find() ? m.start() : text.length();
        String description = text.substring(0, firstTag).strip();
        var params = new ArrayList<Tag>();
        var exceptions = new ArrayList<Tag>();
        String returns = null;
        var tags = new ArrayList<int[]>();
        m.reset();
        while (m.find()) {
            tags.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < tags.size(); i++) {
            String name = text.substring(tags.get(i)[0], tags.get(i)[1]).strip().substring(1);
            String body = text.substring(tags.get(i)[1], i + 1 < tags.size() ? tags.get(i + 1)[0] : text.length())
                    .strip();
            switch (name) {
                case "param" -> params.add(named(body));
                case "return" -> returns = body;
                case "throws", "exception" -> exceptions.add(named(body));
                default -> {}
            }
        }
        return new JavadocText(description, params, returns, exceptions);
    }

    private static Tag named(String body) {
        String[] parts = body.split("\\s+", 2);
        return new Tag(parts[0], parts.length > 1 ? parts[1].strip() : "");
    }

    public boolean isEmpty() {
        return description.isEmpty() && params.isEmpty() && returns == null && exceptions.isEmpty();
    }

    /** Plain text: the description, then "Parameters:", "Returns:" and "Throws:" sections. */
    public String plain() {
        var out = new StringBuilder(plainInline(description));
        section(out, "Parameters:", params, false);
        if (returns != null) {
            out.append(out.length() > 0 ? "\n\n" : "")
                    .append("Returns:\n    ")
                    .append(plainInline(returns).replace("\n", "\n    "));
        }
        section(out, "Throws:", exceptions, false);
        return out.toString().strip();
    }

    /** Markdown: the same sections, code in backticks. */
    public String markdown() {
        var out = new StringBuilder(markdownInline(description));
        section(out, "**Parameters**", params, true);
        if (returns != null) {
            out.append(out.length() > 0 ? "\n\n" : "").append("**Returns** ").append(markdownInline(returns));
        }
        section(out, "**Throws**", exceptions, true);
        return out.toString().strip();
    }

    private static void section(StringBuilder out, String title, List<Tag> tags, boolean markdown) {
        if (tags.isEmpty()) {
            return;
        }
        out.append(out.length() > 0 ? "\n\n" : "").append(title);
        for (Tag t : tags) {
            if (markdown) {
                out.append("\n- `")
                        .append(t.name())
                        .append("`: ")
                        .append(markdownInline(t.text()).replace("\n", " "));
            } else {
                out.append("\n    ")
                        .append(t.name())
                        .append(" - ")
                        .append(plainInline(t.text()).replace("\n", "\n      "));
            }
        }
    }

    static String plainInline(String html) {
        String s = inline(html, false);
        s = s.replaceAll("(?i)<\\s*(p|br)\\s*/?>", "\n\n")
                .replaceAll("(?i)<\\s*li\\s*>", "\n - ")
                .replaceAll("(?i)<\\s*/?\\s*pre\\s*>", "\n");
        s = s.replaceAll("<[^>]+>", "");
        return unescape(tidy(s));
    }

    static String markdownInline(String html) {
        String s = inline(html, true);
        s = s.replaceAll("(?i)<\\s*(p|br)\\s*/?>", "\n\n")
                .replaceAll("(?i)<\\s*li\\s*>", "\n- ")
                .replaceAll("(?i)<\\s*/?\\s*code\\s*>", "`")
                .replaceAll("(?i)<\\s*/?\\s*(b|strong)\\s*>", "**")
                .replaceAll("(?i)<\\s*/?\\s*(i|em)\\s*>", "*")
                .replaceAll("(?i)<\\s*pre\\s*>", "\n```java\n")
                .replaceAll("(?i)<\\s*/\\s*pre\\s*>", "\n```\n");
        s = s.replaceAll("<[^>]+>", "");
        return unescape(tidy(s));
    }

    /** Inline tags as text: code and links as their (label or) reference, {@code A#b} as {@code A.b}. */
    private static String inline(String text, boolean markdown) {
        Matcher m = INLINE.matcher(text);
        var out = new StringBuilder();
        while (m.find()) {
            String kind = m.group(1);
            String body = m.group(2).strip();
            String shown = switch (kind) {
                case "link", "linkplain" -> {
                    String[] parts = body.split("\\s+", 2);
                    String label = parts.length > 1
                            ? parts[1]
                            : parts[0].replaceFirst("^#", "").replace('#', '.');
                    yield kind.equals("link") && markdown ? "`" + label + "`" : label;
                }
                case "code" -> markdown ? "`" + body + "`" : body;
                case "inheritDoc" -> "";
                default -> body;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(shown));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One space between words, at most one blank line between paragraphs. */
    private static String tidy(String s) {
        var paragraphs = new ArrayList<String>();
        for (String p : s.split("\\n\\s*\\n")) {
            String joined = p.strip().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("[ \\t]+", " ");
            if (!joined.isEmpty()) {
                paragraphs.add(joined);
            }
        }
        return String.join("\n\n", paragraphs);
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }
}
