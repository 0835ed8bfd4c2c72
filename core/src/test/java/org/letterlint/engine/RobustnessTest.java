package org.letterlint.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.letterlint.TestLetters;
import org.letterlint.rules.Finding;
import org.letterlint.source.InputException;
import org.letterlint.source.LetterSource;
import org.letterlint.source.SourceReader;

/**
 * Seeded random letters and random bytes (reproducible: the seed is in the test name): the engine
 * never throws, every finding's offsets index the text exactly, and findings are in order. Random
 * bytes are either read as a letter or refused with an InputException, never anything else.
 */
class RobustnessTest {
    private static final String[] PIECES = {
        "Dear Mr Jones,", "Yours sincerely,", "Thank you", "escalated", "in due course", "PSD", "IOPC (Independent Office)",
        "{{name}}", "[NAME]", "«Field»", "${date}", "01632 960 610", "jo@x.example", "www.x.gov.uk", "Ref: AB/2024/1",
        "\u201cquoted\u201d", "we apologise if you feel", "the officer denies it, so", "merely", "errors were made",
        ".", ",", ";", ":", "!", "?", "-", "\u2013", "(", ")", "'", "\u2019", "\n", "\r\n", "\n\n", "  ", "\t", "\u00a0",
        "\u00e9t\u00e9", "\ud83d\ude00", "\u0000", "\u200b", "#", "1.", "- ", "letterlint-disable-next-line", "<!--", "-->",
        "\ufeff", "A", "I", "II", "WE ARE SORRY", "2WW", "SLCs.", "£150", "4am", "the", "you", "your complaint is upheld"};

    static Stream<Long> seeds() {
        return IntStream.range(0, 60).mapToObj(i -> 1000L + i);
    }

    private static final Linter WITH_GRAMMAR = Linter.standard(Customisation.NONE, true);

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomLettersNeverBreakTheEngine(long seed) {
        check(seed, TestLetters.linter());
    }

    /** LanguageTool reads the same random letters through the annotated text (fewer seeds: it is slower). */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("grammarSeeds")
    void randomLettersNeverBreakTheGrammarCheck(long seed) {
        check(seed, WITH_GRAMMAR);
    }

    static Stream<Long> grammarSeeds() {
        return IntStream.range(0, 12).mapToObj(i -> 5000L + i);
    }

    private static void check(long seed, Linter linter) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(120);
        for (int i = 0; i < pieces; i++) {
            text.append(PIECES[random.nextInt(PIECES.length)]);
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        String letter = text.toString();
        LetterReport report = linter.lint(LetterSource.of("random.txt", letter), LintOptions.DEFAULTS);
        int previous = -1;
        for (Finding f : report.findings()) {
            assertEquals(f.text(), letter.substring(f.start(), f.end()), "seed " + seed);
            assertTrue(f.start() >= previous, "findings in order, seed " + seed);
            previous = f.start();
            report.lines().position(f.start());
            report.lines().position(f.end());
        }
        assertTrue(report.readability().words() >= 0);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void randomBytesAreReadOrRefusedCleanly(long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[random.nextInt(400)];
        random.nextBytes(bytes);
        if (seed % 3 == 0) {
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (32 + (bytes[i] & 0x5F)); // mostly printable ASCII, sometimes high bytes
            }
        }
        try {
            LetterSource source = new SourceReader().decode("random.bin", bytes);
            LetterReport report = TestLetters.linter().lint(source, LintOptions.DEFAULTS);
            report.findings().forEach(f -> assertEquals(f.text(), source.text().substring(f.start(), f.end())));
        } catch (InputException e) {
            assertTrue(e.getMessage().startsWith("random.bin: "), e.getMessage());
            assertEquals(List.of(e.getMessage()), e.getMessage().lines().toList(), "one line");
        }
    }
}
