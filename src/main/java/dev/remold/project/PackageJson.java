package dev.remold.project;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A package.json as text: a real JSON parse locates the dependency entries, and every edit changes only their own
 * characters, so key order, indentation, line endings and the final newline stay as the file has them.
 */
public final class PackageJson {
  /** The sections a dependency can be declared in, in the order they are searched. */
  public static final List<String> SECTIONS =
      List.of("dependencies", "devDependencies", "peerDependencies", "optionalDependencies");

  private final String text;
  private final Obj root;

  private PackageJson(String text, Obj root) {
    this.text = text;
    this.root = root;
  }

  /** Returns the file parsed, or throws {@link IllegalArgumentException} saying where it is not a JSON object. */
  public static PackageJson parse(String text) {
    JsonReader reader = new JsonReader(text);
    reader.skipSpace();
    if (reader.at >= text.length() || text.charAt(reader.at) != '{') {
      throw new IllegalArgumentException("package.json is not a JSON object");
    }
    Obj root = (Obj) reader.value();
    reader.skipSpace();
    if (reader.at != text.length()) {
      throw reader.error("text after the JSON object");
    }
    return new PackageJson(text, root);
  }

  /** Returns the text. */
  public String text() {
    return text;
  }

  /** One declared dependency: its section, name, version range and the line it is on (from 1). */
  public record Dependency(String section, String name, String range, int line) {}

  /** Returns the dependencies declared with a string range, section by section, in file order. */
  public List<Dependency> dependencies() {
    List<Dependency> out = new ArrayList<>();
    for (String section : SECTIONS) {
      if (root.get(section) instanceof Obj deps) {
        for (Member m : deps.members()) {
          if (m.value() instanceof Str s) {
            out.add(new Dependency(section, m.key(), s.value(), lineOf(m.keyStart())));
          }
        }
      }
    }
    return out;
  }

  /** One npm script: its name, command and the line it is on (from 1). */
  public record Script(String name, String command, int line) {}

  /** Returns the scripts declared with a string command, in file order. */
  public List<Script> scripts() {
    List<Script> out = new ArrayList<>();
    if (root.get("scripts") instanceof Obj scripts) {
      for (Member m : scripts.members()) {
        if (m.value() instanceof Str s) {
          out.add(new Script(m.key(), s.value(), lineOf(m.keyStart())));
        }
      }
    }
    return out;
  }

  /** Returns the dependency declared under a name in a section, if it is. */
  public Optional<Dependency> dependency(String section, String name) {
    return dependencies().stream().filter(d -> d.section().equals(section) && d.name().equals(name)).findFirst();
  }

  /** Returns the declared ranges by name, the first section that declares a name winning. */
  public Map<String, String> ranges() {
    Map<String, String> out = new LinkedHashMap<>();
    dependencies().forEach(d -> out.putIfAbsent(d.name(), d.range()));
    return out;
  }

  /** Returns the line (from 1) that the section's object opens on, or of the last top-level key when it is absent. */
  public int lineOfSection(String section) {
    Json v = root.get(section);
    if (v != null) {
      return lineOf(v.start());
    }
    return root.members().isEmpty() ? 1 : lineOf(root.members().getLast().keyStart());
  }

  /** Returns the file with the dependency's range replaced; the quotes and everything around them stay. */
  public PackageJson withRange(String section, String name, String range) {
    Member m = member(section, name);
    return splice(m.value().start(), m.value().end(), quote(range));
  }

  /**
   * Returns the file without the dependency: its line goes with its comma (the comma before it when it was last);
   * an object left empty becomes {@code {}}.
   */
  public PackageJson without(String section, String name) {
    Obj deps = (Obj) root.get(section);
    List<Member> members = deps.members();
    int i = members.indexOf(member(section, name));
    if (members.size() == 1) {
      return splice(deps.start() + 1, deps.end() - 1, "");
    }
    if (i + 1 < members.size()) {
      return splice(members.get(i).keyStart(), members.get(i + 1).keyStart(), "");
    }
    return splice(members.get(i - 1).value().end(), members.get(i).value().end(), "");
  }

