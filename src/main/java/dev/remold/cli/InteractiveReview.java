package dev.remold.cli;

import dev.remold.engine.FileResult;
import dev.remold.parse.Language;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import dev.remold.parse.VueFile;
import dev.remold.project.PackageJson;
import dev.remold.report.DiffColors;
import dev.remold.report.Hunk;
import dev.remold.report.Hunks;
import dev.remold.report.UnifiedDiff;
import dev.remold.rules.Finding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The review of {@code apply --interactive}: shows each hunk of each changed file with the rules behind it, asks
 * whether to apply it, and writes a file's accepted hunks (atomically, only while the file is as remold read it) as
 * soon as its last hunk is answered.
 */
final class InteractiveReview {
  static final String QUESTION = "Apply this change? [y,n,a,d,q,?] ";
  static final String HELP = """
      y - apply this change
      n - do not apply this change
      a - apply this change and all later changes in this file
      d - do not apply this change nor any later change in this file
      q - quit: apply nothing more (what was accepted so far is written)
      ? - print this help
      """;

  static final String SPLIT_NOTE = "partly applied, with import or set-up edits taken apart from the rewrites that"
      + " need them: check that every name the file uses is still imported or declared";

  private final BufferedReader in;
  private final PrintWriter out;
  private final boolean color;
  private final boolean echo;
  private final Parser parser;
  private boolean quit;

  /** What a review did: the results as the files now are, and how many hunks were shown and accepted. */
  record Outcome(List<FileResult> results, int changes, int accepted) {}

  /**
   * Creates a review that reads answers from in and writes to out (coloured when asked); echo repeats each answer
   * after its question, for input that is not typed on a terminal, so that a transcript reads like the session.
   */
  InteractiveReview(Reader in, PrintWriter out, boolean color, boolean echo, Parser parser) {
    this.in = in instanceof BufferedReader b ? b : new BufferedReader(in);
    this.out = out;
    this.color = color;
    this.echo = echo;
    this.parser = parser;
  }

  /** Reviews the changed files among a run's results in order; returns every result as the file now is on disk. */
  Outcome review(List<FileResult> results) throws IOException {
    Map<FileResult.Changed, List<Hunk>> hunks = new java.util.LinkedHashMap<>();
    for (FileResult r : results) {
      if (r instanceof FileResult.Changed c) {
        hunks.put(c, Hunks.of(c.before(), c.after(), c.sites()));
      }
    }
    int changes = hunks.values().stream().mapToInt(List::size).sum();
    if (hunks.isEmpty()) {
      out.println("Nothing to review: no file would change.");
      out.flush();
      return new Outcome(results, 0, 0);
    }
    out.println(changes + (changes == 1 ? " change" : " changes") + " in " + hunks.size()
        + (hunks.size() == 1 ? " file" : " files") + " to review (answer ? for help).");
    List<FileResult> after = new ArrayList<>();
    int accepted = 0;
    for (FileResult r : results) {
      if (!(r instanceof FileResult.Changed c)) {
        after.add(r);
      } else if (quit) {
        // Not shown: the file stays as it was, and nothing is claimed about the places it holds.
        after.add(new FileResult.Unchanged(c.path(), c.relativePath(), List.of(), c.notes()));
      } else {
        List<Hunk> chosen = reviewFile(c, hunks.get(c));
        accepted += chosen.size();
        after.add(finish(c, hunks.get(c), chosen));
      }
    }
    out.flush();
    return new Outcome(after, changes, accepted);
  }

  /** Shows a file's hunks one by one and returns those accepted. */
  private List<Hunk> reviewFile(FileResult.Changed c, List<Hunk> hunks) throws IOException {
    out.print(paint(c.created() ? UnifiedDiff.headerOfNewFile(c.relativePath()) : UnifiedDiff.header(c.relativePath())));
    List<Hunk> accepted = new ArrayList<>();
    for (int i = 0; i < hunks.size() && !quit; i++) {
      Hunk h = hunks.get(i);
      String rules = "rules: " + Hunks.describe(h, c.sites());
      out.println(color ? DiffColors.note(rules) : rules);
      out.print(paint(h.text()));
      switch (ask("(" + (i + 1) + "/" + hunks.size() + ") ")) {
        case 'y' -> accepted.add(h);
        case 'n' -> { }
        case 'a' -> {
          accepted.addAll(hunks.subList(i, hunks.size()));
          return accepted;
        }
        case 'd' -> {
          return accepted;
        }
        default -> quit = true;
      }
    }
    return accepted;
  }

  /** Asks about one hunk until the answer is one of y, n, a, d, q (end of input counts as q); returns it. */
  private char ask(String counter) throws IOException {
    while (true) {
      String question = counter + QUESTION;
      out.print(color ? DiffColors.prompt(question) : question);
      out.flush();
      String line = in.readLine();
      if (line == null) {
        out.println(echo ? "(end of input: q)" : "");
        out.println("End of input: nothing more is applied.");
        return 'q';
      }
      if (echo) {
        out.println(line);
      }
      String answer = line.strip().toLowerCase(Locale.ROOT);
      if (answer.isEmpty()) {
        continue;
      }
      char first = answer.charAt(0);
      if ("ynadq".indexOf(first) >= 0) {
        return first;
      }
      if (first != '?') {
        out.println("Unknown answer \"" + line.strip() + "\".");
      }
      out.print(HELP);
    }
  }

