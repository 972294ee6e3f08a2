package dev.remold.cli;

import dev.remold.engine.Decoded;
import dev.remold.engine.Discovered;
import dev.remold.engine.DiscoveryOptions;
import dev.remold.engine.Engine;
import dev.remold.engine.EngineOptions;
import dev.remold.engine.FileResult;
import dev.remold.engine.GitGuard;
import dev.remold.engine.Progress;
import dev.remold.engine.RunReport;
import dev.remold.engine.SafeWriter;
import dev.remold.engine.TextCodec;
import dev.remold.js.JsHost;
import dev.remold.parse.Parser;
import dev.remold.report.AuditMarkdown;
import dev.remold.report.DiffColors;
import dev.remold.report.FileEntry;
import dev.remold.report.Inventory;
import dev.remold.report.JsonReport;
import dev.remold.report.ReportMarkdown;
import dev.remold.report.RuleCatalog;
import dev.remold.report.RunSummary;
import dev.remold.report.Sarif;
import dev.remold.report.UnifiedDiff;
import dev.remold.rules.Pack;
import dev.remold.rules.ProjectRule;
import dev.remold.rules.ProjectRule;
import dev.remold.rules.Rule;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.RuleLoader;
import dev.remold.rules.RuleProblem;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.io.output.WriterOutputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code remold} command: diff, apply, audit and rules. */
@Command(name = "remold", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Rewrites JavaScript/TypeScript frontends with rule packs and shows the change as a diff.",
    subcommands = {Main.Diff.class, Main.Apply.class, Main.Audit.class, Main.Rules.class, Main.Test.class, Main.New.class})
public final class Main implements Callable<Integer> {
  static final String VERSION = "0.1.0";

  /** Prints the version and which tree-sitter library parses (the optimised build parses three to four times faster). */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String library;
      try {
        library = Parser.library();
      } catch (LinkageError | RuntimeException e) {
        library = "unavailable (" + e + ")";
      }
      return new String[] {"remold " + VERSION,
          "tree-sitter: " + (library.equals("bundled") ? "the binding's bundled library (no optimised build found)" : library)};
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Environment env;

