package dev.remold.engine;

import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.parse.SyntaxTree;
import dev.remold.parse.VueFile;
import dev.remold.parse.VueFile.ScriptBlock;
import dev.remold.parse.VueFile.TemplateExpression;
import dev.remold.rewrite.Edit;
import dev.remold.rewrite.EditSet;
import dev.remold.rewrite.Markers;
import dev.remold.rules.FileContext;
import dev.remold.rules.Finding;
import dev.remold.rules.MarkupRule;
import dev.remold.rules.NewFile;
import dev.remold.rules.RuleHit;
import dev.remold.rules.Safety;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

/**
 * Rewrites a Vue single-file component: each script block goes through the file pipeline on its own
 * and is spliced back in place; Amplify calls in the template get an HTML comment marker above them.
 *
 * <p>A block is rewritten as the whole file with everything outside the block blanked to spaces (line
 * breaks kept): offsets and lines of the pipeline are then those of the .vue file, so reports, notes and
 * errors name lines a reviewer finds, and nothing outside the block can change unnoticed.
 */
final class VueComponents {
  private final FilePipeline pipeline;
  private final Parser parser;

  VueComponents(FilePipeline pipeline, Parser parser) {
    this.pipeline = pipeline;
    this.parser = parser;
  }

  /**
   * Returns the rewritten component; {@code contexts} gives the facts for code read as a file with the
   * given extension whose names in the set are also used by the template.
   */
  FilePipeline.Outcome run(String path, String text, BiFunction<String, Set<String>, FileContext> contexts) throws FileFailure {
    VueFile sfc = VueFile.scan(text);
    List<ScriptBlock> readable = sfc.scripts().stream().filter(b -> b.language().isPresent()).toList();
    List<String> notes = new ArrayList<>();
    for (ScriptBlock b : sfc.scripts()) {
      if (b.language().isEmpty()) {
        notes.add("the " + b.tagName() + " block at line " + SyntaxTree.lineOf(text, b.tagStart())
            + " is not read: remold does not parse lang=\"" + b.lang() + "\"");
      }
    }
    if (readable.isEmpty()) {
      return new FilePipeline.Outcome(text, Map.of(), List.of(), List.of(), notes, List.of());
    }
    Template template = template(path, text, sfc, readable, contexts);
    Map<String, Integer> rewrites = new TreeMap<>();
    Set<Finding> findings = new LinkedHashSet<>();
    Set<Finding> sites = new LinkedHashSet<>();
    List<Edit> edits = new ArrayList<>();
    List<NewFile> files = new ArrayList<>();
    List<SourceFile> sources = sfc.scriptSources(path, text);
    for (int i = 0; i < readable.size(); i++) {
      ScriptBlock b = readable.get(i);
      SourceFile source = sources.get(i);
      String prefix = source.text().substring(0, b.start());
      FilePipeline.Outcome out;
      try {
        out = pipeline.run(source, contexts.apply(b.extension(), template.names()), parser);
      } catch (FileFailure e) {
        throw new FileFailure(b.tagName() + " block: " + e.getMessage());
      }
      if (!out.text().startsWith(prefix)) {
        throw new FileFailure(b.tagName() + " block at line " + SyntaxTree.lineOf(text, b.tagStart())
            + ": a rewrite reached outside the block; the file was left unchanged");
      }
      String content = out.text().substring(b.start());
      if (!content.equals(text.substring(b.start(), b.end()))) {
        edits.add(new Edit(b.start(), b.end(), content, "vue-script", 0));
      }
      out.rewrites().forEach((rule, n) -> rewrites.merge(rule, n, Integer::sum));
      findings.addAll(out.findings());
      sites.addAll(out.sites());
      notes.addAll(out.notes());
      files.addAll(out.files());
    }
    List<Edit> markupEdits = new ArrayList<>();
    Set<String> markupRules = new TreeSet<>();
    List<SyntaxTree> scripts = new ArrayList<>();
    for (VueFile.TemplateBlock t : sfc.templates()) {
      List<MarkupRule> rules = pipeline.markupRules(MarkupRule.Templates.VUE, text.substring(t.start(), t.end()),
          contexts.apply("vue", Set.of()));
      if (rules.isEmpty()) {
        continue;
      }
      if (scripts.isEmpty()) {
        // The rules' imports are those of the component's own script blocks, as written.
        sources.forEach(s -> scripts.add(parser.parse(s)));
      }
      MarkupPass.Result r = MarkupPass.run(rules, text, t.start(), t.end(), scripts.stream().map(SyntaxTree::root).toList());
      markupEdits.addAll(r.edits());
      r.edits().forEach(e -> markupRules.add(e.ruleId()));
      r.rewrites().forEach((rule, n) -> rewrites.merge(rule, n, Integer::sum));
      findings.addAll(r.findings());
      sites.addAll(r.sites());
      notes.addAll(r.notes());
    }
    for (TemplateMarker m : template.markers()) {
      if (m.edit() != null) {
        edits.add(m.edit());
        rewrites.merge(m.site().ruleId(), 1, Integer::sum);
      }
      findings.add(m.site());
      sites.add(m.site());
    }
    String out = EditSet.apply(text, concat(edits, markupEdits));
    if (!markupEdits.isEmpty()) {
      sameBlocks(EditSet.apply(text, edits), out, markupRules);
    }
    return new FilePipeline.Outcome(out, rewrites, List.copyOf(findings), List.copyOf(sites), notes, files);
  }

