package org.letterlint.cli.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.InflaterInputStream;

/**
 * Part of a report written before its place in the output is reached (SARIF's results follow the
 * list of rules they use; JUnit's totals come first). It is kept deflated in memory, a tenth or
 * less of its size, and never on disk: it holds letter text.
 */
final class Spool {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private final Writer writer = new OutputStreamWriter(new DeflaterOutputStream(bytes, deflater, 8192), StandardCharsets.UTF_8);

    /** Where to write the part. */
    Writer writer() {
        return writer;
    }

    /** Copies the part to {@code out} and frees it. */
    void copyTo(Writer out) {
        try {
            writer.close();
            deflater.end();
            try (Reader in = new InputStreamReader(new InflaterInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray())), StandardCharsets.UTF_8)) {
                bytes.reset();
                in.transferTo(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
