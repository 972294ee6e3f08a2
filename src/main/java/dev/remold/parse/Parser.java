package dev.remold.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSLanguage;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterTsx;
import org.treesitter.TreeSitterTypescript;

/** Parses source text into {@link SyntaxTree}s; one instance per thread, closed when done. */
public final class Parser implements AutoCloseable {
  private final Map<Language, TSParser> parsers = new EnumMap<>(Language.class);

  /** Returns the immutable tree of a file; the native tree is closed before this returns. */
  public SyntaxTree parse(SourceFile file) {
    TSParser parser = parsers.computeIfAbsent(file.language(), Parser::newParser);
    String text = file.text();
    try (TSTree tree = parser.parseString(null, text)) {
      return new SyntaxTree(file, snapshot(tree.getRootNode(), text));
    }
  }

  private static TSParser newParser(Language language) {
    TSLanguage grammar = switch (language) {
      case TSX -> new TreeSitterTsx();
      case TYPESCRIPT -> new TreeSitterTypescript();
    };
    TSParser parser = new TSParser();
    parser.setLanguage(grammar);
    return parser;
  }

  /** Copies the native tree into Java nodes, converting UTF-8 byte offsets to char offsets once. */
  private static Node snapshot(TSNode rootNode, String text) {
    int[] charAt = byteToCharTable(text);
    try (TSTreeCursor cursor = new TSTreeCursor(rootNode)) {
      Node root = newNode(cursor, charAt, text);
      List<Node> path = new ArrayList<>();
      List<List<Node>> kids = new ArrayList<>();
      path.add(root);
      kids.add(new ArrayList<>());
      // Iterative depth-first walk: deeply nested generated code must not overflow the stack.
      while (true) {
        if (cursor.gotoFirstChild()) {
          Node child = newNode(cursor, charAt, text);
          kids.getLast().add(child);
          path.add(child);
          kids.add(new ArrayList<>());
          continue;
        }
        while (true) {
          Node done = path.removeLast();
          done.setChildren(kids.removeLast());
          if (path.isEmpty()) {
            return done;
          }
          if (cursor.gotoNextSibling()) {
            Node sibling = newNode(cursor, charAt, text);
            kids.getLast().add(sibling);
            path.add(sibling);
            kids.add(new ArrayList<>());
            break;
          }
          cursor.gotoParent();
        }
      }
    }
  }

  private static Node newNode(TSTreeCursor cursor, int[] charAt, String text) {
    TSNode n = cursor.currentNode();
    int start = toChar(charAt, n.getStartByte());
    int end = toChar(charAt, n.getEndByte());
    return new Node(n.getType(), cursor.currentFieldName(), start, end, n.isNamed(), n.isMissing(), text);
  }

  private static int toChar(int[] charAt, int byteOffset) {
    return charAt == null ? byteOffset : charAt[byteOffset];
  }

  /** Returns null for ASCII text (offsets agree), else the char index of every UTF-8 byte offset. */
  private static int[] byteToCharTable(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return null;
    }
    int[] table = new int[text.getBytes(StandardCharsets.UTF_8).length + 1];
    int b = 0;
    for (int i = 0; i < text.length(); i++) {
      int cp = text.codePointAt(i);
      int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      for (int k = 0; k < len; k++) {
        table[b + k] = i;
      }
      b += len;
      if (Character.isSupplementaryCodePoint(cp)) {
        i++;
      }
    }
    table[b] = text.length();
    return table;
  }

  @Override
  public void close() {
    parsers.values().forEach(TSParser::close);
    parsers.clear();
  }
}