  /**
   * Returns the file with a dependency added to a section, in name order when the section's names are sorted (as
   * npm keeps them) and last otherwise, laid out like its neighbours; a missing section is added as the last key.
   */
  public PackageJson with(String section, String name, String range) {
    String entry = quote(name) + colon() + quote(range);
    Json v = root.get(section);
    if (v == null) {
      List<Member> top = root.members();
      if (top.isEmpty()) {
        return splice(root.start() + 1, root.end() - 1, newline() + indentUnit() + quote(section) + colon()
            + block(entry, indentUnit(), indentUnit()) + newline());
      }
      Member last = top.getLast();
      String gap = gapBefore(last.keyStart());
      return splice(last.value().end(), last.value().end(),
          "," + gap + quote(section) + colon() + block(entry, indentOf(gap), indentUnit()));
    }
    if (!(v instanceof Obj deps)) {
      throw new IllegalArgumentException(section + " is not an object");
    }
    List<Member> members = deps.members();
    if (members.isEmpty()) {
      String outer = indentOf(gapBefore(memberOf(section).keyStart()));
      return splice(deps.start(), deps.end(), block(entry, outer, indentUnit()));
    }
    boolean sorted = true;
    for (int i = 1; i < members.size(); i++) {
      sorted &= members.get(i - 1).key().compareTo(members.get(i).key()) <= 0;
    }
    for (Member m : members) {
      if (sorted && m.key().compareTo(name) > 0) {
        return splice(m.keyStart(), m.keyStart(), entry + "," + gapBefore(m.keyStart()));
      }
    }
    Member last = members.getLast();
    return splice(last.value().end(), last.value().end(), "," + gapBefore(last.keyStart()) + entry);
  }

  private String block(String entry, String outerIndent, String unit) {
    String nl = newline();
    return "{" + nl + outerIndent + unit + entry + nl + outerIndent + "}";
  }

  private Member member(String section, String name) {
    if (root.get(section) instanceof Obj deps) {
      for (Member m : deps.members()) {
        if (m.key().equals(name)) {
          return m;
        }
      }
    }
    throw new IllegalArgumentException(section + " does not declare " + name);
  }

  private Member memberOf(String key) {
    return root.members().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow();
  }

  private PackageJson splice(int start, int end, String replacement) {
    return parse(text.substring(0, start) + replacement + text.substring(end));
  }

