package dev.remold.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What text a regex needs in a file: the prefilter parses only files that hold it. */
class RegexMatcherTest {
  private static Set<String> required(String regex) {
    return new RegexMatcher(Pattern.compile(regex)).requiredText();
  }

  @Test
  void aMandatoryLiteralIsRequired() {
    assertEquals(Set.of("aws_"), required("^aws_[a-z]+$"));
  }

  @Test
  void theMostSelectiveOfTheMandatoryPartsIsChosen() {
    // `const`/`let` are in nearly every file; the Next.js data function names are not.
    assertEquals(Set.of("getStaticProps", "getServerSideProps"), required("^(const|let)\\s+(getStaticProps|getServerSideProps)\\b"));
    assertEquals(Set.of("getStaticProps", "getStaticPaths"), required("^(async\\s+)?function\\s*(getStaticProps|getStaticPaths)\\b"));
  }

  @Test
  void optionalPartsAndTopLevelAlternativesRequireNothing() {
    assertEquals(Set.of("function"), required("(getStaticProps|getStaticPaths)?function"));
    assertNull(required("signIn|signOut"));
    assertNull(required("(?i)amplify"));
  }

  @Test
  void inlineFlagsAndEscapesFollowedByLettersRequireNothing() {
    assertNull(required("\\bwith(?i:ssrcontext)"));
    assertNull(required("\\p{Alpha}+Auth"));
    assertNull(required("\\x41uthStorage"));
    assertNull(required("(?<id>\\w+)\\k<id>suffix"));
    assertEquals(Set.of("Storage"), required("\\bStorage\\s*\\."));
  }

  @Test
  void whatIsRequiredOccursInEveryTextTheRegexFinds() {
    // Each regex with texts it finds: an empty alternative, and brackets and bars inside a character class.
    String[][] cases = {
        {"(foobarbaz|)zq", "qq(zq)"},
        {"abcdef[)]|zq", "rr(zq)"},
        {"zq[(abcd|efgh)]", "zq("},
        {"[]a](longword)", "]longword"},
        {"[^]x]+(alpha|betas)", "qalpha"},
        {"^aws_[a-z0-9_]+$", "aws_user_pools_id"},
    };
    for (String[] c : cases) {
      assertTrue(Pattern.compile(c[0]).matcher(c[1]).find(), c[0] + " finds " + c[1]);
      Set<String> literals = required(c[0]);
      assertTrue(literals == null || literals.stream().anyMatch(c[1]::contains), c[0] + " requires " + literals + " of " + c[1]);
    }
    // A class is one character: the literals around it still count.
    assertEquals(Set.of("longword"), required("[]a](longword)"));
    assertEquals(Set.of("alpha", "betas"), required("[^]x]+(alpha|betas)"));
  }
}
