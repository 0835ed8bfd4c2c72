package org.letterlint.cli.config;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Stands between SnakeYAML's parser and its composer and refuses, at the event that crosses the line,
 * YAML built to exhaust whoever uses it. SnakeYAML Engine already limits aliases to collections
 * (setMaxAliasesForCollections) but not aliases to scalars: one anchored long scalar aliased thousands
 * of times composes cheaply (every alias is the same node) yet costs its full length at every use, as a
 * glob, a regular expression or a file path. And the composer recurses once per nesting level, so deep
 * flow nesting overflows the stack. Counted here: every alias, the text every alias repeats (an
 * anchored node's scalars, aliases inside it included), and the nesting depth.
 */
final class BoundedEvents implements Parser {
    /** A letterlint config nests three levels; twenty leaves room for any hand-written style. */
    static final int MAX_DEPTH = 20;
    /** Aliases of any kind; a config needs few if any. */
    static final int MAX_ALIASES = 100;
    /** Characters of scalar text that aliases may repeat, over the whole file. */
    static final long MAX_REPEATED_CHARS = 1_000_000;

    private final Parser parser;
    /** Makes the exception for a problem at a line (1-based, 0 if unknown). */
    private final BiFunction<Integer, String, RuntimeException> error;
    /** Each anchor's text: what an alias to it repeats. */
    private final Map<String, Long> anchored = new HashMap<>();
    /** The collections open around the current event, each with its anchor and the text inside so far. */
    private final Deque<Open> open = new ArrayDeque<>();
    private int aliases;
    private long repeated;

    private static final class Open {
        final String anchor;
        long text;

        Open(String anchor) {
            this.anchor = anchor;
        }
    }

    BoundedEvents(Parser parser, BiFunction<Integer, String, RuntimeException> error) {
        this.parser = parser;
        this.error = error;
    }

    @Override
    public boolean checkEvent(Event.ID choice) {
        return parser.checkEvent(choice);
    }

    @Override
    public Event peekEvent() {
        return parser.peekEvent();
    }

    @Override
    public boolean hasNext() {
        return parser.hasNext();
    }

    @Override
    public Event next() {
        Event event = parser.next();
        switch (event.getEventId()) {
            case Scalar -> {
                long length = ((ScalarEvent) event).getValue().length();
                anchor(event).ifPresent(a -> anchored.put(a, length));
                add(length);
            }
            case SequenceStart, MappingStart -> {
                if (open.size() >= MAX_DEPTH) {
                    throw error.apply(line(event), "nested more than " + MAX_DEPTH + " levels deep (a letterlint config needs 3)");
                }
                open.push(new Open(anchor(event).orElse(null)));
            }
            case SequenceEnd, MappingEnd -> {
                Open closed = open.pop();
                if (closed.anchor != null) {
                    anchored.put(closed.anchor, closed.text);
                }
                add(closed.text);
            }
            case Alias -> {
                if (++aliases > MAX_ALIASES) {
                    throw error.apply(line(event), "more than " + MAX_ALIASES + " aliases (*name); a letterlint config needs few if any");
                }
                // An alias to an anchor still open (a recursive node) or undefined repeats nothing yet; the composer rules on it.
                long length = anchored.getOrDefault(((AliasEvent) event).getAlias().getValue(), 0L);
                repeated += length;
                if (repeated > MAX_REPEATED_CHARS) {
                    throw error.apply(line(event), "aliases repeat more than " + MAX_REPEATED_CHARS + " characters of text (the limit for a config file)");
                }
                add(length);
            }
            default -> {
                // Stream and document events carry no text.
            }
        }
        return event;
    }

    /** Counts text into the collection that holds it; saturates, as a bomb's sizes grow exponentially. */
    private void add(long length) {
        Open parent = open.peek();
        if (parent != null) {
            parent.text = Math.min(Long.MAX_VALUE / 2, parent.text + length);
        }
    }

    private static java.util.Optional<String> anchor(Event event) {
        return ((NodeEvent) event).getAnchor().map(a -> a.getValue());
    }

    private static int line(Event event) {
        return event.getStartMark().map(Mark::getLine).map(l -> l + 1).orElse(0);
    }
}
