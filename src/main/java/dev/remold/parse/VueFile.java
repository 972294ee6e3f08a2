package dev.remold.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What remold reads of a Vue single-file component: its {@code <script>} blocks and the JavaScript
 * expressions of its {@code <template>} (directive values and {{ interpolations }}).
 */
public record VueFile(List<ScriptBlock> scripts, List<TemplateExpression> templateExpressions, List<TemplateBlock> templates) {
  public VueFile {
    scripts = List.copyOf(scripts);
    templateExpressions = List.copyOf(templateExpressions);
    templates = List.copyOf(templates);
  }

  /** A top-level {@code <template>} block read as markup; [start, end) is its content. */
  public record TemplateBlock(int start, int end) {}

  /**
   * A {@code <script>} block; [start, end) is its content, {@code lang} its lang attribute ("" when it
   * has none) and {@code tagStart} the offset of its opening tag.
   */
  public record ScriptBlock(int tagStart, int start, int end, String lang, boolean setup) {
    /** Returns the grammar of the block, or empty for a language remold does not read (e.g. coffee). */
    public Optional<Language> language() {
      return lang.isEmpty() ? Optional.of(Language.TSX) : Language.forFileName("block." + lang);
    }

    /** Returns the extension a file holding this code would have: js, jsx, ts or tsx. */
    public String extension() {
      return lang.isEmpty() ? "js" : lang;
    }

    /** Returns the opening tag as a person would name it, e.g. {@code <script setup>}. */
    public String tagName() {
      return setup ? "<script setup>" : "<script>";
    }
  }

  /**
   * A JavaScript expression in the template, [start, end); {@code handler} marks an event handler
   * (which may hold statements); {@code markerAt} is the start of the line above which a comment about
   * it may go: a line that starts outside any tag.
   */
  public record TemplateExpression(int start, int end, boolean handler, int markerAt) {}

  /**
   * Returns each script block remold can parse as a source of its own: the component's text up to the
   * block's end with everything before the block blanked, so offsets and lines are the component's.
   */
  public List<SourceFile> scriptSources(String path, String text) {
    return scripts.stream().filter(b -> b.language().isPresent())
        .map(b -> new SourceFile(path, blank(text.substring(0, b.start())) + text.substring(b.start(), b.end()), b.language().get()))
        .toList();
  }

  /** Returns the text with every char but line breaks turned into a space: same offsets, same lines. */
  public static String blank(String text) {
    char[] out = text.toCharArray();
    for (int i = 0; i < out.length; i++) {
      if (out[i] != '\n' && out[i] != '\r') {
        out[i] = ' ';
      }
    }
    return new String(out);
  }

  /** Returns whether a file name is that of a Vue single-file component. */
  public static boolean isVueFile(String fileName) {
    return fileName.toLowerCase(Locale.ROOT).endsWith(".vue");
  }

  /**
   * Returns the blocks of a component. Like Vue's own compiler, it reads only top-level blocks, skips
   * HTML comments and quoted attribute values, and ends a script block at the first {@code </script>},
   * even one inside a JavaScript string.
   */
  public static VueFile scan(String text) {
    Scanner s = new Scanner(text);
    s.root();
    List<TemplateExpression> expressions = new ArrayList<>();
    for (int[] e : s.expressions) {
      expressions.add(new TemplateExpression(e[0], e[1], e[2] == 1, s.lineStartOutsideTags(e[3])));
    }
    return new VueFile(s.scripts, expressions, s.templates);
  }

  /** An attribute of a tag; the value's [valueStart, valueEnd) is -1 when it has none. */
  private record Attribute(String name, String value, int valueStart, int valueEnd) {}

  private record Tag(String name, int start, List<Attribute> attributes, boolean selfClosing) {
    boolean has(String attr) {
      return attributes.stream().anyMatch(a -> a.name().equalsIgnoreCase(attr));
    }

    /** Returns an attribute's value, trimmed and in lower case, or "" when it has none. */
    String valueOf(String attr) {
      return attributes.stream().filter(a -> a.name().equalsIgnoreCase(attr)).findFirst()
          .map(a -> a.value().strip().toLowerCase(Locale.ROOT)).orElse("");
    }
  }

  /** One pass over the text; {@code at} is the read position. */
  private static final class Scanner {
    private final String text;
    private int at;
    private final List<ScriptBlock> scripts = new ArrayList<>();
    private final List<TemplateBlock> templates = new ArrayList<>();
    /** start, end, handler (1/0), anchor: where the tag or interpolation starts. */
    private final List<int[]> expressions = new ArrayList<>();
    /** [start, end) of every tag and interpolation in the template: a comment line must not start inside one. */
    private final List<int[]> spans = new ArrayList<>();

    Scanner(String text) {
      this.text = text;
    }

    void root() {
      while (at < text.length()) {
        if (text.startsWith("<!--", at)) {
          skipComment();
        } else if (opensTag()) {
          Tag tag = tag();
          if (tag.selfClosing()) {
            continue;
          }
          String lang = tag.valueOf("lang");
          if (tag.name().equals("template") && (lang.isEmpty() || lang.equals("html"))) {
            template();
          } else {
            int contentStart = at;
            int contentEnd = closingTag(tag.name());
            if (tag.name().equals("script") && !tag.has("src")) {
              scripts.add(new ScriptBlock(tag.start(), contentStart, contentEnd, lang, tag.has("setup")));
            }
          }
        } else {
          at++;
        }
      }
    }

