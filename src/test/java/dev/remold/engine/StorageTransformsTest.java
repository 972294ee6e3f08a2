package dev.remold.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.remold.parse.Language;
import dev.remold.parse.Parser;
import dev.remold.parse.SourceFile;
import dev.remold.rules.FileContext;
import dev.remold.rules.RuleLoadResult;
import dev.remold.rules.RuleLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transforms concat and member, reshapeObject's members form, and the projectCode condition. */
class StorageTransformsTest {
  @TempDir
  Path tmp;

  private final Parser parser = new Parser();

  @AfterEach
  void close() {
    parser.close();
  }

  private static FileContext project(boolean codeMatches) {
    return new NoFacts() {
      @Override
      public boolean projectCodeMatches(String regex) {
        return codeMatches;
      }
    };
  }

  private String run(String rule, String code, FileContext context) throws Exception {
    Files.writeString(tmp.resolve("rules.yaml"), rule);
    RuleLoadResult loaded = new RuleLoader(parser).load(List.of(tmp));
    assertTrue(loaded.problems().isEmpty(), loaded.problems().toString());
    FilePipeline p = new FilePipeline(loaded.packs().getFirst().rules());
    return p.run(new SourceFile("t.js", code, Language.TSX), context, parser).text();
  }

  private static final String PUT = """
      id: put
      description: test
      safety: SAFE
      rule: 'put($KEY, $OPTS)'
      transform:
        PATH: { concat: ['public/', $KEY] }
        REST: { reshapeObject: { source: OPTS, options: { type: contentType }, drop: [level], members: true } }
      fix: 'upload({ path: ${PATH}$REST })'
      """;

  @Test
  void concatKeepsAPlainStringPlainAndSplicesTemplatesAndExpressions() throws Exception {
    assertEquals("upload({ path: \"public/a.png\" });\n", run(PUT, "put(\"a.png\", {});\n", project(false)));
    assertEquals("upload({ path: `public/img/${id}.png` });\n", run(PUT, "put(`img/${id}.png`, {});\n", project(false)));
    assertEquals("upload({ path: `public/${dir + name}` });\n", run(PUT, "put(dir + name, {});\n", project(false)));
  }

  @Test
  void concatTextWithASubstitutionMakesATemplateAndEscapesWhatWouldBreakIt() throws Exception {
    String rule = PUT.replace("['public/', $KEY]", "['private/${identityId}/', $KEY]");
    assertEquals("upload({ path: `private/${identityId}/a\\`b` });\n", run(rule, "put('a`b', {});\n", project(false)));
  }

  @Test
  void membersFormWritesTheRemainingMembersAfterTheFixsOwn() throws Exception {
    assertEquals("upload({ path: 'public/k', options: { contentType: t } });\n",
        run(PUT, "put('k', { level: 'x', type: t });\n", project(false)));
    assertEquals("upload({ path: 'public/k' });\n", run(PUT, "put('k', { level: 'x' });\n", project(false)));
    // An unknown member: no match, the code stays.
    assertEquals("put('k', { acl: 1 });\n", run(PUT, "put('k', { acl: 1 });\n", project(false)));
  }

  @Test
  void memberReadsOnePropertyAmongOthersAndConcatReadsEarlierTransforms() throws Exception {
    String rule = """
        id: get
        description: test
        safety: SAFE
        rule: 'get($KEY, $OPTS)'
        transform:
          ID: { member: { source: OPTS, key: identityId } }
          PATH: { concat: ['protected/', $ID, '/', $KEY] }
        fix: 'getUrl({ path: $PATH })'
        """;
    assertEquals("getUrl({ path: `protected/${other}/k` });\n", run(rule, "get('k', { level: 'p', identityId: other });\n", project(false)));
    assertEquals("getUrl({ path: 'protected/abc/k' });\n", run(rule, "get('k', { identityId: 'abc', level: 'p' });\n", project(false)));
    assertEquals("get('k', { level: 'p' });\n", run(rule, "get('k', { level: 'p' });\n", project(false)));
  }

  @Test
  void projectCodeConditionAsksTheProject() throws Exception {
    String rule = PUT.replace("rule:", "unless: { projectCode: 'configure\\(\\{ level' }\nrule:");
    assertEquals("upload({ path: 'public/k' });\n", run(rule, "put('k', {});\n", project(false)));
    assertEquals("put('k', {});\n", run(rule, "put('k', {});\n", project(true)));
  }

  @Test
  void theProjectIsSearchedOnlyWhenTheRuleMatches() throws Exception {
    String rule = PUT.replace("rule:", "unless: { projectCode: 'configure\\(\\{ level' }\nrule:");
    int[] asked = {0};
    FileContext counting = new NoFacts() {
      @Override
      public boolean projectCodeMatches(String regex) {
        asked[0]++;
        return false;
      }
    };
    // The file holds the rule's text, yet no call matches: the whole-project search is never made.
    assertEquals("const put = 1; // put(k, o)\n", run(rule, "const put = 1; // put(k, o)\n", counting));
    assertEquals(0, asked[0]);
    assertEquals("upload({ path: 'public/k' });\n", run(rule, "put('k', {});\n", counting));
    assertTrue(asked[0] > 0);
  }

  @Test
  void projectFactsFindCodeOutsideNodeModulesOnly() throws Exception {
    Files.createDirectories(tmp.resolve("p/src"));
    Files.createDirectories(tmp.resolve("p/node_modules/x"));
    Files.writeString(tmp.resolve("p/package.json"), "{}");
    Files.writeString(tmp.resolve("p/node_modules/x/i.js"), "Storage.configure({ level: 'private' })");
    Files.writeString(tmp.resolve("p/src/a.js"), "Storage.put(k, d)");
    dev.remold.project.ProjectFacts facts = dev.remold.project.ProjectFacts.gather(tmp.resolve("p"));
    assertEquals(false, facts.codeMatches("configure\\(\\{ level"));
    assertEquals(true, facts.codeMatches("Storage\\.put"));
  }

  @Test
  void expectedQueriesAreAnsweredByOneSearch() throws Exception {
    Files.createDirectories(tmp.resolve("q/src"));
    Files.writeString(tmp.resolve("q/package.json"), "{}");
    Files.writeString(tmp.resolve("q/src/a.js"), "Storage.put(k, d)");
    Files.writeString(tmp.resolve("q/src/b.ts"), "Storage.configure({ level: 'private' })");
    dev.remold.project.ProjectFacts facts = dev.remold.project.ProjectFacts.gather(tmp.resolve("q"));
    facts.expectCodeQueries(java.util.List.of("Storage\\.put", "configure\\(\\{ level", "Auth\\."));
    assertEquals(true, facts.codeMatches("Storage\\.put"));
    // The files are gone, yet the other expected regexes were answered by the first search.
    Files.delete(tmp.resolve("q/src/a.js"));
    Files.delete(tmp.resolve("q/src/b.ts"));
    assertEquals(true, facts.codeMatches("configure\\(\\{ level"));
    assertEquals(false, facts.codeMatches("Auth\\."));
    // A regex nobody said would come is searched when asked.
    assertEquals(false, facts.codeMatches("Storage\\.get"));
  }
}
