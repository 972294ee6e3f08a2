package dev.remold.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntUnaryOperator;

/**
 * Makes the tree of an edited text from the tree of the text before, parsing only what changed: each replacement is
 * widened to the smallest run of whole statements that holds it (in the program, or in a block where statements stand
 * on both sides of it), and the run's new text is parsed together with the statements on either side of it, which
 * must come out as they were: the seams between
 * statements (a missing semicolon, a comment running to the end of its line) are read by the parser itself. The run's
 * new statements then take the old ones' place while the rest of the tree moves along. Only a tree without syntax
 * errors is spliced, and a window that does not parse cleanly, or changes a neighbour, means no splice.
 */
final class TreeSplice {
  private TreeSplice() {}

  /** A run [from, to) of the statements of a list node, spanning the chars [start, end) (a run may be empty). */
  private record Run(Node list, int from, int to, int start, int end) {}

  /** Returns the spliced tree, or null where only a fresh parse can tell. */
  static SyntaxTree of(SyntaxTree tree, List<Parser.Replacement> replacements, Function<SourceFile, SyntaxTree> parse) {
    String old = tree.file().text();
    if (!tree.errors().isEmpty() || replacements.isEmpty()) {
      return null;
    }
    List<Parser.Replacement> sorted = new ArrayList<>(replacements);
    sorted.sort(Comparator.comparingInt(Parser.Replacement::start).thenComparingInt(Parser.Replacement::end));
    for (int i = 0; i < sorted.size(); i++) {
      Parser.Replacement r = sorted.get(i);
      if (r.start() < 0 || r.end() < r.start() || r.end() > old.length()
          || i > 0 && (r.start() < sorted.get(i - 1).end() || r.start() == sorted.get(i - 1).start())) {
        return null;
      }
    }
    List<Run> runs = runsOf(tree.root(), sorted);
    // The new text, run by run.
    StringBuilder text = new StringBuilder(old.length() + 256);
    int[] ends = new int[runs.size()];
    int[] deltas = new int[runs.size()];
    int[] newStarts = new int[runs.size()];
    int copied = 0;
    int next = 0;
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      text.append(old, copied, run.start());
      int before = text.length();
      newStarts[k] = before;
      int at = run.start();
      for (; next < sorted.size() && sorted.get(next).end() <= run.end(); next++) {
        Parser.Replacement r = sorted.get(next);
        text.append(old, at, r.start()).append(r.text());
        at = r.end();
      }
      text.append(old, at, run.end());
      ends[k] = run.end();
      deltas[k] = text.length() - before - (run.end() - run.start());
      copied = run.end();
    }
    if (next != sorted.size()) {
      return null;
    }
    text.append(old, copied, old.length());
    String newText = text.toString();
    // An old offset moves by the growth of every run that ends at or before it; a node that ends where a run
    // starts stays where it was, one that starts where a run ends moves.
    IntUnaryOperator startAt = o -> o + grownBefore(ends, deltas, o, /* atToo= */ true);
    IntUnaryOperator endAt = o -> o + grownBefore(ends, deltas, o, /* atToo= */ false);
    // Each run's new statements, parsed with their neighbours.
    List<List<Node>> fresh = new ArrayList<>();
    List<Integer> shifts = new ArrayList<>();
    for (int k = 0; k < runs.size(); k++) {
      Run run = runs.get(k);
      // The window: the run, the comments around it, and the statement on either side (none at a brace or an end).
      List<Node> kids = run.list().children();
      int from = run.from();
      while (from > 0 && kids.get(from - 1).isComment()) {
        from--;
      }
      if (from > 0 && !kids.get(from - 1).type().equals("{")) {
        from--;
      }
      int to = run.to();
      while (to < kids.size() && kids.get(to).isComment()) {
        to++;
      }
      if (to < kids.size() && !kids.get(to).type().equals("}")) {
        to++;
      }
      int windowStart = from < run.from() ? startAt.applyAsInt(kids.get(from).start()) : newStarts[k];
      int windowEnd = to > run.to() ? endAt.applyAsInt(kids.get(to - 1).end())
          : newStarts[k] + run.end() - run.start() + deltas[k];
      // A parse skips a byte-order mark at its very start: one in the middle of the text is not skipped there.
      if (windowStart > 0 && windowStart < newText.length() && newText.charAt(windowStart) == '\uFEFF') {
        return null;
      }
      SyntaxTree window = parse.apply(new SourceFile(tree.file().path(), newText.substring(windowStart, windowEnd), tree.file().language()));
      List<Node> parts = window.root().children();
      int kept = (run.from() - from) + (to - run.to());
      if (!window.errors().isEmpty() || parts.size() < kept) {
        return null;
      }
      // The neighbours must come out where they were, as what they were.
      for (int i = 0; i < run.from() - from; i++) {
        if (!same(parts.get(i), kids.get(from + i), windowStart, startAt, endAt)) {
          return null;
        }
      }
      for (int i = 0; i < to - run.to(); i++) {
        if (!same(parts.get(parts.size() - (to - run.to()) + i), kids.get(run.to() + i), windowStart, startAt, endAt)) {
          return null;
        }
      }
      List<Node> statements = parts.subList(run.from() - from, parts.size() - (to - run.to()));
      // A #! line stands only at the very start of a file, which a window's start need not be.
      if (statements.stream().anyMatch(n -> n.type().equals("hash_bang_line"))) {
        return null;
      }
      fresh.add(statements);
      shifts.add(windowStart);
    }
    // The lists that hold runs: few, so found by a scan rather than a hash of every node copied.
    List<Node> lists = new ArrayList<>();
    List<List<Integer>> runsOfList = new ArrayList<>();
    for (int i = 0; i < runs.size(); i++) {
      int at = lists.indexOf(runs.get(i).list());
      if (at < 0) {
        lists.add(runs.get(i).list());
        runsOfList.add(new ArrayList<>());
        at = lists.size() - 1;
      }
      runsOfList.get(at).add(i);
    }
    Node root = tree.root();
    // The program takes in the whitespace after its last statement, up to the end of the text.
    int rootEnd = root.end() == old.length() ? newText.length() : endAt.applyAsInt(root.end());
    Node newRoot = new Node(root.type(), root.symbol(), root.field(), startAt.applyAsInt(root.start()), rootEnd, root.isNamed(),
        root.isMissing(), newText);
    ArrayDeque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    pending.push(newRoot);
    while (!pending.isEmpty()) {
      Node copy = pending.pop();
      Node original = pending.pop();
      Node[] children = original.childArray();
      int listIndex = indexOf(lists, original);
      if (listIndex < 0) {
        if (children.length > 0) {
          Node[] copies = new Node[children.length];
          for (int i = 0; i < children.length; i++) {
            copies[i] = moved(children[i], startAt, endAt, newText);
            pending.push(children[i]);
            pending.push(copies[i]);
          }
          copy.setChildren(copies);
        }
        continue;
      }
      List<Integer> here = runsOfList.get(listIndex);
      List<Node> copies = new ArrayList<>(children.length);
      int k = 0;
      for (int i = 0; i <= children.length; i++) {
        while (k < here.size() && runs.get(here.get(k)).from() == i) {
          int shift = shifts.get(here.get(k));
          for (Node n : fresh.get(here.get(k))) {
            copies.add(copyOf(n, o -> o + shift, o -> o + shift, newText));
          }
          i = runs.get(here.get(k)).to();
          k++;
        }
        if (i < children.length) {
          Node c = moved(children[i], startAt, endAt, newText);
          copies.add(c);
          pending.push(children[i]);
          pending.push(c);
        }
      }
      if (!copies.isEmpty()) {
        copy.setChildren(copies.toArray(Node[]::new));
      }
    }
    // The program starts where its first statement does (a new one, when the first was replaced); an empty one, at the end.
    int rootStart = newRoot.children().isEmpty() ? newText.length() : newRoot.children().getFirst().start();
    if (newRoot.start() != rootStart) {
      Node moved = new Node(root.type(), root.symbol(), root.field(), rootStart, newRoot.end(), root.isNamed(), root.isMissing(), newText);
      moved.setChildren(newRoot.children().toArray(Node[]::new));
      newRoot = moved;
    }
    return new SyntaxTree(new SourceFile(tree.file().path(), newText, tree.file().language()), newRoot, List.of());
  }

  private static int indexOf(List<Node> nodes, Node node) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i) == node) {
        return i;
      }
    }
    return -1;
  }

  private static Node moved(Node n, IntUnaryOperator startAt, IntUnaryOperator endAt, String source) {
    return new Node(n.type(), n.symbol(), n.field(), startAt.applyAsInt(n.start()), endAt.applyAsInt(n.end()), n.isNamed(), n.isMissing(),
        source);
  }

  private static int grownBefore(int[] ends, int[] deltas, int offset, boolean atToo) {
    int grown = 0;
    for (int i = 0; i < ends.length && (ends[i] < offset || atToo && ends[i] == offset); i++) {
      grown += deltas[i];
    }
    return grown;
  }

  /**
   * Returns the runs of whole statements that hold the replacements, in order, apart and not touching: replacements
   * whose runs meet share one run.
   */
  private static List<Run> runsOf(Node root, List<Parser.Replacement> sorted) {
    List<Run> runs = new ArrayList<>();
    for (Parser.Replacement r : sorted) {
      Run run = runOf(root, r.start(), r.end());
      // Runs that meet, or stand in one list with no statement between them (each would be the other's neighbour), are one.
      while (!runs.isEmpty() && (runs.getLast().end() >= run.start() || nextTo(runs.getLast(), run))) {
        Run last = runs.removeLast();
        run = runOf(root, Math.min(last.start(), run.start()), Math.max(last.end(), run.end()));
      }
      runs.add(run);
    }
    return runs;
  }

  /** Returns whether two runs of one list have only comments between them. */
  private static boolean nextTo(Run first, Run second) {
    if (first.list() != second.list()) {
      return false;
    }
    for (int i = first.to(); i < second.from(); i++) {
      if (!first.list().children().get(i).isComment()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the smallest run of statements that holds the chars [s, e): in the innermost block where the run has a
   * statement on either side, else in the program. A run at the edge of a block is not parsed alone: what follows a
   * block's last statement (its brace, and what comes after the brace) or precedes its first can change how it reads
   * (a line comment that runs over the brace; braces that hold an object, not statements), so the run is then the
   * statement around the block, one level out.
   */
  private static Run runOf(Node root, int s, int e) {
    List<Node> lists = new ArrayList<>(List.of(root));
    for (Node n = root; n != null; ) {
      Node inner = null;
      for (Node c : n.children()) {
        if (c.start() <= s && e <= c.end() && (c.start() < s || e < c.end() || s == e && c.start() < s)) {
          inner = c;
          break;
        }
      }
      if (inner != null && inner.type().equals("statement_block") && inner.start() < s && e < inner.end()) {
        lists.add(inner);
      }
      n = inner;
    }
    for (int level = lists.size() - 1; ; level--) {
      Run run = runIn(lists.get(level), s, e);
      if (level == 0 || hasStatement(run.list(), run.from() - 1, -1) && hasStatement(run.list(), run.to(), +1)) {
        return run;
      }
    }
  }

  /** Returns the run of a list's statements that holds the chars [s, e). */
  private static Run runIn(Node list, int s, int e) {
    List<Node> kids = list.children();
    int from = -1;
    int to = -1;
    for (int i = 0; i < kids.size(); i++) {
      Node c = kids.get(i);
      boolean overlaps = s == e ? c.start() < s && s < c.end() : c.start() < e && s < c.end();
      if (overlaps) {
        from = from < 0 ? i : from;
        to = i + 1;
      }
    }
    if (from < 0) {
      // Between statements: an empty run where the chars are.
      int at = 0;
      while (at < kids.size() && kids.get(at).start() < e) {
        at++;
      }
      return new Run(list, at, at, s, e);
    }
    return new Run(list, from, to, Math.min(s, kids.get(from).start()), Math.max(e, kids.get(to - 1).end()));
  }

  /** Returns whether a statement (not a comment, nor a brace) stands in a list from an index on, walking one way. */
  private static boolean hasStatement(Node list, int from, int direction) {
    List<Node> kids = list.children();
    for (int i = from; i >= 0 && i < kids.size(); i += direction) {
      Node c = kids.get(i);
      if (!c.isComment()) {
        return !c.type().equals("{") && !c.type().equals("}");
      }
    }
    return false;
  }

  /** Returns whether a node of a window is an old node where it now stands (offsets in the window, from its start). */
  private static boolean same(Node part, Node old, int windowStart, IntUnaryOperator startAt, IntUnaryOperator endAt) {
    return part.type().equals(old.type()) && part.start() + windowStart == startAt.applyAsInt(old.start())
        && part.end() + windowStart == endAt.applyAsInt(old.end());
  }

  /** Copies a subtree, its offsets mapped and its text the given one; iterative, as trees nest thousands deep. */
  static Node copyOf(Node node, IntUnaryOperator startAt, IntUnaryOperator endAt, String source) {
    Node top = moved(node, startAt, endAt, source);
    ArrayDeque<Node> pending = new ArrayDeque<>();
    pending.push(node);
    pending.push(top);
    while (!pending.isEmpty()) {
      Node copy = pending.pop();
      Node[] children = pending.pop().childArray();
      if (children.length == 0) {
        continue;
      }
      Node[] copies = new Node[children.length];
      for (int i = 0; i < copies.length; i++) {
        copies[i] = moved(children[i], startAt, endAt, source);
        pending.push(children[i]);
        pending.push(copies[i]);
      }
      copy.setChildren(copies);
    }
    return top;
  }
}
