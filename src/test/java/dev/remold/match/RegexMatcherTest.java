package dev.remold.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
}
