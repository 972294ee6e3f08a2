package dev.remold.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The elements of an HTML-like template (a Vue template, an Angular template) with their attributes as written,
 * read leniently: comments and {{ interpolations }} are skipped, and an element knows the open elements around it.
 */
public final class Markup {
  /** Elements that never have a closing tag: they hold nothing. */
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
      "meta", "param", "source", "track", "wbr");
  /** Elements whose content is not markup: a {@code <} in a script is not a tag. */
  private static final Set<String> RAW_TEXT = Set.of("script", "style", "textarea", "title");

  private Markup() {}

  /**
   * An attribute as written: its name starts at {@code nameStart}; its value is [valueStart, valueEnd), both -1 when
   * it has none; {@code quote} is the quote around the value, 0 when unquoted or without a value.
   */
  public record Attribute(String name, int nameStart, String value, int valueStart, int valueEnd, char quote) {}

  /** An opening tag at [start, end), its attributes, and the names of the open elements around it, outermost first. */
  public record Element(String name, int start, int end, List<Attribute> attributes, List<String> ancestors) {
    public Element {
      attributes = List.copyOf(attributes);
      ancestors = List.copyOf(ancestors);
    }
  }

  /** Returns the opening tags of text[from, to) in order; a closing tag closes the nearest open element of its name. */
  public static List<Element> elements(String text, int from, int to) {
    List<Element> out = new ArrayList<>();
    List<String> open = new ArrayList<>();
    int at = from;
    while (at < to) {
      if (text.startsWith("<!--", at)) {
        at = after(text, "-->", at + 4, to);
      } else if (text.startsWith("{{", at)) {
        at = after(text, "}}", at + 2, to);
      } else if (text.startsWith("</", at) && at + 2 < to && Character.isLetter(text.charAt(at + 2))) {
        String name = text.substring(at + 2, nameEnd(text, at + 2, to));
        for (int i = open.size() - 1; i >= 0; i--) {
          if (open.get(i).equalsIgnoreCase(name)) {
            open.subList(i, open.size()).clear();
            break;
          }
        }
        at = after(text, ">", at + 2, to);
      } else if (text.charAt(at) == '<' && at + 1 < to && Character.isLetter(text.charAt(at + 1))) {
        Element e = tag(text, at, to, open);
        if (e == null) {
          break;
        }
        out.add(e);
        at = e.end();
        String lower = e.name().toLowerCase(Locale.ROOT);
        boolean selfClosing = text.startsWith("/>", e.end() - 2);
        if (RAW_TEXT.contains(lower) && !selfClosing) {
          int close = text.toLowerCase(Locale.ROOT).indexOf("</" + lower, at);
          at = close < 0 || close >= to ? to : close;
        } else if (!selfClosing && !VOID.contains(lower)) {
          open.add(e.name());
        }
      } else {
        at++;
      }
    }
    return out;
  }

  /** Returns the offset after the next {@code end} from {@code from}, or {@code to} when there is none before it. */
  private static int after(String text, String end, int from, int to) {
    int i = text.indexOf(end, from);
    return i < 0 || i + end.length() > to ? to : i + end.length();
  }

  private static int nameEnd(String text, int from, int to) {
    int end = from;
    while (end < to && !Character.isWhitespace(text.charAt(end)) && "/>".indexOf(text.charAt(end)) < 0) {
      end++;
    }
    return end;
  }

  /** Reads the opening tag at {@code start}, or returns null when it does not end before {@code to}. */
  private static Element tag(String text, int start, int to, List<String> open) {
    int at = nameEnd(text, start + 1, to);
    String name = text.substring(start + 1, at);
    List<Attribute> attributes = new ArrayList<>();
    while (at < to) {
      char c = text.charAt(at);
      if (c == '>') {
        return new Element(name, start, at + 1, attributes, open);
      } else if (text.startsWith("/>", at) && at + 2 <= to) {
        return new Element(name, start, at + 2, attributes, open);
      } else if (Character.isWhitespace(c) || c == '/') {
        at++;
      } else {
        int nameStart = at;
        while (at < to && !Character.isWhitespace(text.charAt(at)) && "=>".indexOf(text.charAt(at)) < 0
            && !text.startsWith("/>", at)) {
          at++;
        }
        String attr = text.substring(nameStart, at);
        int afterName = at;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
        if (at >= to || text.charAt(at) != '=') {
          attributes.add(new Attribute(attr, nameStart, "", -1, -1, (char) 0));
          at = afterName;
          continue;
        }
        at++;
        while (at < to && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
        if (at < to && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
          char quote = text.charAt(at);
          int close = text.indexOf(quote, at + 1);
          if (close < 0 || close >= to) {
            return null;
          }
          attributes.add(new Attribute(attr, nameStart, text.substring(at + 1, close), at + 1, close, quote));
          at = close + 1;
        } else {
          int valueStart = at;
          while (at < to && !Character.isWhitespace(text.charAt(at)) && text.charAt(at) != '>') {
            at++;
          }
          attributes.add(new Attribute(attr, nameStart, text.substring(valueStart, at), valueStart, at, (char) 0));
        }
      }
    }
    return null;
  }
}
