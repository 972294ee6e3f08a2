package dev.remold.js;

import dev.remold.match.Bindings;
import dev.remold.parse.Node;
import dev.remold.parse.Parser;
import dev.remold.parse.SyntaxTree;
import dev.remold.rules.FileContext;
import dev.remold.rules.RuleFailure;
import dev.remold.rules.RuleHit;
import dev.remold.rules.ScriptHost;
import dev.remold.rules.ScriptRule;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.ResourceLimits;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs JavaScript rules in GraalJS. One engine is shared (started on the first JS rule, so a run
 * with YAML rules only never pays for it); each worker thread gets its own sandboxed context:
 * no files, network, processes, environment, threads or host classes, a statement limit per call
 * and a time budget per rule and file, enforced by a watchdog that interrupts the context.
 */
public final class JsHost implements ScriptHost, AutoCloseable {
  /** The default time a rule may spend on one file. */
  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);
  /** The default number of statements one call of a rule may execute. */
  public static final long DEFAULT_STATEMENT_LIMIT = 50_000_000L;

  private final Duration timeLimit;
  private final long statementLimit;
  private final OutputStream console;
  private final Map<String, Source> sources = new ConcurrentHashMap<>();
  private final List<Worker> workers = Collections.synchronizedList(new ArrayList<>());
  private final ThreadLocal<Worker> worker = ThreadLocal.withInitial(this::newWorker);
  private Engine engine;
  private ScheduledExecutorService watchdog;
  private volatile long startupNanos;

  /** Creates a host whose rules print {@code console.log} output to the given stream. */
  public JsHost(Duration timeLimit, long statementLimit, OutputStream console) {
    if (timeLimit.isNegative() || timeLimit.isZero() || statementLimit <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.timeLimit = timeLimit;
    this.statementLimit = statementLimit;
    this.console = console;
  }

  /** Returns whether GraalJS was started (only when a JavaScript rule was loaded). */
  public synchronized boolean started() {
    return engine != null;
  }

  /** Returns how long starting the engine and the first context took, in milliseconds (0 when never started). */
  public long startupMillis() {
    return startupNanos / 1_000_000;
  }

  private synchronized Engine engine() {
    if (engine == null) {
      engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").out(console).err(console).build();
      watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "remold-js-watchdog");
        t.setDaemon(true);
        return t;
      });
    }
    return engine;
  }

  private Worker newWorker() {
    Worker w = new Worker();
    workers.add(w);
    return w;
  }

  @Override
  public Meta describe(String file, String source) throws LoadException {
    Optional<StaticExports.Exports> literal = StaticExports.read(source);
    if (literal.isPresent() && literal.get().json().containsKey("meta")
        && new Load(LoadSettings.builder().build()).loadFromString(literal.get().json().get("meta")) instanceof Map<?, ?> meta) {
      // Plain literals: read without running the module, so GraalJS waits until the rule is first called.
      return new Meta(text(meta.get("id")), text(meta.get("description")), text(meta.get("safety")), strings(meta.get("spec")),
          strings(meta.get("languages")), text(meta.get("message")), literal.get().json().get("meta"),
          literal.get().json().get("match"),
          literal.get().transform(), literal.get().fix());
    }
    long t0 = System.nanoTime();
    Worker w = worker.get();
    Value exports;
    try {
      exports = w.exports(file, source);
    } catch (PolyglotException e) {
      throw new LoadException("the rule does not load: " + e.getMessage(), lineOf(e, file));
    }
    if (startupNanos == 0) {
      startupNanos = System.nanoTime() - t0;
    }
    Value meta = exports.getMember("meta");
    if (meta == null || !meta.hasMembers()) {
      throw new LoadException("the rule must export `meta` (id, description, safety, languages)", 0);
    }
    Value match = exports.getMember("match");
    String matchYaml;
    String metaJson;
    try {
      matchYaml = match == null || match.isNull() ? null : w.stringify().execute(match).asString();
      metaJson = w.stringify().execute(meta).asString();
    } catch (PolyglotException e) {
      throw new LoadException("`meta` and `match` must be plain data, as JSON writes it: " + e.getMessage(), 0);
    }
    return new Meta(text(meta, "id"), text(meta, "description"), text(meta, "safety"), strings(meta, "spec"), strings(meta, "languages"),
        text(meta, "message"), metaJson, matchYaml, isFunction(exports, "transform"), isFunction(exports, "fix"));
  }

  private static String text(Object v) {
    return v == null ? null : v.toString();
  }

  private static List<String> strings(Object v) {
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> list) {
      list.forEach(x -> out.add(String.valueOf(x)));
    } else if (v != null) {
      out.add(v.toString());
    }
    return out;
  }

  private static boolean isFunction(Value exports, String name) {
    Value v = exports.getMember(name);
    return v != null && v.canExecute();
  }

  private static String text(Value meta, String key) {
    Value v = meta.getMember(key);
    return v == null || v.isNull() ? null : v.isString() ? v.asString() : v.toString();
  }

  private static List<String> strings(Value meta, String key) {
    Value v = meta.getMember(key);
    List<String> out = new ArrayList<>();
    if (v == null || v.isNull()) {
      return out;
    }
    if (v.hasArrayElements()) {
      for (long i = 0; i < v.getArraySize(); i++) {
        out.add(v.getArrayElement(i).toString());
      }
    } else {
      out.add(v.isString() ? v.asString() : v.toString());
    }
    return out;
  }

  @Override
  public List<RuleHit> run(ScriptRule rule, Node node, Bindings bindings, SyntaxTree tree, FileContext context, int group) {
    Worker w = worker.get();
    Value exports;
    try {
      exports = w.exports(rule.file(), rule.source());
    } catch (PolyglotException e) {
      throw w.failure(rule, e);
    }
    ScriptCall call = new ScriptCall(rule, tree, context, w.parser(), w.stringify(), group);
    Value result;
    if (rule.isTransform()) {
      result = w.call(rule, tree, exports.getMember("transform"), call.file(), call.api());
    } else {
      result = w.call(rule, tree, exports.getMember("fix"), call.views().match(node, bindings, rule.matchListVars()), call.api());
    }
    try {
      return call.finish(result, node);
    } catch (RuleFailure e) {
      throw new RuleFailure(e.getMessage() + " (" + rule.file() + ")");
    }
  }

  /** Returns the 1-based line of the rule file where an exception was raised, or 0. */
  private static int lineOf(PolyglotException e, String file) {
    SourceSection at = e.getSourceLocation();
    if (at != null && at.getSource().getName().equals(file)) {
      return at.getStartLine();
    }
    for (PolyglotException.StackFrame f : e.getPolyglotStackTrace()) {
      if (f.isGuestFrame() && f.getSourceLocation() != null && f.getSourceLocation().getSource().getName().equals(file)) {
        return f.getSourceLocation().getStartLine();
      }
    }
    return 0;
  }

  @Override
  public void close() {
    synchronized (workers) {
      workers.forEach(Worker::close);
      workers.clear();
    }
    synchronized (this) {
      if (watchdog != null) {
        watchdog.shutdownNow();
      }
      if (engine != null) {
        engine.close();
        engine = null;
      }
    }
  }

  /** What one worker thread owns: its context, the rule modules evaluated in it, a parser for patterns, the time used. */
  private final class Worker {
    private Context context;
    private final Map<String, Value> modules = new HashMap<>();
    private Value stringify;
    private Parser parser;
    private String budgetFile;
    private final Map<String, Long> usedNanos = new HashMap<>();
    /** Counts calls, so that a late alarm never interrupts the call after the one it was set for. */
    private long serial;

    Context context() {
      if (context == null) {
        context = Context.newBuilder("js").engine(engine())
            .allowHostAccess(HostAccess.NONE).allowHostClassLookup(name -> false).allowIO(IOAccess.NONE)
            .allowCreateThread(false).allowCreateProcess(false).allowNativeAccess(false)
            .allowEnvironmentAccess(EnvironmentAccess.NONE).allowPolyglotAccess(PolyglotAccess.NONE)
            .option("js.ecmascript-version", "2024").option("js.esm-eval-returns-exports", "true")
            .option("js.load", "false").option("js.graal-builtin", "false")
            .resourceLimits(ResourceLimits.newBuilder().statementLimit(statementLimit, null).build())
            .out(console).err(console).build();
        // Host classes are already out of reach; the package globals that would name them go too.
        context.eval("js", "delete globalThis.java; delete globalThis.javax; delete globalThis.Packages; delete globalThis.print;");
        modules.clear();
        stringify = null;
      }
      return context;
    }

    Value stringify() {
      if (stringify == null) {
        stringify = context().getBindings("js").getMember("JSON").getMember("stringify");
      }
      return stringify;
    }

    Parser parser() {
      if (parser == null) {
        parser = new Parser();
      }
      return parser;
    }

    Value exports(String file, String source) {
      Value v = modules.get(file);
      if (v == null) {
        Source s = sources.computeIfAbsent(file, f -> Source.newBuilder("js", source, f)
            .mimeType("application/javascript+module").buildLiteral());
        Context ctx = context();
        ctx.resetLimits();
        v = ctx.eval(s);
        modules.put(file, v);
      }
      return v;
    }

    /** Calls a rule function within the rule's time budget for this file and the statement limit. */
    Value call(ScriptRule rule, SyntaxTree tree, Value function, Object... args) {
      if (!tree.file().path().equals(budgetFile)) {
        budgetFile = tree.file().path();
        usedNanos.clear();
      }
      long remaining = timeLimit.toNanos() - usedNanos.getOrDefault(rule.id(), 0L);
      if (remaining <= 0) {
        throw new RuleFailure("ran out of its time limit of " + seconds(timeLimit) + " for this file (" + rule.file() + ")");
      }
      Context ctx = context();
      ctx.resetLimits();
      long mine;
      synchronized (this) {
        mine = ++serial;
      }
      ScheduledFuture<?> alarm = watchdog.schedule(() -> interrupt(ctx, mine), remaining, TimeUnit.NANOSECONDS);
      long t0 = System.nanoTime();
      try {
        return function.execute(args);
      } catch (PolyglotException e) {
        throw failure(rule, e);
      } finally {
        alarm.cancel(false);
        synchronized (this) {
          serial++;
        }
        usedNanos.merge(rule.id(), System.nanoTime() - t0, Long::sum);
      }
    }

    private synchronized void interrupt(Context ctx, long call) {
      if (serial != call) {
        return;
      }
      try {
        ctx.interrupt(Duration.ofSeconds(2));
      } catch (TimeoutException e) {
        // Stuck where an interrupt cannot reach: cancel the context; the next call makes a new one.
        ctx.close(true);
      }
    }

    RuleFailure failure(ScriptRule rule, PolyglotException e) {
      int line = lineOf(e, rule.file());
      String where = rule.file() + (line > 0 ? ":" + line : "");
      if (e.isInterrupted()) {
        return new RuleFailure("ran past its time limit of " + seconds(timeLimit) + " for this file (" + where + ")");
      }
      if (e.isResourceExhausted() || e.isCancelled()) {
        // A context that hit its statement limit is cancelled for good: the next call gets a fresh one.
        discard();
        String what = !e.isResourceExhausted() ? "was cancelled"
            : e.getMessage() != null && e.getMessage().contains("Statement count limit") ? "ran past its limit of " + statementLimit + " statements"
            : "exhausted the memory or stack it may use (" + e.getMessage() + ")";
        return new RuleFailure(what + " (" + where + ")");
      }
      if (e.isHostException() && e.asHostException() instanceof RuleFailure rf) {
        return new RuleFailure(rf.getMessage() + " (" + where + ")");
      }
      return new RuleFailure("threw " + e.getMessage() + " (" + where + ")");
    }

    private void discard() {
      if (context != null) {
        try {
          context.close(true);
        } catch (RuntimeException ignored) {
          // Already cancelled: nothing left to release.
        }
        context = null;
      }
      modules.clear();
      stringify = null;
    }

    void close() {
      discard();
      if (parser != null) {
        parser.close();
        parser = null;
      }
    }
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
