package org.letterlint.wordlist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.letterlint.engine.RuleSet;
import org.letterlint.letter.TypeDetector;
import org.letterlint.rules.AcronymRule;
import org.letterlint.rules.Category;
import org.letterlint.rules.Severity;
import org.letterlint.rules.SubstitutionRule;

class WordlistsTest {
    @Test
    void bundledWordlistsLoadAndAreBigEnough() {
        assertTrue(SubstitutionRule.jargon().size() >= 200, "jargon.tsv needs at least 200 entries");
        assertTrue(AcronymRule.bundled().knownExpansions() >= 150, "acronyms.tsv needs at least 150 entries");
        TypeDetector.bundled();
        assertTrue(RuleSet.standard().infos().size() > 200);
    }

    /** Every file in wordlists/ loads and passes its checks (a test, so a bad edit fails the build, not a user's run). */
    @Test
    void everyBundledWordlistLoads() {
        assertTrue(SubstitutionRule.britishSpelling().size() >= 40);
        assertTrue(SubstitutionRule.wordiness().size() >= 40);
        assertEquals(12, org.letterlint.rules.ExistenceRule.defensive().describe().size()); // seven families, and five from the field set (issue 10)
        org.letterlint.letter.ElementDetector.bundled();
        org.letterlint.letter.UpheldDetector.bundled();
        assertEquals(10, org.letterlint.letter.Elements.bundled().all().size());
        for (String scheme : org.letterlint.letter.Scheme.BUNDLED) {
            org.letterlint.letter.Scheme.load(scheme);
        }
        assertTrue(Wordlists.bundled("accepted-words.txt", 1, 1).size() >= 20);
        Wordlists.requireUnique(Wordlists.bundled("accepted-words.txt", 1, 1), 0);
    }

    @Test
    void aMalformedLineNamesTheFileAndLine() {
        WordlistException e = assertThrows(WordlistException.class,
                () -> Wordlists.read("jargon.tsv", new StringReader("# comment\nin due course\tby <date>\n"), 3, 3));
        assertEquals("jargon.tsv:2: expected 3 TAB-separated columns, found 2", e.getMessage());
    }

    @Test
    void aDuplicateEntryNamesTheSecondLine() {
        List<WordlistLine> lines = Wordlists.read("jargon.tsv",
                new StringReader("utilise\tuse\tPlainer.\n\nUtilise\tuse\tPlainer.\n"), 3, 3);
        WordlistException e = assertThrows(WordlistException.class,
                () -> new SubstitutionRule(Category.JARGON, Severity.WARNING, "is jargon", lines));
        assertEquals("jargon.tsv:3: duplicate entry 'Utilise'", e.getMessage());
    }

    @Test
    void anEntryWithNoAlternativeFails() {
        List<WordlistLine> lines = Wordlists.read("jargon.tsv", new StringReader("utilise\t | \tPlainer.\n"), 3, 3);
        WordlistException e = assertThrows(WordlistException.class,
                () -> new SubstitutionRule(Category.JARGON, Severity.WARNING, "is jargon", lines));
        assertTrue(e.getMessage().startsWith("jargon.tsv:1: column 2 needs at least one alternative"), e.getMessage());
    }

    @Test
    void anEmptyRequiredColumnFails() {
        WordlistException e = assertThrows(WordlistException.class,
                () -> Wordlists.read("acronyms.tsv", new StringReader("PSD\t\n"), 2, 2));
        assertEquals("acronyms.tsv:1: column 2 is empty", e.getMessage());
    }

    @Test
    void aBadPatternNamesTheLine() {
        List<WordlistLine> lines = Wordlists.read("jargon.tsv", new StringReader("utilise\tuse\tok\n... x\ty\tok\n"), 3, 3);
        WordlistException e = assertThrows(WordlistException.class,
                () -> new SubstitutionRule(Category.JARGON, Severity.WARNING, "is jargon", lines));
        assertTrue(e.getMessage().startsWith("jargon.tsv:2: "), e.getMessage());
    }
}
