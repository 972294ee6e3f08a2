package dev.remold.cli;

import dev.remold.engine.DiscoveryOptions;
import dev.remold.engine.Engine;
import dev.remold.engine.EngineOptions;
import dev.remold.engine.FileResult;
import dev.remold.engine.GitGuard;
import dev.remold.engine.RunReport;
import dev.remold.engine.SafeWriter;
import dev.remold.engine.TextCodec;
import dev.remold.parse.Parser;
import dev.remold.report.UnifiedDiff;
import dev.remold.rules.Pack;
import dev.remold.rules.Rule;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.RuleLoader;
import dev.remold.rules.RuleProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The {@code remold} command: diff, apply and rules. */
@Command(name = "remold", mixinStandardHelpOptions = true, version = "remold 0.1.0",
    description = "Rewrites JavaScript/TypeScript frontends with rule packs and shows the change as a diff.",
    subcommands = {Main.Diff.class, Main.Apply.class, Main.Rules.class})
public final class Main implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, out, err));
  }

  /** Returns the exit code of running remold with the arguments, writing to out and err. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = new CommandLine(new Main());
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
      err.println("remold: " + e.getMessage());
      return e instanceof CommandLine.ParameterException ? ExitCode.USAGE : ExitCode.FILES_FAILED;
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

    /** Returns the loaded packs, or prints every rule problem and returns null. */
    RuleLoadResult load(PrintWriter err) throws IOException {
      List<Path> folders = new ArrayList<>(BuiltinRules.packFolders());
      folders.addAll(extraPacks);
      RuleLoadResult result;
      try (Parser parser = new Parser()) {
        result = new RuleLoader(parser).load(folders);
      }
      if (!result.problems().isEmpty()) {
        for (RuleProblem p : result.problems()) {
          err.println(p);
        }
        err.println("remold: " + result.problems().size() + " problem(s) in rule files; nothing was rewritten. Fix them and run again.");
        return null;
      }
      return result;
    }
  }

  /** Options shared by diff and apply. */
  static final class RunOptions {
    @Mixin
    RuleOptions rules = new RuleOptions();

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to rewrite.")
    List<Path> targets;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only files matching a glob (repeatable).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out files matching a glob (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "SIZE", defaultValue = "1MB",
        description = "Skip larger files (e.g. 500KB, 2MB; default ${DEFAULT-VALUE}).")
    String maxFileSize;

    @Option(names = "--force", description = "Run packs even when the project does not meet their preconditions.")
    boolean force;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Worker threads (default: the number of cores).")
    int jobs = Runtime.getRuntime().availableProcessors();

    /** Returns the run report, or null after printing rule problems. */
    RunReport run(PrintWriter err) throws IOException {
      RuleLoadResult loaded = rules.load(err);
      if (loaded == null) {
        return null;
      }
      for (Path t : targets) {
        if (!Files.exists(t)) {
          throw new CommandLine.ParameterException(new CommandLine(this), "no such file or folder: " + t);
        }
      }
      DiscoveryOptions discovery = new DiscoveryOptions(parseSize(maxFileSize), includes, excludes);
      RunReport report = new Engine(loaded.packs(), new EngineOptions(discovery, force, Math.max(1, jobs))).run(targets);
      err.print(report.summaryText());
      err.flush();
      return report;
    }
  }

  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G)?", Pattern.CASE_INSENSITIVE);

  /** Returns a size like 500KB or 2MB in bytes (binary units). */
  static long parseSize(String text) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw new CommandLine.ParameterException(new CommandLine(new Main()), "--max-file-size: cannot read \"" + text + "\" (use e.g. 500KB or 2MB)");
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

  /** Returns the file text as a patch must see it: a byte-order mark is part of the first line. */
  private static String patchText(String text, boolean bom) {
    return bom ? "\uFEFF" + text : text;
  }

  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = "Prints the changes as a unified diff (nothing is written); the summary goes to stderr.")
  static final class Diff implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--check", description = "Exit with 1 when anything would change (for CI).")
    boolean check;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the diff to FILE instead of stdout.")
    Path output;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      RunReport report = run.run(err);
      if (report == null) {
        return ExitCode.RULE_ERRORS;
      }
      StringBuilder diff = new StringBuilder();
      for (FileResult.Changed c : report.of(FileResult.Changed.class)) {
        diff.append(UnifiedDiff.of(c.relativePath(), patchText(c.before(), c.bom()), patchText(c.after(), c.bom())));
      }
      if (output != null) {
        Files.writeString(output, diff, StandardCharsets.UTF_8);
      } else {
        spec.commandLine().getOut().print(diff);
        spec.commandLine().getOut().flush();
      }
      if (!report.of(FileResult.Failed.class).isEmpty()) {
        return ExitCode.FILES_FAILED;
      }
      return check && !report.of(FileResult.Changed.class).isEmpty() ? ExitCode.CHANGES : ExitCode.OK;
    }
  }

  @Command(name = "apply", mixinStandardHelpOptions = true,
      description = "Writes the changes into the files, each atomically; refuses files with uncommitted changes.")
  static final class Apply implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    RunOptions run = new RunOptions();

    @Option(names = "--allow-dirty", description = "Write even into files that have uncommitted changes in git.")
    boolean allowDirty;

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      RunReport report = run.run(err);
      if (report == null) {
        return ExitCode.RULE_ERRORS;
      }
      List<FileResult.Changed> changed = report.of(FileResult.Changed.class);
      if (!allowDirty) {
        List<Path> dirty = GitGuard.dirtyFiles(changed.stream().map(FileResult.Changed::path).toList());
        if (!dirty.isEmpty()) {
          err.println("remold: nothing was written: these files have uncommitted changes in git, and apply would mix its");
          err.println("edits into yours. Commit or stash them first, or pass --allow-dirty.");
          dirty.forEach(p -> err.println("  " + p));
          return ExitCode.FILES_FAILED;
        }
      }
      int failed = report.of(FileResult.Failed.class).size();
      for (FileResult.Changed c : changed) {
        try {
          SafeWriter.write(c.path(), TextCodec.encode(c.after(), c.bom()));
        } catch (IOException | RuntimeException e) {
          failed++;
          err.println("failed  " + c.relativePath() + ": cannot write (" + e.getMessage() + "); the file is unchanged");
        }
      }
      err.println("remold: wrote " + (changed.size() - (failed - report.of(FileResult.Failed.class).size())) + " file(s)");
      return failed > 0 ? ExitCode.FILES_FAILED : ExitCode.OK;
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
      RuleLoadResult loaded = rules.load(spec.commandLine().getErr());
      if (loaded == null) {
        return ExitCode.RULE_ERRORS;
      }
      PrintWriter out = spec.commandLine().getOut();
      for (Pack pack : loaded.packs()) {
        out.println(pack.name() + (pack.version().isEmpty() ? "" : " " + pack.version())
            + (pack.from().isEmpty() ? "" : " — " + pack.from() + " → " + pack.to())
            + (pack.requires().isEmpty() ? "" : " (requires " + String.join(", ", pack.requires().stream().map(Object::toString).toList()) + ")"));
        for (Rule r : pack.rules()) {
          out.printf("  %-36s %-10s %s%n", r.id(), r.safety().label(), r.description());
        }
      }
      out.flush();
      return ExitCode.OK;
    }
  }
}