    /** Reads the template's content up to and past its closing tag, nested templates included. */
    private void template() {
      int start = at;
      int depth = 1;
      while (at < text.length()) {
        if (text.startsWith("<!--", at)) {
          skipComment();
        } else if (text.startsWith("{{", at)) {
          int close = text.indexOf("}}", at + 2);
          if (close < 0) {
            at = text.length();
            templates.add(new TemplateBlock(start, at));
            return;
          }
          expressions.add(new int[] {at + 2, close, 0, at});
          spans.add(new int[] {at, close + 2});
          at = close + 2;
        } else if (text.startsWith("</", at)) {
          int closeStart = at;
          int nameStart = at + 2;
          int gt = text.indexOf('>', nameStart);
          at = gt < 0 ? text.length() : gt + 1;
          if (text.substring(nameStart, nameEnd(nameStart)).equalsIgnoreCase("template") && --depth == 0) {
            templates.add(new TemplateBlock(start, closeStart));
            return;
          }
        } else if (opensTag()) {
          Tag tag = tag();
          spans.add(new int[] {tag.start(), at});
          for (Attribute a : tag.attributes()) {
            int kind = expressionKind(a.name());
            if (kind >= 0 && a.valueStart() >= 0) {
              expressions.add(new int[] {a.valueStart(), a.valueEnd(), kind, tag.start()});
            }
          }
          if (tag.name().equals("template") && !tag.selfClosing()) {
            depth++;
          }
        } else {
          at++;
        }
      }
      templates.add(new TemplateBlock(start, text.length()));
    }

    /** Returns 1 for an event handler, 0 for a directive whose value is an expression, -1 otherwise. */
    private static int expressionKind(String attr) {
      String name = attr.toLowerCase(Locale.ROOT);
      if (name.startsWith("@") || name.startsWith("v-on:")) {
        return 1;
      }
      if (name.startsWith(":") || name.startsWith(".") || name.startsWith("v-bind")) {
        return 0;
      }
      if (!name.startsWith("v-")) {
        return -1;
      }
      String directive = name.substring(2).split("[:.]", 2)[0];
      // v-for and v-slot hold bindings rather than expressions; the others take none.
      return switch (directive) {
        case "for", "slot", "else", "pre", "once", "cloak" -> -1;
        default -> 0;
      };
    }

    private boolean opensTag() {
      return text.charAt(at) == '<' && at + 1 < text.length() && Character.isLetter(text.charAt(at + 1));
    }

    private void skipComment() {
      int end = text.indexOf("-->", at + 4);
      at = end < 0 ? text.length() : end + 3;
    }

    private int nameEnd(int from) {
      int end = from;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && "/>".indexOf(text.charAt(end)) < 0) {
        end++;
      }
      return end;
    }

    /** Reads an opening tag with its attributes (names in any order, values quoted or not); leaves {@code at} after it. */
    private Tag tag() {
      int start = at;
      int nameEnd = nameEnd(at + 1);
      String name = text.substring(at + 1, nameEnd).toLowerCase(Locale.ROOT);
      at = nameEnd;
      List<Attribute> attributes = new ArrayList<>();
      boolean selfClosing = false;
      while (at < text.length()) {
        char c = text.charAt(at);
        if (Character.isWhitespace(c)) {
          at++;
        } else if (c == '>') {
          at++;
          break;
        } else if (text.startsWith("/>", at)) {
          at += 2;
          selfClosing = true;
          break;
        } else if (c == '/') {
          at++;
        } else {
          attributes.add(attribute());
        }
      }
      return new Tag(name, start, attributes, selfClosing);
    }

    private Attribute attribute() {
      int nameStart = at;
      while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && "=>".indexOf(text.charAt(at)) < 0
          && !text.startsWith("/>", at)) {
        at++;
      }
      String name = text.substring(nameStart, at);
      int afterName = at;
      skipWhitespace();
      if (at >= text.length() || text.charAt(at) != '=') {
        at = afterName;
        return new Attribute(name, "", -1, -1);
      }
      at++;
      skipWhitespace();
      if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
        int close = text.indexOf(text.charAt(at), at + 1);
        int end = close < 0 ? text.length() : close;
        Attribute a = new Attribute(name, text.substring(at + 1, end), at + 1, end);
        at = close < 0 ? text.length() : close + 1;
        return a;
      }
      int valueStart = at;
      while (at < text.length() && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '>') {
        at++;
      }
      return new Attribute(name, text.substring(valueStart, at), valueStart, at);
    }

    private void skipWhitespace() {
      while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
        at++;
      }
    }

    /** Returns where the raw content of a block ends (its closing tag, or the end of the text) and moves past that tag. */
    private int closingTag(String name) {
      for (int close = text.indexOf("</", at); close >= 0; close = text.indexOf("</", close + 2)) {
        int after = close + 2 + name.length();
        if (text.regionMatches(/* ignoreCase= */ true, close + 2, name, 0, name.length())
            && (after >= text.length() || Character.isWhitespace(text.charAt(after)) || text.charAt(after) == '>')) {
          int gt = text.indexOf('>', after);
          at = gt < 0 ? text.length() : gt + 1;
          return close;
        }
      }
      at = text.length();
      return text.length();
    }

    /** Returns the start of the line holding an offset, moved up while that line starts inside a tag. */
    int lineStartOutsideTags(int offset) {
      int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
      for (int i = spans.size() - 1; i >= 0; i--) {
        int[] span = spans.get(i);
        if (span[0] < lineStart && lineStart < span[1]) {
          lineStart = text.lastIndexOf('\n', span[0] - 1) + 1;
        }
      }
      return lineStart;
    }
  }
}