  /** Writes a file's accepted hunks, or leaves it alone, and returns what became of it. */
  private FileResult finish(FileResult.Changed c, List<Hunk> hunks, List<Hunk> accepted) {
    String rel = c.relativePath();
    if (accepted.isEmpty()) {
      out.println("Left " + rel + " as it was (no change accepted).");
      return new FileResult.Unchanged(c.path(), rel, List.of(), c.notes());
    }
    FileResult.Changed result = c;
    if (accepted.size() < hunks.size()) {
      String text = Hunks.apply(c.before(), accepted);
      String broken = newSyntaxError(c, text);
      if (broken != null) {
        String reason = "the changes accepted do not parse without the ones left out (" + broken
            + "); the file is unchanged; run again and accept or skip together the changes that belong together";
        out.println("Not written " + rel + ": " + reason + ".");
        return new FileResult.Failed(c.path(), rel, reason);
      }
      result = partial(c, text, accepted, splitsSetUp(hunks, accepted) ? SPLIT_NOTE : null);
    }
    FileResult written = Main.write(result);
    if (written instanceof FileResult.Failed f) {
      out.println("Not written " + rel + ": " + f.reason() + ".");
    } else {
      out.println("Wrote " + rel + " (" + accepted.size() + " of " + hunks.size()
          + (hunks.size() == 1 ? " change)." : " changes)."));
      if (result != c && result.notes().contains(SPLIT_NOTE)) {
        out.println("Note: " + rel + ": " + SPLIT_NOTE + ".");
      }
    }
    return written;
  }

  /**
   * Returns whether a partial choice takes hunks that hold no rule match (import and set-up edits) without all the
   * rewrites, or rewrites without all of those hunks: the file then parses but may use a name it no longer imports,
   * and rules that follow imports may not recognise the calls left in it on a later run.
   */
  private static boolean splitsSetUp(List<Hunk> hunks, List<Hunk> accepted) {
    boolean setUpTaken = false;
    boolean setUpLeft = false;
    boolean codeTaken = false;
    boolean codeLeft = false;
    for (Hunk h : hunks) {
      boolean taken = accepted.contains(h);
      if (h.sites().isEmpty()) {
        setUpTaken |= taken;
        setUpLeft |= !taken;
      } else {
        codeTaken |= taken;
        codeLeft |= !taken;
      }
    }
    return (setUpTaken && codeLeft) || (setUpLeft && codeTaken);
  }

  /** Returns where a text has a syntax error that the file before did not have, or null when it has none. */
  private String newSyntaxError(FileResult.Changed c, String text) {
    String name = c.path().getFileName().toString();
    if (name.equals("package.json")) {
      try {
        PackageJson.parse(text);
        return null;
      } catch (IllegalArgumentException e) {
        return e.getMessage();
      }
    }
    if (Language.forFileName(name).isEmpty() && !VueFile.isVueFile(name)) {
      // A .gitignore has no syntax to break.
      return null;
    }
    int errorsBefore = 0;
    for (SourceFile source : sources(c, c.before())) {
      errorsBefore += parser.parse(source).errors().size();
    }
    List<Node> errors = new ArrayList<>();
    SyntaxTree first = null;
    for (SourceFile source : sources(c, text)) {
      SyntaxTree tree = parser.parse(source);
      if (first == null && !tree.errors().isEmpty()) {
        first = tree;
      }
      errors.addAll(tree.errors());
    }
    if (errors.size() <= errorsBefore) {
      return null;
    }
    return "syntax error at line " + first.lineOf(first.errors().getFirst().start());
  }

  /** Returns what is parsed of a file's text: the file, or the script blocks of a Vue component. */
  private static List<SourceFile> sources(FileResult.Changed c, String text) {
    String name = c.path().getFileName().toString();
    if (VueFile.isVueFile(name)) {
      return VueFile.scan(text).scriptSources(c.relativePath(), text);
    }
    return List.of(new SourceFile(c.relativePath(), text, Language.forFileName(name).orElseThrow()));
  }

  /**
   * Returns the result of a file of which only some hunks were accepted: the sites and findings of those hunks, and
   * each rule's rewrites counted from its sites there (never more than the run made).
   */
  private static FileResult.Changed partial(FileResult.Changed c, String text, List<Hunk> accepted, String note) {
    List<Finding> sites = accepted.stream().flatMap(h -> h.sites().stream()).toList();
    Map<String, Integer> rewrites = new TreeMap<>();
    c.rewrites().forEach((rule, n) -> {
      long k = sites.stream().filter(s -> s.ruleId().equals(rule)).count();
      if (k > 0) {
        rewrites.put(rule, (int) Math.min(n, k));
      }
    });
    List<String> notes = new ArrayList<>(c.notes());
    if (note != null) {
      notes.add(note);
    }
    return new FileResult.Changed(c.path(), c.relativePath(), c.before(), text, c.bom(), rewrites, sites, notes, c.created());
  }

  private String paint(String diffText) {
    return color ? DiffColors.colorize(diffText) : diffText;
  }
}