  private static List<Edit> concat(List<Edit> a, List<Edit> b) {
    List<Edit> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /**
   * Checks that template renames left the component's blocks as they were: the same script blocks with the same
   * code, as many template expressions, and templates of the same markup (the text without the renames is {@code before}).
   */
  private static void sameBlocks(String before, String after, Set<String> ruleIds) throws FileFailure {
    VueFile a = VueFile.scan(before);
    VueFile b = VueFile.scan(after);
    boolean same = a.scripts().size() == b.scripts().size()
        && a.templateExpressions().size() == b.templateExpressions().size()
        && a.templates().size() == b.templates().size();
    for (int i = 0; same && i < a.scripts().size(); i++) {
      ScriptBlock x = a.scripts().get(i);
      ScriptBlock y = b.scripts().get(i);
      same = x.lang().equals(y.lang()) && x.setup() == y.setup()
          && before.substring(x.start(), x.end()).equals(after.substring(y.start(), y.end()));
    }
    if (!same) {
      throw new FileFailure("the template rewrite by rules " + String.join(", ", ruleIds)
          + " would change the component's blocks; the file was left unchanged");
    }
    for (int i = 0; i < a.templates().size(); i++) {
      VueFile.TemplateBlock x = a.templates().get(i);
      VueFile.TemplateBlock y = b.templates().get(i);
      MarkupPass.checkShape(before, x.start(), x.end(), after, y.start(), y.end(), ruleIds);
    }
  }

  /** What the template uses: the names its expressions mention, and a marker per Amplify call in them. */
  private record Template(Set<String> names, List<TemplateMarker> markers) {}

  /** An Amplify call in the template: its site for the report and the comment to insert (null when already there). */
  private record TemplateMarker(Finding site, Edit edit) {}

  /**
   * Reads the template's expressions as statements of one program with the script blocks, so that
   * the rules see them with the scripts' imports in scope; nothing of it is rewritten.
   */
  private Template template(String path, String text, VueFile sfc, List<ScriptBlock> scripts,
      BiFunction<String, Set<String>, FileContext> contexts) throws FileFailure {
    if (sfc.templateExpressions().isEmpty()) {
      return new Template(Set.of(), List.of());
    }
    char[] program = VueFile.blank(text).toCharArray();
    for (ScriptBlock b : scripts) {
      text.getChars(b.start(), b.end(), program, b.start());
    }
    for (TemplateExpression e : sfc.templateExpressions()) {
      text.getChars(e.start(), e.end(), program, e.start());
      // The quote or brace around an expression becomes its bracket, the char before that a separator:
      // a handler may hold statements (a block), anything else is one expression.
      program[e.start() - 2] = ';';
      program[e.start() - 1] = e.handler() ? '{' : '(';
      if (e.end() < program.length) {
        program[e.end()] = e.handler() ? '}' : ')';
      }
    }
    ScriptBlock first = scripts.getFirst();
    Language language = scripts.stream().anyMatch(b -> b.language().get() == Language.TYPESCRIPT) ? Language.TYPESCRIPT : Language.TSX;
    SourceFile source = new SourceFile(path, new String(program), language);
    if (!pipeline.mayMatch(source)) {
      // No rule can match the scripts or the template: no import can go, no call needs a marker.
      return new Template(Set.of(), List.of());
    }
    SyntaxTree tree = parser.parse(source);
    Set<String> names = new HashSet<>();
    tree.root().walk(n -> {
      if ((n.type().equals("identifier") || n.type().equals("shorthand_property_identifier")) && inTemplate(sfc, n.start())) {
        names.add(n.text());
      }
    });
    List<RuleHit> hits = pipeline.matchOnly(tree, contexts.apply(first.extension(), names)).stream()
        .filter(h -> inTemplate(sfc, h.start())).toList();
    List<TemplateMarker> markers = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (RuleHit hit : hits) {
      // A call inside another matched call is covered by the outer one's marker.
      if (hits.stream().anyMatch(o -> o != hit && o.start() <= hit.start() && hit.end() <= o.end()
          && (o.end() - o.start()) > (hit.end() - hit.start()))) {
        continue;
      }
      TemplateExpression expr = sfc.templateExpressions().stream()
          .filter(e -> e.start() <= hit.start() && hit.start() < e.end()).findFirst().orElseThrow();
      // One line, short, and nothing that would end the comment early.
      String call = text.substring(hit.start(), hit.end()).replaceAll("\\s+", " ").replace("--", "- -");
      if (call.length() > 80) {
        call = call.substring(0, 79) + "…";
      }
      String message = call + " in the template is Amplify Gen 1 API: move it into a function of the script, where remold migrates it";
      String comment = "<!-- TODO(amplify-migrate): " + pipeline.markerIdOf(hit.ruleId()) + " " + message + " -->";
      int line = SyntaxTree.lineOf(text, hit.start());
      // The same call twice above one line gets one comment.
      Edit edit = placed.add(expr.markerAt() + comment) ? commentAbove(text, expr.markerAt(), comment, hit.ruleId()) : null;
      markers.add(new TemplateMarker(new Finding(hit.ruleId(), Safety.MANUAL, line, message), edit));
    }
    return new Template(Set.copyOf(names), markers);
  }

  private static boolean inTemplate(VueFile sfc, int offset) {
    return sfc.templateExpressions().stream().anyMatch(e -> e.start() <= offset && offset < e.end());
  }

  /**
   * Returns the insertion of a comment line at a line start, indented like that line, or null when
   * one of the comment lines right above already is this one (a second run adds nothing).
   */
  private static Edit commentAbove(String text, int lineStart, String comment, String ruleId) {
    for (int end = lineStart; end > 0; ) {
      int prevStart = text.lastIndexOf('\n', end - 2) + 1;
      String previous = text.substring(prevStart, end).strip();
      if (previous.equals(comment)) {
        return null;
      }
      if (!previous.startsWith("<!--")) {
        break;
      }
      end = prevStart;
    }
    return new Edit(lineStart, lineStart, Markers.indentOfLine(text, lineStart) + comment + Markers.newlineOf(text), ruleId, 0);
  }
}
