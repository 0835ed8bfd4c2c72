package org.letterlint.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.letterlint.engine.Customisation;
import org.letterlint.engine.Linter;
import org.letterlint.rules.Finding;
import org.letterlint.rules.RuleContext;
import org.letterlint.rules.RuleSettings;
import org.letterlint.rules.Severity;
import org.letterlint.source.LetterSource;
import org.letterlint.text.TextModel;

/**
 * LanguageTool reads about 5 KB a second on a busy machine, so a letter as big as the reader
 * allows (2 MiB) took minutes. It reads the first {@link GrammarRule#MAX_CHECKED_CHARS} characters of
 * the body (some 30 pages; a long letter is five) and says, once, that the rest was not checked.
 */
class GrammarCheckedLengthTest {
    private static final Linter LINTER = Linter.standard(Customisation.NONE, true);
    private static final GrammarRule RULE = new GrammarRule(Set.of());

    private static List<Finding> check(String text) {
        TextModel model = LINTER.model(LetterSource.of("t.txt", text));
        // Checking the capped text is well under a minute on a busy machine; the whole letter took minutes.
        return assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
            List<Finding> out = new ArrayList<>();
            RULE.check(new RuleContext(model, null, RuleSettings.DEFAULTS), out);
            return out;
        });
    }

    private static String letter(String body) {
        return "Dear Mr Jones,\n\n" + body + "\n\nYours sincerely,\n\nJo\n";
    }

    @Test
    void aVeryLongLetterIsCheckedUpToTheCapAndSaysSo() {
        String unit = "We have looked at the repairs to your kitchen and we are sorry. ";
        String filler = unit.repeat(GrammarRule.MAX_CHECKED_CHARS / unit.length());
        String text = letter("We recieved your letter. " + filler + "We have now recieved the report. " + filler);
        List<Finding> found = check(text);
        List<Finding> misspelt = found.stream().filter(f -> f.text().equals("recieved")).toList();
        assertEquals(1, misspelt.size(), "only the first is within the checked part: " + misspelt);
        assertEquals(text.indexOf("recieved"), misspelt.get(0).start());
        List<Finding> notChecked = found.stream().filter(f -> f.rule().equals(GrammarRule.NOT_CHECKED_ID)).toList();
        assertEquals(1, notChecked.size());
        Finding note = notChecked.get(0);
        assertEquals(Severity.INFO, note.severity());
        int bodyStart = "Dear Mr Jones,\n\n".length();
        assertTrue(note.start() <= bodyStart + GrammarRule.MAX_CHECKED_CHARS && note.start() > bodyStart + GrammarRule.MAX_CHECKED_CHARS - 100,
                "the note marks where checking stopped: " + note.start());
        assertTrue(Character.isWhitespace(text.charAt(note.start() - 1)), "not in the middle of a word");
        assertTrue(note.message().contains("not checked"), note.message());
    }

    @Test
    void aLetterUnderTheCapIsCheckedWholeWithNoNote() {
        String unit = "We have looked at the repairs to your kitchen and we are sorry. ";
        String body = unit.repeat(GrammarRule.MAX_CHECKED_CHARS / unit.length() / 4) + "We have now recieved the report.";
        List<Finding> found = check(letter(body));
        assertTrue(found.stream().anyMatch(f -> f.text().equals("recieved")), "the end is checked");
        assertTrue(found.stream().noneMatch(f -> f.rule().equals(GrammarRule.NOT_CHECKED_ID)));
    }

    @Test
    void theNoteIsListedAmongTheRules() {
        assertTrue(RULE.describe().stream().anyMatch(r -> r.id().equals(GrammarRule.NOT_CHECKED_ID) && r.severity() == Severity.INFO));
    }
}
