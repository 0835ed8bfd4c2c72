package org.letterlint.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Any bytes under any name are read as a letter or refused with an {@link InputException} whose
 * message names the input and says what is wrong in one line; nothing else escapes. In a normal
 * build this runs on the seeds in SourceReaderFuzzTestInputs only; see docs/fuzzing.md.
 */
class SourceReaderFuzzTest {
    private static final SourceReader READER = new SourceReader();

    /**
     * The bytes before the first NUL, if there is one, are the name (as UTF-8); the rest is the
     * file. A seed that is just a letter is read as "letter.txt".
     */
    @FuzzTest(maxDuration = "10s")
    void anyBytesAreReadOrRefusedCleanly(byte[] data) {
        int nul = indexOf(data, (byte) 0);
        String name = nul < 0 ? "letter.txt" : new String(data, 0, nul, StandardCharsets.UTF_8);
        byte[] bytes = nul < 0 ? data : Arrays.copyOfRange(data, nul + 1, data.length);
        try {
            LetterSource source = READER.decode(name, bytes);
            assertNotNull(source.text());
            assertEquals(name, source.name());
            assertNotNull(source.encoding());
            new LineIndex(source.text()).position(source.text().length());
        } catch (InputException e) {
            String message = e.getMessage();
            assertTrue(message.startsWith(name + ": "), message);
            assertFalse(message.substring(name.length()).contains("\n"), "one line after the name");
        }
    }

    private static int indexOf(byte[] data, byte b) {
        for (int i = 0; i < data.length; i++) {
            if (data[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
