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