  private Main(Environment env) {
    this.env = env;
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err, Environment.system()));
  }

  /** Returns the exit code of running remold with the arguments, writing to out and err (not a terminal). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Environment.plain());
  }

  /** Returns the exit code of running remold with the arguments in an environment. */
  static int run(String[] args, PrintWriter out, PrintWriter err, Environment env) {
    CommandLine cl = new CommandLine(new Main(env));
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("remold: " + e.getMessage());
      return e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.FILES_FAILED;
    });
    // A usage error found while a command runs (a bad --graphql value, a missing folder) names the command line
    // it was raised with, whose stderr is the process's: print it here, where the caller's stderr is.
    cl.setParameterExceptionHandler((e, badArgs) -> {
      err.println("remold: " + e.getMessage());
      if (!(e instanceof CommandLine.UnmatchedArgumentException) || !CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
        err.println("Run remold --help (or remold COMMAND --help) for the options.");
      }
      return ExitCode.USAGE;
    });
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /** Options that pick rules. */
  static final class RuleOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Adds a rule pack folder to the built-in packs (repeatable).")
    List<Path> extraPacks = new ArrayList<>();

    @Option(names = "--only", paramLabel = "ID", split = ",",
        description = "Runs only these rules (repeatable or comma-separated; * matches any text, e.g. auth-*).")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "ID", split = ",", description = "Leaves these rules out (same form as --only).")
    List<String> skip = new ArrayList<>();

    @Option(names = "--js-time-limit", paramLabel = "SECONDS", defaultValue = "2",
        description = "How long a JavaScript rule may run on one file before that file fails (default ${DEFAULT-VALUE}).")
    double jsTimeLimit;

    /** Returns a host for JavaScript rules; GraalJS starts only if a JavaScript rule is loaded through it. */
    JsHost scripts(PrintWriter err) {
      if (!(jsTimeLimit > 0)) {
        throw new CommandLine.ParameterException(new CommandLine(this), "--js-time-limit must be a positive number of seconds");
      }
      // console.log of a rule goes to stderr, where the author debugging it looks.
      OutputStream console = WriterOutputStream.builder().setWriter(err).setCharset(StandardCharsets.UTF_8).setWriteImmediately(true).getUnchecked();
      return new JsHost(Duration.ofMillis(Math.round(jsTimeLimit * 1000)), JsHost.DEFAULT_STATEMENT_LIMIT, console);
    }

    /** Returns the loaded packs (built-in and --rules), cut to --only/--skip, or prints every problem and returns null. */
    RuleLoadResult load(PrintWriter err, JsHost scripts) throws IOException {
      List<Path> folders = new ArrayList<>(BuiltinRules.packFolders());
      folders.addAll(extraPacks);
      return load(folders, err, scripts);
    }

    /** Returns the packs of the given folders, cut to --only/--skip, or prints every problem and returns null. */
    RuleLoadResult load(List<Path> folders, PrintWriter err, JsHost scripts) {
      RuleLoadResult result;
      try (Parser parser = new Parser()) {
        result = new RuleLoader(parser, scripts).load(folders);
      }
      if (!result.problems().isEmpty()) {
        for (RuleProblem p : result.problems()) {
          err.println(p);
        }
        err.println("remold: " + result.problems().size() + " problem(s) in rule files; nothing was rewritten. Fix them and run again.");
        return null;
      }
      return select(result);
    }

    /** Keeps the rules --only names and drops those --skip names; a name that matches no rule is a usage error. */
    private RuleLoadResult select(RuleLoadResult all) {
      if (only.isEmpty() && skip.isEmpty()) {
        return all;
      }
      List<String> ids = new ArrayList<>(all.packs().stream().flatMap(p -> p.rules().stream()).map(Rule::id).toList());
      all.packs().forEach(p -> p.projectRules().forEach(r -> ids.add(r.id())));
      for (String name : concat(only, skip)) {
        if (ids.stream().noneMatch(id -> idMatches(name, id))) {
          throw new CommandLine.ParameterException(new CommandLine(this), "no rule is called \"" + name + "\" (see remold rules)");
        }
      }
      List<Pack> packs = new ArrayList<>();
      for (Pack p : all.packs()) {
        List<Rule> kept = p.rules().stream()
            .filter(r -> only.isEmpty() || only.stream().anyMatch(n -> idMatches(n, r.id())))
            .filter(r -> skip.stream().noneMatch(n -> idMatches(n, r.id()))).toList();
        List<ProjectRule> keptProject = p.projectRules().stream()
            .filter(r -> only.isEmpty() || only.stream().anyMatch(n -> idMatches(n, r.id())))
            .filter(r -> skip.stream().noneMatch(n -> idMatches(n, r.id()))).toList();
        packs.add(new Pack(p.name(), p.version(), p.description(), p.from(), p.to(), p.requires(), p.options(), kept, keptProject,
            p.location()));
      }
      return new RuleLoadResult(packs, List.of());
    }

    private static List<String> concat(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      out.addAll(b);
      return out;
    }

    /** Returns whether a rule id matches a name given on the command line, where * stands for any text. */
    static boolean idMatches(String name, String id) {
      return Pattern.compile(Pattern.quote(name.strip()).replace("*", "\\E.*\\Q")).matcher(id).matches();
    }
  }

  /** A finished run and the rules it ran. */
  record Run(RunReport report, RuleCatalog rules) {}

  /** Options shared by diff, apply and audit: which files and rules, and how many workers. */
  static final class RunOptions {
    @Mixin
    RuleOptions rules = new RuleOptions();

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching a glob (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching a glob (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "1MB",
        description = "Skip larger files (e.g. 500KB, 2MB; default ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--no-prefilter", hidden = true,
        description = "Parse every file, even those no rule can match (for measuring parse speed).")
    boolean noPrefilter;

    @Option(names = "--force", description = "Run packs even when the project does not meet their preconditions.")
    boolean force;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on stderr but problems (failed files, errors).")
    boolean quiet;

    @Option(names = "--datastore", paramLabel = "MODE",
        description = "DataStore calls: manual (leave each with a marker suggesting the data-client call; default) or rewrite "
            + "(rewrite the mechanical ones to client.models calls for review).")
    String datastore;

    @Option(names = "--graphql", paramLabel = "MODE",
        description = "API.graphql with codegen'd operations: models (default) moves them to client.models, client keeps "
            + "every operation on client.graphql.")
    String graphql;

    /** Returns the pack options the run sets (NAME to VALUE), each checked against the packs that declare it. */
    Map<String, String> packOptions(List<Pack> packs) {
      Map<String, String> given = new LinkedHashMap<>();
      if (graphql != null) {
        given.put("graphql", graphql);
      }
      if (datastore != null) {
        given.put("datastore", datastore);
      }
      given.forEach((name, value) -> {
        List<String> values = packs.stream().map(p -> p.options().get(name)).filter(java.util.Objects::nonNull).findFirst()
            .orElseThrow(() -> new CommandLine.ParameterException(new CommandLine(this), "--" + name + ": no loaded rule pack has this option"));
        if (!values.contains(value)) {
          throw new CommandLine.ParameterException(new CommandLine(this),
              "--" + name + ": unknown value \"" + value + "\" (use one of " + String.join(", ", values) + ")");
        }
      });
      return given;
    }

    /**
     * Returns the run over the targets, or null after printing rule problems; a run that takes more than a second
     * shows a progress bar on stderr when that is a terminal and --quiet is off.
     */
    Run run(List<Path> targets, PrintWriter err, Environment env) throws IOException {
      try (JsHost scripts = rules.scripts(err)) {
        return run(targets, err, env, scripts);
      }
    }

    private Run run(List<Path> targets, PrintWriter err, Environment env, JsHost scripts) throws IOException {
      for (Path t : targets) {
        if (!Files.exists(t)) {
          throw new CommandLine.ParameterException(new CommandLine(this), "no such file or folder: " + t);
        }
      }
      DiscoveryOptions discovery = new DiscoveryOptions(parseSize(maxFileSize), includes, excludes);
      // The walk of a big repository takes about as long as loading the rules: the two go side by side.
      Future<List<Discovered>> found = Engine.discoverAhead(targets, discovery);
      RuleLoadResult loaded = rules.load(err, scripts);
      if (loaded == null) {
        return null;
      }
      Engine engine = new Engine(loaded.packs(),
          new EngineOptions(discovery, force, Math.max(1, jobs), !noPrefilter, packOptions(loaded.packs())));
      RunReport report;
      if (env.stderrIsTerminal() && !quiet) {
        try (ProgressBar bar = ProgressBar.start(err, env.stderrColumns(), ProgressBar.DELAY_MILLIS)) {
          report = engine.run(targets, found, bar);
        }
      } else {
        report = engine.run(targets, found, Progress.NONE);
      }
      return new Run(report, RuleCatalog.of(loaded.packs()));
    }

    /** Prints the stderr summary: details and the final line, or with --quiet only the failed files. */
    void printSummary(PrintWriter err, Inventory inv, String finalLine) {
      if (quiet) {
        inv.of(FileEntry.Status.FAILED).forEach(f -> err.println(RunSummary.failedLine(f)));
      } else {
        err.print(RunSummary.details(inv));
        err.print(finalLine);
      }
      err.flush();
    }
  }

  /** Options for the migration report that diff and apply can write. */
  static final class ReportOptions {
    @Option(names = "--report", paramLabel = "FILE",
        description = "Also write a migration report to FILE: Markdown when its name ends in .md (for a pull request), JSON when in .json.")
    Path report;

    /** Fails with a usage error before the run when the report file's name says no format. */
    void check(CommandLine cl) {
      if (report != null && reportFormat() == null) {
        throw new CommandLine.ParameterException(cl, "--report: name the file .md (Markdown) or .json (JSON), not " + report);
      }
    }

    private String reportFormat() {
      String name = report.getFileName() == null ? "" : report.getFileName().toString().toLowerCase(Locale.ROOT);
      return name.endsWith(".md") || name.endsWith(".markdown") ? "md" : name.endsWith(".json") ? "json" : null;
    }

    /** Writes the report of a run whose inventory lists the markers after it. */
    void write(Inventory after, String command, boolean applied) throws IOException {
      String text = reportFormat().equals("md") ? ReportMarkdown.render(after, applied)
          : JsonReport.render(after, command, VERSION, /* markersAfterRun= */ true);
      Files.writeString(report, text, StandardCharsets.UTF_8);
    }
  }

  /** Returns the format asked for by --format and --json, failing on an unknown or contradictory one. */
  static String format(CommandLine cl, String format, boolean json, List<String> allowed) {
    if (json && format != null && !format.equals("json")) {
      throw new CommandLine.ParameterException(cl, "--json and --format " + format + " ask for two formats; use one");
    }
    String f = json ? "json" : format == null ? allowed.getFirst() : format.toLowerCase(Locale.ROOT);
    if (!allowed.contains(f)) {
      throw new CommandLine.ParameterException(cl, "--format: unknown format \"" + format + "\" (use one of " + String.join(", ", allowed) + ")");
    }
    return f;
  }

  /** Returns the text of a file as it is before the run, or null when it was not read as text. */
  static String textBefore(FileResult r) {
    return switch (r) {
      case FileResult.Changed c -> c.before();
      case FileResult.Unchanged u -> readText(u.path());
      case FileResult.Skipped s -> null;
      case FileResult.Failed f -> readText(f.path());
    };
  }

  /** Returns the text of a file as the run leaves it, or null when it was not read as text. */
  static String textAfter(FileResult r) {
    return r instanceof FileResult.Changed c ? c.after() : textBefore(r);
  }

  /** Reads a file the engine already read, to find its markers; a file that cannot be read now has none. */
  private static String readText(Path path) {
    try {
      return TextCodec.decode(Files.readAllBytes(path)) instanceof Decoded.Text t ? t.text() : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G)?", Pattern.CASE_INSENSITIVE);

  /** Returns a size like 500KB or 2MB in bytes (binary units). */
  static long parseSize(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw new CommandLine.ParameterException(new CommandLine(new Main(Environment.plain())), "--max-file-size: cannot read \"" + text + "\" (use e.g. 500KB or 2MB)");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
    return switch (unit.charAt(0)) {
      case 'K' -> n << 10;
      case 'M' -> n << 20;
      case 'G' -> n << 30;
      default -> n;
    };
  }

  /**
   * Writes a changed file (atomically, and only while it still holds what remold read) and returns it, or a failure
   * that says why it was not written.
   */
  static FileResult write(FileResult.Changed c) {
    try {
      if (c.created()) {
        SafeWriter.create(c.path(), TextCodec.encode(c.after(), c.bom()));
      } else {
        SafeWriter.writeIfUnchanged(c.path(), TextCodec.encode(c.before(), c.bom()), TextCodec.encode(c.after(), c.bom()));
      }
      return c;
    } catch (java.nio.file.FileAlreadyExistsException e) {
      return new FileResult.Failed(c.path(), c.relativePath(), "a file of this name appeared while remold ran; it was left as it is, run again");
    } catch (SafeWriter.ChangedOnDiskException e) {
      return new FileResult.Failed(c.path(), c.relativePath(), "changed on disk while remold ran; left as it is now, run again");
    } catch (IOException | RuntimeException e) {
      return new FileResult.Failed(c.path(), c.relativePath(), "cannot write (" + e.getMessage() + "); the file is unchanged");
    }
  }

  /** Returns the file text as a patch must see it: a byte-order mark is part of the first line. */
  private static String patchText(String text, boolean bom) {
    return bom ? "\uFEFF" + text : text;
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Prints the changes as a unified diff (nothing is written); the summary goes to stderr.")
  static final class Diff implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to rewrite.")
    List<Path> targets;

    @Option(names = "--check", description = "Exit with 1 when anything would change (for CI).")
    boolean check;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the output to FILE instead of stdout.")
    Path output;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "What goes to stdout: diff (default), json (the run, for CI scripts) or sarif (findings and markers, for code scanning).")
    String format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Option(names = "--no-color", description = "No colours in the diff, even on a terminal (so does a NO_COLOR variable).")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
      String f = format(spec.commandLine(), format, json, List.of("diff", "json", "sarif"));
      report.check(spec.commandLine());
      PrintWriter err = spec.commandLine().getErr();
      Run r = run.run(targets, err, main.env);
      if (r == null) {
        return ExitCode.RULE_ERRORS;
      }
      RunReport rep = r.report();
      Inventory summary = Inventory.of(rep, r.rules(), x -> null);
      String text = switch (f) {
        case "json" -> JsonReport.render(Inventory.of(rep, r.rules(), Main::textAfter), "diff", VERSION, /* markersAfterRun= */ true);
        case "sarif" -> Sarif.render(Inventory.of(rep, r.rules(), Main::textBefore), r.rules(), VERSION, main.env.workingDirectory());
        default -> {
          StringBuilder diff = new StringBuilder();
          for (FileResult.Changed c : rep.of(FileResult.Changed.class)) {
            diff.append(c.created() ? UnifiedDiff.ofNewFile(c.relativePath(), c.after())
                : UnifiedDiff.of(c.relativePath(), patchText(c.before(), c.bom()), patchText(c.after(), c.bom())));
          }
          boolean color = output == null && !noColor && main.env.colorAllowed();
          yield color ? DiffColors.colorize(diff.toString()) : diff.toString();
        }
      };
      if (output != null) {
        Files.writeString(output, text, StandardCharsets.UTF_8);
      } else {
        spec.commandLine().getOut().print(text);
        spec.commandLine().getOut().flush();
      }
      if (report.report != null) {
        report.write(Inventory.of(rep, r.rules(), Main::textAfter), "diff", /* applied= */ false);
      }
      run.printSummary(err, summary, RunSummary.finalLine(summary, "would change"));
      if (!rep.of(FileResult.Failed.class).isEmpty()) {
        return ExitCode.FILES_FAILED;
      }
      return check && !rep.of(FileResult.Changed.class).isEmpty() ? ExitCode.CHANGES : ExitCode.OK;
    }
  }

  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = "Writes the changes into the files, each atomically; refuses files with uncommitted changes.")
  static final class Apply implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    RunOptions run = new RunOptions();

    @Mixin
    ReportOptions report = new ReportOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to rewrite.")
    List<Path> targets;

    @Option(names = "--allow-dirty", description = "Write even into files that have uncommitted changes in git.")
    boolean allowDirty;

    @Option(names = "--json", description = "Print the run as JSON on stdout (files, edits, sites, failures), for CI scripts.")
    boolean json;

    @Option(names = {"-i", "--interactive"},
        description = "Show each change with its rules and ask whether to apply it (y, n, a, d, q, ?); answers come from stdin.")
    boolean interactive;

    @Option(names = "--no-color", description = "No colours in the interactive review, even on a terminal (so does a NO_COLOR variable).")
    boolean noColor;

    @Override
    public Integer call() throws IOException {
      if (interactive && json) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--interactive and --json both use stdout; use --report FILE.json for the JSON of an interactive run");
      }
      report.check(spec.commandLine());
      PrintWriter err = spec.commandLine().getErr();
      Run r = run.run(targets, err, main.env);
      if (r == null) {
        return ExitCode.RULE_ERRORS;
      }
      List<FileResult.Changed> changed = r.report().of(FileResult.Changed.class);
      if (!allowDirty) {
        // A new file is written only where nothing stands, so it has no work of the user's to lose.
        List<Path> dirty = GitGuard.dirtyFiles(changed.stream().filter(c -> !c.created()).map(FileResult.Changed::path).toList());
        if (!dirty.isEmpty()) {
          err.println("remold: nothing was written: these files have uncommitted changes in git, and apply would mix its");
          err.println("edits into yours. Commit or stash them first, or pass --allow-dirty.");
          dirty.forEach(p -> err.println("  " + p));
          return ExitCode.FILES_FAILED;
        }
      }
      // A file that cannot be written is a failure like any other: the report shows it as failed.
      List<FileResult> results = new ArrayList<>();
      String reviewLine = null;
      if (interactive) {
        PrintWriter out = spec.commandLine().getOut();
        try (Parser parser = new Parser()) {
          InteractiveReview.Outcome o = new InteractiveReview(main.env.stdin(), out, !noColor && main.env.colorAllowed(),
              /* echo= */ !main.env.stdinIsTerminal(), parser).review(r.report().results());
          results.addAll(o.results());
          reviewLine = "review: " + o.accepted() + " of " + o.changes() + (o.changes() == 1 ? " change" : " changes")
              + " accepted\n";
        }
      } else {
        for (FileResult res : r.report().results()) {
          results.add(res instanceof FileResult.Changed c ? write(c) : res);
        }
      }
      RunReport written = new RunReport(results, r.report().notices());
      Inventory summary = Inventory.of(written, r.rules(), x -> null);
      if (json || report.report != null) {
        Inventory after = Inventory.of(written, r.rules(), Main::textAfter);
        if (json) {
          spec.commandLine().getOut().print(JsonReport.render(after, "apply", VERSION, /* markersAfterRun= */ true));
          spec.commandLine().getOut().flush();
        }
        if (report.report != null) {
          report.write(after, "apply", /* applied= */ true);
        }
      }
      if (reviewLine != null && !run.quiet) {
        err.print(reviewLine);
      }
      run.printSummary(err, summary, RunSummary.finalLine(summary, "written"));
      return written.of(FileResult.Failed.class).isEmpty() ? ExitCode.OK : ExitCode.FILES_FAILED;
    }
  }

  @Command(name = "audit", mixinStandardHelpOptions = true,
      description = "Lists the Amplify Gen 1 code of a project and what remold would do with each place (writes nothing).")
  static final class Audit implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Mixin
    RunOptions run = new RunOptions();

    @Parameters(paramLabel = "PATH", arity = "0..1", defaultValue = ".", description = "The project folder (default: the current one).")
    Path target;

    @Option(names = "--format", paramLabel = "FORMAT",
        description = "markdown (default), json (for tools) or sarif (for code scanning).")
    String format;

    @Option(names = "--json", description = "Same as --format json.")
    boolean json;

    @Override
    public Integer call() throws IOException {
      String f = format(spec.commandLine(), format, json, List.of("markdown", "json", "sarif"));
      PrintWriter err = spec.commandLine().getErr();
      Run r = run.run(List.of(target), err, main.env);
      if (r == null) {
        return ExitCode.RULE_ERRORS;
      }
      Inventory inv = Inventory.of(r.report(), r.rules(), Main::textBefore);
      String text = switch (f) {
        case "json" -> JsonReport.render(inv, "audit", VERSION, /* markersAfterRun= */ false);
        case "sarif" -> Sarif.render(inv, r.rules(), VERSION, main.env.workingDirectory());
        default -> AuditMarkdown.render(inv, r.rules(), target.toString());
      };
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      if (!run.quiet) {
        err.print(RunSummary.auditLine(inv));
        err.flush();
      }
      // An audit reports failed files in its output; it only fails on usage and rule problems.
      return ExitCode.OK;
    }
  }

  @Command(name = "rules", mixinStandardHelpOptions = true, description = "Lists the rules in force: id, safety, description.")
  static final class Rules implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Override
    public Integer call() throws IOException {
      RuleLoadResult loaded;
      try (JsHost scripts = rules.scripts(spec.commandLine().getErr())) {
        loaded = rules.load(spec.commandLine().getErr(), scripts);
      }
      if (loaded == null) {
        return ExitCode.RULE_ERRORS;
      }
      PrintWriter out = spec.commandLine().getOut();
      // The id column is as wide as the longest id, so custom rules with long ids stay aligned.
      int width = loaded.packs().stream().flatMap(p -> java.util.stream.Stream.concat(p.rules().stream().map(Rule::id),
          p.projectRules().stream().map(ProjectRule::id))).mapToInt(String::length).max().orElse(0);
      for (Pack pack : loaded.packs()) {
        out.println(pack.name() + (pack.version().isEmpty() ? "" : " " + pack.version())
            + (pack.from().isEmpty() ? "" : " — " + pack.from() + " → " + pack.to())
            + (pack.requires().isEmpty() ? "" : " (requires " + String.join(", ", pack.requires().stream().map(Object::toString).toList()) + ")"));
        for (Rule r : pack.rules()) {
          out.printf("  %-" + width + "s %-10s %s%n", r.id(), r.safety().label(), r.description());
        }
        for (ProjectRule r : pack.projectRules()) {
          out.printf("  %-" + width + "s %-10s %s%n", r.id(), r.safety().label(), r.description());
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }

  @Command(name = "test", mixinStandardHelpOptions = true,
      description = "Runs the before/after test pairs of rule packs (<pack>/tests/<case>/before and after): "
          + "output, idempotence, re-parse; exits 1 when any fails.")
  static final class Test implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RuleOptions rules = new RuleOptions();

    @Parameters(paramLabel = "RULES_DIR", arity = "0..1", defaultValue = ".",
        description = "A pack folder, or a folder of packs (default: the current folder).")
    Path dir;

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (!Files.isDirectory(dir)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "no such folder: " + dir);
      }
      List<Path> packs = PairTests.packFolders(dir);
      if (packs.isEmpty()) {
        err.println("remold: no rule pack in " + dir + " (a folder with pack.yaml or rule files); create one with `remold new rule <id>`");
        return ExitCode.USAGE;
      }
      int failed = 0;
      try (JsHost scripts = rules.scripts(err)) {
        for (Path folder : packs) {
          RuleLoadResult loaded = rules.load(List.of(folder), err, scripts);
          if (loaded == null) {
            return ExitCode.RULE_ERRORS;
          }
          failed += new PairTests(out, Runtime.getRuntime().availableProcessors()).run(loaded.packs().getFirst(), folder);
        }
      }
      err.println(failed == 0 ? "remold: all test pairs pass" : "remold: " + failed + " test pair(s) failed");
      return failed == 0 ? ExitCode.OK : ExitCode.CHANGES;
    }
  }

  @Command(name = "new", mixinStandardHelpOptions = true, description = "Creates things to start from.",
      subcommands = {Main.NewRule.class})
  static final class New implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      spec.commandLine().usage(spec.commandLine().getErr());
      return ExitCode.USAGE;
    }
  }

  @Command(name = "rule", mixinStandardHelpOptions = true,
      description = "Writes a rule file and a before/after test pair that it passes, in a pack folder.")
  static final class NewRule implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The rule id, kebab-case (e.g. auth-service-login).")
    String id;

    @Option(names = "--js", description = "A JavaScript rule instead of a YAML one.")
    boolean js;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = "remold-rules",
        description = "The pack folder (created when missing; default ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() throws IOException {
      if (!id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
        throw new CommandLine.ParameterException(spec.commandLine(), "rule id \"" + id + "\" must be kebab-case (e.g. auth-service-login)");
      }
      List<Path> written;
      try {
        written = Scaffold.rule(dir, id, js);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        spec.commandLine().getErr().println("remold: " + e.getFile() + " exists already; nothing was written");
        return ExitCode.USAGE;
      }
      PrintWriter out = spec.commandLine().getOut();
      written.forEach(p -> out.println("created " + p));
      out.println("next: edit the rule and the pair, then run `remold test " + dir + "`; use it with `remold diff --rules " + dir + " <app>`");
      out.flush();
      return ExitCode.OK;
    }
  }
}