  /** Returns the white space right before an offset, back to the previous non-space character. */
  private String gapBefore(int offset) {
    int i = offset;
    while (i > 0 && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return text.substring(i, offset);
  }

  private static String indentOf(String gap) {
    int nl = Math.max(gap.lastIndexOf('\n'), gap.lastIndexOf('\r'));
    return gap.substring(nl + 1);
  }

  /** Returns the file's indentation step: that of its first key, or two spaces for a file on one line. */
  private String indentUnit() {
    if (!root.members().isEmpty()) {
      String gap = gapBefore(root.members().getFirst().keyStart());
      if (gap.contains("\n") || gap.contains("\r")) {
        return indentOf(gap);
      }
    }
    return "  ";
  }

  /** Returns what separates keys from values in this file: {@code ": "} unless its first key says otherwise. */
  private String colon() {
    if (root.members().isEmpty()) {
      return ": ";
    }
    Member first = root.members().getFirst();
    return text.substring(first.keyEnd(), first.value().start());
  }

  private String newline() {
    return text.contains("\r\n") ? "\r\n" : "\n";
  }

  private int lineOf(int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** Returns a string as a JSON string literal. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        default -> {
          if (c < 0x20) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** A JSON value and where it is in the text: {@code [start, end)}. */
  private sealed interface Json {
    int start();

    int end();
  }

  private record Obj(int start, int end, List<Member> members) implements Json {
    Json get(String key) {
      Json found = null;
      // JSON.parse, like npm, takes the last of repeated keys.
      for (Member m : members) {
        if (m.key().equals(key)) {
          found = m.value();
        }
      }
      return found;
    }
  }

  private record Member(String key, int keyStart, int keyEnd, Json value) {}

  private record Str(int start, int end, String value) implements Json {}

  /** Numbers, literals and arrays: read past, never edited. */
  private record Other(int start, int end) implements Json {}

  /** A strict JSON reader (RFC 8259) that keeps offsets. */
  private static final class JsonReader {
    private final String text;
    private int at;

    JsonReader(String text) {
      this.text = text;
    }

    Json value() {
      skipSpace();
      if (at >= text.length()) {
        throw error("the text ends where a value should be");
      }
      char c = text.charAt(at);
      int start = at;
      switch (c) {
        case '{' -> {
          at++;
          List<Member> members = new ArrayList<>();
          skipSpace();
          if (peek() == '}') {
            at++;
            return new Obj(start, at, members);
          }
          while (true) {
            skipSpace();
            if (peek() != '"') {
              throw error("a key should be here");
            }
            int keyStart = at;
            String key = string();
            int keyEnd = at;
            skipSpace();
            expect(':');
            members.add(new Member(key, keyStart, keyEnd, value()));
            skipSpace();
            if (peek() == ',') {
              at++;
            } else {
              expect('}');
              return new Obj(start, at, members);
            }
          }
        }
        case '[' -> {
          at++;
          skipSpace();
          if (peek() == ']') {
            at++;
            return new Other(start, at);
          }
          while (true) {
            value();
            skipSpace();
            if (peek() == ',') {
              at++;
            } else {
              expect(']');
              return new Other(start, at);
            }
          }
        }
        case '"' -> {
          String s = string();
          return new Str(start, at, s);
        }
        default -> {
          while (at < text.length() && "+-.0123456789eEtrufalsn".indexOf(text.charAt(at)) >= 0) {
            at++;
          }
          String word = text.substring(start, at);
          if (!word.equals("true") && !word.equals("false") && !word.equals("null")
              && !word.matches("-?(0|[1-9]\\d*)(\\.\\d+)?([eE][+-]?\\d+)?")) {
            throw error("not a JSON value");
          }
          return new Other(start, at);
        }
      }
    }

    private String string() {
      at++;
      StringBuilder b = new StringBuilder();
      while (at < text.length()) {
        char c = text.charAt(at++);
        if (c == '"') {
          return b.toString();
        }
        if (c == '\\') {
          if (at >= text.length()) {
            break;
          }
          char e = text.charAt(at++);
          switch (e) {
            case 'b' -> b.append('\b');
            case 'f' -> b.append('\f');
            case 'n' -> b.append('\n');
            case 'r' -> b.append('\r');
            case 't' -> b.append('\t');
            case 'u' -> {
              if (at + 4 > text.length()) {
                throw error("a \\u escape is cut short");
              }
              b.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
              at += 4;
            }
            case '"', '\\', '/' -> b.append(e);
            default -> throw error("unknown escape \\" + e);
          }
        } else if (c < 0x20) {
          throw error("a control character in a string");
        } else {
          b.append(c);
        }
      }
      throw error("a string is not closed");
    }

    private char peek() {
      return at < text.length() ? text.charAt(at) : '\0';
    }

    private void expect(char c) {
      if (peek() != c) {
        throw error("'" + c + "' should be here");
      }
      at++;
    }

    void skipSpace() {
      while (at < text.length() && isSpace(text.charAt(at))) {
        at++;
      }
    }

    IllegalArgumentException error(String what) {
      int line = 1;
      for (int i = 0; i < Math.min(at, text.length()); i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
      return new IllegalArgumentException("package.json is not valid JSON at line " + line + ": " + what);
    }
  }
}
